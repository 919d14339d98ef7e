# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 600)
        ImportWizard.setWizardStyle(QWizard.ClassicStyle)
        ImportWizard.setOptions(QWizard.NoBackButtonOnLastPage|QWizard.NoCancelButtonOnLastPage)
        self.actionSwapNames = QAction(ImportWizard)
        self.actionSwapNames.setObjectName(u"actionSwapNames")
        self.actionSwapNames.setEnabled(False)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.filePathLabel = QLabel(self.filePage)
        self.filePathLabel.setObjectName(u"filePathLabel")

        self.fileRow.addWidget(self.filePathLabel)

        self.filePath = QLineEdit(self.filePage)
        self.filePath.setObjectName(u"filePath")

        self.fileRow.addWidget(self.filePath)

        self.browse = QPushButton(self.filePage)
        self.browse.setObjectName(u"browse")

        self.fileRow.addWidget(self.browse)


        self.fileLayout.addLayout(self.fileRow)

        self.fileMessage = QLabel(self.filePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setWordWrap(True)

        self.fileLayout.addWidget(self.fileMessage)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        ImportWizard.addPage(self.filePage)
        self.sheetPage = QWizardPage()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheets = QListWidget(self.sheetPage)
        self.sheets.setObjectName(u"sheets")

        self.sheetLayout.addWidget(self.sheets)

        ImportWizard.addPage(self.sheetPage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingMessage = QLabel(self.mappingPage)
        self.mappingMessage.setObjectName(u"mappingMessage")
        self.mappingMessage.setText(u"")
        self.mappingMessage.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingMessage)

        self.mappingOptions = QHBoxLayout()
        self.mappingOptions.setObjectName(u"mappingOptions")
        self.defaultStatusLabel = QLabel(self.mappingPage)
        self.defaultStatusLabel.setObjectName(u"defaultStatusLabel")

        self.mappingOptions.addWidget(self.defaultStatusLabel)

        self.defaultStatus = QComboBox(self.mappingPage)
        self.defaultStatus.setObjectName(u"defaultStatus")

        self.mappingOptions.addWidget(self.defaultStatus)

        self.mappingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappingOptions.addItem(self.mappingSpacer)

        self.mappingName = QLineEdit(self.mappingPage)
        self.mappingName.setObjectName(u"mappingName")

        self.mappingOptions.addWidget(self.mappingName)

        self.saveMapping = QPushButton(self.mappingPage)
        self.saveMapping.setObjectName(u"saveMapping")

        self.mappingOptions.addWidget(self.saveMapping)


        self.mappingLayout.addLayout(self.mappingOptions)

        ImportWizard.addPage(self.mappingPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setText(u"")
        self.previewSummary.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummary)

        self.previewTools = QHBoxLayout()
        self.previewTools.setObjectName(u"previewTools")
        self.kindFilterLabel = QLabel(self.previewPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.previewTools.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.previewPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.previewTools.addWidget(self.kindFilter)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTools.addItem(self.previewSpacer)

        self.selectAll = QPushButton(self.previewPage)
        self.selectAll.setObjectName(u"selectAll")

        self.previewTools.addWidget(self.selectAll)

        self.selectNone = QPushButton(self.previewPage)
        self.selectNone.setObjectName(u"selectNone")

        self.previewTools.addWidget(self.selectNone)

        self.acceptWarnings = QPushButton(self.previewPage)
        self.acceptWarnings.setObjectName(u"acceptWarnings")

        self.previewTools.addWidget(self.acceptWarnings)

        self.swapNames = QPushButton(self.previewPage)
        self.swapNames.setObjectName(u"swapNames")
        self.swapNames.setEnabled(False)

        self.previewTools.addWidget(self.swapNames)


        self.previewLayout.addLayout(self.previewTools)

        self.previewTable = QTableView(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.previewTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.previewTable.setSortingEnabled(True)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewTable)

        self.rowDetail = QLabel(self.previewPage)
        self.rowDetail.setObjectName(u"rowDetail")
        self.rowDetail.setText(u"")
        self.rowDetail.setWordWrap(True)
        self.rowDetail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewLayout.addWidget(self.rowDetail)

        ImportWizard.addPage(self.previewPage)
        self.summaryPage = QWizardPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryText = QLabel(self.summaryPage)
        self.summaryText.setObjectName(u"summaryText")
        self.summaryText.setText(u"")
        self.summaryText.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryText)

        self.summaryButtons = QHBoxLayout()
        self.summaryButtons.setObjectName(u"summaryButtons")
        self.mergePeople = QPushButton(self.summaryPage)
        self.mergePeople.setObjectName(u"mergePeople")

        self.summaryButtons.addWidget(self.mergePeople)

        self.summaryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryButtons.addItem(self.summaryButtonsSpacer)


        self.summaryLayout.addLayout(self.summaryButtons)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        ImportWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.filePathLabel.setBuddy(self.filePath)
        self.defaultStatusLabel.setBuddy(self.defaultStatus)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filePath, self.browse)
        QWidget.setTabOrder(self.browse, self.sheets)
        QWidget.setTabOrder(self.sheets, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.defaultStatus)
        QWidget.setTabOrder(self.defaultStatus, self.mappingName)
        QWidget.setTabOrder(self.mappingName, self.saveMapping)
        QWidget.setTabOrder(self.saveMapping, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.selectAll)
        QWidget.setTabOrder(self.selectAll, self.selectNone)
        QWidget.setTabOrder(self.selectNone, self.acceptWarnings)
        QWidget.setTabOrder(self.acceptWarnings, self.swapNames)
        QWidget.setTabOrder(self.swapNames, self.mergePeople)
        QWidget.setTabOrder(self.mergePeople, self.previewTable)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import members", None))
        self.actionSwapNames.setText(QCoreApplication.translate("ImportWizard", u"Swap given and family name", None))
