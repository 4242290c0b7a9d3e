"""The measurements, each run in its own process by benchmarks/run.py.

``python -m benchmarks.workers NAME JSON-ARGS`` prints one JSON line: the figures measured.
A figure is ``{"id": ..., "value": seconds|bytes, "baseline": ... or null, "note": "..."}``.
Every process gets QT_QPA_PLATFORM=offscreen from the runner.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import statistics
import sys
import tempfile
import time

perf = time.perf_counter
TYPED = "Công khai, minh bạch việc tiếp nhận và giải quyết phản ánh, kiến nghị của người dân. "


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def figure(figure_id: str, value: float, baseline: float | None = None, note: str = "") -> dict:
    return {"id": figure_id, "value": value, "baseline": baseline, "note": note}


# --------------------------------------------------------------------------- the window


def _application():
    from papi_desktop.gui.app import create_application

    return create_application(["papi-desktop-benchmark"])


def _open_window(report, folder: Path, *, made_elsewhere: bool = False):
    """A real main window (as the tests open it) on a new database holding ``report`` only.

    With ``made_elsewhere`` the file is written by another process and ``report`` must be None
    (the draft sample goes in): this process then has loaded only what the window loads, as the
    program has after a start (creating a file loads sqlite-utils, which the window otherwise
    loads on the first autosave, on its worker thread).
    """
    import subprocess

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    path = folder / "typing.papi"
    if made_elsewhere:
        subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "from benchmarks.generate import database_with, draft_sample; "
             "database_with(Path(sys.argv[1]), [draft_sample()])", str(path)],
            check=True, timeout=120,
        )
    else:
        from benchmarks.generate import database_with

        database_with(path, [report])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(DraftStore.open(path), settings)
    window.resize(1300, 850)
    window.show()
    # The window once started, as a clerk types into it: what follows the first frame (the
    # other tabs, the pages, the spell checker; gui/first_paint.py) done. The cold start's
    # rows measure the start itself.
    while not window.start_finished():
        QApplication.processEvents()
    QApplication.processEvents()
    return window


def _editor(window, key: str = "transparency"):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    tab = window.section_tabs[key]
    window.ui.editorTabs.setCurrentWidget(tab)
    tab.editor.setFocus()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.processEvents()
    return tab.editor


def _key_events(char: str):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
    return [
        QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    ]


def typing(which: str, keys: int, repeat: int = 1, warmup: int = 10) -> list[dict]:
    """Key event → model updated → compose → preview.set_document, the preview refreshed
    synchronously after every key (the window normally waits 120 ms of quiet first)."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import draft_sample, synthetic_report, tables_report

    app = _application()
    report = {"sample": draft_sample, "tables": tables_report}.get(which, lambda: synthetic_report(repeat))()
    with tempfile.TemporaryDirectory() as folder:
        window = _open_window(report, Path(folder))
        editor = _editor(window)
        pages = window.preview.page_count()
        times = []
        text = (TYPED * (1 + (keys + warmup) // len(TYPED)))[: keys + warmup]
        for index, char in enumerate(text):
            started = perf()
            for event in _key_events(char):
                QApplication.sendEvent(editor, event)
            window.refresh_preview()
            elapsed = perf() - started
            if index >= warmup:
                times.append(elapsed)
        typed_in = window.report.section("transparency")
        assert typed_in.endswith(text), f"the keys did not reach the report: {typed_in[-90:]!r} / {text!r}"
        window.autosaver.flush()
        window.close()
    del app
    return [figure(
        f"typing_{which}", p95(times), None,
        f"{pages} pages, {len(times)} keys; median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms",
    )]


def stall(bursts: int, burst_keys: int = 30, key_ms: int = 150, pause_ms: int = 1200) -> list[dict]:
    """Longest gap between the ticks of a 1 ms timer while keys are posted to the editor at a
    typist's pace with pauses (so the 120 ms preview debounce and the 800 ms autosave both fire)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = _application()
    with tempfile.TemporaryDirectory() as folder:
        window = _open_window(None, Path(folder), made_elsewhere=True)
        editor = _editor(window)
        counts = {"saves": 0, "previews": 0}
        window.autosaver.saved.connect(lambda _moment: counts.__setitem__("saves", counts["saves"] + 1))
        window._preview_timer.timeout.connect(lambda: counts.__setitem__("previews", counts["previews"] + 1))

        gaps: list[float] = []
        last = [0.0]

        def tick() -> None:
            now = perf()
            if last[0]:
                gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(1)
        ticker.timeout.connect(tick)

        schedule: list[tuple[int, str | None]] = []
        text = TYPED * (1 + bursts * burst_keys // len(TYPED))
        for burst in range(bursts):
            for char in text[burst * burst_keys:(burst + 1) * burst_keys]:
                schedule.append((key_ms, char))
            schedule.append((pause_ms, None))
        position = [0]

        def step() -> None:
            if position[0] >= len(schedule):
                ticker.stop()
                app.quit()
                return
            delay, char = schedule[position[0]]
            position[0] += 1
            if char is not None:
                for event in _key_events(char):
                    QApplication.postEvent(editor, event)
            QTimer.singleShot(delay, step)

        ticker.start()
        QTimer.singleShot(300, step)
        app.exec()
        typed = sum(1 for _delay, char in schedule if char)
        window.autosaver.flush()
        window.close()
    over = sum(1 for gap in gaps if gap > 0.016)
    return [figure(
        "stall", max(gaps), None,
        f"{typed} keys every {key_ms} ms in {bursts} bursts, {pause_ms} ms pauses; {counts['previews']} preview "
        f"refreshes, {counts['saves']} autosaves; {over} gaps > 16 ms; median gap {statistics.median(gaps) * 1000:.2f} ms",
    )]


# --------------------------------------------------------------------------- exports


def _bare_docx(texts: list[str], path: Path) -> None:
    import docx

    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))


def docx_export(which: str, reps: int, repeat: int = 1) -> list[dict]:
    """papi-desktop's Word export (compose + styled render + atomic write) against python-docx
    writing the same paragraphs unstyled. The first call of each is timed apart (imports)."""
    from benchmarks.generate import synthetic_report
    from papi_desktop.compose import compose
    from papi_desktop.export import export_docx
    from papi_desktop.model.sample import load_sample

    report = load_sample() if which == "sample" else synthetic_report(repeat)
    texts = [para.text for para in compose(report).paragraphs()]
    ours, bare = [], []
    with tempfile.TemporaryDirectory() as folder:
        target, plain = Path(folder) / "bao-cao.docx", Path(folder) / "bare.docx"
        started = perf()
        export_docx(report, target)  # first, so that ours pays the import of python-docx
        first = perf() - started
        started = perf()
        _bare_docx(texts, plain)
        first_bare = perf() - started
        for _ in range(reps):  # interleaved, so both see the same machine
            started = perf()
            export_docx(report, target)
            ours.append(perf() - started)
            started = perf()
            _bare_docx(texts, plain)
            bare.append(perf() - started)
        size = target.stat().st_size
    return [figure(
        f"docx_{which}", statistics.median(ours), statistics.median(bare),
        f"{len(texts)} paragraphs, {size // 1024} KB; median of {reps} after a first call "
        f"(first calls: ours {first:.2f} s with the imports, baseline {first_bare:.2f} s)",
    )]


def pdf_export(reps: int) -> list[dict]:
    from papi_desktop.export import export_pdf
    from papi_desktop.model.sample import load_sample

    app = _application()
    report = load_sample()
    times = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bao-cao.pdf"
        started = perf()
        export_pdf(report, target)
        first = perf() - started
        for _ in range(reps):
            started = perf()
            export_pdf(report, target)
            times.append(perf() - started)
        size = target.stat().st_size
    del app
    return [figure(
        "pdf_sample", statistics.median(times), None,
        f"{size // 1024} KB; median of {reps} after a first call ({first:.2f} s)",
    )]


def preview_refresh(reps: int) -> list[dict]:
    """The preview pane alone: a new composed document laid out and the visible pages painted
    (was a wall-clock assert in tests/gui/test_preview.py; timings belong here)."""
    import dataclasses

    from papi_desktop.compose import compose
    from papi_desktop.gui.preview import PagePreview
    from papi_desktop.model.sample import load_sample

    app = _application()
    composed = compose(load_sample())
    widget = PagePreview()
    widget.resize(700, 900)
    widget.show()
    app.processEvents()
    widget.set_document(composed)
    times = []
    for n in range(reps):
        edited = dataclasses.replace(composed, title=f"{composed.title} {n}")  # a new document each time
        started = perf()
        widget.set_document(edited)
        widget.viewport().repaint()
        times.append(perf() - started)
    pages = widget.page_count()
    del app
    return [figure("preview_refresh", statistics.median(times), None,
                   f"{pages} pages; median of {reps}, min {min(times) * 1000:.1f} ms")]


def preview_build(reps: int) -> list[dict]:
    """The preview's page layout of the sample from scratch (``build_text_document`` and its
    page count), what every refresh after a keystroke pays at most: moved here from a
    wall-clock assert in tests/render/test_qt.py (issue 19)."""
    from papi_desktop.compose import compose
    from papi_desktop.model.sample import load_sample
    from papi_desktop.render import qt

    qt.ensure_gui_application()
    composed = compose(load_sample())
    started = perf()
    qt.page_count(qt.build_text_document(composed))
    first = perf() - started
    times = []
    for _ in range(reps):
        started = perf()
        pages = qt.page_count(qt.build_text_document(composed))
        times.append(perf() - started)
    return [figure("preview_build", statistics.median(times), None,
                   f"{pages} pages; median of {reps} after a first build ({first * 1000:.0f} ms)")]


# --------------------------------------------------------------------------- the database


def database(path: str, count: int, reps: int, saves: int) -> list[dict]:
    """Open + list the big database through the store, against sqlite3 counting its rows;
    then autosave one edited section many times (what Autosaver.flush does for one section)."""
    import sqlite3

    from benchmarks.generate import big_database
    from papi_desktop.store import DraftStore

    db_path = Path(path)
    note = ""
    if not db_path.exists():
        started = perf()
        big_database(db_path, count)
        note = f"generated in {perf() - started:.1f} s; "
    opened, counted, listed = [], [], 0
    for _ in range(reps):
        started = perf()
        with sqlite3.connect(db_path) as connection:
            rows = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        connection.close()
        counted.append(perf() - started)
        started = perf()
        store = DraftStore.open(db_path)
        summaries = store.list_reports()
        opened.append(perf() - started)
        listed = len(summaries)
        store.close()
    assert rows == count == listed, (rows, count, listed)

    store = DraftStore.open(db_path)
    summaries = store.list_reports()
    target = summaries[len(summaries) // 2].id
    report = store.load(target)
    body = report.section("transparency")
    times = []
    for index in range(saves):
        body += TYPED[index % len(TYPED)]
        started = perf()
        store.save_section(target, "transparency", body, coalesce_seconds=120.0)
        times.append(perf() - started)
    store.close()
    size = db_path.stat().st_size
    return [
        figure("db_open_list", statistics.median(opened), statistics.median(counted),
               f"{note}{count} reports; median of {reps}, warm file cache"),
        figure("autosave", p95(times), None,
               f"{saves} saves of one section (body {len(body)} characters at the end); "
               f"median {statistics.median(times) * 1000:.1f} ms"),
        figure("db_size", size / count, None, f"{size / 1e6:.0f} MB for {count} reports (sample-sized)"),
    ]


def window_big(path: str) -> list[dict]:
    """The window on the big database: building the report list, which the window redoes after
    every autosave (MainWindow._on_saved → refresh_list)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui.main_window import MainWindow
    from papi_desktop.store import DraftStore

    app = _application()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        started = perf()
        window = MainWindow(DraftStore.open(path), settings)
        window.resize(1300, 850)
        window.show()
        QApplication.processEvents()
        shown = perf() - started
        times = []
        for _ in range(3):
            started = perf()
            window.refresh_list()
            times.append(perf() - started)
        window.close()
    del app
    return [
        figure("window_big_open", shown, None, "MainWindow on the database, shown, one event-loop turn"),
        figure("window_big_list", statistics.median(times), None, "MainWindow.refresh_list, median of 3"),
    ]


def calibrate(pages: int) -> list[dict]:
    from benchmarks.generate import calibrate_repeat
    from papi_desktop.render.qt import ensure_gui_application

    ensure_gui_application()
    repeat, found = calibrate_repeat(pages)
    return [{"id": "calibration", "repeat": repeat, "pages": found}]


def consolidation(reps: int) -> list[dict]:
    """The compiling office (issue 18): gathering 30 departments' reports, half ``.papi`` files
    and half Word files, into a new consolidation file; then opening the overview grid."""
    import datetime
    import tempfile

    from papi_desktop import consolidate
    from papi_desktop.export import export
    from papi_desktop.model import Period, Status
    from papi_desktop.model.sample import load_sample
    from papi_desktop.store import DraftStore

    period = Period(2026, 2)
    folder = Path(tempfile.mkdtemp(prefix="papi-bench-gather-"))
    sources = []
    for number in range(1, 31):
        report = load_sample()
        report.period, report.status = period, Status.DRAFT
        report.header.agency = f"SỞ THỬ NGHIỆM SỐ {number:02d}"
        report.header.date = datetime.date(2026, 6, 20)
        if number % 2:
            path = folder / f"{number:02d}.papi"
            with DraftStore.create(path) as store:
                store.add(report)
        else:
            path = folder / f"{number:02d}.docx"
            export(report, path)
        sources.append(path)
    gathering, overview = [], []
    for rep in range(reps):
        with DraftStore.create(folder / f"tong-hop-{rep}.papi") as office:
            started = perf()
            result = consolidate.gather(office, period, sources)
            gathering.append(perf() - started)
            assert len(result.taken) == 30, result.refused
            for _ in range(3):
                started = perf()
                consolidate.overview(office, period)
                overview.append(perf() - started)
    return [
        figure("gather_30", statistics.median(gathering), None, f"15 .papi + 15 .docx; median of {reps}"),
        figure("overview_30", statistics.median(overview), None, f"30 departments × 10 parts; median of {len(overview)}"),
    ]


WORKERS = {
    "typing": typing, "stall": stall, "docx": docx_export, "pdf": pdf_export, "database": database,
    "preview_build": preview_build, "consolidation": consolidation, "window_big": window_big, "calibrate": calibrate, "preview": preview_refresh,
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    name, arguments = sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    results = WORKERS[name](**arguments)
    print("RESULT " + json.dumps(results, ensure_ascii=False), flush=True)
    os._exit(0)  # skip Qt's teardown: nothing measured happens after this line
