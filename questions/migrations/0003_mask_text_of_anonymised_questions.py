"""Questions anonymised before the purge masked free text still hold any NIK, phone or e-mail typed into them."""

from django.conf import settings
from django.db import migrations
from django.utils import translation


def mask_anonymised(apps, schema_editor):
    Question = apps.get_model("questions", "Question")
    with translation.override(settings.LANGUAGE_CODE):
        changed = _masked(Question)
    Question.objects.bulk_update(changed, ["question", "answer"], batch_size=500)


def _masked(Question):
    from questions.redaction import mask_personal_data

    changed = []
    for question in Question.objects.filter(anonymised_at__isnull=False).only("pk", "question", "answer").iterator():
        masked = mask_personal_data(question.question), mask_personal_data(question.answer)
        if masked != (question.question, question.answer):
            question.question, question.answer = masked
            changed.append(question)
    return changed


class Migration(migrations.Migration):
    dependencies = [("questions", "0002_gubernurmenjawabpage")]

    operations = [migrations.RunPython(mask_anonymised, migrations.RunPython.noop)]
