# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_membership.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EndMembership(object):
    def setupUi(self, EndMembership):
        if not EndMembership.objectName():
            EndMembership.setObjectName(u"EndMembership")
        EndMembership.resize(460, 260)
        self.dialogLayout = QVBoxLayout(EndMembership)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(EndMembership)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(EndMembership)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(EndMembership)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.dateLabel = QLabel(EndMembership)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.endsOn = QDateEdit(EndMembership)
        self.endsOn.setObjectName(u"endsOn")
        self.endsOn.setCalendarPopup(True)
        self.endsOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endsOn)

        self.noteLabel = QLabel(EndMembership)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(EndMembership)
        self.note.setObjectName(u"note")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialogLayout.addLayout(self.form)

        self.consequence = QLabel(EndMembership)
        self.consequence.setObjectName(u"consequence")
        self.consequence.setWordWrap(True)

        self.dialogLayout.addWidget(self.consequence)

        self.buttons = QDialogButtonBox(EndMembership)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.dateLabel.setBuddy(self.endsOn)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(EndMembership)

        QMetaObject.connectSlotsByName(EndMembership)
    # setupUi

    def retranslateUi(self, EndMembership):
        EndMembership.setWindowTitle(QCoreApplication.translate("EndMembership", u"End membership", None))
        self.reasonLabel.setText(QCoreApplication.translate("EndMembership", u"&Reason", None))
        self.dateLabel.setText(QCoreApplication.translate("EndMembership", u"&Ends on", None))
        self.noteLabel.setText(QCoreApplication.translate("EndMembership", u"&Note", None))
        self.note.setPlaceholderText(QCoreApplication.translate("EndMembership", u"optional, e.g. \"by e-mail of 3 March\"", None))
        self.consequence.setText(QCoreApplication.translate("EndMembership", u"The member's roles end on the same day. The membership stays in the roster as ended, and Undo (Ctrl+Z) reverses this.", None))
    # retranslateUi

