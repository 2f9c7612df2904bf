"""Changes that say what changed: the session's payload, and views that reload only for theirs."""

from __future__ import annotations

import contextlib
import select
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QSignalSpy

from frikommune_desktop.db.changes import ALL_TABLES, Changes
from frikommune_desktop.edits import AddRecord, DeleteRecord, UpdateRecord
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.models.experiments import COL_TITLE
from frikommune_desktop.gui.session import Session
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.gui.views.experiments_view import ExperimentsView
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.store import Store

from .files import open_in, show_loaded

#: A second process holding the file: it adds a contact as Christine when told.
_HOLDER = (
    "import sys\n"
    "from frikommune_desktop.model import Contact\n"
    "from frikommune_desktop.store import Store\n"
    "s = Store.open(sys.argv[1], user='Christine')\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "s.records.add(Contact(name='Fra Christine'))\n"
    "print('added', flush=True)\n"
    "sys.stdin.readline()\n"
    "s.close()\n"
)


def _said(holder: subprocess.Popen[str]) -> str:
    """Return the holder's next line, waiting at most 60 s for it ('' if it ended)."""
    assert holder.stdout is not None
    ready, _, _ = select.select([holder.stdout], [], [], 60)
    assert ready, "the holder process said nothing for 60 s"
    return holder.stdout.readline().strip()


