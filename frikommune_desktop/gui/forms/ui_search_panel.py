# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QVBoxLayout, QWidget)

class Ui_SearchPanel(object):
    def setupUi(self, SearchPanel):
        if not SearchPanel.objectName():
            SearchPanel.setObjectName(u"SearchPanel")
        SearchPanel.resize(360, 600)
        self.panelLayout = QVBoxLayout(SearchPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(6, 6, 6, 6)
        self.queryLayout = QHBoxLayout()
        self.queryLayout.setObjectName(u"queryLayout")
        self.queryEdit = QLineEdit(SearchPanel)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.queryLayout.addWidget(self.queryEdit)

        self.countLabel = QLabel(SearchPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.queryLayout.addWidget(self.countLabel)

        self.queryLayout.setStretch(0, 1)

        self.panelLayout.addLayout(self.queryLayout)

        self.resultList = QListWidget(SearchPanel)
        self.resultList.setObjectName(u"resultList")
        self.resultList.setAlternatingRowColors(True)
        self.resultList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.resultList.setUniformItemSizes(False)
        self.resultList.setWordWrap(True)

        self.panelLayout.addWidget(self.resultList)

        QWidget.setTabOrder(self.queryEdit, self.resultList)

        self.retranslateUi(SearchPanel)

        QMetaObject.connectSlotsByName(SearchPanel)
    # setupUi

    def retranslateUi(self, SearchPanel):
        SearchPanel.setWindowTitle(QCoreApplication.translate("SearchPanel", u"Search", None))
#if QT_CONFIG(tooltip)
        self.queryEdit.setToolTip(QCoreApplication.translate("SearchPanel", u"Search all texts in the network file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("SearchPanel", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchPanel", u"Search all texts\u2026", None))
        self.countLabel.setText("")
    # retranslateUi

