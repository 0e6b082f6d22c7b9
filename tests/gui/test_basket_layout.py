"""The briefing basket lays out long titles: wrapped over up to three lines, then elided,
with the whole title in the tooltip; the panel keeps a sensible width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication

from storydesk.gui.basket import MIN_WIDTH, TITLE_LINES, BasketDock, title_lines
from storydesk.gui.models import BasketModel

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

LONG = (
    "Партнёрство — реальные результаты: ПРООН и Япония помогают сёлам Иссык-Кульской "
    "области подготовиться к селям, паводкам и лавинам, а местным службам — быстрее "
    "предупреждать жителей об опасности и восстанавливать дороги после стихии"
)
MIDDLE = "Second Training Workshop on Sustainable National Strategies using the OG-Core"


@pytest.fixture
def dock(tmp_path: Path, qtbot: Any) -> BasketDock:
    model = BasketModel(tmp_path / "basket.json")
    model.add([("short", "Floods"), ("middle", MIDDLE), ("long", LONG)])
    shown = BasketDock(model)
    qtbot.addWidget(shown)
    shown.resize(280, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_long_titles_wrap_then_elide_and_the_tooltip_has_them_whole(
    dock: BasketDock, qtbot: Any
) -> None:
    view = dock.view
    model = dock.model
    heights = [view.visualRect(model.index(r)).height() for r in range(3)]
    line = QFontMetrics(view.font()).lineSpacing()
    assert heights[0] < 2 * line, "a short title takes one line"
    assert heights[1] >= 2 * line, "a longer one wraps instead of being cut off"
    assert heights[2] >= TITLE_LINES * line
    assert heights[2] < (TITLE_LINES + 1) * line, "at most three lines"
    width = view.viewport().width()
    for row in range(3):
        rect = view.visualRect(model.index(row))
        assert rect.right() <= width, "nothing runs off the panel's edge"
    assert model.index(2).data(Qt.ItemDataRole.ToolTipRole) == LONG
    lines = title_lines(LONG, view.font(), 200)
    assert len(lines) == TITLE_LINES and lines[-1].endswith("…")
    assert " ".join(lines)[:-1].replace(" ", "") in LONG.replace(" ", "")
    assert title_lines("Floods", view.font(), 200) == ["Floods"]
    # the title's second line is really painted (the old view cut the title at one line)
    shot = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(2))
    ratio = shot.devicePixelRatio()
    y0, y1 = int((rect.top() + line + 4) * ratio), int((rect.top() + 2 * line + 2) * ratio)
    text = QApplication.palette().color(view.foregroundRole())
    ink = sum(
        1
        for y in range(y0, y1)
        for x in range(0, shot.width(), 2)
        if QColor(shot.pixel(x, y)).lightness() < max(100, text.lightness() + 40)
    )
    assert ink > 30


def test_the_panel_keeps_room_for_its_titles_and_buttons(dock: BasketDock) -> None:
    assert dock.view.minimumWidth() >= MIN_WIDTH
    assert dock.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not dock.view.uniformItemSizes()
