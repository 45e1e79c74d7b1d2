"""Settings shared by every environment.

Production-safe by default (``DEBUG = False``). Every environment variable the
project reads is read here, in one place, and listed in the README.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment -------------------------------------------------------------

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False

# The portal lives at BASE_DOMAIN, every OPD at <slug>.BASE_DOMAIN.
BASE_DOMAIN = os.environ.get("BASE_DOMAIN", "localhost").strip().lower()
# Port written into Site records, so generated absolute URLs point at the right
# place: 443 in production (behind TLS), 8000 for `make run` (dev settings).
SITE_PORT_FROM_ENV = os.environ.get("SITE_PORT", "")
SITE_PORT = int(SITE_PORT_FROM_ENV or 443)
# Host that serves /admin/ in production (cms.<BASE_DOMAIN> by default).
ADMIN_HOST = os.environ.get("ADMIN_HOST", f"cms.{BASE_DOMAIN}").strip().lower()
# The admin answers only on ADMIN_HOST when this is true (production).
ADMIN_HOST_ONLY = env_bool("ADMIN_HOST_ONLY", default=False)

# Hosts outside the base domain get 400; a host inside it without a Site gets 404.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [BASE_DOMAIN, f".{BASE_DOMAIN}", ADMIN_HOST]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

REDIS_URL = os.environ.get("REDIS_URL", "")

# Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed (security.client_ip).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"Jambi CMS <noreply@{BASE_DOMAIN}>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))

# Production defaults it to https:// and refuses http:// (password-reset links, docs/signin.md).
WAGTAILADMIN_BASE_URL_FROM_ENV = os.environ.get("WAGTAILADMIN_BASE_URL", "")
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL_FROM_ENV or f"http://{ADMIN_HOST}"

# --- Applications ------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "opd",
    "search",
    "moderation",
    "access",
    "freshness",
    "questions",
    "security",
    "errors",
    "spreadsheets",
    "document_access",
    "signin",
    "uploads",
    "i18n",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "security.headers.SecurityHeadersMiddleware",
    "opd.middleware.SiteHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "signin.middleware.IdleSessionMiddleware",
    "signin.middleware.AdminVerificationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "access.middleware.AdminScopeMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into signin.lockout's page
]

ROOT_URLCONF = "jambi_cms.urls"
WSGI_APPLICATION = "jambi_cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time -------------------------------------------------------

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
# Our catalogues outrank the apps' own: locale/ holds the project's strings, locale/wagtail/ the
# complete Indonesian of Wagtail's admin (Wagtail's own ships as id_ID, which "id" never loads). i18n/.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]

# --- Static and media --------------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Cache -------------------------------------------------------------------

# A cache outage is a miss, not an error; an unreachable Redis costs a request one second, not the
# operating system's connect timeout.
REDIS_CACHE_OPTIONS = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "jambi",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Wagtail -----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Jambi CMS"
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_FINDERS = []  # no oEmbed calls to the outside world
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "txt", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Indonesian stemming on PostgreSQL: "layanan" finds "pelayanan".
        "SEARCH_CONFIG": "indonesian" if DATABASE_IS_POSTGRES else None,
    }
}
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_COMMENTS_ENABLED = True

# Upload limits (uploads app, docs/uploads.md). Images: content must be JPEG, PNG, GIF or WebP (no
# SVG), at most 10 MB and 40 megapixels (width × height × frames) -- a 40 Mpx RGBA decode is 160 MB,
# the most one rendition may cost a worker; Pillow refuses to decode beyond the same ceiling.
# Documents: the ceiling of their type, for every extension of WAGTAILDOCS_EXTENSIONS (a type
# without a ceiling here is refused).
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "uploads.forms.ImageUploadForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uploads.forms.DocumentUploadForm"
UPLOAD_DOCUMENT_MAX_SIZES = {
    **dict.fromkeys(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods"], 20 * 1024 * 1024),
    "zip": 50 * 1024 * 1024,
    "csv": 5 * 1024 * 1024,
    "txt": 5 * 1024 * 1024,
}

# Longest search query we look at; longer ones are cut, not refused.
SEARCH_QUERY_MAX_LENGTH = 200

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Background-task bookkeeping and per-page edit notices are noise on the console;
        # Wagtail's audit log keeps who did what.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Freshness score (freshness.thresholds.Thresholds lists every key and its default), e.g.
# FRESHNESS_THRESHOLDS = {"amber_after_days": 21, "red_after_days": 60}
FRESHNESS_THRESHOLDS = {}
# How long the public board and Diskominfo's dashboard panel reuse one scoring of all sites.
FRESHNESS_CACHE_SECONDS = int(os.environ.get("FRESHNESS_CACHE_SECONDS", "300"))

# Gubernur Menjawab (docs/questions.md). SP4N-LAPOR! has no known public API: with no endpoint the
# outbox is exported as XLSX for manual entry (send_lapor_forwards --export).
LAPOR_ENDPOINT_URL = os.environ.get("LAPOR_ENDPOINT_URL") or None
LAPOR_API_TOKEN = os.environ.get("LAPOR_API_TOKEN", "")
LAPOR_TIMEOUT_SECONDS = float(os.environ.get("LAPOR_TIMEOUT_SECONDS", "10"))
LAPOR_MAX_ATTEMPTS = int(os.environ.get("LAPOR_MAX_ATTEMPTS", "8"))
QUESTION_RETENTION_DAYS = int(os.environ.get("QUESTION_RETENTION_DAYS", "730"))
# Per client address (security.client_ip: X-Forwarded-For believed only from TRUSTED_PROXIES).
QUESTION_SUBMIT_RATE = os.environ.get("QUESTION_SUBMIT_RATE", "5/hour")
QUESTION_TRACK_RATE = os.environ.get("QUESTION_TRACK_RATE", "30/minute")

# Refused cross-OPD accesses (access.models.AccessRefusal): kept this many days, then deleted by
# `manage.py purge_access_refusals` (daily cron).
ACCESS_REFUSAL_RETENTION_DAYS = int(os.environ.get("ACCESS_REFUSAL_RETENTION_DAYS", "180"))

# Sign-in (docs/signin.md): lockout, second factor, idle sessions. Axes' backend goes first: it refuses a
# locked-out (username, client address) before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
# One account from one address: an attacker elsewhere cannot lock an approver out of the admin.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "security.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "signin.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ADMIN = False  # Diskominfo unlocks in the Wagtail admin (Pengaturan → Akun terkunci)
AXES_VERBOSE = False
WAGTAILADMIN_USER_LOGIN_FORM = "signin.forms.LoginForm"
# Superusers, Diskominfo – Penyetuju and Inspektorat must use a one-time code (signin.rules).
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Jambi CMS"
# A signed-in session ends after this long without a request, and in any case SESSION_COOKIE_AGE after sign-in.
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
SESSION_COOKIE_AGE = 12 * 60 * 60
