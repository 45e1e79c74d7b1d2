"""The admin's Indonesian: which message catalogues the admin shows, ours that complete them, and coverage.

Wagtail ships its Indonesian as ``id_ID``, which Django never loads for ``LANGUAGE_CODE = "id"``, and it
is less than half complete. The project therefore keeps its own Indonesian catalogue of every
admin-facing message of Wagtail, wagtail-modeladmin and django-taggit in ``locale/wagtail/id/``
(a ``LOCALE_PATHS`` entry, so it outranks the apps' own catalogues), next to the project's own strings in
``locale/id/`` (written in Indonesian at the source, extracted by ``makemessages``). The list of message
ids comes from the installed packages' English source catalogues, so upgrading Wagtail and running
``manage.py i18n_sync`` shows exactly which new messages need a translation.

The ``.mo`` files are compiled with polib and committed, so ``make run``, CI and the Docker image need
no GNU gettext.
"""

from dataclasses import dataclass
from functools import cached_property
from importlib.util import find_spec
from pathlib import Path

import polib
from django.conf import settings

LANGUAGE = "id"
DOMAINS = ("django", "djangojs")
HEADER = {
    "Project-Id-Version": "Jambi CMS",
    "Language": LANGUAGE,
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


@dataclass(frozen=True)
class Catalogue:
    """One installed package's English source catalogue for one gettext domain."""

    package: str
    domain: str = "django"

    @property
    def label(self):
        return self.package if self.domain == "django" else f"{self.package} (JavaScript)"

    @property
    def source_path(self):
        spec = find_spec(self.package)
        return Path(spec.submodule_search_locations[0]) / "locale" / "en" / "LC_MESSAGES" / f"{self.domain}.po"

    def entries(self):
        """The catalogue's messages: polib entries with an empty translation."""
        return [entry for entry in polib.pofile(str(self.source_path)) if entry.msgid and not entry.obsolete]


# Every catalogue whose messages reach the admin of this project (the installed Wagtail apps, the
# modeladmin listings, the tag field).
CATALOGUES = (
    Catalogue("wagtail.admin"),
    Catalogue("wagtail.admin", "djangojs"),
    Catalogue("wagtail"),
    Catalogue("wagtail.images"),
    Catalogue("wagtail.documents"),
    Catalogue("wagtail.users"),
    Catalogue("wagtail.snippets"),
    Catalogue("wagtail.contrib.redirects"),
    Catalogue("wagtail_modeladmin"),
    Catalogue("wagtail.contrib.forms"),
    Catalogue("wagtail.contrib.settings"),
    Catalogue("wagtail.sites"),
    Catalogue("wagtail.embeds"),
    Catalogue("wagtail.search"),
    Catalogue("taggit"),
)


def key(entry):
    return entry.msgctxt, entry.msgid


def is_translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(value.strip() for value in entry.msgstr_plural.values())
    return bool(entry.msgstr.strip())


def project_locale_dir():
    return Path(settings.LOCALE_PATHS[0])


def vendor_locale_dir():
    return Path(settings.LOCALE_PATHS[1])


def po_path(locale_dir, domain):
    return Path(locale_dir) / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


class Translations:
    """The project's Indonesian for one domain, merged as Django merges it (the first LOCALE_PATHS wins)."""

    def __init__(self, domain):
        self.domain = domain

    @cached_property
    def entries(self):
        merged = {}
        for locale_dir in reversed(settings.LOCALE_PATHS):
            path = po_path(locale_dir, self.domain)
            if path.exists():
                merged.update({key(entry): entry for entry in polib.pofile(str(path)) if is_translated(entry)})
        return merged

    def has(self, entry):
        return key(entry) in self.entries


@dataclass(frozen=True)
class Coverage:
    label: str
    translated: int
    total: int

    @property
    def percent(self):
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage():
    """Translated and total message ids of every admin-facing catalogue, in ``CATALOGUES`` order."""
    translations = {domain: Translations(domain) for domain in DOMAINS}
    rows = []
    for catalogue in CATALOGUES:
        entries = catalogue.entries()
        done = sum(translations[catalogue.domain].has(entry) for entry in entries)
        rows.append(Coverage(catalogue.label, done, len(entries)))
    return rows


def total(rows):
    return Coverage("total", sum(row.translated for row in rows), sum(row.total for row in rows))
