"""The user guide inside the program, searchable, and the "Giới thiệu" (About) box.

F1 used to hand ``docs/huong-dan.md`` to the system's file launcher, and an office PC often
has nothing that opens a ``.md`` file, so help showed nothing. The guide is Markdown with its
screenshots beside it; Qt renders Markdown itself (``QTextBrowser`` with a Markdown source),
pictures included, so the guide opens in a window of the program, offline, in a checkout and
in the frozen Windows build alike (the spec bundles ``docs/huong-dan.md`` and
``docs/screenshots`` beside ``resources/``).

The find box matches without regard to case or Vietnamese accents ("huong dan" finds "Hướng
dẫn": clerks often type without Unikey switched on), highlights every match and steps through
them with Enter / Shift+Enter, F3 / Shift+F3.

The main window calls :func:`show_help` (F1, Trợ giúp → Hướng dẫn) and :func:`show_about`.
"""

from __future__ import annotations

import importlib.metadata
import logging
from pathlib import Path
import re
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QColor, QDesktopServices, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument,
    QTextFormat, QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QTextEdit,
    QVBoxLayout, QWidget,
)

from papi_desktop import __version__
from papi_desktop.model.text import fold
from papi_desktop.resources import resources_dir

log = logging.getLogger(__name__)

GUIDE_NAME = "huong-dan.md"
_MATCH_COLOUR = QColor("#fff176")
_CURRENT_COLOUR = QColor("#ffb74d")


def docs_dir() -> Path:
    """``docs/`` of a checkout, or the copy the frozen build keeps beside ``resources/``."""
    return resources_dir().parent / "docs"


def guide_path() -> Path:
    return docs_dir() / GUIDE_NAME


def slug(text: str) -> str:
    """A heading's anchor, as GitHub makes it from the heading ("6. Mang dữ liệu…" → "6-mang-du-lieu…")."""
    words = re.sub(r"[^\w\- ]", "", fold(text).replace("\u0000", "")).strip()
    return re.sub(r"\s+", "-", words)


