"""NIK, phone numbers and e-mail addresses in free text are masked; years, tickets, laws, money and dates are not."""

from django.test import SimpleTestCase
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from questions.redaction import EMAIL_MASK, NIK_MASK, PHONE_MASK, has_personal_data, mask_personal_data

NIK, PHONE, EMAIL = "[NIK disamarkan]", "[nomor telepon disamarkan]", "[e-mail disamarkan]"

MASKED = [
    ("NIK saya 1571021234560001 mohon dicek", f"NIK saya {NIK} mohon dicek"),
    ("NIK: 1571 0212 3456 0001.", f"NIK: {NIK}."),
    ("NIK 157102-123456-0001", f"NIK {NIK}"),
    ("NIK1571021234560001", f"NIK{NIK}"),
    ("NIK 1571021234560001 tahun 2024", f"NIK {NIK} tahun 2024"),
    ("HP 0812-3456-7890.", f"HP {PHONE}."),
    ("HP 0812 3456 7890", f"HP {PHONE}"),
    ("HP 081234567890", f"HP {PHONE}"),
    ("WA: 0852 1234 567", f"WA: {PHONE}"),
    ("+62 812 3456 7890", PHONE),
    ("+62-812-3456-7890", PHONE),
    ("+6281234567890", PHONE),
    ("62 812-3456-7890", PHONE),
    ("6281234567890", PHONE),
    ("hubungi HP08123456789 atau No.081234567890", f"hubungi HP{PHONE} atau No.{PHONE}"),
    ("telepon rumah +62 741 123456", f"telepon rumah {PHONE}"),
    ("surel budi.santoso+gm@gmail.com, ya", f"surel {EMAIL}, ya"),
    ("Budi_S@mail.jambiprov.go.id.", f"{EMAIL}."),
    (
        "Saya Budi (NIK 1571021234560001, HP 0812-3456-7890, budi@contoh.id) bertanya.",
        f"Saya Budi (NIK {NIK}, HP {PHONE}, {EMAIL}) bertanya.",
    ),
    ("kontak: budi081234567890@gmail.com", f"kontak: {EMAIL}"),
]

UNCHANGED = [
    "Tahun 2025 dan 2026, kode pos 36122, darurat 112.",
    "Tiket GM-2026-000123 dan GM-2025-999999.",
    "Berdasarkan UU 27/2022, UU No. 14 Tahun 2008 dan PP Nomor 71 Tahun 2019.",
    "Permendagri 18/2016 dan Pergub Jambi Nomor 45 Tahun 2021.",
    "Biaya Rp 1.500.000, Rp1.500.000,00, Rp 62.812.000.000 atau Rp 150.000.000.000.",
    "Anggaran 1.500.000.000.000.000 rupiah.",
    "Tanggal 08-12-2024, 08/12/2024, 2024-12-08, 8 Desember 2024.",
    "Buka pukul 08.00–12.00 WIB dan 08.15-16.00.",
    "Kantor Dinkes (0741) 61234 atau 0741-123456; bebas pulsa 0800-1-500-500.",
    "Rekening 12345678901234567 (17 angka) dan NPWP 12.345.678.9-012.345.",
    "Nomor 123456789012345 punya 15 angka.",
    "Alamat Jl. Jend. Sudirman No. 8, Telanaipura.",
    "Surat @dinkes_jambi di media sosial.",
    "",
]


class MaskingTableTests(SimpleTestCase):
    def test_personal_data_is_masked(self):
        for text, expected in MASKED:
            with self.subTest(text=text):
                self.assertEqual(mask_personal_data(text), expected)
                self.assertTrue(has_personal_data(text))

    def test_no_false_positives(self):
        for text in UNCHANGED:
            with self.subTest(text=text):
                self.assertEqual(mask_personal_data(text), text)
                self.assertFalse(has_personal_data(text))

    def test_none_is_empty_text(self):
        self.assertEqual(mask_personal_data(None), "")

    def test_the_notes_are_indonesian_and_marked_for_translation(self):
        self.assertEqual((NIK_MASK, PHONE_MASK, EMAIL_MASK), (NIK, PHONE, EMAIL))
        with translation.override("id"):
            self.assertEqual(mask_personal_data("0812-3456-7890"), PHONE)


# Text around the data: letters, punctuation and spaces, no digits and no "@" that could join it.
surrounding = st.text(alphabet=st.characters(categories=["L", "Zs"], exclude_characters="@"), max_size=40).map(
    lambda text: f" {text} "
)
niks = st.builds(
    lambda province, rest: f"{province}{rest}", st.integers(11, 94).map(str), st.from_regex(r"\A[0-9]{14}\Z")
)
grouped_niks = niks.flatmap(
    lambda nik: st.sampled_from(
        [nik, f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}", f"{nik[:6]}-{nik[6:12]}-{nik[12:]}"]
    )
)
phones = st.tuples(
    st.sampled_from(["08", "+62 8", "+628", "62 8", "628", "+62-8"]),
    st.integers(1, 9).map(str),
    st.from_regex(r"\A[0-9]{7,9}\Z"),
    st.sampled_from(["", " ", "-"]),
).map(lambda parts: f"{parts[0]}{parts[1]}{parts[2][:2]}{parts[3]}{parts[2][2:5]}{parts[3]}{parts[2][5:]}")
emails = st.emails().filter(lambda address: address.rsplit(".", 1)[-1].isalpha())
years = st.integers(1945, 2100).map(str)
tickets = st.builds(lambda year, n: f"GM-{year}-{n:06d}", st.integers(2024, 2099), st.integers(1, 999_999))
laws = st.builds(
    lambda kind, n, year: f"{kind} {n}/{year}",
    st.sampled_from(["UU", "PP", "Perpres", "Permendagri", "Pergub"]),
    st.integers(1, 200),
    years,
)
money = st.integers(0, 10**15).map(lambda amount: "Rp " + f"{amount:,}".replace(",", "."))
dates = st.dates().map(lambda day: st.sampled_from([f"{day:%d-%m-%Y}", f"{day:%d/%m/%Y}", f"{day:%Y-%m-%d}"]))
harmless = st.one_of(years, tickets, laws, money, dates.flatmap(lambda strategy: strategy))


class MaskingPropertyTests(SimpleTestCase):
    @settings(max_examples=200, deadline=None, database=None)
    @given(before=surrounding, nik=grouped_niks, after=surrounding)
    def test_any_nik_is_masked(self, before, nik, after):
        self.assertEqual(mask_personal_data(before + nik + after), before + NIK + after)

    @settings(max_examples=200, deadline=None, database=None)
    @given(before=surrounding, phone=phones, after=surrounding)
    def test_any_mobile_number_is_masked(self, before, phone, after):
        self.assertEqual(mask_personal_data(before + phone + after), before + PHONE + after)

    @settings(max_examples=200, deadline=None, database=None)
    @given(before=surrounding, email=emails, after=surrounding)
    def test_any_email_address_is_masked(self, before, email, after):
        self.assertEqual(mask_personal_data(before + email + after), before + EMAIL + after)

    @settings(max_examples=300, deadline=None, database=None)
    @given(parts=st.lists(st.tuples(surrounding, harmless), max_size=5))
    def test_years_tickets_laws_money_and_dates_are_left_alone(self, parts):
        text = "".join(before + thing for before, thing in parts)
        self.assertEqual(mask_personal_data(text), text)

    @settings(max_examples=200, deadline=None, database=None)
    @given(text=st.text(max_size=200))
    def test_masking_twice_changes_nothing_more(self, text):
        once = mask_personal_data(text)
        self.assertEqual(mask_personal_data(once), once)
