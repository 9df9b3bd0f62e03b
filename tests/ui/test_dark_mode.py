"""Light and dark: every page drawn in both schemes, and each coloured state it shows (late,
absent, failed, sent, a banner, a report tile, the totals row, a chart, the sign-in hint)
read at 4.5:1 or more against what it is drawn on, from the colours the widgets and
models actually use; the Settings choice switches at once; no page writes a colour."""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import load_settings
from desktop.messages import Message
from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from desktop.ui import theme
from desktop.ui.reports.tiles import Tile
from tests.helpers.console import Harness
from tests.helpers.contrast import AA, ratio
from tests.helpers.waiting import until

ROOT = Path(__file__).resolve().parents[2]
R = QPalette.ColorRole


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    """Whatever a test chooses, the next one starts in the platform's own colours."""
    yield
    theme.apply_appearance("system")


State = tuple[str, QColor, QColor]  # where, the text's colour, what it is drawn on


def table_states(view: QAbstractItemView, rows: int = 300) -> list[State]:
    """Each coloured cell's contrast against the row it is drawn on: the model's own
    background, or the view's Base / AlternateBase."""
    model, palette = view.model(), view.palette()
    found: list[State] = []
    for row in range(min(rows, model.rowCount())):
        alternate = view.alternatingRowColors() and row % 2 == 1
        under = palette.color(R.AlternateBase if alternate else R.Base)
        for column in range(model.columnCount()):
            index = model.index(row, column)
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if fg is None and bg is None:
                continue
            fg = QColor(fg) if fg is not None else palette.color(R.Text)
            bg = QColor(bg) if bg is not None else under
            found.append((f"{type(view.parent()).__name__} row {row} col {column}", fg, bg))
    return found


def label_states(root: QWidget) -> list[State]:
    """Every label shown with words: its text colour as its (style-sheet resolved) palette
    holds it, against what is drawn under it on the screen (the colour most of its
    pixels have in a picture of ``root``: a banner's, a tile's, the window's). A disabled
    one is greyed on purpose (WCAG asks nothing of it)."""
    picture = root.grab().toImage()
    ratio_x = picture.width() / max(1, root.width())  # device pixels per logical one
    found: list[State] = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.isEnabled() or not label.text().strip():
            continue
        fg = label.palette().color(label.foregroundRole())
        found.append((f"{type(label).__name__} {label.text()[:30]!r}", fg, under(label, root,
                      picture, ratio_x)))  # fmt: skip
    return found


