"""The SVG chart of publications per month: valid XML, twelve bars with labels and counts, escaped text."""

import datetime
import xml.etree.ElementTree as ET

from django.test import SimpleTestCase

from freshness.charts import month_label, monthly_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
# July 2025 to June 2026, with 0..11 publications.
MONTHLY = [(datetime.date(2025 + (6 + i) // 12, (6 + i) % 12 + 1, 1), i) for i in range(12)]
LABELS = ["Jul", "Agu", "Sep", "Okt", "Nov", "Des", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun"]


def parse(svg):
    """The chart as an XML tree; parsing it is the proof that it is well-formed."""
    return ET.fromstring(str(svg))  # noqa: S314 - our own output, not untrusted input


def texts(root, classname):
    return [element.text for element in root.findall(f"{SVG}text[@class='{classname}']")]


class LargeChartTests(SimpleTestCase):
    def setUp(self):
        self.root = parse(monthly_chart_svg(MONTHLY, title="Terbitan Dinas Kesehatan"))

    def test_twelve_bars_with_month_labels_and_counts(self):
        bars = self.root.findall(f"{SVG}rect[@class='bar']")
        self.assertEqual(len(bars), 12)
        self.assertEqual(texts(self.root, "month"), LABELS)
        self.assertEqual(texts(self.root, "count"), [str(i) for i in range(12)])
        self.assertEqual(texts(self.root, "year"), ["2025", "2026"], "the first month and January carry the year")
        self.assertEqual(bars[1].find(f"{SVG}title").text, "Agu 2025: 1 terbitan")

    def test_bars_grow_with_the_count(self):
        heights = [float(bar.get("height")) for bar in self.root.findall(f"{SVG}rect[@class='bar']")]
        self.assertEqual(heights, sorted(heights))
        self.assertEqual(heights[0], 1, "an empty month keeps a sliver of a bar")
        self.assertGreater(heights[-1], 100)

    def test_readable_without_colour_or_sight(self):
        self.assertEqual(self.root.get("role"), "img")
        label = self.root.get("aria-label")
        self.assertTrue(label.startswith("Terbitan Dinas Kesehatan. Jul 2025: 0, Agu 2025: 1"), label)
        self.assertTrue(label.endswith("Jun 2026: 11; jumlah 66 terbitan."), label)
        self.assertEqual(self.root.find(f"{SVG}title").text, "Terbitan Dinas Kesehatan")
        self.assertEqual(self.root.find(f"{SVG}desc").text, label)

    def test_no_scripts_or_external_resources(self):
        svg = str(monthly_chart_svg(MONTHLY))
        for forbidden in ("<script", "href", "url(", "<image", "<foreignObject"):
            self.assertNotIn(forbidden, svg)

    def test_text_is_escaped(self):
        title = '<script>alert("x")</script> & Dinas'
        svg = str(monthly_chart_svg(MONTHLY, title=title))
        self.assertNotIn("<script", svg)
        root = parse(svg)
        self.assertEqual(root.find(f"{SVG}title").text, title)
        self.assertTrue(root.get("aria-label").startswith(title))

    def test_all_zero_months(self):
        root = parse(monthly_chart_svg([(month, 0) for month, _count in MONTHLY]))
        self.assertEqual(texts(root, "count"), ["0"] * 12)
        self.assertIn("jumlah 0 terbitan", root.get("aria-label"))


class SmallChartTests(SimpleTestCase):
    def test_sparkline_has_twelve_bars_no_text_and_a_spoken_summary(self):
        root = parse(monthly_chart_svg(MONTHLY, small=True, title="Dinkes"))
        self.assertEqual(len(root.findall(f"{SVG}rect[@class='bar']")), 12)
        self.assertEqual(root.findall(f"{SVG}text"), [])
        self.assertEqual((root.get("width"), root.get("height")), ("96", "24"))
        self.assertEqual(root.get("role"), "img")
        self.assertIn("Mei 2026: 10", root.get("aria-label"))
        self.assertIn("jumlah 66 terbitan", root.get("aria-label"))

    def test_month_names_are_indonesian(self):
        self.assertEqual([month_label(datetime.date(2026, m, 1)) for m in (5, 8, 10, 12)], ["Mei", "Agu", "Okt", "Des"])
