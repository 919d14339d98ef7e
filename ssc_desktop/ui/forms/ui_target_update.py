# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_update.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TargetUpdate(object):
    def setupUi(self, TargetUpdate):
        if not TargetUpdate.objectName():
            TargetUpdate.setObjectName(u"TargetUpdate")
        TargetUpdate.resize(560, 440)
        self.dialogLayout = QVBoxLayout(TargetUpdate)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(TargetUpdate)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.quarterLabel = QLabel(TargetUpdate)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarter = QComboBox(TargetUpdate)
        self.quarter.setObjectName(u"quarter")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quarter)

        self.valueLabel = QLabel(TargetUpdate)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueLayout = QHBoxLayout()
        self.valueLayout.setObjectName(u"valueLayout")
        self.value = QLineEdit(TargetUpdate)
        self.value.setObjectName(u"value")

        self.valueLayout.addWidget(self.value)

        self.valueHint = QLabel(TargetUpdate)
        self.valueHint.setObjectName(u"valueHint")
        self.valueHint.setText(u"")

        self.valueLayout.addWidget(self.valueHint)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.valueLayout)

        self.doneLabel = QLabel(TargetUpdate)
        self.doneLabel.setObjectName(u"doneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doneLabel)

        self.done = QCheckBox(TargetUpdate)
        self.done.setObjectName(u"done")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done)

        self.statusLabel = QLabel(TargetUpdate)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.onTrack = QRadioButton(TargetUpdate)
        self.onTrack.setObjectName(u"onTrack")
        self.onTrack.setChecked(True)

        self.statusLayout.addWidget(self.onTrack)

        self.atRisk = QRadioButton(TargetUpdate)
        self.atRisk.setObjectName(u"atRisk")

        self.statusLayout.addWidget(self.atRisk)

        self.offTrack = QRadioButton(TargetUpdate)
        self.offTrack.setObjectName(u"offTrack")

        self.statusLayout.addWidget(self.offTrack)

        self.achieved = QRadioButton(TargetUpdate)
        self.achieved.setObjectName(u"achieved")

        self.statusLayout.addWidget(self.achieved)

        self.dropped = QRadioButton(TargetUpdate)
        self.dropped.setObjectName(u"dropped")

        self.statusLayout.addWidget(self.dropped)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.narrativeLabel = QLabel(TargetUpdate)
        self.narrativeLabel.setObjectName(u"narrativeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.narrativeLabel)

        self.narrative = QPlainTextEdit(TargetUpdate)
        self.narrative.setObjectName(u"narrative")
        self.narrative.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.narrative)

        self.evidenceLabel = QLabel(TargetUpdate)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidence = QLineEdit(TargetUpdate)
        self.evidence.setObjectName(u"evidence")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.evidence)


        self.dialogLayout.addLayout(self.form)

        self.problems = QLabel(TargetUpdate)
        self.problems.setObjectName(u"problems")
        self.problems.setText(u"")
        self.problems.setWordWrap(True)

        self.dialogLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(TargetUpdate)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarter)
        self.valueLabel.setBuddy(self.value)
        self.narrativeLabel.setBuddy(self.narrative)
        self.evidenceLabel.setBuddy(self.evidence)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarter, self.value)
        QWidget.setTabOrder(self.value, self.done)
        QWidget.setTabOrder(self.done, self.onTrack)
        QWidget.setTabOrder(self.onTrack, self.atRisk)
        QWidget.setTabOrder(self.atRisk, self.offTrack)
        QWidget.setTabOrder(self.offTrack, self.achieved)
        QWidget.setTabOrder(self.achieved, self.dropped)
        QWidget.setTabOrder(self.dropped, self.narrative)
        QWidget.setTabOrder(self.narrative, self.evidence)
        QWidget.setTabOrder(self.evidence, self.buttons)

        self.retranslateUi(TargetUpdate)

        QMetaObject.connectSlotsByName(TargetUpdate)
    # setupUi

    def retranslateUi(self, TargetUpdate):
        TargetUpdate.setWindowTitle(QCoreApplication.translate("TargetUpdate", u"Record progress", None))
        self.quarterLabel.setText(QCoreApplication.translate("TargetUpdate", u"&Quarter", None))
        self.valueLabel.setText(QCoreApplication.translate("TargetUpdate", u"&Value reached", None))
        self.doneLabel.setText(QCoreApplication.translate("TargetUpdate", u"Milestone", None))
        self.done.setText(QCoreApplication.translate("TargetUpdate", u"&Done", None))
        self.statusLabel.setText(QCoreApplication.translate("TargetUpdate", u"Status", None))
        self.onTrack.setText(QCoreApplication.translate("TargetUpdate", u"\u25cf &On track", None))
        self.atRisk.setText(QCoreApplication.translate("TargetUpdate", u"\u25b2 At &risk", None))
        self.offTrack.setText(QCoreApplication.translate("TargetUpdate", u"\u2716 O&ff track", None))
        self.achieved.setText(QCoreApplication.translate("TargetUpdate", u"\u2605 A&chieved", None))
        self.dropped.setText(QCoreApplication.translate("TargetUpdate", u"\u2014 Dro&pped", None))
        self.narrativeLabel.setText(QCoreApplication.translate("TargetUpdate", u"&Narrative", None))
        self.narrative.setPlaceholderText(QCoreApplication.translate("TargetUpdate", u"what happened this quarter (goes into the quarterly and annual reports)", None))
        self.evidenceLabel.setText(QCoreApplication.translate("TargetUpdate", u"&Evidence", None))
        self.evidence.setPlaceholderText(QCoreApplication.translate("TargetUpdate", u"optional links, separated by spaces", None))
    # retranslateUi

