"""How a question's personal data looks in lists: enough to tell two askers apart, not enough to reach them.

Lists of questions show only these masked forms; the full values appear on a question's detail page,
and each showing of that page is logged (questions.models.PersonalDataAccess).
"""

import re

MASK = "*"
PHONE_KEEP_START = 2
PHONE_KEEP_END = 4


def mask_phone(phone):
    """``081234561234`` → ``08******1234``: the first two and last four digits, the rest starred.

    Separators are dropped; a number too short to keep six digits is starred whole.
    """
    digits = re.sub(r"\D", "", phone or "")
    if not digits:
        return ""
    hidden = len(digits) - PHONE_KEEP_START - PHONE_KEEP_END
    if hidden < 1:
        return MASK * len(digits)
    return digits[:PHONE_KEEP_START] + MASK * hidden + digits[-PHONE_KEEP_END:]


def mask_email(email):
    """``budi.santoso@gmail.com`` → ``b***@gmail.com``: the first letter and the domain."""
    local, at, domain = (email or "").strip().rpartition("@")
    if not at:
        return MASK * 3 if email else ""
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_name(name):
    """``Budi Santoso`` → ``B. S.``: the initials of the words of the name."""
    return " ".join(f"{word[0].upper()}." for word in (name or "").split())
