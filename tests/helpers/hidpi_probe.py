"""The console as ``frontdesk --demo`` starts it, on a 200 % screen, looked over by a
person: the sign-in, every page, the main dialogs. Prints what it found as one line of
JSON (the screen's ``devicePixelRatio``, what was looked at, words cut, icons blurred).

Qt reads ``QT_SCALE_FACTOR`` when the application is made, so this runs in a process of
its own (``at_200_percent``): offscreen, on a 2560 × 1600 screen at 200 % (1280 × 800 to
lay out, as the console's window), over a scratch ``FRONTDESK_HOME``. By hand:

    python -m tests.helpers.hidpi_probe [SHOTS] [--font-scale 1.5] [--language de]

With ``SHOTS``, a folder: the Today board and the new-account form are saved there as
``hidpi-today.png`` and ``hidpi-account-form.png``; ``--every FOLDER``: a picture of
every page and dialog looked at. ``--font-scale``: a system font that
much larger. ``--language``: the console in that language (German's words are the
longest), installed before the first widget as ``frontdesk`` does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.helpers.clipped import blurry_icons, clipped_texts

SETTLE = 0.4  # a page's first layout and draw, in seconds
ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"name": "hidpi", "x": 0, "y": 0, "width": 2560, "height": 1600,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def at_200_percent(args: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """This probe run in a process of its own at 200 %, its files in ``folder``."""
    from desktop.paths import HOME_ENV

    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    env = os.environ | {
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        HOME_ENV: str(folder / "home"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "tests.helpers.hidpi_probe", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


class Findings:
    def __init__(self, every: Path | None = None) -> None:
        self.every = every  # a folder for a picture of everything looked at
        self.seen: list[str] = []
        self.clipped: list[str] = []
        self.blurry: list[str] = []

    async def look(self, what: str, widget: QWidget) -> None:
        await asyncio.sleep(SETTLE)
        widget.setObjectName(widget.objectName() or what)
        self.seen.append(what)
        if self.every is not None:
            widget.grab().save(str(self.every / f"{len(self.seen):02d} {what}.png"))
        self.clipped += clipped_texts(widget)
        self.blurry += blurry_icons(widget)


async def probe(shots: Path | None, every: Path | None = None) -> dict[str, object]:
    from desktop.app import parse_args
    from desktop.demo_managers import DEMO_PIN
    from desktop.startup import Startup
    from desktop.ui.selftest import sign_in, wait_for

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = Findings(every)
    with tempfile.TemporaryDirectory() as scratch:
        startup = Startup(parse_args(["--demo"]), Path(scratch))
        running = asyncio.ensure_future(startup.run())
        try:
            await wait_for(lambda: startup.console is not None or running.done(), "the console")
            console = startup.console
            assert console is not None, running.result()
            window = console.window
            window.setObjectName("main window")
            ratio = window.devicePixelRatio()
            await found.look("sign-in", window)
            sign_in(console, DEMO_PIN)
            await wait_for(lambda: not window.locked, "the console to unlock")
            rows = console.overview.rows.values()
            await wait_for(lambda: all(r.text().startswith("✔") for r in rows), "the services")
            live = console.today.page
            await wait_for(lambda: live.board is not None and live.board.people, "the board")

            for index in range(window.pages.count()):
                window.show_page(index)
                title = window.sidebar.item(index).text()
                await found.look(f"page {title}", window)
                if shots is not None and window.pages.currentWidget() is live:
                    window.grab().save(str(shots / "hidpi-today.png"))

            async def dialog(what: str, opened: QDialog | None, shot: str = "") -> None:
                assert opened is not None, f"{what} did not open"
                await found.look(what, opened)
                if shots is not None and shot:
                    opened.grab().save(str(shots / shot))
                opened.reject()

            await dialog(
                "a person's day", console.today.open_person(live.people.row(0).employee_id)
            )
            attendance = console.attendance
            window.show_page(window.pages.indexOf(attendance.page))
            await wait_for(lambda: attendance.page.model.rowCount() > 0, "the attendance rows")
            await dialog("correction", attendance.correct_rows(attendance.page.model.rows()[:1]))
            accounts = console.accounts
            window.show_page(window.pages.indexOf(accounts.page))
            await wait_for(lambda: accounts.cache.count("") > 50, "the accounts")
            await dialog("new account", accounts.new_account(), "hidpi-account-form.png")
            await dialog("new employee", console.directory.new_employee())
            await dialog("WorQ import", console.open_worq_import())
            await dialog("connection setup", console.open_setup())
            await dialog("settings", console.open_settings())
            await dialog("log", console.open_log())
            window.close()
            await running
        finally:
            if not running.done():
                if startup.console is not None:
                    startup.console.window.close()  # start-up's run ends with its window
                    await running
                else:
                    running.cancel()
            await startup.shutdown()
    return {
        "ratio": ratio,
        "seen": found.seen,
        "clipped": found.clipped,
        "blurry": found.blurry,
    }


def main() -> int:
    if "QT_SCALE_FACTOR" not in os.environ:  # by hand: the same run a test makes
        with tempfile.TemporaryDirectory() as folder:
            done = at_200_percent(sys.argv[1:], Path(folder))
        sys.stderr.write(done.stderr)
        sys.stdout.write(done.stdout)
        return done.returncode
    import qasync

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as frontdesk does: start-up shuts down first
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    parser = argparse.ArgumentParser()
    parser.add_argument("shots", nargs="?", type=Path, help="a folder for two screenshots")
    parser.add_argument("--font-scale", type=float, default=1.0, help="a larger system font")
    parser.add_argument("--language", default="en", help="en, es or de")
    parser.add_argument("--every", type=Path, default=None, help="a folder: a picture of each")
    args = parser.parse_args()
    from desktop.paths import app_paths
    from desktop.ui.i18n import install_language

    install_language(args.language, app_paths().cache_dir)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    shots = args.shots
    try:
        report = loop.run_until_complete(probe(shots, args.every))
    except Exception:  # start-up's hooks would send it to the log alone
        traceback.print_exc()
        return 1
    finally:
        loop.close()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
