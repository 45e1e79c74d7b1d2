"""Freshness reminders: who gets one and when, once per rung and week, the command, and the admin record."""

import datetime
from io import StringIO
from smtplib import SMTPException
from unittest import mock

import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from freshness.management.commands.send_freshness_reminders import Command as ReminderCommand
from freshness.models import Reminder
from freshness.reminder_admin import ReminderAdmin
from freshness.reminders import Outcome, period_of, plan_reminders, send_reminder, send_reminders
from opd import roles
from opd.models import Opd
from opd.provisioning import provision_opd_site
from tests.factories import SuperuserFactory, UserFactory
from tests.moderation.factories import draft_news

START = timezone.make_aware(datetime.datetime(2026, 1, 5, 9, 0))  # a Monday: ISO week 2026-W02
ADMIN_HOST = "cms.localhost"
ADMIN_URL = "http://cms.localhost/admin/"
Level = Reminder.Level


def days(n):
    return START + datetime.timedelta(days=n)


def publish_news(opd, author, title):
    news = draft_news(opd.site.root_page.get_children().get(slug="berita"), author, title=title)
    news.get_latest_revision().publish(user=author, skip_permission_checks=True)


def send(when, **kwargs):
    with time_machine.travel(when, tick=False):
        return send_reminders(**kwargs)


def run_command(when, *args):
    out = StringIO()
    with time_machine.travel(when, tick=False):
        call_command("send_freshness_reminders", *args, stdout=out)
    return out.getvalue()


def sent_to(opd):
    """Recipients of each e-mail in the outbox that names ``opd``, as sets."""
    return [set(message.to) for message in mail.outbox if opd.name in message.subject]


class ReminderWorld(TestCase):
    """Dinkes and Disdik provisioned and publishing at START; Disdik publishes again on day 35, Dinkes never does.

    So on day 40 Dinkes is amber and Disdik green; Dinkes turns red on day 90, Disdik amber on day 65.
    """

    @classmethod
    def setUpTestData(cls):
        with time_machine.travel(START, tick=False):
            cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
            cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
            cls.operator_dinkes = UserFactory(
                username="operator.dinkes", groups=[cls.dinkes.operator_group], last_login=START
            )
            cls.operator_dinkes2 = UserFactory(
                username="operator2.dinkes", groups=[cls.dinkes.operator_group], last_login=START
            )
            # Neither a deactivated account nor one without an address gets mail.
            UserFactory(username="mantan.dinkes", groups=[cls.dinkes.operator_group], is_active=False)
            UserFactory(username="tanpa.surel", email="", groups=[cls.dinkes.operator_group], last_login=START)
            cls.operator_disdik = UserFactory(
                username="operator.disdik", groups=[cls.disdik.operator_group], last_login=START
            )
            cls.head_dinkes = UserFactory(
                username="kepala.dinkes", groups=[Group.objects.get(name=roles.head_group_name(cls.dinkes))]
            )
            cls.head_disdik = UserFactory(
                username="kepala.disdik", groups=[Group.objects.get(name=roles.head_group_name(cls.disdik))]
            )
            cls.approver = UserFactory(username="penyetuju", groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)])
            cls.superuser = SuperuserFactory(username="admin")
            publish_news(cls.dinkes, cls.operator_dinkes, "Vaksinasi gratis di Puskesmas")
            publish_news(cls.disdik, cls.operator_disdik, "Tahun ajaran baru")
        with time_machine.travel(days(35), tick=False):
            publish_news(cls.disdik, cls.operator_disdik, "Penerimaan peserta didik baru")

    @property
    def dinkes_operators(self):
        return {"operator.dinkes@jambiprov.go.id", "operator2.dinkes@jambiprov.go.id"}


