"""Tests: fast hashing, plain static storage, local-memory cache, outbox e-mail.

The database still comes from DATABASE_URL, so CI runs the suite on PostgreSQL.
"""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
BASE_DOMAIN = "localhost"
ALLOWED_HOSTS = ["localhost", ".localhost", "testserver"]
SITE_PORT = 80
ADMIN_HOST = "cms.localhost"
ADMIN_HOST_ONLY = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://cms.localhost"
MEDIA_ROOT = str(BASE_DIR / "media-test")  # noqa: F405
# Static files come from the finders; there is no collected STATIC_ROOT in tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# The suite logs approvers in with force_login everywhere; tests/signin turns the second factor on.
ADMIN_2FA_REQUIRED = False
