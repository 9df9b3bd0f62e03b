"""The settings schema, and reading and writing ``settings.json`` in the config folder.

Only what is not secret lives here: addresses, names, codes, preferences, window state.
Keys live in the OS keyring (``desktop.secrets``); the schema has no field that could hold one,
and assigning an undeclared field raises.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import unicodedata
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from desktop.api import check_base_url
from desktop.api.errors import SERVICE_NAMES, Service
from desktop.files import atomic_write_text, set_aside
from desktop.paths import AppPaths
from desktop.words import translate

WorqEnvironment = Literal["test", "live"]
Appearance = Literal["system", "light", "dark"]
APPEARANCES: tuple[Appearance, ...] = ("system", "light", "dark")

WORKTIME_URL = "https://api.worktime.one/v1"
WORKTAPS_URL = "https://worktaps.com/api/v1"
WORQ_URLS: dict[WorqEnvironment, str] = {
    "test": "https://employee-mss.heptagon.tech/api/v1",
    "live": "https://employee-mss.worqhub.com/api/v1",
}

_URL_FIELDS: dict[str, Service] = {
    "worktime_url": "worktime",
    "worktaps_url": "worktaps",
    "worq_url_override": "worq",
}


def _check_url(service: Service, value: str) -> str:
    """HTTPS anywhere, plain HTTP only to this computer: the clients' own rule, checked early."""
    check_base_url(service, value)
    return value


class _Model(BaseModel):
    # Unknown keys in the file are dropped (and reported by load_settings); assigning an
    # undeclared attribute raises; every assignment is validated.
    model_config = ConfigDict(extra="ignore", validate_assignment=True, str_strip_whitespace=True)


class ConnectionProfile(_Model):
    """One set of service addresses. Its keys are in the keyring under the profile's name."""

    name: str
    worktime_url: str = WORKTIME_URL
    worktaps_url: str = WORKTAPS_URL
    worq_environment: WorqEnvironment = "test"
    worq_url_override: str | None = None
    """Replaces the environment's address (the sandbox); None uses ``WORQ_URLS``."""
    worq_partner_name: str = ""
    worq_customer_code: str = ""
    refused_writes: dict[str, str] = {}
    """Service -> the vendor's words when it refused a write with a 403 (a read-only key);
    writes stay off for it until the key is entered again."""
    webhooks_on: bool = False
    """Take WorkTime One's webhooks (its signing secret is in the keyring)."""
    webhook_host: str = "127.0.0.1"
    """The address the receiver listens on (0.0.0.0: every interface, behind a proxy)."""
    webhook_port: int = Field(default=8765, ge=0, le=65535)
    """Its port (0: any free one, the demo's)."""
    sandbox_url: str | None = None
    """The built-in sandbox's controls, when this connection is the sandbox: webhooks are
    registered there and a test event is asked of it."""

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not 1 <= len(value) <= 64:
            raise ValueError(
                translate("Settings", "A connection name must be 1 to 64 characters long.")
            )
        if value.startswith("_") or any(ch in value for ch in "/#"):
            raise ValueError(
                translate("Settings", "A connection name cannot start with _ or contain / or #.")
            )
        if any(unicodedata.category(ch).startswith("C") for ch in value):
            raise ValueError(
                translate("Settings", "A connection name cannot contain control characters.")
            )
        return value

    @field_validator("webhook_host")
    @classmethod
    def _host(cls, value: str) -> str:
        value = value.strip()
        if value != "localhost":
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise ValueError(
                    translate(
                        "Settings",
                        "Listen on an address of this computer: 127.0.0.1 (this computer only, "
                        "behind a reverse proxy) or 0.0.0.0 (every network it is on).",
                    )
                ) from None
        return value

    @field_validator("worktime_url", "worktaps_url", "worq_url_override")
    @classmethod
    def _url(cls, value: str | None, info: ValidationInfo) -> str | None:
        service = _URL_FIELDS[str(info.field_name)]
        if not value:
            if info.field_name == "worq_url_override":
                return None
            raise ValueError(
                translate("Settings", "The {service} address is empty.").format(
                    service=SERVICE_NAMES[service]
                )
            )
        return _check_url(service, value.rstrip("/"))

    @property
    def worq_url(self) -> str:
        return self.worq_url_override or WORQ_URLS[self.worq_environment]


