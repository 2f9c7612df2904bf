# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'legal_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QTabWidget,
    QTreeView, QVBoxLayout, QWidget)

class Ui_LegalView(object):
    def setupUi(self, LegalView):
        if not LegalView.objectName():
            LegalView.setObjectName(u"LegalView")
        LegalView.resize(900, 600)
        self.viewLayout = QVBoxLayout(LegalView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.modeTabs = QTabWidget(LegalView)
        self.modeTabs.setObjectName(u"modeTabs")
        self.modeTabs.setTabPosition(QTabWidget.TabPosition.North)
        self.modeTabs.setDocumentMode(True)
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.modeTabs.addTab(self.tablePage, "")
        self.groupPage = QWidget()
        self.groupPage.setObjectName(u"groupPage")
        self.groupPageLayout = QVBoxLayout(self.groupPage)
        self.groupPageLayout.setObjectName(u"groupPageLayout")
        self.groupPageLayout.setContentsMargins(6, 6, 6, 6)
        self.groupTree = QTreeView(self.groupPage)
        self.groupTree.setObjectName(u"groupTree")
        self.groupTree.setAlternatingRowColors(True)
        self.groupTree.setHeaderHidden(True)

        self.groupPageLayout.addWidget(self.groupTree)

        self.modeTabs.addTab(self.groupPage, "")

        self.viewLayout.addWidget(self.modeTabs)

        QWidget.setTabOrder(self.modeTabs, self.groupTree)

        self.retranslateUi(LegalView)

        self.modeTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LegalView)
    # setupUi

    def retranslateUi(self, LegalView):
        LegalView.setWindowTitle(QCoreApplication.translate("LegalView", u"Legal exemptions", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.tablePage), QCoreApplication.translate("LegalView", u"Table", None))
#if QT_CONFIG(tooltip)
        self.modeTabs.setTabToolTip(self.modeTabs.indexOf(self.tablePage), QCoreApplication.translate("LegalView", u"All exemptions as one table", None))
#endif // QT_CONFIG(tooltip)
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.groupPage), QCoreApplication.translate("LegalView", u"By law", None))
#if QT_CONFIG(tooltip)
        self.modeTabs.setTabToolTip(self.modeTabs.indexOf(self.groupPage), QCoreApplication.translate("LegalView", u"Exemptions grouped by the law they concern", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

