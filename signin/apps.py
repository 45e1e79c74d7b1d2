from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigninConfig(AppConfig):
    name = "signin"
    verbose_name = _("Masuk ke admin")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from signin.middleware import stamp_sign_in

        user_logged_in.connect(stamp_sign_in, dispatch_uid="signin_stamp_sign_in")
