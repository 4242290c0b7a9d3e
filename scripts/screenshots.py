"""Make the screenshots in docs/screenshots from the real window.

Run under a virtual screen so the window is drawn as on a clerk's desktop:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
The window takes the size of a first start on that screen (an office laptop's 1366×768).
It works on a throw-away database and settings in a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def _menu_shot(app, window, menu, name: str, settle) -> None:
    """An open menu, drawn on its own (a popup is not part of the window's picture)."""
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    settle()
    menu.grab().save(str(OUT / name))
    menu.hide()
    settle()


def _accept_review(shot: Path | None, settle):
    """The new quarter's review list, answered "Sửa tất cả" (and pictured first when ``shot``)."""
    def review(dialog) -> int:
        if shot is not None:
            dialog.resize(900, 520)
            dialog.show()
            settle()
            dialog.grab().save(str(shot))
        dialog.accept_all_button.click()
        return dialog.result()
    return review


def _with_menu(window, menu, where, name: str, settle) -> None:
    """The window with an open context menu drawn where it pops up (a popup is its own window)."""
    from PySide6.QtGui import QPainter

    picture = window.grab()
    menu.popup(where)
    settle()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    picture.save(str(OUT / name))
    menu.hide()
    settle()


def _printed_page(report, scratch: Path, name: str) -> None:
    """Page 1 of the report as the app prints it (its PDF), as a picture."""
    from papi_desktop import export

    pdf = export.export(report, scratch / "trang-in.pdf")
    stem = scratch / "trang-in"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True)
    (stem.with_suffix(".png")).replace(OUT / name)


def guide_shots(app, scratch: Path, settle) -> None:
    """The pictures of docs/huong-dan.md (the user guide), named guide-*.png, from a fresh start."""
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    from papi_desktop.compose import compose
    from papi_desktop.gui.language import install_language_menu
    from papi_desktop.render.qt import print_document

    database = scratch / "guide" / "bao-cao-papi.papi"
    database.parent.mkdir()
    DraftStore.create(database, sample=True).close()
    window = MainWindow(DraftStore.open(database), QSettings(str(scratch / "guide.ini"), QSettings.Format.IniFormat))
    install_language_menu(window)
    window.show()
    # first start: the sample report, on the general information tab
    window.ui.editorTabs.setCurrentIndex(0)
    settle()
    window.grab().save(str(OUT / "guide-first-start.png"))
    # a new quarter made from the latest report: the review list, then the draft with its
    # carried-over paragraphs marked
    from papi_desktop.gui.requarter_dialog import RequarterDialog

    RequarterDialog.exec = _accept_review(OUT / "guide-requarter-review.png", settle)
    window.new_quarter()
    window.ui.editorTabs.setCurrentIndex(1)
    window.refresh_preview()
    settle()
    window.grab().save(str(OUT / "guide-new-quarter.png"))
    # find and replace across the report
    bar = window.revision.find_bar
    bar.show_replace()
    bar.find_edit.setText("KH&CN")
    bar.replace_edit.setText("khoa học và công nghệ")
    bar.find_next()
    settle()
    window.grab().save(str(OUT / "guide-find-replace.png"))
    bar.close_bar()
    # compare with last quarter: a paragraph taken out and a word changed
    from papi_desktop.gui.compare_dialog import CompareDialog

    part = window.section_tabs["participation"]
    window.ui.editorTabs.setCurrentWidget(part)
    lines = part.text().split("\n")
    part.editor.setPlainText("\n".join([lines[0].replace("Sở", "Sở Khoa học và Công nghệ", 1), *lines[2:]]))
    part.editor.setFocus()

    def show_compare(dialog) -> int:
        dialog.resize(900, 520)
        dialog.show()
        settle()
        dialog.grab().save(str(OUT / "guide-compare.png"))
        return 0

    CompareDialog.exec = show_compare
    window.ui.actionCompare.trigger()
    part.editor.setPlainText("\n".join(lines))
    # the list's search: where in each report the words are
    window.ui.searchEdit.setText("dostquangtri")
    settle()
    window.ui.reportPanel.grab().save(str(OUT / "guide-list-search.png"))
    window.ui.searchEdit.clear()
    settle()
    # writing a dimension
    tab = window.section_tabs["transparency"]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    cursor = tab.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.insertText("Trong quý, Sở đã công khai 12 thủ tục hành chính mới trên Cổng thông tin điện tử.\n")
    tab.editor.setTextCursor(cursor)
    window.refresh_preview()
    settle()
    window.grab().save(str(OUT / "guide-dimension.png"))
    # a typing slip underlined, its fixes in the right-click menu
    cursor.insertText("Sở đã truwowngf khai 5 thủ tục mới.\n")
    tab.editor.setTextCursor(cursor)
    settle()
    slip = tab.editor.toPlainText().index("truwowngf") + 2
    place = tab.editor.textCursor()
    place.setPosition(slip)
    rect = tab.editor.cursorRect(place)
    position = rect.center()
    below = rect.bottomLeft() + QPoint(24, 6)  # the menu opens beside the word, its underline still in sight
    _with_menu(window, tab.context_menu(position), tab.editor.viewport().mapToGlobal(below), "guide-spelling.png", settle)
    tab.editor.undo()
    # the printed page: part headings in capitals, as the decree's form has them
    window.ui.editorTabs.setCurrentIndex(0)
    window.general_tab.ui.headingCaseCheck.setChecked(False)
    settle()
    _printed_page(window.report, scratch, "guide-printed-page.png")
    # the menus: file (export, copy), report (new quarter), help (language)
    _menu_shot(app, window, window.ui.menuFile, "guide-menu-file.png", settle)
    window.ui.menuHelp.popup(window.mapToGlobal(window.rect().topLeft()))
    settle()
    window.ui.menuLanguage.popup(window.ui.menuHelp.geometry().topRight())
    settle()
    window.ui.menuLanguage.grab().save(str(OUT / "guide-menu-language.png"))
    window.ui.menuLanguage.hide()
    window.ui.menuHelp.hide()
    # print preview
    composed = compose(window.report)
    printer = window.make_printer()  # must outlive the dialog
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(window.tr("Xem trước khi in"))
    dialog.paintRequested.connect(lambda target: print_document(composed, target))
    dialog.resize(1100, 700)
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "guide-print-preview.png"))
    dialog.close()
    settle()
    del dialog, printer
    window.close()


