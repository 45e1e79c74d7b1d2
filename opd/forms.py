"""The editor forms of the project: every page's, and the site settings'."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from access.forms import ReachCheckedFormMixin


class PageForm(ReachCheckedFormMixin, WagtailAdminPageForm):
    """Wagtail's page form, without the hidden "initial" inputs Django asks for on callable defaults.

    Every id it carries (choosers, rich-text links and embeds, inline rows) must be within the editor's
    reach (``access.forms.ReachCheckedFormMixin``), on save and on preview alike.

    A model field with a callable default (``date = DateField(default=date.today)``) makes Django's form
    field compare against a hidden ``initial-<name>`` input that Wagtail's editor never renders. The
    field then always counts as changed, so an approver pressing "approve" in the editor saves a new
    revision of their own first, which restarts the review (re-approval on edit) and can never be
    approved by them (four eyes). Comparing against the instance's value instead is what we want.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        forms = [self]
        for formset in self.formsets.values():
            forms += [*formset.forms, formset.empty_form]
        for form in forms:
            for field in form.fields.values():
                field.show_hidden_initial = False


class SiteSettingsForm(ReachCheckedFormMixin, WagtailAdminModelForm):
    """The site settings form: its logo and head's photo must be images within the editor's reach."""