class WhoGetsARemindersTests(ReminderWorld):
    def test_amber_site_operators_get_the_findings_and_the_admin_link(self):
        reminders = send(days(40))
        self.assertEqual([(r.opd, r.level, r.outcome) for r in reminders], [(self.dinkes, Level.OPERATOR, "sent")])
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(set(message.to), self.dinkes_operators)
        self.assertEqual(message.from_email, settings.DEFAULT_FROM_EMAIL)
        self.assertEqual(message.subject, "[Jambi CMS] Pengingat kebaruan situs Dinas Kesehatan: Perlu perhatian")
        self.assertIn(
            "Situs Dinas Kesehatan (http://dinkes.localhost) saat ini berstatus “Perlu perhatian”", message.body
        )
        self.assertIn(
            "1. Terbitan terakhir 40 hari yang lalu.\n"
            "   Saran: Terbitkan berita, pengumuman, atau agenda baru (batas hijau: 30 hari).",
            message.body,
        )
        self.assertIn(f"Masuk ke admin Jambi CMS: {ADMIN_URL}", message.body)
        self.assertNotIn("&", message.body, "plain text, not HTML-escaped")

    def test_the_reminder_is_recorded_as_sent(self):
        send(days(40))
        reminder = Reminder.objects.get()
        message = mail.outbox[0]
        self.assertEqual(
            (reminder.opd, reminder.period, reminder.level, reminder.status),
            (self.dinkes, "2026-W07", Level.OPERATOR, "kuning"),
        )
        self.assertEqual(set(reminder.recipients.split("\n")), self.dinkes_operators)
        self.assertEqual((reminder.subject, reminder.body), (message.subject, message.body))
        self.assertEqual(reminder.sent_at, days(40))

    def test_green_sites_get_nothing(self):
        self.assertEqual(send(days(10)), [])
        self.assertEqual(mail.outbox, [])
        self.assertFalse(Reminder.objects.exists())

    def test_red_for_less_than_14_days_reminds_the_operators_only(self):
        send(days(103))  # red since day 90
        self.assertEqual(sent_to(self.dinkes), [self.dinkes_operators])

    def test_red_for_14_days_also_reminds_the_head(self):
        send(days(104))
        self.assertEqual(sent_to(self.dinkes), [self.dinkes_operators, {self.head_dinkes.email}])
        head_mail = mail.outbox[1]
        self.assertEqual(head_mail.subject, "[Jambi CMS] Situs Dinas Kesehatan tertinggal selama 14 hari")
        self.assertIn("Terbitan terakhir 104 hari yang lalu.", head_mail.body)
        self.assertEqual(
            set(Reminder.objects.filter(opd=self.dinkes).values_list("level", flat=True)), {Level.OPERATOR, Level.HEAD}
        )

    def test_red_for_30_days_also_reminds_diskominfo(self):
        send(days(120))
        self.assertEqual(
            sent_to(self.dinkes),
            [self.dinkes_operators, {self.head_dinkes.email}, {self.approver.email, self.superuser.email}],
        )
        diskominfo_mail = mail.outbox[2]
        self.assertEqual(
            diskominfo_mail.subject, "[Jambi CMS] Perlu tindak lanjut: situs Dinas Kesehatan tertinggal selama 30 hari"
        )
        self.assertIn("memerlukan tindak lanjut Diskominfo", diskominfo_mail.body)

    def test_an_operator_hears_only_about_their_own_opd(self):
        send(days(120))  # Dinkes red on every rung, Disdik amber
        self.assertEqual(sent_to(self.disdik), [{self.operator_disdik.email}])
        for message in mail.outbox:
            other = self.disdik if self.dinkes.name in message.subject else self.dinkes
            with self.subTest(subject=message.subject):
                self.assertNotIn(other.name, message.body)
                self.assertNotIn(other.hostname, message.body)
                other_people = set(other.operator_group.user_set.values_list("email", flat=True))
                self.assertFalse(set(message.to) & other_people)

    def test_a_rung_without_recipients_is_skipped_and_reported(self):
        self.head_dinkes.groups.clear()
        reminders = send(days(104))
        self.assertEqual(
            [(r.level, r.outcome) for r in reminders if r.opd == self.dinkes],
            [(Level.OPERATOR, Outcome.SENT), (Level.HEAD, Outcome.NO_RECIPIENT)],
        )
        self.assertFalse(Reminder.objects.filter(level=Level.HEAD).exists())

    def test_merged_opds_are_not_reminded(self):
        Opd.objects.filter(pk=self.dinkes.pk).update(status=Opd.Status.MERGED, successor=self.disdik)
        self.assertEqual(send(days(40)), [])


