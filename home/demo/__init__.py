"""The development demo that ``manage.py seed_demo`` (and ``make run``) creates; see ``seed.py``."""

from .seed import DemoRefused, SeedResult, is_seeded, seed_demo, summary_lines
from .users import DEMO_PASSWORD

__all__ = ["DEMO_PASSWORD", "DemoRefused", "SeedResult", "is_seeded", "seed_demo", "summary_lines"]
