"""Plain rows for the views: experiments, participation matrix, legal basis, rounds, overview.

Each function reads a whole table set in a few queries (never one query per row) and returns
immutable rows that Qt item models (or a test) can hold without touching the store again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import (
    ApprovalStatus,
    Contact,
    Experiment,
    ExperimentStatus,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    RequestKind,
    Round,
)
from ..store import Store


def fold(text: str) -> str:
    """Return text folded for case-insensitive Danish matching ('Æble' and 'æble' agree)."""
    return text.casefold()


@dataclass(frozen=True)
class ExperimentRow:
    """One line of the experiment list, with what its filters need."""

    id: str
    number: int | None
    title: str
    round_deadline: str
    status: ExperimentStatus
    municipality_codes: tuple[str, ...]
    law_keys: tuple[str, ...]
    subject_contact: str
    modified_at: str


def experiment_rows(store: Store, ids: Iterable[str] | None = None) -> list[ExperimentRow]:
    """Return every experiment with its round, participants and laws, in number order; with
    `ids`, only those (a few changed ones, each read by its own queries)."""
    if ids is not None:
        return [
            row
            for id_ in ids
            for row in _experiment_rows(store, {"id": id_}, {"experiment_id": id_})
        ]
    return _experiment_rows(store, {}, {})


def _experiment_rows(
    store: Store, own: dict[str, Any], children: dict[str, Any]
) -> list[ExperimentRow]:
    """Return the experiments whose columns equal `own`, their rows read by `children`."""
    deadlines = dict(store.records.values(Round, "id", "deadline"))
    contacts = dict(store.records.values(Contact, "id", "name"))
    codes: dict[str, list[str]] = defaultdict(list)
    participations = store.records.values(
        Participation, "experiment_id", "municipality", **children
    )
    for experiment_id, code in participations:
        codes[experiment_id].append(code)
    law_keys = dict(store.records.values(Law, "id", "key"))
    laws: dict[str, dict[str, None]] = defaultdict(dict)
    for experiment_id, law_id in store.records.values(
        LegalBasis, "experiment_id", "law_id", **children
    ):
        laws[experiment_id][law_keys[law_id]] = None
    columns = ("id", "number", "title", "round_id", "status", "subject_contact_id", "modified_at")
    return [
        ExperimentRow(
            id=id_,
            number=number,
            title=title,
            round_deadline=deadlines.get(round_id or "", ""),
            status=ExperimentStatus(status),
            municipality_codes=tuple(codes[id_]),
            law_keys=tuple(laws[id_]),
            subject_contact=contacts.get(contact or "", ""),
            modified_at=modified,
        )
        for id_, number, title, round_id, status, contact, modified in store.records.values(
            Experiment, *columns, **own
        )
    ]


@dataclass(frozen=True)
class ParticipationCell:
    """One experiment × municipality cell: absent (participation_id None) or taking part."""

    experiment_id: str
    municipality: str
    participation_id: str | None = None
    reservation: str = ""
    approval_status: ApprovalStatus | None = None
    approval_committee: str = ""
    approval_meeting_date: str = ""

    @property
    def participates(self) -> bool:
        """Return whether the municipality takes part in the experiment."""
        return self.participation_id is not None


@dataclass(frozen=True)
class ParticipationMatrix:
    """Experiments (rows) × member municipalities (columns) with one cell each."""

    experiments: list[tuple[str, int | None, str]]
    municipalities: list[tuple[str, str]]
    cells: dict[tuple[str, str], ParticipationCell] = field(default_factory=dict)

    def cell(self, experiment_id: str, code: str) -> ParticipationCell:
        """Return the cell for an experiment and a municipality (an empty one if absent)."""
        return self.cells.get((experiment_id, code)) or ParticipationCell(experiment_id, code)


def participation_matrix(store: Store) -> ParticipationMatrix:
    """Return the participation matrix over the network's members (and any other participant)."""
    parts = store.records.all(Participation)
    member_codes = {m.code for m in store.records.members()}
    used = member_codes | {p.municipality for p in parts}
    municipalities = [(m.code, m.name) for m in store.records.all(Municipality) if m.code in used]
    cells = {(p.experiment_id, p.municipality): _cell(p) for p in parts}
    experiments = [(e.id, e.number, e.title) for e in store.records.all(Experiment)]
    return ParticipationMatrix(experiments, municipalities, cells)


def participation_cells(store: Store, ids: Iterable[str]) -> list[ParticipationCell]:
    """Return the cells of those of the given participations that exist now."""
    return [_cell(p) for pid in sorted(ids) for p in store.records.all(Participation, id=pid)]


