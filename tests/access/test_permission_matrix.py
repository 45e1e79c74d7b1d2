"""The permission matrix: every role, on every kind of object of both OPD sites, through real admin requests.

``MATRIX`` below is the whole expectation, as data: for each role and site, which actions on which
object are allowed. Whatever it does not list is refused. The test plays every cell (role × site ×
object × action) with the Django test client on the admin host, each in a savepoint that is rolled back,
so one cell never sees another's changes.

- An allowed cell must have its effect: a stored draft revision with the new title (the live page
  untouched), a renamed image, a copy (never live), a deleted page, a chooser that names the object.
- A refused cell must answer with a refusal (302 elsewhere, 403, 404, 405), never show the object (nor
  anything of a site the role has no access to), and change nothing. Anonymous users go to the login.
- Nobody in the matrix may publish: pages go live only by approving their workflow
  (``moderation.wagtail_hooks``; only superusers publish directly). A hand-made POST with
  ``action-publish`` must leave the page's live state as it was, even from the approver; so must a
  copy POSTed with "publish copies" or as an alias.

Reading of the roles (``opd/roles.py``, DESIGN.md): the Diskominfo approver holds add/change/publish on
the whole tree and edits media everywhere (for Wagtail, "change" on media includes deleting it), but
no site settings; Humas writers draft in every OPD's
Berita/Pengumuman/Agenda (and the portal), with media only from the shared collection; an operator
drafts anywhere in its own site, edits its own collection and its own site's settings; the head of an
OPD reviews and corrects its pages (change only: no add, so no copy; Wagtail lets a change-holder
without publish delete or move a page that is not live) and chooses its media; Inspektorat has no
page editing and no media or settings.
"""

import json

from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from opd.models import SiteSettings
from tests.access.world import CANARY, ROLES, AccessWorld, leaks

REFUSED = {302, 403, 404, 405}

PAGE_ACTIONS = ("view", "edit", "publish", "preview", "history", "compare", "copy", "move", "delete", "choose")
MEDIA_ACTIONS = ("view", "edit", "delete", "choose")
ACTIONS = {
    "live": PAGE_ACTIONS,  # a live StandardPage under Profil, with a newer draft
    "draft": PAGE_ACTIONS,  # a never-published NewsPage in Berita
    "image": MEDIA_ACTIONS,
    "document": MEDIA_ACTIONS,
    "settings": ("view", "edit"),
}


def allowed(live="", draft="", image="", document="", settings=""):
    """One site's row of the matrix: the allowed actions on each object, space-separated."""
    return {"live": live, "draft": draft, "image": image, "document": document, "settings": settings}


NOTHING = allowed()
PAGE_EDITOR = "view edit preview history compare copy choose"  # publish is never in the matrix
PAGE_REVIEWER = "view edit preview history compare choose"  # change without add: no copy
MEDIA_EDITOR = "view edit delete choose"  # Wagtail: "delete" is "change" for media

APPROVER = allowed(f"{PAGE_EDITOR} move delete", f"{PAGE_EDITOR} move delete", MEDIA_EDITOR, MEDIA_EDITOR)
OWN_OPERATOR = allowed(PAGE_EDITOR, f"{PAGE_EDITOR} move delete", MEDIA_EDITOR, MEDIA_EDITOR, "view edit")

MATRIX = {
    "approver": {"A": APPROVER, "B": APPROVER},
    "humas": {"A": allowed(draft=f"{PAGE_EDITOR} move delete"), "B": allowed(draft=f"{PAGE_EDITOR} move delete")},
    "operator_a": {"A": OWN_OPERATOR, "B": NOTHING},
    "operator_b": {"A": NOTHING, "B": OWN_OPERATOR},
    "head_a": {"A": allowed(PAGE_REVIEWER, f"{PAGE_REVIEWER} move delete", "choose", "choose"), "B": NOTHING},
    "inspektorat": {"A": NOTHING, "B": NOTHING},
    "anonymous": {"A": NOTHING, "B": NOTHING},
}

# What identifies each object in a response body (its site's canary is in all of them).
MARKS = {"live": "{}-HIDUP", "draft": "{}-DRAF", "image": "Foto {}", "document": "Dokumen {}", "settings": "Slogan {}"}
# The page row's fields that say what is live; a refused publish must leave them as they were.
LIVE_FIELDS = ("live", "live_revision_id", "first_published_at", "last_published_at")
PAGE_FIELDS = (*LIVE_FIELDS, "title", "draft_title", "latest_revision_id", "has_unpublished_changes", "path", "locked")


def is_allowed(role, site, obj, action):
    return action in MATRIX[role][site][obj].split()


def foreign_sites(role):
    """The sites on which ``role`` may do nothing at all: their canary must never reach it."""
    return [site for site, row in MATRIX[role].items() if not any(row.values())]


