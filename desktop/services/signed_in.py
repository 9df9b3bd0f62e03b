"""Who is signed in at the console, and so whose writes the outbox takes."""

from __future__ import annotations

from desktop.store import ConsoleLocked, Database
from desktop.words import translate


class SignedIn:
    """The console's sign-in state, asked before every manager's write (``write_gate``).

    Locking (Ctrl+L or the idle time) clears it: a dialog left open by a manager who
    walked away can no longer queue anything in their name. Entries queued before the
    lock are that manager's deliberate actions and the sender goes on sending them."""

    def __init__(self, db: Database) -> None:
        self.manager: str | None = None
        db.write_gate = self.check

    def sign_in(self, manager: str) -> None:
        self.manager = manager

    def lock(self) -> None:
        self.manager = None

    def check(self, manager: str | None) -> None:
        """Raise ``ConsoleLocked`` unless someone (``manager``, when named) is signed in."""
        if self.manager is None:
            raise ConsoleLocked(
                translate(
                    "SignedIn", "The console is locked: sign in again, then save this change."
                )
            )
        if manager is not None and manager != self.manager:
            raise ConsoleLocked(
                translate(
                    "SignedIn",
                    "{manager} is no longer signed in ({signed_in} is): this change was not saved.",
                ).format(manager=manager, signed_in=self.manager)
            )
