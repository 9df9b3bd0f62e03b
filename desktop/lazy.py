"""A package's names imported on first use (PEP 562), so importing one light module of
the package does not import its heavy ones: the console's first frame is painted before
httpx and pydantic are loaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def exports(package: str, module_of: Mapping[str, str]) -> Callable[[str], object]:
    """The package's ``__getattr__``: ``module_of`` says which submodule defines each name.
    A name found is kept in the package, so it is looked up only once."""
    namespace = importlib.import_module(package).__dict__

    def getattr_(name: str) -> object:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    return getattr_
