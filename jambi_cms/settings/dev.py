"""Development: debug on, an insecure key of its own, e-mail to the console.

The admin answers on any host under BASE_DOMAIN (DESIGN.md: /admin/ on any host in development).
"""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405, S105
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "127.0.0.1"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
SITE_PORT = int(SITE_PORT_FROM_ENV or 8000)  # noqa: F405
ADMIN_HOST_ONLY = env_bool("ADMIN_HOST_ONLY", default=False)
WAGTAILADMIN_BASE_URL = f"http://localhost:{SITE_PORT}"  # noqa: F405
# `make run`'s demo logins work without an authenticator app; ADMIN_2FA_REQUIRED=true make run tries it.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", default=False)
