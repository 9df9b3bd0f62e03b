"""Every page and the main dialogs render cleanly at 200 %: no word cut, no icon
enlarged from a smaller picture; and still with a system font half as large again
(sizes follow the font, not fixed pixels).

Qt reads ``QT_SCALE_FACTOR`` when the application is made, so the console runs in a
process of its own (``tests/helpers/hidpi_probe.py``) on an offscreen 2560 × 1600 screen
at 200 %: 1280 × 800 to lay out, each pixel of the layout two of the screen's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.connections.setup import secret_field
from desktop.ui.widgets.eye_icon import eye_icon
from desktop.ui.widgets.icons import app_icon
from tests.helpers.clipped import blurry_icons, clipped_texts, icon_is_sharp
from tests.helpers.hidpi_probe import at_200_percent

LOOKED_AT = [
    "sign-in", "page Today", "page Locks", "page Attendance", "page Reports",
    "page Directory", "page Accounts", "page Departments and locations", "page Outbox",
    "page Audit log", "page Connections", "a person's day", "correction", "new account",
    "new employee", "WorQ import", "connection setup", "settings", "log",
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("font_scale", "language"), [("1", "en"), ("1.5", "en"), ("1", "de"), ("1", "es")]
)
def test_every_page_at_200_percent(tmp_path: Path, font_scale: str, language: str) -> None:
    done = at_200_percent(["--font-scale", font_scale, "--language", language], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["ratio"] == 2.0  # at 1x this test would prove nothing
    if language == "en":
        assert report["seen"] == LOOKED_AT
    else:  # the same pages and dialogs, by their names in that language
        assert len(report["seen"]) == len(LOOKED_AT)
        assert report["seen"][1] != LOOKED_AT[1], f"the pages are not in {language}"
    assert report["clipped"] == []
    assert report["blurry"] == []


def test_the_icons_have_pictures_for_200_percent(qapp: QApplication) -> None:
    for side in (16, 24, 32, 48, 64):
        for ratio in (1.0, 1.5, 2.0):
            assert icon_is_sharp(app_icon(), QSize(side, side), ratio), (side, ratio)
    for side in (16, 20):
        for ratio in (1.0, 1.25, 1.5, 2.0):
            assert icon_is_sharp(eye_icon(), QSize(side, side), ratio), (side, ratio)
    one = QPixmap(16, 16)
    one.fill(QColor("gray"))
    assert not icon_is_sharp(QIcon(one), QSize(16, 16), 2.0)  # the check can fail


def test_the_checks_find_cut_words_and_a_blank_button(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    cut = QLabel("Words that cannot fit in forty pixels")
    cut.setFixedWidth(40)
    narrow = QLineEdit()
    narrow.setPlaceholderText("A placeholder far too long for its field")
    narrow.setFixedWidth(60)
    key = secret_field(stored=True)
    layout.addWidget(cut)
    layout.addWidget(narrow)
    layout.addWidget(key)
    window.resize(600, 200)  # room for the key's placeholder
    window.show()
    qtbot.waitExposed(window)
    found = clipped_texts(window)
    assert len(found) == 2, found
    assert "Words that cannot fit" in found[0]
    assert "A placeholder far too long" in found[1]
    assert blurry_icons(window) == []  # the key's eye, drawn for every size
    bare = QLineEdit()
    bare.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition).setText("Show")
    layout.addWidget(bare)
    qtbot.waitUntil(bare.isVisible)
    assert any("neither words nor icon" in line for line in clipped_texts(window))
