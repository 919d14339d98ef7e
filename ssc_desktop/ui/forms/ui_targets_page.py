# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_TargetsPage(object):
    def setupUi(self, TargetsPage):
        if not TargetsPage.objectName():
            TargetsPage.setObjectName(u"TargetsPage")
        TargetsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(TargetsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summary = QLabel(TargetsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setMargin(6)

        self.pageLayout.addWidget(self.summary)

        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.search = QLineEdit(TargetsPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.search)

        self.statusFilter = QComboBox(TargetsPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.statusFilter)

        self.ksrFilter = QComboBox(TargetsPage)
        self.ksrFilter.setObjectName(u"ksrFilter")
        self.ksrFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ksrFilter.setMinimumContentsLength(18)

        self.filterBar.addWidget(self.ksrFilter)

        self.focalFilter = QComboBox(TargetsPage)
        self.focalFilter.setObjectName(u"focalFilter")
        self.focalFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.focalFilter.setMinimumContentsLength(16)

        self.filterBar.addWidget(self.focalFilter)

        self.staleOnly = QCheckBox(TargetsPage)
        self.staleOnly.setObjectName(u"staleOnly")

        self.filterBar.addWidget(self.staleOnly)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterBar)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.addButton = QPushButton(TargetsPage)
        self.addButton.setObjectName(u"addButton")

        self.actionBar.addWidget(self.addButton)

        self.editButton = QPushButton(TargetsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionBar.addWidget(self.editButton)

        self.updateButton = QPushButton(TargetsPage)
        self.updateButton.setObjectName(u"updateButton")

        self.actionBar.addWidget(self.updateButton)

        self.deleteButton = QPushButton(TargetsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionBar.addWidget(self.deleteButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.loadKsrButton = QPushButton(TargetsPage)
        self.loadKsrButton.setObjectName(u"loadKsrButton")

        self.actionBar.addWidget(self.loadKsrButton)

        self.carryKsrButton = QPushButton(TargetsPage)
        self.carryKsrButton.setObjectName(u"carryKsrButton")

        self.actionBar.addWidget(self.carryKsrButton)

        self.carryTargetsButton = QPushButton(TargetsPage)
        self.carryTargetsButton.setObjectName(u"carryTargetsButton")

        self.actionBar.addWidget(self.carryTargetsButton)

        self.importButton = QPushButton(TargetsPage)
        self.importButton.setObjectName(u"importButton")

        self.actionBar.addWidget(self.importButton)

        self.exportButton = QPushButton(TargetsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionBar.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionBar)

        self.stack = QStackedWidget(TargetsPage)
        self.stack.setObjectName(u"stack")
        self.treePage = QWidget()
        self.treePage.setObjectName(u"treePage")
        self.treeLayout = QVBoxLayout(self.treePage)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeView(self.treePage)
        self.tree.setObjectName(u"tree")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)

        self.treeLayout.addWidget(self.tree)

        self.stack.addWidget(self.treePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.search, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.ksrFilter)
        QWidget.setTabOrder(self.ksrFilter, self.focalFilter)
        QWidget.setTabOrder(self.focalFilter, self.staleOnly)
        QWidget.setTabOrder(self.staleOnly, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.updateButton)
        QWidget.setTabOrder(self.updateButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.loadKsrButton)
        QWidget.setTabOrder(self.loadKsrButton, self.carryKsrButton)
        QWidget.setTabOrder(self.carryKsrButton, self.carryTargetsButton)
        QWidget.setTabOrder(self.carryTargetsButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.tree)

        self.retranslateUi(TargetsPage)

        QMetaObject.connectSlotsByName(TargetsPage)
    # setupUi

    def retranslateUi(self, TargetsPage):
        self.search.setPlaceholderText(QCoreApplication.translate("TargetsPage", u"Search targets, indicators, focal points (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("TargetsPage", u"Show targets with this status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ksrFilter.setToolTip(QCoreApplication.translate("TargetsPage", u"Show targets under this Key Species Result", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.focalFilter.setToolTip(QCoreApplication.translate("TargetsPage", u"Show targets of this focal point, or those that need one", None))
#endif // QT_CONFIG(tooltip)
        self.staleOnly.setText(QCoreApplication.translate("TargetsPage", u"&Not updated this quarter", None))
#if QT_CONFIG(tooltip)
        self.staleOnly.setToolTip(QCoreApplication.translate("TargetsPage", u"Open targets with no progress recorded for the current quarter", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("TargetsPage", u"&Add target\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Add a target under a Key Species Result (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("TargetsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Edit the selected target", None))
#endif // QT_CONFIG(tooltip)
        self.updateButton.setText(QCoreApplication.translate("TargetsPage", u"&Record progress\u2026", None))
#if QT_CONFIG(tooltip)
        self.updateButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Record this quarter's progress of the selected target (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("TargetsPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Delete the selected target and its updates (Undo with Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.loadKsrButton.setText(QCoreApplication.translate("TargetsPage", u"&Load KSR set\u2026", None))
#if QT_CONFIG(tooltip)
        self.loadKsrButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Load this quadrennium's Key Species Results from a CSV file (the format of 'ssc-desktop import ksrs')", None))
#endif // QT_CONFIG(tooltip)
        self.carryKsrButton.setText(QCoreApplication.translate("TargetsPage", u"Use the &previous KSRs", None))
#if QT_CONFIG(tooltip)
        self.carryKsrButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Carry the previous plan's KSRs into this quadrennium as a provisional set, until the new plan is loaded", None))
#endif // QT_CONFIG(tooltip)
        self.carryTargetsButton.setText(QCoreApplication.translate("TargetsPage", u"&Carry targets forward\u2026", None))
#if QT_CONFIG(tooltip)
        self.carryTargetsButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Copy chosen targets of the previous quadrennium into this one; their history stays in the old term", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("TargetsPage", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Import targets from an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("TargetsPage", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("TargetsPage", u"Export the targets to an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

