"""The pinned sets (requirements/*.txt, written by tools/lock.sh) hold every dependency
pyproject.toml names, at a release its range admits, each with hashes: a dependency
added or re-ranged without re-locking fails here, not in a release build."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def _pins(name: str) -> dict[str, tuple[Version, int]]:
    """Each pinned package of a lock file: its version and how many hashes it carries."""
    pins: dict[str, tuple[Version, int]] = {}
    current = ""
    for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (Version(match.group(2)), 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def _declared(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [Requirement(text) for text in project["dependencies"]]
    for extra in extras:
        declared += [Requirement(text) for text in project["optional-dependencies"][extra]]
    return declared


@pytest.mark.parametrize(
    ("lock", "extras"), [("build.txt", ("build",)), ("ci.txt", ("build", "test"))]
)
def test_every_dependency_is_pinned_with_hashes(lock: str, extras: tuple[str, ...]) -> None:
    pins = _pins(lock)
    for requirement in _declared(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements/{lock}: run tools/lock.sh"
        version, hashes = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements/{lock} pins {name}=={version}, outside {requirement}"
        )
        assert hashes > 0, f"{name} has no hash in requirements/{lock}"
    unhashed = [name for name, (_version, hashes) in pins.items() if hashes == 0]
    assert unhashed == [], f"pinned without a hash in requirements/{lock}: {unhashed}"


def test_the_build_installs_the_pinned_set_with_hashes() -> None:
    build = (ROOT / "tools" / "build.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = (ROOT / "tools" / "release" / "test.sh").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/build.txt" in build
    assert "tools/release/test.sh" in ci  # CI's and the release workflow's test command
    assert "--require-hashes -r requirements/ci.txt" in tests