class RefreshPreferences(_Model):
    """How often the console refreshes; the request budget may stretch these, never shrink them."""

    auto_refresh: bool = True
    live_attendance_seconds: int = Field(default=60, ge=15, le=3600)
    full_sync_minutes: int = Field(default=60, ge=5, le=24 * 60)


TEAM_SCHEMES = ("postgresql://", "postgres://")
STRONG_TLS = ("verify-full",)
WEAK_TLS = ("disable", "allow", "prefer", "require", "verify-ca")


def is_loopback(host: str) -> bool:
    """``host`` is this computer: a loopback name or address, or a Unix socket folder."""
    host = unquote(host).strip("[]")
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_of(place: str) -> str:
    """The host of one ``host:port`` of an address (``[::1]:5432`` too)."""
    if place.startswith("["):
        return place[1 : place.find("]")]
    return place.rsplit(":", 1)[0]


def shared_store_url(value: str) -> str:
    """A team's PostgreSQL address as this desk uses it: ``postgresql://user@host:port/db``.

    No password in it (the password field puts it in the keyring). Off this computer the
    connection is TLS with the server's certificate and name checked (``sslmode=
    verify-full``, against the system's certificate authorities unless the address names
    its own ``sslrootcert``): added when the address says nothing, refused when it asks
    for less."""
    value = value.strip()
    if not value.startswith(TEAM_SCHEMES):
        raise ValueError(
            translate(
                "Settings",
                "A shared store's address starts with postgresql:// (for example "
                "postgresql://frontdesk@db.example.com:5432/frontdesk).",
            )
        )
    parts = urlsplit(value)
    hosts = [_host_of(place) for place in parts.netloc.rpartition("@")[2].split(",")]
    try:
        parts.port  # noqa: B018  (a port that is not a number raises here)
    except ValueError:
        raise ValueError(
            translate("Settings", "The shared store's port is not a number.")
        ) from None
    if parts.password is not None:
        raise ValueError(
            translate(
                "Settings",
                "Leave the password out of the address and type it in the password field: it is "
                "kept in this computer's keyring, never in a file.",
            )
        )
    if not parts.username:
        raise ValueError(
            translate("Settings", "Say who this desk signs in as: postgresql://USER@host/database.")
        )
    if not parts.path.strip("/"):
        raise ValueError(
            translate("Settings", "Say which database: postgresql://user@host/DATABASE.")
        )
    query = parse_qs(parts.query, keep_blank_values=True)
    if all(is_loopback(host) for host in hosts):
        return value
    mode = (query.get("sslmode") or [""])[-1]
    if mode in WEAK_TLS:
        raise ValueError(
            translate(
                "Settings",
                "sslmode={mode} does not check the server's certificate. Off this computer the "
                "shared store needs sslmode=verify-full, so nobody between the desks and the "
                "database can read or change what they send.",
            ).format(mode=mode)
        )
    if mode and mode not in STRONG_TLS:
        raise ValueError(
            translate("Settings", "sslmode={mode} is not a mode PostgreSQL knows.").format(
                mode=mode
            )
        )
    if not mode:
        query["sslmode"] = ["verify-full"]
    if "sslrootcert" not in query:
        query["sslrootcert"] = ["system"]  # the operating system's certificate authorities
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))


class TeamSettings(_Model):
    """This desk's place in a team: the shared store it works on (its password in the
    keyring under ``TEAM_SECRETS``) and the name its audit rows and entries carry."""

    url: str
    desk: str
    joined_by: str = ""
    """The manager who joined this desk to the team (named in the handover's audit row)."""

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return shared_store_url(value)

    @field_validator("desk")
    @classmethod
    def _desk(cls, value: str) -> str:
        if not 1 <= len(value) <= 40:
            raise ValueError(
                translate(
                    "Settings",
                    "Name this desk in 1 to 40 characters (for example: North entrance).",
                )
            )
        if any(unicodedata.category(ch).startswith("C") for ch in value):
            raise ValueError(
                translate("Settings", "A desk's name cannot contain control characters.")
            )
        return value


TEAM_SECRETS = "_team"  # the keyring's profile for the shared store's password