class OncePerWeekTests(ReminderWorld):
    def test_a_second_run_in_the_same_week_sends_and_stores_nothing(self):
        send(days(40))  # Saturday of 2026-W07
        self.assertEqual(send(days(41)), [], "Sunday, same ISO week")
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(Reminder.objects.count(), 1)

    def test_the_next_iso_week_sends_again(self):
        send(days(40))
        reminders = send(days(42))  # Monday: 2026-W08
        self.assertEqual([(r.period, r.outcome) for r in reminders], [("2026-W08", Outcome.SENT)])
        self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(
            list(Reminder.objects.order_by("period").values_list("period", flat=True)), ["2026-W07", "2026-W08"]
        )

    def test_the_week_is_the_jakarta_week(self):
        sunday_evening_utc = datetime.datetime(2026, 2, 15, 18, 0, tzinfo=datetime.UTC)  # Monday 01:00 WIB
        self.assertEqual(period_of(sunday_evening_utc), "2026-W08")
        self.assertEqual(period_of(sunday_evening_utc - datetime.timedelta(hours=2)), "2026-W07")
        self.assertEqual(period_of(timezone.make_aware(datetime.datetime(2025, 12, 29))), "2026-W01", "the ISO year")

    def test_a_concurrent_run_that_recorded_the_rung_first_wins(self):
        """The other run inserts the row between this run's plan and its send: this one skips it."""
        with time_machine.travel(days(40), tick=False):
            (planned,) = plan_reminders()
            Reminder.objects.create(
                opd=self.dinkes,
                period=planned.period,
                level=planned.level,
                status="kuning",
                recipients="x",
                subject="s",
            )
            self.assertEqual(send_reminder(planned), Outcome.ALREADY_SENT)
        self.assertEqual(mail.outbox, [])
        self.assertEqual(Reminder.objects.get().recipients, "x", "the other run's row is left as it was")

    def test_a_failed_send_stores_nothing_and_the_next_run_retries(self):
        with mock.patch("freshness.reminders.EmailMessage.send", side_effect=SMTPException("server tidak menjawab")):
            reminders = send(days(40))
        self.assertEqual([r.outcome for r in reminders], [Outcome.FAILED])
        self.assertFalse(Reminder.objects.exists())
        self.assertEqual([r.outcome for r in send(days(40))], [Outcome.SENT])
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(Reminder.objects.count(), 1)


class CommandTests(ReminderWorld):
    def test_dry_run_prints_the_plan_and_sends_and_stores_nothing(self):
        output = run_command(days(104), "--dry-run")
        self.assertIn(
            "akan dikirim: Dinas Kesehatan · 2026-W16 · Operator OPD · "
            "operator.dinkes@jambiprov.go.id, operator2.dinkes@jambiprov.go.id",
            output,
        )
        self.assertIn("akan dikirim: Dinas Kesehatan · 2026-W16 · Kepala OPD · kepala.dinkes@jambiprov.go.id", output)
        self.assertIn(
            "akan dikirim: Dinas Pendidikan · 2026-W16 · Operator OPD · operator.disdik@jambiprov.go.id", output
        )
        self.assertIn("Uji coba: 3 akan dikirim, 0 tanpa penerima; tidak ada yang dikirim.", output)
        self.assertEqual(mail.outbox, [])
        self.assertFalse(Reminder.objects.exists())

    def test_a_run_reports_each_reminder_and_a_summary(self):
        output = run_command(days(40))
        self.assertIn("terkirim: Dinas Kesehatan · 2026-W07 · Operator OPD", output)
        self.assertIn("1 pengingat terkirim, 0 sudah dikirim sebelumnya, 0 tanpa penerima, 0 gagal.", output)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_failed_send_is_reported_and_exits_with_an_error(self):
        out = StringIO()
        with (
            time_machine.travel(days(40), tick=False),
            mock.patch("freshness.reminders.EmailMessage.send", side_effect=SMTPException("server tidak menjawab")),
            self.assertRaisesMessage(
                CommandError, "0 pengingat terkirim, 0 sudah dikirim sebelumnya, 0 tanpa penerima, 1 gagal."
            ),
        ):
            call_command("send_freshness_reminders", stdout=out)
        self.assertIn("gagal dikirim; akan dicoba lagi pada proses berikutnya: Dinas Kesehatan", out.getvalue())
        self.assertFalse(Reminder.objects.exists())

    def test_help_describes_the_dry_run(self):
        parser = ReminderCommand().create_parser("manage.py", "send_freshness_reminders")
        self.assertIn("--dry-run", parser.format_help())

    def test_nothing_to_send_says_so(self):
        run_command(days(40))
        self.assertEqual(run_command(days(40)).strip(), "Tidak ada pengingat yang perlu dikirim.")
        self.assertEqual(len(mail.outbox), 1)


