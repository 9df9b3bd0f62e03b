"""``frontdesk remove-data``: the real command in a process of its own, on a folder filled
by the app's own code, with a keyring kept in a file (tests.helpers.file_keyring)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.config import TEAM_SECRETS, ConnectionProfile, Settings, save_settings
from desktop.log import LOG_FILE, setup_logging, teardown_logging
from desktop.paths import HOME_ENV, AppPaths
from desktop.secrets import SecretStore
from desktop.services.keyring_keys import seal_with_keyring
from desktop.services.managers import MANAGERS_PROFILE, open_managers, pepper_from
from desktop.store.recovery import open_database
from desktop.ui.single_instance import SingleInstance
from tests.helpers.file_keyring import BACKEND, FILE_ENV, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
OTHER_SERVICE = "Another App"


@pytest.fixture
def keyring_file(tmp_path: Path) -> Path:
    return tmp_path / "keyring.json"


@pytest.fixture
def filled(paths: AppPaths, keyring_file: Path) -> AppPaths:
    """A folder as a desk leaves it: two connections with keys (one long enough to be
    split), a team password, managers with their PIN key, a sealed store, a log."""
    backend = FileKeyring(keyring_file)
    store = SecretStore(backend=backend)
    profiles = {name: ConnectionProfile(name=name) for name in ("Main", "Spare desk")}
    save_settings(Settings(profiles=profiles, active_profile="Main"), paths)
    store.set("Main", "worktime_key", "wt-key")
    store.set("Main", "worktaps_key", "k" * 3000)
    store.set("Spare desk", "worq_partner_key", "partner")
    store.set(TEAM_SECRETS, "team_password", "team-pw")
    SecretStore(service=OTHER_SERVICE, backend=backend).set("Main", "worktime_key", "theirs")
    managers, _ = open_managers(paths.config_dir / "managers.json", lambda: pepper_from(store))
    managers.create("Ana Ruiz", "4321")
    db, _ = open_database(paths.database_file)
    seal_with_keyring(db, store, paths.data_dir)
    db.close()
    setup_logging(paths)
    logging.getLogger("desktop.test").warning("a line in the log")
    teardown_logging()
    (paths.cache_dir / "board.bin").write_bytes(b"kept board")
    assert (paths.log_dir / LOG_FILE).exists()
    assert {service for service, _ in backend.entries} == {"Front Desk", OTHER_SERVICE}
    return paths


def run(
    home: Path, keyring_file: Path, *args: str, answer: str = "", backend: str = BACKEND
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        HOME_ENV: str(home),
        "PYTHON_KEYRING_BACKEND": backend,
        FILE_ENV: str(keyring_file),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "remove-data", *args],
        cwd=ROOT,
        env=env,
        input=answer,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def entries(keyring_file: Path) -> set[tuple[str, str]]:
    return set(FileKeyring(keyring_file).entries)


def test_yes_removes_the_folders_and_every_key_of_front_desk_only(
    filled: AppPaths, frontdesk_home: Path, keyring_file: Path
) -> None:
    done = run(frontdesk_home, keyring_file, "--yes")

    assert done.returncode == 0, done.stdout + done.stderr
    assert [folder for folder in filled.all() if folder.exists()] == []
    assert entries(keyring_file) == {(OTHER_SERVICE, "Main/worktime_key")}
    lines = done.stdout.splitlines()
    for words in (
        "the keys of the connection 'Main'",
        "the keys of the connection 'Spare desk'",
        "the shared store's password",
        "the managers' PIN protection key",
        "the audit log's key",
    ):
        assert f"Removed {words} from the keyring." in lines
    for folder in filled.all():
        assert f"Removed the folder {folder}" in lines
    assert "Remove all of this?" not in done.stdout


def test_without_yes_it_lists_and_asks_and_n_keeps_everything(
    filled: AppPaths, frontdesk_home: Path, keyring_file: Path
) -> None:
    before = entries(keyring_file)

    done = run(frontdesk_home, keyring_file, answer="n\n")

    assert done.returncode == 1
    assert "the keys of the connection 'Main'" in done.stdout
    assert f"  the folder {filled.data_dir}" in done.stdout
    assert "Remove all of this?" in done.stdout
    assert "Nothing was removed." in done.stdout
    assert all(folder.is_dir() for folder in filled.all())
    assert filled.settings_file.exists()
    assert filled.database_file.exists()
    assert entries(keyring_file) == before


def test_answering_y_removes(filled: AppPaths, frontdesk_home: Path, keyring_file: Path) -> None:
    done = run(frontdesk_home, keyring_file, answer="y\n")

    assert done.returncode == 0, done.stdout + done.stderr
    assert not frontdesk_home.joinpath("data").exists()
    assert entries(keyring_file) == {(OTHER_SERVICE, "Main/worktime_key")}


def test_refused_while_a_console_holds_the_folder(
    filled: AppPaths, frontdesk_home: Path, keyring_file: Path
) -> None:
    before = entries(keyring_file)
    console = SingleInstance(filled.data_dir)  # what a console's start-up claims
    assert console.claim()
    try:
        done = run(frontdesk_home, keyring_file, "--yes")
    finally:
        console.release()

    assert done.returncode == 1
    assert f"Front Desk is running for {filled.data_dir}." in done.stdout
    assert "Nothing was removed." in done.stdout
    assert filled.settings_file.exists()
    assert filled.database_file.exists()
    assert entries(keyring_file) == before
    assert ("Front Desk", f"{MANAGERS_PROFILE}/pin_pepper") in before


def test_without_a_keyring_the_folders_still_go_and_it_says_so(
    filled: AppPaths, frontdesk_home: Path, keyring_file: Path
) -> None:
    before = entries(keyring_file)

    done = run(frontdesk_home, keyring_file, "--yes", backend="keyring.backends.fail.Keyring")

    assert done.returncode == 1
    assert "Keys could not be removed from the keyring:" in done.stdout
    assert "no secure keyring was found" in done.stdout
    assert [folder for folder in filled.all() if folder.exists()] == []
    assert entries(keyring_file) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root deletes from a read-only folder"
)
def test_a_file_that_cannot_be_deleted_is_named_and_the_rest_goes(
    filled: AppPaths, frontdesk_home: Path, keyring_file: Path
) -> None:
    stuck = filled.cache_dir / "stuck"
    stuck.mkdir()
    (stuck / "board.bin").write_bytes(b"x")
    stuck.chmod(0o500)
    try:
        done = run(frontdesk_home, keyring_file, "--yes")
    finally:
        stuck.chmod(0o700)

    assert done.returncode == 1
    assert f"Could not delete {stuck / 'board.bin'}" in done.stdout
    assert not filled.data_dir.exists()
    assert not filled.config_dir.exists()
    assert entries(keyring_file) == {(OTHER_SERVICE, "Main/worktime_key")}
