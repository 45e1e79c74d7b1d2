"""REDIS_URL switches the cache to Redis through django-redis (CI runs with a real Redis)."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = pytest.mark.skipif(not REDIS_URL, reason="needs Redis: set REDIS_URL=redis://… (CI does)")

PROBE = """
import django, uuid
django.setup()
from django.conf import settings
from django.core.cache import cache
key = f"probe-{uuid.uuid4()}"
cache.set(key, "tersimpan", 30)
in_redis = cache.client.get_client().get(cache.make_key(key)) is not None
print(settings.CACHES["default"]["BACKEND"], cache.get(key), in_redis)
cache.delete(key)
"""


def test_redis_url_gives_a_working_shared_cache():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "jambi_cms.settings.dev", "REDIS_URL": REDIS_URL}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["django_redis.cache.RedisCache", "tersimpan", "True"]