def table_shots(app, scratch: Path, settle) -> None:
    """guide-table-editor.png (a table typed in a dimension, the preview beside it) and
    guide-table-page.png (its printed page, with the score chart)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QImage, QPainter, QTextCursor

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.model.tables import BarChart
    from papi_desktop.render.qt import build_text_document, page_of_position, render_page_image
    from papi_desktop.compose import compose
    from papi_desktop.store import DraftStore

    database = scratch / "tables" / "bao-cao-papi.papi"
    database.parent.mkdir()
    DraftStore.create(database, sample=True).close()
    window = MainWindow(DraftStore.open(database), QSettings(str(scratch / "tables.ini"), QSettings.Format.IniFormat))
    window.show()
    window.new_quarter()
    tab = window.section_tabs["transparency"]
    window.ui.editorTabs.setCurrentWidget(tab)
    editor = tab.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    cells = [("Lĩnh vực", "Số hồ sơ", "Đúng hạn"), ("Đất đai", "1.234", "98,5%"),
             ("Xây dựng", "312", "100%"), ("Khoa học và công nghệ", "45", "97,8%")]
    editor.insert_table(len(cells), 3)
    for row in cells:
        for text in row:
            editor.textCursor().insertText(text)
            editor.next_cell()
    editor.undo()  # the row Tab added after the last cell
    table = editor.current_table()
    editor.setTextCursor(table.cellAt(1, 1).firstCursorPosition())
    editor.set_column_widths([0.5, 0.25, 0.25])
    editor.set_caption("Kết quả giải quyết thủ tục hành chính trong quý")
    chart = BarChart(("Tham gia", "Công khai", "Trách nhiệm", "Tham nhũng", "Thủ tục", "Dịch vụ", "Môi trường", "Điện tử"),
                     ("2023", "2024"), ((5.1, 5.3), (5.6, 5.5), (4.9, 5.2), (6.8, 6.9), (7.3, 7.4), (7.6, 7.5),
                                         (3.4, 3.6), (3.9, 4.3)), "Điểm các nội dung PAPI của tỉnh")
    end = editor.textCursor()
    end.setPosition(table.lastPosition() + 1)
    end.insertText("Kết quả chấm điểm các nội dung như sau:")
    end.insertBlock()
    editor.setPlainText(editor.toPlainText().replace(
        "Kết quả chấm điểm các nội dung như sau:", "Kết quả chấm điểm các nội dung như sau:\n" + chart.to_line()))
    editor.setTextCursor(editor.document().rootFrame().childFrames()[0].cellAt(1, 1).firstCursorPosition())
    window.refresh_preview()
    window.preview.scroll_to_anchor("transparency")
    settle()
    window.grab().save(str(OUT / "guide-table-editor.png"))
    # the table's page and the chart's, side by side
    text = build_text_document(compose(window.report))
    pages = [page_of_position(text, text.data_tables[0].table.firstPosition()),
             page_of_position(text, text.figures[0].position)]
    images = [render_page_image(text, page, dpi=80) for page in dict.fromkeys(pages)]
    sheet = QImage(sum(i.width() for i in images) + 20 * (len(images) + 1), images[0].height() + 40,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    x = 20
    for image in images:
        painter.drawImage(x, 20, image)
        x += image.width() + 20
    painter.end()
    sheet.save(str(OUT / "guide-table-page.png"))
    window.close()


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="papi-shots-"))
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    from PySide6.QtCore import QSettings

    from papi_desktop.gui.app import create_application
    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    if "--only-tables" in sys.argv:  # just the two pictures of tables in the guide
        table_shots(app, scratch, lambda: [app.processEvents() for _ in range(5)])
        return 0
    from papi_desktop.gui.language import install_translator
    from papi_desktop.gui.requarter_dialog import RequarterDialog

    install_translator("vi")  # Qt's own words (the editor's right-click menu…) in Vietnamese, as the program starts

    RequarterDialog.exec = _accept_review(None, lambda: None)
    database = scratch / "Báo cáo PAPI.papi"
    DraftStore.create(database, sample=True).close()
    window = MainWindow(DraftStore.open(database), QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.grab().save(str(OUT / "sample-final.png"))
    window.new_quarter()
    window.ui.editorTabs.setCurrentWidget(window.section_tabs["transparency"])
    window.refresh_preview()
    settle()
    window.grab().save(str(OUT / "main-window.png"))
    window.ui.editorTabs.setCurrentIndex(0)
    window.preview.scroll_to_anchor("header")
    settle()
    window.grab().save(str(OUT / "general-tab.png"))
    window.close()
    guide_shots(app, scratch, settle)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
