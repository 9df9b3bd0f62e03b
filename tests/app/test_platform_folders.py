"""The four folders on each operating system, with that system faked by what platformdirs
reads there (HOME, LOCALAPPDATA, XDG_*); and the README's table of them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs.windows
import pytest

from desktop.paths import HOME_ENV, PLATFORM_FOLDERS, AppPaths, PlatformFolders, app_paths

README = Path(__file__).resolve().parents[2] / "README.md"
LOCALAPPDATA = r"C:\Users\Ana Ruiz\AppData\Local"
XDG_HOMES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture
def plain(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No FRONTDESK_HOME, no XDG or platformdirs overrides: a fresh account's environment."""
    monkeypatch.delenv(HOME_ENV, raising=False)
    for name in XDG_HOMES:
        monkeypatch.delenv(name, raising=False)
    for name in ("APPDATA", "LOCAL_APPDATA"):
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{name}", raising=False)
    return monkeypatch


@pytest.fixture
def windows(plain: pytest.MonkeyPatch) -> None:
    """%LOCALAPPDATA% and %APPDATA% as Windows sets them, read as Windows resolves them.

    platformdirs picks its resolver once, when imported: ctypes imports here too, so it
    picked SHGetKnownFolderPath, which raises off Windows. Its environment resolver is
    the one it falls back to itself; on Windows both give the same folder
    (FOLDERID_LocalAppData is what %LOCALAPPDATA% names)."""
    plain.setenv("LOCALAPPDATA", LOCALAPPDATA)
    plain.setenv("APPDATA", r"C:\Users\Ana Ruiz\AppData\Roaming")
    resolve = platformdirs.windows.get_win_folder_from_env_vars
    plain.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", resolve)


def as_windows(paths: AppPaths) -> list[PureWindowsPath]:
    # Off Windows, platformdirs joins the parts with "/": Windows reads both separators.
    return [PureWindowsPath(str(folder)) for folder in paths.all()]


def expanded(folders: PlatformFolders, home: str) -> list[str]:
    return [
        template.replace("%LOCALAPPDATA%", LOCALAPPDATA).replace("~", home, 1)
        for template in (folders.config, folders.data, folders.cache, folders.logs)
    ]


@pytest.mark.usefixtures("windows")
def test_windows_keeps_everything_under_local_appdata_once() -> None:
    local = PureWindowsPath(LOCALAPPDATA)
    assert as_windows(app_paths("win32")) == [
        local / "FrontDesk",
        local / "FrontDesk",
        local / "FrontDesk" / "Cache",
        local / "FrontDesk" / "Logs",
    ]


def test_macos_uses_the_library_folders(plain: pytest.MonkeyPatch) -> None:
    plain.setenv("HOME", "/Users/ana")
    paths = app_paths("darwin")
    assert paths == AppPaths(
        config_dir=Path("/Users/ana/Library/Application Support/FrontDesk"),
        data_dir=Path("/Users/ana/Library/Application Support/FrontDesk"),
        cache_dir=Path("/Users/ana/Library/Caches/FrontDesk"),
        log_dir=Path("/Users/ana/Library/Logs/FrontDesk"),
    )


def test_macos_follows_xdg_variables_when_set(plain: pytest.MonkeyPatch) -> None:
    """platformdirs 4 honours them on macOS too (a developer's dotfiles set them): the logs
    stay in ~/Library/Logs, which has no XDG variable."""
    plain.setenv("HOME", "/Users/ana")
    plain.setenv("XDG_CONFIG_HOME", "/Users/ana/.config")
    plain.setenv("XDG_DATA_HOME", "/Users/ana/.local/share")
    plain.setenv("XDG_CACHE_HOME", "/Users/ana/.cache")
    paths = app_paths("darwin")
    assert paths.config_dir == Path("/Users/ana/.config/FrontDesk")
    assert paths.data_dir == Path("/Users/ana/.local/share/FrontDesk")
    assert paths.cache_dir == Path("/Users/ana/.cache/FrontDesk")
    assert paths.log_dir == Path("/Users/ana/Library/Logs/FrontDesk")


def test_linux_uses_the_xdg_defaults(plain: pytest.MonkeyPatch) -> None:
    plain.setenv("HOME", "/home/ana")
    assert app_paths("linux") == AppPaths(
        config_dir=Path("/home/ana/.config/FrontDesk"),
        data_dir=Path("/home/ana/.local/share/FrontDesk"),
        cache_dir=Path("/home/ana/.cache/FrontDesk"),
        log_dir=Path("/home/ana/.local/state/FrontDesk/log"),
    )


def test_linux_follows_the_xdg_variables(plain: pytest.MonkeyPatch) -> None:
    plain.setenv("HOME", "/home/ana")
    for name in XDG_HOMES:
        plain.setenv(name, f"/srv/ana/{name.lower()}")
    assert app_paths("linux") == AppPaths(
        config_dir=Path("/srv/ana/xdg_config_home/FrontDesk"),
        data_dir=Path("/srv/ana/xdg_data_home/FrontDesk"),
        cache_dir=Path("/srv/ana/xdg_cache_home/FrontDesk"),
        log_dir=Path("/srv/ana/xdg_state_home/FrontDesk/log"),
    )


def test_another_unix_gets_the_linux_folders(plain: pytest.MonkeyPatch) -> None:
    plain.setenv("HOME", "/home/ana")
    assert app_paths("freebsd14") == app_paths("linux")


@pytest.mark.usefixtures("windows")
@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_frontdesk_home_wins_on_every_system(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert app_paths(platform).log_dir == tmp_path.resolve() / "logs"


@pytest.mark.usefixtures("windows")
@pytest.mark.parametrize("folders", PLATFORM_FOLDERS, ids=lambda f: f.name)
def test_the_table_is_what_the_code_gives(
    folders: PlatformFolders, plain: pytest.MonkeyPatch
) -> None:
    home = "/Users/ana" if folders.platform == "darwin" else "/home/ana"
    plain.setenv("HOME", home)
    paths = app_paths(folders.platform)
    if folders.platform == "win32":
        assert as_windows(paths) == [PureWindowsPath(f) for f in expanded(folders, home)]
    else:
        assert [PurePosixPath(f) for f in paths.all()] == [
            PurePosixPath(f) for f in expanded(folders, home)
        ]


def test_readme_lists_the_folders() -> None:
    """README.md's "Platforms" section names each system's folders as PLATFORM_FOLDERS
    does (in backticks, as in a table of them)."""
    text = README.read_text(encoding="utf-8")
    assert "## Platforms" in text, "README.md has no Platforms section"
    section = text.split("## Platforms", 1)[1].split("\n## ", 1)[0]
    missing = [
        f"{folders.name}: {folder}"
        for folders in PLATFORM_FOLDERS
        for folder in (folders.config, folders.data, folders.cache, folders.logs)
        if f"`{folder}`" not in section
    ]
    assert missing == []
