"""WorkTaps account writes as outbox kinds: create, update and terminate (delete).

Payloads (JSON, as the outbox keeps them)::

    account_create  {"draft_id", "input": AccountInput JSON}
    account_update  {"account_id", "changes": AccountInput JSON, "before": the same keys'
                     old values}
    account_delete  {"account_id", "term_date": "YYYY-MM-DD", "before": the account}

A create is not idempotent (a second POST makes a second account, or answers 40029),
so a create whose answer was lost is looked up by its email (else its phone): found
with the names sent, it landed; not found, it did not; found with other names, a
manager decides. An update is checked field by field (``worktaps_compare``); a
removal is landed when the account answers 404.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.api import Account, AccountInput, NotFound, WorkTapsClient
from desktop.services.outbox.kind import Calls, Kind, Payload, Send, Sent, Verify
from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.services.outbox.kinds.worktaps_compare import compare_update, same
from desktop.store import OutboxEntry
from desktop.words import QT_TRANSLATE_NOOP, day, translate

CREATE, UPDATE, DELETE = "account_create", "account_update", "account_delete"
KINDS = (CREATE, UPDATE, DELETE)
SERVICE = "WorkTaps"
# An account found by a lost create's email but made this long before the entry was
# queued was not made by it (the clocks of the desk and the service may differ).
OLDER = timedelta(hours=1)


def account_json(account: Account) -> dict[str, Any]:
    """An account as the vendor writes it (``Account.model_validate`` reads it back)."""
    return account.model_dump(mode="json", by_alias=True)


def as_input(account: Account) -> dict[str, Any]:
    """An account's fields as a create or update body would give them."""
    return AccountInput.from_account(account).to_json()


def subject(p: Payload) -> str:
    """``account/<id>``, or ``account/<email or phone>`` before the service gave an id."""
    if p.get("account_id") is not None:
        return f"account/{p['account_id']}"
    given = p.get("input") or {}
    return f"account/{given.get('email') or given.get('phone') or p.get('draft_id')}"


# -- create ---------------------------------------------------------------------------


async def send_create(calls: Calls[WorkTapsClient], p: Payload) -> Sent:
    body = AccountInput.model_validate(p["input"])
    made = await calls(lambda client: client.create_account(body))
    return Sent(str(made.id), account_json(made))


async def verify_create(calls: Calls[WorkTapsClient], p: Payload, entry: OutboxEntry) -> Verdict:
    given: dict[str, Any] = p["input"]
    email, phone = given.get("email"), given.get("phone")
    if email:
        found = await calls(lambda c: c.list_accounts(email=email))
    elif phone:
        found = await calls(lambda c: c.list_accounts(phone=phone))
    else:
        return Verdict(
            None, translate("OutboxCheck", "The account has no email or phone to look it up by.")
        )
    by_email = bool(email)
    accounts = found.items
    if not accounts:
        why = (
            translate("OutboxCheck", "No account has this email address, so it was not created.")
            if by_email
            else translate(
                "OutboxCheck", "No account has this phone number, so it was not created."
            )
        )
        return Verdict(False, why)
    seen = {"found": [account_json(a) for a in accounts], "sent": given}
    mine = [a for a in accounts if _same_names(a, given)]
    if len(accounts) > 1 or not mine:
        names = ", ".join(f"{a.first_name} {a.last_name} ({a.id})" for a in accounts)
        why = (
            translate(
                "OutboxCheck",
                "An account with this email address exists, but it is {names}, not the one sent.",
            )
            if by_email
            else translate(
                "OutboxCheck",
                "An account with this phone number exists, but it is {names}, not the one sent.",
            )
        ).format(names=names)
        return Verdict(None, why, seen)
    account = mine[0]
    if account.created is not None and account.created < entry.created_at - OLDER:
        why = (
            translate(
                "OutboxCheck",
                "The account with this email address was made on {day}, "
                "before this entry was queued; it may not be the one sent.",
            )
            if by_email
            else translate(
                "OutboxCheck",
                "The account with this phone number was made on {day}, "
                "before this entry was queued; it may not be the one sent.",
            )
        ).format(day=day(account.created.date()))
        return Verdict(None, why, seen)
    why = (
        translate(
            "OutboxCheck",
            "An account with this email address and these names exists: it was created.",
        )
        if by_email
        else translate(
            "OutboxCheck",
            "An account with this phone number and these names exists: it was created.",
        )
    )
    return Verdict(True, why, {"result": account_json(account)}, str(account.id))


def _same_names(account: Account, given: dict[str, Any]) -> bool:
    return same("firstName", account.first_name, given.get("firstName")) and same(
        "lastName", account.last_name, given.get("lastName")
    )


# -- update ---------------------------------------------------------------------------


async def send_update(calls: Calls[WorkTapsClient], p: Payload) -> Sent:
    changes = AccountInput.model_validate(p["changes"])
    done = await calls(lambda client: client.update_account(p["account_id"], changes))
    return Sent(str(done.id), account_json(done))


async def verify_update(calls: Calls[WorkTapsClient], p: Payload, entry: OutboxEntry) -> Verdict:
    try:
        account = await calls(lambda client: client.get_account(p["account_id"]))
    except NotFound:
        why = translate(
            "OutboxCheck", "WorkTaps no longer has the account; sending again will say so."
        )
        return Verdict(False, why)
    found = compare_update(
        translate("OutboxCheck", "The account"),
        as_input(account),
        p["changes"],
        p.get("before") or {},
    )
    if found.landed:
        return Verdict(True, found.why, {"result": account_json(account)}, str(account.id))
    return found


# -- terminate ------------------------------------------------------------------------


async def send_delete(calls: Calls[WorkTapsClient], p: Payload) -> Sent:
    term = date.fromisoformat(p["term_date"])
    await calls(lambda client: client.delete_account(p["account_id"], term))
    return Sent(str(p["account_id"]), {"removed": True})


async def verify_delete(calls: Calls[WorkTapsClient], p: Payload, entry: OutboxEntry) -> Verdict:
    try:
        account = await calls(lambda client: client.get_account(p["account_id"]))
    except NotFound:
        why = translate("OutboxCheck", "WorkTaps no longer has the account, so it was removed.")
        return Verdict(True, why, {"result": {"removed": True}}, str(p["account_id"]))
    why = translate("OutboxCheck", "WorkTaps still has the account, so it was not removed.")
    return Verdict(False, why, {"account": account_json(account)})


def _kind(
    name: str,
    title: str,
    send: Send[WorkTapsClient],
    verify: Verify[WorkTapsClient],
    fields: tuple[str, ...],
) -> Kind[WorkTapsClient]:
    return Kind(
        name=name,
        title=title,
        send=send,
        verify=verify,
        subject=subject,
        audit_fields=fields,
        keeps_answers=True,
        service=SERVICE,
    )


ACCOUNT_CREATE = _kind(
    CREATE,
    QT_TRANSLATE_NOOP("OutboxKind", "Create WorkTaps account"),
    send_create,
    verify_create,
    ("draft_id", "input"),
)
ACCOUNT_UPDATE = _kind(
    UPDATE,
    QT_TRANSLATE_NOOP("OutboxKind", "Edit WorkTaps account"),
    send_update,
    verify_update,
    ("account_id", "changes"),
)
ACCOUNT_DELETE = _kind(
    DELETE,
    QT_TRANSLATE_NOOP("OutboxKind", "Terminate WorkTaps account"),
    send_delete,
    verify_delete,
    ("account_id", "term_date"),
)
