# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LetterEditor(object):
    def setupUi(self, LetterEditor):
        if not LetterEditor.objectName():
            LetterEditor.setObjectName(u"LetterEditor")
        LetterEditor.resize(820, 640)
        self.editorLayout = QVBoxLayout(LetterEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.heading = QLabel(LetterEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.editorLayout.addWidget(self.heading)

        self.tabs = QTabWidget(LetterEditor)
        self.tabs.setObjectName(u"tabs")
        self.requestTab = QWidget()
        self.requestTab.setObjectName(u"requestTab")
        self.requestForm = QFormLayout(self.requestTab)
        self.requestForm.setObjectName(u"requestForm")
        self.requestForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.requestTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.requestTab)
        self.title.setObjectName(u"title")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.addresseeNameLabel = QLabel(self.requestTab)
        self.addresseeNameLabel.setObjectName(u"addresseeNameLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addresseeNameLabel)

        self.addresseeName = QLineEdit(self.requestTab)
        self.addresseeName.setObjectName(u"addresseeName")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addresseeName)

        self.addresseeTypeLabel = QLabel(self.requestTab)
        self.addresseeTypeLabel.setObjectName(u"addresseeTypeLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addresseeTypeLabel)

        self.addresseeType = QComboBox(self.requestTab)
        self.addresseeType.setObjectName(u"addresseeType")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addresseeType)

        self.addresseeCountryLabel = QLabel(self.requestTab)
        self.addresseeCountryLabel.setObjectName(u"addresseeCountryLabel")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addresseeCountryLabel)

        self.addresseeCountry = QComboBox(self.requestTab)
        self.addresseeCountry.setObjectName(u"addresseeCountry")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addresseeCountry)

        self.speciesScientificLabel = QLabel(self.requestTab)
        self.speciesScientificLabel.setObjectName(u"speciesScientificLabel")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.speciesScientificLabel)

        self.speciesScientific = QLineEdit(self.requestTab)
        self.speciesScientific.setObjectName(u"speciesScientific")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.speciesScientific)

        self.speciesCommonLabel = QLabel(self.requestTab)
        self.speciesCommonLabel.setObjectName(u"speciesCommonLabel")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.speciesCommonLabel)

        self.speciesCommon = QLineEdit(self.requestTab)
        self.speciesCommon.setObjectName(u"speciesCommon")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.speciesCommon)

        self.redListCategoryLabel = QLabel(self.requestTab)
        self.redListCategoryLabel.setObjectName(u"redListCategoryLabel")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.redListCategoryLabel)

        self.redListCategory = QComboBox(self.requestTab)
        self.redListCategory.setObjectName(u"redListCategory")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.redListCategory)

        self.urgencyLabel = QLabel(self.requestTab)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.requestForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgency = QComboBox(self.requestTab)
        self.urgency.setObjectName(u"urgency")

        self.requestForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.urgency)

        self.requestedByLabel = QLabel(self.requestTab)
        self.requestedByLabel.setObjectName(u"requestedByLabel")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.requestedByLabel)

        self.requestedBy = QComboBox(self.requestTab)
        self.requestedBy.setObjectName(u"requestedBy")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requestedBy)

        self.alertRaisedByLabel = QLabel(self.requestTab)
        self.alertRaisedByLabel.setObjectName(u"alertRaisedByLabel")

        self.requestForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.alertRaisedByLabel)

        self.alertRaisedBy = QComboBox(self.requestTab)
        self.alertRaisedBy.setObjectName(u"alertRaisedBy")

        self.requestForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.alertRaisedBy)

        self.signChairLabel = QLabel(self.requestTab)
        self.signChairLabel.setObjectName(u"signChairLabel")

        self.requestForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.signChairLabel)

        self.signatoriesRow = QHBoxLayout()
        self.signatoriesRow.setObjectName(u"signatoriesRow")
        self.signChair = QCheckBox(self.requestTab)
        self.signChair.setObjectName(u"signChair")

        self.signatoriesRow.addWidget(self.signChair)

        self.signCo = QCheckBox(self.requestTab)
        self.signCo.setObjectName(u"signCo")

        self.signatoriesRow.addWidget(self.signCo)

        self.coSignatory = QLineEdit(self.requestTab)
        self.coSignatory.setObjectName(u"coSignatory")

        self.signatoriesRow.addWidget(self.coSignatory)

        self.signDg = QCheckBox(self.requestTab)
        self.signDg.setObjectName(u"signDg")

        self.signatoriesRow.addWidget(self.signDg)


        self.requestForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.signatoriesRow)

        self.requestedOnLabel = QLabel(self.requestTab)
        self.requestedOnLabel.setObjectName(u"requestedOnLabel")

        self.requestForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.requestedOnLabel)

        self.requestedOn = QDateEdit(self.requestTab)
        self.requestedOn.setObjectName(u"requestedOn")
        self.requestedOn.setCalendarPopup(True)

        self.requestForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.requestedOn)

        self.hasFollowUpLabel = QLabel(self.requestTab)
        self.hasFollowUpLabel.setObjectName(u"hasFollowUpLabel")

        self.requestForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.hasFollowUpLabel)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.hasFollowUp = QCheckBox(self.requestTab)
        self.hasFollowUp.setObjectName(u"hasFollowUp")

        self.followUpRow.addWidget(self.hasFollowUp)

        self.followUpOn = QDateEdit(self.requestTab)
        self.followUpOn.setObjectName(u"followUpOn")
        self.followUpOn.setCalendarPopup(True)

        self.followUpRow.addWidget(self.followUpOn)

        self.followUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.requestForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.followUpRow)

        self.tabs.addTab(self.requestTab, "")
        self.caseTab = QWidget()
        self.caseTab.setObjectName(u"caseTab")
        self.caseForm = QFormLayout(self.caseTab)
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.threatLabel = QLabel(self.caseTab)
        self.threatLabel.setObjectName(u"threatLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.threatLabel)

        self.threat = QPlainTextEdit(self.caseTab)
        self.threat.setObjectName(u"threat")
        self.threat.setTabChangesFocus(True)
        self.threat.setMinimumSize(QSize(0, 60))

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.threat)

        self.actionRequestedLabel = QLabel(self.caseTab)
        self.actionRequestedLabel.setObjectName(u"actionRequestedLabel")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actionRequestedLabel)

        self.actionRequested = QPlainTextEdit(self.caseTab)
        self.actionRequested.setObjectName(u"actionRequested")
        self.actionRequested.setTabChangesFocus(True)
        self.actionRequested.setMinimumSize(QSize(0, 60))

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actionRequested)

        self.evidenceSummaryLabel = QLabel(self.caseTab)
        self.evidenceSummaryLabel.setObjectName(u"evidenceSummaryLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceSummaryLabel)

        self.evidenceSummary = QPlainTextEdit(self.caseTab)
        self.evidenceSummary.setObjectName(u"evidenceSummary")
        self.evidenceSummary.setTabChangesFocus(True)
        self.evidenceSummary.setMinimumSize(QSize(0, 60))

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceSummary)

        self.keyFactsLabel = QLabel(self.caseTab)
        self.keyFactsLabel.setObjectName(u"keyFactsLabel")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyFactsLabel)

        self.keyFacts = QPlainTextEdit(self.caseTab)
        self.keyFacts.setObjectName(u"keyFacts")
        self.keyFacts.setTabChangesFocus(True)
        self.keyFacts.setMinimumSize(QSize(0, 60))

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyFacts)

        self.stakeholdersLabel = QLabel(self.caseTab)
        self.stakeholdersLabel.setObjectName(u"stakeholdersLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stakeholdersLabel)

        self.stakeholders = QPlainTextEdit(self.caseTab)
        self.stakeholders.setObjectName(u"stakeholders")
        self.stakeholders.setTabChangesFocus(True)
        self.stakeholders.setMinimumSize(QSize(0, 60))

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stakeholders)

        self.tabs.addTab(self.caseTab, "")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QVBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.stateLabel = QLabel(self.progressTab)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.stateLabel)

        self.timeline = QTreeWidget(self.progressTab)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(True)

        self.progressLayout.addWidget(self.timeline)

        self.nextStepBox = QGroupBox(self.progressTab)
        self.nextStepBox.setObjectName(u"nextStepBox")
        self.nextStepLayout = QVBoxLayout(self.nextStepBox)
        self.nextStepLayout.setObjectName(u"nextStepLayout")
        self.stepForm = QFormLayout()
        self.stepForm.setObjectName(u"stepForm")
        self.stepForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stepDateLabel = QLabel(self.nextStepBox)
        self.stepDateLabel.setObjectName(u"stepDateLabel")

        self.stepForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stepDateLabel)

        self.stepDate = QDateEdit(self.nextStepBox)
        self.stepDate.setObjectName(u"stepDate")
        self.stepDate.setCalendarPopup(True)

        self.stepForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stepDate)

        self.stepNoteLabel = QLabel(self.nextStepBox)
        self.stepNoteLabel.setObjectName(u"stepNoteLabel")

        self.stepForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stepNoteLabel)

        self.stepNote = QLineEdit(self.nextStepBox)
        self.stepNote.setObjectName(u"stepNote")

        self.stepForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stepNote)

        self.stepHasFollowUpLabel = QLabel(self.nextStepBox)
        self.stepHasFollowUpLabel.setObjectName(u"stepHasFollowUpLabel")

        self.stepForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stepHasFollowUpLabel)

        self.stepFollowUpRow = QHBoxLayout()
        self.stepFollowUpRow.setObjectName(u"stepFollowUpRow")
        self.stepHasFollowUp = QCheckBox(self.nextStepBox)
        self.stepHasFollowUp.setObjectName(u"stepHasFollowUp")

        self.stepFollowUpRow.addWidget(self.stepHasFollowUp)

        self.stepFollowUpOn = QDateEdit(self.nextStepBox)
        self.stepFollowUpOn.setObjectName(u"stepFollowUpOn")
        self.stepFollowUpOn.setCalendarPopup(True)

        self.stepFollowUpRow.addWidget(self.stepFollowUpOn)

        self.stepFollowUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepFollowUpRow.addItem(self.stepFollowUpSpacer)


        self.stepForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stepFollowUpRow)


        self.nextStepLayout.addLayout(self.stepForm)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.stepButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepButtonsSpacer)


        self.nextStepLayout.addLayout(self.stepButtons)


        self.progressLayout.addWidget(self.nextStepBox)

        self.tabs.addTab(self.progressTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachments = QTreeWidget(self.attachmentsTab)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setRootIsDecorated(False)
        self.attachments.setAlternatingRowColors(True)
        self.attachments.setUniformRowHeights(True)

        self.attachmentsLayout.addWidget(self.attachments)

        self.attachmentProblems = QLabel(self.attachmentsTab)
        self.attachmentProblems.setObjectName(u"attachmentProblems")
        self.attachmentProblems.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentProblems)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachment = QPushButton(self.attachmentsTab)
        self.addAttachment.setObjectName(u"addAttachment")

        self.attachmentButtons.addWidget(self.addAttachment)

        self.openAttachment = QPushButton(self.attachmentsTab)
        self.openAttachment.setObjectName(u"openAttachment")

        self.attachmentButtons.addWidget(self.openAttachment)

        self.verifyAttachments = QPushButton(self.attachmentsTab)
        self.verifyAttachments.setObjectName(u"verifyAttachments")

        self.attachmentButtons.addWidget(self.verifyAttachments)

        self.removeAttachment = QPushButton(self.attachmentsTab)
        self.removeAttachment.setObjectName(u"removeAttachment")

        self.attachmentButtons.addWidget(self.removeAttachment)

        self.attachmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)

        self.limitLabel = QLabel(self.attachmentsTab)
        self.limitLabel.setObjectName(u"limitLabel")

        self.attachmentButtons.addWidget(self.limitLabel)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.tabs.addTab(self.attachmentsTab, "")
        self.outcomeTab = QWidget()
        self.outcomeTab.setObjectName(u"outcomeTab")
        self.outcomeForm = QFormLayout(self.outcomeTab)
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hasResponseLabel = QLabel(self.outcomeTab)
        self.hasResponseLabel.setObjectName(u"hasResponseLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hasResponseLabel)

        self.responseRow = QHBoxLayout()
        self.responseRow.setObjectName(u"responseRow")
        self.hasResponse = QCheckBox(self.outcomeTab)
        self.hasResponse.setObjectName(u"hasResponse")

        self.responseRow.addWidget(self.hasResponse)

        self.responseOn = QDateEdit(self.outcomeTab)
        self.responseOn.setObjectName(u"responseOn")
        self.responseOn.setCalendarPopup(True)

        self.responseRow.addWidget(self.responseOn)

        self.responseSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.responseRow.addItem(self.responseSpacer)


        self.outcomeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.responseRow)

        self.responseSummaryLabel = QLabel(self.outcomeTab)
        self.responseSummaryLabel.setObjectName(u"responseSummaryLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responseSummaryLabel)

        self.responseSummary = QPlainTextEdit(self.outcomeTab)
        self.responseSummary.setObjectName(u"responseSummary")
        self.responseSummary.setTabChangesFocus(True)
        self.responseSummary.setMinimumSize(QSize(0, 60))

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responseSummary)

        self.dialogueOpenedLabel = QLabel(self.outcomeTab)
        self.dialogueOpenedLabel.setObjectName(u"dialogueOpenedLabel")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dialogueOpenedLabel)

        self.dialogueOpened = QComboBox(self.outcomeTab)
        self.dialogueOpened.setObjectName(u"dialogueOpened")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dialogueOpened)

        self.impactLabel = QLabel(self.outcomeTab)
        self.impactLabel.setObjectName(u"impactLabel")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impact = QPlainTextEdit(self.outcomeTab)
        self.impact.setObjectName(u"impact")
        self.impact.setTabChangesFocus(True)
        self.impact.setMinimumSize(QSize(0, 80))

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.impact)

        self.notesLabel = QLabel(self.outcomeTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.outcomeTab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.outcomeTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.problems = QLabel(LetterEditor)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)

        self.editorLayout.addWidget(self.problems)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.briefButton = QPushButton(LetterEditor)
        self.briefButton.setObjectName(u"briefButton")

        self.bottomRow.addWidget(self.briefButton)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LetterEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.editorLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.addresseeNameLabel.setBuddy(self.addresseeName)
        self.addresseeTypeLabel.setBuddy(self.addresseeType)
        self.addresseeCountryLabel.setBuddy(self.addresseeCountry)
        self.speciesScientificLabel.setBuddy(self.speciesScientific)
        self.speciesCommonLabel.setBuddy(self.speciesCommon)
        self.redListCategoryLabel.setBuddy(self.redListCategory)
        self.urgencyLabel.setBuddy(self.urgency)
        self.requestedByLabel.setBuddy(self.requestedBy)
        self.alertRaisedByLabel.setBuddy(self.alertRaisedBy)
        self.signChairLabel.setBuddy(self.signChair)
        self.requestedOnLabel.setBuddy(self.requestedOn)
        self.hasFollowUpLabel.setBuddy(self.hasFollowUp)
        self.threatLabel.setBuddy(self.threat)
        self.actionRequestedLabel.setBuddy(self.actionRequested)
        self.evidenceSummaryLabel.setBuddy(self.evidenceSummary)
        self.keyFactsLabel.setBuddy(self.keyFacts)
        self.stakeholdersLabel.setBuddy(self.stakeholders)
        self.stepDateLabel.setBuddy(self.stepDate)
        self.stepNoteLabel.setBuddy(self.stepNote)
        self.stepHasFollowUpLabel.setBuddy(self.stepHasFollowUp)
        self.hasResponseLabel.setBuddy(self.hasResponse)
        self.responseSummaryLabel.setBuddy(self.responseSummary)
        self.dialogueOpenedLabel.setBuddy(self.dialogueOpened)
        self.impactLabel.setBuddy(self.impact)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.addresseeName)
        QWidget.setTabOrder(self.addresseeName, self.addresseeType)
        QWidget.setTabOrder(self.addresseeType, self.addresseeCountry)
        QWidget.setTabOrder(self.addresseeCountry, self.speciesScientific)
        QWidget.setTabOrder(self.speciesScientific, self.speciesCommon)
        QWidget.setTabOrder(self.speciesCommon, self.redListCategory)
        QWidget.setTabOrder(self.redListCategory, self.urgency)
        QWidget.setTabOrder(self.urgency, self.requestedBy)
        QWidget.setTabOrder(self.requestedBy, self.alertRaisedBy)
        QWidget.setTabOrder(self.alertRaisedBy, self.signChair)
        QWidget.setTabOrder(self.signChair, self.signCo)
        QWidget.setTabOrder(self.signCo, self.coSignatory)
        QWidget.setTabOrder(self.coSignatory, self.signDg)
        QWidget.setTabOrder(self.signDg, self.requestedOn)
        QWidget.setTabOrder(self.requestedOn, self.hasFollowUp)
        QWidget.setTabOrder(self.hasFollowUp, self.followUpOn)

        self.retranslateUi(LetterEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LetterEditor)
    # setupUi

    def retranslateUi(self, LetterEditor):
        LetterEditor.setWindowTitle(QCoreApplication.translate("LetterEditor", u"Letter request", None))
        self.titleLabel.setText(QCoreApplication.translate("LetterEditor", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"What the letter is about, in a few words", None))
        self.addresseeNameLabel.setText(QCoreApplication.translate("LetterEditor", u"&Addressee:", None))
        self.addresseeName.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Ministry, company or body the letter goes to", None))
        self.addresseeTypeLabel.setText(QCoreApplication.translate("LetterEditor", u"Addressee t&ype:", None))
        self.addresseeCountryLabel.setText(QCoreApplication.translate("LetterEditor", u"Addressee &country:", None))
