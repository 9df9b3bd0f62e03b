from __future__ import annotations

import base64
import json
import logging
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.paths import AppPaths
from desktop.secrets import SecretStore
from desktop.services.managers import (
    MANAGERS_FILE,
    MANAGERS_PROFILE,
    ManagerDirectory,
    ManagerStoreError,
    check_pin,
    pepper_from,
)

PEPPER = b"p" * 32
PIN = "482913570216"  # 12 digits: will not turn up by chance in base64


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def path(paths: AppPaths) -> Path:
    return paths.config_dir / MANAGERS_FILE


@pytest.fixture
def directory(path: Path, clock: Clock) -> ManagerDirectory:
    return ManagerDirectory(path, lambda: PEPPER, now=clock)


def test_create_and_verify(directory: ManagerDirectory) -> None:
    directory.create("  Dana   Reyes ", PIN)
    directory.create("alex", "1234")
    assert directory.names() == ["alex", "Dana Reyes"]
    result = directory.verify("Dana Reyes", PIN)
    assert result.ok
    assert result.wait_seconds == 0
    assert result.manager_id
    assert directory.verify("dana reyes", PIN).ok  # names match regardless of case
    assert not directory.verify("Dana Reyes", "1234").ok
    assert not directory.verify("Nobody", PIN).ok


