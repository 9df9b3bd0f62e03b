"""What ``--self-test`` checks of the operating system under the console: the folders it
writes to, the keyring that keeps its keys, and the trust store that vouches for servers.

Each check answers one line for the self-test to print, or raises ``PlatformProblem``
saying what is wrong. The release workflow runs the built program's self-test on Windows,
macOS and Linux, so a bundle that lost its keyring backend or its trust-store module, or
that writes outside the platform's folders, fails there.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

from desktop.paths import HOME_ENV, PLATFORM_FOLDERS, AppPaths

KEYRING_ROUND_TRIP_ENV = "FRONTDESK_SELF_TEST_KEYRING"
"""Set to 1 (the release workflow does) to store, read and remove a key in the keyring."""
SELF_TEST_SERVICE = "Front Desk self-test"
PROBE_KEY_LENGTH = 3000
"""Characters: over Windows Credential Manager's 1,280 (2,560 bytes), so it is split."""
TRUST_MODULES = {"win32": "truststore._windows", "darwin": "truststore._macos"}
"""truststore's module per OS (truststore._openssl elsewhere): who verifies certificates."""


class PlatformProblem(Exception):
    """A check found the platform not as the console needs it; the message says how."""


XDG_OVERRIDES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def documented_folders(platform: str, environ: Mapping[str, str], home: Path) -> AppPaths:
    """The four folders the README lists for ``platform`` (``desktop.paths.PLATFORM_FOLDERS``),
    with ``%VARIABLE%`` and ``~`` filled in."""
    listed = next(
        (entry for entry in PLATFORM_FOLDERS if entry.platform == platform),
        PLATFORM_FOLDERS[-1],  # every other system is listed as Linux
    )

    def filled(template: str) -> Path:
        text = re.sub(r"%(\w+)%", lambda match: environ.get(match[1], match[0]), template)
        first, *rest = re.split(r"[\\/]", text)
        return Path(home if first == "~" else first + os.sep, *rest)

    return AppPaths(
        filled(listed.config), filled(listed.data), filled(listed.cache), filled(listed.logs)
    )


def xdg_roots(environ: Mapping[str, str], home: Path) -> list[Path]:
    """Where folders may be when XDG variables move them: the home folder (what they do
    not move stays there) and each variable's folder."""
    return [home, *(Path(environ[name]) for name in XDG_OVERRIDES if environ.get(name))]


def check_folders(
    paths: AppPaths,
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> str:
    """Every folder is the one the README lists for this platform (under $FRONTDESK_HOME,
    or under the XDG variables' folders, when those are set), exists, and takes a file."""
    home = Path.home() if home is None else home
    override = environ.get(HOME_ENV, "").strip()
    if override or any(environ.get(name) for name in XDG_OVERRIDES):
        roots = [Path(override).expanduser().resolve()] if override else xdg_roots(environ, home)
        for folder in paths.all():
            if not any(folder.is_relative_to(root) for root in roots):
                where = ", ".join(str(root) for root in roots)
                raise PlatformProblem(f"{folder} is outside the platform's folders: {where}")
        source = f"${HOME_ENV}" if override else "the XDG variables' folders"
    else:
        listed = documented_folders(platform, environ, home)
        if paths != listed:
            raise PlatformProblem(f"the folders are {paths}, not those the README lists: {listed}")
        source = "the platform's folders (as the README lists)"
    for folder in paths.all():
        probe = folder / f".self-test-{secrets.token_hex(4)}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise PlatformProblem(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    return f"{len(paths.all())} folders in {source}, each writable (data: {paths.data_dir})"


def check_keyring(*, round_trip: bool) -> str:
    """The keyring the console would use is a secure one of this OS; with ``round_trip``,
    a long key is stored, read back and removed through it."""
    from desktop.secrets import SecretStore, SecretStoreError

    store = SecretStore(service=SELF_TEST_SERVICE)
    status = store.status()
    if not round_trip:
        verdict = "usable" if status.usable else "not usable here"
        return f"{status.backend}: {verdict} (set {KEYRING_ROUND_TRIP_ENV}=1 to store a key)"
    if not status.usable:
        raise PlatformProblem(status.explanation)
    value = secrets.token_urlsafe(PROBE_KEY_LENGTH)[:PROBE_KEY_LENGTH]
    profile = f"probe-{secrets.token_hex(4)}"
    try:
        store.set(profile, "worktime_key", value)
        read = store.get(profile, "worktime_key")
        store.delete(profile, "worktime_key")
        left = store.get(profile, "worktime_key")
    except SecretStoreError as exc:
        raise PlatformProblem(str(exc)) from exc
    if read != value:
        raise PlatformProblem(f"{status.backend} gave back a different key than was stored")
    if left is not None:
        raise PlatformProblem(f"{status.backend} kept a key that was removed")
    return f"{status.backend}: a {PROBE_KEY_LENGTH}-character key stored, read back, removed"


def check_trust_store(platform: str = sys.platform) -> str:
    """Servers are checked against the OS's own certificates: the clients' TLS context
    requires a valid chain and host name, and truststore verifies through this OS."""
    import ssl

    from desktop.api._http import tls_context

    context = tls_context()
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise PlatformProblem("the TLS context does not require a valid certificate and name")
    expected = TRUST_MODULES.get(platform, "truststore._openssl")
    module = _trust_module()
    if module != expected:
        raise PlatformProblem(f"certificates are checked by {module}, not {expected}")
    return f"certificates checked by the operating system ({module})"


def _trust_module() -> str:
    import importlib

    api = importlib.import_module("truststore._api")  # chose its verifier by sys.platform
    return str(api._verify_peercerts_impl.__module__)
