"""WorkTaps location writes as outbox kinds: create and update.

Payloads::

    location_create  {"draft_id", "input": LocationInput JSON, "known_ids": ids of the
                      locations of that name the desk knew when it was queued}
    location_update  {"location_id", "changes": LocationInput JSON, "before": the same
                      keys' old values}

WorkTaps has no read of one location, so both are checked against the list. A lost
create is looked for by its name, leaving out the locations of that name that were
there before: one, with every field sent, landed; none, it did not; anything else,
a manager decides.
"""

from __future__ import annotations

from typing import Any

from desktop.api import Location, LocationInput, WorkTapsClient
from desktop.services.outbox.kind import Calls, Kind, Payload, Sent
from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.services.outbox.kinds.worktaps_compare import compare_update, same
from desktop.store import OutboxEntry
from desktop.words import QT_TRANSLATE_NOOP, translate

CREATE, UPDATE = "location_create", "location_update"
KINDS = (CREATE, UPDATE)


def location_json(location: Location) -> dict[str, Any]:
    return location.model_dump(mode="json", by_alias=True)


def subject(p: Payload) -> str:
    """``location/<id>``, or ``location/<name>`` before the service gave an id."""
    if p.get("location_id") is not None:
        return f"location/{p['location_id']}"
    return f"location/{(p.get('input') or {}).get('name') or p.get('draft_id')}"


async def _all(calls: Calls[WorkTapsClient]) -> list[Location]:
    async def read(client: WorkTapsClient) -> list[Location]:
        return [location async for location in client.iter_locations()]

    return await calls(read)


async def send_create(calls: Calls[WorkTapsClient], p: Payload) -> Sent:
    body = LocationInput.model_validate(p["input"])
    made = await calls(lambda client: client.create_location(body))
    return Sent(made.id, location_json(made))


async def verify_create(calls: Calls[WorkTapsClient], p: Payload, entry: OutboxEntry) -> Verdict:
    given: dict[str, Any] = p["input"]
    known = {str(i) for i in p.get("known_ids") or ()}
    named = [
        location
        for location in await _all(calls)
        if same("name", location.name, given.get("name")) and location.id not in known
    ]
    if not named:
        return Verdict(
            False, translate("OutboxCheck", "No new location has this name, so it was not created.")
        )
    if len(named) == 1 and all(
        same(key, location_json(named[0]).get(key), value) for key, value in given.items()
    ):
        found = named[0]
        why = translate(
            "OutboxCheck", "A new location with this name and these details exists: it was created."
        )
        return Verdict(True, why, {"result": location_json(found)}, found.id)
    why = translate(
        "OutboxCheck",
        "New locations with this name exist, but not exactly one with the details sent.",
    )
    return Verdict(None, why, {"found": [location_json(n) for n in named], "sent": given})


async def send_update(calls: Calls[WorkTapsClient], p: Payload) -> Sent:
    changes = LocationInput.model_validate(p["changes"])
    done = await calls(lambda client: client.update_location(p["location_id"], changes))
    return Sent(done.id, location_json(done))


async def verify_update(calls: Calls[WorkTapsClient], p: Payload, entry: OutboxEntry) -> Verdict:
    wanted = str(p["location_id"])
    found = next((loc for loc in await _all(calls) if loc.id == wanted), None)
    if found is None:
        return Verdict(
            False,
            translate(
                "OutboxCheck", "WorkTaps does not list the location; sending again will say so."
            ),
        )
    shown = location_json(found)
    verdict = compare_update(
        translate("OutboxCheck", "The location"), shown, p["changes"], p.get("before") or {}
    )
    if verdict.landed:
        return Verdict(True, verdict.why, {"result": shown}, found.id)
    return verdict


LOCATION_CREATE: Kind[WorkTapsClient] = Kind(
    name=CREATE,
    title=QT_TRANSLATE_NOOP("OutboxKind", "Create location"),
    send=send_create,
    verify=verify_create,
    subject=subject,
    audit_fields=("draft_id", "input"),
    keeps_answers=True,
    service="WorkTaps",
)
LOCATION_UPDATE: Kind[WorkTapsClient] = Kind(
    name=UPDATE,
    title=QT_TRANSLATE_NOOP("OutboxKind", "Edit location"),
    send=send_update,
    verify=verify_update,
    subject=subject,
    audit_fields=("location_id", "changes"),
    keeps_answers=True,
    service="WorkTaps",
)
