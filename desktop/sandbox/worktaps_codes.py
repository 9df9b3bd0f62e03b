"""WorkTaps' error codes, exactly as the vendor's table words them."""

from __future__ import annotations

MESSAGES: dict[int, str] = {
    40000: "Unauthorized request",
    40001: "Location id [id] not found",
    40002: "Department id [id] not found",
    40003: "Account id [id] not found",
    40004: "First Name is required",
    40005: "Last Name is required",
    40006: "Email is required",
    40007: "Phone is required",
    40008: "Locations is required",
    40009: "Department is required",
    40010: "Role is required",
    40011: "Timezone is required",
    40012: "Term date is required",
    40013: "Meta fields are required",
    40014: "Meta field Job Title is required",
    40015: "Meta field Start Date is required",
    40017: "Email is invalid",
    40018: "Phone is invalid",
    40019: "Locations must be an array with at least one location",
    40020: "Role must EMPLOYEE, MANAGER, OWNER",
    40021: "Start Date is invalid",
    40022: "Start Date cannot be in the future",
    40023: "Timezone is invalid",
    40025: "State is invalid",
    40026: "Postal is invalid",
    40027: "Term Date is invalid",
    40028: "Term Date cannot be in the future",
    40029: "Email already exists",
    40030: "Phone already exists",
    40031: "Forbiden role - account is a manager on currently opened jobs: [Jobs]",
    50001: "Error while creating account",
    50002: "Error while deleting account",
    50003: "Error while updating account",
    50004: "Error while updating location",
    50005: "Error while updating location",
}


def message(code: int, **fill: str) -> str:
    """The vendor's message with its ``[id]`` / ``[Jobs]`` placeholder filled in."""
    text = MESSAGES.get(code, "Internal server error")
    for name, value in fill.items():
        text = text.replace(f"[{name}]", value)
    return text


def server_error_code(method: str, path: str) -> int:
    """The 5xxxx code a failing write on ``path`` answers (path relative to /api/v1)."""
    if path.startswith("/account"):
        return {"POST": 50001, "DELETE": 50002}.get(method, 50003)
    if path.startswith("/locations"):
        return 50005 if method == "POST" else 50004
    return 50003
