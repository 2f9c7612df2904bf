# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from frikommune_desktop.gui.date_field import DateField

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(960, 640)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(ExportDialog)
        self.tabs.setObjectName(u"tabs")
        self.exportTab = QWidget()
        self.exportTab.setObjectName(u"exportTab")
        self.exportLayout = QVBoxLayout(self.exportTab)
        self.exportLayout.setSpacing(10)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.exportForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.roundLabel = QLabel(self.exportTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.roundCombo = QComboBox(self.exportTab)
        self.roundCombo.setObjectName(u"roundCombo")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roundCombo)

        self.folderLabel = QLabel(self.exportTab)
        self.folderLabel.setObjectName(u"folderLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.exportTab)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setClearButtonEnabled(True)

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.exportTab)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.exportForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.letterDateLabel = QLabel(self.exportTab)
        self.letterDateLabel.setObjectName(u"letterDateLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterDateLabel)

        self.letterDateEdit = DateField(self.exportTab)
        self.letterDateEdit.setObjectName(u"letterDateEdit")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterDateEdit)


        self.exportLayout.addLayout(self.exportForm)

        self.kindGroup = QGroupBox(self.exportTab)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QVBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.bundleRadio = QRadioButton(self.kindGroup)
        self.bundleRadio.setObjectName(u"bundleRadio")
        self.bundleRadio.setChecked(True)

        self.kindLayout.addWidget(self.bundleRadio)

        self.orientationRadio = QRadioButton(self.kindGroup)
        self.orientationRadio.setObjectName(u"orientationRadio")

        self.kindLayout.addWidget(self.orientationRadio)


        self.exportLayout.addWidget(self.kindGroup)

        self.markSubmittedCheck = QCheckBox(self.exportTab)
        self.markSubmittedCheck.setObjectName(u"markSubmittedCheck")

        self.exportLayout.addWidget(self.markSubmittedCheck)

        self.progressBar = QProgressBar(self.exportTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.exportLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.exportTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(self.exportTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportLayout.addWidget(self.errorLabel)

        self.exportSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.exportLayout.addItem(self.exportSpacer)

        self.tabs.addTab(self.exportTab, "")
        self.letterTab = QWidget()
        self.letterTab.setObjectName(u"letterTab")
        self.letterLayout = QVBoxLayout(self.letterTab)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterColumns = QHBoxLayout()
        self.letterColumns.setObjectName(u"letterColumns")
        self.textGroup = QGroupBox(self.letterTab)
        self.textGroup.setObjectName(u"textGroup")
        self.textForm = QFormLayout(self.textGroup)
        self.textForm.setObjectName(u"textForm")
        self.textForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.textForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.subjectLabel = QLabel(self.textGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.textGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.introLabel = QLabel(self.textGroup)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.textForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.introLabel)

        self.introEdit = QPlainTextEdit(self.textGroup)
        self.introEdit.setObjectName(u"introEdit")
        self.introEdit.setTabChangesFocus(True)

        self.textForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.introEdit)

        self.reservationLabel = QLabel(self.textGroup)
        self.reservationLabel.setObjectName(u"reservationLabel")
        self.reservationLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.textForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reservationLabel)

        self.reservationEdit = QPlainTextEdit(self.textGroup)
        self.reservationEdit.setObjectName(u"reservationEdit")
        self.reservationEdit.setMaximumSize(QSize(16777215, 80))
        self.reservationEdit.setTabChangesFocus(True)

        self.textForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reservationEdit)

        self.closingLabel = QLabel(self.textGroup)
        self.closingLabel.setObjectName(u"closingLabel")
        self.closingLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.textForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closingLabel)

        self.closingEdit = QPlainTextEdit(self.textGroup)
        self.closingEdit.setObjectName(u"closingEdit")
        self.closingEdit.setMaximumSize(QSize(16777215, 80))
        self.closingEdit.setTabChangesFocus(True)

        self.textForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closingEdit)


        self.letterColumns.addWidget(self.textGroup)

        self.addressGroup = QGroupBox(self.letterTab)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.senderNameLabel = QLabel(self.addressGroup)
        self.senderNameLabel.setObjectName(u"senderNameLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.senderNameLabel)

        self.senderNameEdit = QLineEdit(self.addressGroup)
        self.senderNameEdit.setObjectName(u"senderNameEdit")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.senderNameEdit)

        self.senderAddressLabel = QLabel(self.addressGroup)
        self.senderAddressLabel.setObjectName(u"senderAddressLabel")
        self.senderAddressLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.senderAddressLabel)

        self.senderAddressEdit = QPlainTextEdit(self.addressGroup)
        self.senderAddressEdit.setObjectName(u"senderAddressEdit")
        self.senderAddressEdit.setTabChangesFocus(True)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.senderAddressEdit)

        self.senderEmailLabel = QLabel(self.addressGroup)
        self.senderEmailLabel.setObjectName(u"senderEmailLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.senderEmailLabel)

        self.senderEmailEdit = QLineEdit(self.addressGroup)
        self.senderEmailEdit.setObjectName(u"senderEmailEdit")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.senderEmailEdit)

        self.senderPhoneLabel = QLabel(self.addressGroup)
        self.senderPhoneLabel.setObjectName(u"senderPhoneLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.senderPhoneLabel)

        self.senderPhoneEdit = QLineEdit(self.addressGroup)
        self.senderPhoneEdit.setObjectName(u"senderPhoneEdit")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.senderPhoneEdit)

        self.caseNumberLabel = QLabel(self.addressGroup)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caseNumberLabel)

        self.caseNumberEdit = QLineEdit(self.addressGroup)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caseNumberEdit)

        self.documentNumberLabel = QLabel(self.addressGroup)
        self.documentNumberLabel.setObjectName(u"documentNumberLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentNumberLabel)

        self.documentNumberEdit = QLineEdit(self.addressGroup)
        self.documentNumberEdit.setObjectName(u"documentNumberEdit")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.documentNumberEdit)

        self.recipientNameLabel = QLabel(self.addressGroup)
        self.recipientNameLabel.setObjectName(u"recipientNameLabel")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recipientNameLabel)

        self.recipientNameEdit = QLineEdit(self.addressGroup)
        self.recipientNameEdit.setObjectName(u"recipientNameEdit")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recipientNameEdit)

        self.recipientAddressLabel = QLabel(self.addressGroup)
        self.recipientAddressLabel.setObjectName(u"recipientAddressLabel")
        self.recipientAddressLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recipientAddressLabel)

        self.recipientAddressEdit = QPlainTextEdit(self.addressGroup)
        self.recipientAddressEdit.setObjectName(u"recipientAddressEdit")
        self.recipientAddressEdit.setTabChangesFocus(True)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.recipientAddressEdit)

        self.signatoryLabel = QLabel(self.addressGroup)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.addressForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signatoryCombo = QComboBox(self.addressGroup)
        self.signatoryCombo.setObjectName(u"signatoryCombo")

        self.addressForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signatoryCombo)

        self.coordinatorLabel = QLabel(self.addressGroup)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.addressForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorCombo = QComboBox(self.addressGroup)
        self.coordinatorCombo.setObjectName(u"coordinatorCombo")

        self.addressForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.coordinatorCombo)


        self.letterColumns.addWidget(self.addressGroup)

        self.letterColumns.setStretch(0, 3)
        self.letterColumns.setStretch(1, 2)

        self.letterLayout.addLayout(self.letterColumns)

        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.letterNoteLabel = QLabel(self.letterTab)
        self.letterNoteLabel.setObjectName(u"letterNoteLabel")
        self.letterNoteLabel.setWordWrap(True)

        self.letterButtons.addWidget(self.letterNoteLabel)

        self.saveTextsButton = QPushButton(self.letterTab)
        self.saveTextsButton.setObjectName(u"saveTextsButton")

        self.letterButtons.addWidget(self.saveTextsButton)

        self.letterButtons.setStretch(0, 1)

        self.letterLayout.addLayout(self.letterButtons)

        self.tabs.addTab(self.letterTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.stopButton = QPushButton(ExportDialog)
        self.stopButton.setObjectName(u"stopButton")

        self.buttonRow.addWidget(self.stopButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.folderLabel.setBuddy(self.folderEdit)
        self.letterDateLabel.setBuddy(self.letterDateEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.introLabel.setBuddy(self.introEdit)
        self.reservationLabel.setBuddy(self.reservationEdit)
        self.closingLabel.setBuddy(self.closingEdit)
        self.senderNameLabel.setBuddy(self.senderNameEdit)
        self.senderAddressLabel.setBuddy(self.senderAddressEdit)
        self.senderEmailLabel.setBuddy(self.senderEmailEdit)
        self.senderPhoneLabel.setBuddy(self.senderPhoneEdit)
        self.caseNumberLabel.setBuddy(self.caseNumberEdit)
        self.documentNumberLabel.setBuddy(self.documentNumberEdit)
        self.recipientNameLabel.setBuddy(self.recipientNameEdit)
        self.recipientAddressLabel.setBuddy(self.recipientAddressEdit)
        self.signatoryLabel.setBuddy(self.signatoryCombo)
        self.coordinatorLabel.setBuddy(self.coordinatorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.roundCombo)
        QWidget.setTabOrder(self.roundCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.letterDateEdit)
        QWidget.setTabOrder(self.letterDateEdit, self.bundleRadio)
        QWidget.setTabOrder(self.bundleRadio, self.orientationRadio)
        QWidget.setTabOrder(self.orientationRadio, self.markSubmittedCheck)
        QWidget.setTabOrder(self.markSubmittedCheck, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.introEdit)
        QWidget.setTabOrder(self.introEdit, self.reservationEdit)
        QWidget.setTabOrder(self.reservationEdit, self.closingEdit)
        QWidget.setTabOrder(self.closingEdit, self.senderNameEdit)
        QWidget.setTabOrder(self.senderNameEdit, self.senderAddressEdit)
        QWidget.setTabOrder(self.senderAddressEdit, self.senderEmailEdit)
        QWidget.setTabOrder(self.senderEmailEdit, self.senderPhoneEdit)
        QWidget.setTabOrder(self.senderPhoneEdit, self.caseNumberEdit)
        QWidget.setTabOrder(self.caseNumberEdit, self.documentNumberEdit)
        QWidget.setTabOrder(self.documentNumberEdit, self.recipientNameEdit)
        QWidget.setTabOrder(self.recipientNameEdit, self.recipientAddressEdit)
        QWidget.setTabOrder(self.recipientAddressEdit, self.signatoryCombo)
        QWidget.setTabOrder(self.signatoryCombo, self.coordinatorCombo)
        QWidget.setTabOrder(self.coordinatorCombo, self.saveTextsButton)
        QWidget.setTabOrder(self.saveTextsButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.closeButton)

        self.retranslateUi(ExportDialog)

        self.tabs.setCurrentIndex(0)
        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export round", None))
        self.roundLabel.setText(QCoreApplication.translate("ExportDialog", u"&Round:", None))
#if QT_CONFIG(tooltip)
        self.roundCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"The submission round whose applications are exported", None))
#endif // QT_CONFIG(tooltip)
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"Output &folder:", None))
#if QT_CONFIG(tooltip)
        self.folderEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"The folder the files are written to; it is created if it does not exist", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.letterDateLabel.setText(QCoreApplication.translate("ExportDialog", u"Letter &date:", None))
