"""The console's colours: the light or dark scheme applied, and the colours of the states
the palette has no role for (late, absent, failed, sent, banners, tiles, charts).

Each ``Role`` holds a light and a dark value, each chosen so its text reads at 4.5:1 or
more (WCAG AA) on the background it is drawn on. Which one applies is read from the
application's palette (a dark window colour: dark), so whatever palette is in force is
honoured, the operating system's or ours. Light enough for the first frame: Qt's GUI
modules only.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Appearance = Literal["system", "light", "dark"]
APPEARANCES: tuple[Appearance, ...] = ("system", "light", "dark")
DARK_BELOW = 128  # a window colour this dark (HSL lightness, 0-255) means a dark scheme


@dataclass(frozen=True)
class Role:
    light: str
    dark: str


# Text on the palette's Base, AlternateBase and Window (rows, labels).
DANGER = Role("#b71c1c", "#ff8a80")  # absent, failed, refused, an alarm
WARNING = Role("#a84300", "#ffb74d")  # late, left early, needs attention
SUCCESS = Role("#1b5e20", "#81c784")  # sent, connected, verified
MUTED = Role("#595959", "#b3b3b3")  # hints, "sending…", what is not set
OVERTIME = Role("#6a1b9a", "#ce93d8")
# Status bar dots (a glyph beside the words that say the same).
DOT_OFFLINE = Role("#8a8a8a", "#8a8a8a")
DOT_UNKNOWN = Role("#a8a8a8", "#6e6e6e")
DOT_NOT_CONFIGURED = Role("#c8c8c8", "#5a5a5a")
# The Reports totals row: the palette's Text on this.
TOTAL_BACKGROUND = Role("#e8eef5", "#2f3a47")
# Report tiles.
TILE_BACKGROUND = Role("#f5f7fa", "#262c33")
TILE_BORDER = Role("#d5dce4", "#3d4753")
TILE_CAPTION = Role("#4f6874", "#a9bcc6")
TILE_VALUE = Role("#263238", "#eceff1")
TILE_DANGER = Role("#b71c1c", "#ff8a80")
TILE_WARNING = Role("#a84300", "#ffb74d")
TILE_OVERTIME = Role("#6a1b9a", "#ce93d8")


@dataclass(frozen=True)
class BannerRoles:
    background: Role
    text: Role
    border: Role


BANNERS = {
    "error": BannerRoles(
        Role("#fdecea", "#3d1a18"), Role("#611a15", "#ffd6d1"), Role("#f5c2c0", "#6b2a25")
    ),
    "warning": BannerRoles(
        Role("#fff4e5", "#3a2a10"), Role("#663c00", "#ffe2b8"), Role("#ffd8a8", "#6b4d1c")
    ),
    "info": BannerRoles(
        Role("#e8f4fd", "#132c42"), Role("#0d3c61", "#cde6fb"), Role("#b6dcfb", "#24527a")
    ),
}

# Chart bars, and the figures drawn at their ends (on the chart's background: Base).
CHART_HOURS = Role("#1565c0", "#64b5f6")
CHART_LATE = Role("#e65100", "#ffb74d")
CHART_LATE_PEOPLE = Role("#c62828", "#ef9a9a")
CHART_OVERTIME = Role("#6a1b9a", "#ce93d8")
CHART_LABEL = Role("#37474f", "#cfd8dc")

# A printed page (the handover and report PDFs) is white paper whatever the screen shows.
PRINT_PAPER = "#ffffff"
PRINT_HEADER = "#e8e8e8"
PRINT_MUTED = "#555555"

# The console's own palettes, for where the platform does not switch to the scheme
# asked for (Linux without a desktop theme, offscreen, Windows 10's style): Fusion's.
_R = QPalette.ColorRole
_LIGHT = {
    _R.Window: "#efefef", _R.WindowText: "#000000", _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7", _R.Text: "#000000", _R.Button: "#efefef",
    _R.ButtonText: "#000000", _R.BrightText: "#ffffff", _R.Highlight: "#1f6fb5",
    _R.HighlightedText: "#ffffff", _R.Link: "#0b57d0", _R.LinkVisited: "#7b1fa2",
    _R.PlaceholderText: "#6b6b6b", _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#000000",
    _R.Light: "#ffffff", _R.Midlight: "#cacaca", _R.Mid: "#b8b8b8", _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
}  # fmt: skip
_DARK = {
    _R.Window: "#2d2d2d", _R.WindowText: "#e6e6e6", _R.Base: "#1f1f1f",
    _R.AlternateBase: "#272727", _R.Text: "#e6e6e6", _R.Button: "#3a3a3a",
    _R.ButtonText: "#e6e6e6", _R.BrightText: "#ffffff", _R.Highlight: "#2f6db5",
    _R.HighlightedText: "#ffffff", _R.Link: "#8ab4f8", _R.LinkVisited: "#c58af9",
    _R.PlaceholderText: "#9a9a9a", _R.ToolTipBase: "#3a3a3a", _R.ToolTipText: "#e6e6e6",
    _R.Light: "#505050", _R.Midlight: "#444444", _R.Mid: "#3a3a3a", _R.Dark: "#1a1a1a",
    _R.Shadow: "#0f0f0f",
}  # fmt: skip
_DISABLED = {"light": "#8c8c8c", "dark": "#7f7f7f"}


def palette_of(dark: bool) -> QPalette:
    """The console's own light or dark palette."""
    palette = QPalette()
    for role, value in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(value))
    disabled = QColor(_DISABLED["dark" if dark else "light"])
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette in force (the application's unless given) is a dark one."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(_R.Window).lightness() < DARK_BELOW


def color(role: Role, palette: QPalette | None = None) -> QColor:
    """The role's colour in the scheme of ``palette`` (the application's unless given)."""
    return in_scheme(role, is_dark(palette))


def in_scheme(role: Role, dark: bool) -> QColor:
    return QColor(role.dark if dark else role.light)


def css(role: Role, palette: QPalette | None = None) -> str:
    """The role's colour for a style sheet or rich text (``#rrggbb``)."""
    return role.dark if is_dark(palette) else role.light


def palette_css(role: QPalette.ColorRole) -> str:
    return QGuiApplication.palette().color(role).name()


def appearance_of(value: object) -> Appearance:
    """A saved choice as one the console knows (anything else: follow the system)."""
    return value if value in APPEARANCES else "system"


class _Scheme(QObject):
    """Applies the chosen appearance, and tells when the palette in force changed."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice: Appearance = "system"
        self.own_style: str | None = None  # the style before ours replaced it
        self._applying = False
        # Qt 6 marks this signal obsolete in favour of the ApplicationPaletteChange event,
        # but that event reaches the application object only through a filter on every
        # event of the application, and shown widgets alone otherwise.
        app.paletteChanged.connect(self._palette_changed)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def apply(self, choice: Appearance) -> None:
        self.choice = choice
        hints = self.app.styleHints()
        self._applying = True
        try:
            if choice == "system":
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(
                    Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
                )
            if self.own_style is not None:
                self.app.setStyle(self.own_style)
                self.own_style = None
            self.app.setPalette(QPalette())  # the platform's, for the scheme asked
            wanted = self._wanted()
            if wanted is not None and is_dark(self.app.palette()) != wanted:
                # The platform did not switch (setColorScheme is a request): Fusion, which
                # draws every part from the palette, with ours.
                if self.app.style().name().lower() != "fusion":
                    self.own_style = self.app.style().name()
                    self.app.setStyle("Fusion")
                self.app.setPalette(palette_of(wanted))
        finally:
            self._applying = False
        if self.app.allWidgets():  # none yet at start: nothing was drawn in other colours
            self._refresh_soon()

    def _wanted(self) -> bool | None:
        """Dark (True), light (False), or whatever the platform gives (None)."""
        if self.choice != "system":
            return self.choice == "dark"
        scheme = self.app.styleHints().colorScheme()
        return None if scheme == Qt.ColorScheme.Unknown else scheme == Qt.ColorScheme.Dark

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if not self._applying:
            self.apply(self.choice)  # the system's scheme moved (or arrived late)

    def _palette_changed(self, _palette: QPalette) -> None:
        if not self._applying:  # the platform's own change (apply() says its own)
            self._refresh_soon()

    def _refresh_soon(self) -> None:
        """Once the widgets have the new palette (Qt hands it on from the event loop):
        those with a style sheet of their own keep the palette it was polished against
        (black words on a dark window) until it is set again; then ``changed``."""
        QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        for widget in self.app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        self.changed.emit()


_scheme: _Scheme | None = None


def scheme() -> _Scheme:
    """The one scheme keeper of this application (made on first use)."""
    global _scheme
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _scheme is None or _scheme.app is not app:
        _scheme = _Scheme(app)
    return _scheme


def apply_appearance(choice: object) -> None:
    """Light, dark or the system's scheme, now and (for the system's) as it changes."""
    scheme().apply(appearance_of(choice))


class _Restyler(QObject):
    """A widget's style sheet made again from the colours whenever the palette changes."""

    def __init__(self, widget: QWidget, make: Callable[[], str]) -> None:
        super().__init__(widget)
        self.setObjectName("themeRestyler")
        self.widget = weakref.ref(widget)
        self.make = make
        scheme().changed.connect(self.restyle)

    def restyle(self) -> None:
        widget = self.widget()
        if widget is not None:
            widget.setStyleSheet(self.make())


def keep_styled(widget: QWidget, make: Callable[[], str]) -> None:
    """Style ``widget`` with ``make()`` now and again after every change of scheme (the
    last ``make`` given wins)."""
    restyler = widget.findChild(
        _Restyler, "themeRestyler", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if restyler is None:
        restyler = _Restyler(widget, make)
    restyler.make = make
    restyler.restyle()


def text_color(widget: QWidget, role: Role | None, extra: str = "") -> None:
    """``widget``'s text in ``role``'s colour (None: the palette's), kept in step with the
    scheme; ``extra``: more style sheet declarations (``font-weight: 600;``)."""
    if role is None:
        keep_styled(widget, lambda: extra)
    else:
        keep_styled(widget, lambda: f"color: {css(role)}; {extra}".strip())