class PermissionMatrixTests(AccessWorld, TestCase):
    """One test per role; one subTest per (site, object, action)."""

    def test_matrix_covers_every_role_site_and_object(self):
        self.assertEqual(set(MATRIX), set(ROLES))
        for role, rows in MATRIX.items():
            self.assertEqual(set(rows), {"A", "B"}, role)
            for site, row in rows.items():
                for obj, actions in row.items():
                    unknown = set(actions.split()) - set(ACTIONS[obj])
                    self.assertEqual(unknown, set(), f"{role}/{site}/{obj}")
                    self.assertNotIn("publish", actions.split(), "only superusers publish directly")

    # --- playing one cell ------------------------------------------------------------

    def play_role(self, role):
        played = 0
        for site in ("A", "B"):
            for obj, actions in ACTIONS.items():
                for action in actions:
                    with self.subTest(role=role, site=site, obj=obj, action=action):
                        self.login(role)
                        with transaction.atomic():
                            self.play(role, site, obj, action)
                            transaction.set_rollback(True)
                    played += 1
        return played

    def play(self, role, site, obj, action):
        self.role, self.site_key, self.o, self.obj = role, site, self.sites[site], obj
        self.marker = f"TANDA-{role}-{action}".upper()
        before = self.snapshot()
        ok = is_allowed(role, site, obj, action)
        responses = getattr(self, f"do_{action}")(ok)
        mark = MARKS[obj].format(CANARY[site]).lower()
        can_view = is_allowed(role, site, obj, "view")
        for response in responses:
            where = f"{response.request['REQUEST_METHOD']} {response.request['PATH_INFO']} → {response.status_code}"
            self.assertLess(response.status_code, 500, where)
            for foreign in foreign_sites(role):
                self.assertFalse(leaks(response, foreign), f"{where} shows site {foreign}")
            if not ok:
                # A copy form a reviewer may open re-renders with an error: it offers no parent to add to.
                refusals = REFUSED | {200} if action == "copy" and can_view else REFUSED
                self.assertIn(response.status_code, refusals, where)
                if role == "anonymous":
                    self.assertIn("/login/", response["Location"], where)
                if not can_view:
                    self.assertNotIn(mark, self.body(response).lower(), f"{where} shows the object")
        if ok:
            getattr(self, f"check_{action}")(before, responses)
        elif action == "publish" and is_allowed(role, site, obj, "edit"):
            # Editors' publish POSTs may store a draft, but nothing goes live.
            self.assertEqual(self.snapshot(LIVE_FIELDS)[0], {k: before[0][k] for k in LIVE_FIELDS})
            if obj == "live":
                self.assertEqual(self.page_row()["title"], before[0]["title"], "the live title changed")
        else:
            self.assertEqual(self.snapshot(), before, "a refused request changed data")

    @staticmethod
    def body(response):
        content = b"".join(response.streaming_content) if response.streaming else response.content
        return content.decode(errors="replace")

    # --- the objects and their state ---------------------------------------------------

    @property
    def page(self):
        return self.o.page(self.obj)

    def page_row(self, fields=PAGE_FIELDS):
        return Page.objects.filter(pk=self.page.pk).values(*fields).first()

    def copy_slug(self):
        return f"salinan-{self.role}-{self.obj}".replace("_", "-")

    def snapshot(self, fields=PAGE_FIELDS):
        """The stored state a refused request must not change, for the object in play."""
        if self.obj in ("live", "draft"):
            return self.page_row(fields), Page.objects.filter(slug=self.copy_slug()).count()
        if self.obj == "image":
            return get_image_model().objects.filter(pk=self.o.image.pk).values("title", "collection_id").first()
        if self.obj == "document":
            return get_document_model().objects.filter(pk=self.o.document.pk).values("title", "collection_id").first()
        return SiteSettings.objects.filter(pk=self.o.settings.pk).values("tagline", "address").first()

    def urls(self, name):
        """The admin URL of ``name`` for the object in play."""
        o = self.o
        if self.obj in ("live", "draft"):
            page = self.page
            return {
                "view": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
                "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
                "compare": reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
                "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
                "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
                "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
                "choose": reverse("wagtailadmin_choose_page_child", args=[page.get_parent().pk]),
            }[name]
        if self.obj == "image":
            return {
                "view": reverse("wagtailimages:edit", args=[o.image.pk]),
                "delete": reverse("wagtailimages:delete", args=[o.image.pk]),
                "choose": reverse("wagtailimages_chooser:chosen", args=[o.image.pk]),
            }[name]
        if self.obj == "document":
            return {
                "view": reverse("wagtaildocs:edit", args=[o.document.pk]),
                "delete": reverse("wagtaildocs:delete", args=[o.document.pk]),
                "choose": reverse("wagtaildocs_chooser:chosen", args=[o.document.pk]),
            }[name]
        return reverse("wagtailsettings:edit", args=["opd", "sitesettings", o.site.pk])

    def edit_data(self):
        """A valid submission of the object's edit form, with the marker in its title (or tagline)."""
        if self.obj in ("live", "draft"):
            data = self.edit_form_data(self.urls("view"))
            data["title"] = f"{data['title']} {self.marker}"
            # The admin renders StreamFields with JavaScript: the HTML form has no inputs for the body.
            body = self.page.get_latest_revision_as_object().body
            blocks = [(block.block_type, rich_text(block.value.source)) for block in body]
            for key, value in nested_form_data({"body": streamfield(blocks)}).items():
                data[key] = value
        elif self.obj == "settings":
            data = self.edit_form_data(self.urls("view"), form_id="w-editor-form")
            data["tagline"] = f"{data['tagline']} {self.marker}"
        else:
            data = self.edit_form_data(self.urls("view"), form_id="w-editor-form")
            data["title"] = f"{data['title']} {self.marker}"
        return data

    # --- actions: each returns its responses; check_<action> asserts an allowed one's effect ---

    def do_view(self, ok):
        return [self.get(self.urls("view"))]

    def check_view(self, before, responses):
        self.assertEqual(responses[0].status_code, 200)
        self.assertIn(MARKS[self.obj].format(CANARY[self.site_key]), self.body(responses[0]))

    def do_edit(self, ok):
        return [self.post(self.urls("view"), self.edit_data())]

    def check_edit(self, before, responses):
        self.assertEqual(responses[0].status_code, 302, "the edit form did not save")
        if self.obj in ("live", "draft"):
            page = Page.objects.get(pk=self.page.pk)
            self.assertIn(self.marker, page.get_latest_revision().content["title"])
            self.assertNotEqual(page.latest_revision_id, before[0]["latest_revision_id"])
            self.assertEqual(self.snapshot(LIVE_FIELDS)[0], {k: before[0][k] for k in LIVE_FIELDS})
            if self.obj == "live":
                self.assertEqual(page.title, before[0]["title"], "editing changed the live title")
        else:
            changed = self.snapshot()
            self.assertIn(self.marker, changed.get("title") or changed.get("tagline"))

    def do_publish(self, ok):
        data = self.edit_data()
        data["action-publish"] = "action-publish"
        return [self.post(self.urls("view"), data)]

    def do_preview(self, ok):
        posted = self.post(self.urls("preview"), self.edit_data())
        return [posted, self.get(self.urls("preview"))]

    def check_preview(self, before, responses):
        posted, shown = responses
        self.assertEqual(posted.status_code, 200)
        self.assertTrue(json.loads(posted.content)["is_valid"])
        self.assertEqual(shown.status_code, 200)
        self.assertIn(self.marker, self.body(shown))
        self.assertEqual(self.snapshot(), before, "previewing changed data")

    def do_history(self, ok):
        return [self.get(self.urls("history"))]

    def do_compare(self, ok):
        return [self.get(self.urls("compare"))]

    check_history = check_compare = check_view

    def do_copy(self, ok):
        data = {
            "new_title": f"Salinan {self.marker}",
            "new_slug": self.copy_slug(),
            "new_parent_page": self.page.get_parent().pk,
        }
        return [
            self.get(self.urls("copy")),
            # A live copy (only offered to publishers) or an alias would bypass the workflow.
            self.post(self.urls("copy"), {**data, "publish_copies": "on"}),
            self.post(self.urls("copy"), {**data, "alias": "on"}),
            self.post(self.urls("copy"), data),
        ]

    def check_copy(self, before, responses):
        self.assertEqual([r.status_code for r in responses], [200, 302, 302, 302])
        copy = Page.objects.get(slug=self.copy_slug())  # one copy: the plain one
        self.assertEqual(copy.get_parent().pk, self.page.get_parent().pk)
        self.assertFalse(copy.live, "a copy went live without the workflow")
        self.assertIsNone(copy.alias_of_id)
        self.assertEqual(self.page_row(), before[0])

    def do_move(self, ok):
        responses = [self.get(self.urls("move"))]
        if not ok:  # also try to carry it off to the other site's matching section
            other = self.sites["B" if self.site_key == "A" else "A"]
            destination = other.page(self.obj).get_parent()
            url = reverse("wagtailadmin_pages:move_confirm", args=[self.page.pk, destination.pk])
            responses.append(self.post(url))
        return responses

    def check_move(self, before, responses):
        self.assertEqual(responses[0].status_code, 200)
        self.assertEqual(self.snapshot(), before)

    def do_delete(self, ok):
        return [self.post(self.urls("delete"))]

    def check_delete(self, before, responses):
        self.assertEqual(responses[0].status_code, 302)
        if self.obj in ("live", "draft"):
            self.assertFalse(Page.objects.filter(pk=self.page.pk).exists(), "the page was not deleted")
        else:
            self.assertIsNone(self.snapshot(), "the file was not deleted")

    def do_choose(self, ok):
        return [self.get(self.urls("choose"))]

    check_choose = check_view


def _role_test(role):
    def test(self):
        played = self.play_role(role)
        self.assertEqual(played, 2 * sum(len(actions) for actions in ACTIONS.values()))

    test.__name__ = f"test_{role}"
    test.__doc__ = f"Every cell of the matrix for {role}."
    return test


for _role in ROLES:
    setattr(PermissionMatrixTests, f"test_{_role}", _role_test(_role))
