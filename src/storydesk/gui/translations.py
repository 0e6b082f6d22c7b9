"""Translations linked and unlinked by hand: Stories › Link as Translations and Unlink.

The writes run on the task runner's ``write`` lane; the main window's reading pane shows the
story again once they are done, and the status bar names the stories.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from storydesk.gui.models import IdRole, SummaryRole
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from storydesk.library import Library, StorySummary


class TranslationLinks(QObject):
    """The Link as Translations and Unlink from Translations actions of the main window.

    Args:
        library: The catalogue.
        runner: Where the writes run (``write`` lane).
        window: The main window: its results list, reading pane and status bar.
    """

    linked = Signal(list)
    """The ids of the group just linked."""
    unlinked = Signal(str)
    """The id of the story just taken out of its translations."""
    failed = Signal(str)
    """A sentence saying why linking or unlinking did not happen."""

    def __init__(self, library: Library, runner: TaskRunner, window: Any) -> None:
        super().__init__(window)
        self._library = library
        self._runner = runner
        self._window = window
        self.busy = False
        self.act_link = QAction(self.tr("&Link as Translations"), window)
        self.act_link.setObjectName("linkTranslations")
        self.act_link.setStatusTip(
            self.tr("Link the selected stories, in different languages, as translations")
        )
        self.act_link.triggered.connect(self.link_selected)
        self.act_unlink = QAction(self.tr("&Unlink from Translations"), window)
        self.act_unlink.setObjectName("unlinkTranslation")
        self.act_unlink.setStatusTip(
            self.tr("Take the story shown out of its group of translations")
        )
        self.act_unlink.triggered.connect(self.unlink_shown)
        window.addAction(self.act_link)
        window.addAction(self.act_unlink)
        window.results.selectionModel().selectionChanged.connect(self.update_actions)
        window.model.modelReset.connect(self.update_actions)
        window.reading.storyShown.connect(lambda _id: self.update_actions())
        window.reading.unlinkRequested.connect(self.unlink)
        self.linked.connect(self._refresh)
        self.unlinked.connect(self._refresh)
        self.failed.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.update_actions()

    def add_to_menu(self, menu: QMenu) -> None:
        """Put both actions in ``menu`` (Stories), after a separator."""
        menu.addSeparator()
        menu.addAction(self.act_link)
        menu.addAction(self.act_unlink)

    # -- state ------------------------------------------------------------------------

    def selected(self) -> list[StorySummary]:
        """Summaries of the stories selected in the results, in list order."""
        window = self._window
        rows = sorted({i.row() for i in window.results.selectionModel().selectedIndexes()})
        out = []
        for row in rows:
            summary = window.model.index(row).data(SummaryRole)
            if summary is not None and window.model.index(row).data(IdRole):
                out.append(summary)
        return out

    def update_actions(self, *_args: object) -> None:
        """Link needs two or more selected stories in different languages; Unlink needs a
        shown story that has translations."""
        selected = self.selected()
        languages = [s.language for s in selected]
        self.act_link.setEnabled(
            not self.busy and len(selected) >= 2 and len(set(languages)) == len(languages)
        )
        shown = self._window.reading.shown
        self.act_unlink.setEnabled(
            not self.busy and shown is not None and bool(shown.page.translations)
        )

    # -- actions ----------------------------------------------------------------------

    def link_selected(self) -> None:
        """Link the selected stories as translations of each other."""
        ids = [s.id for s in self.selected()]
        if len(ids) >= 2:
            self.link(ids)

    def link(self, ids: list[str]) -> None:
        """Link ``ids`` as translations (off the UI thread)."""
        library = self._library

        def job() -> tuple[list[str], dict[str, StorySummary]]:
            group = library.link_translations(ids)
            return group, library.summaries(group)

        self._start()
        self._runner.run(job, on_done=self._linked, on_failed=self._failed, lane="write")

    def unlink_shown(self) -> None:
        """Take the story in the reading pane out of its translations."""
        story = self._window.reading.story
        if story is not None:
            self.unlink(story.id)

    def unlink(self, story_id: str) -> None:
        """Take ``story_id`` out of its translations (off the UI thread)."""
        library = self._library

        def job() -> tuple[str, dict[str, StorySummary]]:
            former = library.unlink_translation(story_id)
            return story_id, library.summaries([story_id, *former])

        self._start()
        self._runner.run(job, on_done=self._unlinked, on_failed=self._failed, lane="write")

    def _start(self) -> None:
        self.busy = True
        self.update_actions()

    def _linked(self, result: tuple[list[str], dict[str, StorySummary]]) -> None:
        group, summaries = result
        self.busy = False
        titles = "; ".join(summaries[i].title for i in group if i in summaries)
        self._window.statusBar().showMessage(
            self.tr("Linked %Ln stories as translations: {titles}", "", len(group)).format(
                titles=titles
            ),
            8000,
        )
        self.linked.emit(group)

    def _unlinked(self, result: tuple[str, dict[str, StorySummary]]) -> None:
        story_id, summaries = result
        self.busy = False
        title = summaries[story_id].title if story_id in summaries else story_id
        self._window.statusBar().showMessage(
            self.tr("“{title}” is no longer linked to its translations").format(title=title),
            8000,
        )
        self.unlinked.emit(story_id)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        from storydesk.gui.errors import describe

        self.busy = False
        self.update_actions()
        self.failed.emit(
            self.tr("The translations were not changed. {reason}").format(reason=describe(exc))
        )

    def _refresh(self, *_args: object) -> None:
        """Show the story in the reading pane again, with its new translations."""
        reading = self._window.reading
        if reading.story is not None:
            reading.show_story(reading.story.id)
        self.update_actions()
