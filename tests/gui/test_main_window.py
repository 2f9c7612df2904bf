"""The main window driven through real widgets: open, edit, undo, search, read-only."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QItemSelectionModel, Qt

from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.model import Contact, Experiment, Participation
from frikommune_desktop.store import Store

from .files import close_in, first_empty_cell, open_in, show_loaded, wait_idle


def _experiments(win: MainWindow) -> list[Experiment]:
    return win.session.store.records.all(Experiment)


def test_welcome_screen_when_no_file_is_open(qtbot) -> None:
    """Without a file the window shows the welcome screen and no views."""
    win = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(win)
    win.show()
    assert win.welcome.isVisible()
    assert not win.ui.tabs.isVisible()
    assert win.windowTitle() == "Frikommune Desktop"


def test_file_given_at_start_opens_after_the_window_is_painted(qtbot, demo_path) -> None:
    """Start-up shows the window first, then opens the file; a missing file gives welcome."""
    win = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(win)
    win.show()
    win.open_file_after_show(demo_path)
    assert win.session is None  # nothing is opened before the first paint
    assert win.statusBar().currentMessage().startswith("Opening demo.fkdb")
    qtbot.waitUntil(lambda: win.session is not None)
    wait_idle(qtbot, win)  # the list is read off the GUI thread
    assert win.view("experiments").proxy.rowCount() == 5

    gone = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(gone)
    gone.show()
    gone.open_file_after_show(demo_path.with_name("væk.fkdb"))
    qtbot.waitUntil(lambda: gone.welcome.isVisible())
    assert gone.session is None
    assert "væk.fkdb" in gone.last_error


def test_demo_opens_with_every_view_and_a_title_naming_file_and_state(window) -> None:
    """Opening a file shows the seven views and a title with file, network and state."""
    keys = [view.key for view in window.views]
    assert keys == [
        "experiments",
        "participation",
        "legal",
        "contacts",
        "municipalities",
        "rounds",
        "overview",
    ]
    assert window.windowTitle().startswith("demo.fkdb — Flere billige boliger")
    assert not window.ui.banner.isVisible()
    assert window.view("experiments").proxy.rowCount() == 5


def test_new_experiment_is_stored_edited_and_undone(window, qtbot) -> None:
    """Adding an experiment and typing its title stores both at once; Ctrl+Z undoes each."""
    view = window.show_view("experiments")
    qtbot.mouseClick(view.ui.addButton, Qt.MouseButton.LeftButton)
    assert len(_experiments(window)) == 6
    editor = view.editor
    editor.ui.titleEdit.setText("Forsøg med deleboliger for unge")
    editor.ui.titleEdit.editingFinished.emit()
    titles = {e.title for e in _experiments(window)}
    assert "Forsøg med deleboliger for unge" in titles
    assert window.session.undo_stack.undoText() == "Edit Title of experiment"
    window.session.undo_stack.undo()
    assert "Forsøg med deleboliger for unge" not in {e.title for e in _experiments(window)}
    window.session.undo_stack.undo()
    assert len(_experiments(window)) == 5
    window.session.undo_stack.redo()
    assert len(_experiments(window)) == 6


def test_section_text_is_stored_when_typing_pauses(window, qtbot) -> None:
    """Typing in a section stores the text after a pause, as one undoable step."""
    view = window.show_view("experiments")
    editor = view.editor
    editor.ui.evaluationEdit.setPlainText("Evalueres med KORA.")
    qtbot.waitUntil(
        lambda: any(e.evaluation == "Evalueres med KORA." for e in _experiments(window)),
        timeout=3000,
    )
    window.session.undo_stack.undo()
    assert all(e.evaluation != "Evalueres med KORA." for e in _experiments(window))


def test_delete_experiment_and_undo_restores_its_participation(window, qtbot) -> None:
    """Deleting the selected experiment removes it with its rows; undo brings all back."""
    view = window.show_view("experiments")
    store = window.session.store
    before = len(store.records.all(Participation))
    view.ui.table.selectRow(0)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(_experiments(window)) == 4
    assert len(store.records.all(Participation)) < before
    window.session.undo_stack.undo()
    assert len(_experiments(window)) == 5
    assert len(store.records.all(Participation)) == before


def test_filters_fold_danish_letters(window, qtbot) -> None:
    """The list filter finds 'Øget fleksibilitet' when typed in lower case."""
    view = window.show_view("experiments")
    qtbot.keyClicks(view.ui.filterEdit, "øget")
    assert view.proxy.rowCount() == 1


def test_participation_cell_toggles_with_space_and_undoes(window, qtbot) -> None:
    """Space on an empty cell adds participation; undo removes it again."""
    view = show_loaded(qtbot, window, "participation")
    store = window.session.store
    before = len(store.records.all(Participation))
    model = view.model
    empty = first_empty_cell(model)
    view.ui.table.setFocus()
    view.ui.table.selectionModel().setCurrentIndex(
        empty, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    row, column = empty.row(), empty.column()
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Space)
    assert len(store.records.all(Participation)) == before + 1
    qtbot.waitUntil(lambda: model.data(model.index(row, column)) == "?")
    window.session.undo_stack.undo()
    assert len(store.records.all(Participation)) == before


def test_participation_dialog_answer_updates_approval(window, qtbot) -> None:
    """Approving a participation in the dialog stores status, committee and date."""
    view = show_loaded(qtbot, window, "participation")
    cell = next(c for c in view.model.matrix().cells.values())
    view.apply_dialog(
        cell,
        True,
        {
            "reservation": "",
            "approval_committee": "Økonomiudvalget",
            "approval_meeting_date": "2017-01-10",
            "approval_status": "approved",
        },
    )
    stored = window.session.store.records.get(Participation, cell.participation_id)
    assert stored.approval_status.value == "approved"
    assert stored.approval_committee == "Økonomiudvalget"


def test_member_checkbox_is_an_undoable_edit(window) -> None:
    """Ticking a municipality makes it a member; undo takes it out again."""
    view = window.show_view("municipalities")
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).code == "147")
    column = next(
        c
        for c in range(model.columnCount())
        if model.flags(model.index(row, c)) & Qt.ItemFlag.ItemIsUserCheckable
    )
    model.setData(
        model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "147" in {m.code for m in window.session.store.records.members()}
    window.session.undo_stack.undo()
    assert "147" not in {m.code for m in window.session.store.records.members()}


def test_search_jumps_to_the_experiment_and_highlights(window, qtbot) -> None:
    """Ctrl+F searches all texts; activating a hit selects its experiment and marks words."""
    window.ui.actionFind.trigger()
    assert window.search_dock.isVisible()
    hits = window.search_panel.run("udslusningsboliger")
    assert hits
    window.search.show_hit(hits[0], ["udslusningsboliger"])
    view = window.view("experiments")
    assert view.current_id() == hits[0].experiment_id
    marked = [e for e in view.editor.sections.values() if e.extraSelections()]
    assert marked


def test_other_process_holding_the_file_gives_read_only_banner(qtbot, demo_path) -> None:
    """With a second process holding the file, the window opens read-only and says who."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from frikommune_desktop.store import Store;"
            "s = Store.open(sys.argv[1], user='Christine'); print('ready', flush=True);"
            "sys.stdin.readline(); s.close()",
            str(demo_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        win = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(win, before_close_func=lambda w: close_in(qtbot, w))
        win.show()
        assert open_in(qtbot, win, demo_path)
        assert win.ui.banner.isVisible()
        assert "Christine" in win.ui.bannerLabel.text()
        assert not win.view("experiments").ui.addButton.isEnabled()
        assert not win.session.do(_noop_edit())
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    win.ui.recheckButton.click()
    wait_idle(qtbot, win)
    assert win.session.writable
    assert not win.ui.banner.isVisible()


def test_changes_saved_by_another_process_refresh_the_view(window, demo_path, qtbot) -> None:
    """When another coordinator saves, the window notices and shows the new data."""
    contacts = show_loaded(qtbot, window, "contacts")
    before = contacts.model.rowCount()
    window.session.store.close()  # let a second process write, as after a hand-over
    with Store.open(demo_path, user="Susan") as other:
        other.records.add(Contact(name="Ny kontaktperson"))
    window.session.store = Store.open(demo_path, readonly=True)
    window.session._seen_version = -1
    assert window.session.poll()
    window.refresh()
    wait_idle(qtbot, window)
    assert contacts.model.rowCount() == before + 1


def _noop_edit():
    from frikommune_desktop.edits import AddRecord

    return AddRecord(Contact(name="x"), "x")


def test_legal_table_opens_sorted_by_experiment(window) -> None:
    """The legal-basis table shows its rows in the order its sort indicator claims."""
    view = window.show_view("legal")
    numbers = [view.proxy.index(r, 0).data().split(".")[0] for r in range(view.proxy.rowCount())]
    assert numbers == sorted(numbers)
    assert numbers[0] == "1"


def test_outside_change_to_the_shown_experiment_is_not_overwritten(window, qtbot) -> None:
    """A change made elsewhere (here a status set by another edit) to the experiment shown in
    the editor stays stored when the view reloads; the editor then shows it."""
    from frikommune_desktop.edits import UpdateRecord
    from frikommune_desktop.model import ExperimentStatus

    view = window.show_view("experiments")
    shown = view.editor.experiment
    assert shown is not None and shown.status is not ExperimentStatus.GRANTED
    assert window.session.do(
        UpdateRecord(Experiment, shown.id, {"status": ExperimentStatus.GRANTED}, "Bevilget")
    )
    # The window's deferred refresh reloads the view; the editor then shows the stored status.
    qtbot.waitUntil(
        lambda: view.editor.ui.statusCombo.currentData() == ExperimentStatus.GRANTED.value
    )
    assert not window.view_tabs.refresh_pending
    assert window.session.store.records.get(Experiment, shown.id).status is ExperimentStatus.GRANTED
    assert window.session.undo_stack.count() == 1
