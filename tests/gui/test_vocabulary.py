"""The data vocabularies through Qt's translator: the core's Danish labels, English without."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from frikommune_desktop.gui.vocabulary import choices, label, source_text
from frikommune_desktop.model import ApprovalStatus, ContactRole, ExperimentStatus, RequestKind

VOCABULARIES = (ExperimentStatus, ApprovalStatus, RequestKind, ContactRole)
MEMBERS = [member for vocabulary in VOCABULARIES for member in vocabulary]

ENGLISH = {
    ExperimentStatus: [
        "draft",
        "submitted",
        "granted",
        "refused",
        "authority adopted",
        "running",
        "completed",
        "withdrawn",
    ],
    ApprovalStatus: ["pending", "approved", "rejected"],
    RequestKind: ["exemption", "amended legal basis", "new authority"],
    ContactRole: ["subject contact", "network coordinator", "signatory", "other"],
}


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_danish_translation_of_every_member_is_the_core_label(danish, member) -> None:
    """With the Danish translation installed, label(member) is exactly the core's `.label`."""
    assert label(member) == member.label


def test_english_sources_are_the_vocabulary_words(qapp) -> None:
    """Each vocabulary has its English source words, in the order of the enum."""
    for vocabulary, words in ENGLISH.items():
        assert [source_text(member) for member in vocabulary] == words


def test_without_a_translator_labels_fall_back_to_english(danish) -> None:
    """With the Danish translator removed, every label is its English source: no Danish leaks."""
    for translator in danish:
        QCoreApplication.removeTranslator(translator)
    try:
        for vocabulary, words in ENGLISH.items():
            assert [label(member) for member in vocabulary] == words
        assert all(label(member) != member.label for member in MEMBERS)
    finally:
        for translator in danish:
            QCoreApplication.installTranslator(translator)
    assert label(ExperimentStatus.SUBMITTED) == "indsendt"  # restored: Danish again


def test_choices_pair_codes_with_translated_labels_in_enum_order(danish) -> None:
    """choices() gives (stored code, shown label) for a combo box, in the enum's order."""
    assert choices(ApprovalStatus) == [
        ("pending", "afventer"),
        ("approved", "godkendt"),
        ("rejected", "afvist"),
    ]
    assert [code for code, _ in choices(RequestKind)] == [kind.value for kind in RequestKind]
