"""The first steps of a new network, each done or not as the file's data says.

A new file has no members, contacts, experiments, legal basis or participation, and no round
has been sent. The window shows these steps as a checklist (gui/first_steps.py) that ticks
itself off as the data arrives; this module decides what counts as done, without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store

#: The steps in the order the coordinator takes them.
STEP_KEYS = ("members", "contacts", "experiments", "legal_basis", "participation", "round")

#: The tables whose changes can tick a step off (or back on, after an undo).
TABLES = frozenset(
    ("municipalities", "contacts", "experiments", "legal_bases", "participations", "rounds")
)

#: What each step counts: a query giving one number, done when it is above zero.
_COUNTS = {
    "members": "SELECT count(*) FROM municipalities WHERE member = 1",
    "contacts": "SELECT count(*) FROM contacts",
    "experiments": "SELECT count(*) FROM experiments",
    "legal_basis": "SELECT count(*) FROM legal_bases",
    "participation": "SELECT count(*) FROM participations",
    "round": "SELECT count(*) FROM rounds WHERE submitted_at IS NOT NULL AND submitted_at != ''",
}


@dataclass(frozen=True)
class FirstStep:
    """One step of the checklist: its key, how many of its things the file holds, and
    whether it is done."""

    key: str
    count: int

    @property
    def done(self) -> bool:
        """Return whether the file holds what the step asks for."""
        return self.count > 0


def first_steps(store: Store) -> list[FirstStep]:
    """Return the checklist's steps, in order, with what the file holds of each.

    The last step, a round exported and marked as sent, is done when any round has been
    marked as submitted (the export dialog's check box or `export --mark-submitted`).
    """
    return [FirstStep(key, int(store.db.execute(_COUNTS[key]).fetchone()[0])) for key in STEP_KEYS]


def all_done(steps: list[FirstStep]) -> bool:
    """Return whether every step is done (the checklist then has nothing left to show)."""
    return all(step.done for step in steps)
