"""Keys in the OS keyring, and nowhere else.

Entries live under the service "Front Desk" with the username ``"<profile>/<kind>"``.
Windows' Credential Manager refuses a secret over 2,560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE;
keyring 25 writes UTF-16, so 1,280 characters, and CredWrite fails with the obscure
"The stub received bad data"). A longer value is therefore split into ``"<user>#1"``,
``"<user>#2"``, … with a small header ``"frontdesk-chunked:v1:<count>:<length>"`` under
``"<user>"``; reading joins them back. Every platform gets the same layout.

A backend that is absent or not secure (keyring's fail and null backends, the keyrings.alt
file backends, a chainer with nothing secure first) is refused: nothing is stored.
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar, get_args

from desktop.words import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:  # keyring loads with the first use of a store: the first frame needs none
    from keyring.backend import KeyringBackend

SERVICE = "Front Desk"
SecretKind = Literal[
    "worktime_key",
    "worktaps_key",
    "worq_partner_key",
    "webhook_secret",
    "pin_pepper",
    "audit_key",
    "team_password",
]
SECRET_KINDS: tuple[SecretKind, ...] = get_args(SecretKind)
WINDOWS_BLOB_LIMIT = 2560
"""Bytes a Windows credential holds (wincred.h CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512)."""
CHUNK_HEADER = "frontdesk-chunked:v1:"
MAX_SECRET_LENGTH = 4096
"""Characters of the longest secret kept. Keys and passwords are pasted in, and the
vendors' are far shorter; a longer one is a paste gone wrong (a page, a whole file)."""

# English, marked: ``_label(kind)`` says one in the console's language.
KIND_LABELS: dict[SecretKind, str] = {
    "worktime_key": QT_TRANSLATE_NOOP("Secrets", "WorkTime One key"),
    "worktaps_key": QT_TRANSLATE_NOOP("Secrets", "WorkTaps key"),
    "worq_partner_key": QT_TRANSLATE_NOOP("Secrets", "WorQ partner key"),
    "webhook_secret": QT_TRANSLATE_NOOP("Secrets", "webhook signing secret"),
    "pin_pepper": QT_TRANSLATE_NOOP("Secrets", "PIN protection key"),
    "audit_key": QT_TRANSLATE_NOOP("Secrets", "audit log key"),
    "team_password": QT_TRANSLATE_NOOP("Secrets", "shared store password"),
}

log = logging.getLogger("desktop.secrets")


def _label(kind: SecretKind) -> str:
    return translate("Secrets", KIND_LABELS[kind])


T = TypeVar("T")

# Module prefixes of backends that keep secrets in a file (plain or "encrypted" with a
# password kept next to it). Never acceptable, whatever their priority.
_FILE_BACKEND_MODULES = ("keyrings.alt", "keyrings.cryptfile")


@dataclass(frozen=True)
class ExpectedKeyring:
    """The keyring backend an operating system should give (build.spec bundles it)."""

    module: str
    name: str
    """As the person at the desk knows it."""


WINDOWS_KEYRING = ExpectedKeyring(
    "keyring.backends.Windows", QT_TRANSLATE_NOOP("Secrets", "Windows Credential Manager")
)
MACOS_KEYRING = ExpectedKeyring(
    "keyring.backends.macOS", QT_TRANSLATE_NOOP("Secrets", "the macOS Keychain")
)
SECRET_SERVICE = ExpectedKeyring(
    "keyring.backends.SecretService",
    QT_TRANSLATE_NOOP("Secrets", "the Secret Service (GNOME Keyring or KWallet)"),
)
_FRIENDLY = {
    WINDOWS_KEYRING.module: WINDOWS_KEYRING.name,
    MACOS_KEYRING.module: MACOS_KEYRING.name,
    SECRET_SERVICE.module: SECRET_SERVICE.name,
    "keyring.backends.libsecret": SECRET_SERVICE.name,
    "keyring.backends.kwallet": "KWallet",
}


def expected_backend(platform: str = sys.platform) -> ExpectedKeyring:
    """The keyring ``platform`` (a ``sys.platform`` value) should offer. Another secure one
    in its place (KWallet alone, a third-party backend) is used all the same."""
    if platform == "win32":
        return WINDOWS_KEYRING
    if platform == "darwin":
        return MACOS_KEYRING
    return SECRET_SERVICE


class SecretStoreError(Exception):
    """The keyring could not do what was asked. The message is for a manager and never
    contains the secret."""


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    explanation: str


def _refusal(backend: KeyringBackend) -> str | None:
    from keyring.backends import chainer, fail, null

    """Why this backend is not acceptable, or None if it is."""
    module = type(backend).__module__
    if isinstance(backend, fail.Keyring):
        return QT_TRANSLATE_NOOP("Secrets", "no secure keyring was found on this computer")
    if isinstance(backend, null.Keyring):
        return QT_TRANSLATE_NOOP("Secrets", "the keyring is switched off")
    if module.startswith(_FILE_BACKEND_MODULES):
        return QT_TRANSLATE_NOOP("Secrets", "the only keyring available keeps keys in a file")
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        if not members or _refusal(members[0]) is not None:
            return QT_TRANSLATE_NOOP(
                "Secrets", "no secure keyring comes first among the keyrings found"
            )
    return None


