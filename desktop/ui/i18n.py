"""The console's language: the one chosen in Settings, else the first of the system's
that Front Desk speaks, else English; its translations installed before the first widget
is made, and QLocale's default set to it, so dates, times and numbers follow.

Translations are Qt's: ``desktop/translations/frontdesk_<lang>.ts`` (``tools/i18n.py``
extracts and checks them), compiled to ``.qm``. A built console carries the ``.qm``
files; one run from source compiles them into its cache folder when they are missing or
older than their ``.ts`` (Qt's lrelease, from the PySide6 package).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from desktop import words
from desktop.paths import resource_path

if TYPE_CHECKING:
    from decimal import Decimal  # annotations only: decimal costs the first frame 1 ms

SYSTEM = "system"
LANGUAGES = {"en": "English", "es": "Español", "de": "Deutsch"}
"""What Front Desk speaks, each named in itself (a person finds their own language so)."""
SOURCE_LANGUAGE = "en"

log = logging.getLogger("desktop.ui.i18n")
_installed: list[QTranslator] = []


def choose_language(setting: object, system_languages: Sequence[str]) -> str:
    """The language to use: ``setting`` if it is one Front Desk speaks, else the first of
    the system's (``QLocale.system().uiLanguages()``, e.g. "de-CH") that it speaks, else
    English."""
    if isinstance(setting, str) and setting in LANGUAGES:
        return setting
    for name in system_languages:
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def install_language(setting: object, cache_dir: Path) -> str:
    """Install the chosen language's translations (ours, and Qt's own for the standard
    buttons and dialogs; English's are its plural forms) in the application, and route
    ``desktop.words.translate`` through them; answer the language."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application"
    language = choose_language(setting, QLocale.system().uiLanguages())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language, QLocale.system()))
    words.install_translator(QCoreApplication.translate)
    words.install_formats(clock_text, day_text, short_day_text, decimal_text, month_text)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files: list[tuple[str, Path | None]] = [(f"frontdesk_{language}", None)]
    if language != SOURCE_LANGUAGE:  # Qt's own text is English already
        files.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in files:
        path = folder / f"{name}.qm" if folder else compiled(language, cache_dir)
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s translation (%s): some text stays in English", name, path)
    return language


def clock_text(moment: time) -> str:
    """A time of day to the minute in the chosen language's locale."""
    from desktop.ui.widgets.format import time_format  # it imports the store: not at start

    return QLocale().toString(QTime(moment.hour, moment.minute), time_format())


SHORT_DAYS = {QLocale.Language.German: "ddd d. MMM"}
"""A day without its year, where the language writes it otherwise than "Fri 4 Dec"."""


def short_day_text(day: date) -> str:
    locale = QLocale()
    pattern = SHORT_DAYS.get(locale.language(), "ddd d MMM")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def decimal_text(value: float | Decimal, places: int) -> str:
    """``value`` with its thousands grouped, as the locale writes them (Python's own in the
    C locale, which groups none)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,.{places}f}"
    return locale.toString(float(value), "f", places)


def month_text(day: date, with_year: bool) -> str:
    pattern = "MMM yyyy" if with_year else "MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    from desktop.ui.widgets.format import local_date

    return local_date(day)


def locale_for(language: str, system: QLocale) -> QLocale:
    """The system's own locale when it speaks ``language`` (a manager in Zurich or Mexico
    City keeps the dates and numbers of home: de_CH, es_MX); else the language's main one."""
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def compiled(language: str, cache_dir: Path) -> Path | None:
    """Our ``.qm`` for ``language``: the built console's, or one compiled from the source
    ``.ts`` into ``cache_dir`` (again when the ``.ts`` is newer)."""
    bundled = resource_path("translations") / f"frontdesk_{language}.qm"
    if getattr(sys, "frozen", False) or bundled.exists():
        return bundled if bundled.exists() else None
    source = Path(__file__).resolve().parents[1] / "translations" / f"frontdesk_{language}.ts"
    target = cache_dir / "translations" / f"frontdesk_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    import subprocess  # only to compile: not at every start

    lrelease = _lrelease()
    if lrelease is None or not source.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(  # noqa: S603 (Qt's lrelease, our file)
        [lrelease, "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    if done.returncode != 0:
        log.warning("lrelease failed on %s: %s", source.name, done.stderr.decode(errors="replace"))
        return None
    return target


def _lrelease() -> str | None:
    import shutil

    beside = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")
