# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'carry_targets.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CarryTargets(object):
    def setupUi(self, CarryTargets):
        if not CarryTargets.objectName():
            CarryTargets.setObjectName(u"CarryTargets")
        CarryTargets.resize(620, 440)
        self.dialogLayout = QVBoxLayout(CarryTargets)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(CarryTargets)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.targets = QListWidget(CarryTargets)
        self.targets.setObjectName(u"targets")
        self.targets.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.targets)

        self.problem = QLabel(CarryTargets)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(CarryTargets)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(CarryTargets)

        QMetaObject.connectSlotsByName(CarryTargets)
    # setupUi

    def retranslateUi(self, CarryTargets):
        CarryTargets.setWindowTitle(QCoreApplication.translate("CarryTargets", u"Carry targets forward", None))
    # retranslateUi

