# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout,
    QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(BackupsDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderCaption = QLabel(BackupsDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.folderRow.addWidget(self.folderCaption)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderLabel.sizePolicy().hasHeightForWidth())
        self.folderLabel.setSizePolicy(sizePolicy)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folderRow.addWidget(self.folderLabel)

        self.openFolderButton = QPushButton(BackupsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.folderRow.addWidget(self.openFolderButton)

        self.folderRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.folderRow)

        self.progressBar = QProgressBar(BackupsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BackupsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(BackupsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.backupsTable = QTableView(BackupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setTabKeyNavigation(False)
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSortingEnabled(True)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupsTable)

        self.noteLabel = QLabel(BackupsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(5, 1)
        QWidget.setTabOrder(self.backupsTable, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.openFolderButton)

        self.retranslateUi(BackupsDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"Backups of the network file are taken automatically: when it is closed after changes, and before a merge, an upgrade of the file or a restore. Restoring a backup puts it in place of the file; the file as it is now is kept as a backup first.", None))
        self.folderCaption.setText(QCoreApplication.translate("BackupsDialog", u"Folder:", None))
        self.folderLabel.setText("")
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Show the backups folder in the file manager", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"Open &folder", None))
        self.statusLabel.setText("")
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups of the network file", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText("")
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Put the chosen backup in place of the network file, after backing up the file as it is now", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"&Close", None))
    # retranslateUi

