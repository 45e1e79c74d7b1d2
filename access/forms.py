"""The reach check of a submitted admin form: every id it carries must be within the user's reach.

Mixed into the page form (``opd.forms.PageForm``, so every page's create, edit and preview views)
and the site settings form. A reference to a page, image or document the user may not see
(``access.references.out_of_reach``) makes the form invalid with an Indonesian error naming the
field, is recorded as a refusal (``access.refusals``), and is emptied from what the form shows
again, so the response never renders the other OPD's object (title, thumbnail, link).
"""

from django.utils.translation import gettext_lazy as _

from access import references, refusals
from access.models import AccessRefusal

KIND_LABELS = {"page": _("halaman"), "image": _("gambar"), "document": _("dokumen")}
FORM_MESSAGE = _(
    "%(field)s: %(kind)s #%(id)s berada di luar jangkauan Anda (milik OPD lain atau koleksi yang tidak "
    "boleh Anda pakai). Pilih %(kind)s dari situs atau koleksi Anda sendiri, atau hapus rujukan itu."
)
FIELD_MESSAGE = _("%(kind)s #%(id)s berada di luar jangkauan Anda.")


def _fixed_value(value):
    """A replacement for ``Field.bound_data``: show ``value`` whatever was posted."""
    return lambda data, initial: value


class ReachCheckedFormMixin:
    """A ``WagtailAdminModelForm`` (or page form) whose ids must all be within ``for_user``'s reach."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._reach_result = None
        # What the object referred to before this edit passes unchanged (access.references.out_of_reach).
        self._references_before = (
            references.reference_keys(self.instance) if self.is_bound and self._reach_checked() else frozenset()
        )

    def _reach_checked(self):
        user = getattr(self, "for_user", None)
        return user is not None and user.is_authenticated and not user.is_superuser

    def _new_rows(self):
        """(relation, row form, row instance) of every inline row this submission keeps."""
        for relation, formset in getattr(self, "formsets", {}).items():
            for form in formset.forms:
                if not hasattr(form, "cleaned_data"):
                    continue
                if formset.can_delete and formset._should_delete_form(form):
                    continue
                if form.instance.pk is None and not form.has_changed():
                    continue
                yield relation, form, form.instance

    def is_valid(self):
        valid = super().is_valid()
        return self.check_reach() and valid

    def check_reach(self):
        """False (with errors added and refusals recorded) when the submission refers to something out of reach."""
        if self._reach_result is None:
            self._reach_result = True
            if self.is_bound and self._reach_checked():
                refused = references.out_of_reach(
                    self.for_user, self.instance, list(self._new_rows()), allowed=self._references_before
                )
                if refused:
                    self._reject(refused)
                    self._reach_result = False
        return self._reach_result

    def _reject(self, refused):
        keys = {ref.key for ref in refused}
        messages = {}
        for ref in refused:
            values = {"field": ref.describe_field(), "kind": KIND_LABELS[ref.kind], "id": ref.object_id}
            messages.setdefault((ref.model_path, ref.key), FORM_MESSAGE % values)
            form = ref.row or self
            if ref.field_name in form.fields:
                field = form.fields[ref.field_name]
                if ref.row is not None:
                    form.add_error(ref.field_name, FIELD_MESSAGE % values)
                field.bound_data = _fixed_value(self._scrubbed(form, ref.field_name, keys))
        for message in messages.values():
            self.add_error(None, message)
        for key in dict.fromkeys(ref.key for ref in refused):
            refusals.record(*key, user=self.for_user, source=AccessRefusal.Source.FORM)

    @staticmethod
    def _scrubbed(form, name, keys):
        """What field ``name`` of ``form`` shows again: the submitted value without the refused references."""
        field = form.fields[name]
        posted = form._widget_data_value(field.widget, form.add_prefix(name))
        if hasattr(field, "queryset"):  # a chooser of one object: posted as its id
            kind = references.kind_of_model(field.queryset.model)
            refused = str(posted).isdigit() and (kind, int(posted)) in keys
            return None if refused else posted
        return references.scrub(posted, keys)
