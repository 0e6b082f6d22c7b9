"""The import summary of a long list: compact rows of one height, scrolling, counts per kind.

A real import (real catalogue, real files) of a folder where about two hundred files are
skipped or rejected, then the summary the app shows for its report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

REASON_WORDS = 40


def _inbox(root: Path) -> Path:
    """Two stories, 150 files of no story format and 50 broken stories, in subfolders."""
    inbox = root / "field office uploads" / "2025"
    for month in ("january", "february", "march"):
        (inbox / month).mkdir(parents=True)
    (inbox / "january" / "good.md").write_text(
        "---\ntitle: Solar panels in Osh\n---\nOsh school got panels.\n", encoding="utf-8"
    )
    (inbox / "march" / "good.md").write_text(
        "---\ntitle: Water in Naryn\n---\nA new pipe for Naryn.\n", encoding="utf-8"
    )
    for n in range(150):
        month = ("january", "february", "march")[n % 3]
        (
            inbox / month / f"scan of a signed agreement with the district office {n:03d}.xyz"
        ).write_text("x")
    for n in range(50):
        (inbox / "february" / f"broken story {n:02d}.md").write_text(
            "---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8"
        )
    return inbox


@pytest.fixture
def summary(data_dir: Path, tmp_path: Path, qtbot: Any) -> Any:
    from storydesk.gui.importing import ImportSummaryDialog
    from storydesk.library import Library

    inbox = _inbox(tmp_path)
    with Library.open(data_dir) as library:
        report = library.import_paths([inbox])
    assert report.imported == 2
    assert len(report.rejected) + len(report.skipped) >= 190
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_rows_are_one_line_each_and_the_list_scrolls(summary: Any) -> None:
    table = summary.table
    assert table is not None and table.rowCount() == len(summary.rows) >= 190
    line = table.fontMetrics().height()
    heights = {table.rowHeight(row) for row in range(table.rowCount())}
    assert len(heights) == 1, "every row the same height"
    assert heights.pop() < 2 * line, "one line a row, however long the reason"
    assert table.verticalScrollBar().maximum() > 0, "the list scrolls inside the dialog"
    assert summary.height() <= 700
    # the path shown is below the folder the files share, the whole path is on hover
    item = table.item(0, 0)
    assert not item.text().startswith("/")
    assert item.toolTip().startswith("/") and item.toolTip().endswith(item.text())
    assert "field office uploads" not in item.text()
    why = table.item(0, 2)
    assert why.toolTip() == why.text() and why.text()


def test_counts_per_kind_and_one_kind_at_a_time(summary: Any, qtbot: Any) -> None:
    box = summary.group_box
    assert box is not None
    labels = [box.itemText(i) for i in range(box.count())]
    total = len(summary.rows)
    assert labels[0] == f"All ({total})"
    kinds = {summary.table.item(r, 1).text() for r in range(summary.table.rowCount())}
    assert len(labels) == len(kinds) + 1
    for index in range(1, box.count()):
        box.setCurrentIndex(index)
        kind = box.itemData(index)
        shown = [r for r in range(summary.table.rowCount()) if not summary.table.isRowHidden(r)]
        assert shown and all(summary.table.item(r, 1).text() == kind for r in shown)
        assert box.itemText(index) == f"{kind} ({len(shown)})"
    box.setCurrentIndex(0)
    assert not any(summary.table.isRowHidden(r) for r in range(summary.table.rowCount()))
    assert summary.rejected_text().count("\n") == total - 1, "Copy List keeps every row"
    assert Qt.TextElideMode.ElideMiddle == summary.table.textElideMode()