#if QT_CONFIG(tooltip)
        self.letterDateEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"The date the letter carries: the round's deadline, or today for an orientation letter, unless you write another", None))
#endif // QT_CONFIG(tooltip)
        self.kindGroup.setTitle(QCoreApplication.translate("ExportDialog", u"What to export", None))
#if QT_CONFIG(tooltip)
        self.bundleRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"The cover letter (PDF and Word), the participation table (PDF and Excel) and all applications in one PDF", None))
#endif // QT_CONFIG(tooltip)
        self.bundleRadio.setText(QCoreApplication.translate("ExportDialog", u"Submission &bundle: cover letter, participation table and applications", None))
#if QT_CONFIG(tooltip)
        self.orientationRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"A letter telling the ministry which municipalities joined or left the round's experiments after it was submitted", None))
#endif // QT_CONFIG(tooltip)
        self.orientationRadio.setText(QCoreApplication.translate("ExportDialog", u"&Orientation letter (participation changed since submission)", None))
#if QT_CONFIG(tooltip)
        self.markSubmittedCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Records today as the day the round was sent and turns its draft experiments into submitted ones (Ctrl+Z undoes it)", None))
#endif // QT_CONFIG(tooltip)
        self.markSubmittedCheck.setText(QCoreApplication.translate("ExportDialog", u"&Mark the round as submitted when done", None))
        self.statusLabel.setText("")
        self.errorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.exportTab), QCoreApplication.translate("ExportDialog", u"Export", None))
        self.textGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Letter text", None))
        self.subjectLabel.setText(QCoreApplication.translate("ExportDialog", u"Subject:", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Introduction:", None))
        self.reservationLabel.setText(QCoreApplication.translate("ExportDialog", u"Reservation:", None))
#if QT_CONFIG(tooltip)
        self.reservationEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"Shown only when a municipality takes part with a reservation", None))
