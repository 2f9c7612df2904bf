# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_Welcome(object):
    def setupUi(self, Welcome):
        if not Welcome.objectName():
            Welcome.setObjectName(u"Welcome")
        Welcome.resize(900, 640)
        self.outerLayout = QHBoxLayout(Welcome)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QWidget(Welcome)
        self.column.setObjectName(u"column")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.column.sizePolicy().hasHeightForWidth())
        self.column.setSizePolicy(sizePolicy)
        self.column.setMaximumSize(QSize(640, 16777215))
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setSpacing(10)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(-1, 32, -1, 24)
        self.titleLabel = QLabel(self.column)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(24)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.columnLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.column)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.columnLayout.addWidget(self.subtitleLabel)

        self.afterSubtitleSpacer = QSpacerItem(20, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.afterSubtitleSpacer)

        self.newButton = QPushButton(self.column)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setMinimumSize(QSize(0, 32))

        self.columnLayout.addWidget(self.newButton)

        self.openButton = QPushButton(self.column)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(0, 32))

        self.columnLayout.addWidget(self.openButton)

        self.demoButton = QPushButton(self.column)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 32))

        self.columnLayout.addWidget(self.demoButton)

        self.afterButtonsSpacer = QSpacerItem(20, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.afterButtonsSpacer)

        self.recentLabel = QLabel(self.column)
        self.recentLabel.setObjectName(u"recentLabel")
        font1 = QFont()
        font1.setBold(True)
        self.recentLabel.setFont(font1)

        self.columnLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.column)
        self.recentList.setObjectName(u"recentList")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.recentList.sizePolicy().hasHeightForWidth())
        self.recentList.setSizePolicy(sizePolicy1)
        self.recentList.setAlternatingRowColors(True)

        self.columnLayout.addWidget(self.recentList)


        self.outerLayout.addWidget(self.column)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.recentList)

        self.retranslateUi(Welcome)

        QMetaObject.connectSlotsByName(Welcome)
    # setupUi

    def retranslateUi(self, Welcome):
        Welcome.setWindowTitle(QCoreApplication.translate("Welcome", u"Welcome", None))
        self.titleLabel.setText(QCoreApplication.translate("Welcome", u"Frikommune Desktop", None))
        self.subtitleLabel.setText(QCoreApplication.translate("Welcome", u"The coordinator's tool for a frikommune network", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("Welcome", u"Create a new, empty network file", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("Welcome", u"New network file\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("Welcome", u"Open an existing network file", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("Welcome", u"Open network file\u2026", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("Welcome", u"Open the built-in demo network to try the program", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("Welcome", u"Open the demo network", None))
        self.recentLabel.setText(QCoreApplication.translate("Welcome", u"Recent files", None))
#if QT_CONFIG(tooltip)
        self.recentList.setToolTip(QCoreApplication.translate("Welcome", u"Double-click a file or press Enter to open it", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

