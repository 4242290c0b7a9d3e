# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'section_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

from papi_desktop.gui.section_editor import SectionEditor

class Ui_SectionTab(object):
    def setupUi(self, SectionTab):
        if not SectionTab.objectName():
            SectionTab.setObjectName(u"SectionTab")
        self.sectionLayout = QVBoxLayout(SectionTab)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.headingLabel = QLabel(SectionTab)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setStyleSheet(u"font-weight:bold;")

        self.sectionLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(SectionTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color:#555;font-style:italic;")

        self.sectionLayout.addWidget(self.hintLabel)

        self.carriedLabel = QLabel(SectionTab)
        self.carriedLabel.setObjectName(u"carriedLabel")
        self.carriedLabel.setVisible(False)
        self.carriedLabel.setWordWrap(True)
        self.carriedLabel.setStyleSheet(u"background:#e8eef6;color:#333;padding:2px 4px;")

        self.sectionLayout.addWidget(self.carriedLabel)

        self.editor = SectionEditor(SectionTab)
        self.editor.setObjectName(u"editor")

        self.sectionLayout.addWidget(self.editor)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.bulletButton = QToolButton(SectionTab)
        self.bulletButton.setObjectName(u"bulletButton")

        self.toolsLayout.addWidget(self.bulletButton)

        self.historyButton = QToolButton(SectionTab)
        self.historyButton.setObjectName(u"historyButton")

        self.toolsLayout.addWidget(self.historyButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.wordCountLabel = QLabel(SectionTab)
        self.wordCountLabel.setObjectName(u"wordCountLabel")

        self.toolsLayout.addWidget(self.wordCountLabel)


        self.sectionLayout.addLayout(self.toolsLayout)


        self.retranslateUi(SectionTab)
    # setupUi

    def retranslateUi(self, SectionTab):
        self.bulletButton.setText(QCoreApplication.translate("SectionTab", u"- G\u1ea1ch \u0111\u1ea7u d\u00f2ng", None))
#if QT_CONFIG(tooltip)
        self.bulletButton.setToolTip(QCoreApplication.translate("SectionTab", u"Th\u00eam ho\u1eb7c b\u1ecf \u201c- \u201d \u1edf \u0111\u1ea7u c\u00e1c d\u00f2ng \u0111ang ch\u1ecdn (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("SectionTab", u"L\u1ecbch s\u1eed\u2026", None))
        pass
    # retranslateUi

