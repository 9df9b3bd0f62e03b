"""A key pasted into the setup dialog is never cut short by the field: the longest kept
goes in whole, and a longer one is refused with words the manager sees."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.config import ConnectionProfile
from desktop.secrets import MAX_SECRET_LENGTH, SecretStore
from desktop.services.connections import CheckResult, Keys
from desktop.services.status import Service
from desktop.ui.connections.setup import ConnectionSetupDialog, secret_field


async def never_checked(_profile: ConnectionProfile, _keys: Keys) -> dict[Service, CheckResult]:
    raise AssertionError("not tested here")


def keep_in_keyring(profile: ConnectionProfile, keys: Keys) -> None:
    assert keys.worktime is not None
    SecretStore().set(profile.name, "worktime_key", keys.worktime)


def make_dialog(qtbot: QtBot) -> ConnectionSetupDialog:
    dialog = ConnectionSetupDialog(None, Keys(), check=never_checked, save=keep_in_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_secret_field_takes_more_than_is_kept(qtbot: QtBot) -> None:
    field = secret_field(False)
    qtbot.addWidget(field)
    assert field.maxLength() > MAX_SECRET_LENGTH  # the store refuses, in words; never cut


def test_the_longest_key_is_saved_whole(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.worktime_key.setText("k" * MAX_SECRET_LENGTH)
    dialog.try_save()
    assert dialog.error.text() == ""
    assert SecretStore().get("Main", "worktime_key") == "k" * MAX_SECRET_LENGTH


def test_a_longer_key_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.worktime_key.setText("k" * (MAX_SECRET_LENGTH + 1))
    dialog.try_save()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The WorkTime One key is 4,097 characters long; Front Desk keeps at most 4,096. "
        "Check that only the key or password was pasted."
    )
    assert SecretStore().get("Main", "worktime_key") is None
