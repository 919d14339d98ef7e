# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letters_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_LettersPage(object):
    def setupUi(self, LettersPage):
        if not LettersPage.objectName():
            LettersPage.setObjectName(u"LettersPage")
        LettersPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(LettersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.search = QLineEdit(LettersPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(220, 0))
        self.search.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.search)

        self.stateFilter = QComboBox(LettersPage)
        self.stateFilter.setObjectName(u"stateFilter")
        self.stateFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.stateFilter)

        self.speciesFilter = QComboBox(LettersPage)
        self.speciesFilter.setObjectName(u"speciesFilter")
        self.speciesFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterBar.addWidget(self.speciesFilter)

        self.overdueOnly = QCheckBox(LettersPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filterBar.addWidget(self.overdueOnly)

        self.clearFiltersButton = QPushButton(LettersPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterBar.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.filterBar.setStretch(0, 3)
        self.filterBar.setStretch(1, 1)
        self.filterBar.setStretch(2, 1)

        self.pageLayout.addLayout(self.filterBar)

        self.table = QTableView(LettersPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.summary = QLabel(LettersPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summary)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.newButton = QPushButton(LettersPage)
        self.newButton.setObjectName(u"newButton")

        self.actionBar.addWidget(self.newButton)

        self.openButton = QPushButton(LettersPage)
        self.openButton.setObjectName(u"openButton")

        self.actionBar.addWidget(self.openButton)

        self.deleteButton = QPushButton(LettersPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionBar.addWidget(self.deleteButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.briefButton = QPushButton(LettersPage)
        self.briefButton.setObjectName(u"briefButton")

        self.actionBar.addWidget(self.briefButton)

        self.exportButton = QPushButton(LettersPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionBar.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionBar)

        QWidget.setTabOrder(self.search, self.stateFilter)
        QWidget.setTabOrder(self.stateFilter, self.speciesFilter)
        QWidget.setTabOrder(self.speciesFilter, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.briefButton)
        QWidget.setTabOrder(self.briefButton, self.exportButton)

        self.retranslateUi(LettersPage)

        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        self.search.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Search title, addressee, species\u2026", None))
#if QT_CONFIG(tooltip)
        self.stateFilter.setToolTip(QCoreApplication.translate("LettersPage", u"Show requests at this step of the review", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.speciesFilter.setToolTip(QCoreApplication.translate("LettersPage", u"Show requests about this species", None))
#endif // QT_CONFIG(tooltip)
        self.overdueOnly.setText(QCoreApplication.translate("LettersPage", u"Only &overdue follow-ups", None))
#if QT_CONFIG(tooltip)
        self.overdueOnly.setToolTip(QCoreApplication.translate("LettersPage", u"Show only open requests whose follow-up date has passed", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("LettersPage", u"Show &all", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("LettersPage", u"Clear the search and every filter", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("LettersPage", u"&New request\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("LettersPage", u"Register a new intervention letter request (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("LettersPage", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("LettersPage", u"Open the selected request (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("LettersPage", u"&Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("LettersPage", u"Delete the selected request with its steps and attachments", None))
#endif // QT_CONFIG(tooltip)
        self.briefButton.setText(QCoreApplication.translate("LettersPage", u"Save &brief as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.briefButton.setToolTip(QCoreApplication.translate("LettersPage", u"Write the selected request's brief for the Network Coordinator", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("LettersPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("LettersPage", u"Write every request of the group to an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