def _backend_name(backend: KeyringBackend) -> str:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        return _backend_name(backend.backends[0])
    name = _FRIENDLY.get(type(backend).__module__)
    return translate("Secrets", name) if name else str(backend.name)


def explain_refusal(reason: str, platform: str = sys.platform) -> str:
    """What to do about a refused keyring, in plain words, for this operating system.
    ``reason`` is one of ``_refusal``'s (marked for translation there)."""
    expected = translate("Secrets", expected_backend(platform).name)
    if platform == "win32":
        fix = translate(
            "Secrets",
            "Make sure Front Desk runs as a signed-in Windows user and that Credential "
            "Manager is not disabled by policy",
        )
    elif platform == "darwin":
        fix = translate(
            "Secrets",
            "Sign in to your macOS user account so its login keychain is unlocked, and "
            "allow Front Desk when the Keychain asks",
        )
    else:
        fix = translate(
            "Secrets",
            "Install and start one, such as GNOME Keyring (gnome-keyring) or KWallet, and "
            "sign in to a desktop session that unlocks it",
        )
    return translate(
        "Secrets",
        "Front Desk cannot keep connection keys: {reason}. Front Desk keeps them in "
        "{expected}. {fix}; then start Front Desk again. Front Desk will not store keys "
        "in a file.",
    ).format(reason=translate("Secrets", reason), expected=expected, fix=fix)


def check_length(kind: SecretKind, value: str) -> None:
    """SecretStoreError, in a manager's words, if ``value`` is longer than a secret may be."""
    if len(value) > MAX_SECRET_LENGTH:
        raise SecretStoreError(
            translate(
                "Secrets",
                "The {secret} is {length} characters long; Front Desk keeps "
                "at most {limit}. Check that only the key or password was pasted.",
            ).format(
                secret=_label(kind), length=number(len(value)), limit=number(MAX_SECRET_LENGTH)
            )
        )


def _username(profile: str, kind: SecretKind) -> str:
    if not profile or any(unicodedata.category(ch).startswith("C") for ch in profile):
        raise ValueError("A connection name must be non-empty, without control characters.")
    if kind not in SECRET_KINDS:
        raise ValueError(f"Unknown kind of secret: {kind!r}")
    return f"{profile}/{kind}"


def _utf16_size(text: str) -> int:
    return len(text.encode("utf-16-le"))


def split_for_limit(value: str, limit: int) -> list[str]:
    """``value`` cut into pieces whose UTF-16 size is at most ``limit`` bytes, never
    splitting a character."""
    pieces: list[str] = []
    start = size = 0
    for index, char in enumerate(value):
        width = 4 if ord(char) > 0xFFFF else 2
        if size + width > limit:
            pieces.append(value[start:index])
            start, size = index, 0
        size += width
    pieces.append(value[start:])
    return pieces


def _parse_header(text: str) -> tuple[int, int] | None:
    if not text.startswith(CHUNK_HEADER):
        return None
    try:
        count, length = (int(part) for part in text[len(CHUNK_HEADER) :].split(":"))
    except ValueError:
        return None
    return (count, length) if count >= 1 and length >= 0 else None


