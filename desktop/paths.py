"""Where Front Desk keeps its files: the platform's folders, or one given by FRONTDESK_HOME."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "FrontDesk"
APP_AUTHOR = "FrontDesk"
HOME_ENV = "FRONTDESK_HOME"
SETTINGS_FILE = "settings.json"
DATABASE_FILE = "frontdesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The four folders Front Desk writes to."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    def all(self) -> tuple[Path, Path, Path, Path]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def database_file(self) -> Path:
        """The desk's own SQLite store (a team's desk keeps its copy there)."""
        return self.data_dir / DATABASE_FILE

    def ensure(self) -> AppPaths:
        """Create the folders (private to this user where the OS allows it); return self."""
        for folder in self.all():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """The platform's folders, or subfolders of ``$FRONTDESK_HOME`` if set (tests, portable)."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        cache_dir=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def resource_path(name: str) -> Path:
    """A file in ``resources/``: beside the package from source, in the bundle when frozen."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return root / "resources" / name
