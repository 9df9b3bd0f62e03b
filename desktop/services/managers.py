"""Local manager profiles for signing in to the console: a name and a PIN.

``managers.json`` (in the config folder) holds, per manager, a salted scrypt hash of the PIN
with a pepper that lives only in the OS keyring, and the count of wrong PINs in a row. After
three wrong PINs in a row each further one makes that manager wait, 2 s doubling up to
5 minutes; the wait survives a restart. Neither a PIN nor a hash is ever logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import math
import re
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.files import FileNotice, atomic_write_text, set_aside
from desktop.secrets import SecretStore, SecretStoreError
from desktop.words import translate

MANAGERS_FILE = "managers.json"
MANAGERS_PROFILE = "_managers"
"""The keyring profile for the pepper: managers belong to the computer, not to a connection
(connection names cannot start with "_")."""
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN = 2**14, 8, 1, 32
SALT_BYTES = 16
FREE_FAILURES = 3
FIRST_WAIT = 2.0
MAX_WAIT = 300.0
_PIN = re.compile(r"[0-9]{4,12}")
_PEPPER_CHECK_LABEL = b"Front Desk pepper check v1"
_NAME_FIELD = re.compile(r'"name"\s*:\s*"((?:[^"\\]|\\.)*)"')

log = logging.getLogger("desktop.services.managers")


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    wait_seconds: float
    message: str
    manager_id: str | None = None
    """A stable id for the manager (survives a rename), set when ``ok``."""


class ManagerStoreError(Exception):
    """managers.json cannot be used; the message is for a manager. ``problem`` says what
    is wrong with its bytes when they are not a list of managers (None: the file could not
    be read at all, or the keyring's part is missing)."""

    def __init__(self, message: str, *, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def check_pin(pin: str) -> None:
    """ValueError, in words for a manager, unless ``pin`` is 4 to 12 digits."""
    if not pin.isascii() or not pin.isdigit():
        raise ValueError(translate("Managers", "A PIN can contain digits (0 to 9) only."))
    if not _PIN.fullmatch(pin):
        raise ValueError(translate("Managers", "A PIN must be 4 to 12 digits long."))


def check_name(name: str) -> str:
    """The name, trimmed; ValueError if it is empty, too long or holds control characters."""
    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("Managers", "Enter a name for the manager."))
    if len(name) > 40:
        raise ValueError(
            translate("Managers", "A manager's name can be at most 40 characters long.")
        )
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ValueError(
            translate("Managers", "A manager's name cannot contain control characters.")
        )
    return name


def pepper_from(store: SecretStore, profile: str = MANAGERS_PROFILE) -> bytes:
    """The PIN pepper from the keyring; on first use, 32 random bytes made and stored there."""
    stored = store.get(profile, "pin_pepper")
    if stored is not None:
        try:
            return base64.b64decode(stored, validate=True)
        except ValueError as exc:
            raise SecretStoreError(
                translate(
                    "Managers",
                    "The PIN protection key in the keyring is damaged. Set up the managers again.",
                )
            ) from exc
    pepper = secrets.token_bytes(32)
    store.set(profile, "pin_pepper", base64.b64encode(pepper).decode("ascii"))
    log.info("Created the PIN protection key")
    return pepper


def open_managers(
    path: Path, pepper: Callable[[], bytes]
) -> tuple[ManagerDirectory, FileNotice | None]:
    """The managers in ``path``; a damaged file is set aside (never deleted) and the list
    starts empty, with a notice that says so. ManagerStoreError if it cannot be read."""
    try:
        return ManagerDirectory(path, pepper), None
    except ManagerStoreError as exc:
        if exc.problem is None:
            raise
        problem = exc.problem
    names = _names_in(path.read_bytes())
    try:
        aside = set_aside(path)
    except OSError as exc:
        raise ManagerStoreError(
            translate(
                "Managers",
                "The list of managers ({name} in {folder}) is damaged ({problem}) and could "
                "not be set aside ({why}). Move it out of that folder, then start Front Desk "
                "again.",
            ).format(name=path.name, folder=path.parent, problem=problem, why=exc.strerror or exc)
        ) from exc
    log.warning("The list of managers is damaged (%s); set aside as %s", problem, aside.name)
    who = translate("Managers", " It named: {names}.").format(names=", ".join(names))
    notice = FileNotice(
        translate("Managers", "The list of managers was damaged"),
        translate(
            "Managers", "The list of managers, {name} in {folder}, is damaged: {problem}."
        ).format(name=path.name, folder=path.parent, problem=problem),
        translate(
            "Managers",
            "Front Desk set it aside, not deleted, as {aside} in the same folder, and starts "
            "with no managers: each manager must be set up again (a name and a PIN; the first "
            "one is created on the sign-in screen).{who} Connections, keys, the outbox and "
            "the audit log are not affected.",
        ).format(aside=aside.name, who=who if names else ""),
    )
    return ManagerDirectory(path, pepper), notice


def _damaged(path: Path, problem: str) -> ManagerStoreError:
    return ManagerStoreError(
        translate("Managers", "The list of managers ({name}) cannot be read: {problem}.").format(
            name=path.name, problem=problem
        ),
        problem=problem,
    )


def _names_in(damaged: bytes) -> list[str]:
    """Manager names still legible in a damaged managers.json (for the notice)."""
    text = damaged.decode("utf-8", errors="replace")
    names: list[str] = []
    for match in _NAME_FIELD.finditer(text):
        try:
            name = json.loads(f'"{match.group(1)}"')
        except ValueError:
            continue
        if isinstance(name, str) and name not in names:
            names.append(name)
    return names


def _hash(pin: str, salt: bytes, pepper: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii") + pepper, salt=salt, n=n, r=r, p=p, dklen=SCRYPT_DKLEN
    )


def _pepper_check(pepper: bytes) -> str:
    """A fingerprint of the pepper, to tell "wrong PIN" from "the keyring lost the pepper"."""
    return hmac.new(pepper, _PEPPER_CHECK_LABEL, hashlib.sha256).hexdigest()[:16]


def _wait_for(failures: int) -> float:
    if failures <= FREE_FAILURES:
        return 0.0
    doublings = min(failures - FREE_FAILURES - 1, 16)
    return min(FIRST_WAIT * float(2**doublings), MAX_WAIT)


def _in_words(seconds: float) -> str:
    if seconds <= 60:
        whole = max(1, math.ceil(seconds))
        return translate("Managers", "%n second(s)", None, whole)
    minutes = math.ceil(seconds / 60)
    return translate("Managers", "%Ln minute(s)", None, minutes)


def _no_manager(name: str) -> str:
    return translate("Managers", "There is no manager named {name}.").format(name=repr(name))


def _taken(name: str) -> str:
    return translate("Managers", "There is already a manager named {name}.").format(name=repr(name))


def too_many(wait: float) -> str:
    return translate("Managers", "Too many wrong PINs. Try again in {wait}.").format(
        wait=_in_words(wait)
    )


class ManagerDirectory:
    """The managers who may sign in on this computer, kept in ``path`` (JSON)."""

    def __init__(
        self,
        path: Path,
        pepper: Callable[[], bytes],
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._path = path
        self._pepper_source = pepper
        self._pepper: bytes | None = None
        self._now = now
        self._data = self._load()

    # -- reading and writing the file -------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": 1, "pepper_check": None, "managers": []}
        except OSError as exc:
            raise ManagerStoreError(
                translate(
                    "Managers",
                    "The list of managers ({name} in {folder}) cannot be read: {why}. Give "
                    "your user account permission to read it (or ask whoever manages this "
                    "computer), then start Front Desk again.",
                ).format(name=self._path.name, folder=self._path.parent, why=exc.strerror or exc)
            ) from exc
        except ValueError as exc:
            raise _damaged(
                self._path, translate("Managers", "it is not valid JSON ({why})").format(why=exc)
            ) from exc
        if not isinstance(data, dict) or not isinstance(data.get("managers"), list):
            raise _damaged(self._path, translate("Managers", "it does not hold a list of managers"))
        return data

    def _save(self) -> None:
        atomic_write_text(self._path, json.dumps(self._data, indent=2) + "\n")

    def _records(self) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = self._data["managers"]
        return records

    def _find(self, name: str) -> dict[str, Any] | None:
        key = " ".join(name.split()).casefold()
        return next((r for r in self._records() if r["name"].casefold() == key), None)

    def _get(self, name: str) -> dict[str, Any]:
        record = self._find(name)
        if record is None:
            raise ValueError(_no_manager(name))
        return record

    def _peppered(self) -> bytes:
        """The pepper, checked against the file; ManagerStoreError if it changed."""
        if self._pepper is None:
            self._pepper = self._pepper_source()
        check = _pepper_check(self._pepper)
        if self._data.get("pepper_check") in (None, check) or not self._records():
            self._data["pepper_check"] = check
            return self._pepper
        raise ManagerStoreError(
            translate(
                "Managers",
                "The PIN protection key in this computer's keyring is missing or has changed, "
                "so no PIN can be checked. Remove the managers and set them up again.",
            )
        )

    def _set_pin(self, record: dict[str, Any], pin: str) -> None:
        check_pin(pin)
        salt = secrets.token_bytes(SALT_BYTES)
        digest = _hash(pin, salt, self._peppered(), SCRYPT_N, SCRYPT_R, SCRYPT_P)
        record.update(
            salt=base64.b64encode(salt).decode("ascii"),
            hash=base64.b64encode(digest).decode("ascii"),
            scrypt={"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            failures=0,
            locked_until=0.0,
        )

    # -- the public surface ------------------------------------------------------------------

    def names(self) -> list[str]:
        return sorted((r["name"] for r in self._records()), key=str.casefold)

    def create(self, name: str, pin: str) -> None:
        name = check_name(name)
        check_pin(pin)
        if self._find(name) is not None:
            raise ValueError(_taken(name))
        import uuid  # only here: the first frame reads managers, it makes none

        record: dict[str, Any] = {"id": uuid.uuid4().hex, "name": name}
        self._set_pin(record, pin)
        self._records().append(record)
        self._save()
        log.info("Added manager %r", name)

    def rename(self, name: str, new_name: str) -> None:
        record = self._get(name)
        new_name = check_name(new_name)
        other = self._find(new_name)
        if other is not None and other is not record:
            raise ValueError(_taken(new_name))
        old = record["name"]
        record["name"] = new_name
        self._save()
        log.info("Renamed manager %r to %r", old, new_name)

    def change_pin(self, name: str, pin: str) -> None:
        record = self._get(name)
        self._set_pin(record, pin)
        self._save()
        log.info("Changed the PIN of manager %r", record["name"])

    def remove(self, name: str) -> None:
        record = self._get(name)
        self._records().remove(record)
        if not self._records():
            self._data["pepper_check"] = None
        self._save()
        log.info("Removed manager %r", record["name"])

    def verify(self, name: str, pin: str) -> SignInResult:
        """Check a PIN. While a wait is on, refuses without checking (and without counting)."""
        record = self._find(name)
        if record is None:
            return SignInResult(False, 0.0, _no_manager(name))
        now = self._now()
        # A wall clock set backwards must not stretch the wait beyond its maximum.
        locked_until = min(float(record.get("locked_until", 0.0)), now + MAX_WAIT)
        if locked_until > now:
            return SignInResult(False, locked_until - now, too_many(locked_until - now))
        if self._matches(record, pin):
            if record.get("failures") or record.get("locked_until"):
                record.update(failures=0, locked_until=0.0)
                self._save()
            log.info("Manager %r signed in", record["name"])
            welcome = translate("Managers", "Welcome, {name}.").format(name=record["name"])
            return SignInResult(True, 0.0, welcome, record["id"])
        return self._failed(record, now)

    def _matches(self, record: dict[str, Any], pin: str) -> bool:
        if not _PIN.fullmatch(pin):
            return False
        params = record["scrypt"]
        salt = base64.b64decode(record["salt"])
        digest = _hash(pin, salt, self._peppered(), params["n"], params["r"], params["p"])
        return hmac.compare_digest(digest, base64.b64decode(record["hash"]))

    def _failed(self, record: dict[str, Any], now: float) -> SignInResult:
        failures = int(record.get("failures", 0)) + 1
        wait = _wait_for(failures)
        record.update(failures=failures, locked_until=now + wait if wait else 0.0)
        self._save()
        log.warning("Wrong PIN for manager %r (%d in a row)", record["name"], failures)
        message = translate("Managers", "That PIN is not right.")
        if wait:
            message += " " + too_many(wait)
        return SignInResult(False, wait, message)
