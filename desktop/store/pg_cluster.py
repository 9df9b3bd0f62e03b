"""A throwaway PostgreSQL cluster: the machine's own binaries, a temporary folder owned by
a non-root user, a free loopback port; it stops by itself. For the tests, the
benchmarks and ``frontdesk --demo --team``.

    python -m desktop.store.pg_cluster start DIR   # prints nothing secret; DIR/url has it
    python -m desktop.store.pg_cluster stop DIR    # and removes DIR

``.ci/run`` starts one and points the tests at it (``FRONTDESK_TEST_POSTGRES``, the
folder); without it the tests start their own where the binaries are found, and skip
with the reason where they are not (a skip fails the run in CI). A watcher process
stops the cluster when the process that started it ends, even by ``kill -9``.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from desktop.store.process_alive import process_running

ENV = "FRONTDESK_TEST_POSTGRES"  # a started cluster's folder
SUPERUSER = "frontdesk"
OWNER_WHEN_ROOT = "postgres"  # PostgreSQL refuses to run as root; Debian's package adds it
WATCH_EVERY_S = 1.0
FROZEN_COMMAND = "pg-cluster"  # desktop/app.py: ``frontdesk pg-cluster watch DIR PID``


def binaries() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres`` (None: not on this machine):
    ``PGBIN`` first (GitHub's Windows runners set it), then ``pg_config``'s, then the
    usual places on Linux, macOS (Homebrew's kegs are not on PATH) and Windows, newest
    first, then ``initdb`` on PATH."""
    candidates: list[Path] = []
    if os.environ.get("PGBIN"):
        candidates.append(Path(os.environ["PGBIN"]))
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        found = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True  # noqa: S607
        )  # fmt: skip
        candidates.append(Path(found.stdout.strip()))
    candidates += _newest_first(_installed_places())
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if all(tool(folder, name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def tool(folder: Path, name: str) -> Path:
    """PostgreSQL's program ``name`` in ``folder`` (``initdb.exe`` on Windows)."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def _installed_places() -> list[Path]:
    if sys.platform == "win32":
        program_files = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        return list(Path(program_files, "PostgreSQL").glob("*/bin"))
    if sys.platform == "darwin":
        prefixes = {os.environ.get("HOMEBREW_PREFIX", ""), "/opt/homebrew", "/usr/local"}
        found = [
            place
            for prefix in sorted(p for p in prefixes if p)
            for place in Path(prefix, "opt").glob("postgresql*/bin")
        ]
        return found + list(Path("/Applications/Postgres.app/Contents/Versions").glob("*/bin"))
    return [*Path("/usr/lib/postgresql").glob("*/bin"), *Path("/usr").glob("pgsql-*/bin")]


def _newest_first(folders: list[Path]) -> list[Path]:
    """``.../postgresql@16/bin``, ``.../PostgreSQL/17/bin``, ``.../pgsql-15/bin``: by the
    major version in the folder's name, the newest first (none: last)."""

    def version(folder: Path) -> int:
        digits = re.search(r"(\d+)(?:\.\d+)*$", folder.parent.name)
        return int(digits.group(1)) if digits else 0

    return sorted(folders, key=version, reverse=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _root() -> bool:
    return getattr(os, "geteuid", lambda: 1)() == 0  # Windows has no root (nor geteuid)


def _as_owner(command: list[str]) -> list[str]:
    if not _root():
        return command
    return ["runuser", "-u", OWNER_WHEN_ROOT, "--", *command]


def _give_to_owner(path: Path) -> None:
    if _root():
        import pwd  # POSIX only

        owner = pwd.getpwnam(OWNER_WHEN_ROOT)
        os.chown(path, owner.pw_uid, owner.pw_gid)


def start(folder: Path, *, trust: bool = False) -> str:
    """Create and start a cluster in ``folder`` (made if missing); answer its URL (also in
    ``folder/url``, readable by this user only). ``trust``: no password on this computer's
    loopback (the demo's: its URL can be shown and typed), else a random one in the URL."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl, postgres) on this machine")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # the owner below must reach its data folder
    data = folder / "data"
    password = secrets.token_urlsafe(18)
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n", encoding="utf-8")
    pwfile.chmod(0o600)
    _give_to_owner(pwfile)
    data.mkdir(mode=0o700)
    _give_to_owner(data)
    _give_to_owner(folder)
    subprocess.run(  # noqa: S603  (the binaries found above; no outside text)
        _as_owner([str(tool(bin_dir, "initdb")), "-D", str(data), "-U", SUPERUSER,
                   f"--pwfile={pwfile}", "--auth-local=trust",
                   f"--auth-host={'trust' if trust else 'scram-sha-256'}",
                   "--encoding=UTF8", "--no-locale", "--no-sync"]),
        check=True, capture_output=True,
    )  # fmt: skip
    pwfile.unlink()
    port = _free_port()
    _serve(bin_dir, folder, port)
    login = SUPERUSER if trust else f"{SUPERUSER}:{password}"
    url = f"postgresql://{login}@127.0.0.1:{port}/postgres"
    url_file = folder / "url"
    url_file.write_text(url, encoding="utf-8")
    url_file.chmod(0o600)
    return url


def _serve(bin_dir: Path, folder: Path, port: int) -> None:
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port}{_socket_option(folder)} "
        "-c fsync=off -c full_page_writes=off -c max_connections=200"
    )  # fsync off: a throwaway cluster; the tests kill desks, never the server's machine
    # pg_ctl's output to a file, not a pipe: on Windows the server inherits pg_ctl's
    # handles, and reading a pipe to its end would wait for the server to stop.
    with (folder / "pg_ctl.out").open("wb") as out:
        started = subprocess.run(  # noqa: S603
            _as_owner([str(tool(bin_dir, "pg_ctl")), "-D", str(folder / "data"), "-o", options,
                       "-l", str(folder / "log"), "-w", "-t", "60", "start"]),
            check=False, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    if started.returncode:
        raise RuntimeError(
            f"pg_ctl could not start PostgreSQL in {folder} (exit {started.returncode}): "
            f"{_tail(folder / 'pg_ctl.out')} {_tail(folder / 'log')}"
        )


def _socket_option(folder: Path) -> str:
    """Its Unix socket in ``folder`` (the default folder may not be this user's); none on
    Windows, whose builds make none by default: every connection here is over TCP."""
    if sys.platform == "win32":
        return ""
    return f" -k {shlex.quote(str(folder))}"  # pg_ctl hands the options to /bin/sh


def _tail(path: Path, lines: int = 5) -> str:
    with contextlib.suppress(OSError):
        return " | ".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    return ""


def resume(folder: Path) -> None:
    """Start a stopped cluster again, on its port (a server back after a restart)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl, postgres) on this machine")
    port = urlsplit(url_of(folder)).port
    assert port is not None
    _serve(bin_dir, folder, port)


def stop(folder: Path) -> None:
    bin_dir = binaries()
    data = folder / "data"
    if bin_dir is None or not (data / "postmaster.pid").exists():
        return
    subprocess.run(  # noqa: S603
        _as_owner([str(tool(bin_dir, "pg_ctl")), "-D", str(data), "-m", "immediate", "-w",
                   "stop"]),
        check=False, capture_output=True,
    )  # fmt: skip


def remove(folder: Path) -> None:
    """Stop the cluster and remove its folder (its watcher, if any, then ends)."""
    stop(folder)
    shutil.rmtree(folder, ignore_errors=True)


def url_of(folder: Path) -> str:
    return (folder / "url").read_text(encoding="utf-8").strip()


def watch(folder: Path, parent: int) -> subprocess.Popen[bytes]:
    """A process of its own that stops the cluster once ``parent`` has ended."""
    # Apart from the parent's terminal (a session of its own; on Windows a process group
    # of its own): a Ctrl+C there ends the parent, never the watcher that cleans up after it.
    windows_group: int = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)  # 0 off Windows
    return subprocess.Popen(  # noqa: S603  (this program, this module)
        [*_this_module(), "watch", str(folder), str(parent)],
        cwd=Path(__file__).resolve().parents[2],
        start_new_session=True, creationflags=windows_group,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _this_module() -> list[str]:
    """The command that runs ``main`` below: in a PyInstaller build ``sys.executable`` is
    Front Desk itself, which takes ``pg-cluster`` as its first argument for it."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_COMMAND]
    return [sys.executable, "-m", "desktop.store.pg_cluster"]


def _watch(folder: Path, parent: int) -> None:
    # Not ended by the server stopping: a test or a demo may stop it and ``resume`` it
    # (the database away for a while); only by the folder's owner removing it.
    while process_running(parent) and folder.exists():
        time.sleep(WATCH_EVERY_S)
    if folder.exists():
        remove(folder)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("start", "stop", "watch"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        start(folder)
        watch(folder, int(argv[2]) if len(argv) > 2 else os.getppid()).returncode = 0  # let go
        print(f"PostgreSQL started: {folder} (its URL in {folder / 'url'})")
    elif argv[0] == "stop":
        remove(folder)
    else:
        _watch(folder, int(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
