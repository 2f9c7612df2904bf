# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout,
    QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WordImportDialog(object):
    def setupUi(self, WordImportDialog):
        if not WordImportDialog.objectName():
            WordImportDialog.setObjectName(u"WordImportDialog")
        WordImportDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(WordImportDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(WordImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileLabel = QLabel(WordImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileRow.addWidget(self.fileLabel)

        self.fileRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.fileRow)

        self.progressBar = QProgressBar(WordImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setValue(-1)
        self.progressBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(WordImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(WordImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.reportTree = QTreeWidget(WordImportDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.reportTree.setHeaderItem(__qtreewidgetitem)
        self.reportTree.setObjectName(u"reportTree")
        self.reportTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTree.setAlternatingRowColors(True)
        self.reportTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportTree.setUniformRowHeights(True)
        self.reportTree.setWordWrap(False)
        self.reportTree.setHeaderHidden(True)

        self.dialogLayout.addWidget(self.reportTree)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(WordImportDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.suggestButton = QPushButton(WordImportDialog)
        self.suggestButton.setObjectName(u"suggestButton")
        self.suggestButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.suggestButton)

        self.importButton = QPushButton(WordImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(WordImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.reportTree, self.importButton)
        QWidget.setTabOrder(self.importButton, self.suggestButton)
        QWidget.setTabOrder(self.suggestButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.copyButton)

        self.retranslateUi(WordImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(WordImportDialog)
    # setupUi

    def retranslateUi(self, WordImportDialog):
        WordImportDialog.setWindowTitle(QCoreApplication.translate("WordImportDialog", u"Import application (Word)", None))
        self.fileCaption.setText(QCoreApplication.translate("WordImportDialog", u"Document:", None))
        self.fileLabel.setText("")
        self.statusLabel.setText("")
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.reportTree.setAccessibleName(QCoreApplication.translate("WordImportDialog", u"What the import will do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("WordImportDialog", u"Put the report on the clipboard, one line per change or problem", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("WordImportDialog", u"&Copy report", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("WordImportDialog", u"Offer the provisions the imported texts name as legal-basis rows", None))
#endif // QT_CONFIG(tooltip)
        self.suggestButton.setText(QCoreApplication.translate("WordImportDialog", u"&Suggest legal basis\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("WordImportDialog", u"Store everything listed in one step (Ctrl+Z undoes it)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("WordImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("WordImportDialog", u"C&lose", None))
    # retranslateUi