def _holder(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert _said(holder) == "ready"
    return holder


def _tell(holder: subprocess.Popen[str]) -> str:
    assert holder.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        holder.stdin.write("\n")
        holder.stdin.flush()
    return _said(holder)


def _settled(window: MainWindow, qtbot) -> None:
    """Wait until the window's deferred refresh has run and the views show the file."""
    qtbot.waitUntil(lambda: not window.view_tabs.refresh_pending and not window.loading)


def test_an_edit_its_undo_and_redo_say_what_they_touched_and_who(qtbot, demo_path) -> None:
    """do() announces the edited row and who asked; undo and a later redo name it again,
    asked by no one (every view shows them)."""
    session = Session(Store.open(demo_path, user="Eva"))
    try:
        seen: list[Changes] = []
        session.changed.connect(seen.append)
        experiment = session.store.records.all(Experiment)[0]
        editor = object()
        edit = UpdateRecord(Experiment, experiment.id, {"goals": "Nye mål"}, "Ret mål")
        assert session.do(edit, source=editor)
        session.undo_stack.undo()
        session.undo_stack.redo()
        assert [c.ids("experiments") for c in seen] == [{experiment.id}] * 3
        assert [c.tables for c in seen] == [frozenset({"experiments"})] * 3
        assert [c.by for c in seen] == ["Eva"] * 3
        assert [c.source for c in seen] == [editor, None, None]
    finally:
        session.close()


def test_a_save_in_another_process_is_announced_with_its_writer(qtbot, demo_path) -> None:
    """A read-only session notices the holder's save: any table may have changed, by them."""
    holder = _holder(demo_path)
    try:
        session = Session(Store.open(demo_path))
        seen: list[Changes] = []
        session.changed.connect(seen.append)
        assert not session.writable
        assert _tell(holder) == "added"
        assert session.poll()
        [changes] = seen
        assert changes.tables == ALL_TABLES and changes.ids("contacts") is None
        assert changes.by == "Christine"
        session.close()
    finally:
        _tell(holder)
        holder.wait(timeout=30)


def test_a_save_in_another_process_reaches_the_view(qtbot, demo_path) -> None:
    """The contacts view of a read-only window shows the contact another process added."""
    holder = _holder(demo_path)
    try:
        window = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(window)
        window.show()
        assert open_in(qtbot, window, demo_path)
        contacts = show_loaded(qtbot, window, "contacts")
        before = contacts.model.rowCount()
        assert _tell(holder) == "added"
        qtbot.waitUntil(lambda: contacts.model.rowCount() == before + 1, timeout=10000)
        names = {contacts.model.row_at(r).name for r in range(contacts.model.rowCount())}
        assert "Fra Christine" in names
    finally:
        _tell(holder)
        holder.wait(timeout=30)


def test_a_view_reloads_for_its_tables_and_not_for_others(window, qtbot) -> None:
    """A new contact reloads the contacts view, not the municipalities shown; views of other
    tables stay current."""
    municipalities = window.show_view("municipalities")
    contacts = window.view("contacts")
    rounds = window.view("rounds")
    rounds.refresh_if_stale()
    contacts.refresh_if_stale()
    _settled(window, qtbot)  # both read the file off the GUI thread
    municipality_resets = QSignalSpy(municipalities.model.modelReset)
    contact_resets = QSignalSpy(contacts.model.modelReset)
    assert window.session.do(AddRecord(Contact(name="Ny kontakt"), "Ny kontakt"))
    _settled(window, qtbot)
    assert municipality_resets.count() == 0
    assert contacts.stale and not rounds.stale
    show_loaded(qtbot, window, "contacts")
    assert contact_resets.count() == 1
    assert not municipalities.stale  # a contact is not a municipality
    window.show_view("municipalities")
    assert municipality_resets.count() == 0


def test_a_view_keeps_its_selection_and_scroll_when_it_reloads(window, qtbot) -> None:
    """After an edit of another contact (put in place) and its deletion (a reload), the
    contacts view has the same row current and is scrolled where it was."""
    store = window.session.store
    store.records.add_many(Contact(name=f"Kontakt {n:03}") for n in range(120))
    window.refresh()
    view = show_loaded(qtbot, window, "contacts")
    table = view.ui.table
    index = view.proxy.index(90, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
    chosen = table.currentIndex().siblingAtColumn(0).data()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    other = next(c for c in store.records.all(Contact) if c.name == "Kontakt 005")
    resets = QSignalSpy(view.model.modelReset)
    assert window.session.do(UpdateRecord(Contact, other.id, {"phone": "12345678"}, "Ret"))
    _settled(window, qtbot)
    assert resets.count() == 0  # an edited contact is put in place
    assert table.currentIndex().siblingAtColumn(0).data() == chosen
    assert table.verticalScrollBar().value() == scrolled
    assert window.session.do(DeleteRecord(Contact, other.id, "Slet"))
    _settled(window, qtbot)
    assert resets.count() == 1  # a contact gone: the list is read again
    assert table.currentIndex().siblingAtColumn(0).data() == chosen
    assert table.verticalScrollBar().value() == scrolled


def test_the_editor_keeps_typing_in_another_field_while_its_edit_is_stored(window, qtbot) -> None:
    """The title stored from the editor updates its row in the list without reloading the
    editor: the section being typed stays in its field, unstored. Undo does reload it."""
    view = window.show_view("experiments", ExperimentsView)
    editor = view.editor
    experiment = editor.experiment
    assert experiment is not None
    list_resets = QSignalSpy(view.model.modelReset)
    editor.ui.titleEdit.setFocus()
    editor.ui.titleEdit.end(False)
    qtbot.keyClicks(editor.ui.titleEdit, " (ny)")
    editor.flush()  # what leaving the field does: the title is stored
    typed_goals = experiment.goals + " Og mere."
    editor.ui.goalsEdit.setFocus()
    editor.ui.goalsEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.ui.goalsEdit, " Og mere.")  # typed before the window refreshes
    _settled(window, qtbot)
    stored = window.session.store.records.get(Experiment, experiment.id)
    assert stored.title == experiment.title + " (ny)"
    assert stored.goals == experiment.goals  # the section is still being typed
    assert editor.ui.goalsEdit.toPlainText() == typed_goals
    assert editor.ui.titleEdit.text() == stored.title
    assert window.session.undo_stack.count() == 1
    assert editor.pending_changes() == {"goals": typed_goals}
    row = view.ui.table.currentIndex().siblingAtColumn(COL_TITLE)
    assert row.data() == stored.title  # the list shows the stored title
    assert list_resets.count() == 0  # one row updated in place
    editor.flush()
    window.session.undo_stack.undo()  # the section, then the title: the editor follows
    window.session.undo_stack.undo()
    _settled(window, qtbot)
    assert editor.ui.titleEdit.text() == experiment.title
    assert editor.ui.goalsEdit.toPlainText() == experiment.goals


def test_a_view_due_for_a_whole_reload_stays_due_for_one(window) -> None:
    """A view marked stale for anything stays so when a narrower change follows."""
    view = window.view("rounds")
    view.note_changes(None)
    view.note_changes(Changes(frozenset({"rounds"}), {"rounds": frozenset({"x"})}, "Eva"))
    assert view.stale and view.pending is None
    view.refresh_if_stale()
    view.note_changes(Changes(frozenset({"rounds"}), {"rounds": frozenset({"x"})}, "Eva"))
    assert view.pending is not None and view.pending.ids("rounds") == {"x"}
