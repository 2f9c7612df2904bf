"""The Designer forms in ui/: compiled modules are current, and every form builds the widgets
(by object name and type) that the window code relies on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStatusBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from frikommune_desktop.gui.date_field import DateField
from frikommune_desktop.gui.forms.ui_experiment_editor import Ui_ExperimentEditor
from frikommune_desktop.gui.forms.ui_experiments_view import Ui_ExperimentsView
from frikommune_desktop.gui.forms.ui_legal_view import Ui_LegalView
from frikommune_desktop.gui.forms.ui_main_window import Ui_MainWindow
from frikommune_desktop.gui.forms.ui_participation_dialog import Ui_ParticipationDialog
from frikommune_desktop.gui.forms.ui_search_panel import Ui_SearchPanel
from frikommune_desktop.gui.forms.ui_table_page import Ui_TablePage
from frikommune_desktop.gui.forms.ui_welcome import Ui_Welcome

ROOT = Path(__file__).resolve().parents[2]

SECTION_EDITS = [
    "descriptionEdit",
    "goalsEdit",
    "legalNeedsEdit",
    "realisationEdit",
    "evaluationEdit",
]


def _show_and_grab(qtbot, widget: QWidget, tmp_path: Path, name: str, size: tuple[int, int]):
    """Show the widget at a size, save a screenshot and check it is a real, full-size image."""
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    pixmap = widget.grab()
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().toSize() == widget.size()
    path = tmp_path / f"{name}.png"
    assert pixmap.save(str(path))
    assert path.stat().st_size > 0


def _assert_children(ui: object, expected: dict[str, type]) -> None:
    """Every named attribute exists on the Ui object and has the given Qt type."""
    for name, kind in expected.items():
        widget = getattr(ui, name, None)
        assert isinstance(widget, kind), f"{name} should be a {kind.__name__}, is {widget!r}"
        assert widget.objectName() == name


def _tab_chain(first: QWidget, count: int) -> list[str]:
    """The object names of the next `count` tab-focusable widgets from `first` on."""
    names = [first.objectName()]
    widget = first
    while len(names) < count:
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.objectName()
            and (not widget.objectName().startswith("qt_"))
        ):
            names.append(widget.objectName())
    return names


def _assert_list_table(table: QTableView) -> None:
    """A record table: whole-row single selection, sortable, striped, no row numbers."""
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.isSortingEnabled()
    assert table.alternatingRowColors()
    assert not table.verticalHeader().isVisibleTo(table)


def test_compiled_forms_are_current():
    """A .ui edited without rerunning tools/build_ui.py fails CI."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ui_file_has_a_compiled_module():
    """Each form in ui/ is shipped as frikommune_desktop/gui/forms/ui_<stem>.py."""
    forms = ROOT / "frikommune_desktop" / "gui" / "forms"
    stems = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
    assert len(stems) == 15
    for stem in stems:
        assert (forms / f"ui_{stem}.py").is_file(), stem


