"""Errors a clerk can act on, and the one set of words the store uses to explain them.

A :class:`UserError` carries a message for the person (Vietnamese, the source language) and
an English ``detail`` for the log. The store's messages are written once, here, as templates
marked with :func:`QT_TRANSLATE_NOOP` in the context ``"errors"``: ``pyside6-lupdate`` collects
them into the window's translation files, and the window shows an error as
``error.translated(QCoreApplication.translate)``, so the English window speaks English. This module stays free of Qt (the command line and the store use it
without loading Qt): the marker is a plain function that returns its text.

Templates use ``str.format`` fields (``{path}``); a translation keeps the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

# ``translate(context, source)``, as ``QCoreApplication.translate`` is called.
Translate = Callable[[str, str], str]


# The translation context of every template here.
CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


def _same(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Text:
    """A clerk-facing sentence: a template of this module and the values of its fields.

    A value may itself be a :class:`Text` (a reason inside a sentence); it is translated too.
    """

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = _same) -> str:
        values = {
            name: value.render(translate) if isinstance(value, Text) else value for name, value in self.values.items()
        }
        try:
            return translate(CONTEXT, self.template).format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken field: the source still works
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.render()


def text(template: str, **values: Any) -> Text:
    return Text(template, values)


class UserError(Exception):
    """A failure caused by input or circumstances, not by a bug.

    ``message`` is shown to the clerk (Vietnamese); ``detail`` goes to the log in English.
    The command line prints ``message`` and exits 1; the window shows :meth:`translated`.
    ``message`` may be a plain string (already in the clerk's language) or one or more
    :class:`Text` (sentences of this module, joined by a space).
    """

    def __init__(self, message: "str | Text | Sequence[Text]", detail: str = "") -> None:
        if isinstance(message, Text):
            self.parts: tuple[Text, ...] = (message,)
        elif isinstance(message, str):
            self.parts = ()
        else:
            self.parts = tuple(message)
        rendered = message if isinstance(message, str) else " ".join(part.render() for part in self.parts)
        super().__init__(rendered)
        self.message = rendered
        self.detail = detail or rendered

    def translated(self, translate: Translate) -> str:
        """The message in the window's language: ``error.translated(QCoreApplication.translate)``."""
        if not self.parts:
            return self.message
        return " ".join(part.render(translate) for part in self.parts)

    def __str__(self) -> str:
        return self.message


def clerk_error(template: str, detail: str, **values: Any) -> UserError:
    """A :class:`UserError` from one template of this module."""
    return UserError(Text(template, values), detail)


# --- the file as a whole ---------------------------------------------------------------------

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Không tìm thấy tệp “{path}”.")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "“{path}” không phải là một tệp.")
CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Không đọc được tệp “{path}” ({reason}).")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.",
)
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "errors", "Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite)."
)
NOT_OURS = QT_TRANSLATE_NOOP("errors", "Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.")
TRUNCATED = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.",
)
FOREIGN_SCHEMA = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, "
    "hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.",
)
NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.",
)
IN_USE = QT_TRANSLATE_NOOP(
    "errors", "Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại."
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc."
)
DISK_FULL = QT_TRANSLATE_NOOP("errors", "Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.")
VANISHED = QT_TRANSLATE_NOOP(
    "errors",
    "Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên "
    "hoặc xóa; chương trình sẽ thử lưu lại.",
)
SQLITE_OTHER = QT_TRANSLATE_NOOP("errors", "Không đọc hoặc ghi được tệp “{path}” ({reason}).")
DEVICE_ERROR = QT_TRANSLATE_NOOP(
    "errors",
    "Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.",
)
PERMISSION_DENIED = QT_TRANSLATE_NOOP("errors", "Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.")
FOLDER_MISSING = QT_TRANSLATE_NOOP("errors", "Thư mục “{folder}” không tồn tại.")
CANNOT_CREATE = QT_TRANSLATE_NOOP("errors", "Không tạo được tệp “{path}”: {reason}.")
ALREADY_EXISTS = QT_TRANSLATE_NOOP("errors", "Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.")
OLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, "
    "nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.",
)
READ_ONLY_OPEN = QT_TRANSLATE_NOOP(
    "errors",
    "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy "
    "(ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.",
)
READ_ONLY_BECAUSE = QT_TRANSLATE_NOOP(
    "errors",
    "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào "
    "máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.",
)
READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)",
)
JOURNAL_MODE = QT_TRANSLATE_NOOP("errors", "Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.")

# --- side files: -journal and -wal ----------------------------------------------------------

HOT_JOURNAL_NOTE = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung "
    "đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp "
    "“-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.",
)
WAL_NOTE = QT_TRANSLATE_NOOP(
    "errors",
    "Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi "
    "vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản "
    "sao rồi mới ghi các thay đổi đó vào tệp.",
)
FOREIGN_JOURNAL = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). "
    "Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác "
    "(đừng xóa nếu chưa chắc) rồi mở lại.",
)
SIDE_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). "
    "SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” "
    "ra chỗ khác rồi mở lại.",
)
SIDE_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó."
)
TRAILING_BYTES = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.",
)

# --- the rows inside ------------------------------------------------------------------------

