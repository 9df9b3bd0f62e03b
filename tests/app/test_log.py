from __future__ import annotations

import json
import logging
import sys
import threading
from logging.handlers import RotatingFileHandler

import pytest

from desktop.log import (
    LOG_FILE,
    MASK,
    LogBuffer,
    LogEntry,
    asyncio_exception_handler,
    install_excepthooks,
    redactor,
    setup_logging,
    teardown_logging,
)
from desktop.paths import AppPaths

CANARY = "canary-9b8e7d6c5a4f"
BEARER = "wt_live_0123456789abcdef"
PARTNER = "pk-77aa88bb99cc"
TOKEN = "tok-3141592653589"

log = logging.getLogger("desktop.test")


def written(paths: AppPaths, buffer: LogBuffer) -> tuple[str, str]:
    teardown_logging()  # flush and close the file
    return (paths.log_dir / LOG_FILE).read_text(encoding="utf-8"), "\n".join(buffer.lines())


def test_secrets_reach_neither_the_file_nor_the_buffer(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    assert redactor.add(CANARY)
    log.info("Connecting with key %s", CANARY)
    log.info("Request headers: {'Authorization': 'Bearer %s', 'Accept': 'json'}", BEARER)
    log.info("Authorization: Bearer %s", BEARER)
    body = json.dumps({"partner_name": "acme", "partner_key": PARTNER, "token": TOKEN})
    log.info("WorQ request body: %s", body)
    log.info("GET https://x.test/v1/events?token=%s&page=2 and api_key=%s", TOKEN, PARTNER)
    try:
        raise RuntimeError(f"server rejected key {CANARY}")
    except RuntimeError:
        log.exception("Sync failed")
    log.warning("stack", stack_info=True, extra={"note": "x"})
    file_text, buffer_text = written(paths, buffer)
    for text in (file_text, buffer_text):
        for secret in (CANARY, BEARER, PARTNER, TOKEN):
            assert secret not in text
        assert "Connecting with key " + MASK in text
        assert "Authorization: Bearer " + MASK in text
        assert '"partner_name": "acme"' in text
        assert "page=2" in text
        assert "Traceback" in text
        assert "RuntimeError: server rejected key " + MASK in text


def test_a_secret_registered_late_is_still_masked_in_later_records(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    log.info("nothing secret yet")
    redactor.add(CANARY)
    log.error("now %s", CANARY)
    assert CANARY not in "\n".join(buffer.lines())


def test_short_strings_are_not_registered() -> None:
    assert not redactor.add("abc")
    assert redactor.redact("abc") == "abc"


def test_other_libraries_records_are_redacted_too(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    logging.getLogger("httpx").warning("HTTP Request: GET https://h/x?token=%s", TOKEN)
    assert TOKEN not in "\n".join(buffer.lines())
    assert buffer.lines()


def test_levels(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    log.debug("hidden")
    log.info("shown")
    logging.getLogger("somelib").info("third-party chatter")
    assert [e.text.split(": ", 1)[1] for e in buffer.entries()] == ["shown"]
    buffer = setup_logging(paths, debug=True)
    log.debug("visible in debug")
    assert buffer.entries()[-1].level == logging.DEBUG


def test_rotating_file_settings(paths: AppPaths) -> None:
    setup_logging(paths)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == 1_000_000
    assert handlers[0].backupCount == 5
    assert handlers[0].baseFilename == str(paths.log_dir / LOG_FILE)


def test_setup_twice_does_not_duplicate_handlers(paths: AppPaths) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging(paths)
    setup_logging(paths)
    assert len(logging.getLogger().handlers) == before + 2


def test_buffer_keeps_the_last_2000(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    for i in range(2100):
        log.info("line %d", i)
    lines = buffer.lines()
    assert len(lines) == 2000
    assert lines[0].endswith("line 100")
    assert lines[-1].endswith("line 2099")


def test_subscribers_follow_the_buffer(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    seen: list[LogEntry] = []
    stop = buffer.subscribe(seen.append)
    redactor.add(CANARY)
    log.warning("first %s", CANARY)
    stop()
    log.warning("second")
    assert [e.level for e in seen] == [logging.WARNING]
    assert seen[0].logger == "desktop.test"
    assert CANARY not in seen[0].text
    assert seen[0].text.endswith("first " + MASK)


def test_a_failing_subscriber_does_not_break_logging(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    buffer = setup_logging(paths)

    def broken(entry: LogEntry) -> None:
        raise ValueError("viewer closed")

    buffer.subscribe(broken)
    log.warning("still logged")
    assert buffer.lines()[-1].endswith("still logged")
    assert "viewer closed" in capsys.readouterr().err


def test_excepthook_logs_redacted_and_reports(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    redactor.add(CANARY)
    reports: list[tuple[str, BaseException]] = []
    restore = install_excepthooks(lambda text, exc: reports.append((text, exc)))
    try:
        try:
            raise KeyError(f"lookup of {CANARY}")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        restore()
    assert len(reports) == 1
    text, reported = reports[0]
    assert isinstance(reported, KeyError)
    assert CANARY not in text
    assert "KeyError" in text
    file_text, buffer_text = written(paths, buffer)
    assert "Unexpected error" in buffer_text
    assert CANARY not in file_text
    assert CANARY not in buffer_text


def test_thread_exceptions_are_reported(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    redactor.add(CANARY)
    reports: list[str] = []
    restore = install_excepthooks(lambda text, exc: reports.append(text))
    try:

        def work() -> None:
            raise ValueError(f"bad {CANARY}")

        thread = threading.Thread(target=work, name="sync-worker")
        thread.start()
        thread.join()
    finally:
        restore()
    assert len(reports) == 1
    assert CANARY not in reports[0]
    assert "ValueError" in reports[0]
    assert any("in sync-worker" in line for line in buffer.lines())


def test_hooks_are_restored() -> None:
    before = (sys.excepthook, threading.excepthook)
    restore = install_excepthooks(lambda text, exc: None)
    assert sys.excepthook is not before[0]
    restore()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_failing_report_is_not_silent(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = setup_logging(paths)
    monkeypatch.setattr(sys, "__stderr__", sys.stderr)

    def report(text: str, exc: BaseException) -> None:
        raise RuntimeError("no window yet")

    restore = install_excepthooks(report)
    try:
        error = OSError("disk gone")
        sys.excepthook(OSError, error, None)
    finally:
        restore()
    assert any("could not be shown" in line for line in buffer.lines())
    assert "disk gone" in capsys.readouterr().err


def test_asyncio_handler_reports_task_errors(paths: AppPaths) -> None:
    buffer = setup_logging(paths)
    redactor.add(CANARY)
    reports: list[str] = []
    handler = asyncio_exception_handler(lambda text, exc: reports.append(text))
    handler(None, {"message": "Task exception", "exception": ValueError(CANARY)})  # type: ignore[arg-type]
    handler(None, {"message": "Task was destroyed but it is pending!"})  # type: ignore[arg-type]
    assert len(reports) == 1
    assert CANARY not in reports[0]
    assert buffer.lines()[-1].endswith("Task was destroyed but it is pending!")
