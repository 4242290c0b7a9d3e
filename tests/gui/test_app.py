"""Starting the application: which database opens, first run with the sample in it."""

from PySide6.QtCore import QSettings

from papi_desktop.gui.app import choose_store
from papi_desktop.store import DraftStore, default_database_path


def test_first_run_creates_the_default_database_with_the_sample(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert not default_database_path().exists()
    with choose_store(None, settings) as store:
        assert store.path == default_database_path()
        [summary] = store.list_reports()
        assert summary.period.short_label() == "quý I/2022"


def test_the_last_database_reopens_and_a_vanished_one_falls_back_to_the_default(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    last = tmp_path / "Báo cáo trên USB.papi"
    DraftStore.create(last).close()
    settings.setValue("session/database", str(last))
    with choose_store(None, settings) as store:
        assert store.path == last
    last.unlink()  # the stick was pulled out
    with choose_store(None, settings) as store:
        assert store.path == default_database_path()


def test_new_report_takes_agency_and_signer_from_the_latest(make_window):
    import datetime

    from papi_desktop.model import Period

    window = make_window()
    window.ui.actionNewReport.trigger()
    report = window.report
    assert report.period == Period.containing(datetime.date.today())
    assert report.header.agency == "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and report.header.number == ""
    assert report.signature.signer_name == "Nguyễn Hữu Thắng"
    assert all(not report.section(key) for key in window.section_tabs)
    tabs = window.ui.editorTabs
    marked = [tabs.tabText(i) for i in range(tabs.count()) if not tabs.tabIcon(i).isNull()]
    assert len(marked) == 9  # eight dimensions and the tasks, all still empty


def test_the_log_is_rotated_at_start_keeping_three_old_ones(tmp_path):
    from papi_desktop.gui.app import rotate_log

    log = tmp_path / "papi-desktop.log"
    rotate_log(log)  # no log yet: nothing to do
    assert not any(tmp_path.iterdir())
    log.write_text("small", encoding="utf-8")
    rotate_log(log, max_bytes=10)
    assert log.read_text(encoding="utf-8") == "small"
    for day in range(5):
        log.write_text(f"day {day} " + "x" * 20, encoding="utf-8")
        rotate_log(log, max_bytes=10, backups=3)
        assert not log.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["papi-desktop.log.1", "papi-desktop.log.2", "papi-desktop.log.3"]
    assert (tmp_path / "papi-desktop.log.1").read_text(encoding="utf-8").startswith("day 4")
    assert (tmp_path / "papi-desktop.log.3").read_text(encoding="utf-8").startswith("day 2")
