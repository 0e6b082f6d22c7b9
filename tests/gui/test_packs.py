"""Briefing packs from the desktop app: the export dialog, background export, cancel, preview."""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QDate, QSettings

from storydesk.gui import packs, progress
from storydesk.gui.packs import PackDialog, PackSource, file_name_for
from storydesk.library import PackOptions

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform plugin says this whenever a window with dock widgets is laid
    # out; it is about the test platform, not StoryDesk.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _squash(text: str) -> str:
    # pypdf may break a long title anywhere: compare without spaces.
    return "".join(text.split())


def _in_order(text: str, titles: list[str]) -> bool:
    """Every title is in ``text``, first and last mentions in the given order."""
    squashed = _squash(text)
    keys = [_squash(t) for t in titles]
    if not all(k in squashed for k in keys):
        return False
    firsts = [squashed.index(k) for k in keys]
    lasts = [squashed.rindex(k) for k in keys]
    return firsts == sorted(firsts) and lasts == sorted(lasts)


def _basket(window: Any, count: int = 3) -> tuple[list[str], list[str]]:
    """Put ``count`` stories in the basket in an order unlike the results' (reversed)."""
    ids = list(reversed(window.library.story_ids()))[:count]
    summaries = window.library.summaries(ids)
    window.basket.add([(i, summaries[i].title) for i in ids])
    return ids, [summaries[i].title for i in ids]


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


def _source(count: int = 2) -> PackSource:
    return PackSource("basket", count, lambda: [f"s{i}" for i in range(count)])


def test_the_dialog_gives_the_options_chosen(qtbot: Any, tmp_path: Path) -> None:
    dialog = PackDialog(_settings(tmp_path), [_source()])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Briefing pack"
    assert dialog.date_edit.date() == QDate.currentDate()
    assert dialog.output_path().name == "Briefing pack.pdf"
    assert dialog.output_path().parent == packs.documents_folder()

    dialog.title_edit.setText("Visit to Issyk-Kul: 12/2025")
    dialog.subtitle_edit.setText("UNDP Kyrgyzstan")
    dialog.date_edit.setDate(QDate(2025, 12, 3))
    dialog.intro_edit.setPlainText("First paragraph.\n\nSecond.")
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    dialog.photos_check.setChecked(False)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))

    assert dialog.options() == PackOptions(
        title="Visit to Issyk-Kul: 12/2025",
        subtitle="UNDP Kyrgyzstan",
        date=dt.date(2025, 12, 3),
        introduction="First paragraph.\n\nSecond.",
        paper="letter",
        photos=False,
        labels_language="ru",
    )
    assert dialog.export_format() == "html"
    # the file name follows the title, with what no file system allows replaced
    assert dialog.output_path().name == "Visit to Issyk-Kul- 12-2025.html"
    assert dialog.source() is not None and dialog.source().kind == "basket"


def test_an_empty_title_and_no_date_fall_back(qtbot: Any, tmp_path: Path) -> None:
    dialog = PackDialog(_settings(tmp_path), [_source()])
    qtbot.addWidget(dialog)
    dialog.title_edit.clear()
    dialog.date_check.setChecked(False)
    options = dialog.options()
    assert options.title == "Briefing pack" and options.date is None
    # switching the headings to Russian turns the default title Russian too
    dialog.title_edit.setText("Briefing pack")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    assert dialog.title_edit.text() == "Брифинг-пакет"


