"""Where Front Desk keeps its files: the platform's folders, or one given by FRONTDESK_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "FrontDesk"
APP_AUTHOR = "FrontDesk"
HOME_ENV = "FRONTDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The four folders Front Desk writes to."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    def all(self) -> tuple[Path, Path, Path, Path]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)

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
