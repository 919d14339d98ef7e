# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.search = QLineEdit(RosterPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(160, 0))
        self.search.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.search)

        self.statusFilter = QComboBox(RosterPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(7)

        self.filterBar.addWidget(self.statusFilter)

        self.regionFilter = QComboBox(RosterPage)
        self.regionFilter.setObjectName(u"regionFilter")
        self.regionFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.regionFilter.setMinimumContentsLength(7)

        self.filterBar.addWidget(self.regionFilter)

        self.roleFilter = QComboBox(RosterPage)
        self.roleFilter.setObjectName(u"roleFilter")
        self.roleFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roleFilter.setMinimumContentsLength(7)

        self.filterBar.addWidget(self.roleFilter)

        self.attentionFilter = QComboBox(RosterPage)
        self.attentionFilter.setObjectName(u"attentionFilter")
        self.attentionFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attentionFilter.setMinimumContentsLength(7)

        self.filterBar.addWidget(self.attentionFilter)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.filterBar.setStretch(0, 3)
        self.filterBar.setStretch(1, 1)
        self.filterBar.setStretch(2, 1)
        self.filterBar.setStretch(3, 1)
        self.filterBar.setStretch(4, 1)

        self.pageLayout.addLayout(self.filterBar)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.addButton = QPushButton(RosterPage)
        self.addButton.setObjectName(u"addButton")

        self.actionBar.addWidget(self.addButton)

        self.editButton = QPushButton(RosterPage)
        self.editButton.setObjectName(u"editButton")

        self.actionBar.addWidget(self.editButton)

        self.endButton = QPushButton(RosterPage)
        self.endButton.setObjectName(u"endButton")

        self.actionBar.addWidget(self.endButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.importButton = QPushButton(RosterPage)
        self.importButton.setObjectName(u"importButton")

        self.actionBar.addWidget(self.importButton)

        self.exportButton = QPushButton(RosterPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionBar.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionBar)

        self.stack = QStackedWidget(RosterPage)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeft)

        self.clearFiltersButton = QPushButton(self.emptyPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.emptyButtons.addWidget(self.clearFiltersButton)

        self.emptyRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRight)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottom = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.search, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.regionFilter)
        QWidget.setTabOrder(self.regionFilter, self.roleFilter)
        QWidget.setTabOrder(self.roleFilter, self.attentionFilter)
        QWidget.setTabOrder(self.attentionFilter, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.clearFiltersButton)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.search.setPlaceholderText(QCoreApplication.translate("RosterPage", u"Search name, e-mail, organisation, country\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("RosterPage", u"Show members with this status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.regionFilter.setToolTip(QCoreApplication.translate("RosterPage", u"Show members living in this IUCN statutory region", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.roleFilter.setToolTip(QCoreApplication.translate("RosterPage", u"Show members holding this role", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.attentionFilter.setToolTip(QCoreApplication.translate("RosterPage", u"Show only members who need something from you: onboarding not finished, or targets whose focal point has left", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("RosterPage", u"&Add member\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("RosterPage", u"Add a member to this group (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RosterPage", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RosterPage", u"Open the selected member (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.endButton.setText(QCoreApplication.translate("RosterPage", u"&End membership\u2026", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("RosterPage", u"End the selected membership, with a reason and a date (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterPage", u"Import a roster from Excel or CSV (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RosterPage", u"Export the roster to Excel or CSV (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("RosterPage", u"No members yet.", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("RosterPage", u"&Clear search and filters", None))
        pass
    # retranslateUi

