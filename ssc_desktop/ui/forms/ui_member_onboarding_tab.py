# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_onboarding_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MemberOnboardingTab(object):
    def setupUi(self, MemberOnboardingTab):
        if not MemberOnboardingTab.objectName():
            MemberOnboardingTab.setObjectName(u"MemberOnboardingTab")
        MemberOnboardingTab.resize(760, 560)
        self.tabLayout = QVBoxLayout(MemberOnboardingTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.declarations = QGridLayout()
        self.declarations.setObjectName(u"declarations")
        self.codeOfConduct = QCheckBox(MemberOnboardingTab)
        self.codeOfConduct.setObjectName(u"codeOfConduct")

        self.declarations.addWidget(self.codeOfConduct, 0, 0, 1, 1)

        self.codeOfConductOn = QDateEdit(MemberOnboardingTab)
        self.codeOfConductOn.setObjectName(u"codeOfConductOn")
        self.codeOfConductOn.setCalendarPopup(True)
        self.codeOfConductOn.setDisplayFormat(u"yyyy-MM-dd")

        self.declarations.addWidget(self.codeOfConductOn, 0, 1, 1, 1)

        self.conflictOfInterest = QCheckBox(MemberOnboardingTab)
        self.conflictOfInterest.setObjectName(u"conflictOfInterest")

        self.declarations.addWidget(self.conflictOfInterest, 1, 0, 1, 1)

        self.conflictOfInterestOn = QDateEdit(MemberOnboardingTab)
        self.conflictOfInterestOn.setObjectName(u"conflictOfInterestOn")
        self.conflictOfInterestOn.setCalendarPopup(True)
        self.conflictOfInterestOn.setDisplayFormat(u"yyyy-MM-dd")

        self.declarations.addWidget(self.conflictOfInterestOn, 1, 1, 1, 1)

        self.cites = QCheckBox(MemberOnboardingTab)
        self.cites.setObjectName(u"cites")

        self.declarations.addWidget(self.cites, 0, 2, 1, 1)

        self.committee = QCheckBox(MemberOnboardingTab)
        self.committee.setObjectName(u"committee")

        self.declarations.addWidget(self.committee, 1, 2, 1, 1)

        self.saveDeclarations = QPushButton(MemberOnboardingTab)
        self.saveDeclarations.setObjectName(u"saveDeclarations")

        self.declarations.addWidget(self.saveDeclarations, 0, 3, 2, 1)


        self.tabLayout.addLayout(self.declarations)

        self.completion = QLabel(MemberOnboardingTab)
        self.completion.setObjectName(u"completion")
        self.completion.setText(u"")
        self.completion.setWordWrap(True)

        self.tabLayout.addWidget(self.completion)

        self.documents = QTableWidget(MemberOnboardingTab)
        self.documents.setObjectName(u"documents")
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setAlternatingRowColors(True)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setWordWrap(False)

        self.tabLayout.addWidget(self.documents)

        self.readRow = QHBoxLayout()
        self.readRow.setObjectName(u"readRow")
        self.readOnLabel = QLabel(MemberOnboardingTab)
        self.readOnLabel.setObjectName(u"readOnLabel")

        self.readRow.addWidget(self.readOnLabel)

        self.readOn = QDateEdit(MemberOnboardingTab)
        self.readOn.setObjectName(u"readOn")
        self.readOn.setCalendarPopup(True)
        self.readOn.setDisplayFormat(u"yyyy-MM-dd")

        self.readRow.addWidget(self.readOn)

        self.markRead = QPushButton(MemberOnboardingTab)
        self.markRead.setObjectName(u"markRead")

        self.readRow.addWidget(self.markRead)

        self.markUnread = QPushButton(MemberOnboardingTab)
        self.markUnread.setObjectName(u"markUnread")

        self.readRow.addWidget(self.markUnread)

        self.readSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readRow.addItem(self.readSpacer)


        self.tabLayout.addLayout(self.readRow)

#if QT_CONFIG(shortcut)
        self.readOnLabel.setBuddy(self.readOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeOfConduct, self.codeOfConductOn)
        QWidget.setTabOrder(self.codeOfConductOn, self.conflictOfInterest)
        QWidget.setTabOrder(self.conflictOfInterest, self.conflictOfInterestOn)
        QWidget.setTabOrder(self.conflictOfInterestOn, self.cites)
        QWidget.setTabOrder(self.cites, self.committee)
        QWidget.setTabOrder(self.committee, self.saveDeclarations)
        QWidget.setTabOrder(self.saveDeclarations, self.documents)
        QWidget.setTabOrder(self.documents, self.readOn)
        QWidget.setTabOrder(self.readOn, self.markRead)
        QWidget.setTabOrder(self.markRead, self.markUnread)

        self.retranslateUi(MemberOnboardingTab)

        QMetaObject.connectSlotsByName(MemberOnboardingTab)
    # setupUi

    def retranslateUi(self, MemberOnboardingTab):
        self.codeOfConduct.setText(QCoreApplication.translate("MemberOnboardingTab", u"Code of Conduct &accepted on", None))
        self.conflictOfInterest.setText(QCoreApplication.translate("MemberOnboardingTab", u"Conflict of interest &declared on", None))
        self.cites.setText(QCoreApplication.translate("MemberOnboardingTab", u"Engages in &CITES discussions", None))
        self.committee.setText(QCoreApplication.translate("MemberOnboardingTab", u"Part of a Co&mmittee", None))
        self.saveDeclarations.setText(QCoreApplication.translate("MemberOnboardingTab", u"&Save declarations", None))
        self.readOnLabel.setText(QCoreApplication.translate("MemberOnboardingTab", u"Read &on", None))
        self.markRead.setText(QCoreApplication.translate("MemberOnboardingTab", u"Mark selected as &read", None))
        self.markUnread.setText(QCoreApplication.translate("MemberOnboardingTab", u"Mark as &unread", None))
        pass
    # retranslateUi

