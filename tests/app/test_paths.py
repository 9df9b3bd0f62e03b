from __future__ import annotations

from pathlib import Path

import pytest

from desktop.paths import HOME_ENV, app_paths


def test_frontdesk_home_holds_all_four_folders(frontdesk_home: Path) -> None:
    paths = app_paths()
    assert paths.config_dir == frontdesk_home / "config"
    assert paths.data_dir == frontdesk_home / "data"
    assert paths.cache_dir == frontdesk_home / "cache"
    assert paths.log_dir == frontdesk_home / "logs"
    assert not frontdesk_home.exists()


def test_ensure_creates_the_folders(frontdesk_home: Path) -> None:
    paths = app_paths().ensure()
    assert all(folder.is_dir() for folder in paths.all())
    paths.ensure()  # again: no error


def test_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_ENV, "portable")
    assert app_paths().config_dir == tmp_path.resolve() / "portable" / "config"


def test_without_override_uses_the_platform_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    paths = app_paths()
    assert all("FrontDesk" in str(folder) for folder in paths.all())
    assert all(folder.is_absolute() for folder in paths.all())


def test_blank_override_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, "  ")
    assert "FrontDesk" in str(app_paths().config_dir)


def test_paths_are_frozen(frontdesk_home: Path) -> None:
    paths = app_paths()
    with pytest.raises(AttributeError):
        paths.config_dir = Path("/elsewhere")  # type: ignore[misc]
