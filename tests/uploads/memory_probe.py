"""Run in a separate process by test_memory.py: upload the two oversized PNGs on every image route and
open each stored image's edit page (its preview), then print the process's memory figures as JSON.

Needs DATABASE_URL pointing at an existing (test) database and DJANGO_SETTINGS_MODULE. Everything it
stores is rolled back, files included (a temporary MEDIA_ROOT).
"""

import json
import os
import sys
import tempfile

import django


def rss_kib(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(field)


def main():
    django.setup()
    from django.db import transaction
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment
    from django.urls import reverse
    from wagtail.models import Collection

    from tests.factories import ImageFactory, SuperuserFactory
    from tests.uploads import files
    from tests.uploads.routes import ADMIN_HOST, IMAGE_ROUTES

    setup_test_environment()
    cases = {"30000x30000": files.huge_png(30000, 30000), "11000x11000": files.huge_png(11000, 11000)}
    results = []
    with tempfile.TemporaryDirectory() as media_root, override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        client = Client(raise_request_exception=False)
        client.force_login(SuperuserFactory(username="probe-memori"))
        collection = Collection.get_first_root_node()

        def try_route(route, filename, content):
            existing = ImageFactory(collection=collection) if route.name == "edit" else None
            try:
                outcome = route.upload(client, filename, content, collection=collection, existing=existing)
            except AssertionError:  # the route answered 500
                return "500"
            if outcome.stored is not None:  # open the stored image's edit page: it shows a preview
                client.get(reverse("wagtailimages:edit", args=[outcome.stored.pk]), HTTP_HOST=ADMIN_HOST)
                return "disimpan"
            return "ditolak"

        # Warm up every code path with a small image, then measure from here.
        for route in IMAGE_ROUTES:
            try_route(route, "hangat.png", files.png())
        try:
            with open("/proc/self/clear_refs", "w") as clear_refs:
                clear_refs.write("5")  # reset VmHWM to the current RSS
        except OSError:
            pass
        baseline = rss_kib("VmRSS")
        for name, content in cases.items():
            for route in IMAGE_ROUTES:
                results.append({"case": name, "route": route.name, "result": try_route(route, f"{name}.png", content)})
        peak = rss_kib("VmHWM")
        transaction.set_rollback(True)
    json.dump({"baseline_kib": baseline, "peak_kib": peak, "uploads": results}, sys.stdout)


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jambi_cms.settings.test")
    main()
