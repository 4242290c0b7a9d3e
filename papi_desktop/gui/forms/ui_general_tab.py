# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'general_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from papi_desktop.gui.date_edit import DateEdit

class Ui_GeneralTab(object):
    def setupUi(self, GeneralTab):
        if not GeneralTab.objectName():
            GeneralTab.setObjectName(u"GeneralTab")
        self.formLayout = QFormLayout(GeneralTab)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.parentAgencyLabel = QLabel(GeneralTab)
        self.parentAgencyLabel.setObjectName(u"parentAgencyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentAgencyLabel)

        self.parentAgencyEdit = QLineEdit(GeneralTab)
        self.parentAgencyEdit.setObjectName(u"parentAgencyEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentAgencyEdit)

        self.agencyLabel = QLabel(GeneralTab)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(GeneralTab)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.agencyInTextLabel = QLabel(GeneralTab)
        self.agencyInTextLabel.setObjectName(u"agencyInTextLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyInTextLabel)

        self.agencyInTextEdit = QLineEdit(GeneralTab)
        self.agencyInTextEdit.setObjectName(u"agencyInTextEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyInTextEdit)

        self.numberLabel = QLabel(GeneralTab)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(GeneralTab)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.symbolLabel = QLabel(GeneralTab)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(GeneralTab)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.placeLabel = QLabel(GeneralTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(GeneralTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.dateLabel = QLabel(GeneralTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(GeneralTab)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.periodLabel = QLabel(GeneralTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.quarterWord = QLabel(GeneralTab)
        self.quarterWord.setObjectName(u"quarterWord")

        self.periodLayout.addWidget(self.quarterWord)

        self.quarterCombo = QComboBox(GeneralTab)
        self.quarterCombo.addItem(u"I")
        self.quarterCombo.addItem(u"II")
        self.quarterCombo.addItem(u"III")
        self.quarterCombo.addItem(u"IV")
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.periodLayout.addWidget(self.quarterCombo)

        self.yearWord = QLabel(GeneralTab)
        self.yearWord.setObjectName(u"yearWord")

        self.periodLayout.addWidget(self.yearWord)

        self.yearSpin = QSpinBox(GeneralTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2022)

        self.periodLayout.addWidget(self.yearSpin)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.titleLabel = QLabel(GeneralTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleEdit = QPlainTextEdit(GeneralTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaximumSize(QSize(16777215, 64))
        self.titleEdit.setTabChangesFocus(True)

        self.titleLayout.addWidget(self.titleEdit)

        self.titleAutoCheck = QCheckBox(GeneralTab)
        self.titleAutoCheck.setObjectName(u"titleAutoCheck")
        self.titleAutoCheck.setChecked(True)

        self.titleLayout.addWidget(self.titleAutoCheck)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.titleLayout)

        self.addresseeLabel = QLabel(GeneralTab)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(GeneralTab)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.authorityLabel = QLabel(GeneralTab)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(GeneralTab)
        self.authorityCombo.setObjectName(u"authorityCombo")
        self.authorityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.authorityCombo.setMinimumContentsLength(8)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.headTitleLabel = QLabel(GeneralTab)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(GeneralTab)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.signerTitleLabel = QLabel(GeneralTab)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(GeneralTab)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(GeneralTab)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(GeneralTab)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.recipientsLabel = QLabel(GeneralTab)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(GeneralTab)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)
        self.recipientsEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)

        self.archiveLabel = QLabel(GeneralTab)
        self.archiveLabel.setObjectName(u"archiveLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.archiveLabel)

        self.archiveEdit = QLineEdit(GeneralTab)
        self.archiveEdit.setObjectName(u"archiveEdit")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.archiveEdit)

        self.headingCaseCheck = QCheckBox(GeneralTab)
        self.headingCaseCheck.setObjectName(u"headingCaseCheck")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.headingCaseCheck)

#if QT_CONFIG(shortcut)
        self.parentAgencyLabel.setBuddy(self.parentAgencyEdit)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.agencyInTextLabel.setBuddy(self.agencyInTextEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.periodLabel.setBuddy(self.quarterCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.archiveLabel.setBuddy(self.archiveEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GeneralTab)
    # setupUi

    def retranslateUi(self, GeneralTab):
        self.parentAgencyLabel.setText(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan ch\u1ee7 qu\u1ea3n", None))
        self.parentAgencyEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"UBND T\u1ec8NH QU\u1ea2NG TR\u1eca", None))
        self.agencyLabel.setText(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan ban h\u00e0nh", None))
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"S\u1ede KHOA H\u1eccC V\u00c0 C\u00d4NG NGH\u1ec6", None))
        self.agencyInTextLabel.setText(QCoreApplication.translate("GeneralTab", u"T\u00ean c\u01a1 quan trong c\u00e2u", None))
        self.agencyInTextEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"S\u1edf Khoa h\u1ecdc v\u00e0 C\u00f4ng ngh\u1ec7", None))
        self.numberLabel.setText(QCoreApplication.translate("GeneralTab", u"S\u1ed1", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"\u0111\u1ec3 tr\u1ed1ng \u0111\u1ebfn khi v\u0103n th\u01b0 c\u1ea5p s\u1ed1", None))
        self.symbolLabel.setText(QCoreApplication.translate("GeneralTab", u"K\u00fd hi\u1ec7u", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"BC-SKHCN", None))
        self.placeLabel.setText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ecba danh", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"Qu\u1ea3ng Tr\u1ecb", None))
        self.dateLabel.setText(QCoreApplication.translate("GeneralTab", u"Ng\u00e0y ban h\u00e0nh", None))
        self.periodLabel.setText(QCoreApplication.translate("GeneralTab", u"K\u1ef3 b\u00e1o c\u00e1o", None))
        self.quarterWord.setText(QCoreApplication.translate("GeneralTab", u"Qu\u00fd", None))

        self.yearWord.setText(QCoreApplication.translate("GeneralTab", u"n\u0103m", None))
        self.titleLabel.setText(QCoreApplication.translate("GeneralTab", u"Tr\u00edch y\u1ebfu", None))
        self.titleAutoCheck.setText(QCoreApplication.translate("GeneralTab", u"T\u1ef1 \u0111\u1ed9ng theo k\u1ef3 b\u00e1o c\u00e1o", None))
        self.addresseeLabel.setText(QCoreApplication.translate("GeneralTab", u"K\u00ednh g\u1eedi", None))
        self.addresseeEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu b\u00e1o c\u00e1o kh\u00f4ng g\u1eedi l\u00ean c\u1ea5p tr\u00ean", None))
#if QT_CONFIG(tooltip)
        self.addresseeEdit.setToolTip(QCoreApplication.translate("GeneralTab", u"B\u00e1o c\u00e1o g\u1eedi l\u00ean c\u1ea5p tr\u00ean ghi \u201cK\u00ednh g\u1eedi: \u2026\u201d d\u01b0\u1edbi tr\u00edch y\u1ebfu; khi \u0111\u00f3 N\u01a1i nh\u1eadn b\u1eaft \u0111\u1ea7u b\u1eb1ng \u201cNh\u01b0 tr\u00ean\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.authorityLabel.setText(QCoreApplication.translate("GeneralTab", u"Quy\u1ec1n h\u1ea1n k\u00fd", None))
        self.headTitleLabel.setText(QCoreApplication.translate("GeneralTab", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi \u0111\u1ee9ng \u0111\u1ea7u", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"GI\u00c1M \u0110\u1ed0C", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("GeneralTab", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"PH\u00d3 GI\u00c1M \u0110\u1ed0C", None))
        self.signerNameLabel.setText(QCoreApplication.translate("GeneralTab", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"Nguy\u1ec5n V\u0103n A", None))
        self.recipientsLabel.setText(QCoreApplication.translate("GeneralTab", u"N\u01a1i nh\u1eadn\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i)", None))
        self.archiveLabel.setText(QCoreApplication.translate("GeneralTab", u"L\u01b0u", None))
        self.archiveEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"VT, VP", None))
        self.headingCaseCheck.setText(QCoreApplication.translate("GeneralTab", u"Gi\u1eef ch\u1eef hoa/th\u01b0\u1eddng c\u1ee7a \u0111\u1ec1 m\u1ee5c nh\u01b0 \u0111\u00e3 g\u00f5", None))
#if QT_CONFIG(tooltip)
        self.headingCaseCheck.setToolTip(QCoreApplication.translate("GeneralTab", u"Theo m\u1eabu c\u1ee7a Ngh\u1ecb \u0111\u1ecbnh 30/2020/N\u0110-CP, \u0111\u1ec1 m\u1ee5c c\u00e1c ph\u1ea7n (I, II, III\u2026) in hoa to\u00e0n b\u1ed9. \u0110\u00e1nh d\u1ea5u \u00f4 n\u00e0y \u0111\u1ec3 in \u0111\u1ec1 m\u1ee5c \u0111\u00fang nh\u01b0 \u0111\u00e3 g\u00f5, kh\u00f4ng in hoa c\u1ea3 d\u00f2ng.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

