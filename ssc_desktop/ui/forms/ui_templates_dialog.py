# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(TemplatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(TemplatesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(TemplatesDialog)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.language = QComboBox(TemplatesDialog)
        self.language.setObjectName(u"language")

        self.kindRow.addWidget(self.language)

        self.state = QLabel(TemplatesDialog)
        self.state.setObjectName(u"state")
        self.state.setText(u"")

        self.kindRow.addWidget(self.state)

        self.kindSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.subjectLabel = QLabel(TemplatesDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(TemplatesDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.bodyLabel = QLabel(TemplatesDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QPlainTextEdit(TemplatesDialog)
        self.body.setObjectName(u"body")
        self.body.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.body)


        self.dialogLayout.addLayout(self.form)

        self.placeholders = QLabel(TemplatesDialog)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setText(u"")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.placeholders)

        self.problem = QLabel(TemplatesDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(u"color: #a40000;")

        self.dialogLayout.addWidget(self.problem)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.resetButton = QPushButton(TemplatesDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(TemplatesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(TemplatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.subjectLabel.setBuddy(self.subject)
        self.bodyLabel.setBuddy(self.body)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.language)
        QWidget.setTabOrder(self.language, self.subject)
        QWidget.setTabOrder(self.subject, self.body)
        QWidget.setTabOrder(self.body, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.resetButton)

        self.retranslateUi(TemplatesDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"E-mail templates", None))
        self.kindLabel.setText(QCoreApplication.translate("TemplatesDialog", u"&Kind", None))
        self.subjectLabel.setText(QCoreApplication.translate("TemplatesDialog", u"&Subject", None))
        self.bodyLabel.setText(QCoreApplication.translate("TemplatesDialog", u"&Text", None))
        self.resetButton.setText(QCoreApplication.translate("TemplatesDialog", u"&Reset to the shipped text", None))
        self.saveButton.setText(QCoreApplication.translate("TemplatesDialog", u"Sa&ve", None))
        self.closeButton.setText(QCoreApplication.translate("TemplatesDialog", u"&Close", None))
    # retranslateUi

