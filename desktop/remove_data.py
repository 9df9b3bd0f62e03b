"""``frontdesk remove-data``: remove this user's Front Desk data from this computer.

What goes: the keys in the OS keyring (every connection named in the settings, the
shared store's password, the managers' PIN protection key, the audit log's key) and the
four folders of ``app_paths()`` (settings, store, cache, logs). The program itself stays:
the uninstaller, or deleting its folder, removes that. The Windows uninstaller runs
``remove-data --yes`` when asked to remove the data too.

A console running on the folder is refused: it would write the files back. The folder's
console lock (``desktop.ui.single_instance``, QtCore only: no window system needed) is
held while everything is removed, so no console starts meanwhile. A keyring that cannot
be used does not stop the folders from going; the exit code says something was left.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TextIO

from desktop.config import TEAM_SECRETS
from desktop.paths import AppPaths, app_paths
from desktop.secrets import SecretStore, SecretStoreError
from desktop.services.keyring_keys import audit_profile
from desktop.services.managers import MANAGERS_PROFILE


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="frontdesk remove-data",
        description="Remove Front Desk's data and saved keys for this user on this computer "
        "(not the program itself).",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser.parse_args(argv)


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    ask: Callable[[str], str] = input,
) -> int:
    args = parse_args(argv)
    say = _printer(out)
    logging.getLogger("desktop").addHandler(logging.NullHandler())  # what fails is said here
    paths = app_paths()
    lock = _hold_folder(paths.data_dir)
    if lock is False:
        say(
            f"Front Desk is running for {paths.data_dir}. Close it (File › Quit), then run "
            "`frontdesk remove-data` again. Nothing was removed."
        )
        return 1
    try:
        return _remove(paths, args.yes, say, ask, lock)
    finally:
        if lock is not None:
            lock.release()


def keyring_profiles(paths: AppPaths) -> dict[str, str]:
    """Every keyring profile Front Desk may have filled for this folder: profile -> what it
    is, in words. Connections are read from the settings file and any copy of it set aside
    as damaged, leniently: a file the app would refuse still names its connections."""
    named: dict[str, str] = {}
    for name in sorted(_connection_names(paths.config_dir)):
        named[name] = f"the keys of the connection {name!r}"
    named[TEAM_SECRETS] = "the shared store's password"
    named[MANAGERS_PROFILE] = "the managers' PIN protection key"
    named[audit_profile(paths.data_dir)] = "the audit log's key"
    return named


def folders(paths: AppPaths) -> list[Path]:
    """The folders to remove, each once: on Windows the cache and logs are inside the data
    folder, which is also the settings folder."""
    unique = sorted({folder.resolve() for folder in paths.all()})
    return [
        f for f in unique if not any(f != other and f.is_relative_to(other) for other in unique)
    ]


def _connection_names(config_dir: Path) -> set[str]:
    names: set[str] = set()
    for path in config_dir.glob("settings.json*"):
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, ValueError):
            continue
        profiles = data.get("profiles") if isinstance(data, dict) else None
        if not isinstance(profiles, dict):
            continue
        for key, profile in profiles.items():
            names.add(key)
            if isinstance(profile, dict) and isinstance(profile.get("name"), str):
                names.add(profile["name"])
    return {name for name in names if name.strip()}


def _remove(
    paths: AppPaths,
    yes: bool,
    say: Callable[[str], None],
    ask: Callable[[str], str],
    lock: _Lock | None,
) -> int:
    profiles = keyring_profiles(paths)
    present = [folder for folder in folders(paths) if folder.exists()]
    store = SecretStore()
    keyring_problem = _keyring_problem(store)
    if not yes:
        say("This removes, for this user on this computer:")
        if keyring_problem is None:
            say("  from the keyring: " + "; ".join(profiles.values()))
        else:
            say(f"  (keys cannot be removed: {keyring_problem})")
        for folder in present:
            say(f"  the folder {folder}")
        if not _confirmed(ask):
            say("Nothing was removed.")
            return 1
    failed = False
    if keyring_problem is not None:
        say(f"Keys could not be removed from the keyring: {keyring_problem}")
        failed = True
    else:
        for profile, words in profiles.items():
            try:
                store.delete_profile(profile)
            except SecretStoreError as exc:
                say(f"Could not remove {words}: {exc}")
                failed = True
            else:
                say(f"Removed {words} from the keyring.")
    keep = None if lock is None else lock.path
    for folder in present:
        failed |= not _remove_folder(folder, keep, say)
    if lock is not None:
        lock.release()  # which deletes the lock file: then the folders holding it can go
        for folder in present:
            failed |= not _remove_folder(folder, None, say, quiet=True)
    if failed:
        say("Some of Front Desk's data was left (see above). Run `frontdesk remove-data` again.")
        return 1
    say("Front Desk's data is removed from this computer for this user.")
    return 0


def _keyring_problem(store: SecretStore) -> str | None:
    try:
        status = store.status()
    except Exception as exc:  # a keyring configured wrongly fails at its first use
        return f"the keyring could not be opened ({type(exc).__name__}: {exc})"
    return None if status.usable else status.explanation


def _confirmed(ask: Callable[[str], str]) -> bool:
    try:
        answer = ask("Remove all of this? Type y to remove, anything else to keep it: ")
    except (EOFError, OSError, RuntimeError):  # no terminal (a windowed program has none)
        return False
    return answer.strip().lower() in ("y", "yes")


def _remove_folder(
    folder: Path, keep: Path | None, say: Callable[[str], None], *, quiet: bool = False
) -> bool:
    """Remove ``folder`` with all it holds, except ``keep`` (the lock held meanwhile) and
    the folders on its way. Each file that cannot be deleted is said; False if any."""
    if not folder.exists():
        return True
    problems: list[str] = []

    def retry_writable(function: Callable[[str], object], path: str, _: object) -> None:
        try:  # a read-only file (Windows refuses to delete one)
            os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
            function(path)
        except OSError as exc:
            problems.append(f"Could not delete {path}: {exc.strerror or exc}")

    for entry in sorted(folder.iterdir()):
        if keep is not None and entry == keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, onerror=retry_writable)
        else:
            try:
                entry.unlink()
            except OSError:
                retry_writable(os.unlink, str(entry), None)
    if keep is None or not keep.is_relative_to(folder):
        try:
            folder.rmdir()
        except OSError as exc:
            if not problems:
                problems.append(f"Could not delete {folder}: {exc.strerror or exc}")
    for problem in problems:
        say(problem)
    if not problems and not quiet:
        say(f"Removed the folder {folder}")
    return not problems


class _Lock:
    """The console's lock on the data folder, held by this process."""

    def __init__(self, folder: Path) -> None:
        from desktop.ui.single_instance import LOCK_FILE, SingleInstance

        self.path = folder.resolve() / LOCK_FILE
        self._instance = SingleInstance(folder)
        self._held = False

    def claim(self) -> bool:
        self._held = self._instance.claim()
        return self._held

    def release(self) -> None:
        if self._held:
            self._instance.release()
            self._held = False


def _hold_folder(data_dir: Path) -> _Lock | Literal[False] | None:
    """The lock held (None: no folder, so no console either); False: a console holds it."""
    if not data_dir.is_dir():
        return None
    lock = _Lock(data_dir)
    return lock if lock.claim() else False


def _printer(out: TextIO | None) -> Callable[[str], None]:
    def say(text: str) -> None:
        stream = out if out is not None else sys.stdout
        if stream is not None:  # a windowed Windows program has no stdout
            print(text, file=stream, flush=True)

    return say
