"""Where Front Desk keeps its files: the platform's folders, or one given by FRONTDESK_HOME."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP_NAME = "FrontDesk"
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


@dataclass(frozen=True)
class PlatformFolders:
    """Where the four folders are on one operating system, as a person would write them."""

    platform: str
    """``sys.platform`` of that system (``linux`` stands for every other one)."""
    name: str
    config: str
    data: str
    cache: str
    logs: str


PLATFORM_FOLDERS = (
    PlatformFolders(
        "win32",
        "Windows",
        config=r"%LOCALAPPDATA%\FrontDesk",
        data=r"%LOCALAPPDATA%\FrontDesk",
        cache=r"%LOCALAPPDATA%\FrontDesk\Cache",
        logs=r"%LOCALAPPDATA%\FrontDesk\Logs",
    ),
    PlatformFolders(
        "darwin",
        "macOS",
        config="~/Library/Application Support/FrontDesk",
        data="~/Library/Application Support/FrontDesk",
        cache="~/Library/Caches/FrontDesk",
        logs="~/Library/Logs/FrontDesk",
    ),
    PlatformFolders(
        "linux",
        "Linux",
        config="~/.config/FrontDesk",
        data="~/.local/share/FrontDesk",
        cache="~/.cache/FrontDesk",
        logs="~/.local/state/FrontDesk/log",
    ),
)
"""What ``app_paths`` gives on each system without FRONTDESK_HOME (and, on Linux and
macOS, without XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME or XDG_STATE_HOME set:
platformdirs honours those on both). The tests hold the code and the README to it."""


def app_paths(platform: str = sys.platform) -> AppPaths:
    """The platform's folders, or subfolders of ``$FRONTDESK_HOME`` if set (tests, portable).
    ``platform`` is a ``sys.platform`` value: any but win32 and darwin gets the XDG ones."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )
    dirs = _platform_dirs(platform)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        cache_dir=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def _platform_dirs(platform: str) -> PlatformDirsABC:
    # appauthor=False: on Windows platformdirs would otherwise put the name in twice
    # (%LOCALAPPDATA%\FrontDesk\FrontDesk); the other systems ignore it.
    if platform == "win32":
        from platformdirs.windows import Windows

        return Windows(APP_NAME, appauthor=False)
    if platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(APP_NAME, appauthor=False)
    from platformdirs.unix import Unix

    return Unix(APP_NAME, appauthor=False)


def resource_path(name: str) -> Path:
    """A file in ``resources/``: beside the package from source, in the bundle when frozen."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return root / "resources" / name