#if QT_CONFIG(tooltip)
        self.addresseeCountry.setToolTip(QCoreApplication.translate("LetterEditor", u"The country of the addressee (type to search)", None))
#endif // QT_CONFIG(tooltip)
        self.speciesScientificLabel.setText(QCoreApplication.translate("LetterEditor", u"&Scientific name:", None))
        self.speciesScientific.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"e.g. Pteronura brasiliensis", None))
        self.speciesCommonLabel.setText(QCoreApplication.translate("LetterEditor", u"Co&mmon name:", None))
        self.speciesCommon.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"e.g. Giant otter", None))
        self.redListCategoryLabel.setText(QCoreApplication.translate("LetterEditor", u"Red &List category:", None))
        self.urgencyLabel.setText(QCoreApplication.translate("LetterEditor", u"&Urgency:", None))
        self.requestedByLabel.setText(QCoreApplication.translate("LetterEditor", u"Re&quested by:", None))
#if QT_CONFIG(tooltip)
        self.requestedBy.setToolTip(QCoreApplication.translate("LetterEditor", u"The member of the group who asks for the letter", None))
#endif // QT_CONFIG(tooltip)
        self.alertRaisedByLabel.setText(QCoreApplication.translate("LetterEditor", u"Alert &raised by:", None))
#if QT_CONFIG(tooltip)
        self.alertRaisedBy.setToolTip(QCoreApplication.translate("LetterEditor", u"The member who raised the alert", None))
