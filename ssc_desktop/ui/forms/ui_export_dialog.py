# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(720, 560)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.filePathLabel = QLabel(ExportDialog)
        self.filePathLabel.setObjectName(u"filePathLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filePathLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.filePath = QLineEdit(ExportDialog)
        self.filePath.setObjectName(u"filePath")

        self.fileRow.addWidget(self.filePath)

        self.browse = QPushButton(ExportDialog)
        self.browse.setObjectName(u"browse")

        self.fileRow.addWidget(self.browse)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.quadrenniumLabel = QLabel(ExportDialog)
        self.quadrenniumLabel.setObjectName(u"quadrenniumLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quadrenniumLabel)

        self.quadrennium = QComboBox(ExportDialog)
        self.quadrennium.setObjectName(u"quadrennium")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quadrennium)

        self.bom = QCheckBox(ExportDialog)
        self.bom.setObjectName(u"bom")
        self.bom.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bom)


        self.dialogLayout.addLayout(self.form)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.statusColumn = QVBoxLayout()
        self.statusColumn.setObjectName(u"statusColumn")
        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusColumn.addWidget(self.statusLabel)

        self.statuses = QListWidget(ExportDialog)
        self.statuses.setObjectName(u"statuses")

        self.statusColumn.addWidget(self.statuses)


        self.lists.addLayout(self.statusColumn)

        self.columnColumn = QVBoxLayout()
        self.columnColumn.setObjectName(u"columnColumn")
        self.profileRow = QHBoxLayout()
        self.profileRow.setObjectName(u"profileRow")
        self.profileLabel = QLabel(ExportDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.profileRow.addWidget(self.profileLabel)

        self.profile = QComboBox(ExportDialog)
        self.profile.setObjectName(u"profile")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profile.sizePolicy().hasHeightForWidth())
        self.profile.setSizePolicy(sizePolicy)

        self.profileRow.addWidget(self.profile)


        self.columnColumn.addLayout(self.profileRow)

        self.columns = QListWidget(ExportDialog)
        self.columns.setObjectName(u"columns")
        self.columns.setDragDropMode(QAbstractItemView.InternalMove)
        self.columns.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)

        self.columnColumn.addWidget(self.columns)

        self.columnTools = QHBoxLayout()
        self.columnTools.setObjectName(u"columnTools")
        self.moveUp = QPushButton(ExportDialog)
        self.moveUp.setObjectName(u"moveUp")

        self.columnTools.addWidget(self.moveUp)

        self.moveDown = QPushButton(ExportDialog)
        self.moveDown.setObjectName(u"moveDown")

        self.columnTools.addWidget(self.moveDown)

        self.profileName = QLineEdit(ExportDialog)
        self.profileName.setObjectName(u"profileName")

        self.columnTools.addWidget(self.profileName)

        self.saveProfile = QPushButton(ExportDialog)
        self.saveProfile.setObjectName(u"saveProfile")

        self.columnTools.addWidget(self.saveProfile)


        self.columnColumn.addLayout(self.columnTools)


        self.lists.addLayout(self.columnColumn)


        self.dialogLayout.addLayout(self.lists)

        self.message = QLabel(ExportDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.filePathLabel.setBuddy(self.filePath)
        self.quadrenniumLabel.setBuddy(self.quadrennium)
        self.statusLabel.setBuddy(self.statuses)
        self.profileLabel.setBuddy(self.profile)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filePath, self.browse)
        QWidget.setTabOrder(self.browse, self.quadrennium)
        QWidget.setTabOrder(self.quadrennium, self.bom)
        QWidget.setTabOrder(self.bom, self.statuses)
        QWidget.setTabOrder(self.statuses, self.profile)
        QWidget.setTabOrder(self.profile, self.columns)
        QWidget.setTabOrder(self.columns, self.moveUp)
        QWidget.setTabOrder(self.moveUp, self.moveDown)
        QWidget.setTabOrder(self.moveDown, self.profileName)
        QWidget.setTabOrder(self.profileName, self.saveProfile)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export the roster", None))
        self.filePathLabel.setText(QCoreApplication.translate("ExportDialog", u"&File", None))
        self.browse.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.quadrenniumLabel.setText(QCoreApplication.translate("ExportDialog", u"&Quadrennium", None))
        self.bom.setText(QCoreApplication.translate("ExportDialog", u"CSV: start with a byte-order mark, so Excel shows accents correctly", None))
        self.statusLabel.setText(QCoreApplication.translate("ExportDialog", u"&Statuses to export", None))
        self.profileLabel.setText(QCoreApplication.translate("ExportDialog", u"Column &profile", None))
#if QT_CONFIG(tooltip)
        self.columns.setToolTip(QCoreApplication.translate("ExportDialog", u"Tick the columns to write, drag them into order, double-click a header to rename it.", None))
#endif // QT_CONFIG(tooltip)
        self.moveUp.setText(QCoreApplication.translate("ExportDialog", u"Move &up", None))
        self.moveDown.setText(QCoreApplication.translate("ExportDialog", u"Move &down", None))
        self.profileName.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"profile name", None))
        self.saveProfile.setText(QCoreApplication.translate("ExportDialog", u"Sa&ve profile", None))
    # retranslateUi

