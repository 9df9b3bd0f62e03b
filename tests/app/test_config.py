from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop.config import (
    WORKTAPS_URL,
    WORKTIME_URL,
    WORQ_URLS,
    ConnectionProfile,
    Settings,
    TeamSettings,
    load_settings,
    save_settings,
    settings_path,
)
from desktop.paths import AppPaths
from desktop.secrets import SECRET_KINDS, SecretStore

CANARY = "canary-key-7f3a9c1e5b2d4860"


def sample() -> Settings:
    main = ConnectionProfile(
        name="Main office",
        worq_environment="live",
        worq_partner_name="acme",
        worq_customer_code="C-001",
    )
    demo = ConnectionProfile(
        name="Sandbox",
        worktime_url="http://127.0.0.1:8765/worktime/v1",
        worktaps_url="http://localhost:8765/worktaps/api/v1",
        worq_url_override="http://127.0.0.1:8765/worq/api/v1",
    )
    settings = Settings(profiles={p.name: p for p in (main, demo)}, active_profile="Main office")
    settings.idle_lock_minutes = 10
    settings.refresh.live_attendance_seconds = 90
    settings.window_geometry = "AdnQywADAAA="
    settings.debug = True
    return settings


def test_defaults() -> None:
    settings = Settings()
    assert settings.profiles == {}
    assert settings.active_profile is None
    assert settings.active() is None
    assert settings.idle_lock_minutes == 5
    assert settings.window_geometry is None
    assert settings.debug is False
    assert settings.refresh.auto_refresh is True
    profile = ConnectionProfile(name="Main")
    assert profile.worktime_url == WORKTIME_URL == "https://api.worktime.one/v1"
    assert profile.worktaps_url == WORKTAPS_URL == "https://worktaps.com/api/v1"
    assert profile.worq_environment == "test"


def test_worq_url_follows_the_environment_unless_overridden() -> None:
    profile = ConnectionProfile(name="Main")
    assert profile.worq_url == WORQ_URLS["test"] == "https://employee-mss.heptagon.tech/api/v1"
    profile.worq_environment = "live"
    assert profile.worq_url == "https://employee-mss.worqhub.com/api/v1"
    profile.worq_url_override = "http://127.0.0.1:9000/worq/api/v1/"
    assert profile.worq_url == "http://127.0.0.1:9000/worq/api/v1"
    profile.worq_url_override = ""
    assert profile.worq_url == WORQ_URLS["live"]


def test_missing_file_gives_defaults_silently(paths: AppPaths) -> None:
    settings, warnings = load_settings(paths)
    assert settings == Settings()
    assert warnings == []


