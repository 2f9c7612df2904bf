# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'experiments_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect,
    QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout,
    QHBoxLayout, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_ExperimentsView(object):
    def setupUi(self, ExperimentsView):
        if not ExperimentsView.objectName():
            ExperimentsView.setObjectName(u"ExperimentsView")
        ExperimentsView.resize(1200, 700)
        self.viewLayout = QHBoxLayout(ExperimentsView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(ExperimentsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.listPane.sizePolicy().hasHeightForWidth())
        self.listPane.setSizePolicy(sizePolicy)
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(self.listPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit, 0, 0, 1, 2)

        self.roundFilter = QComboBox(self.listPane)
        self.roundFilter.setObjectName(u"roundFilter")
        self.roundFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roundFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.roundFilter, 0, 2, 1, 1)

        self.statusFilter = QComboBox(self.listPane)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.statusFilter, 1, 0, 1, 1)

        self.municipalityFilter = QComboBox(self.listPane)
        self.municipalityFilter.setObjectName(u"municipalityFilter")
        self.municipalityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipalityFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.municipalityFilter, 1, 1, 1, 1)

        self.lawFilter = QComboBox(self.listPane)
        self.lawFilter.setObjectName(u"lawFilter")
        self.lawFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lawFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.lawFilter, 1, 2, 1, 1)

        self.filterLayout.setColumnStretch(0, 1)
        self.filterLayout.setColumnStretch(1, 1)
        self.filterLayout.setColumnStretch(2, 1)

        self.listLayout.addLayout(self.filterLayout)

        self.table = QTableView(self.listPane)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.table)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(self.listPane)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.deleteButton = QPushButton(self.listPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.listLayout.addLayout(self.buttonLayout)

        self.splitter.addWidget(self.listPane)
        self.editorArea = QScrollArea(self.splitter)
        self.editorArea.setObjectName(u"editorArea")
        self.editorArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.editorArea.sizePolicy().hasHeightForWidth())
        self.editorArea.setSizePolicy(sizePolicy1)
        self.editorArea.setMinimumSize(QSize(380, 0))
        self.editorArea.setWidgetResizable(True)
        self.scrollAreaWidgetContents = QWidget()
        self.scrollAreaWidgetContents.setObjectName(u"scrollAreaWidgetContents")
        self.scrollAreaWidgetContents.setGeometry(QRect(0, 0, 460, 680))
        self.editorArea.setWidget(self.scrollAreaWidgetContents)
        self.splitter.addWidget(self.editorArea)

        self.viewLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.filterEdit, self.roundFilter)
        QWidget.setTabOrder(self.roundFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.municipalityFilter)
        QWidget.setTabOrder(self.municipalityFilter, self.lawFilter)
        QWidget.setTabOrder(self.lawFilter, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.deleteButton)

        self.retranslateUi(ExperimentsView)

        QMetaObject.connectSlotsByName(ExperimentsView)
    # setupUi

    def retranslateUi(self, ExperimentsView):
        ExperimentsView.setWindowTitle(QCoreApplication.translate("ExperimentsView", u"Experiments", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("ExperimentsView", u"Show only experiments containing this text", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ExperimentsView", u"Filter experiments\u2026", None))
#if QT_CONFIG(tooltip)
        self.roundFilter.setToolTip(QCoreApplication.translate("ExperimentsView", u"Filter by application round", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("ExperimentsView", u"Filter by status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.municipalityFilter.setToolTip(QCoreApplication.translate("ExperimentsView", u"Filter by participating municipality", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.lawFilter.setToolTip(QCoreApplication.translate("ExperimentsView", u"Filter by law that an exemption is sought from", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ExperimentsView", u"Add a new experiment to the network file", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ExperimentsView", u"&New experiment", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ExperimentsView", u"Delete the selected experiment (can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ExperimentsView", u"&Delete", None))
    # retranslateUi

