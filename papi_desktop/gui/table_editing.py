"""Tables in the section editor: insert, type, move between cells, add and remove rows and
columns, mark header rows, set widths and the caption, paste from Word/Excel/LibreOffice.

A mixin for :class:`~papi_desktop.gui.section_editor.SectionEditor` (a QTextEdit): every
action is one edit block, so one Ctrl+Z takes it back. The actions are plain methods the main
window can put in its menus, and :meth:`TableEditing.table_actions` gives them as QActions for
the editor's context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QAction, QTextBlock, QTextCursor, QTextTable
from PySide6.QtWidgets import QInputDialog, QWidget

from papi_desktop.gui.table_document import (
    CAPTION, chart_format, insert_table, mark_header_rows, part_lines, set_shares, shares_of,
)
from papi_desktop.model.tables import MAX_COLUMNS, MAX_ROWS, TABLE_MARK, Table, parse_chart, parse_table
from papi_desktop.model.text import clean_text


class TableEditing:
    """Table actions of a QTextEdit whose document holds the part's tables as QTextTables."""

    # -- where the cursor is ---------------------------------------------------------------
    def current_table(self) -> QTextTable | None:
        return self.textCursor().currentTable()

    def _cell(self) -> tuple[QTextTable, int, int] | None:
        cursor = self.textCursor()
        table = cursor.currentTable()
        if table is None:
            return None
        cell = table.cellAt(cursor)
        return table, cell.row(), cell.column()

    def _editable_cell(self) -> tuple[QTextTable, int, int] | None:
        """The cell the cursor is in, when the table may be changed (None: not in a table, or read only)."""
        return None if self.isReadOnly() else self._cell()

    def _go_to(self, table: QTextTable, row: int, column: int, select: bool = False) -> None:
        cell = table.cellAt(row, column)
        cursor = cell.firstCursorPosition()
        if select:
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- inserting -------------------------------------------------------------------------
    def insert_table(self, rows: int = 3, columns: int = 3, table: Table | None = None) -> QTextTable | None:
        """A new table (``rows`` × ``columns``, first row a header) or ``table`` at the cursor,
        after the cursor's paragraph when that has text; the cursor goes to its first cell."""
        if self.isReadOnly() or self.current_table() is not None:
            return None
        if table is None:
            rows = max(1, min(rows, MAX_ROWS))
            columns = max(1, min(columns, MAX_COLUMNS))
            table = Table(tuple(("",) * columns for _ in range(rows)), 1 if rows > 1 else 0)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            cursor.clearSelection()
            if cursor.block().text():
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock()
            qt_table = insert_table(cursor, table)
        finally:
            cursor.endEditBlock()
        self._typing_end = None
        self._go_to(qt_table, 0, 0)
        return qt_table

    def insert_part_line(self, line: str) -> None:
        """Insert one line of a part's text (a table line, a chart line or a paragraph) as its
        own paragraph after the cursor's, one undo step: how the score table and chart made by
        the scores dialog (its ``insertLine`` signal) go into the editor."""
        if self.isReadOnly():
            return
        table = self.current_table()
        if table is not None:  # never inside a cell: after the table
            cursor = QTextCursor(self.document())
            cursor.setPosition(table.lastPosition() + 1)
            self.setTextCursor(cursor)
        parsed = parse_table(line) if line.startswith(TABLE_MARK) else None
        if parsed is not None:
            self.insert_table(table=parsed)
            return
        chart = parse_chart(line) if line.startswith(TABLE_MARK) else None
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            cursor.clearSelection()
            if cursor.block().text():
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock()
            if chart is not None:
                cursor.insertImage(chart_format(self.document(), line, chart))
            else:
                cursor.insertText(" ".join(clean_text(line).split()))
        finally:
            cursor.endEditBlock()
        self._typing_end = None
        self.setTextCursor(cursor)

    def replace_part_line(self, number: int, line: str) -> bool:
        """Line ``number`` of the part's text becomes ``line``, one undo step: how a bound
        score table or chart is filled again when the kept scores change. A table of the same
        shape gets its cells' new text in place; anything else is taken out and put back."""
        lines = part_lines(self.document())
        if self.isReadOnly() or not 0 <= number < len(lines) or lines[number][1] == line:
            return False
        kind, _old, position = lines[number]
        new_table = parse_table(line) if line.startswith(TABLE_MARK) else None
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            if kind == "table":
                cursor.setPosition(position)
                table = cursor.currentTable()
                if new_table is not None and (table.rows(), table.columns()) == (len(new_table.rows), new_table.columns):
                    for row, cells in enumerate(new_table.rows):
                        for column, text in enumerate(cells):
                            cell = table.cellAt(row, column)
                            edit = cell.firstCursorPosition()
                            edit.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
                            if edit.selectedText() != text:
                                edit.insertText(text)
                    return True
                cursor.setPosition(table.firstPosition() - 1)
                cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            else:
                block = self.document().findBlock(position)
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
            self.insert_part_line(line)
        finally:
            cursor.endEditBlock()
        return True

    def block_of_line(self, number: int) -> QTextBlock | None:
        """The paragraph (a table: its first cell's) where line ``number`` of the part's text
        is shown, or None past the end: part-text line numbers are not block numbers once a
        table (many blocks, one line) stands above."""
        lines = part_lines(self.document())
        if not 0 <= number < len(lines):
            return None
        return self.document().findBlock(lines[number][2])

    def insert_part_line_at(self, number: int, line: str) -> None:
        """Insert ``line`` so that it becomes line ``number`` of the part's text (at the end
        when past the last), one undo step: a paragraph taken back from an earlier version."""
        if self.isReadOnly():
            return
        lines = part_lines(self.document())
        cursor = QTextCursor(self.document())
        if number >= len(lines):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
            self.insert_part_line(line)
            return
        kind, _, position = lines[max(0, number)]
        if kind == "table" and position > 1:
            # at the end of the paragraph just above the table (Qt always keeps one there)
            cursor.setPosition(position - 1)
            self.setTextCursor(cursor)
            self.insert_part_line(line)
            return
        if kind == "table":
            position = 0
        cursor.beginEditBlock()  # an empty paragraph before the line's, then filled: one step
        cursor.setPosition(position)
        cursor.insertBlock()
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.insert_part_line(line)
        cursor.endEditBlock()

    def ask_insert_table(self) -> QTextTable | None:
        """Ask for the rows and columns, then insert the table."""
        from papi_desktop.gui.table_dialogs import ask_table_size

        size = ask_table_size(self)
        return self.insert_table(*size) if size else None

    # -- rows and columns ------------------------------------------------------------------
    def _edit(self, change) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            change()
        finally:
            cursor.endEditBlock()
        self._typing_end = None

    def add_row(self, below: bool = True) -> None:
        found = self._editable_cell()
        if found is None:
            return
        table, row, column = found
        at = row + 1 if below else row
        self._edit(lambda: (table.insertRows(at, 1), mark_header_rows(table)))
        self._go_to(table, at, column if below else column)

    def remove_row(self) -> None:
        found = self._editable_cell()
        if found is None:
            return
        table, row, column = found
        if table.rows() == 1:
            self.remove_table()
            return

        def change() -> None:
            fmt = table.format()
            if row < fmt.headerRowCount():
                fmt.setHeaderRowCount(fmt.headerRowCount() - 1)
                table.setFormat(fmt)
            table.removeRows(row, 1)
        self._edit(change)
        self._go_to(table, min(row, table.rows() - 1), column)

    def add_column(self, after: bool = True) -> None:
        found = self._editable_cell()
        if found is None or found[0].columns() >= MAX_COLUMNS:
            return
        table, row, column = found
        at = column + 1 if after else column

        def change() -> None:
            shares = list(shares_of(table))
            shares.insert(at, sum(shares) / len(shares))
            table.insertColumns(at, 1)
            fmt = table.format()
            set_shares(fmt, shares)
            table.setFormat(fmt)
            mark_header_rows(table)
        self._edit(change)
        self._go_to(table, row, at)

    def remove_column(self) -> None:
        found = self._editable_cell()
        if found is None:
            return
        table, row, column = found
        if table.columns() == 1:
            self.remove_table()
            return

        def change() -> None:
            shares = list(shares_of(table))
            del shares[column]
            table.removeColumns(column, 1)
            fmt = table.format()
            set_shares(fmt, shares)
            table.setFormat(fmt)
        self._edit(change)
        self._go_to(table, row, min(column, table.columns() - 1))

    def remove_table(self) -> None:
        table = self.current_table()
        if table is None or self.isReadOnly():
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(table.firstPosition() - 1)
        cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        self._edit(cursor.removeSelectedText)
        self.setTextCursor(cursor)

    def toggle_header_row(self) -> None:
        """The rows down to the cursor's become the header rows (repeated on every printed
        page); on the last header row, that row stops being one."""
        found = self._editable_cell()
        if found is None:
            return
        table, row, _ = found
        fmt = table.format()
        count = row if fmt.headerRowCount() == row + 1 else row + 1
        count = min(count, table.rows() - 1) if table.rows() > 1 else 0

        def change() -> None:
            fmt.setHeaderRowCount(count)
            table.setFormat(fmt)
            mark_header_rows(table)
        self._edit(change)

    def set_column_widths(self, shares: list[float] | tuple[float, ...]) -> None:
        table = self.current_table()
        if table is None or self.isReadOnly() or len(shares) != table.columns() or not all(s > 0 for s in shares):
            return
        fmt = table.format()
        set_shares(fmt, shares)
        self._edit(lambda: table.setFormat(fmt))

    def ask_column_widths(self) -> None:
        table = self.current_table()
        if table is None:
            return
        from papi_desktop.gui.table_dialogs import ask_widths

        shares = ask_widths(self, shares_of(table))
        if shares:
            self.set_column_widths(shares)

    def set_caption(self, caption: str) -> None:
        table = self.current_table()
        if table is None or self.isReadOnly():
            return
        fmt = table.format()
        fmt.setProperty(CAPTION, " ".join(clean_text(caption).split()))
        self._edit(lambda: table.setFormat(fmt))

    def ask_caption(self) -> None:
        table = self.current_table()
        if table is None:
            return
        text, ok = QInputDialog.getText(
            self, QCoreApplication.translate("TableEditing", "Tên bảng"), QCoreApplication.translate("TableEditing", "Tên bảng (in phía trên bảng, tự đánh số “Bảng 1.”):"),
            text=table.format().stringProperty(CAPTION))
        if ok:
            self.set_caption(text)

    def table_caption(self) -> str:
        table = self.current_table()
        return table.format().stringProperty(CAPTION) if table is not None else ""

    # -- moving between cells --------------------------------------------------------------
    def next_cell(self, backwards: bool = False) -> bool:
        """Tab / Shift+Tab in a table: to the next or previous cell, its text selected; Tab
        in the last cell adds a row. False when the cursor is not in a table."""
        found = self._cell()
        if found is None:
            return False
        table, row, column = found
        index = row * table.columns() + column + (-1 if backwards else 1)
        if index < 0:
            return True
        if index >= table.rows() * table.columns():
            if self.isReadOnly():
                return True
            self._edit(lambda: table.appendRows(1))
            self._go_to(table, table.rows() - 1, 0)
            return True
        self._go_to(table, index // table.columns(), index % table.columns(), select=True)
        return True

    # -- paste -----------------------------------------------------------------------------
    def paste_table(self, source: QMimeData) -> bool:
        """Paste a table copied from Word, Excel or LibreOffice as a table; True when done."""
        if self.current_table() is not None:
            return False
        from papi_desktop.gui.table_clipboard import table_from_clipboard  # html.parser: on paste only

        table = table_from_clipboard(source.html() if source.hasHtml() else None,
                                     source.text() if source.hasText() else None)
        if table is None:
            return False
        return self.insert_table(table=table) is not None

    # -- menu ------------------------------------------------------------------------------
    def table_actions(self, parent: QWidget | None = None) -> list[QAction]:
        """The table entries of a context menu at the cursor: "Chèn bảng…" outside a table,
        the row/column/header/width/caption actions inside one."""
        parent = parent or self
        entries: list[tuple[str, object]]
        if self.current_table() is None:
            entries = [(QCoreApplication.translate("TableEditing", "Chèn bảng…"), self.ask_insert_table)]
        else:
            entries = [
                (QCoreApplication.translate("TableEditing", "Thêm dòng phía dưới"), lambda: self.add_row(True)),
                (QCoreApplication.translate("TableEditing", "Thêm dòng phía trên"), lambda: self.add_row(False)),
                (QCoreApplication.translate("TableEditing", "Xóa dòng"), self.remove_row),
                (QCoreApplication.translate("TableEditing", "Thêm cột bên phải"), lambda: self.add_column(True)),
                (QCoreApplication.translate("TableEditing", "Thêm cột bên trái"), lambda: self.add_column(False)),
                (QCoreApplication.translate("TableEditing", "Xóa cột"), self.remove_column),
                (QCoreApplication.translate("TableEditing", "Dòng tiêu đề (lặp lại mỗi trang)"), self.toggle_header_row),
                (QCoreApplication.translate("TableEditing", "Độ rộng các cột…"), self.ask_column_widths),
                (QCoreApplication.translate("TableEditing", "Tên bảng…"), self.ask_caption),
                (QCoreApplication.translate("TableEditing", "Xóa bảng"), self.remove_table),
            ]
        actions = []
        for text, slot in entries:
            action = QAction(text, parent)
            action.setEnabled(not self.isReadOnly())
            action.triggered.connect(lambda _=False, run=slot: run())
            actions.append(action)
        return actions
