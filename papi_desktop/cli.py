"""The ``papi-desktop`` command: starts the window, or works on a database without one.

Every subcommand goes through the same core as the window (model, store, composer,
renderers), which is also what makes the whole product testable without a screen.
A clerk's mistake (missing file, not a database, unknown report) prints a Vietnamese
message and exits 1; a malformed command line exits 2; neither shows a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING, Sequence

from papi_desktop import __version__
from papi_desktop.errors import UserError

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("papi_desktop")

EXPORT_FORMATS = (".docx", ".pdf")


def _build_parser() -> argparse.ArgumentParser:
    import argparse  # here: starting the window does not parse a command line (see main)

    class _Parser(argparse.ArgumentParser):
        """argparse with its two fixed English phrases put into Vietnamese for the clerk."""

        def error(self, message: str) -> None:  # type: ignore[override]
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: lỗi: {message}\n")

    parser = _Parser(
        prog="papi-desktop",
        description="Soạn, lưu, in và xuất báo cáo quý về Chỉ số PAPI. "
        "Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", dest="window_db", type=Path, metavar="TỆP",
                        help="cơ sở dữ liệu để mở trong cửa sổ (mặc định: tệp trong thư mục dữ liệu người dùng)")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    new = commands.add_parser("new", help="tạo cơ sở dữ liệu mới")
    new.add_argument("--db", required=True, type=Path, metavar="TỆP")
    new.add_argument("--sample", action="store_true", help="kèm báo cáo mẫu")

    listing = commands.add_parser("list", help="liệt kê các báo cáo: ID, kỳ, trích yếu, lần sửa cuối")
    listing.add_argument("--db", required=True, type=Path, metavar="TỆP")
    listing.add_argument("--deleted", action="store_true", help="kể cả báo cáo đã xóa (thùng rác)")

    export = commands.add_parser("export", help="xuất một báo cáo ra Word (.docx) hoặc PDF (.pdf)")
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, metavar="TỆP")
    source.add_argument("--sample", action="store_true", help="xuất báo cáo mẫu")
    export.add_argument("--report", metavar="ID", help="ID của báo cáo (đủ vài ký tự đầu nếu không trùng)")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP_RA")

    check = commands.add_parser("check", help="kiểm tra một tệp cơ sở dữ liệu (không sửa gì trong tệp)")
    check.add_argument("--db", required=True, type=Path, metavar="TỆP")

    merge = commands.add_parser(
        "merge", help="gộp các báo cáo của một tệp khác (ví dụ từ USB) vào tệp của mình; tệp kia không bị sửa"
    )
    merge.add_argument("--db", required=True, type=Path, metavar="TỆP", help="tệp của mình, nhận báo cáo")
    merge.add_argument("theirs", type=Path, metavar="TỆP_KHÁC", help="tệp của máy khác, chỉ được đọc")

    importing = commands.add_parser(
        "import", help="nhập một báo cáo Word (.docx) hoặc văn bản (.txt) thành bản nháp mới; in ID của nó"
    )
    importing.add_argument("--db", required=True, type=Path, metavar="TỆP")
    importing.add_argument("source", type=Path, metavar="TỆP_NHẬP")
    return parser


def _open_store(path: Path):
    from papi_desktop.store import DraftStore

    return DraftStore.open(path)


def _resolve_report_id(store, wanted: str) -> str:
    """Accept a full ID or a unique prefix of one, as ``list`` prints them."""
    wanted = wanted.strip().lower()
    ids = [summary.id for summary in store.list_reports()]
    if wanted in ids:
        return wanted
    matches = [report_id for report_id in ids if report_id.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(f"Không có báo cáo có ID “{wanted}” trong cơ sở dữ liệu.", f"no report {wanted!r}")
    raise UserError(
        f"ID “{wanted}” khớp với {len(matches)} báo cáo; hãy gõ thêm ký tự.", f"ambiguous report id {wanted!r}"
    )


def _command_new(args: argparse.Namespace) -> int:
    from papi_desktop.store import DraftStore

    with DraftStore.create(args.db, sample=args.sample):
        pass
    print(f"Đã tạo {args.db}")
    return 0


def _command_list(args: argparse.Namespace) -> int:
    with _open_store(args.db) as store:
        for summary in store.list_reports(include_deleted=args.deleted):
            updated = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            title = " ".join(summary.title.split())
            print(f"{summary.id}\t{summary.period.short_label()}\t{title}\t{updated}")
    return 0


def _command_export(args: argparse.Namespace) -> int:
    from papi_desktop import export as exporter

    suffix = args.output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise UserError(
            f"Tệp ra phải có đuôi .docx (Word) hoặc .pdf, không phải “{args.output.name}”.",
            f"unsupported output suffix {suffix!r}",
        )
    if args.sample:
        if args.report:
            raise UserError("Dùng --sample hoặc --report, không dùng cả hai.", "--sample with --report")
        from papi_desktop.model import load_sample

        report = load_sample()
    else:
        if not args.report:
            raise UserError("Cần chỉ rõ báo cáo: --report ID (xem ID bằng lệnh list).", "--report missing")
        with _open_store(args.db) as store:
            report = store.load(_resolve_report_id(store, args.report))
    if not args.output.parent.is_dir():
        raise UserError(f"Thư mục “{args.output.parent}” không tồn tại.", f"no folder {args.output.parent}")
    written = exporter.export(report, args.output)
    print(f"Đã xuất {written}")
    return 0


def _command_check(args: argparse.Namespace) -> int:
    from papi_desktop.store.check import inspect

    result = inspect(args.db)
    for note in result.notes:
        print(note)
    for problem in result.problems:
        log.info("check: %s", problem.detail)
        print(f"Lỗi: {problem.message}")
    if result.problems:
        return 1
    print("Tệp không có lỗi.")
    return 0


def _command_merge(args: argparse.Namespace) -> int:
    from papi_desktop.store.merge import merge

    with _open_store(args.db) as store:
        result = merge(store, args.theirs)
    for line in result.describe():
        print(line)
    return 0


def _command_import(args: argparse.Namespace) -> int:
    from papi_desktop.importers import import_report

    result = import_report(args.source)
    with _open_store(args.db) as store:
        report_id = store.add(result.report)
    for notice in result.notices:
        print(notice, file=sys.stderr)
    print(report_id)
    return 0


def _start_window(db: Path | None) -> int:
    from papi_desktop.gui.app import run_window

    return run_window(db)


_COMMANDS = {
    "new": _command_new, "list": _command_list, "export": _command_export, "check": _command_check,
    "merge": _command_merge, "import": _command_import,
}


def _file_as_db(argv: Sequence[str]) -> list[str]:
    """``papi-desktop FILE.papi`` (a double-click on a .papi file) means ``papi-desktop --db FILE.papi``."""
    if len(argv) == 1 and argv[0].lower().endswith(".papi") and not argv[0].startswith("-"):
        return ["--db", argv[0]]
    return list(argv)


def _window_request(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, database) when ``argv`` only starts the window: nothing, ``--db FILE`` or a
    ``.papi`` file. Such a start skips building the command parser (argparse and its help
    texts are a few milliseconds of every start of the window otherwise)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _file_as_db(sys.argv[1:] if argv is None else argv)
    window_only, database = _window_request(arguments)
    if window_only:
        args = SimpleNamespace(command=None, window_db=database)
    else:
        args = _build_parser().parse_args(arguments)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command is None:
            return _start_window(args.window_db)
        return _COMMANDS[args.command](args)
    except UserError as error:
        log.info("user error: %s", error.detail)
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
