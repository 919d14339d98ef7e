# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_MemberEditor(object):
    def setupUi(self, MemberEditor):
        if not MemberEditor.objectName():
            MemberEditor.setObjectName(u"MemberEditor")
        MemberEditor.resize(880, 600)
        MemberEditor.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(MemberEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.statusBar = QHBoxLayout()
        self.statusBar.setObjectName(u"statusBar")
        self.statusCaption = QLabel(MemberEditor)
        self.statusCaption.setObjectName(u"statusCaption")

        self.statusBar.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(MemberEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusBar.addWidget(self.statusCombo)

        self.statusLabel = QLabel(MemberEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusBar.addWidget(self.statusLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusBar.addItem(self.statusSpacer)


        self.dialogLayout.addLayout(self.statusBar)

        self.tabs = QTabWidget(MemberEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.setObjectName(u"columns")
        self.leftForm = QGridLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setHorizontalSpacing(8)
        self.leftForm.setVerticalSpacing(6)
        self.givenNamesLabel = QLabel(self.detailsTab)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.leftForm.addWidget(self.givenNamesLabel, 0, 0, 1, 1)

        self.givenNames = QLineEdit(self.detailsTab)
        self.givenNames.setObjectName(u"givenNames")

        self.leftForm.addWidget(self.givenNames, 0, 1, 1, 1)

        self.familyNameLabel = QLabel(self.detailsTab)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.leftForm.addWidget(self.familyNameLabel, 1, 0, 1, 1)

        self.familyName = QLineEdit(self.detailsTab)
        self.familyName.setObjectName(u"familyName")

        self.leftForm.addWidget(self.familyName, 1, 1, 1, 1)

        self.nameAsWrittenLabel = QLabel(self.detailsTab)
        self.nameAsWrittenLabel.setObjectName(u"nameAsWrittenLabel")

        self.leftForm.addWidget(self.nameAsWrittenLabel, 2, 0, 1, 1)

        self.nameAsWritten = QLineEdit(self.detailsTab)
        self.nameAsWritten.setObjectName(u"nameAsWritten")

        self.leftForm.addWidget(self.nameAsWritten, 2, 1, 1, 1)

        self.emailLabel = QLabel(self.detailsTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.leftForm.addWidget(self.emailLabel, 3, 0, 1, 1)

        self.email = QLineEdit(self.detailsTab)
        self.email.setObjectName(u"email")

        self.leftForm.addWidget(self.email, 3, 1, 1, 1)

        self.alternateEmailLabel = QLabel(self.detailsTab)
        self.alternateEmailLabel.setObjectName(u"alternateEmailLabel")

        self.leftForm.addWidget(self.alternateEmailLabel, 4, 0, 1, 1)

        self.alternateEmail = QLineEdit(self.detailsTab)
        self.alternateEmail.setObjectName(u"alternateEmail")

        self.leftForm.addWidget(self.alternateEmail, 4, 1, 1, 1)

        self.organisationLabel = QLabel(self.detailsTab)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.leftForm.addWidget(self.organisationLabel, 5, 0, 1, 1)

        self.organisation = QLineEdit(self.detailsTab)
        self.organisation.setObjectName(u"organisation")

        self.leftForm.addWidget(self.organisation, 5, 1, 1, 1)

        self.positionLabel = QLabel(self.detailsTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.leftForm.addWidget(self.positionLabel, 6, 0, 1, 1)

        self.position = QLineEdit(self.detailsTab)
        self.position.setObjectName(u"position")

        self.leftForm.addWidget(self.position, 6, 1, 1, 1)

        self.iucnUsernameLabel = QLabel(self.detailsTab)
        self.iucnUsernameLabel.setObjectName(u"iucnUsernameLabel")

        self.leftForm.addWidget(self.iucnUsernameLabel, 7, 0, 1, 1)

        self.iucnUsername = QLineEdit(self.detailsTab)
        self.iucnUsername.setObjectName(u"iucnUsername")

        self.leftForm.addWidget(self.iucnUsername, 7, 1, 1, 1)

        self.expertiseLabel = QLabel(self.detailsTab)
        self.expertiseLabel.setObjectName(u"expertiseLabel")

        self.leftForm.addWidget(self.expertiseLabel, 8, 0, 1, 1)

        self.expertise = QLineEdit(self.detailsTab)
        self.expertise.setObjectName(u"expertise")

        self.leftForm.addWidget(self.expertise, 8, 1, 1, 1)

        self.languagesLabel = QLabel(self.detailsTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.leftForm.addWidget(self.languagesLabel, 9, 0, 1, 1)

        self.languages = QLineEdit(self.detailsTab)
        self.languages.setObjectName(u"languages")

        self.leftForm.addWidget(self.languages, 9, 1, 1, 1)

        self.leftFormEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftForm.addItem(self.leftFormEnd, 10, 0, 1, 2)

        self.leftForm.setColumnStretch(1, 1)

        self.columns.addLayout(self.leftForm)

        self.rightForm = QGridLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setHorizontalSpacing(8)
        self.rightForm.setVerticalSpacing(6)
        self.countryLabel = QLabel(self.detailsTab)
        self.countryLabel.setObjectName(u"countryLabel")

        self.rightForm.addWidget(self.countryLabel, 0, 0, 1, 1)

        self.country = QComboBox(self.detailsTab)
        self.country.setObjectName(u"country")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.rightForm.addWidget(self.country, 0, 1, 1, 1)

        self.regionOverrideLabel = QLabel(self.detailsTab)
        self.regionOverrideLabel.setObjectName(u"regionOverrideLabel")

        self.rightForm.addWidget(self.regionOverrideLabel, 1, 0, 1, 1)

        self.regionOverride = QComboBox(self.detailsTab)
        self.regionOverride.setObjectName(u"regionOverride")

        self.rightForm.addWidget(self.regionOverride, 1, 1, 1, 1)

        self.nationalityLabel = QLabel(self.detailsTab)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.rightForm.addWidget(self.nationalityLabel, 2, 0, 1, 1)

        self.nationality = QComboBox(self.detailsTab)
        self.nationality.setObjectName(u"nationality")
        self.nationality.setEditable(True)
        self.nationality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.rightForm.addWidget(self.nationality, 2, 1, 1, 1)

        self.genderLabel = QLabel(self.detailsTab)
        self.genderLabel.setObjectName(u"genderLabel")

        self.rightForm.addWidget(self.genderLabel, 3, 0, 1, 1)

        self.gender = QComboBox(self.detailsTab)
        self.gender.setObjectName(u"gender")

        self.rightForm.addWidget(self.gender, 3, 1, 1, 1)

        self.ageBandLabel = QLabel(self.detailsTab)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.rightForm.addWidget(self.ageBandLabel, 4, 0, 1, 1)

        self.ageBand = QComboBox(self.detailsTab)
        self.ageBand.setObjectName(u"ageBand")

        self.rightForm.addWidget(self.ageBand, 4, 1, 1, 1)

        self.codeOfConductLabel = QLabel(self.detailsTab)
        self.codeOfConductLabel.setObjectName(u"codeOfConductLabel")

        self.rightForm.addWidget(self.codeOfConductLabel, 5, 0, 1, 1)

        self.codeOfConduct = QLineEdit(self.detailsTab)
        self.codeOfConduct.setObjectName(u"codeOfConduct")

        self.rightForm.addWidget(self.codeOfConduct, 5, 1, 1, 1)

        self.conflictOfInterestLabel = QLabel(self.detailsTab)
        self.conflictOfInterestLabel.setObjectName(u"conflictOfInterestLabel")

        self.rightForm.addWidget(self.conflictOfInterestLabel, 6, 0, 1, 1)

        self.conflictOfInterest = QLineEdit(self.detailsTab)
        self.conflictOfInterest.setObjectName(u"conflictOfInterest")

        self.rightForm.addWidget(self.conflictOfInterest, 6, 1, 1, 1)

        self.rightFormEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightForm.addItem(self.rightFormEnd, 7, 0, 1, 2)

        self.rightForm.setColumnStretch(1, 1)

        self.columns.addLayout(self.rightForm)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.detailsLayout.addLayout(self.columns)

        self.flags = QHBoxLayout()
        self.flags.setObjectName(u"flags")
        self.engagesInCites = QCheckBox(self.detailsTab)
        self.engagesInCites.setObjectName(u"engagesInCites")

        self.flags.addWidget(self.engagesInCites)

        self.committeeMember = QCheckBox(self.detailsTab)
        self.committeeMember.setObjectName(u"committeeMember")

        self.flags.addWidget(self.committeeMember)

        self.flagsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flags.addItem(self.flagsSpacer)


        self.detailsLayout.addLayout(self.flags)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsLayout.addWidget(self.notesLabel)

        self.notes = QPlainTextEdit(self.detailsTab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.detailsLayout.addWidget(self.notes)

        self.detailsLayout.setStretch(3, 1)
        self.tabs.addTab(self.detailsTab, "")
        self.rolesTab = QWidget()
        self.rolesTab.setObjectName(u"rolesTab")
        self.rolesLayout = QVBoxLayout(self.rolesTab)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesHint = QLabel(self.rolesTab)
        self.rolesHint.setObjectName(u"rolesHint")
        self.rolesHint.setWordWrap(True)

        self.rolesLayout.addWidget(self.rolesHint)

        self.roleList = QListWidget(self.rolesTab)
        self.roleList.setObjectName(u"roleList")

        self.rolesLayout.addWidget(self.roleList)

        self.tabs.addTab(self.rolesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTreeWidget(self.historyTab)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setUniformRowHeights(True)

        self.historyLayout.addWidget(self.history)

        self.rightsLayout = QHBoxLayout()
        self.rightsLayout.setObjectName(u"rightsLayout")
        self.exportPersonButton = QPushButton(self.historyTab)
        self.exportPersonButton.setObjectName(u"exportPersonButton")

        self.rightsLayout.addWidget(self.exportPersonButton)

        self.anonymiseButton = QPushButton(self.historyTab)
        self.anonymiseButton.setObjectName(u"anonymiseButton")

        self.rightsLayout.addWidget(self.anonymiseButton)

        self.rightsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rightsLayout.addItem(self.rightsSpacer)


        self.historyLayout.addLayout(self.rightsLayout)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.problems = QLabel(MemberEditor)
        self.problems.setObjectName(u"problems")
        self.problems.setText(u"")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(MemberEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusCaption.setBuddy(self.statusCombo)
        self.givenNamesLabel.setBuddy(self.givenNames)
        self.familyNameLabel.setBuddy(self.familyName)
        self.nameAsWrittenLabel.setBuddy(self.nameAsWritten)
        self.emailLabel.setBuddy(self.email)
        self.alternateEmailLabel.setBuddy(self.alternateEmail)
        self.organisationLabel.setBuddy(self.organisation)
        self.positionLabel.setBuddy(self.position)
        self.iucnUsernameLabel.setBuddy(self.iucnUsername)
        self.expertiseLabel.setBuddy(self.expertise)
        self.languagesLabel.setBuddy(self.languages)
        self.countryLabel.setBuddy(self.country)
        self.regionOverrideLabel.setBuddy(self.regionOverride)
        self.nationalityLabel.setBuddy(self.nationality)
        self.genderLabel.setBuddy(self.gender)
        self.ageBandLabel.setBuddy(self.ageBand)
        self.codeOfConductLabel.setBuddy(self.codeOfConduct)
        self.conflictOfInterestLabel.setBuddy(self.conflictOfInterest)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.givenNames)
        QWidget.setTabOrder(self.givenNames, self.familyName)
        QWidget.setTabOrder(self.familyName, self.nameAsWritten)
        QWidget.setTabOrder(self.nameAsWritten, self.email)
        QWidget.setTabOrder(self.email, self.alternateEmail)
        QWidget.setTabOrder(self.alternateEmail, self.organisation)
        QWidget.setTabOrder(self.organisation, self.position)
        QWidget.setTabOrder(self.position, self.iucnUsername)
        QWidget.setTabOrder(self.iucnUsername, self.expertise)
        QWidget.setTabOrder(self.expertise, self.languages)
        QWidget.setTabOrder(self.languages, self.country)
        QWidget.setTabOrder(self.country, self.regionOverride)
        QWidget.setTabOrder(self.regionOverride, self.nationality)
        QWidget.setTabOrder(self.nationality, self.gender)
        QWidget.setTabOrder(self.gender, self.ageBand)
        QWidget.setTabOrder(self.ageBand, self.codeOfConduct)
        QWidget.setTabOrder(self.codeOfConduct, self.conflictOfInterest)
        QWidget.setTabOrder(self.conflictOfInterest, self.engagesInCites)
        QWidget.setTabOrder(self.engagesInCites, self.committeeMember)
        QWidget.setTabOrder(self.committeeMember, self.notes)
        QWidget.setTabOrder(self.notes, self.roleList)
        QWidget.setTabOrder(self.roleList, self.buttons)

        self.retranslateUi(MemberEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MemberEditor)
    # setupUi

    def retranslateUi(self, MemberEditor):
        MemberEditor.setWindowTitle(QCoreApplication.translate("MemberEditor", u"Member", None))
        self.statusCaption.setText(QCoreApplication.translate("MemberEditor", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("MemberEditor", u"The status the new member starts with", None))
#endif // QT_CONFIG(tooltip)
        self.givenNamesLabel.setText(QCoreApplication.translate("MemberEditor", u"&Given name(s)", None))
        self.givenNames.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"required", None))
        self.familyNameLabel.setText(QCoreApplication.translate("MemberEditor", u"&Family name", None))
        self.familyName.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"required", None))
        self.nameAsWrittenLabel.setText(QCoreApplication.translate("MemberEditor", u"Name as &written", None))
        self.nameAsWritten.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"in their own script, e.g. \u0418\u0432\u0430\u043d \u0418\u0432\u0430\u043d\u043e\u0432", None))
#if QT_CONFIG(tooltip)
        self.nameAsWritten.setToolTip(QCoreApplication.translate("MemberEditor", u"The name in the person's own script and order", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("MemberEditor", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"name@example.org", None))
        self.alternateEmailLabel.setText(QCoreApplication.translate("MemberEditor", u"&Alternate e-mail", None))
        self.organisationLabel.setText(QCoreApplication.translate("MemberEditor", u"&Organisation", None))
        self.positionLabel.setText(QCoreApplication.translate("MemberEditor", u"&Position", None))
        self.iucnUsernameLabel.setText(QCoreApplication.translate("MemberEditor", u"&IUCN username", None))
#if QT_CONFIG(tooltip)
        self.iucnUsername.setToolTip(QCoreApplication.translate("MemberEditor", u"The username in the IUCN Commission System", None))
#endif // QT_CONFIG(tooltip)
        self.expertiseLabel.setText(QCoreApplication.translate("MemberEditor", u"E&xpertise", None))
        self.expertise.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"keywords, separated by commas", None))
        self.languagesLabel.setText(QCoreApplication.translate("MemberEditor", u"&Languages", None))
        self.languages.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"e.g. English, Spanish", None))
        self.countryLabel.setText(QCoreApplication.translate("MemberEditor", u"&Country of residence", None))
#if QT_CONFIG(tooltip)
        self.country.setToolTip(QCoreApplication.translate("MemberEditor", u"Type to find a country; the region follows from it", None))
#endif // QT_CONFIG(tooltip)
        self.regionOverrideLabel.setText(QCoreApplication.translate("MemberEditor", u"&Region", None))
#if QT_CONFIG(tooltip)
        self.regionOverride.setToolTip(QCoreApplication.translate("MemberEditor", u"The IUCN statutory region; normally the one of the country", None))
#endif // QT_CONFIG(tooltip)
        self.nationalityLabel.setText(QCoreApplication.translate("MemberEditor", u"&Nationality", None))
        self.genderLabel.setText(QCoreApplication.translate("MemberEditor", u"Ge&nder", None))
#if QT_CONFIG(tooltip)
        self.gender.setToolTip(QCoreApplication.translate("MemberEditor", u"Optional and private: only for the group's diversity figures", None))
#endif // QT_CONFIG(tooltip)
        self.ageBandLabel.setText(QCoreApplication.translate("MemberEditor", u"Age &band", None))
#if QT_CONFIG(tooltip)
        self.ageBand.setToolTip(QCoreApplication.translate("MemberEditor", u"Optional and private: only for the group's diversity figures", None))
#endif // QT_CONFIG(tooltip)
        self.codeOfConductLabel.setText(QCoreApplication.translate("MemberEditor", u"Code of Conduct &accepted on", None))
        self.codeOfConduct.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"YYYY-MM-DD", None))
        self.conflictOfInterestLabel.setText(QCoreApplication.translate("MemberEditor", u"Conflict of interest &declared on", None))
        self.conflictOfInterest.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"YYYY-MM-DD", None))
        self.engagesInCites.setText(QCoreApplication.translate("MemberEditor", u"Engages in CITES discussions", None))
        self.committeeMember.setText(QCoreApplication.translate("MemberEditor", u"Member of an SSC committee", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberEditor", u"N&otes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("MemberEditor", u"&Details", None))
        self.rolesHint.setText(QCoreApplication.translate("MemberEditor", u"Roles this member holds in the group now. A role you untick ends today; its history is kept.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rolesTab), QCoreApplication.translate("MemberEditor", u"&Roles", None))
        ___qtreewidgetitem = self.history.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MemberEditor", u"Before \u2192 after", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MemberEditor", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MemberEditor", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MemberEditor", u"When", None))
        self.exportPersonButton.setText(QCoreApplication.translate("MemberEditor", u"Export personal data\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPersonButton.setToolTip(QCoreApplication.translate("MemberEditor", u"Write everything held about this person (history included) to a JSON file, with a readable PDF beside it: the answer to a request for their data.", None))
#endif // QT_CONFIG(tooltip)
        self.anonymiseButton.setText(QCoreApplication.translate("MemberEditor", u"Anonymise\u2026", None))
#if QT_CONFIG(tooltip)
        self.anonymiseButton.setToolTip(QCoreApplication.translate("MemberEditor", u"Replace this departed member's identifying data everywhere, keeping only region, gender, age band, dates and statuses for the figures.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MemberEditor", u"&History", None))
    # retranslateUi

