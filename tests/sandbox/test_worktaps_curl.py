"""The vendor's curl examples (api-docs/worktaps.txt), run with the real curl against the sandbox.

Each example is kept line for line as the vendor's page prints it. Only the
host (``https://worktaps.com`` becomes the sandbox), ``your-api-key`` (the demo
key) and ``:id`` (a real id, where the example needs one) are replaced, and
three slips on the page are fixed only as far as needed to run at all:

- "Create location" and "Update location" end their first line with a
  backslash and a space, which ends the command there; the space goes.
- "Delete an account" lacks the backslash before its ``-u`` line, so the key
  was never sent; it is added.
- "List accounts" never closes its double quote; the quote is closed, and the
  JSON goes through ``-G --data-urlencode`` because curl refuses a URL with
  spaces and would glob the braces.

The HTTP status of each run is read from the sandbox's request log, so the
commands need no extra flags.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from typing import Any

import pytest

from desktop.sandbox import SandboxServer
from tests.helpers.worktaps_sandbox import EMPLOYEE_ID, KEY

pytestmark = [
    pytest.mark.skipif(
        shutil.which("curl") is None or shutil.which("bash") is None,
        reason="the vendor's examples need the curl binary and a POSIX shell (bash) on PATH",
    ),
    pytest.mark.skipif(
        sys.platform == "win32",
        reason="the vendor's snippets are POSIX shell; the bash first on a Windows PATH may be "
        "WSL's, whose 127.0.0.1 is not this machine's (the sandbox's wire is tested elsewhere)",
    ),
]

CREATE_ACCOUNT = (
    "curl -X POST \\",
    "  https://worktaps.com/api/v1/account \\",
    "  -u your-api-key: \\",
    '  -d firstName="John" \\',
    '  -d lastName="Doe"',
)
GET_ACCOUNT = (
    "curl https://worktaps.com/api/v1/account/:id \\",
    "  -u your-api-key:",
)
UPDATE_ACCOUNT = (
    "curl -X PUT \\",
    "  https://worktaps.com/api/v1/account/:id \\",
    "  -u your-api-key: \\",
    '  -d firstName="John" \\',
    '  -d lastName="Doe"',
)
DELETE_ACCOUNT = (
    "curl -X DELETE \\",
    "  https://worktaps.com/api/v1/account/:id \\",
    '  -d termDate="01/20/2010"',
    "  -u your-api-key:",
)
LIST_ACCOUNTS = (
    'curl https://worktaps.com/api/v1/accounts?meta="{\\"jobTitle\\": \\"Dish Washer\\"} \\',
    "  -u your-api-key:",
)
LIST_DEPARTMENTS = (
    "curl https://worktaps.com/api/v1/departments \\",
    "  -u your-api-key:",
)
LIST_LOCATIONS = (
    "curl https://worktaps.com/api/v1/locations \\",
    "  -u your-api-key:",
)
CREATE_LOCATION = (
    "curl -X POST \\ ",
    "  https://worktaps.com/api/v1/locations \\",
    "  -u your-api-key:",
)
UPDATE_LOCATION = (
    "curl -X PUT \\ ",
    "  https://worktaps.com/api/v1/locations/:id \\",
    "  -u your-api-key:",
)


def _script(sandbox: SandboxServer, lines: tuple[str, ...], ident: str | None = None) -> str:
    text = "\n".join(line.rstrip() for line in lines)  # the page's "\ " slips
    text = text.replace("https://worktaps.com", f"http://127.0.0.1:{sandbox.port}/worktaps")
    text = text.replace("your-api-key", KEY)
    return text.replace(":id", ident) if ident is not None else text


def _run(sandbox: SandboxServer, script: str, exit_code: int = 0) -> tuple[int, Any]:
    """Runs the example; the status the sandbox answered, and the body curl printed."""
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == exit_code, done.stderr
    status = sandbox.controls.requests(service="worktaps")[-1]["status"]
    return int(status), json.loads(done.stdout)


def test_create_account_example_gets_the_documented_error(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, CREATE_ACCOUNT))
    assert status == 400
    assert body == {"code": 40006, "message": "Email is required"}


def test_get_account_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, GET_ACCOUNT, str(EMPLOYEE_ID)))
    assert (status, body["id"]) == (200, EMPLOYEE_ID)
    assert set(body) >= {"department", "locations", "meta", "startDate", "jobTitle"}
    assert body["email"] == sandbox.state.data.accounts[EMPLOYEE_ID].email


def test_get_account_example_with_the_literal_placeholder(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, GET_ACCOUNT))
    assert status == 404
    assert body == {"code": 40003, "message": "Account id :id not found"}


def test_update_account_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, UPDATE_ACCOUNT, str(EMPLOYEE_ID)))
    assert status == 200
    assert (body["id"], body["firstName"], body["lastName"]) == (EMPLOYEE_ID, "John", "Doe")


def test_delete_account_example(sandbox: SandboxServer) -> None:
    # As printed, curl runs without the key and the shell then fails on "-u" (127).
    as_printed = _script(sandbox, DELETE_ACCOUNT, str(EMPLOYEE_ID))
    status, body = _run(sandbox, as_printed, exit_code=127)
    assert (status, body) == (401, {"code": 40000, "message": "Unauthorized request"})
    lines = list(DELETE_ACCOUNT)
    lines[2] += " \\"  # the missing line continuation
    status, body = _run(sandbox, _script(sandbox, tuple(lines), str(EMPLOYEE_ID)))
    assert (status, body) == (200, {"removed": True})
    assert sandbox.state.data.accounts[EMPLOYEE_ID].term_date == "01/20/2010"


def test_list_accounts_example_with_the_meta_filter(sandbox: SandboxServer) -> None:
    quoted = (
        "curl https://worktaps.com/api/v1/accounts -G "
        '--data-urlencode \'meta={"jobTitle": "Dish Washer"}\' \\',
        LIST_ACCOUNTS[1],
    )
    status, body = _run(sandbox, _script(sandbox, quoted))
    assert status == 200
    assert body["total"] >= 1
    assert {a["jobTitle"] for a in body["records"]} == {"Dish Washer"}
    # The page's own line does not parse: the shell never sees its quote closed.
    done = subprocess.run(
        ["bash", "-n", "-c", _script(sandbox, LIST_ACCOUNTS)],
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert done.returncode != 0


def test_list_departments_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, LIST_DEPARTMENTS))
    assert (status, body["total"], len(body["records"])) == (200, 9, 9)


def test_list_locations_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, LIST_LOCATIONS))
    assert (status, body["total"]) == (200, 3)


def test_create_location_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, CREATE_LOCATION))
    assert (status, body) == (400, {"code": 400, "message": "Name is required"})
    named = (*CREATE_LOCATION[:2], CREATE_LOCATION[2] + " \\", '  -d name="Pop-up Store"')
    status, body = _run(sandbox, _script(sandbox, named))
    assert (status, body["name"], body["slug"]) == (200, "Pop-up Store", "pop-up-store")


def test_update_location_example(sandbox: SandboxServer) -> None:
    status, body = _run(sandbox, _script(sandbox, UPDATE_LOCATION, "302"))
    assert (status, body["id"], body["name"]) == (200, "302", "Warehouse")
