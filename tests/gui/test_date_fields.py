"""Date fields typed as Danes write dates: the dialogs keep what was typed on an error."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox

from frikommune_desktop.gui.date_field import DateField
from frikommune_desktop.gui.views.participation_view import ParticipationDialog
from frikommune_desktop.gui.views.record_dialog import RecordDialog
from frikommune_desktop.model import Experiment, Participation, Round

from .files import first_empty_cell, show_loaded


def _click(qtbot, widget) -> None:
    """Click a widget with the left mouse button."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _ok(qtbot, dialog: QDialog) -> None:
    """Click the dialog's OK button."""
    _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def _retype(qtbot, field: DateField, text: str) -> None:
    """Empty a date field with the keyboard and type a new text into it."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)


def _drive_when_shown(kind: type, drive: Callable) -> None:
    """Once the event loop runs (inside the dialog's exec), `drive` the modal dialog of `kind`
    that is open, and cancel it if `drive` left it open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def _open_empty_cell(window, qtbot, drive: Callable[[ParticipationDialog], None]) -> tuple:
    """Press Enter on a cell where the municipality takes no part; `drive` the dialog it
    opens. Return (experiment id, municipality) of the cell."""
    view = show_loaded(qtbot, window, "participation")
    model = view.model
    empty = first_empty_cell(model)
    cell = model.cell_at(empty)
    view.ui.table.setFocus()
    view.ui.table.selectionModel().setCurrentIndex(
        empty, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )

    _drive_when_shown(ParticipationDialog, drive)
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Return)
    return cell.experiment_id, cell.municipality


def _fill(qtbot, dialog: ParticipationDialog, date: str) -> None:
    """Tick 'takes part' and type a reservation, a committee and the meeting date."""
    ui = dialog.ui
    _click(qtbot, ui.participatesCheck)
    qtbot.keyClicks(ui.reservationEdit, "Kun for de nye boliger")
    qtbot.keyClicks(ui.committeeEdit, "Økonomiudvalget")
    qtbot.keyClicks(ui.meetingDateEdit.edit, date)


def _participation(window, experiment_id: str, municipality: str) -> list[Participation]:
    store = window.session.store
    return store.records.all(Participation, experiment_id=experiment_id, municipality=municipality)


def test_participation_meeting_date_typed_the_danish_way_is_stored(window, qtbot) -> None:
    """Mødedato '15.12.2016' is confirmed under the field as typed and stored as 2016-12-15."""
    seen: list[str] = []

    def drive(dialog: ParticipationDialog) -> None:
        _fill(qtbot, dialog, "15.12.2016")
        seen.append(dialog.ui.meetingDateEdit.hint.text())
        _ok(qtbot, dialog)
        seen.append("open" if dialog.isVisible() else "closed")

    key = _open_empty_cell(window, qtbot, drive)
    assert seen == ["torsdag 15. december 2016", "closed"]
    [stored] = _participation(window, *key)
    assert stored.approval_meeting_date == "2016-12-15"
    assert stored.reservation == "Kun for de nye boliger"
    assert stored.approval_committee == "Økonomiudvalget"
    assert window.last_error == ""


