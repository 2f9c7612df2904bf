"""The editor of one experiment: the ministry template's header fields and five sections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTextEdit, QWidget

from ...dates import short_date
from ...model import (
    SECTION_TITLES,
    Experiment,
    ExperimentStatus,
    Round,
)
from ..date_field import DateField
from ..forms.ui_experiment_editor import Ui_ExperimentEditor
from ..vocabulary import label

#: How many legal-basis rows the editor names in full (more are summed up by law).
LEGAL_BASIS_SHOWN = 6
#: How long typing may pause before a section's text is stored (one undo step per pause).
TYPING_PAUSE_MS = 800


class ExperimentEditor(QWidget):
    """Shows one experiment; every change the user makes is emitted as a field → value dict."""

    changesMade = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExperimentEditor()
        self.ui.setupUi(self)
        self.experiment: Experiment | None = None
        self._loading = False
        self.sections: dict[str, QPlainTextEdit] = {
            "description": self.ui.descriptionEdit,
            "goals": self.ui.goalsEdit,
            "legal_needs": self.ui.legalNeedsEdit,
            "realisation": self.ui.realisationEdit,
            "evaluation": self.ui.evaluationEdit,
        }
        for position, heading in enumerate(SECTION_TITLES):
            self.ui.sectionTabs.setTabToolTip(position, heading)  # the template's own heading
        for status in ExperimentStatus:
            self.ui.statusCombo.addItem(label(status), status.value)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.flush)
        for edit in self.sections.values():
            edit.textChanged.connect(self._typing.start)
            edit.installEventFilter(self)
        for line in (self.ui.titleEdit, self.ui.letterTitleEdit, self.ui.applicationDateEdit):
            line.editingFinished.connect(self.flush)
        self.ui.numberSpin.editingFinished.connect(self.flush)
        for combo in self._combos():
            combo.activated.connect(self.flush)

    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (
            ui.roundCombo,
            ui.statusCombo,
            ui.subjectContactCombo,
            ui.coordinatorCombo,
            ui.parentCombo,
        )

    def load(
        self,
        experiment: Experiment | None,
        *,
        rounds: list[Round],
        contacts: list[tuple[str, str]],
        experiments: list[tuple[str, int | None, str]],
        participants: list[str],
        legal_basis: list[tuple[str, str]] | None = None,
    ) -> None:
        """Show an experiment (None: nothing selected) with the choices its fields offer.

        `contacts` are (id, name) and `experiments` (id, number, title): only what the
        combo boxes show, so that selecting does not read every experiment's texts.
        `legal_basis` are its legal-basis rows as (law abbreviation, provision).
        """
        self.flush()
        self._loading = True
        try:
            self.experiment = experiment
            self.setEnabled(experiment is not None)
            self._fill_choices(rounds, contacts, experiments)
            if experiment is None:  # nothing to show: the fields are emptied, not left greyed
                experiment, participants, legal_basis = Experiment(title=""), [], []
            ui = self.ui
            ui.numberSpin.setValue(experiment.number or 0)
            _set_text(ui.titleEdit, experiment.title)
            _set_text(ui.letterTitleEdit, experiment.letter_title)
            _set_date(ui.applicationDateEdit, experiment.application_date)
            _select(ui.roundCombo, experiment.round_id)
            _select(ui.statusCombo, experiment.status.value)
            _select(ui.subjectContactCombo, experiment.subject_contact_id)
            _select(ui.coordinatorCombo, experiment.coordinator_id)
            _select(ui.parentCombo, experiment.parent_id)
            ui.participantsLabel.setText(", ".join(participants) or "–")
            self._show_legal_basis(legal_basis or [])
            for field, edit in self.sections.items():
                value = getattr(experiment, field)
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False

    def stored(self, experiment: Experiment) -> None:
        """Take the file's version of the shown experiment after an edit of its own, leaving
        the fields (and what is being typed in them) as they are."""
        if self.experiment is not None and experiment.id == self.experiment.id:
            self.experiment = experiment

    def _show_legal_basis(self, rows: list[tuple[str, str]]) -> None:
        """Name the legal-basis rows (a few in full, many by their laws); all in the tooltip."""
        names = [f"{law} {provision}".strip() for law, provision in rows]
        if len(names) <= LEGAL_BASIS_SHOWN:
            by_law: dict[str, list[str]] = {}
            for law, provision in rows:  # each law once, first seen first; its provisions after
                provisions = by_law.setdefault(law, [])
                if provision and provision not in provisions:
                    provisions.append(provision)
            named = (" ".join([law, ", ".join(p)]).strip() for law, p in by_law.items())
            text = ", ".join(named) or "–"
        else:
            laws = ", ".join(dict.fromkeys(law for law, _ in rows))
            text = self.tr("{0} provisions in {1}").format(len(names), laws)
        self.ui.legalBasisLabel.setText(text)
        self.ui.legalBasisLabel.setToolTip("\n".join(names))

    def _fill_choices(
        self,
        rounds: list[Round],
        contacts: list[tuple[str, str]],
        experiments: list[tuple[str, int | None, str]],
    ) -> None:
        none = "–"
        _fill(
            self.ui.roundCombo,
            [(None, none)]
            + [
                (
                    r.id,
                    f"{short_date(r.deadline)} ({r.name})" if r.name else short_date(r.deadline),
                )
                for r in rounds
            ],
        )
        people = [(None, none), *contacts]
        _fill(self.ui.subjectContactCombo, people)
        _fill(self.ui.coordinatorCombo, people)
        own = self.experiment.id if self.experiment else None
        _fill(
            self.ui.parentCombo,
            [(None, none)]
            + [
                (id_, f"{number}. {title}" if number else title)
                for id_, number, title in experiments
                if id_ != own
            ],
        )

    def field_label(self, name: str) -> str:
        """Return the label the coordinator sees for a field (for undo texts)."""
        if name in self.sections:
            tabs = self.ui.sectionTabs
            return tabs.tabText(list(self.sections).index(name)).replace("&", "")
        ui = self.ui
        widgets = {
            "number": ui.numberSpin,
            "title": ui.titleEdit,
            "letter_title": ui.letterTitleEdit,
            "application_date": ui.applicationDateEdit,
            "round_id": ui.roundCombo,
            "status": ui.statusCombo,
            "subject_contact_id": ui.subjectContactCombo,
            "coordinator_id": ui.coordinatorCombo,
            "parent_id": ui.parentCombo,
        }
        label = ui.formLayout.labelForField(widgets[name]) if name in widgets else None
        text = label.text() if isinstance(label, QLabel) else name
        return text.replace("&", "").rstrip(":")

    def pending_changes(self) -> dict[str, Any]:
        """Return the fields whose shown value differs from the stored experiment."""
        exp = self.experiment
        if exp is None:
            return {}
        ui = self.ui
        shown: dict[str, Any] = {
            "number": ui.numberSpin.value() or None,
            "title": ui.titleEdit.text().strip(),
            "letter_title": ui.letterTitleEdit.text().strip(),
            "application_date": _typed_date(ui.applicationDateEdit, exp.application_date),
            "round_id": ui.roundCombo.currentData(),
            "status": ExperimentStatus(ui.statusCombo.currentData()),
            "subject_contact_id": ui.subjectContactCombo.currentData(),
            "coordinator_id": ui.coordinatorCombo.currentData(),
            "parent_id": ui.parentCombo.currentData(),
        }
        shown |= {field: edit.toPlainText() for field, edit in self.sections.items()}
        if not shown["title"]:
            shown["title"] = exp.title
        return {k: v for k, v in shown.items() if getattr(exp, k) != v}

    def flush(self) -> None:
        """Emit what the user changed since the last flush (one undoable edit)."""
        self._typing.stop()
        if self._loading:
            return
        changes = self.pending_changes()
        if changes:
            self.changesMade.emit(changes)

    def highlight(self, terms: list[str]) -> None:
        """Mark every occurrence of the search terms and show the first section that has one."""
        first_tab = None
        for index, edit in enumerate(self.sections.values()):
            selections = _find_all(edit, terms)
            edit.setExtraSelections(selections)
            if selections and first_tab is None:
                first_tab = index
                edit.setTextCursor(selections[0].cursor)
                edit.ensureCursorVisible()
        if first_tab is not None:
            self.ui.sectionTabs.setCurrentIndex(first_tab)

    def select_sentence(self, field: str, span: tuple[int, int]) -> bool:
        """Select a stretch of a field's text (a search hit's sentence) and show it; return
        whether the field is one of the editor's texts."""
        start, end = span
        ui = self.ui
        lines = {"title": ui.titleEdit, "letter_title": ui.letterTitleEdit}
        if field in lines:
            lines[field].setSelection(start, end - start)
            return True
        edit = self.sections.get(field)
        if edit is None:
            return False
        text = edit.toPlainText()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(_qt_position(text, start))
        cursor.setPosition(_qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.ui.sectionTabs.setCurrentIndex(list(self.sections).index(field))
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        return True

    def clear_highlights(self) -> None:
        """Take away the search's marks and the selected hit (the text stays as it is)."""
        for edit in self.sections.values():
            edit.setExtraSelections([])
            cursor = edit.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                edit.setTextCursor(cursor)
        for line in (self.ui.titleEdit, self.ui.letterTitleEdit):
            line.deselect()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Store a section's text as soon as the user leaves it."""
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)


def _qt_position(text: str, index: int) -> int:
    """Return a Python index into a text as Qt counts it (UTF-16 units), kept inside it."""
    return len(text[: max(0, index)].encode("utf-16-le")) // 2


def _find_all(edit: QPlainTextEdit, terms: list[str]) -> list[QTextEdit.ExtraSelection]:
    marks = []
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffd54f"))
    document = edit.document()
    for term in terms:
        if not term:
            continue
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(term, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            marks.append(selection)
    return marks


def _fill(combo: QComboBox, items: list[tuple[str | None, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    _select(combo, current)
    combo.blockSignals(False)


def _select(combo: QComboBox, data: str | None) -> None:
    index = combo.findData(data) if data is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _set_text(line: Any, text: str) -> None:
    if line.text() != text:
        line.setText(text)


def _set_date(field: DateField, iso: str) -> None:
    """Show a stored date, unless the field already shows that very date."""
    if field.problem() is not None or field.iso() != iso:
        field.setText(iso)


def _typed_date(field: DateField, stored: str) -> str:
    """Return the date typed as ISO; while the text is no date, the stored one (the field
    itself shows why, and nothing is stored or reported until it is one)."""
    return stored if field.problem() is not None else field.iso()
