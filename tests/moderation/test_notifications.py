"""E-mails of the moderation workflow: in Indonesian, to the right people, never to another OPD."""

from django.core import mail
from django.test import TestCase

from opd.models import Opd
from tests.moderation.factories import act, build_moderation_world, draft_news, post_edit, reload, submit

EDIT_LINK = "http://cms.localhost/admin/pages/{pk}/edit/"


def recipients(messages=None):
    return sorted(address for message in (mail.outbox if messages is None else messages) for address in message.to)


def to(user):
    return [message for message in mail.outbox if user.email in message.to]


class NotificationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)

    def submitted(self, title="Vaksinasi gratis di Puskesmas"):
        page = draft_news(self.index, self.world.operator_dinkes, title=title)
        submit(self.world.operator_dinkes, page)
        return reload(page)

    def test_every_approver_is_told_what_waits_with_a_link(self):
        page = self.submitted()
        for approver in (self.world.approver, self.world.approver2):
            with self.subTest(approver=approver.username):
                [message] = to(approver)
                self.assertEqual(
                    message.subject, "Menunggu persetujuan: “Vaksinasi gratis di Puskesmas” (Persetujuan Diskominfo)"
                )
                self.assertIn(f"Halo {approver.first_name},", message.body)
                self.assertIn("di situs Dinas Kesehatan diajukan oleh Siti Aminah", message.body)
                self.assertIn(EDIT_LINK.format(pk=page.pk), message.body)
                self.assertIn("Prinsip empat mata", message.body)

    def test_nobody_of_another_opd_and_not_the_submitter_is_told(self):
        self.submitted()
        everyone = recipients()
        for user in (
            self.world.operator_dinkes,
            self.world.operator_disdik,
            self.world.head_dinkes,
            self.world.head_disdik,
            self.world.humas,
        ):
            with self.subTest(user=user.username):
                self.assertNotIn(user.email, everyone)
        self.assertEqual(
            sorted(set(everyone)),
            sorted({self.world.approver.email, self.world.approver2.email, self.world.superuser.email}),
        )

    def test_submitter_hears_of_the_approval_with_the_public_address(self):
        page = self.submitted()
        mail.outbox.clear()
        act(self.world.approver, page, "approve")
        [message] = mail.outbox
        self.assertEqual(message.to, [self.world.operator_dinkes.email])
        self.assertEqual(message.subject, "Disetujui: “Vaksinasi gratis di Puskesmas”")
        self.assertIn("telah disetujui dalam alur “Moderasi Diskominfo”", message.body)
        self.assertIn(f"http://dinkes.localhost{reload(page).get_url_parts()[2]}", message.body)

    def test_submitter_hears_of_the_send_back_with_the_comment(self):
        page = self.submitted()
        mail.outbox.clear()
        act(self.world.approver, page, "reject", comment="Tambahkan sumber data.")
        [message] = mail.outbox
        self.assertEqual(message.to, [self.world.operator_dinkes.email])
        self.assertEqual(message.subject, "Perlu perbaikan: “Vaksinasi gratis di Puskesmas”")
        self.assertIn(
            "dikembalikan untuk diperbaiki pada tahap “Persetujuan Diskominfo” oleh Dewi Lestari", message.body
        )
        self.assertIn("“Tambahkan sumber data.”", message.body)
        self.assertIn(EDIT_LINK.format(pk=page.pk), message.body)


class HeadReviewNotificationTests(TestCase):
    """With the head's step on, the head of that OPD hears first; Diskominfo hears once the head approved."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        dinkes = Opd.objects.get(pk=cls.world.dinkes.pk)
        dinkes.head_review = True
        dinkes.save()
        cls.index = cls.world.news_index(dinkes)

    def test_head_first_then_diskominfo(self):
        page = draft_news(self.index, self.world.operator_dinkes, title="Pekan imunisasi")
        submit(self.world.operator_dinkes, page)
        task_mail = [message for message in mail.outbox if message.subject.startswith("Menunggu persetujuan")]
        self.assertEqual(recipients(task_mail), sorted([self.world.head_dinkes.email, self.world.superuser.email]))
        self.assertIn("(Tinjauan Kepala Dinkes)", task_mail[0].subject)
        self.assertNotIn(self.world.head_disdik.email, recipients())
        self.assertNotIn(self.world.approver.email, recipients())

        mail.outbox.clear()
        act(self.world.head_dinkes, page, "approve")
        page = reload(page)
        self.assertFalse(page.live, "the head's approval alone publishes nothing")
        self.assertEqual(page.current_workflow_task.name, "Persetujuan Diskominfo")
        self.assertEqual(
            recipients(mail.outbox),
            sorted([self.world.approver.email, self.world.approver2.email, self.world.superuser.email]),
        )

        act(self.world.approver, page, "approve")
        self.assertTrue(reload(page).live)

    def test_head_of_another_opd_cannot_approve(self):
        page = draft_news(self.index, self.world.operator_dinkes, title="Pekan gizi")
        submit(self.world.operator_dinkes, page)
        response = act(self.world.head_disdik, page, "approve")
        self.assertIn(response.status_code, (302, 403, 404))
        page = reload(page)
        self.assertEqual(page.current_workflow_task.name, "Tinjauan Kepala Dinkes")
        self.assertFalse(page.live)

    def test_an_edit_after_the_heads_approval_goes_back_to_the_head(self):
        # While in moderation the page is locked to all but the current step's reviewers; here Diskominfo edits.
        page = draft_news(self.index, self.world.operator_dinkes, title="Pekan kesehatan jiwa")
        submit(self.world.operator_dinkes, page)
        act(self.world.head_dinkes, page, "approve")
        post_edit(self.world.approver, page, None, body="<p>Jadwal diubah.</p>")
        act(self.world.approver2, page, "approve")
        page = reload(page)
        self.assertFalse(page.live, "the head approved another revision than the one now in review")
        self.assertEqual(page.current_workflow_task.name, "Tinjauan Kepala Dinkes")
        act(self.world.head_dinkes, page, "approve")
        act(self.world.approver2, page, "approve")
        page = reload(page)
        self.assertTrue(page.live)
        self.assertIn("Jadwal diubah", str(page.body))