def _cell(p: Participation) -> ParticipationCell:
    """Return a participation as its matrix cell."""
    return ParticipationCell(
        p.experiment_id,
        p.municipality,
        p.id,
        p.reservation,
        p.approval_status,
        p.approval_committee,
        p.approval_meeting_date,
    )


@dataclass(frozen=True)
class LegalRow:
    """One row of the legal-basis matrix with the names the table shows."""

    id: str
    experiment_id: str
    experiment_number: int | None
    experiment_title: str
    law_key: str
    law_abbreviation: str
    law_title: str
    provision: str
    purpose: str
    justification: str
    request: RequestKind
    position: int


def legal_rows(store: Store) -> list[LegalRow]:
    """Return every legal-basis row with its experiment and law names."""
    experiments = {e.id: e for e in store.records.all(Experiment)}
    laws = {law.id: law for law in store.records.all(Law)}
    rows = []
    for row in store.records.all(LegalBasis):
        exp, law = experiments[row.experiment_id], laws[row.law_id]
        rows.append(
            LegalRow(
                id=row.id,
                experiment_id=exp.id,
                experiment_number=exp.number,
                experiment_title=exp.title,
                law_key=law.key,
                law_abbreviation=law.abbreviation,
                law_title=law.title,
                provision=row.provision,
                purpose=row.purpose,
                justification=row.justification,
                request=row.request,
                position=row.position,
            )
        )
    return rows


@dataclass(frozen=True)
class RoundRow:
    """A submission round with its deadline, days left and the experiments in it."""

    id: str
    deadline: str
    name: str
    days_left: int
    experiment_titles: tuple[str, ...]
    status_counts: dict[ExperimentStatus, int]


#: The order the experiments are listed in (db/records.py's for experiments).
_EXPERIMENT_ORDER = "coalesce(number, 1e9), title, id"


def round_rows(store: Store, today: dt.date | None = None) -> list[RoundRow]:
    """Return the rounds in date order with days left (negative once passed) and contents."""
    today = today or dt.date.today()
    titles: dict[str, list[str]] = defaultdict(list)
    statuses: dict[str, Counter[ExperimentStatus]] = defaultdict(Counter)
    # Three columns of each experiment, not whole records: their texts are long.
    columns = "round_id, title, status"
    for e in store.db[Experiment.TABLE].rows_where(select=columns, order_by=_EXPERIMENT_ORDER):
        if e["round_id"]:
            titles[e["round_id"]].append(e["title"])
            statuses[e["round_id"]][ExperimentStatus(e["status"])] += 1
    return [
        RoundRow(
            id=r.id,
            deadline=r.deadline,
            name=r.name,
            days_left=(dt.date.fromisoformat(r.deadline) - today).days,
            experiment_titles=tuple(titles[r.id]),
            status_counts=dict(statuses[r.id]),
        )
        for r in store.records.all(Round)
    ]


@dataclass(frozen=True)
class LawUsage:
    """How much of the legal-basis matrix one law accounts for."""

    law_key: str
    abbreviation: str
    title: str
    provisions: int
    experiments: int


@dataclass(frozen=True)
class Overview:
    """What the Overblik charts show."""

    matrix: ParticipationMatrix
    rounds: list[str]
    status_by_round: dict[str, dict[ExperimentStatus, int]]
    law_usage: list[LawUsage]


def overview(store: Store) -> Overview:
    """Return the data of the overview charts in one pass over the file."""
    deadlines = {r.id: r.deadline for r in store.records.all(Round)}
    status_by_round: dict[str, Counter[ExperimentStatus]] = defaultdict(Counter)
    for e in store.records.all(Experiment):
        status_by_round[deadlines.get(e.round_id or "", "")][e.status] += 1
    rounds = sorted(status_by_round, key=lambda d: (d == "", d))
    laws = {law.id: law for law in store.records.all(Law)}
    provisions: Counter[str] = Counter()
    experiments: dict[str, set[str]] = defaultdict(set)
    for row in store.records.all(LegalBasis):
        provisions[row.law_id] += 1
        experiments[row.law_id].add(row.experiment_id)
    usage = [
        LawUsage(laws[i].key, laws[i].abbreviation, laws[i].title, n, len(experiments[i]))
        for i, n in provisions.most_common()
    ]
    return Overview(
        participation_matrix(store),
        rounds,
        {d: dict(c) for d, c in status_by_round.items()},
        usage,
    )
