# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_quadrennium.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddQuadrennium(object):
    def setupUi(self, AddQuadrennium):
        if not AddQuadrennium.objectName():
            AddQuadrennium.setObjectName(u"AddQuadrennium")
        AddQuadrennium.resize(460, 260)
        self.dialogLayout = QVBoxLayout(AddQuadrennium)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(AddQuadrennium)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(AddQuadrennium)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(AddQuadrennium)
        self.code.setObjectName(u"code")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.startsLabel = QLabel(AddQuadrennium)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsOn = QDateEdit(AddQuadrennium)
        self.startsOn.setObjectName(u"startsOn")
        self.startsOn.setCalendarPopup(True)
        self.startsOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startsOn)

        self.endsLabel = QLabel(AddQuadrennium)
        self.endsLabel.setObjectName(u"endsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsOn = QDateEdit(AddQuadrennium)
        self.endsOn.setObjectName(u"endsOn")
        self.endsOn.setCalendarPopup(True)
        self.endsOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsOn)

        self.congressLabel = QLabel(AddQuadrennium)
        self.congressLabel.setObjectName(u"congressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.congressLabel)

        self.congress = QLineEdit(AddQuadrennium)
        self.congress.setObjectName(u"congress")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.congress)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(AddQuadrennium)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(AddQuadrennium)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.startsLabel.setBuddy(self.startsOn)
        self.endsLabel.setBuddy(self.endsOn)
        self.congressLabel.setBuddy(self.congress)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.endsOn)
        QWidget.setTabOrder(self.endsOn, self.congress)

        self.retranslateUi(AddQuadrennium)

        QMetaObject.connectSlotsByName(AddQuadrennium)
    # setupUi

    def retranslateUi(self, AddQuadrennium):
        AddQuadrennium.setWindowTitle(QCoreApplication.translate("AddQuadrennium", u"Add quadrennium", None))
        self.intro.setText(QCoreApplication.translate("AddQuadrennium", u"A quadrennium runs from one World Conservation Congress to the next. Add the next one when its dates are known; it starts the day after the latest one ends.", None))
        self.codeLabel.setText(QCoreApplication.translate("AddQuadrennium", u"&Code", None))
        self.code.setPlaceholderText(QCoreApplication.translate("AddQuadrennium", u"2030-2033", None))
        self.startsLabel.setText(QCoreApplication.translate("AddQuadrennium", u"&Starts on", None))
        self.endsLabel.setText(QCoreApplication.translate("AddQuadrennium", u"&Ends on", None))
        self.congressLabel.setText(QCoreApplication.translate("AddQuadrennium", u"Co&ngresses", None))
        self.congress.setPlaceholderText(QCoreApplication.translate("AddQuadrennium", u"e.g. Abu Dhabi 2025 to the next Congress", None))
    # retranslateUi

