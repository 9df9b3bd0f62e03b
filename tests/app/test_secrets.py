from __future__ import annotations

import logging

import keyring
import keyring.errors
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import chainer, fail, null

from desktop.log import redactor
from desktop.secrets import (
    CHUNK_HEADER,
    SECRET_KINDS,
    SERVICE,
    WINDOWS_BLOB_LIMIT,
    SecretStore,
    SecretStoreError,
    explain_refusal,
    split_for_limit,
)
from tests.helpers.memory_keyring import MemoryKeyring

CANARY = "canary-secret-51c0ffee9d"


def test_a_secure_backend_is_usable() -> None:
    status = SecretStore().status()
    assert status.usable
    assert status.backend
    assert status.backend in status.explanation


def test_set_get_delete(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.get("Main", "worktime_key") is None
    store.set("Main", "worktime_key", CANARY)
    assert store.get("Main", "worktime_key") == CANARY
    assert memory_keyring.entries == {(SERVICE, "Main/worktime_key"): CANARY}
    assert store.get("Main", "worktaps_key") is None
    assert store.get("Other", "worktime_key") is None
    store.set("Main", "worktime_key", CANARY + "-2")
    assert store.get("Main", "worktime_key") == CANARY + "-2"
    store.delete("Main", "worktime_key")
    assert store.get("Main", "worktime_key") is None
    store.delete("Main", "worktime_key")  # nothing there: fine
    assert memory_keyring.entries == {}


def test_delete_profile_removes_every_kind_of_that_profile_only(
    memory_keyring: MemoryKeyring,
) -> None:
    store = SecretStore()
    for kind in SECRET_KINDS:
        store.set("Main", kind, f"{CANARY}-{kind}")
        store.set("Other", kind, f"{CANARY}-{kind}")
    store.set("Main", "worq_partner_key", "x" * 4000)  # chunked, too
    store.delete_profile("Main")
    assert all(user.startswith("Other/") for _, user in memory_keyring.entries)
    assert store.get("Other", "pin_pepper") == f"{CANARY}-pin_pepper"


def test_bad_arguments() -> None:
    store = SecretStore()
    with pytest.raises(ValueError, match="empty"):
        store.set("Main", "worktime_key", "")
    with pytest.raises(ValueError, match="connection name"):
        store.get("", "worktime_key")
    with pytest.raises(ValueError, match="Unknown kind"):
        store.get("Main", "password")  # type: ignore[arg-type]


def test_the_fake_enforces_the_windows_limit(windows_like: MemoryKeyring) -> None:
    with pytest.raises(OSError, match="stub received bad data"):
        windows_like.set_password(SERVICE, "x", "a" * 1281)


@pytest.mark.parametrize(
    "value",
    [
        "k" * 4096,  # the longest allowed: 8,192 bytes in UTF-16, four pieces
        "é" * 1281,  # just over the limit
        "🔑" * 700,  # characters outside the BMP take four bytes
        "eyJ" + "a1b2" * 900 + ".sig",
    ],
)
def test_long_values_are_chunked_and_read_back(windows_like: MemoryKeyring, value: str) -> None:
    store = SecretStore()
    store.set("Main", "worq_partner_key", value)
    assert store.get("Main", "worq_partner_key") == value
    header = windows_like.entries[(SERVICE, "Main/worq_partner_key")]
    assert header.startswith(CHUNK_HEADER)
    pieces = [v for (_, user), v in windows_like.entries.items() if "#" in user]
    assert len(pieces) >= 2
    assert all(len(piece.encode("utf-16-le")) <= WINDOWS_BLOB_LIMIT for piece in pieces)
    assert (
        "".join(
            windows_like.entries[(SERVICE, f"Main/worq_partner_key#{i}")]
            for i in range(1, len(pieces) + 1)
        )
        == value
    )


def test_a_value_at_the_limit_is_one_entry(windows_like: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("Main", "worktime_key", "a" * 1280)
    assert list(windows_like.entries) == [(SERVICE, "Main/worktime_key")]


def test_overwriting_cleans_up_old_pieces(windows_like: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("Main", "worktime_key", "a" * 4096)
    assert len(windows_like.entries) == 5
    store.set("Main", "worktime_key", "b" * 2000)
    assert len(windows_like.entries) == 3
    assert store.get("Main", "worktime_key") == "b" * 2000
    store.set("Main", "worktime_key", "short-key")
    assert windows_like.entries == {(SERVICE, "Main/worktime_key"): "short-key"}
    store.set("Main", "worktime_key", "c" * 3000)
    store.delete("Main", "worktime_key")
    assert windows_like.entries == {}


def test_a_value_that_looks_like_a_header_round_trips(windows_like: MemoryKeyring) -> None:
    store = SecretStore()
    value = CHUNK_HEADER + "3:99"
    store.set("Main", "worktime_key", value)
    assert store.get("Main", "worktime_key") == value


def test_a_missing_piece_is_reported(windows_like: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("Main", "worktime_key", CANARY * 150)
    del windows_like.entries[(SERVICE, "Main/worktime_key#2")]
    with pytest.raises(SecretStoreError, match="incompletely") as caught:
        store.get("Main", "worktime_key")
    assert CANARY not in str(caught.value)


@given(st.text(max_size=3000), st.integers(min_value=4, max_value=3000))
def test_split_for_limit(value: str, limit: int) -> None:
    pieces = split_for_limit(value, limit)
    assert "".join(pieces) == value
    assert all(len(p.encode("utf-16-le")) <= limit for p in pieces)
    assert all(pieces) or pieces == [""]


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (never installed here)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring()],  # type: ignore[no-untyped-call]
    ids=["fail", "null", "file"],
)
def test_insecure_or_absent_backends_are_refused(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)
    store = SecretStore()
    status = store.status()
    assert not status.usable
    assert "will not store keys in a file" in status.explanation
    with pytest.raises(SecretStoreError, match="will not store keys in a file"):
        store.set("Main", "worktime_key", CANARY)
    with pytest.raises(SecretStoreError):
        store.get("Main", "worktime_key")
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}


def test_a_chainer_is_judged_by_its_first_member(monkeypatch: pytest.MonkeyPatch) -> None:
    store = SecretStore(backend=chainer.ChainerBackend())  # type: ignore[no-untyped-call]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not store.status().usable
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring(), MemoryKeyring()])
    assert not store.status().usable
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextKeyring()])
    assert store.status().usable


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("linux", ["Secret Service", "GNOME Keyring", "KWallet"]),
        ("win32", ["Windows Credential Manager"]),
        ("darwin", ["macOS Keychain"]),
    ],
)
def test_explanations_say_what_to_do_on_each_system(platform: str, words: list[str]) -> None:
    text = explain_refusal("no secure keyring was found on this computer", platform)
    assert all(word in text for word in words)
    assert "will not store keys in a file" in text


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"backend choked on {password!r}")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


def test_errors_never_carry_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    keyring.set_keyring(BrokenKeyring())
    store = SecretStore()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SecretStoreError) as caught:
        store.set("Main", "worktime_key", CANARY)
    error = caught.value
    assert CANARY not in str(error)
    assert CANARY not in repr(error.args)
    assert error.__cause__ is None  # the backend's message held the secret: not chained
    assert "WorkTime One key" in str(error)
    assert CANARY not in caplog.text
    with pytest.raises(SecretStoreError, match="locked"):
        store.get("Main", "worktime_key")


def test_every_value_is_registered_with_the_redactor(memory_keyring: MemoryKeyring) -> None:
    SecretStore().set("Main", "worktaps_key", CANARY)
    assert CANARY not in redactor.redact(f"key is {CANARY}")
    redactor.clear()
    memory_keyring.entries[(SERVICE, "Main/worktaps_key")] = CANARY + "-read"
    SecretStore().get("Main", "worktaps_key")
    assert CANARY not in redactor.redact(f"key is {CANARY}-read")
