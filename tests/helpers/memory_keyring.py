"""An in-memory keyring for tests: the real vault is never touched."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring held in a dict. With ``limit``, refuses values whose UTF-16 size exceeds it,
    as Windows' CredWrite does (WinError 1783, "The stub received bad data")."""

    priority = 1

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.limit = limit
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.limit is not None and len(password.encode("utf-16-le")) > self.limit:
            raise OSError(1783, "The stub received bad data")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
