"""The data vocabularies (statuses, kinds of request, roles) as the interface shows them.

The core's `.label` is the Danish word its Danish documents use. The interface instead shows
an English source text through Qt's translator (context "Vocabulary"); the shipped Danish
translation of each is exactly the core's label, so the Danish window reads as the documents.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import ApprovalStatus, ContactRole, ExperimentStatus, LabelledEnum, RequestKind

CONTEXT = "Vocabulary"

#: The English source text of every member (marked for lupdate, translated in `label`); the
#: marker returns its text, typed `object` by PySide6, hence the str() where it is read.
_SOURCES: dict[LabelledEnum, object] = {
    ExperimentStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "draft"),
    ExperimentStatus.SUBMITTED: QT_TRANSLATE_NOOP("Vocabulary", "submitted"),
    ExperimentStatus.GRANTED: QT_TRANSLATE_NOOP("Vocabulary", "granted"),
    ExperimentStatus.REFUSED: QT_TRANSLATE_NOOP("Vocabulary", "refused"),
    ExperimentStatus.AUTHORITY_ADOPTED: QT_TRANSLATE_NOOP("Vocabulary", "authority adopted"),
    ExperimentStatus.RUNNING: QT_TRANSLATE_NOOP("Vocabulary", "running"),
    ExperimentStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    ExperimentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Vocabulary", "withdrawn"),
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("Vocabulary", "pending"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("Vocabulary", "approved"),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
    RequestKind.EXEMPTION: QT_TRANSLATE_NOOP("Vocabulary", "exemption"),
    RequestKind.AMENDED_BASIS: QT_TRANSLATE_NOOP("Vocabulary", "amended legal basis"),
    RequestKind.NEW_AUTHORITY: QT_TRANSLATE_NOOP("Vocabulary", "new authority"),
    ContactRole.SUBJECT_CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "subject contact"),
    ContactRole.COORDINATOR: QT_TRANSLATE_NOOP("Vocabulary", "network coordinator"),
    ContactRole.SIGNATORY: QT_TRANSLATE_NOOP("Vocabulary", "signatory"),
    ContactRole.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "other"),
}


def source_text(member: LabelledEnum) -> str:
    """Return the English source text of a vocabulary member (untranslated)."""
    return str(_SOURCES[member])


def label(member: LabelledEnum) -> str:
    """Return a vocabulary member's label in the interface language (Danish: its `.label`)."""
    return QCoreApplication.translate(CONTEXT, source_text(member))


def choices(members: type[LabelledEnum]) -> list[tuple[str, str]]:
    """Return (code, translated label) for every member of a vocabulary, in its order."""
    return [(member.value, label(member)) for member in members]
