"""The admin's Indonesian catalogue: complete enough, compiled, placeholder-safe, and what Django serves.

A translation that drops or renames a ``%(name)s`` placeholder makes the admin raise KeyError where the
message is shown, so every translated entry is checked against its message id.
"""

import re

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from i18n.catalogues import coverage, is_translated, total
from i18n.sync import catalogue_files

NAMED = re.compile(r"%\((\w+)\)[sdfir]|\{(\w+)\}")
POSITIONAL = re.compile(r"%[sdfir]")
# The catalogues the issue named, each of which the admin shows daily.
DAILY = {
    "wagtail.admin",
    "wagtail.admin (JavaScript)",
    "wagtail",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.contrib.redirects",
    "wagtail_modeladmin",
}


# A placeholder a translation may leave out: Indonesian counts in a listing header need no noun, and
# Wagtail's page search passes none (it would print "None").
MAY_DROP = {"model_name"}


def named(text):
    return sorted(name for pair in NAMED.findall(text) for name in pair if name)


def test_at_least_95_percent_of_the_admin_messages_are_indonesian():
    rows = coverage()
    assert {row.label for row in rows} >= DAILY
    assert total(rows).percent >= 95, total(rows)


@pytest.mark.parametrize("label", sorted(DAILY))
def test_every_daily_catalogue_is_at_least_90_percent_indonesian(label):
    (row,) = [row for row in coverage() if row.label == label]
    assert row.percent >= 90, row


def test_catalogues_follow_the_installed_wagtail_and_are_compiled():
    # Fails after a Wagtail upgrade brings new messages, or after a .po edit without `make messages`.
    call_command("i18n_sync", "--check", verbosity=0)


def translated_entries():
    for path in catalogue_files(settings.LOCALE_PATHS):
        for entry in polib.pofile(str(path)):
            if is_translated(entry):
                yield path.parent.parent.parent.name + "/" + path.name, entry


def test_translations_keep_every_placeholder():
    broken = []
    for where, entry in translated_entries():
        if not entry.msgid_plural:
            kept = [name for name in named(entry.msgid) if name not in MAY_DROP or name in named(entry.msgstr)]
            if named(entry.msgstr) != kept or len(POSITIONAL.findall(entry.msgstr)) != len(
                POSITIONAL.findall(entry.msgid)
            ):
                broken.append((where, entry.msgid, entry.msgstr))
            continue
        allowed = set(named(entry.msgid)) | set(named(entry.msgid_plural))
        for form in entry.msgstr_plural.values():
            # One Indonesian form serves every count: it must keep the plural's placeholders.
            if not set(named(form)) <= allowed or not set(named(entry.msgid_plural)) <= set(named(form)):
                broken.append((where, entry.msgid_plural, form))
    assert broken == []


def test_no_translation_doubles_a_noun_for_the_plural():
    doubled = [entry.msgstr for _where, entry in translated_entries() if "halaman-halaman" in entry.msgstr.lower()]
    assert doubled == []


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Reports", "Laporan"),
        ("Help", "Bantuan"),
        ("Workflows", "Alur kerja"),
        ("Request changes", "Minta perubahan"),
        ("Forgotten password?", "Lupa kata sandi?"),
        ("Exploring", "Menjelajahi"),
        ("Page title", "Judul halaman"),
    ],
)
def test_django_serves_our_indonesian_for_id_and_leaves_english_for_en(english, indonesian):
    with translation.override("id"):
        assert translation.gettext(english) == indonesian
    with translation.override("en"):
        assert translation.gettext(english) == english


@pytest.mark.django_db
def test_the_admin_javascript_catalogue_is_indonesian():
    # Wagtail's React parts (minimap, comments, sidebar) read their words from this view.
    response = Client(HTTP_HOST="cms.localhost").get(reverse("wagtailadmin_javascript_catalog"))
    assert '"Collapse all": "Ciutkan semua"' in response.content.decode()
