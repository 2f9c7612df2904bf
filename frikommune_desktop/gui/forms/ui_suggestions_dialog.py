# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_SuggestionsDialog(object):
    def setupUi(self, SuggestionsDialog):
        if not SuggestionsDialog.objectName():
            SuggestionsDialog.setObjectName(u"SuggestionsDialog")
        SuggestionsDialog.resize(1000, 620)
        self.dialogLayout = QVBoxLayout(SuggestionsDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SuggestionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.emptyLabel = QLabel(SuggestionsDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(SuggestionsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QFormLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.sectionCaption = QLabel(self.detailGroup)
        self.sectionCaption.setObjectName(u"sectionCaption")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionCaption)

        self.sectionLabel = QLabel(self.detailGroup)
        self.sectionLabel.setObjectName(u"sectionLabel")
        self.sectionLabel.setWordWrap(True)
        self.sectionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionLabel)

        self.sentenceCaption = QLabel(self.detailGroup)
        self.sentenceCaption.setObjectName(u"sentenceCaption")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sentenceCaption)

        self.sentenceLabel = QLabel(self.detailGroup)
        self.sentenceLabel.setObjectName(u"sentenceLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.sentenceLabel.sizePolicy().hasHeightForWidth())
        self.sentenceLabel.setSizePolicy(sizePolicy1)
        self.sentenceLabel.setTextFormat(Qt.TextFormat.RichText)
        self.sentenceLabel.setWordWrap(True)
        self.sentenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sentenceLabel)

        self.lawCaption = QLabel(self.detailGroup)
        self.lawCaption.setObjectName(u"lawCaption")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lawCaption)

        self.lawCombo = QComboBox(self.detailGroup)
        self.lawCombo.setObjectName(u"lawCombo")
        self.lawCombo.setEditable(True)
        self.lawCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lawCombo)

        self.splitter.addWidget(self.detailGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(SuggestionsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.selectAllButton = QPushButton(SuggestionsDialog)
        self.selectAllButton.setObjectName(u"selectAllButton")
        self.selectAllButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(SuggestionsDialog)
        self.selectNoneButton.setObjectName(u"selectNoneButton")
        self.selectNoneButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.selectNoneButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.addButton = QPushButton(SuggestionsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.closeButton = QPushButton(SuggestionsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(1, 1)
        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.sectionCaption.setBuddy(self.sectionLabel)
        self.sentenceCaption.setBuddy(self.sentenceLabel)
        self.lawCaption.setBuddy(self.lawCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.lawCombo)
        QWidget.setTabOrder(self.lawCombo, self.selectAllButton)
        QWidget.setTabOrder(self.selectAllButton, self.selectNoneButton)
        QWidget.setTabOrder(self.selectNoneButton, self.addButton)
        QWidget.setTabOrder(self.addButton, self.closeButton)

        self.retranslateUi(SuggestionsDialog)

        self.addButton.setDefault(True)


        QMetaObject.connectSlotsByName(SuggestionsDialog)
    # setupUi

    def retranslateUi(self, SuggestionsDialog):
        SuggestionsDialog.setWindowTitle(QCoreApplication.translate("SuggestionsDialog", u"Suggest legal basis", None))
        self.introLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("SuggestionsDialog", u"The text names no provisions that are not already in the legal basis.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", u"Suggested provisions", None))
#endif // QT_CONFIG(accessibility)
        self.detailGroup.setTitle(QCoreApplication.translate("SuggestionsDialog", u"Selected suggestion", None))
        self.sectionCaption.setText(QCoreApplication.translate("SuggestionsDialog", u"Section:", None))
        self.sectionLabel.setText("")
        self.sentenceCaption.setText(QCoreApplication.translate("SuggestionsDialog", u"Found in:", None))
        self.sentenceLabel.setText("")
        self.lawCaption.setText(QCoreApplication.translate("SuggestionsDialog", u"&Law:", None))
#if QT_CONFIG(tooltip)
        self.lawCombo.setToolTip(QCoreApplication.translate("SuggestionsDialog", u"The law the provision belongs to; choose it where the text does not say", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
#if QT_CONFIG(tooltip)
        self.selectAllButton.setToolTip(QCoreApplication.translate("SuggestionsDialog", u"Tick every suggestion that has a law", None))
#endif // QT_CONFIG(tooltip)
        self.selectAllButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Select &all", None))
        self.selectNoneButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Select &none", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("SuggestionsDialog", u"Add the ticked provisions to the experiment's legal basis in one step (Ctrl+Z undoes it)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("SuggestionsDialog", u"A&dd selected", None))
        self.closeButton.setText(QCoreApplication.translate("SuggestionsDialog", u"&Close", None))
    # retranslateUi

