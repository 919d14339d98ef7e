# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TargetEditor(object):
    def setupUi(self, TargetEditor):
        if not TargetEditor.objectName():
            TargetEditor.setObjectName(u"TargetEditor")
        TargetEditor.resize(640, 560)
        self.dialogLayout = QVBoxLayout(TargetEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ksrLabel = QLabel(TargetEditor)
        self.ksrLabel.setObjectName(u"ksrLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ksrLabel)

        self.ksr = QComboBox(TargetEditor)
        self.ksr.setObjectName(u"ksr")
        self.ksr.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ksr.setMinimumContentsLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ksr)

        self.titleLabel = QLabel(TargetEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(TargetEditor)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(400)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.descriptionLabel = QLabel(TargetEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(TargetEditor)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.indicatorLabel = QLabel(TargetEditor)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicator = QLineEdit(TargetEditor)
        self.indicator.setObjectName(u"indicator")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.kindLabel = QLabel(TargetEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.numeric = QRadioButton(TargetEditor)
        self.numeric.setObjectName(u"numeric")
        self.numeric.setChecked(True)

        self.kindLayout.addWidget(self.numeric)

        self.milestone = QRadioButton(TargetEditor)
        self.milestone.setObjectName(u"milestone")

        self.kindLayout.addWidget(self.milestone)

        self.kindSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.baselineLabel = QLabel(TargetEditor)
        self.baselineLabel.setObjectName(u"baselineLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.baselineLabel)

        self.valuesLayout = QHBoxLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.baseline = QLineEdit(TargetEditor)
        self.baseline.setObjectName(u"baseline")

        self.valuesLayout.addWidget(self.baseline)

        self.targetValueLabel = QLabel(TargetEditor)
        self.targetValueLabel.setObjectName(u"targetValueLabel")

        self.valuesLayout.addWidget(self.targetValueLabel)

        self.targetValue = QLineEdit(TargetEditor)
        self.targetValue.setObjectName(u"targetValue")

        self.valuesLayout.addWidget(self.targetValue)

        self.unitLabel = QLabel(TargetEditor)
        self.unitLabel.setObjectName(u"unitLabel")

        self.valuesLayout.addWidget(self.unitLabel)

        self.unit = QLineEdit(TargetEditor)
        self.unit.setObjectName(u"unit")

        self.valuesLayout.addWidget(self.unit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.valuesLayout)

        self.dueLabel = QLabel(TargetEditor)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueOn = QDateEdit(TargetEditor)
        self.dueOn.setObjectName(u"dueOn")
        self.dueOn.setCalendarPopup(True)
        self.dueOn.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dueOn)

        self.focalLabel = QLabel(TargetEditor)
        self.focalLabel.setObjectName(u"focalLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.focalLabel)

        self.focalPoint = QComboBox(TargetEditor)
        self.focalPoint.setObjectName(u"focalPoint")
        self.focalPoint.setEditable(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.focalPoint)

        self.scopeLabel = QLabel(TargetEditor)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QComboBox(TargetEditor)
        self.scope.setObjectName(u"scope")
        self.scope.setEditable(True)
        self.scope.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scope)


        self.dialogLayout.addLayout(self.form)

        self.focalNote = QLabel(TargetEditor)
        self.focalNote.setObjectName(u"focalNote")
        self.focalNote.setText(u"")
        self.focalNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.focalNote)

        self.problems = QLabel(TargetEditor)
        self.problems.setObjectName(u"problems")
        self.problems.setText(u"")
        self.problems.setWordWrap(True)

        self.dialogLayout.addWidget(self.problems)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(TargetEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ksrLabel.setBuddy(self.ksr)
        self.titleLabel.setBuddy(self.title)
        self.descriptionLabel.setBuddy(self.description)
        self.indicatorLabel.setBuddy(self.indicator)
        self.baselineLabel.setBuddy(self.baseline)
        self.targetValueLabel.setBuddy(self.targetValue)
        self.unitLabel.setBuddy(self.unit)
        self.dueLabel.setBuddy(self.dueOn)
        self.focalLabel.setBuddy(self.focalPoint)
        self.scopeLabel.setBuddy(self.scope)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ksr, self.title)
        QWidget.setTabOrder(self.title, self.description)
        QWidget.setTabOrder(self.description, self.indicator)
        QWidget.setTabOrder(self.indicator, self.numeric)
        QWidget.setTabOrder(self.numeric, self.milestone)
        QWidget.setTabOrder(self.milestone, self.baseline)
        QWidget.setTabOrder(self.baseline, self.targetValue)
        QWidget.setTabOrder(self.targetValue, self.unit)
        QWidget.setTabOrder(self.unit, self.dueOn)
        QWidget.setTabOrder(self.dueOn, self.focalPoint)
        QWidget.setTabOrder(self.focalPoint, self.scope)
        QWidget.setTabOrder(self.scope, self.buttons)

        self.retranslateUi(TargetEditor)

        QMetaObject.connectSlotsByName(TargetEditor)
    # setupUi

    def retranslateUi(self, TargetEditor):
        TargetEditor.setWindowTitle(QCoreApplication.translate("TargetEditor", u"Target", None))
        self.ksrLabel.setText(QCoreApplication.translate("TargetEditor", u"&KSR", None))
        self.titleLabel.setText(QCoreApplication.translate("TargetEditor", u"&Target", None))
        self.title.setPlaceholderText(QCoreApplication.translate("TargetEditor", u"short and measurable, e.g. \"Assess all 13 otter species for the Red List by 2025\"", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TargetEditor", u"&Description", None))
        self.indicatorLabel.setText(QCoreApplication.translate("TargetEditor", u"&Indicator", None))
        self.indicator.setPlaceholderText(QCoreApplication.translate("TargetEditor", u"what is counted, e.g. \"Species assessed\"", None))
        self.kindLabel.setText(QCoreApplication.translate("TargetEditor", u"Kind", None))
        self.numeric.setText(QCoreApplication.translate("TargetEditor", u"A &number to reach", None))
        self.milestone.setText(QCoreApplication.translate("TargetEditor", u"A yes/no &milestone", None))
        self.baselineLabel.setText(QCoreApplication.translate("TargetEditor", u"&Baseline", None))
        self.baseline.setPlaceholderText(QCoreApplication.translate("TargetEditor", u"0", None))
        self.targetValueLabel.setText(QCoreApplication.translate("TargetEditor", u"T&arget value", None))
        self.unitLabel.setText(QCoreApplication.translate("TargetEditor", u"&Unit", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("TargetEditor", u"species", None))
        self.dueLabel.setText(QCoreApplication.translate("TargetEditor", u"D&ue", None))
        self.focalLabel.setText(QCoreApplication.translate("TargetEditor", u"&Focal point", None))
        self.scopeLabel.setText(QCoreApplication.translate("TargetEditor", u"Geographic &scope", None))
#if QT_CONFIG(tooltip)
        self.scope.setToolTip(QCoreApplication.translate("TargetEditor", u"Where the target applies: Global, a statutory region, or type a country or area. The annual report counts targets by scope.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

