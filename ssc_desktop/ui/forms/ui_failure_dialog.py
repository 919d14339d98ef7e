# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'failure_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_FailureDialog(object):
    def setupUi(self, FailureDialog):
        if not FailureDialog.objectName():
            FailureDialog.setObjectName(u"FailureDialog")
        FailureDialog.resize(520, 200)
        self.dialogLayout = QVBoxLayout(FailureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.icon = QLabel(FailureDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.top.addWidget(self.icon)

        self.sentence = QLabel(FailureDialog)
        self.sentence.setObjectName(u"sentence")
        self.sentence.setText(u"")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sentence.sizePolicy().hasHeightForWidth())
        self.sentence.setSizePolicy(sizePolicy)

        self.top.addWidget(self.sentence)


        self.dialogLayout.addLayout(self.top)

        self.details = QPlainTextEdit(FailureDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setVisible(False)

        self.dialogLayout.addWidget(self.details)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.showDetails = QToolButton(FailureDialog)
        self.showDetails.setObjectName(u"showDetails")
        self.showDetails.setCheckable(True)
        self.showDetails.setArrowType(Qt.ArrowType.RightArrow)
        self.showDetails.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.buttonRow.addWidget(self.showDetails)

        self.copyButton = QPushButton(FailureDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.buttonGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonGap)

        self.buttons = QDialogButtonBox(FailureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(FailureDialog)

        QMetaObject.connectSlotsByName(FailureDialog)
    # setupUi

    def retranslateUi(self, FailureDialog):
        FailureDialog.setWindowTitle(QCoreApplication.translate("FailureDialog", u"Something went wrong", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("FailureDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.showDetails.setText(QCoreApplication.translate("FailureDialog", u"Show &details", None))
        self.copyButton.setText(QCoreApplication.translate("FailureDialog", u"&Copy details", None))
    # retranslateUi