def test_names_are_unique_and_checked(directory: ManagerDirectory) -> None:
    directory.create("Dana", PIN)
    with pytest.raises(ValueError, match="already a manager named"):
        directory.create("DANA", "5678")
    with pytest.raises(ValueError, match="Enter a name"):
        directory.create("   ", "5678")
    with pytest.raises(ValueError, match="40 characters"):
        directory.create("x" * 41, "5678")


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("123", "4 to 12 digits"),
        ("1234567890123", "4 to 12 digits"),
        ("", "digits"),
        ("12a4", "digits \\(0 to 9\\) only"),
        ("12 34", "digits \\(0 to 9\\) only"),
        ("١٢٣٤", "digits \\(0 to 9\\) only"),  # Arabic-Indic digits
    ],
)
def test_pin_rules(directory: ManagerDirectory, pin: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_pin(pin)
    with pytest.raises(ValueError, match=message):
        directory.create("Dana", pin)
    assert directory.names() == []


def test_rename_change_pin_remove(directory: ManagerDirectory, path: Path) -> None:
    directory.create("Dana", PIN)
    manager_id = directory.verify("Dana", PIN).manager_id
    directory.rename("dana", "Dana R.")
    assert directory.names() == ["Dana R."]
    assert directory.verify("Dana R.", PIN).manager_id == manager_id
    directory.change_pin("Dana R.", "9999")
    assert not directory.verify("Dana R.", PIN).ok
    assert directory.verify("Dana R.", "9999").ok
    directory.create("Alex", "1111")
    with pytest.raises(ValueError, match="already"):
        directory.rename("Alex", "dana r.")
    directory.remove("Dana R.")
    with pytest.raises(ValueError, match="no manager"):
        directory.remove("Dana R.")
    assert directory.names() == ["Alex"]
    assert ManagerDirectory(path, lambda: PEPPER).names() == ["Alex"]


def test_wrong_pins_slow_down(directory: ManagerDirectory, clock: Clock) -> None:
    directory.create("Dana", PIN)
    for _ in range(3):
        result = directory.verify("Dana", "0000")
        assert (result.ok, result.wait_seconds) == (False, 0)
    waits = []
    for _ in range(10):
        result = directory.verify("Dana", "0000")
        waits.append(result.wait_seconds)
        # During the wait even the right PIN is refused, and the refusal is not counted.
        refused = directory.verify("Dana", PIN)
        assert not refused.ok
        assert refused.wait_seconds == result.wait_seconds
        assert refused.message == (
            f"Too many wrong PINs. Try again in {_words(result.wait_seconds)}."
        )
        clock.t += result.wait_seconds
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert directory.verify("Dana", PIN).ok
    assert directory.verify("Dana", "0000").wait_seconds == 0  # the count started again


def _words(seconds: float) -> str:
    if seconds <= 60:
        return f"{int(seconds)} seconds"
    return f"{-(-int(seconds) // 60)} minutes"


def test_the_message_counts_down(directory: ManagerDirectory, clock: Clock) -> None:
    directory.create("Dana", PIN)
    for _ in range(4):
        directory.verify("Dana", "0000")
    clock.t += 0.5
    result = directory.verify("Dana", PIN)
    assert result.wait_seconds == pytest.approx(1.5)
    assert result.message == "Too many wrong PINs. Try again in 2 seconds."
    clock.t += 1.0
    assert directory.verify("Dana", PIN).message.endswith("in 1 second.")


def test_throttle_is_per_name(directory: ManagerDirectory) -> None:
    directory.create("Dana", PIN)
    directory.create("Alex", "1111")
    for _ in range(4):
        directory.verify("Dana", "0000")
    assert directory.verify("Alex", "1111").ok


def test_throttle_survives_a_restart(path: Path, directory: ManagerDirectory, clock: Clock) -> None:
    directory.create("Dana", PIN)
    for _ in range(4):
        directory.verify("Dana", "0000")
    clock.t += 1
    again = ManagerDirectory(path, lambda: PEPPER, now=clock)
    result = again.verify("Dana", PIN)
    assert not result.ok
    assert result.wait_seconds == 1
    clock.t += 1
    assert again.verify("Dana", "0000").wait_seconds == 4  # the count survived as well


def test_a_clock_set_back_cannot_stretch_the_wait(
    directory: ManagerDirectory, clock: Clock
) -> None:
    directory.create("Dana", PIN)
    for _ in range(4):
        directory.verify("Dana", "0000")
    clock.t -= 86_400
    assert directory.verify("Dana", PIN).wait_seconds == 300


def test_same_pin_gives_different_hashes(directory: ManagerDirectory, path: Path) -> None:
    directory.create("Dana", PIN)
    directory.create("Alex", PIN)
    records = json.loads(path.read_text(encoding="utf-8"))["managers"]
    assert records[0]["salt"] != records[1]["salt"]
    assert records[0]["hash"] != records[1]["hash"]
    assert len(base64.b64decode(records[0]["salt"])) == 16
    assert len(base64.b64decode(records[0]["hash"])) == 32
    assert records[0]["scrypt"] == {"n": 2**14, "r": 8, "p": 1}


def test_the_file_holds_no_pin_and_no_pepper(
    directory: ManagerDirectory, path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    directory.create("Dana", PIN)
    directory.verify("Dana", PIN)
    directory.verify("Dana", "000000000000")
    directory.change_pin("Dana", "777777777777")
    text = path.read_text(encoding="utf-8")
    for secret in (PIN, "777777777777", base64.b64encode(PEPPER).decode(), PEPPER.decode()):
        assert secret not in text
        assert secret not in caplog.text
    record = json.loads(text)["managers"][0]
    assert record["hash"] not in caplog.text
    assert "Wrong PIN for manager 'Dana'" in caplog.text


def test_pepper_lives_in_the_keyring_and_is_made_once(paths: AppPaths, path: Path) -> None:
    store = SecretStore()
    assert store.get(MANAGERS_PROFILE, "pin_pepper") is None
    pepper = pepper_from(store, MANAGERS_PROFILE)
    assert len(pepper) == 32
    assert base64.b64decode(store.get(MANAGERS_PROFILE, "pin_pepper") or "") == pepper
    assert pepper_from(store, MANAGERS_PROFILE) == pepper
    directory = ManagerDirectory(path, lambda: pepper_from(store, MANAGERS_PROFILE))
    directory.create("Dana", PIN)
    assert (
        ManagerDirectory(path, lambda: pepper_from(store, MANAGERS_PROFILE)).verify("Dana", PIN).ok
    )


def test_a_lost_pepper_is_told_apart_from_a_wrong_pin(
    directory: ManagerDirectory, path: Path
) -> None:
    directory.create("Dana", PIN)
    other = ManagerDirectory(path, lambda: b"q" * 32)
    with pytest.raises(ManagerStoreError, match="PIN protection key"):
        other.verify("Dana", PIN)
    other.remove("Dana")  # the way out: set the managers up again
    other.create("Dana", PIN)
    assert other.verify("Dana", PIN).ok


def test_a_damaged_file_is_not_silently_replaced(path: Path) -> None:
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(ManagerStoreError, match="cannot be read"):
        ManagerDirectory(path, lambda: PEPPER)
    assert path.read_text(encoding="utf-8") == "{oops"


pins = st.text(alphabet="0123456789", min_size=4, max_size=12)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pin=pins, data=st.data())
def test_verify_is_true_exactly_for_the_pin_set(pin: str, data: st.DataObject) -> None:
    attempt = data.draw(
        st.one_of(st.just(pin), pins, st.text(alphabet="0123456789a ", max_size=14)),
        label="attempt",
    )
    clock = Clock()

    def ticking() -> float:
        clock.t += 1000.0  # never throttled: this property is about the PIN alone
        return clock.t

    with tempfile.TemporaryDirectory() as folder:
        directory = ManagerDirectory(Path(folder) / MANAGERS_FILE, lambda: PEPPER, now=ticking)
        directory.create("Dana", pin)
        assert directory.verify("Dana", attempt).ok == (attempt == pin)
