"""The release workflow (.github/workflows/release.yml) and the scripts it runs: what can be
checked on this machine. actionlint and ShellCheck check the rest in .ci/run
(tools/actionlint.sh); the workflow itself runs only on GitHub's Windows, macOS and Linux
machines."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
TEXT = WORKFLOW.read_text(encoding="utf-8")


def _steps() -> list[str]:
    return re.split(r"\n      - ", TEXT)[1:]


def _run(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not re.match(r"(WINDOWS|MACOS|APPLE)_", k)}
    return subprocess.run(
        ["bash", str(ROOT / "tools" / "release" / script), *args],
        capture_output=True, text=True, env={**clean, **env}, cwd=ROOT, check=False,
    )  # fmt: skip


def test_every_script_the_workflow_runs_exists() -> None:
    named = set(re.findall(r"\.ci/run|tools/[\w/-]+\.\w+", TEXT))
    assert {"tools/release/test.sh", "tools/build.sh", "tools/package.py"} <= named
    assert [path for path in named if not (ROOT / path).is_file()] == []


def test_the_matrix_covers_windows_both_macs_and_linux() -> None:
    runners = dict(re.findall(r"runner: (\S+)\n\s+os: \w+\n\s+python-arch: (\w+)", TEXT))
    assert runners == {
        "windows-2025": "x64",
        "macos-15": "arm64",
        "macos-15-intel": "x64",
        "ubuntu-24.04": "x64",
    }


def test_each_secret_reaches_the_script_of_its_step_which_can_do_without_it() -> None:
    for step in _steps():
        secrets = re.findall(r"\$\{\{ secrets\.(\w+) \}\}", step)
        if not secrets:
            continue
        script = re.search(r"tools/release/\w+\.sh", step)
        assert script, f"a step reads secrets but runs no script: {step[:60]}"
        text = (ROOT / script.group(0)).read_text(encoding="utf-8")
        assert all(name in text for name in secrets), (script.group(0), secrets)
        assert "::notice::" in text, f"{script.group(0)} does not say when it skips"


def test_a_draft_release_is_made_only_from_a_tag() -> None:
    release = TEXT[TEXT.index("\n  release:") :]
    assert "if: startsWith(github.ref, 'refs/tags/v')" in release
    assert "contents: write" in release
    assert "permissions:\n  contents: read" in TEXT  # the build jobs cannot write


@pytest.mark.parametrize(
    ("script", "args", "skipped"),
    [
        ("sign_windows.sh", ["dist/frontdesk/frontdesk.exe"], "Windows signing skipped"),
        ("macos_keychain.sh", [], "macOS signing skipped"),
    ],
)
def test_signing_without_its_secrets_says_so_and_passes(
    script: str, args: list[str], skipped: str
) -> None:
    result = _run(script, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"::notice::{skipped}")


def test_a_tag_that_is_not_the_version_makes_no_release(tmp_path: Path) -> None:
    result = _run("draft.sh", "v0.0.0-not-it", str(tmp_path))
    assert result.returncode == 1
    assert "does not match desktop.__version__" in result.stderr


def test_a_release_without_artifacts_is_refused(tmp_path: Path) -> None:
    from desktop import __version__

    result = _run("draft.sh", f"v{__version__}", str(tmp_path))
    assert result.returncode == 1
    assert "no artifacts" in result.stderr
