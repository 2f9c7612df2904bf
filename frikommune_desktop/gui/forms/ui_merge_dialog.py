# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(960, 640)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.copyRow = QHBoxLayout()
        self.copyRow.setObjectName(u"copyRow")
        self.copyLabel = QLabel(MergeDialog)
        self.copyLabel.setObjectName(u"copyLabel")

        self.copyRow.addWidget(self.copyLabel)

        self.copyCombo = QComboBox(MergeDialog)
        self.copyCombo.setObjectName(u"copyCombo")
        self.copyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.copyCombo.setMinimumContentsLength(30)

        self.copyRow.addWidget(self.copyCombo)

        self.browseButton = QPushButton(MergeDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.copyRow.addWidget(self.browseButton)

        self.copyRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.copyRow)

        self.progressBar = QProgressBar(MergeDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setValue(-1)
        self.progressBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(MergeDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(MergeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.splitter = QSplitter(MergeDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.changesGroup = QGroupBox(self.splitter)
        self.changesGroup.setObjectName(u"changesGroup")
        self.changesLayout = QVBoxLayout(self.changesGroup)
        self.changesLayout.setObjectName(u"changesLayout")
        self.planTable = QTableView(self.changesGroup)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setTabKeyNavigation(False)
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setSortingEnabled(True)
        self.planTable.setWordWrap(False)
        self.planTable.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.planTable)

        self.splitter.addWidget(self.changesGroup)
        self.conflictsGroup = QGroupBox(self.splitter)
        self.conflictsGroup.setObjectName(u"conflictsGroup")
        self.conflictsLayout = QVBoxLayout(self.conflictsGroup)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictNoteLabel = QLabel(self.conflictsGroup)
        self.conflictNoteLabel.setObjectName(u"conflictNoteLabel")
        self.conflictNoteLabel.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictNoteLabel)

        self.conflictTable = QTableView(self.conflictsGroup)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setTabKeyNavigation(False)
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.conflictTable.setAlternatingRowColors(True)
        self.conflictTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.setSortingEnabled(True)
        self.conflictTable.setWordWrap(False)
        self.conflictTable.verticalHeader().setVisible(False)

        self.conflictsLayout.addWidget(self.conflictTable)

        self.splitter.addWidget(self.conflictsGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.noteLabel = QLabel(MergeDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.mergeButton = QPushButton(MergeDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonRow.addWidget(self.mergeButton)

        self.cancelButton = QPushButton(MergeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.copyLabel.setBuddy(self.copyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.copyCombo, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.planTable)
        QWidget.setTabOrder(self.planTable, self.conflictTable)
        QWidget.setTabOrder(self.conflictTable, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.cancelButton)

        self.retranslateUi(MergeDialog)

        self.mergeButton.setDefault(True)


        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge another copy", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"Brings the changes made in another copy of this network file (for example one a sync client left beside it) into the open file. Every change is listed below; where both copies changed the same thing, choose which version to keep.", None))
        self.copyLabel.setText(QCoreApplication.translate("MergeDialog", u"Other &copy:", None))
#if QT_CONFIG(tooltip)
        self.copyCombo.setToolTip(QCoreApplication.translate("MergeDialog", u"The copy whose changes are merged into the open file; it is left as it is", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Choose another copy of the network file", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("MergeDialog", u"&Browse\u2026", None))
        self.statusLabel.setText("")
        self.errorLabel.setText("")
        self.changesGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Changes", None))
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Changes the merge makes", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Conflicts", None))
        self.conflictNoteLabel.setText(QCoreApplication.translate("MergeDialog", u"Both copies changed these. Choose for each which version to keep; the newest change is chosen beforehand.", None))
#if QT_CONFIG(accessibility)
        self.conflictTable.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Conflicts between the copies", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MergeDialog", u"The merge cannot be undone with Undo, but the file is backed up first. Changes made before the merge can no longer be undone either.", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Merge the changes into the open file in one step, after a backup", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("MergeDialog", u"&Merge", None))
        self.cancelButton.setText(QCoreApplication.translate("MergeDialog", u"Cancel", None))
    # retranslateUi

