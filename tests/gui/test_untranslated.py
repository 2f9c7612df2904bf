"""No visible English: the program's messages and Qt's own dialogs are Danish when translated."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from frikommune_desktop.gui.views.record_dialog import RecordDialog

from .test_translations import _visible_texts
from .test_word_import import application_docx  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "frikommune_da.ts"
#: Qt's own English texts in its dialogs, which Qt's Danish translation replaces.
QT_ENGLISH = {
    "&Look in:",
    "Look in:",
    "Files of type:",
    "File name:",
    "Cancel",
    "&Cancel",
    "Open",
    "&Open",
}
QT_ENGLISH |= {"Save", "&Save", "&Yes", "&No", "Close", "&Close", "Apply", "Help"}


def _english_sources() -> set[str]:
    """Return the English source strings (with and without '&') whose Danish translation
    differs from them, less any text that is also a Danish translation."""
    sources: set[str] = set()
    danish: set[str] = set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue
        forms = {(form.text or "").replace("&", "") for form in translation.findall("numerusform")}
        forms = forms or {(translation.text or "").replace("&", "")}
        danish |= forms
        if source.replace("&", "") not in forms:
            sources |= {source, source.replace("&", "")}
    return {source for source in sources - danish if source.strip()}


def _widget_texts(root: QWidget) -> list[str]:
    """Return the window title and the texts of every label, button, tab, group and field."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), *(action.text() for action in widget.actions())]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def _untranslated(texts: list[str]) -> list[str]:
    """Return the texts that are an English source string or one of Qt's English texts."""
    english = _english_sources() | QT_ENGLISH
    return sorted({text for text in texts if text in english})


def test_saved_template_message_is_danish(danish, window, tmp_path) -> None:
    """Saving the spreadsheet template says so in Danish in the status bar."""
    assert window.file_actions.write_template(tmp_path / "skabelon.xlsx")
    message = window.statusBar().currentMessage()
    assert message.startswith("Skabelon gemt: ") and "skabelon.xlsx" in message


def test_qt_file_dialog_is_danish(danish, qtbot) -> None:
    """Qt's own file dialog (not the native one) shows Danish labels, not 'Look in:'."""
    dialog = QFileDialog(None, "Gem", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _widget_texts(dialog)
    assert "&Kig i:" in texts and "Filer af &type:" in texts
    assert _untranslated(texts) == []


def test_no_english_source_string_is_visible_in_window_or_dialogs(
    danish,
    window,
    qtbot,
    demo_path,
    tmp_path,
    application_docx,  # noqa: F811
) -> None:
    """With Danish installed, the window and its dialogs show no untranslated English string."""
    texts: list[str] = []
    for view in window.views:
        window.show_view(view.key)
        if hasattr(view, "_fields"):  # the record views' add/edit dialog
            record = RecordDialog("x", view._fields(), {}, view)
            texts += _widget_texts(record)
            record.deleteLater()
    texts += _visible_texts(window)
    copy = tmp_path / "kopi.fkdb"
    shutil.copy(demo_path, copy)
    actions = window.file_actions
    for dialog in (
        actions.export_round(),
        actions.import_spreadsheets(),
        actions.import_application(application_docx),
        actions.edit_profile(),
        window.safety.show_backups(),
        window.safety.merge_copy(copy),
    ):
        assert isinstance(dialog, QDialog)
        qtbot.waitUntil(lambda d=dialog: d.isVisible() and getattr(d, "job", None) is None)
        texts += _widget_texts(dialog)
        dialog.reject()
    assert len(texts) > 200
    assert _untranslated(texts) == []
