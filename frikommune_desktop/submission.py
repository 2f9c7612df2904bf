"""Submission rounds: marking a round as sent, and what participation changed since then."""

from __future__ import annotations

from dataclasses import dataclass

from .dates import long_date, short_date
from .errors import InvalidValueError
from .model import Experiment, ExperimentStatus, Round
from .program.clock import now_iso
from .store import Store


@dataclass(frozen=True)
class ParticipationChange:
    """One experiment whose participating municipalities changed after its round was sent."""

    experiment_id: str
    number: int | None
    title: str
    added: tuple[str, ...]
    removed: tuple[str, ...]


def find_round(store: Store, deadline: str) -> Round:
    """Return the round with this deadline (ISO date), or raise an error naming the known ones."""
    rounds = store.records.all(Round)
    for round_ in rounds:
        if round_.deadline == deadline.strip():
            return round_
    known = ", ".join(short_date(r.deadline) for r in sorted(rounds, key=lambda r: r.deadline))
    raise InvalidValueError(
        f"Der er ingen ansøgningsrunde med fristen {_shown(deadline)}. "
        f"Filen kender runderne: {known or 'ingen'}."
    )


def _shown(deadline: str) -> str:
    """Return a deadline as the window shows it ('01-12-2016'), or as given if it is no date."""
    try:
        return short_date(deadline.strip())
    except ValueError:
        return f"'{deadline}'"


def round_experiments(store: Store, round_: Round) -> list[Experiment]:
    """Return the round's experiments (withdrawn ones left out) in application-number order."""
    experiments = [
        e
        for e in store.records.all(Experiment, round_id=round_.id)
        if e.status is not ExperimentStatus.WITHDRAWN
    ]
    return sorted(experiments, key=lambda e: (e.number is None, e.number or 0, e.title.casefold()))


def mark_submitted(store: Store, deadline: str) -> Round:
    """Record that a round was sent now; its drafts become 'indsendt'. Returns the round."""
    round_ = find_round(store, deadline)
    with store.transaction():
        for experiment in round_experiments(store, round_):
            if experiment.status is ExperimentStatus.DRAFT:
                store.records.update(Experiment, experiment.id, status=ExperimentStatus.SUBMITTED)
        return store.records.update(Round, round_.id, submitted_at=now_iso())


def participants_at(store: Store, experiment_ids: list[str], moment: str) -> dict[str, set[str]]:
    """Return, per experiment, the municipality codes taking part at an ISO time (from history)."""
    taking_part: dict[str, set[str]] = {experiment_id: set() for experiment_id in experiment_ids}
    if not experiment_ids:
        return taking_part
    marks = ", ".join("?" * len(experiment_ids))
    events = store.db.execute(
        "SELECT experiment_id, municipality, change FROM participation_history "
        f"WHERE experiment_id IN ({marks}) AND changed_at <= ? ORDER BY changed_at, rowid",
        [*experiment_ids, moment],
    ).fetchall()
    for experiment_id, code, change in events:
        if change == "added":
            taking_part[experiment_id].add(code)
        else:
            taking_part[experiment_id].discard(code)
    return taking_part


def participation_changes(store: Store, deadline: str) -> list[ParticipationChange]:
    """Return the experiments of a sent round whose participants changed since it was sent."""
    round_ = find_round(store, deadline)
    if not round_.submitted_at:
        raise InvalidValueError(
            f"Runden {long_date(round_.deadline)} er ikke markeret som indsendt, så der er "
            "intet at sammenligne med. Markér runden som indsendt, når ansøgningerne sendes."
        )
    experiments = round_experiments(store, round_)
    ids = [e.id for e in experiments]
    then = participants_at(store, ids, round_.submitted_at)
    now = participants_at(store, ids, "9999")
    changes = []
    for experiment in experiments:
        added = tuple(sorted(now[experiment.id] - then[experiment.id]))
        removed = tuple(sorted(then[experiment.id] - now[experiment.id]))
        if added or removed:
            changes.append(
                ParticipationChange(
                    experiment.id, experiment.number, experiment.title, added, removed
                )
            )
    return changes
