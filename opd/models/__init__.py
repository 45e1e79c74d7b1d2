"""Models of OPD sites: the registry, site settings and the page types every OPD site shares."""

from .base import BasePage, IndexPage
from .home import OpdHomePage
from .media_pages import ContactPage, DownloadItem, DownloadsPage, GalleryImage, GalleryPage
from .news import (
    AgendaIndexPage,
    AnnouncementAttachment,
    AnnouncementIndexPage,
    AnnouncementPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
)
from .ppid import PpidPage, PublicInformation
from .profile import Official, OfficialsPage, ProfilePage, StandardPage
from .registry import Opd
from .services import ServiceIndexPage, ServicePage
from .site_settings import SiteSettings

__all__ = [
    "AgendaIndexPage",
    "AnnouncementAttachment",
    "AnnouncementIndexPage",
    "AnnouncementPage",
    "BasePage",
    "ContactPage",
    "DownloadItem",
    "DownloadsPage",
    "EventPage",
    "GalleryImage",
    "GalleryPage",
    "IndexPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Official",
    "OfficialsPage",
    "Opd",
    "OpdHomePage",
    "PpidPage",
    "ProfilePage",
    "PublicInformation",
    "ServiceIndexPage",
    "ServicePage",
    "SiteSettings",
    "StandardPage",
]