def test_main_window_form(qtbot, tmp_path):
    """The main window has the banner, the tab widget and the menus (shortcuts come later:
    tests/gui/test_startup.py)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = Ui_MainWindow()
    ui.setupUi(window)
    _assert_children(
        ui,
        {
            "centralwidget": QWidget,
            "banner": QFrame,
            "bannerLabel": QLabel,
            "recheckButton": QPushButton,
            "breakLockButton": QPushButton,
            "tabs": QTabWidget,
            "menuFile": QMenu,
            "menuRecent": QMenu,
            "menuEdit": QMenu,
            "menuView": QMenu,
            "menuHelp": QMenu,
            "statusbar": QStatusBar,
        },
    )
    assert window.objectName() == "MainWindow"
    assert ui.tabs.count() == 0
    assert ui.bannerLabel.wordWrap()
    assert window.centralWidget() is ui.centralwidget
    assert window.statusBar() is ui.statusbar
    margins = ui.centralwidget.layout().contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (0, 0, 0, 0)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    file_actions = ui.menuFile.actions()
    assert file_actions[:4] == [
        ui.actionNew,
        ui.actionOpen,
        ui.actionOpenDemo,
        ui.menuRecent.menuAction(),
    ]
    assert file_actions[4].isSeparator()
    assert file_actions[5:11] == [
        ui.actionImport,
        ui.actionImportWord,
        ui.actionExport,
        ui.actionSaveTemplate,
        ui.actionMerge,
        ui.actionBackups,
    ]
    assert file_actions[11].isSeparator()
    assert file_actions[12] is ui.actionQuit
    assert ui.breakLockButton.text() == "Break lock…"
    assert _tab_chain(ui.recheckButton, 3) == ["recheckButton", "breakLockButton", "tabs"]
    edit_actions = ui.menuEdit.actions()
    assert edit_actions[0] is ui.actionFind and edit_actions[1].isSeparator()
    assert edit_actions[2:] == [ui.actionProfile]
    assert ui.actionProfile.text() == "My &profile…"
    assert ui.menuView.actions() == [ui.actionSearchPanel]  # the views are added by code
    assert ui.actionSearchPanel.isCheckable()
    assert ui.menuHelp.actions() == [ui.actionAbout]
    _show_and_grab(qtbot, window, tmp_path, "main_window", (1200, 800))


def test_welcome_form(qtbot, tmp_path):
    """The welcome screen offers new/open/demo buttons and the recent-files list."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_Welcome()
    ui.setupUi(widget)
    _assert_children(
        ui,
        {
            "titleLabel": QLabel,
            "subtitleLabel": QLabel,
            "newButton": QPushButton,
            "openButton": QPushButton,
            "demoButton": QPushButton,
            "recentLabel": QLabel,
            "recentList": QListWidget,
        },
    )
    assert ui.titleLabel.text() == "Frikommune Desktop"
    assert ui.titleLabel.font().bold()
    assert ui.subtitleLabel.wordWrap()
    assert ui.recentLabel.buddy() is ui.recentList
    assert _tab_chain(ui.newButton, 4) == ["newButton", "openButton", "demoButton", "recentList"]
    _show_and_grab(qtbot, widget, tmp_path, "welcome", (1000, 700))
    assert ui.newButton.width() <= 640


def test_experiments_view_form(qtbot, tmp_path):
    """The experiments view: filters, the table, add/delete, and the editor scroll area."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_ExperimentsView()
    ui.setupUi(widget)
    _assert_children(
        ui,
        {
            "splitter": QSplitter,
            "filterEdit": QLineEdit,
            "roundFilter": QComboBox,
            "statusFilter": QComboBox,
            "municipalityFilter": QComboBox,
            "lawFilter": QComboBox,
            "table": QTableView,
            "addButton": QPushButton,
            "deleteButton": QPushButton,
            "editorArea": QScrollArea,
            "scrollAreaWidgetContents": QWidget,
        },
    )
    assert ui.splitter.orientation() == Qt.Orientation.Horizontal
    assert ui.splitter.count() == 2
    assert ui.splitter.widget(1) is ui.editorArea
    assert ui.filterEdit.placeholderText() == "Filter experiments…"
    _assert_list_table(ui.table)
    assert ui.editorArea.widgetResizable()
    assert ui.editorArea.widget() is ui.scrollAreaWidgetContents
    _show_and_grab(qtbot, widget, tmp_path, "experiments_view", (1200, 700))


def test_experiment_editor_form(qtbot, tmp_path):
    """The experiment editor: the labelled fields and the five section texts."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_ExperimentEditor()
    ui.setupUi(widget)
    fields = {
        "numberSpin": QSpinBox,
        "titleEdit": QLineEdit,
        "letterTitleEdit": QLineEdit,
        "roundCombo": QComboBox,
        "statusCombo": QComboBox,
        "applicationDateEdit": DateField,
        "subjectContactCombo": QComboBox,
        "coordinatorCombo": QComboBox,
        "parentCombo": QComboBox,
        "participantsLabel": QLabel,
        "legalBasisLabel": QLabel,
        "sectionTabs": QTabWidget,
    }
    _assert_children(
        ui, fields | dict.fromkeys(SECTION_EDITS, QPlainTextEdit) | {"suggestButton": QPushButton}
    )
    assert ui.suggestButton.text() == "Suggest legal &basis…"
    assert ui.legalBasisLabel.wordWrap()
    assert (ui.numberSpin.minimum(), ui.numberSpin.maximum()) == (0, 999)
    assert ui.numberSpin.specialValueText() == "–"
    assert ui.applicationDateEdit.edit.placeholderText() == "dd-mm-yyyy"
    assert ui.participantsLabel.wordWrap()
    assert ui.participantsLabel.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
    labels = [w for w in widget.findChildren(QLabel) if w.buddy() is not None]
    assert {w.buddy().objectName() for w in labels} == set(fields) - {"sectionTabs"}
    assert ui.formLayout.labelAlignment() & Qt.AlignmentFlag.AlignRight
    assert ui.sectionTabs.count() == 5
    assert [ui.sectionTabs.tabText(i) for i in range(5)] == [
        "1 Description",
        "2 Goals and expected results",
        "3 Need for legal exemptions",
        "4 How the results are achieved",
        "5 Evaluation",
    ]
    for index, name in enumerate(SECTION_EDITS):
        edit = getattr(ui, name)
        assert edit.tabChangesFocus(), name
        assert ui.sectionTabs.widget(index).isAncestorOf(edit), name
    _show_and_grab(qtbot, widget, tmp_path, "experiment_editor", (560, 720))


