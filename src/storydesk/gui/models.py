"""Item models: story lists that hold ids and fetch rows on demand, and the briefing basket.

:class:`StoryListModel` keeps only the ids of the stories shown (a whole catalogue of 100k
ids is a few megabytes); the rows a view actually paints are fetched a page at a time on a
worker thread into a small LRU cache, and a search result grows page by page through
``canFetchMore``/``fetchMore`` as the view scrolls.
"""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage

from storydesk.gui.i18n import date_text
from storydesk.gui.tasks import TaskRunner
from storydesk.library import DisplayNames, StoryRow, StorySummary, write_file

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
ThumbnailRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4

STORY_IDS_MIME = "application/x-storydesk-story-ids"

RowFetcher = Callable[[Sequence[str]], dict[str, StoryRow]]
# more(start) -> (ids, snippets) of the next page of a search, from position ``start``
MoreIds = Callable[[int], tuple[list[str], dict[str, str]]]

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ListRow:
    """A fetched row as the list paints it: the summary and its thumbnail, already decoded."""

    summary: StorySummary
    image: QImage | None


class StoryListModel(QAbstractListModel):
    """Story ids with rows fetched in pages on demand.

    Args:
        fetch_rows: ``ids -> {id: StoryRow}`` (``Library.story_rows``). Runs on the
            runner's ``read`` lane.
        runner: Where fetches run; with ``None`` they run inline (tests).
        page_size: Rows fetched together.
        cache_pages: Pages kept; older ones are dropped and fetched again when shown.
    """

    rowsFetched = Signal()  # a page arrived (tests and status updates wait on it)

    def __init__(
        self,
        fetch_rows: RowFetcher,
        runner: TaskRunner | None = None,
        page_size: int = 50,
        cache_pages: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._runner = runner
        self.page_size = page_size
        self.cache_pages = cache_pages
        self._ids: list[str] = []
        self._total = 0
        self._more: MoreIds | None = None
        self._more_pending = False
        self._snippets: dict[str, str] = {}
        self._pages: OrderedDict[int, dict[str, ListRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._token = 0
        self.names: DisplayNames | None = None
        """Place and country names in the reader's language (set by the window)."""

    # -- contents -----------------------------------------------------------------------

    def set_ids(
        self,
        ids: Sequence[str],
        total: int | None = None,
        more: MoreIds | None = None,
        snippets: dict[str, str] | None = None,
    ) -> None:
        """Show ``ids``; if ``total`` exceeds them, ``more`` fetches the rest as views scroll."""
        self.beginResetModel()
        self._token += 1
        self._ids = list(ids)
        self._total = max(len(self._ids), total or 0)
        self._more = more
        self._more_pending = False
        self._snippets = dict(snippets or {})
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget cached rows (after an import changed stories) and repaint."""
        self._token += 1
        self._pages.clear()
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    @property
    def total(self) -> int:
        """How many stories the list stands for (all pages, fetched or not)."""
        return self._total

    def ids(self) -> list[str]:
        """The ids known so far, in order."""
        return list(self._ids)

    def story_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, story_id: str) -> int:
        try:
            return self._ids.index(story_id)
        except ValueError:
            return -1

    def cached_row(self, row: int) -> StorySummary | None:
        """The fetched summary at ``row``, or ``None`` if its page is not loaded (no fetch)."""
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        story_id = self.story_id(row)
        fetched = page.get(story_id) if story_id else None
        return fetched.summary if fetched else None

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        story_id = self._ids[index.row()]
        if role == IdRole:
            return story_id
        if role == SnippetRole:
            return self._snippets.get(story_id, "")
        row = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.summary.title if row else self.tr("Loading…")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(row.summary) if row else self.tr("Loading…")
        if role == SummaryRole:
            return row.summary if row else None
        if role == ThumbnailRole:
            return row.image if row else None
        if role == Qt.ItemDataRole.ToolTipRole and row:
            return row.summary.title
        return None

    def accessible_text(self, summary: StorySummary) -> str:
        """What a screen reader says for a row: the title, then its date and first place.

        The grid paints a card or a photo; either way the title comes first, so the story
        is named before anything else.
        """
        parts = [summary.title]
        date = date_text(summary.date)
        if date:
            parts.append(date)
        names = self.names
        if summary.places:
            parts.append(names.place(summary.places[0]) if names else summary.places[0])
        elif summary.countries:
            country = summary.countries[0]
            parts.append(names.country(country) if names else country)
        return (
            self.tr("{title}; {details}").format(title=parts[0], details=", ".join(parts[1:]))
            if len(parts) > 1
            else parts[0]
        )

    def mimeTypes(self) -> list[str]:
        return [STORY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._ids[i.row()] for i in indexes if i.isValid()]
        mime.setData(STORY_IDS_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._more is not None
            and len(self._ids) < self._total
            and not self._more_pending
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._more is None:
            return
        self._more_pending = True
        token, start, more = self._token, len(self._ids), self._more
        self._submit(lambda: more(start), lambda page: self._more_arrived(token, page))

    # -- fetching -----------------------------------------------------------------------

    def _row(self, row: int) -> ListRow | None:
        number = row // self.page_size
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page.get(self._ids[row])
        if number not in self._pending:
            self._pending.add(number)
            ids = self._ids[number * self.page_size : (number + 1) * self.page_size]
            token, fetch = self._token, self._fetch_rows

            def job() -> dict[str, ListRow]:
                # A page asked for by a list since replaced (scrolled through, then a new
                # search) is not read: the reading holds the interpreter's lock, and the
                # window's thread would wait for rows nobody will see.
                return _with_images(fetch(ids)) if token == self._token else {}

            self._submit(job, lambda rows: self._page_arrived(token, number, rows))
        page = self._pages.get(number)  # arrives at once when fetches run inline
        return page.get(self._ids[row]) if page is not None else None

    def _submit(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self._runner is None:
            done(job())
        else:
            self._runner.run(job, on_done=done, on_failed=self._failed, lane="read")

    def _failed(self, exc: BaseException, tb: str) -> None:
        log.error("could not fetch story rows: %s\n%s", exc, tb)
        self._pending.clear()
        self._more_pending = False

    def _page_arrived(self, token: int, number: int, rows: dict[str, ListRow]) -> None:
        if token != self._token:
            return  # the list changed since this page was asked for
        self._pending.discard(number)
        self._pages[number] = rows
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        first = number * self.page_size
        last = min(first + self.page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))
        self.rowsFetched.emit()

    def _more_arrived(self, token: int, page: tuple[list[str], dict[str, str]]) -> None:
        if token != self._token:
            return
        self._more_pending = False
        ids, snippets = page
        known = set(self._ids)
        ids = [i for i in ids if i not in known]
        if not ids:
            self._total = len(self._ids)  # the search found fewer than it first said
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(ids) - 1)
        self._ids.extend(ids)
        self._snippets.update(snippets)
        self.endInsertRows()


def _with_images(rows: dict[str, StoryRow]) -> dict[str, ListRow]:
    """Loads each row's thumbnail into a QImage (safe off the UI thread, unlike QPixmap)."""
    out: dict[str, ListRow] = {}
    for story_id, row in rows.items():
        image = QImage(os.fspath(row.thumbnail)) if row.thumbnail else None
        out[story_id] = ListRow(row.summary, None if image is None or image.isNull() else image)
    return out


class BasketModel(QAbstractListModel):
    """The briefing basket: an ordered list of story ids with titles, kept in a JSON file.

    The file (``basket.json`` in the data folder) is rewritten atomically after each change.
    """

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._items: list[dict[str, str]] = []
        self._load()

    def _load(self) -> None:
        try:
            document = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("the briefing basket in %s could not be read: %s", self._path, exc)
            return
        stories = document.get("stories", []) if isinstance(document, dict) else []
        for entry in stories:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                self._items.append({"id": entry["id"], "title": str(entry.get("title", ""))})

    def save(self) -> None:
        document = {"version": 1, "stories": self._items}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
            write_file(self._path, data)
        except OSError as exc:
            log.error("the briefing basket could not be saved to %s: %s", self._path, exc)

    def _changed(self) -> None:
        self.save()
        self.changed.emit()

    def ids(self) -> list[str]:
        return [item["id"] for item in self._items]

    def add(self, stories: Sequence[tuple[str, str]]) -> int:
        """Append ``(id, title)`` pairs not already in the basket; returns how many were new."""
        known = set(self.ids())
        new = [{"id": i, "title": t} for i, t in stories if i not in known]
        # one id may appear twice in ``stories`` itself
        unique: dict[str, dict[str, str]] = {}
        for item in new:
            unique.setdefault(item["id"], item)
        if not unique:
            return 0
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(unique) - 1)
        self._items.extend(unique.values())
        self.endInsertRows()
        self._changed()
        return len(unique)

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        self._changed()

    def move(self, row: int, delta: int) -> int:
        """Move one story up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        item = self._items.pop(row)
        self._items.insert(target, item)
        self.endMoveRows()
        self._changed()
        return target

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self.endResetModel()
        self._changed()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item["title"] or item["id"]
        if role == IdRole:
            return item["id"]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [STORY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = {"basket_rows": rows, "ids": [self._items[r]["id"] for r in rows]}
        mime.setData(STORY_IDS_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        if not data.hasFormat(STORY_IDS_MIME):
            return False
        try:
            payload = json.loads(bytes(data.data(STORY_IDS_MIME).data()).decode("utf-8"))
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        if isinstance(payload, dict) and "basket_rows" in payload:
            # reordering inside the basket
            rows = [r for r in payload["basket_rows"] if 0 <= r < len(self._items)]
            moving = [self._items[r] for r in rows]
            before = sum(1 for r in rows if r < row)
            self.beginResetModel()
            for r in sorted(rows, reverse=True):
                del self._items[r]
            row -= before
            self._items[row:row] = moving
            self.endResetModel()
            self._changed()
            return False  # we moved the rows ourselves; the view must not remove any
        if isinstance(payload, list):
            self.add([(str(i), "") for i in payload])
            return True
        return False
