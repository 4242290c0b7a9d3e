"""The "Thông tin chung" tab: header, period, title, signer and recipients."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

from papi_desktop.gui.forms.ui_general_tab import Ui_GeneralTab
from papi_desktop.model import AUTHORITY_PREFIXES, Period, Report
from papi_desktop.model.report import HeadingCase
from papi_desktop.model.text import clean_line


class GeneralTab(QWidget):
    """Binds the header fields to a report. ``edited`` fires on every change the clerk makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GeneralTab()
        self.ui.setupUi(self)
        ui = self.ui
        ui.authorityCombo.addItem(self.tr("(không có — người đứng đầu ký)"), "")
        for prefix in AUTHORITY_PREFIXES[1:]:
            ui.authorityCombo.addItem(prefix, prefix)
        self._line_edits = (
            ui.parentAgencyEdit, ui.agencyEdit, ui.agencyInTextEdit, ui.numberEdit, ui.symbolEdit,
            ui.placeEdit, ui.addresseeEdit, ui.headTitleEdit, ui.signerTitleEdit, ui.signerNameEdit, ui.archiveEdit,
        )
        self._loading = False
        self._report: Report | None = None
        for edit in self._line_edits:
            edit.textEdited.connect(self._changed)
        ui.recipientsEdit.textChanged.connect(self._changed)
        ui.titleEdit.textChanged.connect(self._changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.quarterCombo.currentIndexChanged.connect(self._changed)
        ui.yearSpin.valueChanged.connect(self._changed)
        ui.authorityCombo.currentIndexChanged.connect(self._changed)
        ui.titleAutoCheck.toggled.connect(self._title_mode_changed)
        ui.headingCaseCheck.toggled.connect(self._changed)

    def bind(self, report: Report) -> None:
        """Show ``report`` in the fields (no ``edited`` signal)."""
        self._report = report
        ui, header, signature = self.ui, report.header, report.signature
        self._loading = True
        try:
            ui.parentAgencyEdit.setText(header.parent_agency)
            ui.agencyEdit.setText(header.agency)
            ui.agencyInTextEdit.setText(header.agency_in_text)
            ui.numberEdit.setText(header.number)
            ui.symbolEdit.setText(header.symbol)
            ui.placeEdit.setText(header.place)
            ui.addresseeEdit.setText(header.addressee)
            ui.dateEdit.setDate(QDate(header.date.year, header.date.month, header.date.day))
            ui.quarterCombo.setCurrentIndex(report.period.quarter - 1)
            ui.yearSpin.setValue(report.period.year)
            index = ui.authorityCombo.findData(signature.authority)
            ui.authorityCombo.setCurrentIndex(max(index, 0))
            ui.headTitleEdit.setText(signature.head_title)
            ui.signerTitleEdit.setText(signature.signer_title)
            ui.signerNameEdit.setText(signature.signer_name)
            ui.recipientsEdit.setPlainText("\n".join(report.recipients))
            ui.archiveEdit.setText(report.archive)
            automatic = report.title_override is None
            ui.titleAutoCheck.setChecked(automatic)
            ui.titleEdit.setReadOnly(automatic)
            ui.titleEdit.setPlainText(report.title)
            ui.headingCaseCheck.setChecked(report.heading_case == HeadingCase.AS_TYPED)
        finally:
            self._loading = False

    def apply_to(self, report: Report) -> None:
        """Write the fields into ``report`` (cleaned as every model input is)."""
        ui, header, signature = self.ui, report.header, report.signature
        header.parent_agency = clean_line(ui.parentAgencyEdit.text())
        header.agency = clean_line(ui.agencyEdit.text())
        header.agency_in_text = clean_line(ui.agencyInTextEdit.text())
        header.number = clean_line(ui.numberEdit.text())
        header.symbol = clean_line(ui.symbolEdit.text())
        header.place = clean_line(ui.placeEdit.text())
        header.addressee = clean_line(ui.addresseeEdit.text())
        day = ui.dateEdit.date()
        header.date = datetime.date(day.year(), day.month(), day.day())
        report.period = Period(ui.yearSpin.value(), ui.quarterCombo.currentIndex() + 1)
        signature.authority = ui.authorityCombo.currentData() or ""
        signature.head_title = clean_line(ui.headTitleEdit.text())
        signature.signer_title = clean_line(ui.signerTitleEdit.text())
        signature.signer_name = clean_line(ui.signerNameEdit.text())
        report.recipients = [clean_line(line) for line in ui.recipientsEdit.toPlainText().split("\n") if line.strip()]
        report.archive = clean_line(ui.archiveEdit.text())
        report.heading_case = HeadingCase.AS_TYPED if ui.headingCaseCheck.isChecked() else HeadingCase.UPPER
        if ui.titleAutoCheck.isChecked():
            report.title_override = None
        else:
            report.title_override = clean_line(ui.titleEdit.toPlainText()) or None

    def set_read_only(self, read_only: bool) -> None:
        for edit in self._line_edits:
            edit.setReadOnly(read_only)
        for widget in (self.ui.dateEdit, self.ui.quarterCombo, self.ui.yearSpin, self.ui.authorityCombo,
                       self.ui.titleAutoCheck, self.ui.headingCaseCheck):
            widget.setEnabled(not read_only)
        self.ui.recipientsEdit.setReadOnly(read_only)
        self.ui.titleEdit.setReadOnly(read_only or self.ui.titleAutoCheck.isChecked())

    def refresh_derived_title(self, report: Report) -> None:
        """Keep the shown title in step with the period while it is automatic."""
        if self.ui.titleAutoCheck.isChecked() and self.ui.titleEdit.toPlainText() != report.title:
            self._loading = True
            try:
                self.ui.titleEdit.setPlainText(report.title)
            finally:
                self._loading = False

    def _title_mode_changed(self, automatic: bool) -> None:
        self.ui.titleEdit.setReadOnly(automatic)
        self._changed()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
