"""tools/package.py and installer/windows/frontdesk.iss: what can be checked without
Inno Setup or hdiutil (the Linux archive is made for real; the disk image's folder too)."""

from __future__ import annotations

import hashlib
import re
import stat
import sys
import tarfile
import uuid
from pathlib import Path

import pytest

from tests.helpers.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "installer" / "windows" / "frontdesk.iss"


package = load_tool("package")


def sections(text: str) -> dict[str, list[str]]:
    """The script's [Section]s and their lines (comments and blank lines left out)."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = match[1]
            assert current not in found, f"[{current}] twice"
            found[current] = []
        else:
            found.setdefault(current, []).append(line)
    return found


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return sections(ISS.read_text(encoding="utf-8"))


def setup_value(iss: dict[str, list[str]], key: str) -> str:
    values = [line.split("=", 1)[1] for line in iss["Setup"] if line.split("=", 1)[0] == key]
    assert len(values) == 1, key
    return values[0]


def test_the_script_has_the_sections_inno_setup_needs(iss: dict[str, list[str]]) -> None:
    assert {"Setup", "Files", "Icons", "Tasks", "Run", "Code"} <= set(iss)
    for line in iss["Setup"]:
        assert re.fullmatch(r"\w+=.+", line), line


def test_a_per_user_64_bit_install_with_a_fixed_id(iss: dict[str, list[str]]) -> None:
    assert setup_value(iss, "PrivilegesRequired") == "lowest"
    assert setup_value(iss, "DefaultDirName") == r"{localappdata}\Programs\Front Desk"
    assert setup_value(iss, "ArchitecturesAllowed") == "x64compatible"
    assert setup_value(iss, "ArchitecturesInstallIn64BitMode") == "x64compatible"
    assert setup_value(iss, "CloseApplications") == "yes"
    app_id = setup_value(iss, "AppId")
    assert app_id.startswith("{{")  # "{{" is Inno Setup's escaped "{"
    assert app_id.endswith("}")
    assert str(uuid.UUID(app_id[2:-1])).upper() == app_id[2:-1]


def test_the_defines_used_are_the_ones_package_passes() -> None:
    text = ISS.read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(\w+)\}", text)) | set(re.findall(r"#ifndef (\w+)", text))
    command = package.iscc_command(
        Path("C:/iscc/ISCC.exe"), "1.2.3", Path("C:/b/dist/frontdesk"), Path("C:/out"), "N"
    )
    passed = {arg[2:].split("=", 1)[0] for arg in command if arg.startswith("/D")}
    assert passed == used == set(package.ISCC_DEFINES)


def test_the_iscc_command_names_the_paths_given() -> None:
    command = package.iscc_command(
        Path("iscc"),
        "1.2.3",
        Path("/b/dist/frontdesk"),
        Path("/b/dist/release"),
        "FrontDesk-1.2.3-windows-x64-setup",
    )
    assert command == [
        "iscc",
        "/DAppVersion=1.2.3",
        f"/DSourceDir={Path('/b/dist/frontdesk')}",
        f"/DOutputDir={Path('/b/dist/release')}",
        "/DOutputName=FrontDesk-1.2.3-windows-x64-setup",
        str(ISS),
    ]


def test_the_files_the_script_names_exist(iss: dict[str, list[str]]) -> None:
    here = ISS.parent  # Inno Setup reads relative paths from the script's folder
    assert (here / setup_value(iss, "SetupIconFile").replace("\\", "/")).resolve() == (
        ROOT / "resources" / "frontdesk.ico"
    )
    default_source = re.search(r'#define SourceDir "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert default_source is not None
    assert (here / default_source[1].replace("\\", "/")).resolve() == ROOT / "dist" / "frontdesk"
    for line in iss["Files"]:
        source = re.search(r'Source: "([^"]+)"', line)
        assert source is not None, line
        if "{#SourceDir}" not in source[1]:
            assert (here / source[1].replace("\\", "/")).resolve().is_file(), source[1]
    assert any(r'"{#SourceDir}\*"' in line and "recursesubdirs" in line for line in iss["Files"])
    assert setup_value(iss, "UninstallDisplayIcon") == r"{app}\frontdesk.ico"


def test_the_desktop_icon_is_offered_unchecked_and_the_program_after_install(
    iss: dict[str, list[str]],
) -> None:
    assert any("desktopicon" in line and "unchecked" in line for line in iss["Tasks"])
    assert any("{autoprograms}" in line for line in iss["Icons"])
    assert any("postinstall" in line for line in iss["Run"])


def test_uninstall_asks_before_removing_the_data_and_runs_remove_data(
    iss: dict[str, list[str]],
) -> None:
    code = "\n".join(iss["Code"])
    assert "Also remove Front Desk''s data and saved keys from this computer?" in code
    assert "CurUninstallStepChanged" in code
    assert "CurUninstallStep = usUninstall" in code
    assert "not UninstallSilent" in code
    assert "MB_DEFBUTTON2" in code  # No is the default answer
    assert re.search(
        r"Exec\(ExpandConstant\('\{app\}\\frontdesk\.exe'\), 'remove-data --yes'", code
    )
    assert "ewWaitUntilTerminated" in code
    assert "ResultCode <> 0" in code


@pytest.mark.parametrize(
    ("machine", "os_label", "arch"),
    [
        ("AMD64", "windows", "x64"),
        ("x86_64", "windows", "x64"),
        ("x86_64", "linux", "x86_64"),
        ("x86_64", "macos", "x86_64"),
        ("arm64", "macos", "arm64"),
        ("aarch64", "linux", "arm64"),
        ("ARM64", "windows", "arm64"),
    ],
)
def test_architecture_names(machine: str, os_label: str, arch: str) -> None:
    assert package.normalize_arch(machine, os_label) == arch


def test_an_unknown_architecture_is_refused() -> None:
    with pytest.raises(package.PackageError, match="--arch"):
        package.normalize_arch("riscv64", "linux")


def test_the_version_is_the_packages() -> None:
    from desktop import __version__

    assert package.package_version() == __version__


@pytest.fixture
def fake_dist(tmp_path: Path) -> Path:
    """A built folder in small: the program, a library and a link to it."""
    folder = tmp_path / "dist" / "frontdesk"
    libs = folder / "_internal" / "psycopg_binary.libs"
    libs.mkdir(parents=True)
    program = folder / "frontdesk"
    program.write_bytes(b"#!/bin/sh\necho hi\n")
    program.chmod(0o755)
    (libs / "libpq-abc.so.5.18").write_bytes(b"library")
    (libs / "libpq-abc.so.5").symlink_to("libpq-abc.so.5.18")
    (folder / "_internal" / "data.txt").write_text("x")
    (folder / "_internal" / "data.txt").chmod(0o644)
    return tmp_path / "dist"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and modes as Linux has them")
def test_the_linux_archive_keeps_links_and_modes(fake_dist: Path, tmp_path: Path) -> None:
    out = tmp_path / "release"
    made = package.package("linux", "x86_64", "1.2.3", fake_dist, out)

    assert made == [out / "FrontDesk-1.2.3-linux-x86_64.tar.gz"]
    with tarfile.open(made[0]) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = "frontdesk-1.2.3"
    assert set(members) == {
        top,
        f"{top}/frontdesk",
        f"{top}/_internal",
        f"{top}/_internal/data.txt",
        f"{top}/_internal/psycopg_binary.libs",
        f"{top}/_internal/psycopg_binary.libs/libpq-abc.so.5.18",
        f"{top}/_internal/psycopg_binary.libs/libpq-abc.so.5",
    }
    link = members[f"{top}/_internal/psycopg_binary.libs/libpq-abc.so.5"]
    assert link.issym()
    assert link.linkname == "libpq-abc.so.5.18"
    assert stat.S_IMODE(members[f"{top}/frontdesk"].mode) == 0o755
    assert stat.S_IMODE(members[f"{top}/_internal/data.txt"].mode) == 0o644
    assert members[f"{top}/frontdesk"].uid == 0


def test_sha256sums_lists_each_file_made(tmp_path: Path) -> None:
    files = [tmp_path / "a.tar.gz", tmp_path / "b.zip"]
    for index, path in enumerate(files):
        path.write_bytes(bytes([index]) * 1000)

    sums = package.write_sums(files, tmp_path)

    assert sums == tmp_path / "SHA256SUMS"
    expected = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in files)
    assert sums.read_bytes().decode("ascii") == expected


def test_a_missing_build_is_said(tmp_path: Path) -> None:
    with pytest.raises(package.PackageError, match=r"run tools/build\.sh first"):
        package.package("linux", "x86_64", "1.2.3", tmp_path / "dist", tmp_path / "release")
    with pytest.raises(package.PackageError, match=r"Front Desk\.app is missing"):
        package.package("macos", "arm64", "1.2.3", tmp_path / "dist", tmp_path / "release")


@pytest.mark.skipif(sys.platform == "win32", reason="a bundle's symlinks, as macOS has them")
def test_the_disk_image_folder_keeps_the_bundles_links(tmp_path: Path) -> None:
    app = tmp_path / "dist" / "Front Desk.app"
    versions = app / "Contents" / "Frameworks" / "QtCore.framework" / "Versions"
    (versions / "A").mkdir(parents=True)
    (versions / "A" / "QtCore").write_bytes(b"lib")
    (versions / "Current").symlink_to("A")
    (app / "Contents" / "Frameworks" / "QtCore.framework" / "QtCore").symlink_to(
        "Versions/Current/QtCore"
    )

    stage = package.stage_dmg(app, tmp_path / "stage")

    copied = stage / "Front Desk.app" / "Contents" / "Frameworks" / "QtCore.framework"
    assert (copied / "Versions" / "Current").is_symlink()
    assert (copied / "Versions" / "Current").readlink() == Path("A")
    assert (copied / "QtCore").readlink() == Path("Versions/Current/QtCore")
    assert (copied / "QtCore").read_bytes() == b"lib"
    assert (stage / "Applications").is_symlink()
    assert (stage / "Applications").readlink() == Path("/Applications")
    assert sorted(p.name for p in stage.iterdir()) == ["Applications", "Front Desk.app"]
    assert package.hdiutil_command(stage, tmp_path / "x.dmg") == [
        "hdiutil", "create", "-volname", "Front Desk", "-srcfolder", str(stage),
        "-ov", "-format", "UDZO", str(tmp_path / "x.dmg"),
    ]  # fmt: skip


def test_inno_setup_missing_is_said(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path))
    with pytest.raises(package.PackageError, match="Inno Setup 6 was not found"):
        package.find_iscc()
    iscc = tmp_path / "Inno Setup 6" / "ISCC.exe"
    iscc.parent.mkdir()
    iscc.write_bytes(b"")
    assert package.find_iscc() == iscc
