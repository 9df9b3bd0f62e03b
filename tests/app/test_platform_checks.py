"""The self-test's checks of the platform (desktop.platform_checks), on this machine and on
the folders, keyrings and trust stores other systems would show them."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.paths import AppPaths, app_paths
from desktop.platform_checks import (
    PROBE_KEY_LENGTH,
    SELF_TEST_SERVICE,
    XDG_OVERRIDES,
    PlatformProblem,
    check_folders,
    check_keyring,
    check_trust_store,
    documented_folders,
    xdg_roots,
)
from desktop.secrets import WINDOWS_BLOB_LIMIT
from tests.helpers.memory_keyring import MemoryKeyring


def _under(root: Path) -> AppPaths:
    return AppPaths(root / "config", root / "data", root / "cache", root / "logs")


def test_frontdesk_home_folders_pass_and_take_a_file(frontdesk_home: Path) -> None:
    line = check_folders(app_paths())
    assert "$FRONTDESK_HOME" in line
    assert all(folder.is_dir() and not any(folder.iterdir()) for folder in app_paths().all())


def test_the_folders_linux_gives_are_those_the_readme_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FRONTDESK_HOME", raising=False)
    for name in XDG_OVERRIDES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    line = check_folders(app_paths("linux"), platform="linux", home=tmp_path)
    assert "as the README lists" in line
    assert (tmp_path / ".local" / "state" / "FrontDesk" / "log").is_dir()


def test_windows_folders_must_be_the_listed_ones_under_local_app_data(tmp_path: Path) -> None:
    local = tmp_path / "AppData" / "Local"
    environ = {"LOCALAPPDATA": str(local), "APPDATA": str(tmp_path / "AppData" / "Roaming")}
    listed = documented_folders("win32", environ, tmp_path)
    assert listed.cache_dir == local / "FrontDesk" / "Cache"
    assert "4 folders" in check_folders(listed, platform="win32", environ=environ)
    with pytest.raises(PlatformProblem, match="not those the README lists"):
        check_folders(_under(local / "FrontDesk"), platform="win32", environ=environ)


def test_macos_folders_must_be_the_listed_ones_under_library(tmp_path: Path) -> None:
    listed = documented_folders("darwin", {}, tmp_path)
    assert listed.log_dir == tmp_path / "Library" / "Logs" / "FrontDesk"
    assert check_folders(listed, platform="darwin", environ={}, home=tmp_path)
    with pytest.raises(PlatformProblem, match="not those the README lists"):
        check_folders(_under(tmp_path / ".config"), platform="darwin", environ={}, home=tmp_path)


def test_with_xdg_overrides_the_folders_must_be_under_them_or_home(tmp_path: Path) -> None:
    environ = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    line = check_folders(
        _under(tmp_path / "xdg"), platform="linux", environ=environ, home=tmp_path / "h"
    )
    assert "the XDG variables' folders" in line  # not "as the README lists": not compared
    with pytest.raises(PlatformProblem, match="outside the platform's folders"):
        check_folders(
            _under(tmp_path / "elsewhere"), platform="linux", environ=environ, home=tmp_path / "h"
        )


def test_linux_roots_are_home_and_the_xdg_folders(tmp_path: Path) -> None:
    environ = {"XDG_DATA_HOME": "/srv/data", "XDG_CACHE_HOME": ""}
    assert xdg_roots(environ, tmp_path) == [tmp_path, Path("/srv/data")]


def test_a_folder_that_cannot_be_made_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(PlatformProblem, match="cannot write in"):
        check_folders(
            _under(tmp_path), platform="linux", environ={"XDG_DATA_HOME": "x"}, home=tmp_path
        )


def test_the_round_trip_splits_a_long_key_under_the_windows_limit(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.limit = WINDOWS_BLOB_LIMIT
    line = check_keyring(round_trip=True)
    assert f"{PROBE_KEY_LENGTH}-character key stored, read back, removed" in line
    assert not [key for key in memory_keyring.entries if key[0] == SELF_TEST_SERVICE]


def test_without_a_keyring_the_round_trip_says_what_to_do() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(PlatformProblem, match="cannot keep connection keys"):
        check_keyring(round_trip=True)
    assert "not usable here" in check_keyring(round_trip=False)


def test_certificates_are_checked_by_this_systems_verifier() -> None:
    assert "truststore._openssl" in check_trust_store("linux")


@pytest.mark.parametrize(("platform", "module"), [("win32", "_windows"), ("darwin", "_macos")])
def test_a_bundle_without_the_systems_verifier_fails(platform: str, module: str) -> None:
    with pytest.raises(PlatformProblem, match=f"not truststore.{module}"):
        check_trust_store(platform)
