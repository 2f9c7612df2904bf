"""The built-in demo network: the real 2016 housing network, read from resources/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import ResourceError
from .model import Contact, Experiment, LegalBasis, Network, Participation, Round
from .program.resources import read_json_resource
from .store import Store
from .submission import mark_submitted

DEMO_RESOURCE = "demo_network.json"

_NETWORK_TEXT_FIELDS = (
    "theme",
    "sender_name",
    "sender_address",
    "sender_email",
    "sender_phone",
    "case_number",
    "document_number",
    "recipient_name",
    "recipient_address",
    "letter_subject",
    "letter_intro",
    "letter_reservation",
    "letter_closing",
)


def write_demo(path: Path | str, *, overwrite: bool = False, user: str | None = None) -> Store:
    """Write the demo network file at `path` and return it opened."""
    data = read_json_resource(DEMO_RESOURCE)
    try:
        network = Network(
            name=data["network"]["name"],
            **{key: data["network"].get(key, "") for key in _NETWORK_TEXT_FIELDS},
        )
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"{DEMO_RESOURCE}: netværket mangler feltet {exc}.") from exc
    return Store.create(
        path, network, populate=lambda store: populate(store, data), overwrite=overwrite, user=user
    )


def populate(store: Store, data: dict[str, Any]) -> None:
    """Fill an open store from a network description in the demo file's JSON format."""
    try:
        _populate(store, data)
    except KeyError as exc:
        raise ResourceError(f"Netværksbeskrivelsen mangler feltet eller nøglen {exc}.") from exc


def _populate(store: Store, data: dict[str, Any]) -> None:
    for code in data["members"]:
        store.records.set_member(code)
    contact_ids: dict[str, str] = {}
    for entry in data["contacts"]:
        contact = store.records.add(
            Contact(
                name=entry["name"],
                title=entry.get("title", ""),
                municipality=entry.get("municipality") or None,
                organisation=entry.get("organisation", ""),
                role=entry.get("role", "other"),
                phone=entry.get("phone", ""),
                email=entry.get("email", ""),
            )
        )
        contact_ids[entry["key"]] = contact.id
    net = data["network"]
    store.records.update_network(
        lead_municipality=net.get("lead_municipality") or None,
        coordinator_id=contact_ids.get(net.get("coordinator", "")),
        signatory_id=contact_ids.get(net.get("signatory", "")),
    )
    round_ids = {r.deadline: r.id for r in store.records.all(Round)}
    for entry in data["experiments"]:
        sections = entry.get("sections", {})
        experiment = store.records.add(
            Experiment(
                title=entry["title"],
                number=entry.get("number"),
                letter_title=entry.get("letter_title", ""),
                heading=entry.get("heading", ""),
                round_id=round_ids[entry["round"]] if entry.get("round") else None,
                status=entry.get("status", "draft"),
                application_date=entry.get("application_date", ""),
                subject_contact_id=contact_ids[entry["subject_contact"]]
                if entry.get("subject_contact")
                else None,
                coordinator_id=contact_ids[entry["coordinator"]]
                if entry.get("coordinator")
                else None,
                **{
                    key: sections.get(key, "")
                    for key in ("description", "goals", "legal_needs", "realisation", "evaluation")
                },
            )
        )
        store.records.add_many(
            Participation(
                experiment_id=experiment.id,
                municipality=p["municipality"],
                reservation=p.get("reservation", ""),
                approval_status=p.get("approval_status", "pending"),
                approval_committee=p.get("approval_committee", ""),
                approval_meeting_date=p.get("approval_meeting_date", ""),
            )
            for p in entry.get("participants", [])
        )
        store.records.add_many(
            LegalBasis(
                experiment_id=experiment.id,
                law_id=store.records.law(row["law"]).id,
                paragraph=row.get("paragraph", ""),
                letter=row.get("letter", ""),
                stk=row.get("stk", ""),
                nr=row.get("nr", ""),
                purpose=row.get("purpose", ""),
                justification=row.get("justification", ""),
                request=row.get("request", "exemption"),
                position=position,
            )
            for position, row in enumerate(entry.get("legal_basis", []))
        )
    for deadline in data.get("submitted_rounds", []):
        mark_submitted(store, deadline)
