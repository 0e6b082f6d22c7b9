"""The results grid: a story without a photo is a readable card, not a grey box."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem

from storydesk.gui.delegate import (
    GRID_THUMB,
    StoryDelegate,
    partner_color,
    partner_initials,
)
from storydesk.gui.models import StoryListModel, ThumbnailRole
from storydesk.library import StoryRow, StorySummary

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

LONG_TITLE = (
    "Partnership in practice: UNDP and the Government of Japan help villages of the "
    "Issyk-Kul region prepare for mudflows, floods and avalanches in the mountains"
)


def summary(story_id: str, title: str, partners: tuple[str, ...] = ("UNDP",)) -> StorySummary:
    return StorySummary(
        id=story_id,
        title=title,
        language="en",
        date=dt.date(2025, 7, 31),
        countries=("Kyrgyzstan",),
        places=("Issyk-Kul Region",),
        partners=partners,
        sdgs=(),
        tags=(),
        author=None,
        source_name=None,
        source_url=None,
    )


class Rows:
    """Rows with no thumbnail, as a text-only corpus gives."""

    def __init__(self, stories: dict[str, StorySummary]) -> None:
        self.stories = stories

    def __call__(self, ids: Sequence[str]) -> dict[str, StoryRow]:
        return {i: StoryRow(self.stories[i], thumbnail=None) for i in ids}


def grid_model(stories: dict[str, StorySummary]) -> StoryListModel:
    model = StoryListModel(Rows(stories), runner=None)
    model.set_ids(list(stories))
    return model


def paint_tile(
    model: StoryListModel,
    row: int,
    *,
    palette: QPalette | None = None,
    ratio: float = 1.0,
    selected: bool = False,
) -> QImage:
    """One grid tile painted by the delegate into an image, as the view would paint it."""
    view = QListView()
    delegate = StoryDelegate(view)
    delegate.grid = True
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = QApplication.font()
    option.palette = palette or QApplication.palette()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    index = model.index(row)
    size = delegate.sizeHint(option, index)
    option.rect = QRect(0, 0, size.width(), size.height())
    image = QImage(
        QSize(round(size.width() * ratio), round(size.height() * ratio)),
        QImage.Format.Format_ARGB32,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(option.palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    view.deleteLater()
    return image


def colours(image: QImage, area: QRect | None = None) -> Counter[int]:
    """How many pixels of each colour ``area`` (device pixels) holds."""
    area = area or image.rect()
    counts: Counter[int] = Counter()
    for y in range(area.top(), area.bottom() + 1, 1):
        for x in range(area.left(), area.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    return counts


def picture_area(image: QImage) -> QRect:
    """Where the old grid drew its grey box: the top GRID_THUMB pixels of the tile."""
    ratio = image.devicePixelRatio()
    return QRect(
        round(8 * ratio),
        round(8 * ratio),
        image.width() - round(16 * ratio),
        round(GRID_THUMB * ratio),
    )


def test_a_story_without_a_photo_is_a_card_with_its_title(qapp: Any) -> None:
    model = grid_model({"a": summary("a", LONG_TITLE), "b": summary("b", "Another story")})
    assert model.index(0).data(ThumbnailRole) is None
    card = paint_tile(model, 0)
    area = picture_area(card)
    counts = colours(card, area)
    # the old tile: one grey colour over the whole picture area
    most_count = counts.most_common(1)[0][1]
    assert len(counts) > 20, "antialiased text and a coloured circle give many colours"
    assert most_count < 0.95 * sum(counts.values())
    # the title is what differs between two cards of the same partner, date and place
    other = paint_tile(model, 1)
    assert colours(card, area) != colours(other, area)
    # and the text is dark on a light palette: real glyph pixels, not a tint
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    dark = sum(n for rgb, n in counts.items() if QColor(rgb).lightness() < 80)
    assert text.lightness() < 80 and dark > 200


def test_the_card_takes_the_partners_colour_and_initials(qapp: Any) -> None:
    model = grid_model(
        {
            "u": summary("u", "Same title", ("UNDP",)),
            "w": summary("w", "Same title", ("World Bank",)),
            "n": summary("n", "Same title", ()),
        }
    )
    undp, bank, none = (paint_tile(model, r) for r in range(3))
    accent = partner_color("UNDP")
    assert colours(undp)[accent.rgb()] > 30, "the band and circle in UNDP's colour"
    assert colours(bank)[accent.rgb()] == 0
    assert colours(none)[accent.rgb()] == 0
    assert partner_initials("UNDP") == "UNDP"
    assert partner_initials("World Bank") == "WB"
    assert partner_initials("Ministry of Emergency Situations") == "MES"
    assert partner_initials("Kazinform") == "KA"
    assert partner_initials("ПРООН") == "ПРООН"[:4]


def test_partner_colours_are_the_same_in_every_run() -> None:
    here = [partner_color(n).name() for n in ("UNDP", "World Bank", "JICA")]
    assert len(set(here)) == 3
    code = (
        "from storydesk.gui.delegate import partner_color;"
        "print(' '.join(partner_color(n).name() for n in ('UNDP', 'World Bank', 'JICA')))"
    )
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
        assert out.stdout.split() == here, out.stderr


def test_the_card_is_readable_on_a_dark_palette_and_when_selected(qapp: Any) -> None:
    dark = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.Mid, "#5a5a5a"),
    ):
        dark.setColor(role, QColor(colour))
    model = grid_model({"a": summary("a", LONG_TITLE)})
    image = paint_tile(model, 0, palette=dark)
    counts = colours(image, picture_area(image))
    background = QColor(counts.most_common(1)[0][0])
    assert background.lightness() < 80, "the card stays dark on a dark palette"
    light = sum(n for rgb, n in counts.items() if QColor(rgb).lightness() > 180)
    assert light > 200, "the title is drawn in the palette's light text colour"
    selected = paint_tile(model, 0, selected=True)
    highlighted = QApplication.palette().color(QPalette.ColorRole.HighlightedText)
    near = sum(
        n
        for rgb, n in colours(selected, picture_area(selected)).items()
        if abs(QColor(rgb).lightness() - highlighted.lightness()) < 30
    )
    assert near > 200, "a selected card draws its text in the highlighted text colour"


def test_the_card_is_sharp_at_twice_the_pixels(qapp: Any) -> None:
    model = grid_model({"a": summary("a", LONG_TITLE)})
    single = paint_tile(model, 0)
    double = paint_tile(model, 0, ratio=2.0)
    assert double.width() == 2 * single.width()
    # drawn at device resolution: finer detail, so more distinct colours and more ink
    ink_single = sum(n for rgb, n in colours(single).items() if QColor(rgb).lightness() < 100)
    ink_double = sum(n for rgb, n in colours(double).items() if QColor(rgb).lightness() < 100)
    assert ink_double > 3 * ink_single
    assert len(colours(double)) >= len(colours(single))


def test_the_window_grid_shows_cards_and_names_each_story(window: Any, qtbot: Any) -> None:
    window.set_view("grid")
    view = window.results
    model = view.model()
    qtbot.waitUntil(lambda: model.index(0).data(Qt.ItemDataRole.DisplayRole) != "Loading…")
    rows = [r for r in range(model.rowCount()) if model.index(r).data(ThumbnailRole) is None]
    assert rows, "the seeds hold stories without a photo"
    row = rows[0]
    index = model.index(row)
    view.scrollTo(index)
    qtbot.wait(50)
    shot = view.viewport().grab().toImage()
    rect = view.visualRect(index).adjusted(8, 8, -8, 0)
    ratio = shot.devicePixelRatio()
    area = QRect(
        round(rect.left() * ratio),
        round(rect.top() * ratio),
        round(rect.width() * ratio),
        round(min(GRID_THUMB, rect.height()) * ratio),
    )
    counts = colours(shot, area)
    assert len(counts) > 20
    assert counts.most_common(1)[0][1] < 0.95 * sum(counts.values())
    title = model.index(row).data(Qt.ItemDataRole.DisplayRole)
    accessible = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith(title)
    assert len(accessible) > len(title), "the date or place follows the title"


def test_a_row_is_read_aloud_with_its_place_in_the_readers_language(
    seeded_library: Any, qtbot: Any
) -> None:
    from storydesk.gui.models import StoryListModel
    from storydesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    model = StoryListModel(seeded_library.story_rows, runner)
    model.names = seeded_library.names("ru")
    summaries = seeded_library.summaries(seeded_library.story_ids())
    summary = next(s for s in summaries.values() if "Issyk-Kul Region" in s.places[:1])
    spoken = model.accessible_text(summary)
    assert spoken.startswith(summary.title)
    assert "Иссык-Кульская область" in spoken and "Issyk-Kul Region" not in spoken
    runner.close()
