# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_people.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MergePeople(object):
    def setupUi(self, MergePeople):
        if not MergePeople.objectName():
            MergePeople.setObjectName(u"MergePeople")
        MergePeople.resize(520, 280)
        self.dialogLayout = QVBoxLayout(MergePeople)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(MergePeople)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.keepLabel = QLabel(MergePeople)
        self.keepLabel.setObjectName(u"keepLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepEmail = QLineEdit(MergePeople)
        self.keepEmail.setObjectName(u"keepEmail")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keepEmail)

        self.mergeLabel = QLabel(MergePeople)
        self.mergeLabel.setObjectName(u"mergeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mergeLabel)

        self.mergeEmail = QLineEdit(MergePeople)
        self.mergeEmail.setObjectName(u"mergeEmail")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mergeEmail)


        self.dialogLayout.addLayout(self.form)

        self.outcome = QLabel(MergePeople)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setText(u"")
        self.outcome.setWordWrap(True)

        self.dialogLayout.addWidget(self.outcome)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(MergePeople)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.keepLabel.setBuddy(self.keepEmail)
        self.mergeLabel.setBuddy(self.mergeEmail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keepEmail, self.mergeEmail)

        self.retranslateUi(MergePeople)

        QMetaObject.connectSlotsByName(MergePeople)
    # setupUi

    def retranslateUi(self, MergePeople):
        MergePeople.setWindowTitle(QCoreApplication.translate("MergePeople", u"Merge people", None))
        self.intro.setText(QCoreApplication.translate("MergePeople", u"Two records of one person (imported under two e-mail addresses, for instance) become one. The person you keep takes over the other's memberships, roles, history, invitations, targets and letters; their empty fields are filled from the other record, whose address becomes the alternate one.", None))
        self.keepLabel.setText(QCoreApplication.translate("MergePeople", u"&Keep (e-mail)", None))
        self.keepEmail.setPlaceholderText(QCoreApplication.translate("MergePeople", u"the address of the record to keep", None))
        self.mergeLabel.setText(QCoreApplication.translate("MergePeople", u"&Merge into it (e-mail)", None))
        self.mergeEmail.setPlaceholderText(QCoreApplication.translate("MergePeople", u"the address of the record that disappears", None))
    # retranslateUi

