"""A private, throw-away Redis for tests that stop it for real (never the shared one on port 6379).

``RedisServer`` starts ``redis-server`` on a free loopback port with no persistence, and ``stop()``
terminates it, so the code under test meets a Redis that is really gone: refused connections, not a
mock. ``caches()`` gives the CACHES setting production uses (jambi_cms/settings/base.py) pointed at it.
"""

import shutil
import socket
import subprocess
import time

from django.conf import settings

REDIS_SERVER = shutil.which("redis-server")
SKIP_REASON = "needs the redis-server binary (apt install redis-server; CI has it)"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers_ping(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One redis-server process of our own; ``url`` for django-redis."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(  # noqa: S603
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _answers_ping(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)

    @property
    def running(self):
        return self.process.poll() is None

    def stop(self):
        """Terminate the server and wait until its port refuses connections."""
        if self.running:
            self.process.terminate()
            self.process.wait(timeout=10)
        assert not _answers_ping(self.port)

    def caches(self):
        """The production CACHES (django-redis, same OPTIONS as base.py) on this server."""
        return {"default": {**PRODUCTION_CACHE, "LOCATION": self.url}}


# What jambi_cms/settings/base.py configures when REDIS_URL is set (the test settings replace CACHES).
PRODUCTION_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "KEY_PREFIX": "jambi",
    "OPTIONS": settings.REDIS_CACHE_OPTIONS,
}
