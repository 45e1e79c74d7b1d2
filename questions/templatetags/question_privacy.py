"""``mask_personal_data``: a question's or an answer's text with any NIK, phone or e-mail in it masked."""

from django import template

from questions import redaction

register = template.Library()


@register.filter
def mask_personal_data(text):
    """For every page that shows a question or answer outside the staff's logged detail view."""
    return redaction.mask_personal_data(text)
