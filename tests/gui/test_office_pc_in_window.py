"""The #13 pieces through the real main window: the date field as clerks type dates, help and
About inside the program, typed settings (recent files, text size) read back by a new window."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from papi_desktop.gui import settings as config
from papi_desktop.gui.date_edit import DateEdit
from papi_desktop.gui.help_window import HelpWindow

from .conftest import type_text


def test_the_general_tab_takes_a_date_typed_in_one_go(make_window):
    window = make_window()
    window.new_quarter()
    field = window.general_tab.ui.dateEdit
    assert isinstance(field, DateEdit)
    window.ui.editorTabs.setCurrentIndex(0)
    field.line.setFocus()
    field.line.selectAll()
    type_text(field.line, "15072022")
    field.line.editingFinished.emit()  # Tab / a click elsewhere
    assert window.report.header.date == datetime.date(2022, 7, 15)
    field.line.selectAll()
    type_text(field.line, "31/02/2022")
    field.line.editingFinished.emit()
    assert window.report.header.date == datetime.date(2022, 7, 15)  # refused, not changed
    assert field.message.isVisibleTo(field) and field.message.text()


def test_f1_opens_the_guide_inside_the_program_and_about_names_the_version(make_window):
    window = make_window()
    assert window.ui.actionHelp.shortcut().toString() == "F1"
    window.ui.actionHelp.trigger()
    guide = window.findChild(HelpWindow, "helpWindow")
    assert guide is not None and guide.isVisible()
    seen = []

    def close_about() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_about)
            return
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_about)
    window.ui.actionAbout.trigger()
    assert seen == ["aboutDialog"]


def test_one_recent_file_comes_back_as_one_entry_and_the_text_size_is_kept(make_window, settings_path, database):
    other = database.with_name("khác.papi")
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue(config.RECENT_FILES.key, str(other))  # as an INI file holds a one-entry list
    store.sync()
    window = make_window()
    entries = [action.text() for action in window.ui.menuRecent.actions()]
    assert entries == [str(database), str(other)]
    window.editor.zoom_text(1)
    size = window.editor.point_size()
    window.close()
    again = make_window()
    assert again.editor.point_size() == size
    assert config.EDITOR_POINT_SIZE.read(QSettings(str(settings_path), QSettings.Format.IniFormat)) == size
