"""The whole content of a network file as plain JSON-ready data."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import (
    SECTION_FIELDS,
    Contact,
    Experiment,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    Round,
)
from ..store import Store


def dump_network(store: Store) -> dict[str, Any]:
    """Return everything in the file as a dict of lists, ready for json.dumps."""
    network = store.records.network()
    municipalities = store.records.all(Municipality)
    names = {m.code: m.name for m in municipalities}
    contacts = store.records.all(Contact)
    contact_names = {c.id: c.name for c in contacts}
    rounds = store.records.all(Round)
    deadlines = {r.id: r.deadline for r in rounds}
    laws = {law.id: law for law in store.records.all(Law)}
    participants: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in store.records.all(Participation):
        participants[p.experiment_id].append(
            {
                "kommunekode": p.municipality,
                "name": names.get(p.municipality, ""),
                "reservation": p.reservation,
                "approval": {
                    "status": p.approval_status.value,
                    "label": p.approval_status.label,
                    "committee": p.approval_committee,
                    "meeting_date": p.approval_meeting_date,
                },
            }
        )
    legal: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.records.all(LegalBasis):
        law = laws[row.law_id]
        legal[row.experiment_id].append(
            {
                "law": law.abbreviation,
                "law_key": law.key,
                "law_title": law.title,
                "provision": row.provision,
                "paragraph": row.paragraph,
                "letter": row.letter,
                "stk": row.stk,
                "nr": row.nr,
                "purpose": row.purpose,
                "justification": row.justification,
                "request": row.request.value,
            }
        )
    return {
        "schema_version": store.schema_version,
        "network": {key: value for key, value in network.to_row().items()},
        "municipalities": [
            {"kommunekode": m.code, "name": m.name, "region": m.region, "member": m.member}
            for m in municipalities
        ],
        "contacts": [
            {
                "id": c.id,
                "name": c.name,
                "title": c.title,
                "municipality": c.municipality,
                "organisation": c.organisation,
                "role": c.role.value,
                "phone": c.phone,
                "email": c.email,
            }
            for c in contacts
        ],
        "rounds": [{"id": r.id, "deadline": r.deadline, "name": r.name} for r in rounds],
        "experiments": [
            _experiment(e, deadlines, contact_names, participants[e.id], legal[e.id])
            for e in store.records.all(Experiment)
        ],
    }


def _experiment(
    e: Experiment,
    deadlines: dict[str, str],
    contact_names: dict[str, str],
    participants: list[dict[str, Any]],
    legal_basis: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "id": e.id,
        "number": e.number,
        "title": e.title,
        "letter_title": e.letter_title,
        "round": deadlines.get(e.round_id or ""),
        "status": e.status.value,
        "status_label": e.status.label,
        "application_date": e.application_date,
        "subject_contact": contact_names.get(e.subject_contact_id or ""),
        "coordinator": contact_names.get(e.coordinator_id or ""),
        "parent_id": e.parent_id,
        "sections": {key: getattr(e, key) for key in SECTION_FIELDS},
        "participants": participants,
        "legal_basis": legal_basis,
    }
