# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 700)
        self.actionNewGroup = QAction(MainWindow)
        self.actionNewGroup.setObjectName(u"actionNewGroup")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionOpenDemo = QAction(MainWindow)
        self.actionOpenDemo.setObjectName(u"actionOpenDemo")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.switcher = QHBoxLayout()
        self.switcher.setObjectName(u"switcher")
        self.groupLabel = QLabel(self.central)
        self.groupLabel.setObjectName(u"groupLabel")

        self.switcher.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.central)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(30)

        self.switcher.addWidget(self.groupCombo)

        self.switcherGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.switcher.addItem(self.switcherGap)

        self.quadrenniumLabel = QLabel(self.central)
        self.quadrenniumLabel.setObjectName(u"quadrenniumLabel")

        self.switcher.addWidget(self.quadrenniumLabel)

        self.quadrenniumCombo = QComboBox(self.central)
        self.quadrenniumCombo.setObjectName(u"quadrenniumCombo")

        self.switcher.addWidget(self.quadrenniumCombo)

        self.switcherEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.switcher.addItem(self.switcherEnd)


        self.centralLayout.addLayout(self.switcher)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(110, 0))
        self.splitter.addWidget(self.navigation)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.quadrenniumLabel.setBuddy(self.quadrenniumCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.quadrenniumCombo)
        QWidget.setTabOrder(self.quadrenniumCombo, self.navigation)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewGroup)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.actionOpenDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.actionReload)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"SSC Desktop", None))
        self.actionNewGroup.setText(QCoreApplication.translate("MainWindow", u"&New group\u2026", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionOpenDemo.setText(QCoreApplication.translate("MainWindow", u"Open the &demo group", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDemo.setToolTip(QCoreApplication.translate("MainWindow", u"Open invented demo groups in a database of their own, to try things without touching your roster", None))
#endif // QT_CONFIG(tooltip)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import roster\u2026", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export roster\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Back up now\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"&Reload", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About SSC Desktop", None))
        self.groupLabel.setText(QCoreApplication.translate("MainWindow", u"&Group", None))
        self.quadrenniumLabel.setText(QCoreApplication.translate("MainWindow", u"&Quadrennium", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

