"""Every secret kept fits Windows' Credential Manager (2,560 bytes a credential, keyring
issue #540): the ones Front Desk makes are far under it, and the longest one a manager
may paste is split to fit and read back whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.secrets import (
    MAX_SECRET_LENGTH,
    SECRET_KINDS,
    SERVICE,
    WINDOWS_BLOB_LIMIT,
    SecretKind,
    SecretStore,
    SecretStoreError,
)
from desktop.services.keyring_keys import seal_with_keyring
from desktop.services.managers import MANAGERS_PROFILE, pepper_from
from desktop.store import Database
from tests.helpers.memory_keyring import MemoryKeyring

MADE: tuple[SecretKind, ...] = ("pin_pepper", "audit_key")
TYPED: tuple[SecretKind, ...] = (
    "worktime_key",  # the setup dialog's API keys
    "worktaps_key",
    "worq_partner_key",
    "webhook_secret",  # pasted from WorkTime One's webhook settings
    "team_password",  # the share dialog's database password
)


def utf16_size(text: str) -> int:
    return len(text.encode("utf-16-le"))


def test_every_kind_is_either_made_or_typed() -> None:
    assert sorted(MADE + TYPED) == sorted(SECRET_KINDS)


def test_the_pin_pepper_is_far_under_the_limit(windows_like: MemoryKeyring) -> None:
    pepper_from(SecretStore())
    stored = windows_like.entries[(SERVICE, f"{MANAGERS_PROFILE}/pin_pepper")]
    assert utf16_size(stored) <= WINDOWS_BLOB_LIMIT // 10
    assert list(windows_like.entries) == [(SERVICE, f"{MANAGERS_PROFILE}/pin_pepper")]


def test_the_audit_key_is_far_under_the_limit(windows_like: MemoryKeyring, tmp_path: Path) -> None:
    db = Database(tmp_path / "frontdesk.sqlite3")
    try:
        seal_with_keyring(db, SecretStore(), tmp_path)
    finally:
        db.close()
    [(key, stored)] = windows_like.entries.items()
    assert key[1].endswith("/audit_key")
    assert utf16_size(stored) <= WINDOWS_BLOB_LIMIT // 10


@pytest.mark.parametrize("kind", TYPED)
@pytest.mark.parametrize("char", ["k", "é", "🔑"], ids=["ascii", "bmp", "astral-4-bytes"])
def test_the_longest_typed_secret_is_kept_whole(
    windows_like: MemoryKeyring, kind: SecretKind, char: str
) -> None:
    value = char * MAX_SECRET_LENGTH
    store = SecretStore()
    store.set("Main", kind, value)  # the fake raises as CredWrite does over the limit
    assert store.get("Main", kind) == value
    assert all(utf16_size(v) <= WINDOWS_BLOB_LIMIT for v in windows_like.entries.values())


@pytest.mark.parametrize("kind", TYPED)
def test_a_longer_one_is_refused_in_plain_words(
    windows_like: MemoryKeyring, kind: SecretKind
) -> None:
    with pytest.raises(SecretStoreError) as refused:
        SecretStore().set("Main", kind, "k" * (MAX_SECRET_LENGTH + 1))
    text = str(refused.value)
    assert "4,097 characters long; Front Desk keeps at most 4,096" in text
    assert "Check that only the key or password was pasted." in text
    assert "kkkk" not in text
    assert windows_like.entries == {}
