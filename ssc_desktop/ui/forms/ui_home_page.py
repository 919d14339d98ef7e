# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 640)
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.heading = QLabel(HomePage)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.heading.setWordWrap(True)

        self.pageLayout.addWidget(self.heading)

        self.agendaBox = QGroupBox(HomePage)
        self.agendaBox.setObjectName(u"agendaBox")
        self.agendaLayout = QVBoxLayout(self.agendaBox)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agenda = QListWidget(self.agendaBox)
        self.agenda.setObjectName(u"agenda")
        self.agenda.setMaximumSize(QSize(16777215, 140))

        self.agendaLayout.addWidget(self.agenda)

        self.agendaEmpty = QLabel(self.agendaBox)
        self.agendaEmpty.setObjectName(u"agendaEmpty")
        self.agendaEmpty.setWordWrap(True)

        self.agendaLayout.addWidget(self.agendaEmpty)


        self.pageLayout.addWidget(self.agendaBox)

        self.makeUpBox = QGroupBox(HomePage)
        self.makeUpBox.setObjectName(u"makeUpBox")
        self.makeUpLayout = QHBoxLayout(self.makeUpBox)
        self.makeUpLayout.setObjectName(u"makeUpLayout")
        self.tablesLayout = QVBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.regionTable = QTableWidget(self.makeUpBox)
        self.regionTable.setObjectName(u"regionTable")
        self.regionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.regionTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.regionTable.setAlternatingRowColors(True)
        self.regionTable.setWordWrap(False)
        self.regionTable.horizontalHeader().setStretchLastSection(True)
        self.regionTable.verticalHeader().setVisible(False)
        self.regionTable.verticalHeader().setDefaultSectionSize(22)

        self.tablesLayout.addWidget(self.regionTable)

        self.balance = QLabel(self.makeUpBox)
        self.balance.setObjectName(u"balance")
        self.balance.setText(u"")
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.balance.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.balance.setWordWrap(True)

        self.tablesLayout.addWidget(self.balance)


        self.makeUpLayout.addLayout(self.tablesLayout)

        self.chartFrame = QFrame(self.makeUpBox)
        self.chartFrame.setObjectName(u"chartFrame")
        self.chartFrame.setMinimumSize(QSize(360, 260))
        self.chartLayout = QVBoxLayout(self.chartFrame)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.makeUpLayout.addWidget(self.chartFrame)

        self.makeUpLayout.setStretch(0, 1)
        self.makeUpLayout.setStretch(1, 1)

        self.pageLayout.addWidget(self.makeUpBox)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.agendaBox.setTitle(QCoreApplication.translate("HomePage", u"What needs you now", None))
#if QT_CONFIG(tooltip)
        self.agenda.setToolTip(QCoreApplication.translate("HomePage", u"Double-click or press Enter to open the page, filtered to these records", None))
#endif // QT_CONFIG(tooltip)
        self.agendaEmpty.setText(QCoreApplication.translate("HomePage", u"Nothing needs you right now: no invitation overdue, no letter due, every target updated.", None))
        self.makeUpBox.setTitle(QCoreApplication.translate("HomePage", u"The group's make-up", None))
        pass
    # retranslateUi

