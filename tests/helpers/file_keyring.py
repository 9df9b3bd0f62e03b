"""The in-memory keyring, kept in a JSON file so a subprocess can use it and a test can
read what it left: ``PYTHON_KEYRING_BACKEND=tests.helpers.file_keyring.FileKeyring`` with
``FRONTDESK_TEST_KEYRING`` naming the file. Tests only: the real vault is never touched."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.helpers.memory_keyring import MemoryKeyring

FILE_ENV = "FRONTDESK_TEST_KEYRING"
BACKEND = "tests.helpers.file_keyring.FileKeyring"


class FileKeyring(MemoryKeyring):
    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        # keyring makes one of each backend class it knows, with no arguments, to choose
        # one: without the variable this is the memory keyring.
        named = os.environ.get(FILE_ENV)
        self.path = path if path is not None else Path(named) if named else None
        if self.path is not None and self.path.exists():
            rows = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = {(service, user): value for service, user, value in rows}

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        rows = [[service, user, value] for (service, user), value in sorted(self.entries.items())]
        self.path.write_text(json.dumps(rows), encoding="utf-8")
