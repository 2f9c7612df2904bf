"""Om dig: the coordinator's name and municipality, asked on the first start and from
Rediger → Min profil…; saved as the core profile, used from the next file opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from frikommune_desktop.errors import ResourceError
from frikommune_desktop.gui import app as gui_app
from frikommune_desktop.gui.app import ask_profile_on_first_start, install_window_icon, run
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.profile_dialog import ProfileDialog
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.program.profile import (
    Profile,
    load_profile,
    login_name,
    needs_first_start,
    save_profile,
    user_name,
)
from frikommune_desktop.sharing.lockfile import read_lock

from .files import close_in, open_in


@pytest.fixture
def first_start(monkeypatch) -> None:
    """No profile yet and no name set by IT: the program's very first start."""
    monkeypatch.delenv("FRIKOMMUNE_USER", raising=False)


def _dialog(qtbot, **kwargs) -> ProfileDialog:
    dialog = ProfileDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer_modal(act: Callable[[ProfileDialog], None], tries: int = 300) -> None:
    """Once a modal ProfileDialog runs its own event loop, do `act` to it."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ProfileDialog):
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def _fill_and_accept(name: str, municipality: str) -> Callable[[ProfileDialog], None]:
    def act(dialog: ProfileDialog) -> None:
        dialog.ui.nameEdit.setText(name)
        dialog.ui.municipalityCombo.setEditText(municipality)
        dialog.ok_button().click()

    return act


def test_dialog_is_prefilled_with_the_login_name_without_a_profile(qtbot, first_start) -> None:
    """Without a profile the name is the login name and the municipality is (none)."""
    dialog = _dialog(qtbot)
    assert dialog.ui.nameEdit.text() == login_name()
    assert dialog.ui.municipalityCombo.currentIndex() == 0
    assert dialog.ui.municipalityCombo.currentText() == "(none)"
    assert dialog.ui.municipalityCombo.count() == 99
    assert dialog.ok_button().isEnabled()
    assert not dialog.ui.noteLabel.isVisible() and not dialog.ui.errorLabel.isVisible()


def test_dialog_is_prefilled_from_the_saved_profile(qtbot) -> None:
    """A saved profile fills in its name and municipality."""
    save_profile(Profile("Susan Fiil Præstegaard", "169"))
    dialog = _dialog(qtbot)
    assert dialog.ui.nameEdit.text() == "Susan Fiil Præstegaard"
    assert dialog.ui.municipalityCombo.currentData() == "169"
    assert dialog.ui.municipalityCombo.currentText() == "Høje-Taastrup"


def test_municipality_completes_on_any_part_of_the_name(qtbot) -> None:
    """Typing part of a name, in any case, offers the municipalities containing it."""
    dialog = _dialog(qtbot)
    completer = dialog.ui.municipalityCombo.completer()
    completer.setCompletionPrefix("taastrup")
    found = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert found == ["Høje-Taastrup"]


def test_ok_is_disabled_while_the_name_is_blank(qtbot) -> None:
    """The name signs every change, so OK stays off while it is blank or only spaces."""
    dialog = _dialog(qtbot)
    for text, enabled in (("", False), ("   ", False), ("A", True), ("", False)):
        dialog.ui.nameEdit.setText(text)
        assert dialog.ok_button().isEnabled() is enabled, repr(text)


def test_ok_saves_the_profile_with_the_municipality_code(qtbot, first_start) -> None:
    """OK writes the core profile: the name (spaces tidied) and the chosen kommunekode."""
    dialog = _dialog(qtbot)
    with qtbot.waitSignal(dialog.saved) as saved:
        _fill_and_accept("  Anna   Jensen ", "aarhus")(dialog)
    assert saved.args == [Profile("Anna Jensen", "751")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_profile() == Profile("Anna Jensen", "751")
    assert user_name() == "Anna Jensen"
    assert not needs_first_start()


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Høje-Taastrup", "169"),
        ("Høje-Taastrup Kommune", "169"),
        ("Københavns Kommune", "101"),
        ("Århus", "751"),
        ("101", "101"),
        ("(none)", None),
        ("", None),
    ],
)
def test_usual_forms_of_a_municipality_are_understood(qtbot, typed, code) -> None:
    """A name from the list, its usual variants and a kommunekode give the code; (none) none."""
    dialog = _dialog(qtbot)
    dialog.ui.municipalityCombo.setEditText(typed)
    assert dialog.municipality_code() == code


def test_unknown_municipality_is_refused_in_the_dialog(qtbot, first_start) -> None:
    """A municipality that is not one of the 98 is named in the dialog and nothing is saved."""
    dialog = _dialog(qtbot)
    _fill_and_accept("Anna", "Atlantis")(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisible() and "Atlantis" in dialog.ui.errorLabel.text()
    assert load_profile() is None


def test_a_failed_save_is_shown_as_a_message(qtbot, tmp_path, monkeypatch) -> None:
    """A profile that cannot be written is one clear line in the dialog, never a traceback."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("FRIKOMMUNE_DATA_DIR", str(blocker))
    dialog = _dialog(qtbot)
    _fill_and_accept("Anna", "Odense")(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("Profilen kan ikke gemmes")
    assert "Traceback" not in dialog.ui.errorLabel.text()


def test_it_set_name_is_explained(qtbot) -> None:
    """When IT set FRIKOMMUNE_USER, the dialog says that name is the one used."""
    dialog = _dialog(qtbot)
    assert dialog.ui.noteLabel.isVisible()
    assert "testbruger" in dialog.ui.noteLabel.text()


def test_dialog_speaks_danish(qtbot, danish, first_start) -> None:
    """In Danish the dialog is "Om dig" with Navn, Kommune and (ingen)."""
    dialog = _dialog(qtbot, first_start=True)
    assert dialog.windowTitle() == "Om dig"
    assert dialog.ui.nameLabel.text() == "&Navn"
    assert dialog.ui.municipalityLabel.text() == "&Kommune"
    assert dialog.ui.municipalityCombo.itemText(0) == "(ingen)"
    assert "låsefil" in dialog.ui.introLabel.text()
    assert "Rediger → Min profil…" in dialog.ui.noteLabel.text()


def test_first_start_is_asked_only_when_needed(qtbot, monkeypatch) -> None:
    """No dialog when IT set the name, when a profile exists, or when not interactive."""
    assert not ask_profile_on_first_start(True)  # FRIKOMMUNE_USER is set
    monkeypatch.delenv("FRIKOMMUNE_USER")
    assert not ask_profile_on_first_start(False)  # --screenshot, CI
    save_profile(Profile("Anna"))
    assert not ask_profile_on_first_start(True)


def test_first_start_saves_the_answer(qtbot, first_start) -> None:
    """On the first start the dialog is shown and its answer becomes the profile."""
    _answer_modal(_fill_and_accept("Anna Jensen", "Odense"))
    assert ask_profile_on_first_start(True)
    assert load_profile() == Profile("Anna Jensen", "461")
    assert not needs_first_start()


def test_first_start_cancel_keeps_the_login_name_and_asks_again(qtbot, first_start) -> None:
    """Later (cancel) goes on under the login name and leaves the question for next start."""
    labels = []

    def later(dialog: ProfileDialog) -> None:
        labels.append(dialog.ui.buttonBox.buttons())
        dialog.reject()

    _answer_modal(later)
    assert ask_profile_on_first_start(True)
    assert labels and "&Later" in [b.text() for b in labels[0]]
    assert load_profile() is None
    assert user_name() == login_name()
    assert needs_first_start()


def test_start_asks_before_the_window_and_goes_on_after_cancel(
    qtbot, first_start, monkeypatch
) -> None:
    """The program asks before any window shows; after Later the welcome screen opens."""
    seen: dict[str, bool] = {}

    def later(dialog: ProfileDialog) -> None:
        seen["window shown while asking"] = any(
            isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        dialog.reject()

    class EventLoopless:
        """Stands in for the QApplication: exec() looks at the window shown and closes it
        (a real app.exec() and quit() would end every later test's event loops at once)."""

        def exec(self) -> int:
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            seen["welcome"] = len(shown) == 1 and shown[0].welcome.isVisible()
            for window in shown:
                window.close()
            return 0

    monkeypatch.setattr(gui_app, "application", EventLoopless)
    _answer_modal(later)
    assert run() == 0
    assert seen == {"window shown while asking": False, "welcome": True}
    assert needs_first_start()


def test_screenshots_never_ask(qtbot, first_start, tmp_path) -> None:
    """--screenshot renders without asking, so CI never waits for an answer."""
    assert run(screenshot_dir=tmp_path / "shots") == 0
    assert (tmp_path / "shots" / "01-welcome.png").is_file()
    assert needs_first_start()


def test_my_profile_opens_the_dialog(qtbot) -> None:
    """Rediger → Min profil… opens the dialog over the window; saving says so."""
    window = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionProfile.trigger()
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert window.ui.actionProfile in window.ui.menuEdit.actions()
    _fill_and_accept("Anna Jensen", "Odense")(dialog)
    assert load_profile() == Profile("Anna Jensen", "461")
    assert window.statusBar().currentMessage() == "Your profile is saved."


def test_new_name_applies_from_the_next_open(qtbot, monkeypatch, make_window, demo_path) -> None:
    """The open file keeps the name its lock names; the new name signs from the next open."""
    monkeypatch.delenv("FRIKOMMUNE_USER")
    window = make_window(demo_path)
    old = window.session.store.user
    assert old == login_name()
    dialog = window.file_actions.edit_profile()
    assert dialog.ui.noteLabel.isVisible()
    assert "demo.fkdb" in dialog.ui.noteLabel.text() and old in dialog.ui.noteLabel.text()
    _fill_and_accept("Anna Jensen", "")(dialog)
    assert "next time you open a file" in window.statusBar().currentMessage()
    assert window.session.store.user == old
    assert read_lock(demo_path).user == old

    close_in(qtbot, window)
    assert open_in(qtbot, window, demo_path)
    assert window.session.store.user == "Anna Jensen"
    assert read_lock(demo_path).user == "Anna Jensen"


def test_window_icon_comes_from_the_shipped_pngs(qapp) -> None:
    """The program's icon is set from resources/icons when its PNGs are shipped."""
    if not any((Path(gui_app.resources_dir()) / name).is_file() for name, _ in gui_app.ICON_FILES):
        pytest.skip("resources/icons holds no PNG yet")
    assert install_window_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes()


def test_missing_icon_is_skipped_silently(qapp, monkeypatch) -> None:
    """Without the icon files the program starts with Qt's default icon, no error."""

    def missing(name: str) -> Path:
        raise ResourceError(f"Datafilen '{name}' mangler.")

    monkeypatch.setattr(gui_app, "resource_path", missing)
    assert install_window_icon(qapp) is False
