"""Admin registration: the OPD registry, browsable and editable by Diskominfo through wagtail-modeladmin."""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from opd.models import Opd


class OpdAdmin(ModelAdmin):
    """Daftar OPD: the registry of regional agencies, with each one's site and status."""

    model = Opd
    menu_label = _("Daftar OPD")
    menu_icon = "group"
    menu_order = 250
    add_to_settings_menu = False
    list_display = ("name", "acronym", "slug", "kind", "status", "verified", "site_link")
    list_filter = ("kind", "status", "verified")
    search_fields = ("name", "acronym", "slug", "head_of_agency")
    list_select_related = ("site",)
    form_fields_exclude = ("site", "collection", "operator_group")
    inspect_view_enabled = True

    def site_link(self, obj):
        return obj.site.hostname if obj.site_id else "—"

    site_link.short_description = _("situs")


modeladmin_register(OpdAdmin)