def test_table_page_form(qtbot, tmp_path):
    """The generic table page: filter row, add/delete, the table and its summary line."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_TablePage()
    ui.setupUi(widget)
    _assert_children(
        ui,
        {
            "filterEdit": QLineEdit,
            "filterCombo": QComboBox,
            "filterCombo2": QComboBox,
            "addButton": QPushButton,
            "deleteButton": QPushButton,
            "table": QTableView,
            "summaryLabel": QLabel,
        },
    )
    assert ui.filterEdit.placeholderText() == "Filter…"
    assert ui.addButton.text() == "&Add"
    _assert_list_table(ui.table)
    assert ui.summaryLabel.wordWrap()
    _show_and_grab(qtbot, widget, tmp_path, "table_page", (900, 600))


def test_legal_view_form(qtbot, tmp_path):
    """The legal view switches between an (empty, code-filled) table page and a law tree."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_LegalView()
    ui.setupUi(widget)
    _assert_children(
        ui,
        {
            "modeTabs": QTabWidget,
            "tablePage": QWidget,
            "groupPage": QWidget,
            "groupTree": QTreeView,
        },
    )
    assert [ui.modeTabs.tabText(i) for i in range(ui.modeTabs.count())] == ["Table", "By law"]
    assert ui.modeTabs.widget(0) is ui.tablePage
    assert isinstance(ui.tablePage.layout(), QVBoxLayout)
    assert ui.tablePage.layout().count() == 0
    assert isinstance(ui.groupPage.layout(), QVBoxLayout)
    assert ui.groupTree.isHeaderHidden()
    assert ui.groupTree.alternatingRowColors()
    _show_and_grab(qtbot, widget, tmp_path, "legal_view", (900, 600))


