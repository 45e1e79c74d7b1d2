"""The freshness report as a spreadsheet (CSV or XLSX), safe to open in Excel or LibreOffice.

OPD names and finding texts come from people, and a spreadsheet runs a cell that starts with ``=``
(or ``+ - @``, a tab or a carriage return) as a formula: ``=HYPERLINK(...)`` in an OPD name would
become a live link in Diskominfo's copy. In CSV such text gets a leading apostrophe, which every
spreadsheet reads as "this is text"; in XLSX every text cell is written as a string, never a formula.
"""

import csv
import datetime
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from freshness.charts import month_year_label
from spreadsheets.cells import XLSX_CONTENT_TYPE, put_cell

FORMATS = ("csv", "xlsx")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_DATETIME = "%Y-%m-%d %H:%M"


def _local(moment):
    # Excel has no time zones: write the wall-clock time of Jambi (settings.TIME_ZONE).
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def _joined(texts):
    return " | ".join(str(text) for text in texts)


# (heading, value of a SiteFreshness); the twelve month columns follow, from the sites' own months.
COLUMNS = (
    (_("OPD"), lambda site: site.opd.name),
    (_("Singkatan"), lambda site: site.opd.short_name),
    (_("Jenis"), lambda site: str(site.opd.get_kind_display())),
    (_("Status"), lambda site: str(site.status_label)),
    (_("Terbitan terakhir"), lambda site: _local(site.last_published_at)),
    (_("Terbitan 30 hari"), lambda site: site.published_30),
    (_("Terbitan 90 hari"), lambda site: site.published_90),
    (_("Menunggu moderasi"), lambda site: site.waiting),
    (_("Menunggu sejak"), lambda site: _local(site.oldest_waiting_since)),
    (_("Informasi berkala usang"), lambda site: site.stale_berkala),
    (_("Pengumuman kedaluwarsa masih tayang"), lambda site: site.expired_live),
    (_("Layanan belum lengkap"), lambda site: site.incomplete_services),
    (_("Operator"), lambda site: site.operators),
    (_("Operator tidak aktif"), lambda site: site.inactive_operators),
    (_("Temuan"), lambda site: _joined(finding.message for finding in site.findings)),
    (_("Yang perlu dilakukan"), lambda site: _joined(finding.advice for finding in site.findings)),
)


def headings(sites):
    """The column headings: the fixed columns, then one per month ("Jan 2026") of the first site."""
    months = [month_year_label(month) for month, _count in sites[0].monthly] if sites else []
    return [str(heading) for heading, _value in COLUMNS] + months


def rows(sites):
    """One list of plain values (text, whole numbers, naive datetimes or None) per site, in order."""
    return [[value(site) for _heading, value in COLUMNS] + [count for _month, count in site.monthly] for site in sites]


def neutralise(text):
    """``text`` as a spreadsheet shows it and never runs it: a would-be formula gets a leading apostrophe."""
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime(CSV_DATETIME)
    return neutralise(value) if isinstance(value, str) else value


def write_csv(sites, stream):
    writer = csv.writer(stream)
    writer.writerow([neutralise(heading) for heading in headings(sites)])
    for row in rows(sites):
        writer.writerow([_csv_value(value) for value in row])


def write_xlsx(sites, stream):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Kebaruan situs OPD"))
    for column, heading in enumerate(headings(sites), start=1):
        put_cell(sheet, 1, column, heading)
    for row_number, row in enumerate(rows(sites), start=2):
        for column, value in enumerate(row, start=1):
            put_cell(sheet, row_number, column, value)
    sheet.freeze_panes = "B2"
    sheet.column_dimensions[get_column_letter(1)].width = 40
    workbook.save(stream)


def export_response(sites, export_format, now=None):
    """A download of ``sites`` as ``export_format`` ("csv" or "xlsx"), named after today's date."""
    filename = f"kebaruan-situs-opd-{timezone.localdate(now or timezone.now()).isoformat()}.{export_format}"
    if export_format == "csv":
        text = io.StringIO()
        write_csv(sites, text)
        # The byte order mark makes Excel read the file as UTF-8 instead of the Windows code page.
        response = HttpResponse(("\ufeff" + text.getvalue()).encode(), content_type="text/csv; charset=utf-8")
    elif export_format == "xlsx":
        data = io.BytesIO()
        write_xlsx(sites, data)
        response = HttpResponse(data.getvalue(), content_type=XLSX_CONTENT_TYPE)
    else:
        raise ValueError(f"unknown export format {export_format!r}")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