class HelpWindow(QWidget):
    """The guide, with a find bar above it; one per main window, reused by each F1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(QCoreApplication.translate("HelpWindow", "Hướng dẫn sử dụng papi-desktop"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(QCoreApplication.translate("HelpWindow", "Tìm trong hướng dẫn (gõ có dấu hoặc không dấu)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._search)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.installEventFilter(self)
        self.previous_button = QPushButton(QCoreApplication.translate("HelpWindow", "◀ Trước"), self)
        self.previous_button.setObjectName("findPrevious")
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(QCoreApplication.translate("HelpWindow", "Tiếp ▶"), self)
        self.next_button.setObjectName("findNext")
        self.next_button.clicked.connect(self.find_next)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        bar = QHBoxLayout()
        find_label = QLabel(QCoreApplication.translate("HelpWindow", "&Tìm:"), self)
        find_label.setBuddy(self.find_edit)
        bar.addWidget(find_label)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, activated=self.find_previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._folded = ""
        self._fitted = False
        self._load()
        self._fit_size()

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        guide = guide_path()
        if not guide.is_file():
            log.warning("user guide missing: %s", guide)
            self.browser.setMarkdown(QCoreApplication.translate("HelpWindow", 
                "# Không tìm thấy hướng dẫn\n\nTệp hướng dẫn (%1) không có trong bản cài đặt này. "
                "Hãy cài lại papi-desktop.").replace("%1", str(guide)))
            return
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource)
        self._folded = fold(self.browser.document().toRawText())
        self._fit_images(force=True)  # pictures sized now, so scrolling to a match lands on it

    def _fit_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 980, 720
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _fit_images(self, force: bool = False) -> None:
        """Shrink the screenshots to the window's width as first shown (they are taken at 1366 px).

        Each picture gets an explicit size, so the layout does not jump when Qt loads it
        later (it would move the text under a match just scrolled to).
        """
        available = self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin()) - 8
        if available <= 50:
            if not force:
                return
            available = 900
        document = self.browser.document()
        changes: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    natural = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    natural_width = natural.width() if natural is not None and hasattr(natural, "width") else 0
                    wanted = min(natural_width, available)
                    if natural_width and abs(image_format.width() - wanted) > 1:
                        sized = QTextImageFormat(image_format)
                        sized.setWidth(wanted)
                        sized.setHeight(natural.height() * wanted / natural_width)
                        changes.append((fragment.position(), fragment.length(), sized))
                iterator += 1
            block = block.next()
        if not changes:
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one change for the layout, not one per picture
        for position, length, sized in changes:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(sized)
        cursor.endEditBlock()

    def showEvent(self, event) -> None:
        # Fitted once, as the window first appears: changing the pictures' size in a document
        # already shown leaves Qt's layout of the blocks after them unfinished (blank text).
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_images()
        self._keep_match_in_view()

    def _keep_match_in_view(self) -> None:
        if 0 <= self.current < len(self.matches):
            self._lay_out_all()
            self.browser.ensureCursorVisible()

    def _lay_out_all(self) -> None:
        """Finish laying out the whole guide now: Qt lays a long document out lazily, and before it
        is done the blocks further down have no position, so scrolling to them lands elsewhere.
        (``pageCount()`` is the public call that makes Qt's layout finish.)"""
        self.browser.document().pageCount()

    # -- sections and links -------------------------------------------------------------------
    def headings(self) -> list[str]:
        document = self.browser.document()
        found, block = [], document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block.text())
            block = block.next()
        return found

    def go_to_section(self, anchor: str) -> bool:
        """Scroll to the heading whose anchor (or number, or words) is ``anchor``; False if none."""
        wanted = slug(anchor.lstrip("#"))
        self._lay_out_all()
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                heading = slug(block.text())
                if heading == wanted or heading.startswith(wanted + "-") or (wanted and wanted in heading):
                    cursor = QTextCursor(block)
                    self.browser.setTextCursor(cursor)
                    scrollbar = self.browser.verticalScrollBar()
                    scrollbar.setValue(int(document.documentLayout().blockBoundingRect(block).top()))
                    return True
            block = block.next()
        return False

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and (not url.path() or url.path().endswith(GUIDE_NAME)):
            self.go_to_section(url.fragment())
        elif url.isLocalFile() and Path(url.toLocalFile()).is_file():
            QDesktopServices.openUrl(url)

    # -- finding -------------------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.find_edit and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() == Qt.Key.Key_Escape and self.find_edit.text():
            event.accept()  # Esc with text in the box clears it (below) instead of closing the window
            return True
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
                return True
            if event.key() == Qt.Key.Key_Escape and self.find_edit.text():
                self.find_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        """Find every match of ``text`` (accents and case ignored) and highlight them all."""
        needle = fold(text.strip())
        self.matches = []
        if needle:
            start = self._folded.find(needle)
            while start >= 0:
                self.matches.append((start, start + len(needle)))
                start = self._folded.find(needle, start + 1)
        self.current = -1
        if self.matches:
            here = self.browser.textCursor().selectionStart() if text else 0
            after = [i for i, (start, _end) in enumerate(self.matches) if start >= here]
            self._show_match(after[0] if after else 0)
        else:
            self._paint()
        self.count_label.setText(self._count_text(text))

    def _count_text(self, text: str) -> str:
        if not text.strip():
            return ""
        if not self.matches:
            return QCoreApplication.translate("HelpWindow", "Không thấy")
        return QCoreApplication.translate("HelpWindow", "%1/%2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.matches)))

    def find_next(self) -> None:
        if self.matches:
            self._show_match((self.current + 1) % len(self.matches))
            self.count_label.setText(self._count_text(self.find_edit.text()))

    def find_previous(self) -> None:
        if self.matches:
            self._show_match((self.current - 1) % len(self.matches))
            self.count_label.setText(self._count_text(self.find_edit.text()))

    def _show_match(self, index: int) -> None:
        self.current = index
        start, end = self.matches[index]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self._lay_out_all()
        self.browser.ensureCursorVisible()
        self._paint()

    def _paint(self) -> None:
        selections = []
        for index, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(_CURRENT_COLOUR if index == self.current else _MATCH_COLOUR)
            char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection.format = char_format
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    def selected_text(self) -> str:
        return self.browser.textCursor().selectedText()


def show_help(parent: QWidget | None = None, anchor: str | None = None) -> HelpWindow:
    """Open (or bring forward) the guide window of ``parent``, at section ``anchor`` if given."""
    window = parent.findChild(HelpWindow, "helpWindow") if parent is not None else None
    if window is None:
        window = HelpWindow(parent)
        if parent is None:
            _orphans.append(window)
    if anchor:
        window.go_to_section(anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


_orphans: list[HelpWindow] = []  # a guide opened without a main window, kept alive here


# -- About --------------------------------------------------------------------------------------
# (name shown, distribution name for its version or None, licence, what it is used for)
COMPONENTS: tuple[tuple[str, str | None, str, str], ...] = (
    ("Qt 6", None, "GNU LGPL v3", "giao diện, xem trước, in, PDF"),
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "GNU LGPL v3", "Qt cho Python"),
    ("python-docx", "python-docx", "MIT", "xuất tệp Word .docx"),
    ("lxml", "lxml", "BSD 3 điều khoản", "dùng bởi python-docx"),
    ("sqlite-utils", "sqlite-utils", "Apache 2.0", "tệp dữ liệu .papi"),
    ("SQLite", None, "phạm vi công cộng (public domain)", "tệp dữ liệu .papi"),
    ("Babel", "babel", "BSD 3 điều khoản", "ngày tháng, số kiểu Việt Nam"),
    ("platformdirs", "platformdirs", "MIT", "thư mục dữ liệu của người dùng"),
    ("Python", None, "Python Software Foundation License", "ngôn ngữ lập trình"),
    ("Phông Liberation Serif", None, "SIL Open Font License 1.1", "phông chữ in báo cáo"),
)


def program_version() -> str:
    """The installed package's version (its metadata); the package's own constant when frozen."""
    try:
        return importlib.metadata.version("papi-desktop")
    except importlib.metadata.PackageNotFoundError:
        return __version__


def _component_version(name: str, distribution: str | None) -> str:
    if name == "Qt 6":
        return qVersion()
    if name == "Python":
        return ".".join(str(part) for part in sys.version_info[:3])
    if name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if distribution is None:
        return ""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return pyside_version if distribution.startswith("PySide6") else ""


def about_html() -> str:
    rows = "".join(
        f"<tr><td><b>{name}</b></td><td>{_component_version(name, distribution)}</td><td>{licence}</td>"
        f"<td>{use}</td></tr>"
        for name, distribution, licence, use in COMPONENTS
    )
    headers = (
        QCoreApplication.translate("HelpWindow", "Thành phần"), QCoreApplication.translate("HelpWindow", "Phiên bản"),
        QCoreApplication.translate("HelpWindow", "Giấy phép"), QCoreApplication.translate("HelpWindow", "Dùng để"),
    )
    fonts_licence = QUrl.fromLocalFile(str(resources_dir() / "fonts" / "LICENSE-OFL.txt")).toString()
    return (
        f"<h2>papi-desktop {program_version()}</h2>"
        + QCoreApplication.translate("HelpWindow", "<p>Soạn, lưu và in báo cáo quý về duy trì và củng cố Chỉ số PAPI theo Nghị định "
                     "30/2020/NĐ-CP. Chạy không cần mạng.</p><p>Giấy phép của papi-desktop: MIT.</p>"
                     "<h3>Thành phần dùng trong chương trình</h3>")
        + f"<table cellpadding='3'><tr><th align='left'>{headers[0]}</th><th align='left'>{headers[1]}</th>"
          f"<th align='left'>{headers[2]}</th><th align='left'>{headers[3]}</th></tr>{rows}</table>"
        + QCoreApplication.translate("HelpWindow", "<p>Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3: mã nguồn có tại "
                     "<a href='https://download.qt.io/'>download.qt.io</a>; bạn có quyền thay các thư viện Qt "
                     "đi kèm bằng bản khác. <a href='%1'>Giấy phép phông chữ</a>.</p>").replace("%1", fonts_licence)
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpWindow", "Giới thiệu papi-desktop"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 520)


def show_about(parent: QWidget | None = None) -> int:
    """The "Giới thiệu" box: version, what the program is, the components and their licences."""
    return AboutDialog(parent).exec()