def test_participation_dialog_form(qtbot, tmp_path):
    """The participation dialog: modal, its fields, and OK/Cancel wired to accept/reject."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_ParticipationDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "headingLabel": QLabel,
            "participatesCheck": QCheckBox,
            "reservationEdit": QPlainTextEdit,
            "committeeEdit": QLineEdit,
            "meetingDateEdit": DateField,
            "approvalCombo": QComboBox,
            "buttonBox": QDialogButtonBox,
        },
    )
    assert dialog.isModal()
    assert dialog.windowTitle() == "Participation"
    assert ui.headingLabel.wordWrap() and ui.headingLabel.font().bold()
    assert ui.reservationEdit.maximumHeight() <= 100
    assert ui.meetingDateEdit.edit.placeholderText() == "dd-mm-yyyy"
    assert ui.committeeEdit.placeholderText()
    assert _tab_chain(ui.participatesCheck, 5) == [
        "participatesCheck",
        "reservationEdit",
        "committeeEdit",
        "dateLineEdit",  # the meeting date field's own line edit
        "approvalCombo",
    ]
    _show_and_grab(qtbot, dialog, tmp_path, "participation_dialog", (480, 340))

    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_search_panel_form(qtbot, tmp_path):
    """The search panel: a clearable query field, a hit count and a wrapping result list."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ui = Ui_SearchPanel()
    ui.setupUi(widget)
    _assert_children(ui, {"queryEdit": QLineEdit, "countLabel": QLabel, "resultList": QListWidget})
    assert ui.queryEdit.placeholderText() == "Search all texts…"
    assert ui.queryEdit.isClearButtonEnabled()
    assert ui.resultList.wordWrap()
    assert ui.resultList.alternatingRowColors()
    assert not ui.resultList.uniformItemSizes()
    _show_and_grab(qtbot, widget, tmp_path, "search_panel", (360, 600))


