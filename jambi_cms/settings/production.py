"""Production: fails fast on a missing secret or host, HTTPS everywhere.

Needs SECRET_KEY and BASE_DOMAIN (or ALLOWED_HOSTS) from the environment;
``manage.py check --deploy`` passes with no warnings.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")
if BASE_DOMAIN in {"", "localhost"}:  # noqa: F405
    raise ImproperlyConfigured("BASE_DOMAIN must be set to the public domain, e.g. jambiprov.go.id.")

ADMIN_HOST_ONLY = env_bool("ADMIN_HOST_ONLY", default=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [f"https://{ADMIN_HOST}"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# Links in admin e-mails (password reset, moderation notices) must be https (docs/signin.md).
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL_FROM_ENV or f"https://{ADMIN_HOST}"  # noqa: F405
if not WAGTAILADMIN_BASE_URL.startswith("https://"):
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must start with https:// in production.")
