# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'renewal_wizard.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_RenewalWizard(object):
    def setupUi(self, RenewalWizard):
        if not RenewalWizard.objectName():
            RenewalWizard.setObjectName(u"RenewalWizard")
        RenewalWizard.resize(980, 640)
        RenewalWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.termsPage = QWizardPage()
        self.termsPage.setObjectName(u"termsPage")
        self.termsForm = QFormLayout(self.termsPage)
        self.termsForm.setObjectName(u"termsForm")
        self.fromLabel = QLabel(self.termsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromTerm = QLabel(self.termsPage)
        self.fromTerm.setObjectName(u"fromTerm")
        self.fromTerm.setText(u"")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromTerm)

        self.toLabel = QLabel(self.termsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toTerm = QComboBox(self.termsPage)
        self.toTerm.setObjectName(u"toTerm")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toTerm)

        self.onLabel = QLabel(self.termsPage)
        self.onLabel.setObjectName(u"onLabel")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onDate = QDateEdit(self.termsPage)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)
        self.onDate.setDisplayFormat(u"yyyy-MM-dd")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.channelLabel = QLabel(self.termsPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.termsPage)
        self.channel.setObjectName(u"channel")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel)

        self.deadlineLabel = QLabel(self.termsPage)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineDays = QSpinBox(self.termsPage)
        self.deadlineDays.setObjectName(u"deadlineDays")
        self.deadlineDays.setMinimum(1)
        self.deadlineDays.setMaximum(365)
        self.deadlineDays.setValue(30)

        self.termsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadlineDays)

        self.blocked = QLabel(self.termsPage)
        self.blocked.setObjectName(u"blocked")
        self.blocked.setText(u"")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet(u"color: #a40000;")

        self.termsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.blocked)

        RenewalWizard.addPage(self.termsPage)
        self.decisionsPage = QWizardPage()
        self.decisionsPage.setObjectName(u"decisionsPage")
        self.decisionsLayout = QVBoxLayout(self.decisionsPage)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.table = QTableView(self.decisionsPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.decisionsLayout.addWidget(self.table)

        self.bulkRow = QHBoxLayout()
        self.bulkRow.setObjectName(u"bulkRow")
        self.reinviteButton = QPushButton(self.decisionsPage)
        self.reinviteButton.setObjectName(u"reinviteButton")

        self.bulkRow.addWidget(self.reinviteButton)

        self.dropButton = QPushButton(self.decisionsPage)
        self.dropButton.setObjectName(u"dropButton")

        self.bulkRow.addWidget(self.dropButton)

        self.role = QComboBox(self.decisionsPage)
        self.role.setObjectName(u"role")

        self.bulkRow.addWidget(self.role)

        self.addRoleButton = QPushButton(self.decisionsPage)
        self.addRoleButton.setObjectName(u"addRoleButton")

        self.bulkRow.addWidget(self.addRoleButton)

        self.removeRoleButton = QPushButton(self.decisionsPage)
        self.removeRoleButton.setObjectName(u"removeRoleButton")

        self.bulkRow.addWidget(self.removeRoleButton)

        self.bulkSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulkRow.addItem(self.bulkSpacer)


        self.decisionsLayout.addLayout(self.bulkRow)

        self.tally = QLabel(self.decisionsPage)
        self.tally.setObjectName(u"tally")
        self.tally.setText(u"")

        self.decisionsLayout.addWidget(self.tally)

        RenewalWizard.addPage(self.decisionsPage)
        self.confirmPage = QWizardPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.summary = QLabel(self.confirmPage)
        self.summary.setObjectName(u"summary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.summary.sizePolicy().hasHeightForWidth())
        self.summary.setSizePolicy(sizePolicy)
        self.summary.setText(u"")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.confirmLayout.addWidget(self.summary)

        RenewalWizard.addPage(self.confirmPage)
#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toTerm)
        self.onLabel.setBuddy(self.onDate)
        self.channelLabel.setBuddy(self.channel)
        self.deadlineLabel.setBuddy(self.deadlineDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RenewalWizard)

        QMetaObject.connectSlotsByName(RenewalWizard)
    # setupUi

    def retranslateUi(self, RenewalWizard):
        RenewalWizard.setWindowTitle(QCoreApplication.translate("RenewalWizard", u"Renew the group for the next quadrennium", None))
        self.termsPage.setTitle(QCoreApplication.translate("RenewalWizard", u"Which quadrennium?", None))
        self.termsPage.setSubTitle(QCoreApplication.translate("RenewalWizard", u"At the start of every quadrennium each group is reconstituted and every member is invited again. Nothing changes until the last page.", None))
        self.fromLabel.setText(QCoreApplication.translate("RenewalWizard", u"From", None))
        self.toLabel.setText(QCoreApplication.translate("RenewalWizard", u"&Into", None))
        self.onLabel.setText(QCoreApplication.translate("RenewalWizard", u"Invitations &sent on", None))
        self.channelLabel.setText(QCoreApplication.translate("RenewalWizard", u"&Via", None))
        self.deadlineLabel.setText(QCoreApplication.translate("RenewalWizard", u"&Answer within", None))
        self.deadlineDays.setSuffix(QCoreApplication.translate("RenewalWizard", u" days", None))
        self.decisionsPage.setTitle(QCoreApplication.translate("RenewalWizard", u"Who is re-invited?", None))
        self.decisionsPage.setSubTitle(QCoreApplication.translate("RenewalWizard", u"Every current member is listed. Tick who is re-invited; select several rows to change decisions or roles at once.", None))
        self.reinviteButton.setText(QCoreApplication.translate("RenewalWizard", u"&Re-invite selected", None))
        self.dropButton.setText(QCoreApplication.translate("RenewalWizard", u"&Do not re-appoint selected", None))
        self.addRoleButton.setText(QCoreApplication.translate("RenewalWizard", u"&Add role", None))
        self.removeRoleButton.setText(QCoreApplication.translate("RenewalWizard", u"Re&move role", None))
        self.confirmPage.setTitle(QCoreApplication.translate("RenewalWizard", u"Renew", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("RenewalWizard", u"One step, undoable with Ctrl+Z. The old quadrennium keeps its members and history.", None))
    # retranslateUi