def test_import_wizard_form(qtbot, tmp_path):
    """The import wizard: a file page with its list and buttons, a preview page with table, a
    page of shared changes with its table (wrapping, not eliding) and a detail pane."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressBar, QPushButton, QTableView, QTextBrowser, QWizard

    from frikommune_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard

    wizard = QWizard()
    qtbot.addWidget(wizard)
    ui = Ui_ImportWizard()
    ui.setupUi(wizard)
    _assert_children(
        ui,
        {
            "fileList": QListWidget,
            "addFilesButton": QPushButton,
            "removeFilesButton": QPushButton,
            "summaryLabel": QLabel,
            "progressBar": QProgressBar,
            "copyButton": QPushButton,
            "table": QTableView,
            "acceptAllButton": QPushButton,
            "rejectAllButton": QPushButton,
            "sharedTable": QTableView,
            "sharedDetail": QTextBrowser,
        },
    )
    assert wizard.pageIds() == [0, 1, 2]
    assert ui.table.isSortingEnabled()
    assert ui.sharedTable.wordWrap()
    assert ui.sharedTable.textElideMode() == Qt.TextElideMode.ElideNone
    _show_and_grab(qtbot, wizard, tmp_path, "import_wizard", (900, 600))


def test_export_dialog_form(qtbot, tmp_path):
    """The export dialog: an export tab (round, folder, kind, progress) and a letter tab."""
    from PySide6.QtWidgets import QGroupBox, QProgressBar, QRadioButton

    from frikommune_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_ExportDialog()
    ui.setupUi(dialog)
    line_edits = [
        "folderEdit",
        "subjectEdit",
        "senderNameEdit",
        "senderEmailEdit",
        "senderPhoneEdit",
        "caseNumberEdit",
        "documentNumberEdit",
        "recipientNameEdit",
    ]
    texts = [
        "introEdit",
        "reservationEdit",
        "closingEdit",
        "senderAddressEdit",
        "recipientAddressEdit",
    ]
    _assert_children(
        ui,
        {
            "tabs": QTabWidget,
            "roundCombo": QComboBox,
            "browseButton": QPushButton,
            "kindGroup": QGroupBox,
            "bundleRadio": QRadioButton,
            "orientationRadio": QRadioButton,
            "markSubmittedCheck": QCheckBox,
            "progressBar": QProgressBar,
            "statusLabel": QLabel,
            "errorLabel": QLabel,
            "signatoryCombo": QComboBox,
            "coordinatorCombo": QComboBox,
            "saveTextsButton": QPushButton,
            "exportButton": QPushButton,
            "stopButton": QPushButton,
            "closeButton": QPushButton,
            "letterDateEdit": DateField,
        }
        | dict.fromkeys(line_edits, QLineEdit)
        | dict.fromkeys(texts, QPlainTextEdit),
    )
    assert dialog.windowTitle() == "Export round"
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())] == ["Export", "Cover letter"]
    assert ui.bundleRadio.isChecked() and not ui.markSubmittedCheck.isChecked()
    assert ui.statusLabel.wordWrap() and ui.errorLabel.wordWrap()
    assert ui.exportButton.isDefault()
    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert {w.buddy().objectName() for w in labels} == {
        "roundCombo",
        "signatoryCombo",
        "coordinatorCombo",
        "letterDateEdit",
    } | set(line_edits) | set(texts)
    _show_and_grab(qtbot, dialog, tmp_path, "export_dialog", (960, 640))


def test_merge_dialog_form(qtbot, tmp_path):
    """The merge dialog: the copy chooser, status lines, the two tables, the note, buttons."""
    from PySide6.QtWidgets import QGroupBox, QProgressBar

    from frikommune_desktop.gui.forms.ui_merge_dialog import Ui_MergeDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_MergeDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "introLabel": QLabel,
            "copyCombo": QComboBox,
            "browseButton": QPushButton,
            "progressBar": QProgressBar,
            "statusLabel": QLabel,
            "errorLabel": QLabel,
            "splitter": QSplitter,
            "changesGroup": QGroupBox,
            "planTable": QTableView,
            "conflictsGroup": QGroupBox,
            "conflictTable": QTableView,
            "noteLabel": QLabel,
            "mergeButton": QPushButton,
            "cancelButton": QPushButton,
        },
    )
    assert dialog.windowTitle() == "Merge another copy"
    assert ui.copyLabel.buddy() is ui.copyCombo
    assert ui.splitter.orientation() == Qt.Orientation.Vertical
    for table in (ui.planTable, ui.conflictTable):
        assert table.isSortingEnabled() and table.alternatingRowColors()
        assert not table.verticalHeader().isVisibleTo(table)
    assert ui.mergeButton.isDefault() and ui.mergeButton.text() == "&Merge"
    assert ui.noteLabel.wordWrap() and "cannot be undone with Undo" in ui.noteLabel.text()
    assert _tab_chain(ui.copyCombo, 6) == [
        "copyCombo",
        "browseButton",
        "planTable",
        "conflictTable",
        "mergeButton",
        "cancelButton",
    ]
    _show_and_grab(qtbot, dialog, tmp_path, "merge_dialog", (960, 640))


def test_backups_dialog_form(qtbot, tmp_path):
    """The backups dialog: intro, the folder with its button, status lines, the table, the
    note and Restore/Close."""
    from PySide6.QtWidgets import QProgressBar

    from frikommune_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_BackupsDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "introLabel": QLabel,
            "folderLabel": QLabel,
            "openFolderButton": QPushButton,
            "progressBar": QProgressBar,
            "statusLabel": QLabel,
            "errorLabel": QLabel,
            "backupsTable": QTableView,
            "noteLabel": QLabel,
            "restoreButton": QPushButton,
            "closeButton": QPushButton,
        },
    )
    assert dialog.windowTitle() == "Backups"
    assert ui.introLabel.wordWrap() and ui.noteLabel.wordWrap() and ui.errorLabel.wordWrap()
    table = ui.backupsTable
    assert table.isSortingEnabled() and table.alternatingRowColors()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert not table.verticalHeader().isVisibleTo(table)
    assert ui.restoreButton.isDefault() and ui.restoreButton.text() == "&Restore…"
    assert _tab_chain(ui.backupsTable, 4) == [
        "backupsTable",
        "restoreButton",
        "closeButton",
        "openFolderButton",
    ]
    _show_and_grab(qtbot, dialog, tmp_path, "backups_dialog", (820, 560))


def test_suggestions_dialog_form(qtbot, tmp_path):
    """The suggestions dialog: intro, the empty message, the table over the detail pane with
    its law picker, the status line and Select all/none, Add selected, Close."""
    from PySide6.QtWidgets import QGroupBox

    from frikommune_desktop.gui.forms.ui_suggestions_dialog import Ui_SuggestionsDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_SuggestionsDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "introLabel": QLabel,
            "emptyLabel": QLabel,
            "splitter": QSplitter,
            "table": QTableView,
            "detailGroup": QGroupBox,
            "sectionLabel": QLabel,
            "sentenceLabel": QLabel,
            "lawCombo": QComboBox,
            "statusLabel": QLabel,
            "selectAllButton": QPushButton,
            "selectNoneButton": QPushButton,
            "addButton": QPushButton,
            "closeButton": QPushButton,
        },
    )
    assert dialog.windowTitle() == "Suggest legal basis"
    assert ui.splitter.orientation() == Qt.Orientation.Vertical
    assert ui.splitter.widget(0) is ui.table and ui.splitter.widget(1) is ui.detailGroup
    table = ui.table
    assert table.isSortingEnabled() and table.alternatingRowColors()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert not table.verticalHeader().isVisibleTo(table)
    assert table.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
    assert ui.lawCaption.buddy() is ui.lawCombo and ui.lawCombo.isEditable()
    assert ui.sentenceLabel.wordWrap() and ui.sentenceLabel.textFormat() == Qt.TextFormat.RichText
    assert ui.addButton.isDefault() and ui.addButton.text() == "A&dd selected"
    assert _tab_chain(ui.table, 6) == [
        "table",
        "lawCombo",
        "selectAllButton",
        "selectNoneButton",
        "addButton",
        "closeButton",
    ]
    _show_and_grab(qtbot, dialog, tmp_path, "suggestions_dialog", (1000, 620))


def test_word_import_dialog_form(qtbot, tmp_path):
    """The Word import dialog: the document, progress, status and error lines, the report tree
    and Copy report, Suggest legal basis, Import, Close."""
    from PySide6.QtWidgets import QProgressBar, QTreeWidget

    from frikommune_desktop.gui.forms.ui_word_import_dialog import Ui_WordImportDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_WordImportDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "fileLabel": QLabel,
            "progressBar": QProgressBar,
            "statusLabel": QLabel,
            "errorLabel": QLabel,
            "reportTree": QTreeWidget,
            "copyButton": QPushButton,
            "suggestButton": QPushButton,
            "importButton": QPushButton,
            "closeButton": QPushButton,
        },
    )
    assert dialog.windowTitle() == "Import application (Word)"
    assert ui.progressBar.maximum() == 0  # busy: reading a document has no steps to count
    assert ui.statusLabel.wordWrap() and ui.errorLabel.wordWrap()
    assert ui.reportTree.isHeaderHidden() and ui.reportTree.alternatingRowColors()
    assert ui.importButton.isDefault() and ui.importButton.text() == "&Import"
    assert _tab_chain(ui.reportTree, 5) == [
        "reportTree",
        "importButton",
        "suggestButton",
        "closeButton",
        "copyButton",
    ]
    _show_and_grab(qtbot, dialog, tmp_path, "word_import_dialog", (900, 600))


def test_profile_dialog_form(qtbot, tmp_path):
    """The profile dialog: the intro, name and municipality with their labels, the note and
    error lines, OK/Cancel with Cancel wired to reject."""
    from frikommune_desktop.gui.forms.ui_profile_dialog import Ui_ProfileDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_ProfileDialog()
    ui.setupUi(dialog)
    _assert_children(
        ui,
        {
            "introLabel": QLabel,
            "nameEdit": QLineEdit,
            "municipalityCombo": QComboBox,
            "noteLabel": QLabel,
            "errorLabel": QLabel,
            "buttonBox": QDialogButtonBox,
        },
    )
    assert dialog.isModal()
    assert dialog.windowTitle() == "About you"
    assert ui.introLabel.wordWrap() and "lock file" in ui.introLabel.text()
    assert ui.noteLabel.wordWrap() and ui.errorLabel.wordWrap()
    assert ui.nameLabel.buddy() is ui.nameEdit
    assert ui.municipalityLabel.buddy() is ui.municipalityCombo
    assert ui.municipalityCombo.isEditable()
    assert ui.municipalityCombo.insertPolicy() == QComboBox.InsertPolicy.NoInsert
    assert ui.nameEdit.placeholderText() == "Your full name"
    assert _tab_chain(ui.nameEdit, 2) == ["nameEdit", "municipalityCombo"]
    _show_and_grab(qtbot, dialog, tmp_path, "profile_dialog", (480, 260))

    ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
