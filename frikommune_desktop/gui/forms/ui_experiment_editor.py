# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'experiment_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from frikommune_desktop.gui.date_field import DateField

class Ui_ExperimentEditor(object):
    def setupUi(self, ExperimentEditor):
        if not ExperimentEditor.objectName():
            ExperimentEditor.setObjectName(u"ExperimentEditor")
        ExperimentEditor.resize(640, 720)
        self.editorLayout = QVBoxLayout(ExperimentEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.numberLabel = QLabel(ExperimentEditor)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(ExperimentEditor)
        self.numberSpin.setObjectName(u"numberSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.numberSpin.sizePolicy().hasHeightForWidth())
        self.numberSpin.setSizePolicy(sizePolicy)
        self.numberSpin.setMinimum(0)
        self.numberSpin.setMaximum(999)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.titleLabel = QLabel(ExperimentEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ExperimentEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.letterTitleLabel = QLabel(ExperimentEditor)
        self.letterTitleLabel.setObjectName(u"letterTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterTitleLabel)

        self.letterTitleEdit = QLineEdit(ExperimentEditor)
        self.letterTitleEdit.setObjectName(u"letterTitleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterTitleEdit)

        self.roundLabel = QLabel(ExperimentEditor)
        self.roundLabel.setObjectName(u"roundLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.roundCombo = QComboBox(ExperimentEditor)
        self.roundCombo.setObjectName(u"roundCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roundCombo)

        self.statusLabel = QLabel(ExperimentEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ExperimentEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.applicationDateLabel = QLabel(ExperimentEditor)
        self.applicationDateLabel.setObjectName(u"applicationDateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applicationDateLabel)

        self.applicationDateEdit = DateField(ExperimentEditor)
        self.applicationDateEdit.setObjectName(u"applicationDateEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicationDateEdit)

        self.subjectContactLabel = QLabel(ExperimentEditor)
        self.subjectContactLabel.setObjectName(u"subjectContactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectContactLabel)

        self.subjectContactCombo = QComboBox(ExperimentEditor)
        self.subjectContactCombo.setObjectName(u"subjectContactCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectContactCombo)

        self.coordinatorLabel = QLabel(ExperimentEditor)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorCombo = QComboBox(ExperimentEditor)
        self.coordinatorCombo.setObjectName(u"coordinatorCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.coordinatorCombo)

        self.parentLabel = QLabel(ExperimentEditor)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(ExperimentEditor)
        self.parentCombo.setObjectName(u"parentCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.participantsHeading = QLabel(ExperimentEditor)
        self.participantsHeading.setObjectName(u"participantsHeading")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.participantsHeading)

        self.participantsLabel = QLabel(ExperimentEditor)
        self.participantsLabel.setObjectName(u"participantsLabel")
        self.participantsLabel.setWordWrap(True)
        self.participantsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.participantsLabel)

        self.legalBasisHeading = QLabel(ExperimentEditor)
        self.legalBasisHeading.setObjectName(u"legalBasisHeading")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.legalBasisHeading)

        self.legalBasisLabel = QLabel(ExperimentEditor)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.legalBasisLabel.sizePolicy().hasHeightForWidth())
        self.legalBasisLabel.setSizePolicy(sizePolicy1)
        self.legalBasisLabel.setWordWrap(True)
        self.legalBasisLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.legalBasisLabel)

        self.suggestButton = QPushButton(ExperimentEditor)
        self.suggestButton.setObjectName(u"suggestButton")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.suggestButton.sizePolicy().hasHeightForWidth())
        self.suggestButton.setSizePolicy(sizePolicy2)
        self.suggestButton.setAutoDefault(False)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.suggestButton)


        self.editorLayout.addLayout(self.formLayout)

        self.sectionTabs = QTabWidget(ExperimentEditor)
        self.sectionTabs.setObjectName(u"sectionTabs")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(1)
        sizePolicy3.setHeightForWidth(self.sectionTabs.sizePolicy().hasHeightForWidth())
        self.sectionTabs.setSizePolicy(sizePolicy3)
        self.sectionTabs.setUsesScrollButtons(True)
        self.descriptionPage = QWidget()
        self.descriptionPage.setObjectName(u"descriptionPage")
        self.descriptionLayout = QVBoxLayout(self.descriptionPage)
        self.descriptionLayout.setObjectName(u"descriptionLayout")
        self.descriptionEdit = QPlainTextEdit(self.descriptionPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 160))
        self.descriptionEdit.setTabChangesFocus(True)

        self.descriptionLayout.addWidget(self.descriptionEdit)

        self.sectionTabs.addTab(self.descriptionPage, "")
        self.goalsPage = QWidget()
        self.goalsPage.setObjectName(u"goalsPage")
        self.goalsLayout = QVBoxLayout(self.goalsPage)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsEdit = QPlainTextEdit(self.goalsPage)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setMinimumSize(QSize(0, 160))
        self.goalsEdit.setTabChangesFocus(True)

        self.goalsLayout.addWidget(self.goalsEdit)

        self.sectionTabs.addTab(self.goalsPage, "")
        self.legalNeedsPage = QWidget()
        self.legalNeedsPage.setObjectName(u"legalNeedsPage")
        self.legalNeedsLayout = QVBoxLayout(self.legalNeedsPage)
        self.legalNeedsLayout.setObjectName(u"legalNeedsLayout")
        self.legalNeedsEdit = QPlainTextEdit(self.legalNeedsPage)
        self.legalNeedsEdit.setObjectName(u"legalNeedsEdit")
        self.legalNeedsEdit.setMinimumSize(QSize(0, 160))
        self.legalNeedsEdit.setTabChangesFocus(True)

        self.legalNeedsLayout.addWidget(self.legalNeedsEdit)

        self.sectionTabs.addTab(self.legalNeedsPage, "")
        self.realisationPage = QWidget()
        self.realisationPage.setObjectName(u"realisationPage")
        self.realisationLayout = QVBoxLayout(self.realisationPage)
        self.realisationLayout.setObjectName(u"realisationLayout")
        self.realisationEdit = QPlainTextEdit(self.realisationPage)
        self.realisationEdit.setObjectName(u"realisationEdit")
        self.realisationEdit.setMinimumSize(QSize(0, 160))
        self.realisationEdit.setTabChangesFocus(True)

        self.realisationLayout.addWidget(self.realisationEdit)

        self.sectionTabs.addTab(self.realisationPage, "")
        self.evaluationPage = QWidget()
        self.evaluationPage.setObjectName(u"evaluationPage")
        self.evaluationLayout = QVBoxLayout(self.evaluationPage)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationEdit = QPlainTextEdit(self.evaluationPage)
        self.evaluationEdit.setObjectName(u"evaluationEdit")
        self.evaluationEdit.setMinimumSize(QSize(0, 160))
        self.evaluationEdit.setTabChangesFocus(True)

        self.evaluationLayout.addWidget(self.evaluationEdit)

        self.sectionTabs.addTab(self.evaluationPage, "")

        self.editorLayout.addWidget(self.sectionTabs)

        self.editorLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.letterTitleLabel.setBuddy(self.letterTitleEdit)
        self.roundLabel.setBuddy(self.roundCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.applicationDateLabel.setBuddy(self.applicationDateEdit)
        self.subjectContactLabel.setBuddy(self.subjectContactCombo)
        self.coordinatorLabel.setBuddy(self.coordinatorCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.participantsHeading.setBuddy(self.participantsLabel)
        self.legalBasisHeading.setBuddy(self.legalBasisLabel)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberSpin, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.letterTitleEdit)
        QWidget.setTabOrder(self.letterTitleEdit, self.roundCombo)
        QWidget.setTabOrder(self.roundCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.applicationDateEdit)
        QWidget.setTabOrder(self.applicationDateEdit, self.subjectContactCombo)
        QWidget.setTabOrder(self.subjectContactCombo, self.coordinatorCombo)
        QWidget.setTabOrder(self.coordinatorCombo, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.suggestButton)
        QWidget.setTabOrder(self.suggestButton, self.sectionTabs)
        QWidget.setTabOrder(self.sectionTabs, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.goalsEdit)
        QWidget.setTabOrder(self.goalsEdit, self.legalNeedsEdit)
        QWidget.setTabOrder(self.legalNeedsEdit, self.realisationEdit)
        QWidget.setTabOrder(self.realisationEdit, self.evaluationEdit)

        self.retranslateUi(ExperimentEditor)

        self.sectionTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExperimentEditor)
    # setupUi

    def retranslateUi(self, ExperimentEditor):
        ExperimentEditor.setWindowTitle(QCoreApplication.translate("ExperimentEditor", u"Experiment", None))
        self.numberLabel.setText(QCoreApplication.translate("ExperimentEditor", u"N&o.", None))
#if QT_CONFIG(tooltip)
        self.numberSpin.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The experiment's number; \u2013 means not yet numbered", None))
#endif // QT_CONFIG(tooltip)
        self.numberSpin.setSpecialValueText(QCoreApplication.translate("ExperimentEditor", u"\u2013", None))
        self.titleLabel.setText(QCoreApplication.translate("ExperimentEditor", u"&Title of experiment", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The full title of the experiment as used in the application", None))
#endif // QT_CONFIG(tooltip)
        self.letterTitleLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Name in &cover letter", None))
#if QT_CONFIG(tooltip)
        self.letterTitleEdit.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The short name used for the experiment in the cover letter", None))
#endif // QT_CONFIG(tooltip)
        self.roundLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Ro&und", None))
#if QT_CONFIG(tooltip)
        self.roundCombo.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The application round the experiment belongs to", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("ExperimentEditor", u"&Status", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ExperimentEditor", u"Where the experiment stands in the application process", None))
#endif // QT_CONFIG(tooltip)
        self.applicationDateLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Date of a&pplication", None))
#if QT_CONFIG(tooltip)
        self.applicationDateEdit.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The date the application was sent, e.g. 1.12.2016 or 1. december 2016", None))
#endif // QT_CONFIG(tooltip)
        self.subjectContactLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Sub&ject contact", None))
#if QT_CONFIG(tooltip)
        self.subjectContactCombo.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The person to contact about the subject of the experiment", None))
#endif // QT_CONFIG(tooltip)
        self.coordinatorLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Network coordin&ator", None))
#if QT_CONFIG(tooltip)
        self.coordinatorCombo.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The network coordinator responsible for the experiment", None))
#endif // QT_CONFIG(tooltip)
        self.parentLabel.setText(QCoreApplication.translate("ExperimentEditor", u"Pa&rt of", None))
#if QT_CONFIG(tooltip)
        self.parentCombo.setToolTip(QCoreApplication.translate("ExperimentEditor", u"The experiment this one is a part of, if any", None))
#endif // QT_CONFIG(tooltip)
        self.participantsHeading.setText(QCoreApplication.translate("ExperimentEditor", u"Participating municipalities", None))
        self.participantsLabel.setText("")
        self.legalBasisHeading.setText(QCoreApplication.translate("ExperimentEditor", u"Legal basis", None))
        self.legalBasisLabel.setText("")
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("ExperimentEditor", u"Find the provisions the five sections name that the legal basis does not have yet, and add the ones you choose (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.suggestButton.setText(QCoreApplication.translate("ExperimentEditor", u"Suggest legal &basis\u2026", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ExperimentEditor", u"Describe the experiment\u2026", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.descriptionPage), QCoreApplication.translate("ExperimentEditor", u"1 Description", None))
        self.goalsEdit.setPlaceholderText(QCoreApplication.translate("ExperimentEditor", u"What should the experiment achieve?", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.goalsPage), QCoreApplication.translate("ExperimentEditor", u"2 Goals and expected results", None))
        self.legalNeedsEdit.setPlaceholderText(QCoreApplication.translate("ExperimentEditor", u"Which rules stand in the way, and why?", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.legalNeedsPage), QCoreApplication.translate("ExperimentEditor", u"3 Need for legal exemptions", None))
        self.realisationEdit.setPlaceholderText(QCoreApplication.translate("ExperimentEditor", u"How will the experiment be carried out?", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.realisationPage), QCoreApplication.translate("ExperimentEditor", u"4 How the results are achieved", None))
        self.evaluationEdit.setPlaceholderText(QCoreApplication.translate("ExperimentEditor", u"How will the experiment be evaluated?", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.evaluationPage), QCoreApplication.translate("ExperimentEditor", u"5 Evaluation", None))
    # retranslateUi

