"""Server-side SVG bar charts of publications per month, readable without JavaScript and without colour.

Every text in the SVG is escaped before the whole is marked safe; bars use ``currentColor`` so the chart
follows the admin's light and dark themes. Each chart carries ``role="img"``, an ``aria-label`` that
reads out every month's count, and a ``<title>``/``<desc>`` for tooltips and other SVG readers.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

MONTH_ABBREVIATIONS = (
    gettext_lazy("Jan"),
    gettext_lazy("Feb"),
    gettext_lazy("Mar"),
    gettext_lazy("Apr"),
    gettext_lazy("Mei"),
    gettext_lazy("Jun"),
    gettext_lazy("Jul"),
    gettext_lazy("Agu"),
    gettext_lazy("Sep"),
    gettext_lazy("Okt"),
    gettext_lazy("Nov"),
    gettext_lazy("Des"),
)


def month_label(day):
    """The Indonesian short name of ``day``'s month, e.g. "Agu"."""
    return str(MONTH_ABBREVIATIONS[day.month - 1])


def month_year_label(day):
    return f"{month_label(day)} {day.year}"


def _number(value):
    """A coordinate without trailing zeros, so the markup stays short."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _attrs(**attributes):
    # Trailing underscores allow Python keywords; other underscores become the dashes of SVG attributes.
    return " ".join(f'{name.rstrip("_").replace("_", "-")}="{escape(value)}"' for name, value in attributes.items())


def chart_summary(monthly, title):
    """The text a screen reader hears: the title, every month with its count, and the total."""
    total = sum(count for _month, count in monthly)
    months = ", ".join(f"{month_year_label(month)}: {count}" for month, count in monthly)
    total_text = ngettext("jumlah %(total)s terbitan", "jumlah %(total)s terbitan", total) % {"total": total}
    return f"{title}. {months}; {total_text}."


def monthly_chart_svg(monthly, width=None, height=None, title=None, small=False):
    """An SVG bar chart of ``monthly`` ([(first day of month, count)], oldest first), as a safe string.

    The large chart shows the count above every bar and the month (and, at January and the first
    month, the year) below it. ``small=True`` gives a sparkline for table rows: bars only, with
    the same spoken summary.
    """
    title = str(title or _("Terbitan per bulan"))
    width = width or (96 if small else 480)
    height = height or (24 if small else 200)
    top, bottom = (1, 1) if small else (18, 34)
    side = 1 if small else 4
    plot_height = height - top - bottom
    slot = (width - 2 * side) / max(len(monthly), 1)
    bar_width = slot * (0.75 if small else 0.7)
    peak = max((count for _month, count in monthly), default=0) or 1
    baseline = top + plot_height

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" {_attrs(viewBox=f"0 0 {width} {height}")} '
        f"{_attrs(width=width, height=height, role='img', aria_label=chart_summary(monthly, title))} "
        f'class="freshness-chart{" freshness-chart--small" if small else ""}" focusable="false">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(chart_summary(monthly, title))}</desc>",
        f"<line {_attrs(x1=side, y1=_number(baseline), x2=width - side, y2=_number(baseline))} "
        'stroke="currentColor" stroke-opacity="0.4" />',
    ]
    for index, (month, count) in enumerate(monthly):
        x = side + index * slot + (slot - bar_width) / 2
        # An empty month still gets a sliver of a bar, so twelve bars are always drawn and counted.
        bar_height = max(plot_height * count / peak, 1)
        tooltip = ngettext("%(month)s: %(count)s terbitan", "%(month)s: %(count)s terbitan", count) % {
            "month": month_year_label(month),
            "count": count,
        }
        parts.append(
            f'<rect class="bar" {_attrs(x=_number(x), y=_number(baseline - bar_height))} '
            f'{_attrs(width=_number(bar_width), height=_number(bar_height))} fill="currentColor" '
            f'fill-opacity="0.75"><title>{escape(tooltip)}</title></rect>'
        )
        if small:
            continue
        centre = _number(x + bar_width / 2)
        parts.append(
            f'<text class="count" {_attrs(x=centre, y=_number(baseline - bar_height - 4))} text-anchor="middle" '
            f'font-size="11" fill="currentColor">{count}</text>'
        )
        parts.append(
            f'<text class="month" {_attrs(x=centre, y=_number(baseline + 14))} text-anchor="middle" '
            f'font-size="11" fill="currentColor">{escape(month_label(month))}</text>'
        )
        if index == 0 or month.month == 1:
            parts.append(
                f'<text class="year" {_attrs(x=centre, y=_number(baseline + 28))} text-anchor="middle" '
                f'font-size="10" fill="currentColor">{month.year}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above went through escape()