#endif // QT_CONFIG(tooltip)
        self.closingLabel.setText(QCoreApplication.translate("ExportDialog", u"Closing:", None))
        self.addressGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Sender and recipient", None))
        self.senderNameLabel.setText(QCoreApplication.translate("ExportDialog", u"Sender:", None))
        self.senderAddressLabel.setText(QCoreApplication.translate("ExportDialog", u"Sender's address:", None))
        self.senderEmailLabel.setText(QCoreApplication.translate("ExportDialog", u"E-mail:", None))
        self.senderPhoneLabel.setText(QCoreApplication.translate("ExportDialog", u"Phone:", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("ExportDialog", u"Case no.:", None))
        self.documentNumberLabel.setText(QCoreApplication.translate("ExportDialog", u"Document no.:", None))
        self.recipientNameLabel.setText(QCoreApplication.translate("ExportDialog", u"Recipient:", None))
        self.recipientAddressLabel.setText(QCoreApplication.translate("ExportDialog", u"Recipient's address:", None))
        self.signatoryLabel.setText(QCoreApplication.translate("ExportDialog", u"Signed by:", None))
#if QT_CONFIG(tooltip)
        self.signatoryCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"The person who signs the letter; without one it is signed on behalf of the network", None))
#endif // QT_CONFIG(tooltip)
        self.coordinatorLabel.setText(QCoreApplication.translate("ExportDialog", u"Contact person:", None))
#if QT_CONFIG(tooltip)
        self.coordinatorCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"The network's coordinator, named in the letter as the ministry's contact", None))
#endif // QT_CONFIG(tooltip)
        self.letterNoteLabel.setText(QCoreApplication.translate("ExportDialog", u"An empty field uses the standard text shown in grey. The texts are stored in the network file.", None))
#if QT_CONFIG(tooltip)
        self.saveTextsButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Store the changed texts in the network file (Ctrl+Z undoes it)", None))
#endif // QT_CONFIG(tooltip)
        self.saveTextsButton.setText(QCoreApplication.translate("ExportDialog", u"Sa&ve texts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.letterTab), QCoreApplication.translate("ExportDialog", u"Cover letter", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Stop the export after the file being written", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("ExportDialog", u"&Stop", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"&Close", None))
    # retranslateUi

