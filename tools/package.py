"""Package the build for this operating system, after ``tools/build.sh``.

    python tools/package.py [--out dist/release] [--arch ARCH]

Windows: ``FrontDesk-<v>-windows-x64-setup.exe`` (Inno Setup 6's ``iscc`` compiles
installer/windows/frontdesk.iss) and ``FrontDesk-<v>-windows-x64.zip`` (the folder, to run
without installing). macOS: ``FrontDesk-<v>-macos-<arch>.dmg`` (``hdiutil``: the app and a
link to /Applications). Linux: ``FrontDesk-<v>-linux-<arch>.tar.gz`` (the folder under
``frontdesk-<v>/``, links and modes kept). Then ``SHA256SUMS`` for what was made. The
version is desktop/__init__.py's, read without importing the app.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
ISS = ROOT / "installer" / "windows" / "frontdesk.iss"
APP_BUNDLE = "Front Desk.app"
VOLUME = "Front Desk"
ISCC_DEFINES = ("AppVersion", "SourceDir", "OutputDir", "OutputName")


class PackageError(Exception):
    """What stops packaging, in words for the person running it."""


def package_version() -> str:
    spec = importlib.util.spec_from_file_location(
        "make_version_info", ROOT / "tools" / "make_version_info.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    version: str = module.package_version()
    return version


def os_name(platform_name: str = sys.platform) -> str:
    if platform_name == "win32":
        return "windows"
    if platform_name == "darwin":
        return "macos"
    if platform_name.startswith("linux"):
        return "linux"
    raise PackageError(f"No package is made on {platform_name}: Windows, macOS or Linux only.")


def normalize_arch(machine: str, os_label: str) -> str:
    """``platform.machine()`` as release names say it: x64 on Windows, x86_64 elsewhere."""
    lowered = machine.lower()
    if lowered in ("x86_64", "amd64", "x64"):
        return "x64" if os_label == "windows" else "x86_64"
    if lowered in ("arm64", "aarch64"):
        return "arm64"
    raise PackageError(f"Unknown architecture {machine!r}: pass --arch.")


def base_name(version: str, os_label: str, arch: str) -> str:
    return f"FrontDesk-{version}-{os_label}-{arch}"


# -- Linux --------------------------------------------------------------------------------


def make_tarball(folder: Path, version: str, target: Path) -> Path:
    """``folder`` under ``frontdesk-<version>/`` in a .tar.gz; symlinks stay links, modes
    stay as they are (the program and its libraries executable)."""

    def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname=f"frontdesk-{version}", filter=owned_by_nobody)
    return target


# -- Windows ------------------------------------------------------------------------------


def find_iscc() -> Path:
    for name in ("iscc", "ISCC.exe"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        base = os.environ.get(variable)
        if base and (candidate := Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return candidate
    raise PackageError(
        "Inno Setup 6 was not found (iscc on PATH, or ISCC.exe in Program Files\\Inno Setup 6):"
        " install it (https://jrsoftware.org/isdl.php, or `choco install innosetup`)."
    )


def iscc_command(
    iscc: Path, version: str, source: Path, out: Path, name: str, script: Path = ISS
) -> list[str]:
    """The command that compiles ``script`` into ``out/name.exe`` from the folder ``source``."""
    defines = dict(zip(ISCC_DEFINES, (version, str(source), str(out), name), strict=True))
    return [str(iscc), *(f"/D{key}={value}" for key, value in defines.items()), str(script)]


def make_zip(folder: Path, target: Path) -> Path:
    """The folder as ``frontdesk/…`` in a zip: unpacked anywhere, it runs as it is."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    return target


# -- macOS --------------------------------------------------------------------------------


def stage_dmg(app: Path, stage: Path) -> Path:
    """The disk image's contents in ``stage``: the app, copied with its framework links
    kept as links, and ``Applications`` linking to /Applications to drag it onto."""
    stage.mkdir(parents=True, exist_ok=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    return stage


def hdiutil_command(stage: Path, target: Path) -> list[str]:
    return [
        "hdiutil", "create", "-volname", VOLUME, "-srcfolder", str(stage),
        "-ov", "-format", "UDZO", str(target),
    ]  # fmt: skip


# -- all ----------------------------------------------------------------------------------


def write_sums(files: Sequence[Path], out: Path) -> Path:
    """``SHA256SUMS`` in ``out``, as ``sha256sum -c`` and ``shasum -a 256 -c`` read it."""
    lines = []
    for path in files:
        with path.open("rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        lines.append(f"{digest}  {path.name}\n")
    target = out / "SHA256SUMS"
    target.write_text("".join(lines), encoding="ascii", newline="\n")
    return target


def _run(command: list[str]) -> None:
    print("+ " + " ".join(command), flush=True)
    done = subprocess.run(command, check=False)  # noqa: S603 (our own fixed commands)
    if done.returncode != 0:
        raise PackageError(f"{Path(command[0]).name} failed with exit code {done.returncode}.")


def _required(path: Path) -> Path:
    if not path.exists():
        raise PackageError(f"{path} is missing: run tools/build.sh first.")
    return path


def package(os_label: str, arch: str, version: str, dist: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    name = base_name(version, os_label, arch)
    if os_label == "linux":
        folder = _required(dist / "frontdesk")
        return [make_tarball(folder, version, out / f"{name}.tar.gz")]
    if os_label == "windows":
        folder = _required(dist / "frontdesk")
        iscc = find_iscc()
        _run(iscc_command(iscc, version, folder, out, f"{name}-setup"))
        return [_required(out / f"{name}-setup.exe"), make_zip(folder, out / f"{name}.zip")]
    app = _required(dist / APP_BUNDLE)
    dmg = out / f"{name}.dmg"
    with tempfile.TemporaryDirectory(prefix="frontdesk-dmg-") as scratch:
        _run(hdiutil_command(stage_dmg(app, Path(scratch) / "stage"), dmg))
    return [dmg]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="tools/package.py", description="Package the build for this OS."
    )
    parser.add_argument("--out", type=Path, default=DIST / "release", help="dist/release")
    parser.add_argument("--arch", help="the architecture's name in the file names")
    args = parser.parse_args(argv)
    try:
        os_label = os_name()
        arch = args.arch or normalize_arch(platform.machine(), os_label)
        out = args.out.resolve()
        made = package(os_label, arch, package_version(), DIST, out)
    except PackageError as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 1
    made.append(write_sums(made, out))
    for path in made:
        print(f"{path}  {path.stat().st_size / 1e6:,.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
