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
    new.add_argument("--catalogue", metavar="KHÓA",
                     help="kèm một báo cáo trống của bộ chỉ số này (xem lệnh catalogues)")

    commands.add_parser("catalogues", help="liệt kê các bộ chỉ số có thể chọn: khóa, tên, nguồn")

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
    importing.add_argument("--catalogue", metavar="KHÓA", default=None,
                           help="bộ chỉ số của báo cáo được nhập (mặc định: PAPI)")

    consolidate = commands.add_parser(
        "consolidate", help="tổng hợp báo cáo của các sở, ngành (tệp .papi, .docx, .txt) thành báo cáo của tỉnh"
    )
    consolidate.add_argument("--db", required=True, type=Path, metavar="TỆP",
                             help="tệp tổng hợp (tạo mới nếu chưa có)")
    consolidate.add_argument("--period", metavar="KỲ", help="kỳ báo cáo, ví dụ “quý II/2026”")
    consolidate.add_argument("--status", action="store_true", help="in bảng: đơn vị × phần, số chữ mỗi ô")
    consolidate.add_argument("--departments", type=Path, metavar="TỆP_DS",
                             help="danh sách đơn vị phải báo cáo, mỗi dòng một đơn vị (thay danh sách cũ)")
    consolidate.add_argument("sources", nargs="*", type=Path, metavar="TỆP_NGUỒN")

    scores = commands.add_parser("scores", help="điểm chỉ số đã công bố của tỉnh: nhập từ tệp, liệt kê")
    scores.add_argument("--db", required=True, type=Path, metavar="TỆP")
    scores_commands = scores.add_subparsers(dest="scores_command", metavar="VIỆC", parser_class=_Parser, required=True)
    scores_import = scores_commands.add_parser("import", help="nhập điểm từ tệp .csv hoặc .xlsx")
    scores_import.add_argument("source", type=Path, metavar="TỆP_ĐIỂM")
    scores_import.add_argument("--province", metavar="TỈNH", help="tỉnh cần lấy (bắt buộc khi tệp có nhiều tỉnh)")
    scores_import.add_argument("--year", type=int, metavar="NĂM", help="năm của số liệu, nếu tệp không ghi")
    scores_list = scores_commands.add_parser("list", help="liệt kê điểm đã lưu")
    scores_list.add_argument("--province", metavar="TỈNH")
    return parser


def _open_store(path: Path, *, read_only: bool = False):
    """The file at ``path``; a command that only reads opens it so that nothing can change it."""
    from papi_desktop.store import DraftStore

    return DraftStore.open(path, read_only=read_only)


def _say_unreadable(store) -> None:
    """Name on stderr the reports a listing had to leave out (their rows do not read)."""
    for item in store.unreadable:
        log.info("skipped: %s", item.detail)
        print(item.message(store.path).render(), file=sys.stderr)


def _resolve_report_id(store, wanted: str) -> str:
    """Accept a full ID or a unique prefix of one, as ``list`` prints them."""
    wanted = wanted.strip().lower()
    ids = [summary.id for summary in store.list_reports()]
    ids += [item.id for item in store.unreadable]  # so that loading one names what is wrong with it
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


def _catalogue(key: str):
    from papi_desktop.model.catalogue import CatalogueError, load_catalogue

    try:
        return load_catalogue(key)
    except CatalogueError as error:
        raise UserError(
            f"Không dùng được bộ chỉ số “{key}”: {error}. Xem các bộ có thể chọn bằng lệnh catalogues.",
            f"catalogue {key!r}: {error}",
        ) from None


def _command_new(args: argparse.Namespace) -> int:
    from papi_desktop.store import DraftStore

    report = None
    if args.catalogue:
        import datetime

        from papi_desktop.model import Period, Report

        catalogue = _catalogue(args.catalogue)  # refused before any file is made
        report = Report(Period.containing(datetime.date.today()), catalogue_key=catalogue.key)
    with DraftStore.create(args.db, sample=args.sample) as store:
        if report is not None:
            store.add(report)
    print(f"Đã tạo {args.db}")
    return 0


def _command_catalogues(_args: argparse.Namespace) -> int:
    from papi_desktop.model.catalogue import available_catalogues

    catalogues, errors = available_catalogues()
    for catalogue in catalogues:
        print(f"{catalogue.key}\t{catalogue.name}\t{catalogue.source}")
    for error in errors:
        log.info("catalogue refused: %s", error)
        print(f"Bỏ qua: {error}", file=sys.stderr)
    return 0