def test_unreadable_meeting_date_keeps_the_dialog_open_with_everything_typed(window, qtbot) -> None:
    """'15.13.2016' at OK: the dialog stays open, the field is marked and has the focus, the
    reservation and committee are still there; corrected, OK stores it all. No error box."""
    seen: dict[str, object] = {}

    def drive(dialog: ParticipationDialog) -> None:
        ui = dialog.ui
        _fill(qtbot, dialog, "15.13.2016")
        _ok(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["reason"] = ui.meetingDateEdit.hint.text()
        seen["tooltip"] = ui.meetingDateEdit.edit.toolTip()
        seen["focus"] = dialog.focusWidget() is ui.meetingDateEdit.edit
        seen["typed"] = (
            ui.reservationEdit.toPlainText(),
            ui.committeeEdit.text(),
            ui.meetingDateEdit.text(),
        )
        _click(qtbot, ui.committeeEdit)  # a focus change brings no error box
        _retype(qtbot, ui.meetingDateEdit, "15.12.2016")
        _ok(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    key = _open_empty_cell(window, qtbot, drive)
    assert seen["open"] is True
    assert seen["reason"] == "Datoen findes ikke: måned 13 findes ikke."
    assert str(seen["tooltip"]).startswith("Datoen findes ikke: måned 13 findes ikke. Forventet")
    assert seen["focus"] is True
    assert seen["typed"] == ("Kun for de nye boliger", "Økonomiudvalget", "15.13.2016")
    assert seen["closed"] is True
    [stored] = _participation(window, *key)
    assert (stored.approval_meeting_date, stored.approval_committee) == (
        "2016-12-15",
        "Økonomiudvalget",
    )
    assert window.last_error == ""


def _add_round(window, qtbot, drive: Callable[[RecordDialog], None]) -> None:
    """Press Insert in Ansøgningsrunder and `drive` the record dialog it opens."""
    view = show_loaded(qtbot, window, "rounds")

    _drive_when_shown(RecordDialog, drive)
    view.ui.table.setFocus()
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Insert)


def test_round_deadline_written_out_is_stored_whole(window, qtbot) -> None:
    """'1. maj 2018' typed into Frist is kept whole (no 10-character cut) and stored ISO."""
    shown: list[str] = []

    def drive(dialog: RecordDialog) -> None:
        deadline = dialog.widget("deadline")
        assert isinstance(deadline, DateField)
        qtbot.keyClicks(deadline.edit, "1. maj 2018")
        qtbot.keyClicks(dialog.widget("name"), "4. runde")
        shown.append(deadline.text())
        _ok(qtbot, dialog)

    _add_round(window, qtbot, drive)
    assert shown == ["1. maj 2018"]
    added = [r for r in window.session.store.records.all(Round) if r.name == "4. runde"]
    assert [r.deadline for r in added] == ["2018-05-01"]


def test_round_the_store_refuses_keeps_the_dialog_open(window, qtbot) -> None:
    """A deadline the file already has is refused by the store at OK: the dialog stays open
    with the name and notes typed, and says nothing was stored."""
    seen: list[object] = []

    def drive(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.widget("deadline").edit, "1/12-2016")
        qtbot.keyClicks(dialog.widget("name"), "Dobbelt runde")
        qtbot.keyClicks(dialog.widget("notes"), "Skrevet før OK")
        _ok(qtbot, dialog)
        seen.append(dialog.isVisible())
        seen.append((dialog.widget("name").text(), dialog.widget("notes").toPlainText()))

    before = len(window.session.store.records.all(Round))
    _add_round(window, qtbot, drive)
    assert seen == [True, ("Dobbelt runde", "Skrevet før OK")]
    assert len(window.session.store.records.all(Round)) == before
    assert window.last_error  # the store's reason, told once


def test_calendar_popup_fills_the_field(qtbot) -> None:
    """The button opens a Danish calendar starting on Monday at the date typed; arrow keys
    and Enter pick the next day, which the field then holds; Alt+Down opens it again, and a
    click on a day picks that one."""
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "15.12.2016")
    _click(qtbot, field.button)
    popup = field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    calendar = popup.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.locale().monthName(12) == "december"
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2016-12-15"
    view = calendar.focusWidget() or calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.text() == "16-12-2016" and field.iso() == "2016-12-16"
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible)
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2016-12-16"
    grid = calendar.findChild(QAbstractItemView)
    model = grid.model()
    [twentieth] = [
        model.index(row, column)
        for row in range(1, model.rowCount())  # row 0 names the days, column 0 the weeks
        for column in range(1, model.columnCount())
        if str(model.index(row, column).data()) == "20"
    ]
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(twentieth).center()
    )
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.iso() == "2016-12-20"


def test_leaving_a_date_field_shows_the_window_form(qtbot) -> None:
    """'15-12-16' becomes '15-12-2016' when the field is left; an ISO value set in shows so."""
    field = DateField()
    qtbot.addWidget(field)
    field.setText("2017-05-01")
    assert field.text() == "01-05-2017" and field.hint.text() == "mandag 1. maj 2017"
    field.show()
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "15-12-16")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "15-12-2016"


def test_application_date_written_out_is_stored_without_error_boxes(window, qtbot) -> None:
    """Dato for ansøgning: '1. maj 2017' is stored as 2017-05-01 and shown '01-05-2017';
    '1. maj' is marked at the field, nothing is stored and no error comes on focus changes."""
    view = window.show_view("experiments")
    editor = view.editor
    field = editor.ui.applicationDateEdit
    experiment_id = editor.experiment.id
    store = window.session.store
    _retype(qtbot, field, "1. maj 2017")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert store.records.get(Experiment, experiment_id).application_date == "2017-05-01"
    assert field.text() == "01-05-2017"
    _retype(qtbot, field, "1. maj")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    editor.ui.titleEdit.setFocus()
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert window.last_error == ""
    assert field.hint.text().startswith("Årstallet mangler")
    assert store.records.get(Experiment, experiment_id).application_date == "2017-05-01"


def test_lists_show_dates_in_the_window_form(window, qtbot) -> None:
    """Ansøgningsrunder and the Forsøg list show the deadline as '01-12-2016'."""
    rounds = show_loaded(qtbot, window, "rounds")
    shown = {rounds.proxy.index(row, 0).data() for row in range(rounds.proxy.rowCount())}
    assert shown == {"01-12-2016", "01-05-2017", "01-11-2017"}
    experiments = show_loaded(qtbot, window, "experiments")
    model = experiments.proxy
    assert model.index(0, 2).data() == "01-12-2016"
