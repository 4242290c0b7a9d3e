"""The pause-triggered save runs off the GUI thread; explicit saves wait for it."""

import threading

from papi_desktop.gui.autosave import Autosaver
from papi_desktop.store import DraftStore


def test_the_idle_save_runs_on_a_worker_and_edits_made_meanwhile_follow(qtbot, database, monkeypatch):
    store = DraftStore.open(database)
    report = store.load(store.list_reports()[0].id)
    saver = Autosaver()
    saver.attach(store, report)
    threads, gate = [], threading.Event()
    real = DraftStore.save_section

    def slow_save(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            gate.wait(5)  # a slow USB stick
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DraftStore, "save_section", slow_save)
    report.sections["environment"] = "Lần một."
    saver.section_changed("environment")
    qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    assert threads[0].startswith("papi-autosave")
    report.sections["environment"] = "Lần hai, gõ trong lúc đang lưu."  # the GUI is not blocked
    saver.section_changed("environment")
    assert saver.has_pending
    gate.set()
    qtbot.waitUntil(lambda: not saver.has_pending, timeout=5000)
    assert store.load(report.id).section("environment") == "Lần hai, gõ trong lúc đang lưu."
    saver.attach(None, None)
    store.close()


def test_flush_waits_for_a_save_in_flight_and_writes_the_rest(qtbot, database):
    store = DraftStore.open(database)
    report = store.load(store.list_reports()[0].id)
    saver = Autosaver()
    saver.attach(store, report)
    report.sections["environment"] = "Một."
    saver.section_changed("environment")
    saver._save_in_background()  # what the idle timer does
    report.sections["egovernance"] = "Hai."
    saver.section_changed("egovernance")
    assert saver.flush()
    assert not saver.has_pending
    saved = store.load(report.id)
    assert (saved.section("environment"), saved.section("egovernance")) == ("Một.", "Hai.")
    saver.attach(None, None)
    store.close()


def test_a_writable_file_is_made_ready_for_writing_on_the_worker_soon_after_it_is_attached(qtbot, database, monkeypatch):
    """Opening reads without sqlite-utils; the worker loads it before the first keystrokes."""
    store = DraftStore.open(database)
    assert not store.ready_for_writing  # opening and reading did not need it
    report = store.load(store.list_reports()[0].id)
    threads = []
    real = DraftStore.prepare_for_writing

    def watched(self):
        threads.append(threading.current_thread().name)
        real(self)

    monkeypatch.setattr(DraftStore, "prepare_for_writing", watched)
    saver = Autosaver()
    saver.attach(store, report)
    assert saver.warm_up_scheduled
    qtbot.waitUntil(lambda: store.ready_for_writing, timeout=3000)
    assert threads and threads[0].startswith("papi-autosave")
    assert not saver.warm_up_scheduled
    saver.attach(None, None)
    store.close()


def test_a_read_only_file_is_not_prepared_for_writing(qtbot, database, monkeypatch):
    store = DraftStore.open(database, read_only=True)
    saver = Autosaver()
    saver.attach(store, store.load(store.list_reports()[0].id))
    assert not saver.warm_up_scheduled  # nothing is due, so waiting would prove nothing
    assert not store.ready_for_writing
    writable = DraftStore.open(database)  # attaching a writable file after it would schedule one
    saver.attach(writable, writable.load(writable.list_reports()[0].id))
    assert saver.warm_up_scheduled
    saver.attach(store, store.load(store.list_reports()[0].id))
    assert not saver.warm_up_scheduled  # and going back to the read-only file cancels it
    writable.close()
    saver.attach(None, None)
    store.close()