def test_round_trip(paths: AppPaths) -> None:
    settings = sample()
    save_settings(settings, paths)
    loaded, warnings = load_settings(paths)
    assert warnings == []
    assert loaded == settings
    assert loaded.active() == settings.profiles["Main office"]
    assert loaded.profiles["Sandbox"].worq_url == "http://127.0.0.1:8765/worq/api/v1"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b'{"idle_lock_minutes": "lots"}',
        b'{"profiles": {"A": {"name": "B"}}}',
        b"[1, 2, 3]",
    ],
)
def test_damaged_file_is_set_aside_and_defaults_used(paths: AppPaths, content: bytes) -> None:
    path = settings_path(paths)
    path.write_bytes(content)
    settings, warnings = load_settings(paths)
    assert settings == Settings()
    assert len(warnings) == 1
    aside = list(paths.config_dir.glob("settings.json.bad-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # nothing lost
    assert aside[0].name in warnings[0]
    assert not path.exists()
    assert "Traceback" not in warnings[0]


def test_second_damaged_file_does_not_overwrite_the_first(paths: AppPaths) -> None:
    for content in (b"{1", b"{2"):
        settings_path(paths).write_bytes(content)
        load_settings(paths)
    kept = sorted(p.read_bytes() for p in paths.config_dir.glob("settings.json.bad-*"))
    assert kept == [b"{1", b"{2"]


def test_unknown_keys_are_reported_and_dropped_on_save(paths: AppPaths) -> None:
    data = {
        "idle_lock_minutes": 7,
        "api_key": CANARY,
        "profiles": {"Main": {"name": "Main", "worktime_key": CANARY}},
        "active_profile": "Main",
    }
    settings_path(paths).write_text(json.dumps(data), encoding="utf-8")
    settings, warnings = load_settings(paths)
    assert settings.idle_lock_minutes == 7
    assert len(warnings) == 1
    assert "api_key" in warnings[0]
    assert "profiles.Main.worktime_key" in warnings[0]
    assert CANARY not in warnings[0]
    save_settings(settings, paths)
    assert CANARY not in settings_path(paths).read_text(encoding="utf-8")


def test_no_field_can_hold_a_key() -> None:
    settings = sample()
    with pytest.raises(ValueError, match="api_key"):
        settings.api_key = CANARY  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="worktime_key"):
        settings.profiles["Main office"].worktime_key = CANARY  # type: ignore[attr-defined]
    fields = set(Settings.model_fields) | set(ConnectionProfile.model_fields)
    assert not {f for f in fields if "key" in f or "token" in f or "secret" in f}


def test_saving_settings_after_storing_keys_leaves_no_key_anywhere(
    paths: AppPaths, frontdesk_home: Path
) -> None:
    settings = sample()
    store = SecretStore()
    for profile in settings.profiles:
        for kind in SECRET_KINDS:
            store.set(profile, kind, f"{CANARY}-{kind}")
    save_settings(settings, paths)
    load_settings(paths)
    text = settings_path(paths).read_text(encoding="utf-8")
    assert CANARY not in text
    for file in frontdesk_home.rglob("*"):
        if file.is_file():
            assert CANARY.encode() not in file.read_bytes(), file


def test_save_is_atomic(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(sample(), paths)
    before = settings_path(paths).read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    changed = sample()
    changed.idle_lock_minutes = 30
    with pytest.raises(OSError, match="No space"):
        save_settings(changed, paths)
    assert settings_path(paths).read_bytes() == before
    assert [p.name for p in paths.config_dir.iterdir()] == ["settings.json"]


def test_save_leaves_no_temporary_file(paths: AppPaths) -> None:
    save_settings(sample(), paths)
    save_settings(Settings(), paths)
    assert [p.name for p in paths.config_dir.iterdir()] == ["settings.json"]
    assert load_settings(paths) == (Settings(), [])


def test_save_refuses_inconsistent_settings(paths: AppPaths) -> None:
    settings = sample()
    settings.profiles["Renamed"] = settings.profiles.pop("Sandbox")
    with pytest.raises(ValidationError):
        save_settings(settings, paths)
    assert not settings_path(paths).exists()


@pytest.mark.parametrize(
    "url",
    ["http://worktaps.com/api/v1", "ftp://x", "api.worktime.one/v1", "", "https://"],
)
def test_addresses_must_be_https_except_to_this_computer(url: str) -> None:
    with pytest.raises(ValidationError, match="WorkTime One address"):
        ConnectionProfile(name="Main", worktime_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/v1", "http://[::1]:80/v1", "http://localhost/v1"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert ConnectionProfile(name="Main", worktime_url=url).worktime_url == url


@pytest.mark.parametrize("name", ["", "_managers", "a/b", "a#1", "x" * 65, "tab\there"])
def test_connection_names_are_checked(name: str) -> None:
    with pytest.raises(ValidationError):
        ConnectionProfile(name=name)


def test_active_profile_must_exist() -> None:
    settings = sample()
    with pytest.raises(ValidationError, match="no connection named"):
        settings.active_profile = "Nowhere"
    settings.active_profile = None
    assert settings.active() is None


def test_values_are_validated_on_assignment() -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.idle_lock_minutes = 0
    with pytest.raises(ValidationError):
        settings.window_geometry = "not base64!"
    with pytest.raises(ValidationError):
        settings.refresh.live_attendance_seconds = 1


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("postgresql://fd@127.0.0.1:5432/fd", "postgresql://fd@127.0.0.1:5432/fd"),
        ("postgresql://fd@localhost/fd", "postgresql://fd@localhost/fd"),
        ("postgresql://fd@[::1]:5432/fd", "postgresql://fd@[::1]:5432/fd"),
        ("postgresql://fd@%2Fvar%2Frun%2Fpostgresql/fd", "postgresql://fd@%2Fvar%2Frun%2Fpostgresql/fd"),
        # Off this computer: the certificate and the name checked, against the system's CAs
        ("postgresql://fd@db.example.com/fd",
         "postgresql://fd@db.example.com/fd?sslmode=verify-full&sslrootcert=system"),
        ("postgres://fd@10.0.0.5:6432/fd?sslmode=verify-full&sslrootcert=/etc/ca.pem",
         "postgres://fd@10.0.0.5:6432/fd?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"),
        ("postgresql://fd@localhost,db.example.com/fd",
         "postgresql://fd@localhost,db.example.com/fd?sslmode=verify-full&sslrootcert=system"),
    ],
)  # fmt: skip
def test_a_shared_store_off_this_computer_is_reached_over_checked_tls(
    typed: str, kept: str
) -> None:
    assert TeamSettings(url=typed, desk="North entrance").url == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("postgresql://fd:hunter2@db.example.com/fd", "type it in the password field"),
        ("postgresql://fd@db.example.com/fd?sslmode=require", "sslmode=require does not check"),
        ("postgresql://fd@db.example.com/fd?sslmode=prefer", "sslmode=prefer does not check"),
        ("postgresql://fd@db.example.com/fd?sslmode=disable", "sslmode=disable does not check"),
        ("postgresql://fd@db.example.com/fd?sslmode=verify-ca", "sslmode=verify-ca does not check"),
        ("postgresql://fd@db.example.com/fd?sslmode=sure", "not a mode PostgreSQL knows"),
        ("postgresql://db.example.com/fd", "Say who this desk signs in as"),
        ("postgresql://fd@db.example.com", "Say which database"),
        ("postgresql://fd@db.example.com:port/fd", "port is not a number"),
        ("mysql://fd@db.example.com/fd", "starts with postgresql://"),
    ],
)  # fmt: skip
def test_a_shared_store_address_that_would_leak_or_fail_is_refused_with_why(
    typed: str, said: str
) -> None:
    with pytest.raises(ValidationError, match=said):
        TeamSettings(url=typed, desk="North entrance")


def test_a_desk_needs_a_name_the_audit_log_can_show() -> None:
    for name in ("", "x" * 41, "North\nentrance"):
        with pytest.raises(ValidationError):
            TeamSettings(url="postgresql://fd@127.0.0.1/fd", desk=name)
    assert (
        TeamSettings(url="postgresql://fd@127.0.0.1/fd", desk=" Night desk ").desk == "Night desk"
    )


def test_the_team_is_remembered_without_its_password(paths: AppPaths) -> None:
    team = TeamSettings(url="postgresql://fd@db.example.com/fd", desk="Night desk", joined_by="Ana")
    save_settings(Settings(team=team), paths)
    loaded, warnings = load_settings(paths)
    assert warnings == []
    assert loaded.team == team
    assert loaded.team is not None
    assert loaded.team.url.endswith("?sslmode=verify-full&sslrootcert=system")
