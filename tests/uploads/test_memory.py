"""Worker memory stays bounded while the decompression-bomb PNGs are uploaded.

The uploads run in a separate process (memory_probe.py) against the test database, so the figure
is that process's own: VmHWM (peak resident memory) after the uploads minus VmRSS before them.
Bound: 120 MB. Refusing a file from its header costs a few MB (the 110 kB upload, the form, the
error page); decoding the 11000×11000 PNG for one preview costs at least 121 MB (one byte per
pixel) and in practice ~600 MB, so any decode of either image crosses the bound.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import TestCase

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parent.parent.parent
BOUND_KIB = 120 * 1024


def database_url():
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class WorkerMemoryTests(TestCase):
    def test_memory_stays_bounded_while_bombs_are_uploaded(self):
        if connection.vendor != "postgresql":
            self.skipTest("the probe process shares the test database: PostgreSQL only")
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "DJANGO_SETTINGS_MODULE": "jambi_cms.settings.test",
        }
        completed = subprocess.run(  # noqa: S603 -- our own interpreter and module
            [sys.executable, "-m", "tests.uploads.memory_probe"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        self.assertEqual(completed.returncode, 0, completed.stderr[-3000:])
        figures = json.loads(completed.stdout)
        growth = figures["peak_kib"] - figures["baseline_kib"]
        print(f"\nmemory probe: baseline {figures['baseline_kib']} KiB, growth {growth} KiB")  # noqa: T201
        self.assertLess(growth, BOUND_KIB, figures)
        self.assertEqual(len(figures["uploads"]), 8)
        for upload in figures["uploads"]:
            self.assertEqual(upload["result"], "ditolak", upload)
