"""Write ``resources/version_info.txt``, the Windows version resource of frontdesk.exe.

    python tools/make_version_info.py

The version comes from ``desktop/__init__.py``; build.spec refuses to build when the
file and the package disagree, so run this after every version bump and commit both.
The format is PyInstaller's (``VSVersionInfo``, Python syntax, read by
``PyInstaller.utils.win32.versioninfo``): what Explorer shows under Properties > Details.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "version_info.txt"

COMPANY = "Front Desk"
PRODUCT = "Front Desk"
DESCRIPTION = "Front Desk"  # Task Manager shows this as the program's name
EXE_NAME = "frontdesk.exe"

TEMPLATE = """\
# Windows version resource for frontdesk.exe, written by tools/make_version_info.py
# from desktop/__init__.py: edit that, then run the tool, never this file.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          "040904B0",
          [
            StringStruct("CompanyName", {company}),
            StringStruct("FileDescription", {description}),
            StringStruct("FileVersion", {version}),
            StringStruct("InternalName", "frontdesk"),
            StringStruct("LegalCopyright", {copyright}),
            StringStruct("OriginalFilename", {exe}),
            StringStruct("ProductName", {product}),
            StringStruct("ProductVersion", {version}),
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
  ],
)
"""


def package_version() -> str:
    """``__version__`` from desktop/__init__.py, read without importing the package."""
    tree = ast.parse((ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise LookupError("desktop/__init__.py has no __version__ string")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers: 0.1.0 is (0, 1, 0, 0); 1.2.0rc1 is (1, 2, 0, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version} does not start with a number")
    numbers = tuple(int(part or 0) for part in match.groups())
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version}: Windows allows numbers up to 65535")
    return numbers  # type: ignore[return-value]


def render(version: str) -> str:
    return TEMPLATE.format(
        numbers=version_numbers(version),
        version=json.dumps(version),  # a double-quoted literal the eval() in PyInstaller reads
        company=json.dumps(COMPANY),
        product=json.dumps(PRODUCT),
        description=json.dumps(DESCRIPTION),
        copyright=json.dumps(f"© {COMPANY}", ensure_ascii=False),
        exe=json.dumps(EXE_NAME),
    )


def main() -> int:
    version = package_version()
    TARGET.write_text(render(version), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: version {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