def under(label: QLabel, root: QWidget, picture: QImage, scale: float) -> QColor:
    corner = label.mapTo(root, QPoint(0, 0))
    counts: Counter[int] = Counter()
    for y in range(0, label.height(), 2):
        for x in range(0, label.width(), 3):
            px, py = int((corner.x() + x) * scale), int((corner.y() + y) * scale)
            if 0 <= px < picture.width() and 0 <= py < picture.height():
                counts[picture.pixel(px, py)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def chart_states(chart: QChart) -> list[State]:
    """The title, the axes' labels and the bars' figures against the chart's background."""
    bg, title = chart.backgroundBrush().color(), chart.title()[:20]
    found: list[State] = [(f"title {title}", chart.titleBrush().color(), bg)]
    found += [(f"axis of {title}", axis.labelsBrush().color(), bg) for axis in chart.axes()]
    for series in chart.series():
        for bars in series.barSets():  # type: ignore[attr-defined]
            found.append((f"figures of {bars.label()}", bars.labelColor(), bg))
    return found


def too_faint(states: list[State]) -> list[str]:
    """Each state under 4.5:1, with its colours."""
    return [
        f"{where}: {fg.name()} on {bg.name()} {ratio(fg, bg):.2f}"
        for where, fg, bg in states
        if ratio(fg, bg) < AA
    ]


def test_every_page_reads_in_light_and_in_dark(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer,
    scheme: None,
) -> None:  # fmt: skip
    sandbox.controls.reset(seed=1, live=True, now="2026-11-18T15:30:00Z")  # 10:30 in New York
    sandbox.controls.time(frozen=True)
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console, window = harness.console, harness.console.window
    window.resize(1200, 720)

    async def scenario() -> None:
        signin = console.signin
        signin.set_hint("Sample data: sign in with the PIN shown here.")
        for choice in ("light", "dark"):  # the sign-in screen, its hint and its refusal
            theme.apply_appearance(choice)
            assert theme.is_dark() == (choice == "dark")
            await asyncio.sleep(0.05)  # the widgets take the new palette from the event loop
            assert not window.grab().isNull()
            states = label_states(signin)
            assert any("Sample data" in where for where, _, _ in states)
            assert too_faint(states) == [], choice
        await harness.on_attendance(qtbot, sandbox)
        reports = console.reports
        window.show_page(window.pages.indexOf(reports.page))
        await until(lambda: reports.page.report is not None, within=60, what="the report")
        today = console.today.page
        await until(lambda: today.board is not None and today.board.people, what="the board")
        seen: set[str] = set()
        for choice in ("light", "dark"):
            theme.apply_appearance(choice)
            assert theme.is_dark() == (choice == "dark")
            await asyncio.sleep(0.05)
            checked: list[State] = []
            for index in range(window.pages.count()):
                window.show_page(index)
                page = window.pages.currentWidget()
                await asyncio.sleep(0.05)
                assert not window.grab().isNull()  # drawn, in this scheme
                for view in page.findChildren(QAbstractItemView):
                    if view.isVisibleTo(page) and view.model() is not None:
                        checked += table_states(view)
                checked += label_states(page)
                for chart_view in page.findChildren(QChartView):
                    checked += chart_states(chart_view.chart())
            for level in ("error", "warning", "info"):
                window.show_message(Message(level, f"A {level} for the banner."))  # type: ignore[arg-type]
                banner = window.banner
                shown = banner.grab().toImage().pixelColor(2, 2)  # what the eye gets
                assert shown == banner.palette().color(R.Window), level
                checked += label_states(banner)
            window.banner.clear()
            checked += label_states(window.statusBar())
            assert too_faint(checked) == [], choice
            seen |= {color.name() for _, fg, bg in checked for color in (fg, bg)}
        # The coloured states were there to be read, in both schemes.
        for role in (theme.DANGER, theme.WARNING, theme.SUCCESS, theme.TOTAL_BACKGROUND,
                     theme.TILE_BACKGROUND, theme.TILE_DANGER, theme.TILE_WARNING,
                     *(b.background for b in theme.BANNERS.values())):  # fmt: skip
            assert {role.light, role.dark} <= seen, role
        tiles = reports.page.findChildren(Tile)
        assert len(tiles) == 6
        assert all(t.value.text() not in ("", "–") for t in tiles)
        charts = [v.chart() for v in reports.page.findChildren(QChartView)]
        assert len(charts) == 4
        assert charts[0].backgroundBrush().color() == QApplication.palette().color(R.Base)
        await harness.close()

    qloop.run_until_complete(scenario())


def test_choosing_dark_in_settings_darkens_the_console_at_once(
    qtbot: QtBot, paths: AppPaths, scheme: None
) -> None:
    harness = Harness(paths, qtbot)
    harness.sign_in(qtbot)
    window = harness.console.window

    def window_is_dark() -> bool:
        return window.palette().color(R.Window).lightness() < 128

    for choice, title, dark in (("dark", "Dark", True), ("light", "Light", False)):
        dialog = harness.console.open_settings()
        assert dialog is not None
        qtbot.keyClicks(dialog.appearance, title[0])  # the choice by its first letter
        assert dialog.appearance.currentText() == title
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: window_is_dark() is dark)  # noqa: B023  (waited for here)
        on_disk = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        assert on_disk["appearance"] == choice
        assert harness.console.parts.settings.appearance == choice


def test_an_appearance_from_elsewhere_is_a_warning_and_the_system_scheme(
    paths: AppPaths,
) -> None:
    paths.settings_file.write_text(
        json.dumps({"appearance": "purple", "idle_lock_minutes": 7}), encoding="utf-8"
    )
    settings, warnings = load_settings(paths)
    assert settings.appearance == "system"
    assert settings.idle_lock_minutes == 7  # the rest of the file is kept
    assert len(warnings) == 1
    assert "'purple'" in warnings[0]
    assert paths.settings_file.exists()  # not set aside as damaged
    assert theme.appearance_of("purple") == "system"  # what the first frame applies


# A colour written out: #rgb to #rrggbbaa, rgb(), a QColor of a name, Qt's named colours,
# or a colour by name in a style sheet or rich text. (Transparent, what an icon is drawn on,
# is no colour.)
COLOUR = re.compile(
    r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3}(?:[0-9a-fA-F]{2})?)?\b(?!\))|\brgba?\(|hsla?\("
    r"|QColor\(\s*(?:['\"\d]|Qt\.)|Qt\.GlobalColor\.(?!transparent\b)"
    r"|\bcolor\s*:\s*[a-z]+\s*[;\"'}]",
    re.IGNORECASE,
)
# Quoted, not used: a docstring showing a hostile name the label keeps as plain text.
QUOTED = {"desktop/ui/widgets/plain.py": 'a WorkTaps first name of ``<span style="color:red">'}


def test_no_page_writes_a_colour_of_its_own() -> None:
    """Colours come from the palette or ``desktop/ui/theme.py``, nowhere else under ui/."""
    found = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "desktop/ui/theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR.search(line) and QUOTED.get(name, "\0") not in line:
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []
