"""The public surface of desktop.api is what __all__ says, and holds what DESIGN.md promises."""

from __future__ import annotations

import inspect

import desktop.api as api
from desktop.api import errors

PROMISED = {
    "WorkTimeClient",
    "WorkTapsClient",
    "WorqClient",
    "ApiError",
    "AuthError",
    "PermissionDenied",
    "NotFound",
    "ValidationError",
    "RateLimited",
    "ServerError",
    "NetworkError",
    "ProtocolError",
    "Page",
    "RateLimit",
    "AccountInput",
    "LocationInput",
}


def test_all_lists_exactly_the_public_names() -> None:
    for name in api.__all__:  # loaded on first use (desktop.lazy): all of them, now
        getattr(api, name)
    members = {
        name
        for name, value in vars(api).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert set(api.__all__) == members
    assert len(api.__all__) == len(set(api.__all__))


def test_the_names_other_code_relies_on_are_there() -> None:
    assert set(api.__all__) >= PROMISED


def test_every_exported_name_says_it_belongs_here() -> None:
    for name in api.__all__:
        assert getattr(api, name).__module__.startswith("desktop.api"), name


def test_every_error_is_an_api_error() -> None:
    for name in errors.__all__:
        value = getattr(errors, name)
        if inspect.isclass(value) and issubclass(value, Exception):
            assert issubclass(value, api.ApiError), name
