"""Personal data that citizens (or staff) type into free text: NIK, phone numbers, e-mail addresses.

``mask_personal_data`` replaces each with a short Indonesian note. It is applied wherever a
question or an answer leaves the staff's detail page: the public Tanya Jawab list, the tracking
page, the admin list, and the retention purge (questions.privacy), which writes the masked text
back. The full text stays visible only where the asker's personal data is (the detail page, each
showing logged) and in what goes to SP4N-LAPOR!, whose purpose needs it.

What counts, and what must not (tests/questions/test_redaction.py):

* NIK: 16 digits on their own (also in groups 4-4-4-4 or 6-6-4 split by spaces or dashes).
  Longer runs of digits are something else.
* Phone: an Indonesian mobile number, ``08…``, ``62 8…`` or ``+62 8…`` (mobile prefixes 81–89,
  8 to 13 digits in all after the 0), and any number written with ``+62``; single spaces or
  dashes may separate the digits. Office landlines such as ``(0741) 123456`` are left alone:
  answers give them on purpose. Dots are not separators, so money (``Rp 62.812.000.000``) and
  times (``08.00``) stay.
* E-mail: ``local@domain.tld``.
"""

import re

from django.utils.translation import gettext, gettext_noop

# Lookarounds keep a match from starting or ending inside a longer number or word.
_DIGIT_BEFORE = r"(?<![\d])"
_DIGIT_AFTER = r"(?![\d])"
_SEP = r"[ \-]?"

_EMAIL_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]"  # what RFC 5322 allows unquoted before the @
EMAIL = re.compile(rf"(?<!{_EMAIL_LOCAL}){_EMAIL_LOCAL}+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}}(?![\w-])")
NIK = re.compile(
    _DIGIT_BEFORE
    + r"(?:\d{16}(?!\d)"
    # Grouped 4-4-4-4 or 6-6-4, with no further group right after the last one.
    + r"|\d{4}([ \-])\d{4}\1\d{4}\1\d{4}(?!\d|[ \-]\d)"
    + r"|\d{6}([ \-])\d{6}\2\d{4}(?!\d|[ \-]\d))"
)
PHONE = re.compile(
    r"(?:"
    # +62, then any area code or mobile prefix: clearly a phone number.
    + r"(?<![\d+])\+62"
    + _SEP
    + r"\(?0?\)?"
    + _SEP
    + r"[1-9](?:"
    + _SEP
    + r"\d){6,11}"
    + r"|"
    # 62 8… or 08…: a mobile number.
    + _DIGIT_BEFORE
    + r"(?<![/,])(?:62"
    + _SEP
    + r"|0)8[1-9](?:"
    + _SEP
    + r"\d){6,10}"
    + r")"
    + _DIGIT_AFTER
)

NIK_MASK = gettext_noop("[NIK disamarkan]")
PHONE_MASK = gettext_noop("[nomor telepon disamarkan]")
EMAIL_MASK = gettext_noop("[e-mail disamarkan]")


def masks():
    """The notes that stand for masked data, in the active language."""
    return {"nik": gettext(NIK_MASK), "phone": gettext(PHONE_MASK), "email": gettext(EMAIL_MASK)}


def mask_personal_data(text):
    """``text`` with every NIK, phone number and e-mail address replaced by a note saying it was masked.

    E-mail first (its digits are part of it), then NIK (16 digits), then phone numbers.
    Idempotent: masked text has nothing left to mask.
    """
    if not text:
        return text or ""
    notes = masks()
    text = EMAIL.sub(notes["email"], text)
    text = NIK.sub(notes["nik"], text)
    return PHONE.sub(notes["phone"], text)


def has_personal_data(text):
    """True if ``text`` holds something ``mask_personal_data`` would mask."""
    return mask_personal_data(text) != (text or "")
