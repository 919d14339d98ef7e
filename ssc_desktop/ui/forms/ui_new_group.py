# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_group.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewGroup(object):
    def setupUi(self, NewGroup):
        if not NewGroup.objectName():
            NewGroup.setObjectName(u"NewGroup")
        NewGroup.resize(520, 420)
        self.dialogLayout = QVBoxLayout(NewGroup)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.groupBox = QGroupBox(NewGroup)
        self.groupBox.setObjectName(u"groupBox")
        self.groupForm = QFormLayout(self.groupBox)
        self.groupForm.setObjectName(u"groupForm")
        self.nameLabel = QLabel(self.groupBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.groupBox)
        self.name.setObjectName(u"name")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.shortCodeLabel = QLabel(self.groupBox)
        self.shortCodeLabel.setObjectName(u"shortCodeLabel")

        self.groupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortCodeLabel)

        self.shortCode = QLineEdit(self.groupBox)
        self.shortCode.setObjectName(u"shortCode")
        self.shortCode.setMaxLength(40)

        self.groupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortCode)

        self.groupTypeLabel = QLabel(self.groupBox)
        self.groupTypeLabel.setObjectName(u"groupTypeLabel")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupTypeLabel)

        self.groupType = QComboBox(self.groupBox)
        self.groupType.setObjectName(u"groupType")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupType)

        self.taxonomicSetLabel = QLabel(self.groupBox)
        self.taxonomicSetLabel.setObjectName(u"taxonomicSetLabel")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.taxonomicSetLabel)

        self.taxonomicSet = QComboBox(self.groupBox)
        self.taxonomicSet.setObjectName(u"taxonomicSet")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.taxonomicSet)


        self.dialogLayout.addWidget(self.groupBox)

        self.chairBox = QGroupBox(NewGroup)
        self.chairBox.setObjectName(u"chairBox")
        self.chairForm = QFormLayout(self.chairBox)
        self.chairForm.setObjectName(u"chairForm")
        self.givenNamesLabel = QLabel(self.chairBox)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.chairForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNamesLabel)

        self.givenNames = QLineEdit(self.chairBox)
        self.givenNames.setObjectName(u"givenNames")

        self.chairForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenNames)

        self.familyNameLabel = QLabel(self.chairBox)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.chairForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyName = QLineEdit(self.chairBox)
        self.familyName.setObjectName(u"familyName")

        self.chairForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.emailLabel = QLabel(self.chairBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.chairForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.chairBox)
        self.email.setObjectName(u"email")

        self.chairForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)


        self.dialogLayout.addWidget(self.chairBox)

        self.problems = QLabel(NewGroup)
        self.problems.setObjectName(u"problems")
        self.problems.setText(u"")
        self.problems.setWordWrap(True)

        self.dialogLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(NewGroup)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.shortCodeLabel.setBuddy(self.shortCode)
        self.groupTypeLabel.setBuddy(self.groupType)
        self.taxonomicSetLabel.setBuddy(self.taxonomicSet)
        self.givenNamesLabel.setBuddy(self.givenNames)
        self.familyNameLabel.setBuddy(self.familyName)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.shortCode)
        QWidget.setTabOrder(self.shortCode, self.groupType)
        QWidget.setTabOrder(self.groupType, self.taxonomicSet)
        QWidget.setTabOrder(self.taxonomicSet, self.givenNames)
        QWidget.setTabOrder(self.givenNames, self.familyName)
        QWidget.setTabOrder(self.familyName, self.email)
        QWidget.setTabOrder(self.email, self.buttons)

        self.retranslateUi(NewGroup)

        QMetaObject.connectSlotsByName(NewGroup)
    # setupUi

    def retranslateUi(self, NewGroup):
        NewGroup.setWindowTitle(QCoreApplication.translate("NewGroup", u"Create your group", None))
        self.groupBox.setTitle(QCoreApplication.translate("NewGroup", u"The group", None))
        self.nameLabel.setText(QCoreApplication.translate("NewGroup", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("NewGroup", u"e.g. Otter Specialist Group", None))
        self.shortCodeLabel.setText(QCoreApplication.translate("NewGroup", u"&Short code", None))
        self.shortCode.setPlaceholderText(QCoreApplication.translate("NewGroup", u"e.g. OSG", None))
        self.groupTypeLabel.setText(QCoreApplication.translate("NewGroup", u"&Type", None))
        self.taxonomicSetLabel.setText(QCoreApplication.translate("NewGroup", u"Ta&xonomic set", None))
        self.chairBox.setTitle(QCoreApplication.translate("NewGroup", u"You, the chair", None))
        self.givenNamesLabel.setText(QCoreApplication.translate("NewGroup", u"&Given name(s)", None))
        self.familyNameLabel.setText(QCoreApplication.translate("NewGroup", u"&Family name", None))
        self.emailLabel.setText(QCoreApplication.translate("NewGroup", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("NewGroup", u"name@example.org", None))
    # retranslateUi

