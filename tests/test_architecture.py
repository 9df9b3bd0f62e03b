"""The map in docs/ARCHITECTURE.md, enforced: which layer and which feature may import
which, and that the window builds none of what the session owns.

Every ``import`` in ``desktop/`` is read with ``ast`` (relative ones resolved, those in
functions and under ``TYPE_CHECKING`` included), so a new import that breaks the map
fails here with the module and the line, before anyone has to find the cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"

FOUNDATION = {
    "desktop", "config", "filenames", "files", "log", "messages", "paths", "platform_checks",
    "secrets", "serving", "tasks",
}  # fmt: skip
SHELL = {"app", "startup", "headless", "demo", "remove_data", "__main__"}
# Lower layers never import higher ones. The sandbox stands apart: only the shell
# (the demo) and tests start it.
# ``words`` (translate, counts in words) imports nothing: it sits at the very bottom, so
# the API clients may say their errors in the console's language.
# The webhook receiver sits on the store (it keeps each delivery) below the services
# (the session starts it and applies what it kept).
RANK = {
    "words": -1, "api": 0, "foundation": 1, "store": 2, "receiver": 2.5, "services": 3,
    "ui": 4, "shell": 5,
}  # fmt: skip

# Features inside a layer, and the other features of that layer each may import. The
# layer's top-level modules are shared by all of them, except the composition roots
# (``services.session``; the ``ui`` shell), which may import every feature.
SERVICE_FEATURES: dict[str, set[str]] = {
    "outbox": set(),
    "sync": set(),
    "accounts": {"outbox"},
    "attendance": {"outbox"},
    "directory": {"accounts", "outbox"},
    "polling": {"attendance", "sync"},
    "webhooks": set(),
    "reports": {"attendance", "outbox"},
}
SERVICE_ROOTS = {"session"}
UI_FEATURES: dict[str, set[str]] = {
    "widgets": set(),
    "today": {"attendance"},  # a correction starts from a person's day
    "locks": set(),
    "attendance": set(),
    "outbox": {"attendance"},  # a correction's reason, read translated
    "audit": {"attendance"},  # a correction's reason, read translated
    "accounts": set(),
    "directory": {"accounts"},  # a row's account form and terminate dialog
    "reports": set(),
    "worq": set(),
    "connections": set(),
}
# What a page folder may use of the shell.
UI_SHARED_TOP = {"controller", "session_signals", "file_notice", "theme"}

# What the session owns: no module under desktop/ui may call these.
OWNED = {
    "Database", "Outbox", "AuditLog", "SyncState", "Session", "Workday", "Connections",
    "RequestBudget", "AccountSync", "WorqImport", "DirectorySource", "SignedIn",
    "ServiceHealth", "LiveRefreshLoop", "OutboxSender", "apart",
}  # fmt: skip
OWNED_SUFFIXES = ("Cache", "Client", "Service")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # what it imports, dotted (a module, or a name in one)
    line: int


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(DESKTOP.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _package(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def imports() -> Iterator[Import]:
    for module, path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(module, alias.name, node.lineno)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = _package(module, path).split(".")
                    package = package[: len(package) - (node.level - 1)]
                    base = ".".join([*package, *([base] if base else [])])
                for alias in node.names:
                    yield Import(
                        module, f"{base}.{alias.name}" if base else alias.name, node.lineno
                    )


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "foundation"
    if parts[1] == "words":
        return "words"
    if parts[1] in FOUNDATION:
        return "foundation"
    if parts[1] in SHELL:
        return "shell"
    return parts[1]


def feature(module: str) -> str | None:
    """The feature folder a module of ``services``/``ui`` lives in (None: the top level)."""
    parts = module.split(".")
    if len(parts) >= 3 and (DESKTOP / parts[1] / parts[2]).is_dir():
        return parts[2]
    return None


DESKTOP_IMPORTS = [i for i in imports() if i.target.split(".")[0] == "desktop"]


def _where(i: Import) -> str:
    return f"{i.module} (line {i.line}) imports {i.target}"


def _crosses(mine: str, theirs: str) -> bool:
    if theirs == "sandbox":
        return mine not in ("sandbox", "shell")
    if mine == "sandbox":
        return theirs not in ("sandbox", "words", "api", "foundation")
    return mine in RANK and theirs in RANK and RANK[theirs] > RANK[mine]


def test_no_layer_imports_a_higher_one() -> None:
    wrong = [_where(i) for i in DESKTOP_IMPORTS if _crosses(layer(i.module), layer(i.target))]
    assert wrong == []


def test_each_service_feature_imports_only_what_the_map_allows() -> None:
    wrong = []
    for i in DESKTOP_IMPORTS:
        if layer(i.module) != "services" or layer(i.target) != "services":
            continue
        mine, theirs = feature(i.module), feature(i.target)
        if mine is None and i.module.split(".")[2] in SERVICE_ROOTS:
            continue  # the session composes every feature
        if theirs is None and i.target.split(".")[2] in SERVICE_ROOTS:
            wrong.append(f"{_where(i)}: only the shell builds the session")
        elif mine is None and theirs is not None:
            wrong.append(f"{_where(i)}: a shared module may not depend on a feature")
        elif mine is not None and theirs not in (None, mine, *SERVICE_FEATURES[mine]):
            wrong.append(_where(i))
    assert wrong == []


def _page_may_use(page: str) -> tuple[str, ...]:
    return ("widgets",) if page == "widgets" else (page, "widgets", *UI_FEATURES[page])


def test_each_page_imports_only_what_the_map_allows() -> None:
    wrong = []
    for i in DESKTOP_IMPORTS:
        if layer(i.module) != "ui" or layer(i.target) != "ui":
            continue
        mine, theirs = feature(i.module), feature(i.target)
        if mine is None:
            continue  # the shell composes the pages
        if theirs is None:
            top = i.target.split(".")[2]
            if top not in UI_SHARED_TOP:
                wrong.append(f"{_where(i)}: a page may not use the shell")
        elif theirs not in _page_may_use(mine):
            wrong.append(_where(i))
    assert wrong == []


@pytest.mark.parametrize(
    ("library", "allowed"),
    [
        ("PySide6", ("ui", "shell")),
        ("httpx", ("api", "sandbox")),
        ("starlette", ("sandbox", "receiver")),
        ("uvicorn", ("sandbox", "receiver", "foundation")),
    ],
)
def test_libraries_stay_in_their_layer(library: str, allowed: tuple[str, ...]) -> None:
    wrong = []
    for module, path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        typing_only = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            names = (
                [a.name for a in node.names] if isinstance(node, ast.Import)
                else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )  # fmt: skip
            if any(n.split(".")[0] == library for n in names) and layer(module) not in allowed:
                wrong.append(f"{module} (line {node.lineno}) imports {library}")  # type: ignore[attr-defined]
    assert wrong == []


def test_the_window_builds_nothing_the_session_owns() -> None:
    built = []
    for module, path in modules():
        if layer(module) != "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else (
                    func.attr if isinstance(func, ast.Attribute) else ""
                )  # fmt: skip
                if name in OWNED or (name[:1].isupper() and name.endswith(OWNED_SUFFIXES)):
                    built.append(f"{module} (line {node.lineno}) calls {name}(…)")
    assert built == []


def test_the_map_names_every_feature_folder() -> None:
    """A new folder gets its line in the map (and in docs/ARCHITECTURE.md) first."""
    for layer_name, features in (("services", SERVICE_FEATURES), ("ui", UI_FEATURES)):
        folders = {p.name for p in (DESKTOP / layer_name).iterdir() if (p / "__init__.py").exists()}
        assert folders == set(features), layer_name
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for name in {*SERVICE_FEATURES, *UI_FEATURES}:
        assert f"{name}/" in architecture, name


def test_the_map_catches_a_wrong_import() -> None:
    """The checks above can fail: an import from the outbox up to the reports is caught."""
    wrong = Import("desktop.services.outbox.sender", "desktop.services.reports.report", 1)
    mine, theirs = feature(wrong.module), feature(wrong.target)
    assert (mine, theirs) == ("outbox", "reports")
    assert theirs not in (mine, *SERVICE_FEATURES["outbox"])
    assert RANK[layer("desktop.ui.console")] > RANK[layer("desktop.services.session")]


def test_tests_share_through_helpers_only() -> None:
    """What tests share lives in tests/helpers/: no test imports a conftest or another
    test module (pytest finds the fixtures; a helper is imported by its name)."""
    wrong = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests."):
                leaf = (node.module or "").rsplit(".", 1)[-1]
                if leaf == "conftest" or leaf.startswith("test_"):
                    wrong.append(f"{path.relative_to(ROOT)} (line {node.lineno}): {node.module}")
    assert wrong == []
