"""Admin registration: the record of sent freshness reminders, read-only, for Diskominfo only.

Imported by freshness/wagtail_hooks.py. The rows are the proof of what was sent to whom; nobody
creates, edits or deletes them by hand, not even a superuser.
"""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from freshness.models import Reminder
from freshness.permissions import sees_all_sites
from freshness.scoring import STATUS_LABELS


class DiskominfoReadOnlyPermissionHelper(PermissionHelper):
    """Diskominfo (approvers and superusers) may list and inspect; nobody may add, change or delete."""

    def user_can_list(self, user):
        return sees_all_sites(user)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and sees_all_sites(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ReminderAdmin(ModelAdmin):
    """Pengingat kebaruan: every reminder sent, to which OPD, at which rung and to whom."""

    model = Reminder
    permission_helper_class = DiskominfoReadOnlyPermissionHelper
    menu_label = _("Pengingat kebaruan")
    menu_icon = "mail"
    menu_order = 260
    add_to_settings_menu = False
    list_display = ("sent_at", "opd", "period", "level", "status_label", "recipient_list")
    list_filter = ("level", "opd")
    search_fields = ("opd__name", "period", "recipients")
    list_select_related = ("opd",)
    inspect_view_enabled = True
    inspect_view_fields = ("sent_at", "opd", "period", "level", "status", "recipients", "subject", "body")

    def status_label(self, obj):
        return STATUS_LABELS.get(obj.status, obj.status)

    status_label.short_description = _("status situs")

    def recipient_list(self, obj):
        return ", ".join(obj.recipients.split())

    recipient_list.short_description = _("penerima")


modeladmin_register(ReminderAdmin)
