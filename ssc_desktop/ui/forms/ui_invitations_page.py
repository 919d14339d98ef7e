# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invitations_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_InvitationsPage(object):
    def setupUi(self, InvitationsPage):
        if not InvitationsPage.objectName():
            InvitationsPage.setObjectName(u"InvitationsPage")
        InvitationsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(InvitationsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.summary = QLabel(InvitationsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.headerLayout.addWidget(self.summary)

        self.renewalButton = QPushButton(InvitationsPage)
        self.renewalButton.setObjectName(u"renewalButton")

        self.headerLayout.addWidget(self.renewalButton)

        self.addTermButton = QPushButton(InvitationsPage)
        self.addTermButton.setObjectName(u"addTermButton")

        self.headerLayout.addWidget(self.addTermButton)

        self.headerLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.search = QLineEdit(InvitationsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.search)

        self.emptyState = QLabel(InvitationsPage)
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setText(u"")
        self.emptyState.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyState)

        self.stages = QTabWidget(InvitationsPage)
        self.stages.setObjectName(u"stages")
        self.proposedTab = QWidget()
        self.proposedTab.setObjectName(u"proposedTab")
        self.proposedLayout = QVBoxLayout(self.proposedTab)
        self.proposedLayout.setObjectName(u"proposedLayout")
        self.proposedLayout.setContentsMargins(0, 4, 0, 0)
        self.proposedTable = QTableView(self.proposedTab)
        self.proposedTable.setObjectName(u"proposedTable")
        self.proposedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposedTable.setAlternatingRowColors(True)
        self.proposedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposedTable.setSortingEnabled(True)
        self.proposedTable.setWordWrap(False)

        self.proposedLayout.addWidget(self.proposedTable)

        self.stages.addTab(self.proposedTab, "")
        self.invitedTab = QWidget()
        self.invitedTab.setObjectName(u"invitedTab")
        self.invitedLayout = QVBoxLayout(self.invitedTab)
        self.invitedLayout.setObjectName(u"invitedLayout")
        self.invitedLayout.setContentsMargins(0, 4, 0, 0)
        self.invitedTable = QTableView(self.invitedTab)
        self.invitedTable.setObjectName(u"invitedTable")
        self.invitedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invitedTable.setAlternatingRowColors(True)
        self.invitedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invitedTable.setSortingEnabled(True)
        self.invitedTable.setWordWrap(False)

        self.invitedLayout.addWidget(self.invitedTable)

        self.stages.addTab(self.invitedTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueLayout = QVBoxLayout(self.overdueTab)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueLayout.setContentsMargins(0, 4, 0, 0)
        self.overdueTable = QTableView(self.overdueTab)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setAlternatingRowColors(True)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setSortingEnabled(True)
        self.overdueTable.setWordWrap(False)

        self.overdueLayout.addWidget(self.overdueTable)

        self.stages.addTab(self.overdueTab, "")
        self.acceptedTab = QWidget()
        self.acceptedTab.setObjectName(u"acceptedTab")
        self.acceptedLayout = QVBoxLayout(self.acceptedTab)
        self.acceptedLayout.setObjectName(u"acceptedLayout")
        self.acceptedLayout.setContentsMargins(0, 4, 0, 0)
        self.acceptedTable = QTableView(self.acceptedTab)
        self.acceptedTable.setObjectName(u"acceptedTable")
        self.acceptedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acceptedTable.setAlternatingRowColors(True)
        self.acceptedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.acceptedTable.setSortingEnabled(True)
        self.acceptedTable.setWordWrap(False)

        self.acceptedLayout.addWidget(self.acceptedTable)

        self.stages.addTab(self.acceptedTab, "")
        self.activeTab = QWidget()
        self.activeTab.setObjectName(u"activeTab")
        self.activeLayout = QVBoxLayout(self.activeTab)
        self.activeLayout.setObjectName(u"activeLayout")
        self.activeLayout.setContentsMargins(0, 4, 0, 0)
        self.activeTable = QTableView(self.activeTab)
        self.activeTable.setObjectName(u"activeTable")
        self.activeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activeTable.setAlternatingRowColors(True)
        self.activeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activeTable.setSortingEnabled(True)
        self.activeTable.setWordWrap(False)

        self.activeLayout.addWidget(self.activeTable)

        self.stages.addTab(self.activeTab, "")
        self.endedTab = QWidget()
        self.endedTab.setObjectName(u"endedTab")
        self.endedLayout = QVBoxLayout(self.endedTab)
        self.endedLayout.setObjectName(u"endedLayout")
        self.endedLayout.setContentsMargins(0, 4, 0, 0)
        self.endedTable = QTableView(self.endedTab)
        self.endedTable.setObjectName(u"endedTable")
        self.endedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.endedTable.setAlternatingRowColors(True)
        self.endedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.endedTable.setSortingEnabled(True)
        self.endedTable.setWordWrap(False)

        self.endedLayout.addWidget(self.endedTable)

        self.stages.addTab(self.endedTab, "")

        self.pageLayout.addWidget(self.stages)

        self.stepsLayout = QHBoxLayout()
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.onLabel = QLabel(InvitationsPage)
        self.onLabel.setObjectName(u"onLabel")

        self.stepsLayout.addWidget(self.onLabel)

        self.onDate = QDateEdit(InvitationsPage)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)
        self.onDate.setDisplayFormat(u"yyyy-MM-dd")

        self.stepsLayout.addWidget(self.onDate)

        self.channelLabel = QLabel(InvitationsPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.stepsLayout.addWidget(self.channelLabel)

        self.channel = QComboBox(InvitationsPage)
        self.channel.setObjectName(u"channel")

        self.stepsLayout.addWidget(self.channel)

        self.inviteButton = QPushButton(InvitationsPage)
        self.inviteButton.setObjectName(u"inviteButton")

        self.stepsLayout.addWidget(self.inviteButton)

        self.remindButton = QPushButton(InvitationsPage)
        self.remindButton.setObjectName(u"remindButton")

        self.stepsLayout.addWidget(self.remindButton)

        self.acceptButton = QPushButton(InvitationsPage)
        self.acceptButton.setObjectName(u"acceptButton")

        self.stepsLayout.addWidget(self.acceptButton)

        self.validateButton = QPushButton(InvitationsPage)
        self.validateButton.setObjectName(u"validateButton")

        self.stepsLayout.addWidget(self.validateButton)

        self.declineButton = QPushButton(InvitationsPage)
        self.declineButton.setObjectName(u"declineButton")

        self.stepsLayout.addWidget(self.declineButton)

        self.expireButton = QPushButton(InvitationsPage)
        self.expireButton.setObjectName(u"expireButton")

        self.stepsLayout.addWidget(self.expireButton)

        self.stepsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepsLayout.addItem(self.stepsSpacer)


        self.pageLayout.addLayout(self.stepsLayout)

        self.mailLayout = QHBoxLayout()
        self.mailLayout.setObjectName(u"mailLayout")
        self.kindLabel = QLabel(InvitationsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.mailLayout.addWidget(self.kindLabel)

        self.kind = QComboBox(InvitationsPage)
        self.kind.setObjectName(u"kind")

        self.mailLayout.addWidget(self.kind)

        self.language = QComboBox(InvitationsPage)
        self.language.setObjectName(u"language")

        self.mailLayout.addWidget(self.language)

        self.draftsButton = QPushButton(InvitationsPage)
        self.draftsButton.setObjectName(u"draftsButton")

        self.mailLayout.addWidget(self.draftsButton)

        self.emailButton = QPushButton(InvitationsPage)
        self.emailButton.setObjectName(u"emailButton")

        self.mailLayout.addWidget(self.emailButton)

        self.templatesButton = QPushButton(InvitationsPage)
        self.templatesButton.setObjectName(u"templatesButton")

        self.mailLayout.addWidget(self.templatesButton)

        self.mailSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mailLayout.addItem(self.mailSpacer)


        self.pageLayout.addLayout(self.mailLayout)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.onDate)
        self.channelLabel.setBuddy(self.channel)
        self.kindLabel.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stages, self.proposedTable)
        QWidget.setTabOrder(self.proposedTable, self.onDate)
        QWidget.setTabOrder(self.onDate, self.channel)
        QWidget.setTabOrder(self.channel, self.inviteButton)
        QWidget.setTabOrder(self.inviteButton, self.remindButton)
        QWidget.setTabOrder(self.remindButton, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.validateButton)
        QWidget.setTabOrder(self.validateButton, self.declineButton)
        QWidget.setTabOrder(self.declineButton, self.expireButton)
        QWidget.setTabOrder(self.expireButton, self.kind)
        QWidget.setTabOrder(self.kind, self.language)
        QWidget.setTabOrder(self.language, self.draftsButton)
        QWidget.setTabOrder(self.draftsButton, self.emailButton)
        QWidget.setTabOrder(self.emailButton, self.templatesButton)
        QWidget.setTabOrder(self.templatesButton, self.renewalButton)
        QWidget.setTabOrder(self.renewalButton, self.addTermButton)

        self.retranslateUi(InvitationsPage)

        self.stages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InvitationsPage)
    # setupUi

    def retranslateUi(self, InvitationsPage):
        self.renewalButton.setText(QCoreApplication.translate("InvitationsPage", u"&Renew for the next quadrennium\u2026", None))