#if QT_CONFIG(tooltip)
        self.actionSwapNames.setToolTip(QCoreApplication.translate("ImportWizard", u"The first part of the name is the family name", None))
#endif // QT_CONFIG(tooltip)
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"An Excel workbook (.xlsx) or a CSV file: a Commission System download, the app's own export, or any list with one person per row.", None))
        self.filePathLabel.setText(QCoreApplication.translate("ImportWizard", u"&File", None))
        self.filePath.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"roster.xlsx or roster.csv", None))
        self.browse.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.fileMessage.setText(QCoreApplication.translate("ImportWizard", u"Nothing is written until you have seen the preview and chosen what to apply.", None))
        self.sheetPage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the sheet", None))
        self.sheetPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The workbook has several sheets; the first visible one is chosen.", None))
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check the columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Each column of the file and the field it fills. Correct any guess; save the mapping to reuse it for files with the same headers.", None))
        self.defaultStatusLabel.setText(QCoreApplication.translate("ImportWizard", u"&Status of new members without one", None))
        self.mappingName.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"mapping name, e.g. Chair's Office template", None))
        self.saveMapping.setText(QCoreApplication.translate("ImportWizard", u"Save &mapping", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"Preview", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What the import would do, row by row. Tick the rows to apply; rows with problems are never applied.", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("ImportWizard", u"S&how", None))
        self.selectAll.setText(QCoreApplication.translate("ImportWizard", u"Tick &all", None))
        self.selectNone.setText(QCoreApplication.translate("ImportWizard", u"Tick &none", None))
#if QT_CONFIG(tooltip)
        self.acceptWarnings.setToolTip(QCoreApplication.translate("ImportWizard", u"Tick every row with warnings too: its repairs are applied as shown", None))
#endif // QT_CONFIG(tooltip)
        self.acceptWarnings.setText(QCoreApplication.translate("ImportWizard", u"Accept all &warnings", None))
#if QT_CONFIG(tooltip)
        self.swapNames.setToolTip(QCoreApplication.translate("ImportWizard", u"For the selected rows, whose name came from one Name column: the first part is the family name (Nguyen Van An, \u738b\u5c0f\u660e, Kov\u00e1cs P\u00e9ter)", None))
#endif // QT_CONFIG(tooltip)
        self.swapNames.setText(QCoreApplication.translate("ImportWizard", u"S&wap given and family name", None))
        self.summaryPage.setTitle(QCoreApplication.translate("ImportWizard", u"Done", None))
#if QT_CONFIG(tooltip)
        self.mergePeople.setToolTip(QCoreApplication.translate("ImportWizard", u"Make two records of one person one (the preview said \"maybe the same as\")", None))
#endif // QT_CONFIG(tooltip)
        self.mergePeople.setText(QCoreApplication.translate("ImportWizard", u"&Merge people\u2026", None))
    # retranslateUi

