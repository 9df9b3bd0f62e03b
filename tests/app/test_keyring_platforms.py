"""The keyring each operating system should give, faked here by what keyring would hand
over there: its real backend class, a secure stand-in, or nothing secure at all."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import keyring.backend
import pytest
from keyring.backends import SecretService, Windows, chainer, fail, kwallet, macOS

from desktop.secrets import (
    MACOS_KEYRING,
    SECRET_SERVICE,
    WINDOWS_KEYRING,
    ExpectedKeyring,
    SecretStore,
    SecretStoreError,
    expected_backend,
)
from tests.helpers.memory_keyring import MemoryKeyring

BUILD_SPEC = Path(__file__).resolve().parents[2] / "build.spec"
PLATFORMS = [
    # (sys.platform, the store named, what the person is told to do)
    ("win32", "Windows Credential Manager", "Credential Manager is not disabled by policy"),
    ("darwin", "the macOS Keychain", "login keychain is unlocked"),
    ("linux", "the Secret Service (GNOME Keyring or KWallet)", "GNOME Keyring (gnome-keyring)"),
]


class ThirdPartyKeyring(MemoryKeyring):
    """A secure backend from another package (a vault a company installs, say)."""


ThirdPartyKeyring.__module__ = "keyring_company_vault"


def nothing_secure() -> chainer.ChainerBackend:
    return chainer.ChainerBackend()  # type: ignore[no-untyped-call]


@pytest.mark.parametrize(("platform", "store", "todo"), PLATFORMS)
@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "no secure keyring was found on this computer"),  # type: ignore[no-untyped-call]
        (None, "no secure keyring comes first among the keyrings found"),
    ],
    ids=["none-viable", "chainer-of-nothing"],
)
def test_a_missing_keyring_names_the_one_this_system_should_have(
    platform: str,
    store: str,
    todo: str,
    backend: keyring.backend.KeyringBackend | None,
    reason: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """keyring hands over its fail backend when no backend's priority holds (the Windows
    one without win32ctypes, the Keychain off macOS), or a chainer of nothing secure."""
    if backend is None:
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
        backend = nothing_secure()
    secrets = SecretStore(backend=backend, platform=platform)
    status = secrets.status()
    assert not status.usable
    assert f"Front Desk cannot keep connection keys: {reason}." in status.explanation
    assert f"Front Desk keeps them in {store}." in status.explanation
    assert todo in status.explanation
    assert status.explanation.endswith(
        "then start Front Desk again. Front Desk will not store keys in a file."
    )
    others = {name for p, name, _ in PLATFORMS if p != platform}
    assert not any(other in status.explanation for other in others)
    with pytest.raises(SecretStoreError, match=re.escape(store)):
        secrets.set("Main", "worktime_key", "wt-key")


@pytest.mark.parametrize(
    ("platform", "backend", "name"),
    [
        ("win32", Windows.WinVaultKeyring(), "Windows Credential Manager"),  # type: ignore[no-untyped-call]
        ("darwin", macOS.Keyring(), "the macOS Keychain"),  # type: ignore[no-untyped-call]
        ("linux", SecretService.Keyring(), "the Secret Service (GNOME Keyring or KWallet)"),  # type: ignore[no-untyped-call]
    ],
)
def test_the_expected_keyring_is_named_as_people_know_it(
    platform: str, backend: keyring.backend.KeyringBackend, name: str
) -> None:
    status = SecretStore(backend=backend, platform=platform).status()
    assert status.usable
    assert status.backend == name == expected_backend(platform).name
    assert status.explanation == f"Connection keys are kept in {name}."


@pytest.mark.parametrize(
    ("platform", "backend", "name"),
    [
        ("linux", kwallet.DBusKeyring(), "KWallet"),  # type: ignore[no-untyped-call]
        ("win32", ThirdPartyKeyring(), ThirdPartyKeyring.name),
        ("darwin", ThirdPartyKeyring(), ThirdPartyKeyring.name),
    ],
    ids=["kwallet-alone-on-linux", "third-party-on-windows", "third-party-on-macos"],
)
def test_another_secure_keyring_is_used_without_alarm(
    platform: str, backend: keyring.backend.KeyringBackend, name: str
) -> None:
    secrets = SecretStore(backend=backend, platform=platform)
    status = secrets.status()
    assert status.usable
    assert status.explanation == f"Connection keys are kept in {name}."
    if isinstance(backend, MemoryKeyring):
        secrets.set("Main", "worktime_key", "wt-key")
        assert secrets.get("Main", "worktime_key") == "wt-key"


def test_each_system_expects_its_own_backend() -> None:
    assert expected_backend("win32") == WINDOWS_KEYRING
    assert expected_backend("darwin") == MACOS_KEYRING
    assert expected_backend("linux") == SECRET_SERVICE
    assert expected_backend("freebsd14") == SECRET_SERVICE


@pytest.mark.parametrize("expected", [WINDOWS_KEYRING, MACOS_KEYRING, SECRET_SERVICE])
def test_the_expected_backend_is_installed_and_bundled(expected: ExpectedKeyring) -> None:
    module = importlib.import_module(expected.module)
    backends = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, keyring.backend.KeyringBackend)
        and value.__module__ == expected.module
    ]
    assert backends, f"{expected.module} defines no keyring backend"
    spec = BUILD_SPEC.read_text(encoding="utf-8")
    hidden = re.search(r"^hiddenimports = \[\n(.*?)^\]", spec, re.M | re.S)
    assert hidden is not None, "build.spec lost its hiddenimports list"
    assert f'"{expected.module}",' in hidden.group(1)


def test_this_linux_machine_is_not_offered_the_windows_or_macos_keyring() -> None:
    """Their priority raises off their own system, so keyring never picks them here: the
    tests above build them directly, and no test reaches a real vault."""
    offered = {type(backend).__module__ for backend in keyring.backend.get_all_keyring()}
    assert not offered & {WINDOWS_KEYRING.module, MACOS_KEYRING.module}
    with pytest.raises(RuntimeError, match="Windows"):
        _ = Windows.WinVaultKeyring.priority
    with pytest.raises(RuntimeError, match="macOS"):
        _ = macOS.Keyring.priority