class ReminderAdminTests(ReminderWorld):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with time_machine.travel(days(120), tick=False):
            send_reminders()
        mail.outbox = []
        cls.head_reminder = Reminder.objects.get(opd=cls.dinkes, level=Level.HEAD)
        url_helper = ReminderAdmin().url_helper
        cls.index_url = url_helper.index_url
        cls.inspect_url = url_helper.get_action_url("inspect", cls.head_reminder.pk)
        cls.refused_urls = (
            url_helper.create_url,
            url_helper.get_action_url("edit", cls.head_reminder.pk),
            url_helper.get_action_url("delete", cls.head_reminder.pk),
        )

    def get(self, user, url):
        self.client.force_login(user)
        return self.client.get(url, HTTP_HOST=ADMIN_HOST)

    def assertRefused(self, response):
        # modeladmin raises PermissionDenied; Wagtail's admin answers with a redirect to the dashboard.
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def test_diskominfo_sees_every_reminder_sent(self):
        for user in (self.superuser, self.approver):
            with self.subTest(user=user.username):
                response = self.get(user, self.index_url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(
                    {(r.opd.slug, r.level) for r in response.context["object_list"]},
                    {("dinkes", "operator"), ("dinkes", "kepala"), ("dinkes", "diskominfo"), ("disdik", "operator")},
                )
                self.assertContains(
                    response, '<td class="field-recipient_list title">kepala.dinkes@jambiprov.go.id</td>', html=True
                )
                self.assertContains(response, self.inspect_url)
                self.assertNotContains(response, self.refused_urls[0])
                self.assertContains(self.get(user, reverse("wagtailadmin_home")), self.index_url)

    def test_diskominfo_filters_by_level(self):
        self.client.force_login(self.approver)
        response = self.client.get(self.index_url, {"level": Level.HEAD}, HTTP_HOST=ADMIN_HOST)
        self.assertEqual(list(response.context["object_list"]), [self.head_reminder])

    def test_diskominfo_inspects_what_was_sent(self):
        response = self.get(self.approver, self.inspect_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Situs Dinas Kesehatan tertinggal selama 30 hari")

    def test_the_list_shows_the_status_label(self):
        response = self.get(self.approver, self.index_url)
        self.assertContains(response, '<td class="field-status_label title">Tertinggal</td>', html=True)
        self.assertContains(response, '<td class="field-status_label title">Perlu perhatian</td>', html=True)

    def test_nobody_adds_changes_or_deletes_a_reminder(self):
        for url in self.refused_urls:
            for user in (self.superuser, self.approver):
                with self.subTest(url=url, user=user.username):
                    self.assertRefused(self.get(user, url))
                    self.assertRefused(self.client.post(url, {"subject": "diubah"}, HTTP_HOST=ADMIN_HOST))
        self.assertTrue(Reminder.objects.filter(pk=self.head_reminder.pk, subject__contains="30 hari").exists())

    def test_operators_and_heads_get_no_menu_item_and_a_refusal(self):
        for user in (self.operator_dinkes, self.head_dinkes):
            with self.subTest(user=user.username):
                self.assertNotContains(self.get(user, reverse("wagtailadmin_home")), self.index_url)
                self.assertRefused(self.get(user, self.index_url))
                self.assertRefused(self.get(user, self.inspect_url))