def test_the_dialog_remembers_the_last_choices(qtbot: Any, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first = PackDialog(settings, [_source()])
    qtbot.addWidget(first)
    first.title_edit.setText("Donor visit")
    first.subtitle_edit.setText("UNDP Kazakhstan")
    first.paper_box.setCurrentIndex(first.paper_box.findData("letter"))
    first.photos_check.setChecked(False)
    first.format_box.setCurrentIndex(first.format_box.findData("html"))
    first.output_edit.setText(str(tmp_path / "packs-here.html"))
    first.save_choices()

    second = PackDialog(_settings(tmp_path), [_source()])
    qtbot.addWidget(second)
    options = second.options()
    assert (options.title, options.subtitle, options.paper, options.photos) == (
        "Donor visit",
        "UNDP Kazakhstan",
        "letter",
        False,
    )
    assert second.export_format() == "html"
    assert second.output_path() == tmp_path / "Donor visit.html"


def test_the_dialog_offers_basket_and_results(qtbot: Any, tmp_path: Path) -> None:
    sources = [_source(3), PackSource("results", 200, list, total=950)]
    dialog = PackDialog(_settings(tmp_path), sources)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.source_buttons.values()]
    assert "The 3 stories in the bas&ket, in its order" in texts
    assert "The first 200 of the 950 stories of the current &results" in texts
    dialog.source_buttons["results"].setChecked(True)
    assert dialog.source().kind == "results"

    nothing = PackDialog(_settings(tmp_path), [])
    qtbot.addWidget(nothing)
    assert nothing.problem() is not None
    assert not nothing.buttons.buttons()[0].isEnabled()


def test_file_names_from_titles() -> None:
    assert file_name_for("Visit to Osh", "pdf") == "Visit to Osh.pdf"
    assert file_name_for('a/b\\c:d*e?"f<g>h|', "html") == "a-b-c-d-e-f-g-h.html"
    assert file_name_for("  ...  ", "pdf") == "Briefing pack.pdf"
    assert file_name_for("Визит в Нарын", "pdf") == "Визит в Нарын.pdf"


def test_window_offers_the_current_results_when_the_basket_is_empty(window: Any) -> None:
    assert window.basket.rowCount() == 0
    assert not window.basket_dock.export_button.isEnabled()
    sources = window.pack_sources()
    assert [s.kind for s in sources] == ["results"]
    assert sources[0].count == 7 and sources[0].ids() == window.model.ids()
    dialog = window.pack_dialog(for_print=False)
    try:  # one source: said in a plain label, without a button's shortcut mark
        assert dialog.single_source.text() == "The 7 stories of the current results, in their order"
    finally:
        dialog.deleteLater()
    _basket(window, 2)
    assert window.basket_dock.export_button.isEnabled()
    assert [s.kind for s in window.pack_sources()] == ["basket", "results"]
    assert window.act_export_pack.shortcut().toString() == "Ctrl+E"


def _export(window: Any, qtbot: Any, fmt: str, out: Path) -> Any:
    source = window.pack_sources()[0]
    assert source.kind == "basket"
    options = PackOptions(title="Issyk-Kul visit", subtitle="UNDP Kyrgyzstan")
    with qtbot.waitSignal(window.packs.exported, timeout=60000) as done:
        assert window.packs.export(source, options, fmt, out)
    return done.args[0]