class SecretStore:
    """Connection keys and the PIN pepper, per connection profile, in the OS keyring.

    ``backend`` defaults to whatever ``keyring.get_keyring()`` returns at each call (tests
    set an in-memory one). Every value read or written is registered with the log redactor.
    """

    def __init__(
        self,
        *,
        service: str = SERVICE,
        backend: KeyringBackend | None = None,
        blob_limit: int = WINDOWS_BLOB_LIMIT,
        platform: str = sys.platform,
    ) -> None:
        self._service = service
        self._fixed_backend = backend
        self._limit = blob_limit
        self._platform = platform

    def _backend(self) -> KeyringBackend:
        import keyring

        return self._fixed_backend if self._fixed_backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self._backend()
        name = _backend_name(backend)
        reason = _refusal(backend)
        if reason is not None:
            return KeyringStatus(False, name, explain_refusal(reason, self._platform))
        kept = translate("Secrets", "Connection keys are kept in {name}.").format(name=name)
        return KeyringStatus(True, name, kept)

    def get(self, profile: str, kind: SecretKind) -> str | None:
        user = _username(profile, kind)
        backend = self._usable_backend()
        head = self._read(backend, user, kind, profile)
        if not head:
            return None
        header = _parse_header(head)
        if header is None:
            return self._remember(head)
        count, length = header
        pieces = [self._read(backend, f"{user}#{i}", kind, profile) for i in range(1, count + 1)]
        value = "".join(piece or "" for piece in pieces)
        if None in pieces or len(value) != length:
            raise SecretStoreError(
                translate(
                    "Secrets",
                    "The {secret} for {profile} is stored incompletely. "
                    "Enter it again in the connection setup.",
                ).format(secret=_label(kind), profile=repr(profile))
            )
        return self._remember(value)

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        user = _username(profile, kind)
        if not value:
            raise ValueError(
                translate("Secrets", "The {secret} is empty.").format(secret=_label(kind))
            )
        check_length(kind, value)
        from desktop.log import redactor  # loads with the first secret, after the first frame

        redactor.add(value)
        backend = self._usable_backend()
        if _utf16_size(value) <= self._limit and not value.startswith(CHUNK_HEADER):
            pieces = []
            self._write(backend, user, value, kind, profile)
        else:
            pieces = split_for_limit(value, self._limit)
            for index, piece in enumerate(pieces, start=1):
                self._write(backend, f"{user}#{index}", piece, kind, profile)
            header = f"{CHUNK_HEADER}{len(pieces)}:{len(value)}"
            self._write(backend, user, header, kind, profile)
        self._delete_pieces_from(backend, user, len(pieces) + 1, kind, profile)
        log.info("Saved the %s for %r (%d parts)", KIND_LABELS[kind], profile, len(pieces) or 1)

    def delete(self, profile: str, kind: SecretKind) -> None:
        """Remove the entry (and its pieces); nothing to remove is not an error."""
        user = _username(profile, kind)
        backend = self._usable_backend()
        self._erase(backend, user, kind, profile)
        self._delete_pieces_from(backend, user, 1, kind, profile)

    def delete_profile(self, profile: str) -> None:
        """Remove every kind of secret of a connection profile."""
        errors: list[SecretStoreError] = []
        for kind in SECRET_KINDS:
            try:
                self.delete(profile, kind)
            except SecretStoreError as exc:
                errors.append(exc)
        if errors:
            raise errors[0]

    # -- the keyring calls, each turned into SecretStoreError on failure ---------------------

    def _usable_backend(self) -> KeyringBackend:
        backend = self._backend()
        reason = _refusal(backend)
        if reason is not None:
            raise SecretStoreError(explain_refusal(reason, self._platform))
        return backend

    def _remember(self, value: str) -> str:
        from desktop.log import redactor  # loads with the first secret, after the first frame

        redactor.add(value)
        return value

    def _read(self, backend: KeyringBackend, user: str, kind: SecretKind, who: str) -> str | None:
        value = self._call(lambda: backend.get_password(self._service, user), "read", kind, who)
        return value if isinstance(value, str) else None

    def _write(
        self, backend: KeyringBackend, user: str, value: str, kind: SecretKind, who: str
    ) -> None:
        self._call(
            lambda: backend.set_password(self._service, user, value), "save", kind, who, value
        )

    def _erase(self, backend: KeyringBackend, user: str, kind: SecretKind, who: str) -> bool:
        import keyring.errors

        def delete() -> bool:
            try:
                backend.delete_password(self._service, user)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        return self._call(delete, "remove", kind, who)

    def _delete_pieces_from(
        self, backend: KeyringBackend, user: str, start: int, kind: SecretKind, who: str
    ) -> None:
        index = start
        while self._read(backend, f"{user}#{index}", kind, who) is not None:
            self._erase(backend, f"{user}#{index}", kind, who)
            index += 1

    def _call(
        self, action: Callable[[], T], verb: str, kind: SecretKind, who: str, value: str = ""
    ) -> T:
        try:
            return action()
        except Exception as exc:
            backend = _backend_name(self._backend())
            message = _failure_message(exc, verb, kind, who, backend, self._platform)
            leaks = bool(value) and (value in str(exc) or value in repr(exc.args))
            log.warning("%s (%s)", message, type(exc).__name__)
            raise SecretStoreError(message) from (None if leaks else exc)


def _failure_message(
    exc: Exception, verb: str, kind: SecretKind, who: str, backend: str, platform: str
) -> str:
    import keyring.errors

    could_not = {
        "read": translate(
            "Secrets", "Front Desk could not read the {secret} for {who} in {backend}"
        ),
        "save": translate(
            "Secrets", "Front Desk could not save the {secret} for {who} in {backend}"
        ),
        "remove": translate(
            "Secrets", "Front Desk could not remove the {secret} for {who} in {backend}"
        ),
    }
    what = could_not.get(verb, could_not["read"]).format(
        secret=_label(kind), who=repr(who), backend=backend
    )
    if isinstance(exc, keyring.errors.KeyringLocked):
        return translate(
            "Secrets", "{what}: the keyring is locked. Unlock it and try again."
        ).format(what=what)
    if isinstance(exc, keyring.errors.NoKeyringError):
        reason = "no secure keyring was found on this computer"
        return f"{what}. " + explain_refusal(reason, platform)
    if isinstance(exc, keyring.errors.InitError):
        return translate(
            "Secrets", "{what}: the keyring could not be opened. Sign in again and retry."
        ).format(what=what)
    return translate("Secrets", "{what}: the keyring reported an error ({error}).").format(
        what=what, error=type(exc).__name__
    )
