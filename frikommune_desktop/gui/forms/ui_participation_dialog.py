# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from frikommune_desktop.gui.date_field import DateField

class Ui_ParticipationDialog(object):
    def setupUi(self, ParticipationDialog):
        if not ParticipationDialog.objectName():
            ParticipationDialog.setObjectName(u"ParticipationDialog")
        ParticipationDialog.resize(480, 340)
        ParticipationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ParticipationDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ParticipationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setBold(True)
        self.headingLabel.setFont(font)
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.participatesCheck = QCheckBox(ParticipationDialog)
        self.participatesCheck.setObjectName(u"participatesCheck")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participatesCheck)

        self.reservationLabel = QLabel(ParticipationDialog)
        self.reservationLabel.setObjectName(u"reservationLabel")
        self.reservationLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reservationLabel)

        self.reservationEdit = QPlainTextEdit(ParticipationDialog)
        self.reservationEdit.setObjectName(u"reservationEdit")
        self.reservationEdit.setMaximumSize(QSize(16777215, 80))
        self.reservationEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reservationEdit)

        self.committeeLabel = QLabel(ParticipationDialog)
        self.committeeLabel.setObjectName(u"committeeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.committeeLabel)

        self.committeeEdit = QLineEdit(ParticipationDialog)
        self.committeeEdit.setObjectName(u"committeeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.committeeEdit)

        self.meetingDateLabel = QLabel(ParticipationDialog)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meetingDateLabel)

        self.meetingDateEdit = DateField(ParticipationDialog)
        self.meetingDateEdit.setObjectName(u"meetingDateEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meetingDateEdit)

        self.approvalLabel = QLabel(ParticipationDialog)
        self.approvalLabel.setObjectName(u"approvalLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approvalLabel)

        self.approvalCombo = QComboBox(ParticipationDialog)
        self.approvalCombo.setObjectName(u"approvalCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approvalCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ParticipationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reservationLabel.setBuddy(self.reservationEdit)
        self.committeeLabel.setBuddy(self.committeeEdit)
        self.meetingDateLabel.setBuddy(self.meetingDateEdit)
        self.approvalLabel.setBuddy(self.approvalCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.participatesCheck, self.reservationEdit)
        QWidget.setTabOrder(self.reservationEdit, self.committeeEdit)
        QWidget.setTabOrder(self.committeeEdit, self.meetingDateEdit)
        QWidget.setTabOrder(self.meetingDateEdit, self.approvalCombo)

        self.retranslateUi(ParticipationDialog)
        self.buttonBox.accepted.connect(ParticipationDialog.accept)
        self.buttonBox.rejected.connect(ParticipationDialog.reject)

        QMetaObject.connectSlotsByName(ParticipationDialog)
    # setupUi

    def retranslateUi(self, ParticipationDialog):
        ParticipationDialog.setWindowTitle(QCoreApplication.translate("ParticipationDialog", u"Participation", None))
        self.headingLabel.setText("")
#if QT_CONFIG(tooltip)
        self.participatesCheck.setToolTip(QCoreApplication.translate("ParticipationDialog", u"Tick if the municipality takes part in this experiment", None))
#endif // QT_CONFIG(tooltip)
        self.participatesCheck.setText(QCoreApplication.translate("ParticipationDialog", u"Takes part in the experiment", None))
        self.reservationLabel.setText(QCoreApplication.translate("ParticipationDialog", u"Reservation", None))
#if QT_CONFIG(tooltip)
        self.reservationEdit.setToolTip(QCoreApplication.translate("ParticipationDialog", u"Any reservation the municipality has made about taking part", None))
#endif // QT_CONFIG(tooltip)
        self.reservationEdit.setPlaceholderText(QCoreApplication.translate("ParticipationDialog", u"No reservation", None))
        self.committeeLabel.setText(QCoreApplication.translate("ParticipationDialog", u"Committee", None))
#if QT_CONFIG(tooltip)
        self.committeeEdit.setToolTip(QCoreApplication.translate("ParticipationDialog", u"The political committee that handles the participation", None))
#endif // QT_CONFIG(tooltip)
        self.committeeEdit.setPlaceholderText(QCoreApplication.translate("ParticipationDialog", u"e.g. \u00d8konomiudvalget", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("ParticipationDialog", u"Meeting date", None))
#if QT_CONFIG(tooltip)
        self.meetingDateEdit.setToolTip(QCoreApplication.translate("ParticipationDialog", u"The date of the committee meeting, e.g. 15.12.2016 or 15. december 2016", None))
#endif // QT_CONFIG(tooltip)
        self.approvalLabel.setText(QCoreApplication.translate("ParticipationDialog", u"Political approval", None))
#if QT_CONFIG(tooltip)
        self.approvalCombo.setToolTip(QCoreApplication.translate("ParticipationDialog", u"Where the political approval of the participation stands", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

