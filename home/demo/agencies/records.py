"""The shape of one agency's demo content; the agency modules fill it in Bahasa Indonesia."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """A fictional official: full name with titles, and education (one line per degree)."""

    name: str
    education: tuple[str, ...]


@dataclass(frozen=True)
class News:
    """A news item; ``caption`` describes the generated lead picture and is its alt text."""

    title: str
    category: str  # slug of a NewsCategory in home.demo.common.NEWS_CATEGORIES
    tags: tuple[str, ...]
    summary: str
    detail: str
    caption: str


@dataclass(frozen=True)
class Notice:
    """An announcement that stays valid ``valid_days`` days from today."""

    title: str
    text: str
    valid_days: int


@dataclass(frozen=True)
class Event:
    """An agenda event ``in_days`` days from today (negative: already held)."""

    title: str
    location: str
    description: str
    in_days: int
    hour: int = 9
    hours: int = 3


@dataclass(frozen=True)
class Service:
    """A public service with every component of its Standar Pelayanan."""

    title: str
    summary: str
    legal_basis: tuple[str, ...]
    requirements: tuple[str, ...]
    procedure: tuple[str, ...]
    completion_time: str
    cost: str
    product: str
    facilities: str


@dataclass(frozen=True)
class Exempt:
    """An exempt (dikecualikan) PPID item: its legal basis and the harm that opening it would cause."""

    title: str
    summary: str
    legal_basis: str
    harm: str


@dataclass(frozen=True)
class Agency:
    """Everything the demo writes on one OPD site beyond what the registry already knows."""

    slug: str
    colours: tuple[str, str]  # primary, accent
    street: str
    phone: str
    tagline: str
    focus: str  # completes "… berkomitmen …" in the head's greeting
    head: Person
    secretary: Person
    visi: str
    misi: tuple[str, ...]
    tugas: str  # completes "… mempunyai tugas membantu Gubernur …"
    fungsi: tuple[str, ...]
    units: tuple[str, ...]
    news: tuple[News, ...]
    notices: tuple[Notice, ...]
    events: tuple[Event, ...]
    services: tuple[Service, ...]
    immediate: tuple[str, str]  # serta-merta PPID item: title, summary
    exempt: Exempt
    quiet: bool = False  # no news in the last month, so the freshness board has something to flag