def test_export_the_basket_to_pdf_in_the_background(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    _ids, titles = _basket(window, 4)
    out = tmp_path / "pack.pdf"
    result = _export(window, qtbot, "pdf", out)
    assert result.path == out and result.stories == 4
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == result.pages > 4
    assert _in_order("".join(page.extract_text() for page in reader.pages), titles)
    # the status bar says where it went and offers the folder
    assert window.pack_notice.isVisibleTo(window)
    assert f"{out} (4 stories, {result.pages} pages)" in window.pack_notice.label.text()
    assert window.pack_notice.path == out
    assert not window.packs.running


def test_export_the_basket_to_html(window: Any, qtbot: Any, tmp_path: Path) -> None:
    _ids, titles = _basket(window, 3)
    out = tmp_path / "pack.html"
    result = _export(window, qtbot, "html", out)
    assert result.stories == 3
    text = html.unescape(re.sub(r"<[^>]+>", " ", out.read_text(encoding="utf-8")))
    assert _in_order(text, titles)


@pytest.mark.parametrize("existing", [False, True])
def test_cancel_leaves_no_file_and_an_existing_one_untouched(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    ids, _titles = _basket(window, 5)
    out = tmp_path / "pack.pdf"
    if existing:
        out.write_bytes(b"the pack sent last week")
    # Hold the worker until the progress window is up, so Cancel is pressed mid-export.
    gate = threading.Event()

    def held_ids() -> list[str]:
        gate.wait(20)
        return ids

    source = PackSource("basket", len(ids), held_ids)
    try:
        window.packs.export(source, PackOptions(title="Cancelled"), "pdf", out)
        qtbot.waitUntil(lambda: window.packs.dialog is not None, timeout=5000)
        dialog = window.packs.dialog
        assert dialog.isVisible()
        with qtbot.waitSignal(window.packs.cancelled, timeout=60000):
            dialog.cancel_button.click()
            assert "nothing will be written" in dialog.heading.text()
            gate.set()
    finally:
        gate.set()
    assert not window.packs.running and window.packs.dialog is None
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."
    if existing:
        assert out.read_bytes() == b"the pack sent last week"
    else:
        assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_progress_shows_the_story_being_written(qtbot: Any) -> None:
    dialog = packs.PackProgressDialog("Writing the briefing pack…")
    qtbot.addWidget(dialog)
    dialog.show()
    # a PDF reports each story twice: laid out (1..n), then painted (n+1..2n)
    dialog.show_progress(6, 11, "Clean water in Naryn", 5)
    assert dialog.current.text().startswith("Writing story 1 of 5")
    assert dialog.bar.maximum() == 11 and dialog.bar.value() == 6


def test_a_failed_export_is_one_sentence(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(packs, "show_error", lambda _p, what, exc, *_a, **_k: shown.append(what))
    _basket(window, 1)
    source = window.pack_sources()[0]
    out = tmp_path / "missing folder" / "pack.pdf"
    with qtbot.waitSignal(window.packs.failed, timeout=30000) as failed:
        window.packs.export(source, PackOptions(title="x"), "pdf", out)
    assert "does not exist" in failed.args[0]
    assert shown == ["The briefing pack was not made"]
    assert not out.exists()


def test_print_preview_paints_the_pack_layout(window: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    ids, titles = _basket(window, 3)
    pack = window.library.prepare_pack(ids, PackOptions(title="Printed pack", paper="letter"))
    printer = packs.pack_printer(pack)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert printer.docName() == "Printed pack"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = packs.paint_for_preview(pack, printer)
    assert pages > 1
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    assert _in_order("".join(page.extract_text() for page in reader.pages), titles)


def test_print_preview_opens_after_the_pack_is_built(window: Any, qtbot: Any) -> None:
    _basket(window, 2)
    source = window.pack_sources()[0]
    with qtbot.waitSignal(window.packs.previewOpened, timeout=30000) as opened:
        window.packs.open_preview(source, PackOptions(title="Preview"))
    preview = opened.args[0]
    assert preview.pack.options.title == "Preview"
    assert [s.id for s in preview.pack.stories] == source.ids()
    # Qt's own printer() is still a method, giving the printer the preview paints on.
    assert preview.printer() is preview._pack_printer
    assert preview.printer().docName() == "Preview"
    qtbot.waitUntil(lambda: preview.pages > 1, timeout=30000)
    preview.reject()


def test_ctrl_e_exports_the_current_results_through_the_dialog(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "results.html"

    def fill_in(dialog: PackDialog) -> int:
        assert [s.kind for s in dialog.sources] == ["results"]
        dialog.title_edit.setText("All the seeds")
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
        dialog.output_edit.setText(str(out))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PackDialog, "exec", fill_in)
    with qtbot.waitSignal(window.packs.exported, timeout=60000):
        window.act_export_pack.trigger()
    text = out.read_text(encoding="utf-8")
    assert "All the seeds" in text
    titles = [window.library.summaries([i])[i].title for i in window.model.ids()]
    assert _in_order(html.unescape(re.sub(r"<[^>]+>", " ", text)), titles)
    # the choices are kept for next time
    assert window.settings.value("briefingPack/format") == "html"
