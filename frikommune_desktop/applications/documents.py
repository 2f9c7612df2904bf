"""Importing several Word documents in one run: every document's problems at once, and
nothing stored unless every document can be imported (one transaction, one undo step).

Each document keeps its own plan (what it adds or changes, what could not be read, the
references in its prose) for the report and the window's preview; the plans are made by one
planner in turn, so an experiment or contact two documents name is planned once, and their
edits are joined into one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..edits import BatchEdit
from ..errors import InputRefusedError, Problem
from ..store import Store
from .importer import ApplicationImportPlan, Planner, plan_parsed_applications
from .parser import ApplicationParser, ParsedApplication


@dataclass(frozen=True)
class ReadDocument:
    """One document as read: its applications, or the problems that refused it."""

    name: str
    applications: list[ParsedApplication] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)


@dataclass
class DocumentsImportPlan:
    """What importing several Word documents would do: each document's plan, and one edit
    that stores them all."""

    documents: list[ApplicationImportPlan]
    edit: BatchEdit

    @property
    def failed(self) -> list[ApplicationImportPlan]:
        """Return the documents that cannot be imported (then nothing is)."""
        return [document for document in self.documents if document.failed]

    @property
    def changes_anything(self) -> bool:
        """Return whether applying the plan would change the file (never if one failed)."""
        return not self.failed and bool(self.edit.adds or self.edit.updates)

    @property
    def applications(self) -> int:
        """Return how many applications the documents hold."""
        return sum(len(document.applications) for document in self.documents)

    @property
    def experiment_ids(self) -> list[str]:
        """Return the experiments the import makes or fills in, first document first."""
        return list(dict.fromkeys(i for d in self.documents for i in d.experiment_ids))

    @property
    def suggestions(self) -> list[str]:
        """Return the references the documents' prose names (not imported)."""
        return [line for document in self.documents for line in document.suggestions]

    def problems(self) -> list[Problem]:
        """Return every problem of every document, each with its file."""
        return [
            Problem(document.file, problem)
            for document in self.documents
            for problem in document.problems
        ]

    def report(self) -> list[str]:
        """Return the report, document by document (one document: its report alone)."""
        if len(self.documents) == 1:
            return self.documents[0].report()
        lines: list[str] = []
        for document in self.documents:
            lines += [f"{document.file}:", *(f"  {line}" for line in document.report())]
        return lines

    def refusal(self) -> InputRefusedError:
        """Return the error that says why nothing is imported: every problem of every
        document, document by document."""
        return InputRefusedError(self.problems())


def read_documents(
    paths: Sequence[Path], parser: ApplicationParser | None = None
) -> list[ReadDocument]:
    """Read every document (a refused one with its problems, the others still read)."""
    parser = parser or ApplicationParser()
    documents = []
    for path in paths:
        try:
            documents.append(ReadDocument(path.name, parser.parse_file(path)))
        except InputRefusedError as exc:
            documents.append(ReadDocument(path.name, refused=exc.problems))
    return documents


def plan_documents(store: Store, documents: Sequence[ReadDocument]) -> DocumentsImportPlan:
    """Plan the import of documents read, in order, as one edit."""
    plans: list[ApplicationImportPlan] = []
    planner = Planner(store, ApplicationImportPlan("", []))
    for document in documents:
        if document.refused:
            plans.append(
                ApplicationImportPlan(
                    document.name,
                    [],
                    problems=[problem.expected for problem in document.refused],
                    refused=True,
                )
            )
            continue
        plans.append(plan_parsed_applications(store, document.name, document.applications, planner))
    edit = BatchEdit(
        [record for plan in plans for record in plan.edit.adds],
        [update for plan in plans for update in plan.edit.updates],
        [],
        _edit_text(plans),
    )
    return DocumentsImportPlan(plans, edit)


def _edit_text(plans: list[ApplicationImportPlan]) -> str:
    """Return the undo step's name: the document's, or how many documents."""
    if len(plans) == 1:
        return f"Indlæs {plans[0].file}"
    return f"Indlæs {len(plans)} Word-dokumenter"