def _command_list(args: argparse.Namespace) -> int:
    with _open_store(args.db, read_only=True) as store:
        for summary in store.list_reports(include_deleted=args.deleted):
            updated = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            title = " ".join(summary.title.split())
            print(f"{summary.id}\t{summary.period.short_label()}\t{title}\t{updated}")
        _say_unreadable(store)
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
        with _open_store(args.db, read_only=True) as store:
            report = store.load(_resolve_report_id(store, args.report))
    if not args.output.parent.is_dir():
        raise UserError(f"Thư mục “{args.output.parent}” không tồn tại.", f"no folder {args.output.parent}")
    empty = report.empty_parts()
    if empty:  # exported all the same: a half-done draft is often printed for comment
        print("Cảnh báo: các phần sau còn trống, sẽ in ra chỉ có đề mục:", file=sys.stderr)
        for name in empty:
            print(f"  - {name}", file=sys.stderr)
    written = exporter.export(report, args.output)
    print(f"Đã xuất {written}")
    return 0


def _command_check(args: argparse.Namespace) -> int:
    from papi_desktop.store.check import inspect

    result = inspect(args.db)
    for note in result.notes:
        print(note.render())
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

    key = _catalogue(args.catalogue).key if args.catalogue else None
    result = import_report(args.source) if key is None else import_report(args.source, key)
    with _open_store(args.db) as store:
        report_id = store.add(result.report)
    for notice in result.notices:
        print(notice, file=sys.stderr)
    print(report_id)
    return 0


def _command_consolidate(args: argparse.Namespace) -> int:
    from papi_desktop import consolidate
    from papi_desktop.model import Period
    from papi_desktop.store import DraftStore
    from papi_desktop.store import consolidation as tables

    period = None
    if args.period:
        try:
            period = Period.parse(args.period)
        except ValueError:
            raise UserError(f"Kỳ “{args.period}” không đúng; viết như “quý II/2026”.", f"bad period {args.period!r}") from None
    if args.sources and period is None:
        raise UserError("Cần --period để biết gom báo cáo của kỳ nào.", "--period missing")
    names: list[str] = []
    if args.departments:
        try:
            names = [line.strip() for line in args.departments.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"Không đọc được danh sách đơn vị “{args.departments}”.", f"{args.departments}: {error}") from None
    store = DraftStore.open(args.db) if args.db.exists() else DraftStore.create(args.db)
    with store:
        if args.departments:
            tables.set_expected_departments(store, [(consolidate.department_key(n), n) for n in names])
            print(f"Danh sách đơn vị phải báo cáo: {len(names)} đơn vị")
        if args.sources:
            result = consolidate.gather(store, period, args.sources)
            for line in result.describe():
                print(line)
        if args.status or not (args.sources or args.departments):
            known = tables.periods(store)
            if period is None and known:
                period = known[-1][0]
            if period is None or tables.consolidation_for(store, period) is None:
                raise UserError("Tệp này chưa có bản tổng hợp của kỳ nào.", "no consolidation")
            print(consolidate.overview(store, period).as_text())
    return 0


def _command_scores(args: argparse.Namespace) -> int:
    from papi_desktop.l10n.numbers import score
    from papi_desktop.model import load_catalogue
    from papi_desktop.store import scores as kept

    catalogue = load_catalogue("papi")
    if args.scores_command == "import":
        from papi_desktop.scores.readers import read_scores

        records = read_scores(args.source, catalogue, args.province, args.year)  # refused before the file opens
        with _open_store(args.db) as store:
            kept.save_scores(store, records)
        for record in records:
            print(f"Đã lưu: {record.province} năm {record.year}")
        return 0
    with _open_store(args.db) as store:
        records, bad = kept.load_scores(store, args.province)
    for record in records:
        values = "\t".join(score(record.dimensions[key]) for key in catalogue.dimension_keys)
        overall = record.overall()
        rank = f"{record.rank}" + (f"/{record.provinces_ranked}" if record.provinces_ranked else "") if record.rank else ""
        print(f"{record.province}\t{record.year}\t{score(overall) if overall is not None else ''}\t{values}\t{rank}")
    for name in bad:
        print(f"Bỏ qua số liệu không hợp lệ: {name}", file=sys.stderr)
    return 0


def _start_window(db: Path | None) -> int:
    from papi_desktop.gui.app import run_window

    return run_window(db)


_COMMANDS = {
    "new": _command_new, "list": _command_list, "export": _command_export, "check": _command_check,
    "merge": _command_merge, "import": _command_import, "catalogues": _command_catalogues,
    "consolidate": _command_consolidate, "scores": _command_scores,
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
