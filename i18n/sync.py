"""Keep ``locale/wagtail/id/`` in step with the installed packages, and compile every catalogue.

``sync_vendor`` rebuilds the vendor catalogue of a domain from the installed English source catalogues:
every message id they hold, in their order, each with the translation it already had (kept, fuzzy
included), new ones empty, ones no package uses any more dropped. ``compile_all`` writes the ``.mo``
next to every ``.po`` with polib, so no GNU gettext is needed anywhere.
"""

import polib

from .catalogues import CATALOGUES, DOMAINS, HEADER, key, po_path

VENDOR_HEADER = (
    "Bahasa Indonesia for the admin-facing messages of Wagtail, wagtail-modeladmin and django-taggit,\n"
    "as used by Jambi CMS. Message ids come from the installed packages (manage.py i18n_sync); the\n"
    "terminology is docs/glossary.md. Started from Wagtail's id_ID catalogue (BSD-3-Clause, Wagtail\n"
    "contributors), completed and reviewed by the Jambi CMS team."
)


def vendor_template(domain):
    """Every message id of the domain's catalogues, the first catalogue naming it first, by key."""
    template = {}
    for catalogue in CATALOGUES:
        if catalogue.domain != domain:
            continue
        for entry in catalogue.entries():
            if key(entry) in template:
                continue
            # Paths without line numbers: they say where a message is used and do not churn on upgrades.
            entry.occurrences = sorted({(f"{catalogue.package}/{path}", "") for path, _line in entry.occurrences})
            template[key(entry)] = entry
    return template


def sync_vendor(locale_dir, domain):
    """The vendor catalogue for ``domain`` rebuilt from the sources; returns (POFile, counts)."""
    path = po_path(locale_dir, domain)
    existing = {key(entry): entry for entry in polib.pofile(str(path))} if path.exists() else {}
    po = polib.POFile(wrapwidth=0)
    po.header = VENDOR_HEADER
    po.metadata = dict(HEADER)
    counts = {"kept": 0, "new": 0, "dropped": 0}
    template = vendor_template(domain)
    for entry_key, source in template.items():
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            occurrences=source.occurrences,
            flags=[flag for flag in source.flags if flag != "fuzzy"],
            comment=source.comment,
        )
        old = existing.get(entry_key)
        if old is not None:
            entry.msgstr, entry.msgstr_plural = old.msgstr, dict(old.msgstr_plural)
            entry.tcomment = old.tcomment
            if "fuzzy" in old.flags:
                entry.flags.append("fuzzy")
            counts["kept"] += 1
        else:
            counts["new"] += 1
        if entry.msgid_plural and not entry.msgstr_plural:
            entry.msgstr_plural = {0: ""}
        po.append(entry)
    counts["dropped"] = sum(1 for entry_key in existing if entry_key not in template and entry_key[1])
    return po, counts


def catalogue_files(locale_dirs):
    for locale_dir in locale_dirs:
        for domain in DOMAINS:
            path = po_path(locale_dir, domain)
            if path.exists():
                yield path


def compiled(po_file_path):
    """The ``.mo`` bytes of a ``.po`` file (translated entries only, as msgfmt writes them)."""
    return polib.pofile(str(po_file_path)).to_binary()