BAD_REPORT = QT_TRANSLATE_NOOP(
    "errors", "Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được."
)
BAD_REPORT_SKIPPED = QT_TRANSLATE_NOOP(
    "errors", "Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason})."
)
BAD_VALUE = QT_TRANSLATE_NOOP("errors", "cột “{column}” có giá trị không hợp lệ: {value}")
BAD_TEXT = QT_TRANSLATE_NOOP("errors", "cột “{column}” có chữ không phải UTF-8")
BAD_SECTION = QT_TRANSLATE_NOOP("errors", "phần “{column}” có dữ liệu không hợp lệ: {value}")
SEQUENCE_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được "
    "bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.",
)
REPORT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Không tìm thấy báo cáo trong tệp “{path}”.")
REPORT_EXISTS = QT_TRANSLATE_NOOP("errors", "Báo cáo này đã có trong tệp “{path}”.")
REVISION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Không tìm thấy bản lưu trước này trong tệp.")
BACKUP_SAME_FILE = QT_TRANSLATE_NOOP("errors", "Bản sao phải khác tệp đang mở; hãy chọn tên khác.")
BACKUP_PROBLEM = QT_TRANSLATE_NOOP("errors", "Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}")
PAGES_DAMAGED_BEFORE_WRITE = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. "
    "Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).",
)

# --- merging -------------------------------------------------------------------------------

MERGE_SELF = QT_TRANSLATE_NOOP("errors", "Hãy chọn một tệp khác với tệp đang mở để gộp.")
MERGE_ADDED = QT_TRANSLATE_NOOP("errors", "Đã thêm {count} báo cáo mới:")
MERGE_UPDATED = QT_TRANSLATE_NOOP("errors", "Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:")
MERGE_CONFLICTS = QT_TRANSLATE_NOOP(
    "errors",
    "{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo "
    "riêng để anh/chị so sánh và chọn:",
)
MERGE_WORDS = QT_TRANSLATE_NOOP("errors", "Đã thêm {count} từ vào danh sách từ của cơ quan: {words}")
MERGE_UNCHANGED = QT_TRANSLATE_NOOP("errors", "{count} báo cáo không cần thay đổi.")
MERGE_NOTHING = QT_TRANSLATE_NOOP("errors", "Không có gì mới để gộp.")

# --- copies and the data folder -------------------------------------------------------------

RESTORE_FAILED = QT_TRANSLATE_NOOP("errors", "Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).")
DATA_FOLDER = QT_TRANSLATE_NOOP("errors", "Không tạo được thư mục dữ liệu “{folder}”.")

# --- locks ---------------------------------------------------------------------------------

LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. "
    "Bạn có thể mở tệp ở chế độ chỉ đọc.",
)
LOCKED_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. "
    "Bạn có thể mở tệp ở chế độ chỉ đọc.",
)
LOCKED_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đang được mở để sửa trong một cửa sổ papi-desktop khác của chính bạn trên máy này, từ "
    "{since}. Hãy chuyển sang cửa sổ đó trên thanh tác vụ; ở đây bạn có thể mở tệp ở chế độ chỉ đọc.",
)
LOCKED_HERE_ENDED = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” còn khóa của một lần chạy papi-desktop trước của chính bạn trên máy này, từ {since}; lần "
    "chạy đó đã tắt đột ngột và không còn ai đang sửa tệp. Bạn có thể bỏ khóa và mở để sửa, hoặc mở ở chế "
    "độ chỉ đọc.",
)
LOCKED_OTHER_ACCOUNT = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đang được mở để sửa trên chính máy này nhưng bởi một tài khoản khác (người dùng “{user}”) "
    "từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.",
)
LOCKED_THIS_PROGRAM = QT_TRANSLATE_NOOP(
    "errors", "Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại."
)
LOCKED_OTHER_NAME = QT_TRANSLATE_NOOP(
    "errors",
    "Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên "
    "kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.",
)
LOCKED_STALE = QT_TRANSLATE_NOOP(
    "errors",
    "Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn "
    "không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.",
)
LOCK_LOST = QT_TRANSLATE_NOOP(
    "errors", "Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại."
)
LOCK_LOST_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do một cửa sổ papi-desktop khác của "
    "chính bạn trên máy này giữ). Hãy đóng tệp rồi mở lại.",
)
LOCK_LOST_TO = QT_TRANSLATE_NOOP(
    "errors",
    "Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng "
    "“{user}” giữ). Hãy đóng tệp rồi mở lại.",
)
LOCK_IS_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. "
    "Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).",
)
LOCK_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, "
    "hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).",
)
LOCK_RACE = QT_TRANSLATE_NOOP("errors", "Không khóa được tệp “{path}” để sửa. Hãy thử lại.")
FOLDER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của "
    "thư mục; chương trình sẽ thử lưu lại.",
)
FOLDER_NOT_WRITABLE = QT_TRANSLATE_NOOP("errors", "Không ghi được vào thư mục “{folder}”: {reason}.")


def every_template() -> list[str]:
    """Every template above (tests check that each has an English translation with the same fields)."""
    return [
        value for name, value in globals().items() if name.isupper() and name != "CONTEXT" and isinstance(value, str)
    ]