#endif // QT_CONFIG(tooltip)
        self.signChairLabel.setText(QCoreApplication.translate("LetterEditor", u"Si&gnatories:", None))
        self.signChair.setText(QCoreApplication.translate("LetterEditor", u"SSC Chair", None))
        self.signCo.setText(QCoreApplication.translate("LetterEditor", u"Co-signature with", None))
        self.coSignatory.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"who co-signs, e.g. WCPA Chair", None))
        self.signDg.setText(QCoreApplication.translate("LetterEditor", u"IUCN Director General", None))
        self.requestedOnLabel.setText(QCoreApplication.translate("LetterEditor", u"Request &date:", None))
        self.requestedOn.setDisplayFormat(QCoreApplication.translate("LetterEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.requestedOn.setToolTip(QCoreApplication.translate("LetterEditor", u"The day the request was made", None))
#endif // QT_CONFIG(tooltip)
        self.hasFollowUpLabel.setText(QCoreApplication.translate("LetterEditor", u"Next &follow-up:", None))
        self.hasFollowUp.setText(QCoreApplication.translate("LetterEditor", u"on", None))
#if QT_CONFIG(tooltip)
        self.hasFollowUp.setToolTip(QCoreApplication.translate("LetterEditor", u"Set a date to follow the request up", None))
#endif // QT_CONFIG(tooltip)
        self.followUpOn.setDisplayFormat(QCoreApplication.translate("LetterEditor", u"yyyy-MM-dd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requestTab), QCoreApplication.translate("LetterEditor", u"Re&quest", None))
        self.threatLabel.setText(QCoreApplication.translate("LetterEditor", u"T&hreat:", None))
        self.threat.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"The serious and urgent threat to the species or its habitat", None))
        self.actionRequestedLabel.setText(QCoreApplication.translate("LetterEditor", u"Action re&quested:", None))
        self.actionRequested.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"What the addressee is asked to do", None))
        self.evidenceSummaryLabel.setText(QCoreApplication.translate("LetterEditor", u"&Evidence:", None))
        self.evidenceSummary.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Summary of the scientific evidence (surveys, publications, assessments)", None))
        self.keyFactsLabel.setText(QCoreApplication.translate("LetterEditor", u"&Key facts:", None))
        self.keyFacts.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Key facts and statistics", None))
        self.stakeholdersLabel.setText(QCoreApplication.translate("LetterEditor", u"Sta&keholders:", None))
        self.stakeholders.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Authorities, communities, organisations involved", None))
        self.tabs.setTabText(self.tabs.indexOf(self.caseTab), QCoreApplication.translate("LetterEditor", u"&Case", None))
        ___qtreewidgetitem = self.timeline.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LetterEditor", u"Note", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LetterEditor", u"Step", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LetterEditor", u"Date", None))
        self.nextStepBox.setTitle(QCoreApplication.translate("LetterEditor", u"Record the next step", None))
        self.stepDateLabel.setText(QCoreApplication.translate("LetterEditor", u"Date of the ste&p:", None))
        self.stepDate.setDisplayFormat(QCoreApplication.translate("LetterEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.stepDate.setToolTip(QCoreApplication.translate("LetterEditor", u"The day this step happened", None))
#endif // QT_CONFIG(tooltip)
        self.stepNoteLabel.setText(QCoreApplication.translate("LetterEditor", u"&Note:", None))
        self.stepNote.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Optional: who, what was agreed, reference number", None))
        self.stepHasFollowUpLabel.setText(QCoreApplication.translate("LetterEditor", u"New follow-up:", None))
        self.stepHasFollowUp.setText(QCoreApplication.translate("LetterEditor", u"on", None))
#if QT_CONFIG(tooltip)
        self.stepHasFollowUp.setToolTip(QCoreApplication.translate("LetterEditor", u"Set the next follow-up date with this step", None))
#endif // QT_CONFIG(tooltip)
        self.stepFollowUpOn.setDisplayFormat(QCoreApplication.translate("LetterEditor", u"yyyy-MM-dd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progressTab), QCoreApplication.translate("LetterEditor", u"&Progress", None))
        ___qtreewidgetitem1 = self.attachments.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("LetterEditor", u"Check", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("LetterEditor", u"SHA-256", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("LetterEditor", u"Size", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("LetterEditor", u"File", None))
        self.addAttachment.setText(QCoreApplication.translate("LetterEditor", u"&Add file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAttachment.setToolTip(QCoreApplication.translate("LetterEditor", u"Copy an evidence file (PDF, image, spreadsheet) into the attachment folder", None))
#endif // QT_CONFIG(tooltip)
        self.openAttachment.setText(QCoreApplication.translate("LetterEditor", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openAttachment.setToolTip(QCoreApplication.translate("LetterEditor", u"Open a copy of the selected file with the system viewer", None))
#endif // QT_CONFIG(tooltip)
        self.verifyAttachments.setText(QCoreApplication.translate("LetterEditor", u"&Verify", None))
#if QT_CONFIG(tooltip)
        self.verifyAttachments.setToolTip(QCoreApplication.translate("LetterEditor", u"Check that every stored file is present and unchanged", None))
#endif // QT_CONFIG(tooltip)
        self.removeAttachment.setText(QCoreApplication.translate("LetterEditor", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeAttachment.setToolTip(QCoreApplication.translate("LetterEditor", u"Remove the selected file from this request", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("LetterEditor", u"A&ttachments", None))
        self.hasResponseLabel.setText(QCoreApplication.translate("LetterEditor", u"Response &received:", None))
        self.hasResponse.setText(QCoreApplication.translate("LetterEditor", u"on", None))
#if QT_CONFIG(tooltip)
        self.hasResponse.setToolTip(QCoreApplication.translate("LetterEditor", u"The day the addressee answered", None))
#endif // QT_CONFIG(tooltip)
        self.responseOn.setDisplayFormat(QCoreApplication.translate("LetterEditor", u"yyyy-MM-dd", None))
        self.responseSummaryLabel.setText(QCoreApplication.translate("LetterEditor", u"Res&ponse:", None))
        self.responseSummary.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"What the addressee answered", None))
        self.dialogueOpenedLabel.setText(QCoreApplication.translate("LetterEditor", u"&Dialogue opened:", None))
#if QT_CONFIG(tooltip)
        self.dialogueOpened.setToolTip(QCoreApplication.translate("LetterEditor", u"Did a dialogue with the stakeholders open?", None))
#endif // QT_CONFIG(tooltip)
        self.impactLabel.setText(QCoreApplication.translate("LetterEditor", u"&Impact:", None))
        self.impact.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"What changed because of the letter", None))
        self.notesLabel.setText(QCoreApplication.translate("LetterEditor", u"N&otes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("LetterEditor", u"Anything else the group should remember", None))
        self.tabs.setTabText(self.tabs.indexOf(self.outcomeTab), QCoreApplication.translate("LetterEditor", u"O&utcome", None))
        self.briefButton.setText(QCoreApplication.translate("LetterEditor", u"Save &brief as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.briefButton.setToolTip(QCoreApplication.translate("LetterEditor", u"Write this request's brief for the Network Coordinator", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

