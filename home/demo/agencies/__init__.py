"""Per-agency demo content, one module per OPD, keyed by registry slug in seeding order."""

from . import bapenda, bappeda, bkd, bpsdm, dinkes, disbun, disdik, diskominfo, disnaker, disperindag, esdm, kesbangpol
from .records import Agency, Event, Exempt, News, Notice, Person, Service

AGENCIES = {
    module.AGENCY.slug: module.AGENCY
    for module in (
        diskominfo,
        disdik,
        dinkes,
        bappeda,
        bapenda,
        bkd,
        bpsdm,
        disbun,
        esdm,
        kesbangpol,
        disnaker,
        disperindag,
    )
}

__all__ = ["AGENCIES", "Agency", "Event", "Exempt", "News", "Notice", "Person", "Service"]
