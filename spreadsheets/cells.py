"""Writing XLSX cells that people open in Excel: text stays text, whoever typed it."""

import datetime

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

XLSX_DATETIME = "yyyy-mm-dd hh:mm"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def put_cell(sheet, row, column, value):
    """Write ``value`` to a cell; a string is never a formula ("=HYPERLINK(…)"), an error value or illegal."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value
        if isinstance(value, datetime.datetime):
            cell.number_format = XLSX_DATETIME
    return cell
