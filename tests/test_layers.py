"""Everything below the window runs without Qt: importing every module outside ``ui/``,
``app.py``, ``startup.py`` and ``__main__.py`` loads no PySide6 (issue 15's headless
session rests on it). A fresh interpreter: this one has Qt loaded by the UI tests."""

from __future__ import annotations

import subprocess
import sys

HEADLESS = """
import importlib, pkgutil, sys
import desktop
shell = ("desktop.app", "desktop.startup", "desktop.__main__")
for found in pkgutil.walk_packages(desktop.__path__, "desktop."):
    if found.name.startswith("desktop.ui") or found.name in shell:
        continue
    importlib.import_module(found.name)
    if "PySide6" in sys.modules:
        sys.exit(f"{found.name} loads PySide6")
print("headless")
"""


def test_no_module_below_the_window_loads_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HEADLESS], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr or result.stdout
    assert result.stdout.strip() == "headless"