class Settings(_Model):
    """Everything Front Desk remembers between runs that is not a secret."""

    version: int = 1
    profiles: dict[str, ConnectionProfile] = Field(default_factory=dict)
    active_profile: str | None = None
    idle_lock_minutes: int = Field(default=5, ge=1, le=240)
    refresh: RefreshPreferences = Field(default_factory=RefreshPreferences)
    window_geometry: str | None = None
    """Qt's saveGeometry() bytes, base64."""
    debug: bool = False
    language: str = Field(default="system", max_length=16)
    """"system" (the system's language, if Front Desk speaks it) or a language code
    (desktop.ui.i18n.LANGUAGES); one this version does not speak falls back to "system"."""
    appearance: Appearance = "system"
    """Light, dark, or the operating system's colour scheme (followed as it changes)."""
    team: TeamSettings | None = None
    """The shared store this desk works on with others; None: a desk on its own."""

    @field_validator("window_geometry")
    @classmethod
    def _geometry(cls, value: str | None) -> str | None:
        if value:
            try:
                base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError) as exc:
                raise ValueError("The window geometry is not base64.") from exc
        return value or None

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        for key, profile in self.profiles.items():
            if key != profile.name:
                raise ValueError(f"The connection {profile.name!r} is filed under {key!r}.")
        if self.active_profile is not None and self.active_profile not in self.profiles:
            raise ValueError(f"There is no connection named {self.active_profile!r}.")
        return self

    def active(self) -> ConnectionProfile | None:
        return self.profiles.get(self.active_profile) if self.active_profile else None


def settings_path(paths: AppPaths) -> Path:
    return paths.settings_file


def load_settings(paths: AppPaths) -> tuple[Settings, list[str]]:
    """The saved settings, or the defaults; never raises for a bad file.

    The list holds warnings in plain words for the manager: a damaged file is renamed to
    ``settings.json.bad-<UTC timestamp>`` (nothing is lost) and the defaults are used."""
    path = settings_path(paths)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [
            translate(
                "Settings",
                "Front Desk could not read its settings file ({why}) "
                "and is using the default settings for now.",
            ).format(why=exc.strerror or exc)
        ]
    try:
        data = json.loads(raw.decode("utf-8"))
        warnings = _drop_unknown_appearance(data)
        settings = Settings.model_validate(data)
    except ValueError as exc:  # bad UTF-8, bad JSON, or a ValidationError
        return Settings(), [_set_aside(path, _reason(exc))]
    return settings, warnings + _unknown_keys(data)


def save_settings(settings: Settings, paths: AppPaths) -> None:
    """Validate, then write atomically (temp file + os.replace). OSError propagates."""
    checked = Settings.model_validate(settings.model_dump())
    atomic_write_text(settings_path(paths), checked.model_dump_json(indent=2) + "\n")


def _reason(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        return f"{where}: {first['msg']}"
    if isinstance(exc, json.JSONDecodeError):
        return translate("Settings", "it is not valid JSON (line {line})").format(line=exc.lineno)
    return translate("Settings", "it is not readable text")


def _set_aside(path: Path, reason: str) -> str:
    try:
        target = set_aside(path, "bad")
    except OSError as exc:
        return translate(
            "Settings",
            "The settings file is damaged ({reason}) and could not be set aside "
            "({why}). Front Desk is using the default settings.",
        ).format(reason=reason, why=exc.strerror or exc)
    return translate(
        "Settings",
        "The settings file was damaged ({reason}), so Front Desk set it aside as "
        "{aside} and started with the default settings. Keys in the system "
        "keyring are not affected.",
    ).format(reason=reason, aside=target.name)


def _drop_unknown_appearance(data: Any) -> list[str]:
    """An appearance this version does not know (a later one's, a typo) is a preference,
    not damage: the file is kept and the console follows the system's colours."""
    if not isinstance(data, dict) or data.get("appearance", "system") in APPEARANCES:
        return []
    value = data.pop("appearance")
    return [
        translate(
            "Settings",
            "The appearance {value} in the settings file is not one Front Desk knows, so it "
            "follows the system's colours. Choose Light or Dark under Console › Settings.",
        ).format(value=repr(value))
    ]


def _unknown_keys(data: Any) -> list[str]:
    if not isinstance(data, dict):
        return []
    unknown = [key for key in data if key not in Settings.model_fields]
    for name, profile in (data.get("profiles") or {}).items():
        if isinstance(profile, dict):
            fields = ConnectionProfile.model_fields
            unknown += [f"profiles.{name}.{key}" for key in profile if key not in fields]
    if not unknown:
        return []
    return [
        translate(
            "Settings",
            "These settings are not known to this version and will be dropped on the next "
            "save: {keys}.",
        ).format(keys=", ".join(sorted(unknown)))
    ]
