"""CSV and XLSX exports of the freshness report: headings, rows, and text that never runs as a formula."""

import csv
import datetime
import io

from django.test import SimpleTestCase, TestCase
from django.utils import timezone
from openpyxl import load_workbook

from freshness.exports import headings, neutralise, write_csv, write_xlsx
from freshness.scoring import AMBER, Finding, SiteFreshness
from opd.models import Opd
from tests.freshness.test_admin import NAMES, REPORT_URL, FreshnessWorld

MALICIOUS_NAME = '=HYPERLINK("http://contoh.invalid","klik")'
MONTHS = [(datetime.date(2026, m, 1), m) for m in range(1, 13)]


def fake_site(name, **figures):
    opd = Opd(name=name, slug="uji", acronym="Uji", kind=Opd.Kind.BADAN)
    return SiteFreshness(opd=opd, monthly=MONTHS, **figures)


def read_csv(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_xlsx(content):
    return load_workbook(io.BytesIO(content)).active


class NeutraliseTests(SimpleTestCase):
    def test_formula_triggers_get_an_apostrophe(self):
        for text in ("=1+1", "+62 741", "-1", "@SUM(A1)", "\tx", "\rx"):
            with self.subTest(text=text):
                self.assertEqual(neutralise(text), f"'{text}")
        for text in ("Dinas Kesehatan", "", "1 = 1", "'sudah"):
            with self.subTest(text=text):
                self.assertEqual(neutralise(text), text)


class WriterTests(SimpleTestCase):
    """The writers alone, with a site whose name and findings try to become formulas."""

    def setUp(self):
        finding = Finding("uji", AMBER, "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3")
        self.site = fake_site(
            MALICIOUS_NAME,
            last_published_at=timezone.make_aware(datetime.datetime(2026, 3, 4, 5, 6)),
            published_30=2,
            published_90=5,
            waiting=1,
            findings=[finding],
        )

    def test_csv_headings_row_and_neutralised_text(self):
        stream = io.StringIO()
        write_csv([self.site], stream)
        header, row = list(csv.reader(io.StringIO(stream.getvalue())))
        self.assertEqual(header[:5], ["OPD", "Singkatan", "Jenis", "Status", "Terbitan terakhir"])
        self.assertEqual(header[-12:][0], "Jan 2026")
        self.assertEqual(len(header), len(row))
        values = dict(zip(header, row, strict=True))
        self.assertEqual(values["OPD"], f"'{MALICIOUS_NAME}")
        self.assertEqual(values["Temuan"], "'@SUM(1+1)*cmd|' /C calc'!A0")
        self.assertEqual(values["Yang perlu dilakukan"], "'-2+3")
        self.assertEqual(values["Status"], "Perlu perhatian")
        self.assertEqual(values["Jenis"], "Badan")
        self.assertEqual(values["Terbitan terakhir"], "2026-03-04 05:06")
        self.assertEqual((values["Terbitan 30 hari"], values["Terbitan 90 hari"]), ("2", "5"))
        self.assertEqual(row[-12:], [str(m) for m in range(1, 13)])

    def test_xlsx_text_cells_are_strings_never_formulas(self):
        stream = io.BytesIO()
        write_xlsx([self.site], stream)
        sheet = read_xlsx(stream.getvalue())
        header = [cell.value for cell in sheet[1]]
        self.assertEqual(header, headings([self.site]))
        cells = dict(zip(header, sheet[2], strict=True))
        for column, text in (
            ("OPD", MALICIOUS_NAME),
            ("Temuan", "@SUM(1+1)*cmd|' /C calc'!A0"),
            ("Yang perlu dilakukan", "-2+3"),
        ):
            with self.subTest(column=column):
                self.assertEqual(cells[column].data_type, "s")
                self.assertEqual(cells[column].value, text)
        self.assertEqual(cells["Terbitan 90 hari"].value, 5)
        self.assertEqual(cells["Terbitan terakhir"].value, datetime.datetime(2026, 3, 4, 5, 6))
        self.assertIsNone(cells["Menunggu sejak"].value)

    def test_no_sites_gives_the_headings_only(self):
        stream = io.StringIO()
        write_csv([], stream)
        self.assertEqual(len(list(csv.reader(io.StringIO(stream.getvalue())))), 1)


class ExportViewTests(FreshnessWorld, TestCase):
    """The report's ?export= downloads, as Diskominfo gets them."""

    def test_csv_has_headings_and_every_site_worst_first(self):
        response = self.get(self.approver, REPORT_URL, export="csv")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertRegex(response["Content-Disposition"], r'^attachment; filename="kebaruan-situs-opd-[\d-]+\.csv"$')
        header, *rows = read_csv(response.content)
        self.assertEqual(header[0], "OPD")
        self.assertIn("Menunggu moderasi", header)
        self.assertEqual(len(header), 16 + 12)
        self.assertEqual([row[0] for row in rows], list(NAMES))
        self.assertEqual([row[3] for row in rows], ["Tertinggal", "Perlu perhatian", "Baik"])
        self.assertIn("Belum pernah ada terbitan.", rows[0][header.index("Temuan")])

    def test_exports_follow_the_filters(self):
        response = self.get(self.approver, REPORT_URL, export="csv", status="kuning")
        self.assertEqual([row[0] for row in read_csv(response.content)[1:]], ["Dinas Kesehatan"])
        response = self.get(self.approver, REPORT_URL, export="xlsx", kind=Opd.Kind.BADAN)
        sheet = read_xlsx(response.content)
        self.assertEqual([row[0].value for row in sheet.iter_rows(min_row=2)], ["Badan Pendapatan Daerah"])

    def test_xlsx_has_headings_and_every_site(self):
        response = self.get(self.approver, REPORT_URL, export="xlsx")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        sheet = read_xlsx(response.content)
        self.assertEqual(sheet["A1"].value, "OPD")
        self.assertEqual([row[0].value for row in sheet.iter_rows(min_row=2)], list(NAMES))

    def test_a_malicious_opd_name_is_neutralised(self):
        Opd.objects.filter(pk=self.dinkes.pk).update(name=MALICIOUS_NAME)
        rows = read_csv(self.get(self.approver, REPORT_URL, export="csv").content)
        self.assertIn(f"'{MALICIOUS_NAME}", [row[0] for row in rows])
        self.assertFalse(any(cell.startswith("=") for row in rows for cell in row))
        sheet = read_xlsx(self.get(self.approver, REPORT_URL, export="xlsx").content)
        cell = next(row[0] for row in sheet.iter_rows(min_row=2) if row[0].value == MALICIOUS_NAME)
        self.assertEqual(cell.data_type, "s")

    def test_unknown_format_shows_the_report(self):
        response = self.get(self.approver, REPORT_URL, export="pdf")
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "freshness/admin/report.html")
