"""The README's client example runs as written (it starts its own sandbox)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_api_clients_example_runs() -> None:
    text = README.read_text(encoding="utf-8")
    code = re.search(r"## The API clients.*?```python\n(.*?)```", text, re.S)
    assert code is not None, "the README lost its client example"
    result = subprocess.run(
        [sys.executable, "-c", code.group(1)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Acme Corporation 119 employees;")
    assert "ValidationError phone - Enter the phone number with its country code" in result.stdout
    assert lines[-1].endswith("people changed in HR this year")
