# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 680)
        self.pageLayout = QHBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.settingsColumn = QVBoxLayout()
        self.settingsColumn.setObjectName(u"settingsColumn")
        self.reportBox = QGroupBox(ReportsPage)
        self.reportBox.setObjectName(u"reportBox")
        self.reportForm = QFormLayout(self.reportBox)
        self.reportForm.setObjectName(u"reportForm")
        self.groupLabel = QLabel(self.reportBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupName = QLabel(self.reportBox)
        self.groupName.setObjectName(u"groupName")
        self.groupName.setText(u"")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupName)

        self.quarterLabel = QLabel(self.reportBox)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(self.reportBox)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.paperLabel = QLabel(self.reportBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.reportBox)
        self.paperCombo.setObjectName(u"paperCombo")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(self.reportBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.reportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.reportBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.reportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.settingsColumn.addWidget(self.reportBox)

        self.sectionsBox = QGroupBox(ReportsPage)
        self.sectionsBox.setObjectName(u"sectionsBox")
        self.sectionsLayout = QVBoxLayout(self.sectionsBox)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.membershipCheck = QCheckBox(self.sectionsBox)
        self.membershipCheck.setObjectName(u"membershipCheck")
        self.membershipCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.membershipCheck)

        self.balanceCheck = QCheckBox(self.sectionsBox)
        self.balanceCheck.setObjectName(u"balanceCheck")
        self.balanceCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.balanceCheck)

        self.invitationsCheck = QCheckBox(self.sectionsBox)
        self.invitationsCheck.setObjectName(u"invitationsCheck")
        self.invitationsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.invitationsCheck)

        self.onboardingCheck = QCheckBox(self.sectionsBox)
        self.onboardingCheck.setObjectName(u"onboardingCheck")
        self.onboardingCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.onboardingCheck)

        self.targetsCheck = QCheckBox(self.sectionsBox)
        self.targetsCheck.setObjectName(u"targetsCheck")
        self.targetsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.targetsCheck)

        self.lettersCheck = QCheckBox(self.sectionsBox)
        self.lettersCheck.setObjectName(u"lettersCheck")
        self.lettersCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.lettersCheck)

        self.rosterCheck = QCheckBox(self.sectionsBox)
        self.rosterCheck.setObjectName(u"rosterCheck")
        self.rosterCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.rosterCheck)


        self.settingsColumn.addWidget(self.sectionsBox)

        self.generateButton = QPushButton(ReportsPage)
        self.generateButton.setObjectName(u"generateButton")

        self.settingsColumn.addWidget(self.generateButton)

        self.outputButtons = QHBoxLayout()
        self.outputButtons.setObjectName(u"outputButtons")
        self.saveButton = QPushButton(ReportsPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.outputButtons.addWidget(self.saveButton)

        self.printButton = QPushButton(ReportsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.outputButtons.addWidget(self.printButton)


        self.settingsColumn.addLayout(self.outputButtons)

        self.annualBox = QGroupBox(ReportsPage)
        self.annualBox.setObjectName(u"annualBox")
        self.annualLayout = QHBoxLayout(self.annualBox)
        self.annualLayout.setObjectName(u"annualLayout")
        self.yearLabel = QLabel(self.annualBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.annualLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.annualBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.annualLayout.addWidget(self.yearSpin)

        self.annualButton = QPushButton(self.annualBox)
        self.annualButton.setObjectName(u"annualButton")

        self.annualLayout.addWidget(self.annualButton)


        self.settingsColumn.addWidget(self.annualBox)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.settingsColumn.addWidget(self.statusLabel)

        self.warningLabel = QLabel(ReportsPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setVisible(False)
        self.warningLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.warningLabel.setMargin(6)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.settingsColumn.addWidget(self.warningLabel)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsColumn.addItem(self.settingsSpacer)


        self.pageLayout.addLayout(self.settingsColumn)

        self.previewFrame = QFrame(ReportsPage)
        self.previewFrame.setObjectName(u"previewFrame")
        self.previewFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLayout = QVBoxLayout(self.previewFrame)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.previewFrame)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarterCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.membershipCheck)
        QWidget.setTabOrder(self.membershipCheck, self.balanceCheck)
        QWidget.setTabOrder(self.balanceCheck, self.invitationsCheck)
        QWidget.setTabOrder(self.invitationsCheck, self.onboardingCheck)
        QWidget.setTabOrder(self.onboardingCheck, self.targetsCheck)
        QWidget.setTabOrder(self.targetsCheck, self.lettersCheck)
        QWidget.setTabOrder(self.lettersCheck, self.rosterCheck)
        QWidget.setTabOrder(self.rosterCheck, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ReportsPage)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.reportBox.setTitle(QCoreApplication.translate("ReportsPage", u"Quarterly report", None))
        self.groupLabel.setText(QCoreApplication.translate("ReportsPage", u"Group:", None))
#if QT_CONFIG(tooltip)
        self.groupName.setToolTip(QCoreApplication.translate("ReportsPage", u"The group chosen at the top of the window", None))
#endif // QT_CONFIG(tooltip)
        self.quarterLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quarter:", None))
#if QT_CONFIG(tooltip)
        self.quarterCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"A calendar quarter; figures are as they stood on its last day", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("ReportsPage", u"&Paper:", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportsPage", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"The language the quarterly and annual reports are written in, whatever the window's language", None))
#endif // QT_CONFIG(tooltip)
        self.sectionsBox.setTitle(QCoreApplication.translate("ReportsPage", u"Sections", None))
        self.membershipCheck.setText(QCoreApplication.translate("ReportsPage", u"&Membership at a glance", None))
        self.balanceCheck.setText(QCoreApplication.translate("ReportsPage", u"Gender and age &balance", None))
        self.invitationsCheck.setText(QCoreApplication.translate("ReportsPage", u"&Invitations", None))
        self.onboardingCheck.setText(QCoreApplication.translate("ReportsPage", u"&Onboarding", None))
        self.targetsCheck.setText(QCoreApplication.translate("ReportsPage", u"&Targets", None))
        self.lettersCheck.setText(QCoreApplication.translate("ReportsPage", u"Intervention &letters", None))
        self.rosterCheck.setText(QCoreApplication.translate("ReportsPage", u"&Roster appendix", None))
        self.generateButton.setText(QCoreApplication.translate("ReportsPage", u"&Generate preview", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.annualBox.setTitle(QCoreApplication.translate("ReportsPage", u"Annual report to the SSC", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year:", None))
        self.annualButton.setText(QCoreApplication.translate("ReportsPage", u"Save &annual report\u2026", None))
#if QT_CONFIG(tooltip)
        self.annualButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Write the group's annual report for the SSC as a PDF, with the same tables in a workbook beside it", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("ReportsPage", u"Choose a quarter and the sections, then generate a preview.", None))
        pass
    # retranslateUi

