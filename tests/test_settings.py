"""Settings: the production module fails fast and passes ``check --deploy``; the shared locale and Wagtail flags."""

import json
import os
import secrets
import string
import subprocess
import sys

import pytest
from django.conf import settings

REPO_ROOT = settings.BASE_DIR
PRODUCTION = "jambi_cms.settings.production"
SECRET = "".join(secrets.choice(string.ascii_letters + string.digits + "!@#%^&*(-_=+)") for _ in range(60))


def run_python(args, **env):
    """Run ``python <args>`` in the repository with a clean environment plus ``env``."""
    base_env = {key: value for key, value in os.environ.items() if key in {"PATH", "HOME", "LANG", "DATABASE_URL"}}
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env={**base_env, "DJANGO_SETTINGS_MODULE": PRODUCTION, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def import_settings(**env):
    return run_python(["-c", "import django; django.setup()"], **env)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"BASE_DOMAIN": "jambiprov.go.id"}, "SECRET_KEY must be set"),
        ({"BASE_DOMAIN": "jambiprov.go.id", "SECRET_KEY": "too-short"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": SECRET}, "BASE_DOMAIN must be set"),
        ({"SECRET_KEY": SECRET, "BASE_DOMAIN": "localhost"}, "BASE_DOMAIN must be set"),
    ],
    ids=["no-secret-key", "short-secret-key", "no-base-domain", "localhost-base-domain"],
)
def test_production_refuses_to_start_without_a_secret_or_a_domain(env, message):
    result = import_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_passes_check_deploy_without_warnings():
    result = run_python(
        ["manage.py", "check", "--deploy"],
        SECRET_KEY=SECRET,
        BASE_DOMAIN="jambiprov.go.id",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output, output
    assert "System check identified no issues" in output


def test_production_keeps_the_admin_on_its_host_and_https():
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.ADMIN_HOST, s.ADMIN_HOST_ONLY, s.ALLOWED_HOSTS, s.SECURE_SSL_REDIRECT, s.DEBUG, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.CSRF_TRUSTED_ORIGINS]))"
    )
    result = run_python(["-c", code], SECRET_KEY=SECRET, BASE_DOMAIN="jambiprov.go.id")
    assert result.returncode == 0, result.stderr
    admin_host, admin_only, hosts, ssl_redirect, debug, session_secure, csrf_secure, origins = json.loads(result.stdout)
    assert (admin_host, admin_only, ssl_redirect, debug) == ("cms.jambiprov.go.id", True, True, False)
    assert {"jambiprov.go.id", ".jambiprov.go.id"} <= set(hosts)
    assert all(host == "jambiprov.go.id" or host.endswith(".jambiprov.go.id") for host in hosts), hosts
    assert (session_secure, csrf_secure, origins) == (True, True, ["https://cms.jambiprov.go.id"])


def test_locale_and_time_zone():
    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert settings.USE_TZ is True


def test_wagtail_phones_no_one():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAILEMBEDS_FINDERS == []


def test_test_settings_recipe():
    assert settings.DEBUG is False
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"
    assert settings.WAGTAILADMIN_BASE_URL == "http://cms.localhost"
    assert settings.BASE_DOMAIN == "localhost"
    assert settings.ADMIN_HOST_ONLY is False


def test_search_config_follows_the_database():
    expected = "indonesian" if settings.DATABASE_IS_POSTGRES else None
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == expected
