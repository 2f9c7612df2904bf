# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout,
    QLabel, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 600)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.filesPage = QWizardPage()
        self.filesPage.setObjectName(u"filesPage")
        self.filesLayout = QVBoxLayout(self.filesPage)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileList = QListWidget(self.filesPage)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.filesLayout.addWidget(self.fileList)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFilesButton = QPushButton(self.filesPage)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.fileButtons.addWidget(self.addFilesButton)

        self.removeFilesButton = QPushButton(self.filesPage)
        self.removeFilesButton.setObjectName(u"removeFilesButton")

        self.fileButtons.addWidget(self.removeFilesButton)

        self.fileButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileButtonsSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        ImportWizard.addPage(self.filesPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(self.previewPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.previewLayout.addWidget(self.progressBar)

        self.previewTools = QHBoxLayout()
        self.previewTools.setObjectName(u"previewTools")
        self.showUnchangedCheck = QCheckBox(self.previewPage)
        self.showUnchangedCheck.setObjectName(u"showUnchangedCheck")

        self.previewTools.addWidget(self.showUnchangedCheck)

        self.previewToolsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTools.addItem(self.previewToolsSpacer)

        self.cancelReadButton = QPushButton(self.previewPage)
        self.cancelReadButton.setObjectName(u"cancelReadButton")

        self.previewTools.addWidget(self.cancelReadButton)

        self.copyButton = QPushButton(self.previewPage)
        self.copyButton.setObjectName(u"copyButton")

        self.previewTools.addWidget(self.copyButton)


        self.previewLayout.addLayout(self.previewTools)

        self.table = QTableView(self.previewPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.previewLayout.addWidget(self.table)

        ImportWizard.addPage(self.previewPage)
        self.sharedPage = QWizardPage()
        self.sharedPage.setObjectName(u"sharedPage")
        self.sharedLayout = QVBoxLayout(self.sharedPage)
        self.sharedLayout.setObjectName(u"sharedLayout")
        self.sharedTools = QHBoxLayout()
        self.sharedTools.setObjectName(u"sharedTools")
        self.acceptAllButton = QPushButton(self.sharedPage)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.sharedTools.addWidget(self.acceptAllButton)

        self.rejectAllButton = QPushButton(self.sharedPage)
        self.rejectAllButton.setObjectName(u"rejectAllButton")

        self.sharedTools.addWidget(self.rejectAllButton)

        self.sharedCountLabel = QLabel(self.sharedPage)
        self.sharedCountLabel.setObjectName(u"sharedCountLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sharedCountLabel.sizePolicy().hasHeightForWidth())
        self.sharedCountLabel.setSizePolicy(sizePolicy)
        self.sharedCountLabel.setWordWrap(True)

        self.sharedTools.addWidget(self.sharedCountLabel)


        self.sharedLayout.addLayout(self.sharedTools)

        self.sharedSplitter = QSplitter(self.sharedPage)
        self.sharedSplitter.setObjectName(u"sharedSplitter")
        self.sharedSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sharedSplitter.setChildrenCollapsible(False)
        self.sharedTable = QTableView(self.sharedSplitter)
        self.sharedTable.setObjectName(u"sharedTable")
        self.sharedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sharedTable.setAlternatingRowColors(True)
        self.sharedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sharedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sharedTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.sharedTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sharedTable.setWordWrap(True)
        self.sharedSplitter.addWidget(self.sharedTable)
        self.sharedDetail = QTextBrowser(self.sharedSplitter)
        self.sharedDetail.setObjectName(u"sharedDetail")
        self.sharedSplitter.addWidget(self.sharedDetail)

        self.sharedLayout.addWidget(self.sharedSplitter)

        ImportWizard.addPage(self.sharedPage)
        QWidget.setTabOrder(self.fileList, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.removeFilesButton)
        QWidget.setTabOrder(self.removeFilesButton, self.showUnchangedCheck)
        QWidget.setTabOrder(self.showUnchangedCheck, self.cancelReadButton)
        QWidget.setTabOrder(self.cancelReadButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.table)
        QWidget.setTabOrder(self.table, self.acceptAllButton)
        QWidget.setTabOrder(self.acceptAllButton, self.rejectAllButton)
        QWidget.setTabOrder(self.rejectAllButton, self.sharedTable)
        QWidget.setTabOrder(self.sharedTable, self.sharedDetail)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import spreadsheets", None))
        self.filesPage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the municipalities' spreadsheets", None))
        self.filesPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Every file is read and checked first. Nothing is stored until you have seen what will change.", None))
#if QT_CONFIG(accessibility)
        self.fileList.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Chosen spreadsheets", None))
#endif // QT_CONFIG(accessibility)
        self.addFilesButton.setText(QCoreApplication.translate("ImportWizard", u"&Add spreadsheets\u2026", None))
        self.removeFilesButton.setText(QCoreApplication.translate("ImportWizard", u"&Remove", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"What the import will do", None))
        self.showUnchangedCheck.setText(QCoreApplication.translate("ImportWizard", u"Show &unchanged rows", None))
        self.cancelReadButton.setText(QCoreApplication.translate("ImportWizard", u"&Stop reading", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Copy the table, to paste into an e-mail or a spreadsheet", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("ImportWizard", u"&Copy table", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Rows of the import", None))
#endif // QT_CONFIG(accessibility)
        self.sharedPage.setTitle(QCoreApplication.translate("ImportWizard", u"Changes to the network's shared text", None))
        self.sharedPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"These rows belong to the whole network and go to the ministry. The network's text is kept unless you tick a change; the rest of the import is stored either way.", None))
#if QT_CONFIG(tooltip)
        self.acceptAllButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Tick every change: the spreadsheets' text is stored", None))
#endif // QT_CONFIG(tooltip)
        self.acceptAllButton.setText(QCoreApplication.translate("ImportWizard", u"&Accept all", None))
#if QT_CONFIG(tooltip)
        self.rejectAllButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Untick every change: the network's text is kept", None))
#endif // QT_CONFIG(tooltip)
        self.rejectAllButton.setText(QCoreApplication.translate("ImportWizard", u"&Reject all", None))
#if QT_CONFIG(accessibility)
        self.sharedTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Changes to the network's shared text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sharedDetail.setAccessibleName(QCoreApplication.translate("ImportWizard", u"The selected change in full", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

