"""A script of tools/ as a module, for the tests of what it makes (tools/ is no package)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@functools.cache
def load_tool(name: str) -> ModuleType:
    """``tools/<name>.py``, loaded once (registered, so its dataclasses resolve)."""
    spec = importlib.util.spec_from_file_location(f"tools_{name}", TOOLS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
