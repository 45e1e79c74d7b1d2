"""The abstract page every portal and OPD page builds on."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from opd.forms import PageForm


class BasePage(Page):
    """Shared fields: a listing summary (also the meta description fallback) and "Terakhir diperbarui"."""

    listing_summary = models.TextField(
        _("ringkasan daftar"),
        blank=True,
        max_length=300,
        help_text=_("Ringkasan singkat untuk daftar dan hasil pencarian."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("listing_summary")]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]
    base_form_class = PageForm

    class Meta:
        abstract = True

    @property
    def last_updated(self):
        """When the public last saw a change: the last publication, else the last revision."""
        return self.last_published_at or self.latest_revision_created_at

    @property
    def meta_description(self):
        """The search description, else the listing summary, else the page's own summary if it has one."""
        return self.search_description or self.listing_summary or getattr(self, "summary", "")


class IndexPage(BasePage):
    """A section page that lists its children, newest first, ten per page."""

    intro = models.TextField(_("pengantar"), blank=True)
    per_page = 10

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_listing(self, request):
        """The queryset of children shown on this page (subclasses narrow and order it)."""
        return self.get_children().live().public().specific()

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, self.per_page)
        try:
            return paginator.page(request.GET.get("halaman", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.paginate(request, self.get_listing(request))
        return context
