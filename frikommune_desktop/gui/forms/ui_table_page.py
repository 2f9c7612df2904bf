# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_TablePage(object):
    def setupUi(self, TablePage):
        if not TablePage.objectName():
            TablePage.setObjectName(u"TablePage")
        TablePage.resize(900, 600)
        self.pageLayout = QVBoxLayout(TablePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.filterEdit = QLineEdit(TablePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.filterEdit)

        self.filterCombo = QComboBox(TablePage)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filterCombo.setMinimumContentsLength(10)

        self.toolLayout.addWidget(self.filterCombo)

        self.filterCombo2 = QComboBox(TablePage)
        self.filterCombo2.setObjectName(u"filterCombo2")
        self.filterCombo2.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filterCombo2.setMinimumContentsLength(10)

        self.toolLayout.addWidget(self.filterCombo2)

        self.toolSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.addButton = QPushButton(TablePage)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.deleteButton = QPushButton(TablePage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.toolLayout)

        self.table = QTableView(TablePage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.summaryLabel = QLabel(TablePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summaryLabel)

        self.pageLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.filterEdit, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.filterCombo2)
        QWidget.setTabOrder(self.filterCombo2, self.addButton)
        QWidget.setTabOrder(self.addButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.table)

        self.retranslateUi(TablePage)

        QMetaObject.connectSlotsByName(TablePage)
    # setupUi

    def retranslateUi(self, TablePage):
        TablePage.setWindowTitle(QCoreApplication.translate("TablePage", u"Table", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("TablePage", u"Show only rows containing this text", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("TablePage", u"Filter\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TablePage", u"Add a new row", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("TablePage", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("TablePage", u"Delete the selected row (can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("TablePage", u"&Delete", None))
        self.summaryLabel.setText("")
    # retranslateUi

