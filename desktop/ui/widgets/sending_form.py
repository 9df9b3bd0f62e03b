"""What the account, location and employee forms share: fields with their own error
lines, and a Save that checks, sends, and waits.

Save hands the form's values to its ``submit`` (the console's checks, then the
outbox): refusals come back at once and are shown on their fields; ``None`` means
the write went out, and the form waits, Save disabled so a second click cannot
queue a second write, until ``server_answered`` brings the service's verdict.

While a person types, an error goes the moment its field passes the form's
``check`` (the same rules Save runs), and its line keeps its room until the next
Save, so nothing below it jumps under the cursor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.plain import PlainLabel

Check = Callable[[], dict[str, str]]
"""The form's values as they stand -> field -> what is wrong (sends nothing)."""


def error_line(name: str) -> QLabel:
    """A field's error line: red, wrapped, hidden until there is something to say."""
    error = PlainLabel()
    error.setObjectName(f"error_{name}")
    theme.text_color(error, theme.DANGER)
    error.setWordWrap(True)
    error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    error.hide()
    return error


def hint_line() -> QLabel:
    """A grey line under a field that says what will be sent; it always holds one line's
    room, so the form does not jump as the hint comes and goes while typing."""
    hint = PlainLabel()
    theme.text_color(hint, theme.MUTED)
    hint.setMinimumHeight(hint.fontMetrics().lineSpacing())
    return hint


def on_change(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` whenever a person changes what ``widget`` holds."""
    for part in [widget, *widget.findChildren(QWidget)]:
        if isinstance(part, QLineEdit):
            part.textChanged.connect(lambda *_: then())
        elif isinstance(part, QComboBox):
            part.currentTextChanged.connect(lambda *_: then())
        elif isinstance(part, QListWidget):
            part.itemChanged.connect(lambda *_: then())


def _keep_room(label: QLabel, keep: bool) -> None:
    """Whether a hidden ``label`` keeps the room it takes when shown."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(keep)
    label.setSizePolicy(policy)


class SendingForm(QDialog):
    saved = Signal()  # the service accepted the write
    service = ""  # as a manager knows it: "Sending to WorkTaps…" (empty: "Sending…")
    save_button: QPushButton
    general: QLabel  # what belongs to no one field
    scroller: QScrollArea | None = None  # set by a form long enough to scroll

    def __init__(self, parent: QWidget | None = None, *, check: Check | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.fields: dict[str, QWidget] = {}  # the widget each field's focus goes to
        self.errors: dict[str, QLabel] = {}
        self._described: dict[str, str] = {}  # each field's description while it is right
        self.general = PlainLabel()
        self.general.setWordWrap(True)
        theme.text_color(self.general, theme.DANGER)
        self._summary_shown = False  # whether ``general`` holds the "Fix the…" count

    def submit_values(self) -> dict[str, str] | None:
        """Hand the values to ``submit``: refusals by field, or None once sent."""
        raise NotImplementedError

    # -- the fields ---------------------------------------------------------------------

    def field_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        shown: QWidget,
        *under: QWidget,
        focus: QWidget | None = None,
        required: bool = False,
    ) -> None:
        """``shown``, what is ``under`` it, and its error line right below, in one cell (so
        the error sits against its own field, not half way to the next). ``focus`` is the
        part a refusal focuses (``shown`` itself unless it is a box of several)."""
        field = self.fields[name] = focus or shown
        # The row's label is the cell's, not the field's sibling: a screen reader would
        # not find it as the field's buddy, so the field is named after it outright.
        if not field.accessibleName():
            field.setAccessibleName(label)
        self._described[name] = (
            QCoreApplication.translate("SendingForm", "Required") if required else ""
        )
        field.setAccessibleDescription(self._described[name])
        error = self.errors[name] = error_line(name)
        on_change(shown, lambda: self._field_changed(name))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for part in (shown, *under, error):
            column.addWidget(part)
        form.addRow(f"{label} *" if required else label, cell)
        title = form.labelForField(cell)
        if isinstance(title, QLabel):
            title.setBuddy(field)

    def _field_changed(self, name: str) -> None:
        error = self.errors[name]
        if error.isHidden():
            return
        still = self.check() if self.check is not None else {}
        if name in still:
            error.setText(still[name])  # still wrong: says what is wrong now
            self._describe(name)
            return
        _keep_room(error, True)  # nothing below it jumps while typing
        error.hide()
        self._describe(name)
        self._summarize()

    def _describe(self, name: str) -> None:
        """A field's description says what is wrong with it while its error line does."""
        error, base = self.errors[name], self._described.get(name, "")
        wrong = error.text() if not error.isHidden() else ""
        self.fields[name].setAccessibleDescription(". ".join(t for t in (wrong, base) if t))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field (the first focused and scrolled to); anything
        else under the form."""
        for label in self.errors.values():
            _keep_room(label, False)
            label.hide()
        self.general.clear()
        self._summary_shown = False
        theme.text_color(self.general, theme.DANGER)
        first: QWidget | None = None
        for name, message in errors.items():
            found = self.errors.get(name)
            if found is None:
                self.general.setText(message)
                continue
            found.setText(message)
            found.show()
            first = first or self.fields[name]
        for name in self.errors:
            self._describe(name)
        said = [label.text() for label in self.errors.values() if not label.isHidden()]
        if self.general.text():
            said.append(self.general.text())
        if said:
            announce(self, " ".join(said), urgent=True)
        if first is not None:
            first.setFocus()
            if self.scroller is not None:
                self.scroller.ensureWidgetVisible(first)
        self._summarize()

    def show_error(self, name: str, message: str) -> None:
        """One field's message, the others left as they are."""
        self.errors[name].setText(message)
        self.errors[name].show()
        self._describe(name)

    def _summarize(self) -> None:
        """Under a form that scrolls, how many fields still want fixing (some may be out of
        sight); the line goes when none do."""
        if self.scroller is None:
            return
        if self.general.text() and not self._summary_shown:
            return  # a message of its own: kept
        marked = sum(not label.isHidden() for label in self.errors.values())
        self._summary_shown = marked > 0
        self.general.setText(
            "" if not marked
            else QCoreApplication.translate("SendingForm", "Fix the field marked in red.")
            if marked == 1
            else QCoreApplication.translate(
                "SendingForm", "Fix the %n fields marked in red.", None, marked
            )
        )  # fmt: skip

    # -- saving -------------------------------------------------------------------------

    def save_cancel(self) -> QDialogButtonBox:
        """Save and Cancel, wired: Save is ``try_save`` (and ``save_button``)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        return buttons

    def try_save(self) -> None:
        errors = self.submit_values()
        if errors is None:
            self.save_button.setEnabled(False)
            theme.text_color(self.general, theme.MUTED)
            self.general.setText(
                QCoreApplication.translate("SendingForm", "Sending to {service}…").format(
                    service=self.service
                )
                if self.service
                else QCoreApplication.translate("SendingForm", "Sending…")
            )
            self._summary_shown = False
            return
        self.server_answered(errors)

    def server_answered(self, errors: dict[str, str]) -> None:
        """The answer: close when accepted, else the refusal on its field (nothing lost)."""
        self.save_button.setEnabled(True)
        theme.text_color(self.general, theme.DANGER)
        if errors:
            self.show_errors(errors)
            return
        self.saved.emit()
        self.accept()
