# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FirstStart(object):
    def setupUi(self, FirstStart):
        if not FirstStart.objectName():
            FirstStart.setObjectName(u"FirstStart")
        FirstStart.resize(560, 320)
        self.dialogLayout = QVBoxLayout(FirstStart)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(FirstStart)
        self.heading.setObjectName(u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.intro = QLabel(FirstStart)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.createButton = QCommandLinkButton(FirstStart)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setDefault(True)

        self.dialogLayout.addWidget(self.createButton)

        self.demoButton = QCommandLinkButton(FirstStart)
        self.demoButton.setObjectName(u"demoButton")

        self.dialogLayout.addWidget(self.demoButton)

        self.whereLabel = QLabel(FirstStart)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setText(u"")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.whereLabel)

        self.buttons = QDialogButtonBox(FirstStart)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.createButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.buttons)

        self.retranslateUi(FirstStart)

        QMetaObject.connectSlotsByName(FirstStart)
    # setupUi

    def retranslateUi(self, FirstStart):
        FirstStart.setWindowTitle(QCoreApplication.translate("FirstStart", u"Welcome to SSC Desktop", None))
        self.heading.setText(QCoreApplication.translate("FirstStart", u"Welcome to SSC Desktop", None))
        self.intro.setText(QCoreApplication.translate("FirstStart", u"This database has no group yet. Create your own group to start your roster, or open a demo group with 500 invented members to look around first.", None))
        self.createButton.setText(QCoreApplication.translate("FirstStart", u"&Create your group", None))
        self.createButton.setDescription(QCoreApplication.translate("FirstStart", u"Name your group and enter yourself as its chair.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStart", u"Open a &demo group", None))
        self.demoButton.setDescription(QCoreApplication.translate("FirstStart", u"Invented members from every region, to try things safely. You can create your own group later.", None))
    # retranslateUi

