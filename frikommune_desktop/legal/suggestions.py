"""Suggested legal-basis rows: the provisions an experiment's own text refers to.

"Foreslå lovgrundlag" reads the five sections, finds every provision they name (legal_refs)
and offers those not yet in the experiment's legal-basis matrix, each with the sentence it
came from. Accepting some adds them as one undoable edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..edits import BatchEdit
from ..model import SECTION_FIELDS, SECTION_TITLES, Experiment, Law, LegalBasis, Record
from ..store import Store
from .references import LegalReference, find_references, sentence_around

ProvisionKey = tuple[str | None, str, str, str, str]


@dataclass(frozen=True)
class Suggestion:
    """A provision an experiment's text names that its matrix lacks, and where it was found."""

    law_key: str | None  # None: the text does not say which law
    law_name: str
    reference: LegalReference
    section: str
    sentence: str

    @property
    def provision(self) -> str:
        """Return the provision's display form, e.g. '§ 140 a, stk. 2'."""
        return self.reference.provision

    def key(self) -> ProvisionKey:
        """Return what makes two suggestions the same row: law and provision parts."""
        ref = self.reference
        return (self.law_key, ref.paragraph, ref.letter, ref.stk, ref.nr)


def suggest_legal_bases(store: Store, experiment_id: str) -> list[Suggestion]:
    """Return the provisions the experiment's sections name and its matrix lacks, in order."""
    experiment = store.records.get(Experiment, experiment_id)
    laws = store.records.all(Law)
    keys_by_id = {law.id: law.key for law in laws}
    names = {law.key: law.short_name or law.title for law in laws}
    present: set[ProvisionKey] = {
        (keys_by_id.get(row.law_id), row.paragraph, row.letter, row.stk, row.nr)
        for row in store.records.all(LegalBasis, experiment_id=experiment_id)
    }
    found: dict[ProvisionKey, Suggestion] = {}
    for name, title in zip(SECTION_FIELDS, SECTION_TITLES, strict=True):
        text = getattr(experiment, name)
        for reference in find_references(text):
            if not reference.paragraph:
                continue  # a non-statutory basis (kommunalfuldmagten) has no provision
            suggestion = Suggestion(
                law_key=reference.law_id,
                law_name=names.get(reference.law_id or "", ""),
                reference=reference,
                section=title,
                sentence=sentence_around(text, reference.start, reference.end),
            )
            if suggestion.key() not in present:
                found.setdefault(suggestion.key(), suggestion)
    return list(found.values())


def accept_suggestions(
    store: Store, experiment_id: str, accepted: list[tuple[Suggestion, str]]
) -> BatchEdit:
    """Return the edit adding the accepted suggestions, each with its law key, as rows.

    `accepted` pairs each suggestion with the law key to use (the user's choice where the
    text did not say). The edit is not applied; the caller applies it (or pushes it on undo).
    """
    rows = store.records.all(LegalBasis, experiment_id=experiment_id)
    position = max((row.position for row in rows), default=0)
    adds: list[Record] = []
    for suggestion, law_key in accepted:
        position += 1
        ref = suggestion.reference
        adds.append(
            LegalBasis(
                id=str(uuid.uuid4()),
                experiment_id=experiment_id,
                law_id=store.records.law(law_key).id,
                paragraph=ref.paragraph,
                letter=ref.letter,
                stk=ref.stk,
                nr=ref.nr,
                position=position,
            )
        )
    count = len(adds)
    text = (
        "Tilføj 1 foreslået lovgrundlag" if count == 1 else f"Tilføj {count} foreslåede lovgrundlag"
    )
    return BatchEdit(adds, [], [], text)