#if QT_CONFIG(tooltip)
        self.renewalButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Carry the group into the next quadrennium: re-invite or do not re-appoint each member", None))
#endif // QT_CONFIG(tooltip)
        self.addTermButton.setText(QCoreApplication.translate("InvitationsPage", u"Add &quadrennium\u2026", None))
#if QT_CONFIG(tooltip)
        self.addTermButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Add the next quadrennium (reference data) once the Congress that closes the current one is known", None))
#endif // QT_CONFIG(tooltip)
        self.search.setPlaceholderText(QCoreApplication.translate("InvitationsPage", u"Search by name, e-mail or who proposed them (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("InvitationsPage", u"Search the pipeline", None))
#endif // QT_CONFIG(accessibility)
        self.stages.setTabText(self.stages.indexOf(self.proposedTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.stages.setTabText(self.stages.indexOf(self.invitedTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.stages.setTabText(self.stages.indexOf(self.overdueTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.stages.setTabText(self.stages.indexOf(self.acceptedTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.stages.setTabText(self.stages.indexOf(self.activeTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.stages.setTabText(self.stages.indexOf(self.endedTab), QCoreApplication.translate("InvitationsPage", u"Page", None))
        self.onLabel.setText(QCoreApplication.translate("InvitationsPage", u"O&n", None))
#if QT_CONFIG(tooltip)
        self.onDate.setToolTip(QCoreApplication.translate("InvitationsPage", u"The day the step happened", None))
#endif // QT_CONFIG(tooltip)
        self.channelLabel.setText(QCoreApplication.translate("InvitationsPage", u"&Via", None))
#if QT_CONFIG(tooltip)
        self.channel.setToolTip(QCoreApplication.translate("InvitationsPage", u"How the invitation was sent", None))
#endif // QT_CONFIG(tooltip)
        self.inviteButton.setText(QCoreApplication.translate("InvitationsPage", u"&Invite", None))
#if QT_CONFIG(tooltip)
        self.inviteButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Record that the selected people were invited on the chosen day", None))
#endif // QT_CONFIG(tooltip)
        self.remindButton.setText(QCoreApplication.translate("InvitationsPage", u"Send &reminder", None))
#if QT_CONFIG(tooltip)
        self.remindButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Record a reminder to the selected invitees", None))
#endif // QT_CONFIG(tooltip)
        self.acceptButton.setText(QCoreApplication.translate("InvitationsPage", u"Mark &accepted", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"The selected invitees accepted the invitation", None))
#endif // QT_CONFIG(tooltip)
        self.validateButton.setText(QCoreApplication.translate("InvitationsPage", u"&Validate", None))
#if QT_CONFIG(tooltip)
        self.validateButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Validate the selected accepted members", None))
#endif // QT_CONFIG(tooltip)
        self.declineButton.setText(QCoreApplication.translate("InvitationsPage", u"Mark &declined", None))
#if QT_CONFIG(tooltip)
        self.declineButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"The selected invitees declined", None))
#endif // QT_CONFIG(tooltip)
        self.expireButton.setText(QCoreApplication.translate("InvitationsPage", u"Mark e&xpired", None))
#if QT_CONFIG(tooltip)
        self.expireButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"The selected invitations expired without an answer", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("InvitationsPage", u"E-&mail", None))
        self.draftsButton.setText(QCoreApplication.translate("InvitationsPage", u"Write &drafts\u2026", None))
#if QT_CONFIG(tooltip)
        self.draftsButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Write one e-mail draft (.eml) per selected member (or per row of this table) into a folder", None))
#endif // QT_CONFIG(tooltip)
        self.emailButton.setText(QCoreApplication.translate("InvitationsPage", u"&E-mail\u2026", None))
#if QT_CONFIG(tooltip)
        self.emailButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Open your mail client with a message to the current member", None))
#endif // QT_CONFIG(tooltip)
        self.templatesButton.setText(QCoreApplication.translate("InvitationsPage", u"&Templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.templatesButton.setToolTip(QCoreApplication.translate("InvitationsPage", u"Edit the e-mail templates", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

