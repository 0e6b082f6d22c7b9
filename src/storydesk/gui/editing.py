"""Editing a story's metadata in the app: the edit form in the reading pane, and its undo.

Stories › Edit Story… (F2), or Edit in the reading pane, turns the pane into a form for the
story shown: title, summary, date (or undated), language, countries, places, partners and
tags as lists of names, the 17 goals with the ones the text suggests marked, author and
source. Names are chosen from the directory with completion on every alias in any language
or script ("ПРООН" finds UNDP); a name the directory does not know is added only once the
user confirms it is new.

Apply saves what changed as one edit (:meth:`storydesk.library.Library.edit_story`: one
catalogue transaction, index updated, history recorded) on the task runner's ``write``
lane, and records it on the window's undo history as an :class:`EditCommand`, so Edit ›
Undo (Ctrl+Z) puts the old values back (recorded as an undo) and Redo makes the edit again.
A refused value leaves the form open with everything typed and one sentence saying why.

Several editors at once (a shared catalogue): the form remembers the story's version it was
loaded from and Apply saves only if the story is still at it. When someone else changed the
story meanwhile, nothing is saved; the form keeps what was typed and a question offers to
reload the story (their change shown, what was typed here put back over it, or dropped).
Undo and Redo name the version their edit made, so they never overwrite a later change by
someone else either: they are refused with the same sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.errors import StoryChangedElsewhere
from storydesk.gui.icons import icon
from storydesk.gui.undo import StoryCommand, StoryUndo, short_title
from storydesk.library import EDITABLE_FIELDS, language_name

if TYPE_CHECKING:
    from storydesk.gui.reading import ReadingPane
    from storydesk.gui.tasks import TaskRunner
    from storydesk.library import DisplayNames, Library, SdgSuggestion, Story

log = logging.getLogger(__name__)

EDIT_FIELDS = EDITABLE_FIELDS
"""The fields the form edits (the core's ``EDITABLE_FIELDS``)."""

LIST_FIELDS = ("countries", "places", "partners", "tags")

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("StoryFields", "Title"),
    "summary": QT_TRANSLATE_NOOP("StoryFields", "Summary"),
    "date": QT_TRANSLATE_NOOP("StoryFields", "Date"),
    "language": QT_TRANSLATE_NOOP("StoryFields", "Language"),
    "countries": QT_TRANSLATE_NOOP("StoryFields", "Countries"),
    "places": QT_TRANSLATE_NOOP("StoryFields", "Places"),
    "partners": QT_TRANSLATE_NOOP("StoryFields", "Partners"),
    "sdgs": QT_TRANSLATE_NOOP("StoryFields", "SDGs"),
    "tags": QT_TRANSLATE_NOOP("StoryFields", "Tags"),
    "author": QT_TRANSLATE_NOOP("StoryFields", "Author"),
    "source_name": QT_TRANSLATE_NOOP("StoryFields", "Source"),
    "source_url": QT_TRANSLATE_NOOP("StoryFields", "Source link"),
    "body": QT_TRANSLATE_NOOP("StoryFields", "Text"),
}

SDG_TITLES = {
    1: QT_TRANSLATE_NOOP("SdgGoals", "No Poverty"),
    2: QT_TRANSLATE_NOOP("SdgGoals", "Zero Hunger"),
    3: QT_TRANSLATE_NOOP("SdgGoals", "Good Health and Well-being"),
    4: QT_TRANSLATE_NOOP("SdgGoals", "Quality Education"),
    5: QT_TRANSLATE_NOOP("SdgGoals", "Gender Equality"),
    6: QT_TRANSLATE_NOOP("SdgGoals", "Clean Water and Sanitation"),
    7: QT_TRANSLATE_NOOP("SdgGoals", "Affordable and Clean Energy"),
    8: QT_TRANSLATE_NOOP("SdgGoals", "Decent Work and Economic Growth"),
    9: QT_TRANSLATE_NOOP("SdgGoals", "Industry, Innovation and Infrastructure"),
    10: QT_TRANSLATE_NOOP("SdgGoals", "Reduced Inequalities"),
    11: QT_TRANSLATE_NOOP("SdgGoals", "Sustainable Cities and Communities"),
    12: QT_TRANSLATE_NOOP("SdgGoals", "Responsible Consumption and Production"),
    13: QT_TRANSLATE_NOOP("SdgGoals", "Climate Action"),
    14: QT_TRANSLATE_NOOP("SdgGoals", "Life Below Water"),
    15: QT_TRANSLATE_NOOP("SdgGoals", "Life on Land"),
    16: QT_TRANSLATE_NOOP("SdgGoals", "Peace, Justice and Strong Institutions"),
    17: QT_TRANSLATE_NOOP("SdgGoals", "Partnerships for the Goals"),
}

STORY_LANGUAGES = ("ru", "en", "kk", "ky", "uz", "tg", "tk", "mn", "bg", "uk")
"""The languages a story can be marked with, in the order the language menu lists them."""

CanonicalRole = Qt.ItemDataRole.UserRole + 20
AliasRole = Qt.ItemDataRole.UserRole + 21
NewRole = Qt.ItemDataRole.UserRole + 22


def field_label(field: str) -> str:
    """A field's name in the interface language ("Partners", "Партнёры")."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("StoryFields", str(label)) if label else field


def sdg_title(goal: int) -> str:
    """A goal's short name in the interface language ("Clean Water and Sanitation")."""
    title = SDG_TITLES.get(goal)
    return QCoreApplication.translate("SdgGoals", str(title)) if title else ""


def sdg_label(goal: int) -> str:
    """A goal as the app names it: "Goal 6 · Clean Water and Sanitation"."""
    text = QCoreApplication.translate("Facets", "Goal {number}").format(number=goal)
    title = sdg_title(goal)
    return f"{text} · {title}" if title else text


def story_value(story: Story, field: str) -> object:
    """The value ``edit_story`` takes for ``field`` of ``story`` (lists, not tuples)."""
    value = getattr(story, field)
    return list(value) if isinstance(value, tuple) else value


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


# -- the directory, for completion ------------------------------------------------------------


@dataclass(frozen=True)
class NameChoice:
    """A name the directory knows: its canonical name and every alias it goes by."""

    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EditChoices:
    """What the name lists complete from: partners, places and countries of the directory."""

    partners: tuple[NameChoice, ...] = ()
    places: tuple[NameChoice, ...] = ()
    countries: tuple[NameChoice, ...] = ()

    def for_field(self, field: str) -> tuple[NameChoice, ...]:
        """The choices of ``countries``, ``places`` or ``partners`` (none for tags)."""
        return getattr(self, field, ()) if field != "tags" else ()


def load_choices(library: Library) -> EditChoices:
    """Runs on a worker: the directory's partners, places and countries with their aliases."""
    partners = tuple(NameChoice(p.name, tuple(p.aliases)) for p in library.partners())
    places: list[NameChoice] = []
    countries: list[NameChoice] = []
    for entry in library.places():
        choice = NameChoice(entry.name, tuple(entry.aliases))
        (countries if entry.kind == "country" else places).append(choice)
    return EditChoices(partners, tuple(places), tuple(countries))


@dataclass(frozen=True)
class EditTarget:
    """What the form opens with: the story, its suggested goals and the directory."""

    story: Story
    suggestions: tuple[SdgSuggestion, ...]
    choices: EditChoices


def sdg_suggestions(library: Library, story_id: str) -> tuple[SdgSuggestion, ...]:
    """The goals the story's text suggests and the story does not have yet (best first).

    Suggestions only help: a failure to make them is logged and gives none, so reading and
    editing go on.
    """
    try:
        return tuple(library.sdg_suggestions(story_id))
    except Exception as exc:
        log.warning("no SDG suggestions for %s: %s", story_id, exc)
        return ()


# -- a list of names -----------------------------------------------------------------------

NEW_PROMPTS = {
    "partners": QT_TRANSLATE_NOOP("EditStory", "Add as a New Partner"),
    "places": QT_TRANSLATE_NOOP("EditStory", "Add as a New Place"),
    "countries": QT_TRANSLATE_NOOP("EditStory", "Add as a New Country"),
}
PLACEHOLDERS = {
    "partners": QT_TRANSLATE_NOOP("EditStory", "Add a partner: any name or alias…"),
    "places": QT_TRANSLATE_NOOP("EditStory", "Add a place: any name or alias…"),
    "countries": QT_TRANSLATE_NOOP("EditStory", "Add a country…"),
    "tags": QT_TRANSLATE_NOOP("EditStory", "Add a tag…"),
}


class NameListEdit(QWidget):
    """An editable list of names (partners, places, countries or tags).

    The names stand in a wrapping row; Remove (or Delete) takes out the selected ones.
    The field below completes from every canonical name and alias of the directory; Enter
    or Add puts in the directory's canonical name. A name the directory does not know asks
    first ("Add as a New Partner"); tags are free words.

    Signals:
        changed: The list changed.
    """

    changed = Signal()

    def __init__(
        self,
        field: str,
        names: DisplayNames | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.names = names
        self._known: dict[str, str] = {}
        self._pending = ""

        self.list = QListWidget()
        self.list.setObjectName(f"{field}List")
        self.list.setAccessibleName(field_label(field))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._row_height = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(self._row_height * 2 + 6)
        self.list.setStyleSheet(
            "QListWidget::item { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 0px 6px; margin: 1px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)

        self.entry = QLineEdit()
        self.entry.setObjectName(f"{field}Entry")
        self.entry.setPlaceholderText(
            QCoreApplication.translate("EditStory", str(PLACEHOLDERS.get(field, "")))
        )
        self.entry.setAccessibleName(self.tr("Add to {field}").format(field=field_label(field)))
        self.entry.returnPressed.connect(self.add_entry)
        self.entry.textEdited.connect(lambda _t: self._hide_new())
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionRole(AliasRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        self.entry.setCompleter(self.completer)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setObjectName(f"{field}Add")
        self.add_button.setToolTip(self.tr("Add the name typed (Enter)"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.setObjectName(f"{field}Remove")
        self.remove_button.setToolTip(self.tr("Remove the selected names (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.new_bar = QFrame()
        self.new_bar.setObjectName(f"{field}NewBar")
        self.new_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.new_label = QLabel()
        self.new_label.setWordWrap(True)
        self.new_button = QPushButton(
            QCoreApplication.translate("EditStory", str(NEW_PROMPTS.get(field, "")))
        )
        self.new_button.setObjectName(f"{field}ConfirmNew")
        self.new_button.clicked.connect(self.confirm_new)
        keep_out = QPushButton(self.tr("Cancel"))
        keep_out.clicked.connect(self._hide_new)
        new_row = QHBoxLayout(self.new_bar)
        new_row.setContentsMargins(6, 2, 6, 2)
        new_row.addWidget(self.new_label, 1)
        new_row.addWidget(self.new_button)
        new_row.addWidget(keep_out)
        self.new_bar.hide()

        entry_row = QHBoxLayout()
        entry_row.setContentsMargins(0, 0, 0, 0)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        entry_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(entry_row)
        layout.addWidget(self.new_bar)
        self._update_buttons()

    # -- choices ----------------------------------------------------------------------

    def set_choices(self, choices: Sequence[NameChoice]) -> None:
        """What the field completes from: every canonical name and alias."""
        self._model.clear()
        self._known = {}
        for choice in choices:
            shown = self._shown(choice.name)
            spellings = dict.fromkeys([choice.name, shown, *choice.aliases])
            for spelling in spellings:
                if not spelling:
                    continue
                self._known.setdefault(_fold(spelling), choice.name)
                text = shown if spelling == shown else f"{spelling} → {shown}"
                item = QStandardItem(text)
                item.setData(spelling, AliasRole)
                item.setData(choice.name, CanonicalRole)
                item.setEditable(False)
                self._model.appendRow(item)

    def canonical(self, text: str) -> str | None:
        """The directory's name for ``text`` (any alias, any case), ``None`` if unknown."""
        return self._known.get(_fold(text))

    # -- the names ----------------------------------------------------------------------

    def set_names(self, names: Sequence[str]) -> None:
        """Show ``names`` (canonical names), replacing the list."""
        self.list.clear()
        for name in names:
            self._append(name, new=False)
        self._hide_new()
        self.entry.clear()
        self._update_buttons()
        QTimer.singleShot(0, self.fit_height)

    def names_value(self) -> list[str]:
        """The names in the list, in order (canonical names; new ones as typed)."""
        return [str(self.list.item(row).data(CanonicalRole)) for row in range(self.list.count())]

    def add_entry(self) -> None:
        """Enter or Add: put in the name typed (asking first if the directory lacks it)."""
        text = " ".join(self.entry.text().split())
        if not text:
            return
        name = self.canonical(text)
        if name is not None or self.field == "tags":
            self.add_name(name or text)
            self.entry.clear()
            return
        self._pending = text
        self.new_label.setText(self.tr("“{name}” is not in the directory.").format(name=text))
        self.new_bar.show()

    def confirm_new(self) -> None:
        """ "Add as a New …": put in the name the directory does not know yet."""
        if self._pending:
            self.add_name(self._pending, new=True)
        self.entry.clear()
        self._hide_new()

    def add_name(self, name: str, new: bool = False) -> bool:
        """Add ``name`` unless it is there already; ``True`` when added."""
        if _fold(name) in {_fold(n) for n in self.names_value()}:
            return False
        self._append(name, new=new)
        self.changed.emit()
        self.fit_height()
        return True

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()
            self.fit_height()
        self._update_buttons()

    def _append(self, name: str, new: bool) -> None:
        item = QListWidgetItem(self._shown(name))
        item.setData(CanonicalRole, name)
        item.setData(NewRole, new)
        if new:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("New: added to the directory when you apply"))
        elif self._shown(name) != name:
            item.setToolTip(name)
        self.list.addItem(item)

    def _shown(self, name: str) -> str:
        if self.names is None:
            return name
        if self.field == "partners":
            return self.names.partner(name)
        if self.field in ("places", "countries"):
            return self.names.place(name)
        return name

    def _completed(self, index: QModelIndex) -> None:
        name = index.data(CanonicalRole)
        if name:
            self.add_name(str(name))
            self._hide_new()
            # the completer writes its text into the field after this signal
            QTimer.singleShot(0, self.entry.clear)

    def _hide_new(self) -> None:
        self._pending = ""
        self.new_bar.hide()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def fit_height(self) -> None:
        """As tall as the names need: two to five rows (more scroll)."""
        lst = self.list
        frame = lst.frameWidth() * 2 + 4
        needed = 0
        if lst.count():
            lst.doItemsLayout()
            last = lst.visualItemRect(lst.item(lst.count() - 1))
            needed = last.bottom() + lst.verticalScrollBar().value() + frame
        lst.setFixedHeight(max(self._row_height * 2 + 6, min(self._row_height * 5 + frame, needed)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_height)


# -- the form -------------------------------------------------------------------------------


class GoalGrid(QWidget):
    """The 17 goal checkboxes in as many columns as the width allows (one to three)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        self.columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)

    def add(self, box: QCheckBox) -> None:
        self.boxes.append(box)
        self._arrange(1)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns and all(self._grid.indexOf(b) >= 0 for b in self.boxes):
            return
        self.columns = columns
        for box in self.boxes:
            self._grid.removeWidget(box)
        rows = -(-len(self.boxes) // columns)
        for n, box in enumerate(self.boxes):
            self._grid.addWidget(box, n % rows, n // rows)

    def minimumSizeHint(self) -> Any:
        hint = super().minimumSizeHint()
        widest = max((b.sizeHint().width() for b in self.boxes), default=0)
        hint.setWidth(min(hint.width(), widest))
        return hint

    def resizeEvent(self, event: Any) -> None:
        widest = max((b.sizeHint().width() for b in self.boxes), default=1) + 12
        self._arrange(max(1, min(3, self.width() // max(1, widest))))
        super().resizeEvent(event)


class StoryEditForm(QWidget):
    """The edit form for one story, shown in place of the reading pane's page.

    Signals:
        applyRequested: Apply: the form's :meth:`changes` should be saved.
        cancelRequested: Cancel: close the form without saving.
        historyRequested: History…: show the story's history.
    """

    applyRequested = Signal()
    cancelRequested = Signal()
    historyRequested = Signal()

    def __init__(self, names: DisplayNames | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyEditForm")
        self.names = names
        self.story: Story | None = None
        self.suggestions: tuple[SdgSuggestion, ...] = ()

        self.heading = QLabel()
        self.heading.setObjectName("editHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.error = QLabel()
        self.error.setObjectName("editError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "QLabel { color: #a50e0e; background: #fce8e6; padding: 6px; border-radius: 3px; }"
        )
        self.error.hide()

        self.title = QLineEdit()
        self.title.setObjectName("editTitle")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("editSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().height() * 4 + 12)
        self.date = QDateEdit()
        self.date.setObjectName("editDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.undated = QCheckBox(self.tr("Undated"))
        self.undated.setObjectName("editUndated")
        self.undated.toggled.connect(lambda on: self.date.setEnabled(not on))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.undated)
        date_row.addStretch(1)
        self.language = QComboBox()
        self.language.setObjectName("editLanguage")
        self.lists = {field: NameListEdit(field, names) for field in LIST_FIELDS}
        self.author = QLineEdit()
        self.author.setObjectName("editAuthor")
        self.source_name = QLineEdit()
        self.source_name.setObjectName("editSourceName")
        self.source_url = QLineEdit()
        self.source_url.setObjectName("editSourceUrl")
        self.source_url.setPlaceholderText(self.tr("https://…"))

        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("sdgSuggestions")
        self.suggestion_layout = QVBoxLayout(self.suggestion_box)
        self.suggestion_layout.setContentsMargins(0, 0, 0, 4)
        self.suggestion_layout.setSpacing(2)
        self.goals: dict[int, QCheckBox] = {}
        self.goal_grid = GoalGrid()
        for goal in range(1, 18):
            box = QCheckBox(sdg_label(goal))
            box.setObjectName(f"sdg{goal}")
            self.goals[goal] = box
            self.goal_grid.add(box)
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.suggestion_box)
        goals_layout.addWidget(self.goal_grid)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(field_label("title"), self.title)
        form.addRow(field_label("summary"), self.summary)
        form.addRow(field_label("date"), date_row)
        form.addRow(field_label("language"), self.language)
        for field in ("countries", "places", "partners"):
            form.addRow(field_label(field), self.lists[field])
        form.addRow(field_label("sdgs"), goals)
        form.addRow(field_label("tags"), self.lists["tags"])
        form.addRow(field_label("author"), self.author)
        form.addRow(field_label("source_name"), self.source_name)
        form.addRow(field_label("source_url"), self.source_url)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(10, 6, 10, 6)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)

        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("editApply")
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(self.tr("Save the changes (Ctrl+Return)"))
        self.apply_button.clicked.connect(self.applyRequested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("editCancel")
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("editHistory")
        self.history_button.clicked.connect(self.historyRequested)
        self.busy_label = QLabel()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(10, 4, 10, 8)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.busy_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            apply_key = QShortcut(QKeySequence(keys), self)
            apply_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            apply_key.activated.connect(self.applyRequested)
        cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_key.activated.connect(self._escape)

        top = QVBoxLayout()
        top.setContentsMargins(10, 8, 10, 0)
        top.addWidget(self.heading)
        top.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- filling ------------------------------------------------------------------------

    def load(self, target: EditTarget) -> None:
        """Fill the form with the story's values, the suggested goals and the directory."""
        story = target.story
        self.story = story
        self.heading.setText(self.tr("Edit Story"))
        self.heading.setToolTip(story.title)
        self.show_error("")
        self.title.setText(story.title or "")
        self.title.setCursorPosition(0)
        self.summary.setPlainText(story.summary or "")
        self.undated.setChecked(story.date is None)
        day = story.date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setEnabled(story.date is not None)
        self._fill_languages(story.language)
        for field, widget in self.lists.items():
            widget.set_choices(target.choices.for_field(field))
            widget.set_names(list(getattr(story, field)))
        for goal, box in self.goals.items():
            box.setChecked(goal in story.sdgs)
        self.author.setText(story.author or "")
        self.source_name.setText(story.source_name or "")
        self.source_url.setText(story.source_url or "")
        self.set_suggestions(target.suggestions)
        self.set_busy(False)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_languages(self, current: str | None) -> None:
        self.language.clear()
        self.language.addItem(self.tr("Not known"), None)
        codes = list(STORY_LANGUAGES)
        if current and current not in codes:
            codes.append(current)
        for code in codes:
            name = language_name(code) or code
            self.language.addItem(
                QCoreApplication.translate("StoryPage", "{language} ({code})").format(
                    language=name, code=code
                ),
                code,
            )
        self.language.setCurrentIndex(max(0, self.language.findData(current)))

    def set_suggestions(self, suggestions: Sequence[SdgSuggestion]) -> None:
        """Mark the goals the text suggests, each with a one-click Confirm."""
        self.suggestions = tuple(suggestions)
        while self.suggestion_layout.count():
            item = self.suggestion_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for box in self.goals.values():
            font = box.font()
            font.setBold(False)
            box.setFont(font)
            box.setToolTip("")
        shown = 0
        for suggestion in self.suggestions:
            goal = int(suggestion.goal)
            if goal not in self.goals:
                continue
            box = self.goals[goal]
            terms = ", ".join(suggestion.terms)
            # marked in bold, the words that suggested it in the tooltip and the line above
            font = box.font()
            font.setBold(True)
            box.setFont(font)
            box.setToolTip(self.tr("Suggested from the story's text: {terms}").format(terms=terms))
            if box.isChecked():
                continue
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(
                self.tr("Suggested: {goal} ({terms})").format(goal=sdg_label(goal), terms=terms)
            )
            label.setWordWrap(True)
            confirm = QPushButton(self.tr("Confirm"))
            confirm.setObjectName(f"confirmSdg{goal}")
            confirm.setToolTip(self.tr("Tick this goal; Apply saves it"))
            confirm.clicked.connect(lambda _c=False, g=goal, r=row: self._confirm(g, r))
            row_layout.addWidget(label, 1)
            row_layout.addWidget(confirm)
            self.suggestion_layout.addWidget(row)
            shown += 1
        self.suggestion_box.setVisible(shown > 0)

    def _confirm(self, goal: int, row: QWidget) -> None:
        self.goals[goal].setChecked(True)
        row.hide()

    # -- reading the form -------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """Every field as the form holds it, in the form ``edit_story`` takes."""
        language = self.language.currentData()
        return {
            "title": " ".join(self.title.text().split()),
            "summary": _text_or_none(self.summary.toPlainText()),
            "date": None if self.undated.isChecked() else self.date.date().toPython(),
            "language": language if language else None,
            **{field: widget.names_value() for field, widget in self.lists.items()},
            "sdgs": [goal for goal, box in self.goals.items() if box.isChecked()],
            "author": _text_or_none(self.author.text()),
            "source_name": _text_or_none(self.source_name.text()),
            "source_url": _text_or_none(self.source_url.text()),
        }

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the story's."""
        if self.story is None:
            return {}
        story = self.story
        out: dict[str, object] = {}
        for field, value in self.values().items():
            before = story_value(story, field)
            if field == "sdgs":
                if sorted(value) != sorted(before):  # type: ignore[call-overload]
                    out[field] = value
            elif field == "summary":
                if value != _text_or_none(str(before or "")):
                    out[field] = value
            elif value != before:
                out[field] = value
        return out

    def dirty(self) -> bool:
        """Whether the form holds changes not applied."""
        return bool(self.changes())

    def new_names(self) -> dict[str, list[str]]:
        """Names added as new to the directory, by field."""
        out: dict[str, list[str]] = {}
        for field, widget in self.lists.items():
            new = [
                str(widget.list.item(r).data(CanonicalRole))
                for r in range(widget.list.count())
                if widget.list.item(r).data(NewRole)
            ]
            if new:
                out[field] = new
        return out

    # -- state --------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """One sentence above the form saying why the edit was refused ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the edit is saved: buttons off, "Saving…" shown."""
        self.apply_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setText(self.tr("Saving…") if busy else "")

    def _escape(self) -> None:
        for widget in self.lists.values():
            if widget.new_bar.isVisible():
                widget._hide_new()
                return
        self.cancelRequested.emit()


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def _with_values(story: Story, values: Mapping[str, object]) -> Story:
    """``story`` holding the form's ``values`` (as :meth:`StoryEditForm.values` gives them)."""
    fields: dict[str, Any] = {}
    for field, value in values.items():
        if isinstance(value, list):
            fields[field] = tuple(value)
        elif isinstance(value, dt.datetime):
            fields[field] = value.date()
        else:
            fields[field] = value
    return dataclasses.replace(story, **fields)


# -- undo ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedEdit:
    """An edit as made: what ``edit_story`` returned and the values before and after."""

    result: Any
    """The core's ``EditResult`` (story, changed, revision)."""
    old: Mapping[str, object]
    new: Mapping[str, object]


class EditCommand(StoryCommand):
    """An edit on the undo history: undo puts the old values back, redo the new ones."""

    def __init__(self, editor: StoryEditor, saved: SavedEdit) -> None:
        title = saved.result.story.title or saved.result.story.id
        super().__init__(
            editor.history,
            QCoreApplication.translate("EditCommand", "Edit of ‘{title}’").format(
                title=short_title(title)
            ),
        )
        self.editor = editor
        self.story_id = saved.result.story.id
        self.old = dict(saved.old)
        self.new = dict(saved.new)
        # The story's version as the last edit, undo or redo of this command left it: the
        # next one is refused if anyone changed the story since (StoryChangedElsewhere).
        self.version: int | None = saved.result.story.version or None

    def undo_job(self) -> Any:
        result = self.editor.library.edit_story(
            self.story_id, self.old, action="undo", expected_version=self.version
        )
        self.version = result.story.version or None
        return result

    def redo_job(self) -> Any:
        # the history knows edits and undos: making an edit again is an edit
        result = self.editor.library.edit_story(
            self.story_id, self.new, expected_version=self.version
        )
        self.version = result.story.version or None
        return result

    def undone(self, result: Any) -> None:
        self.editor.changed_elsewhere(result)
        self.editor.edited.emit(result)
        self.editor.revealRequested.emit(self.story_id)

    def redone(self, result: Any) -> None:
        self.editor.changed_elsewhere(result)
        self.editor.edited.emit(result)
        self.editor.revealRequested.emit(self.story_id)

    def failure_text(self, direction: str) -> str:
        if direction == "undo":
            return QCoreApplication.translate("EditCommand", "The edit could not be undone")
        return QCoreApplication.translate("EditCommand", "The edit could not be made again")


def make_edit(
    library: Library,
    story_id: str,
    changes: Mapping[str, object],
    expected_version: int | None = None,
) -> SavedEdit:
    """Runs on the write lane: one edit, with the values it replaced (read by the edit's own
    transaction), saved only if the story is still at ``expected_version`` when given."""
    result = library.edit_story(story_id, dict(changes), expected_version=expected_version)
    old = {field: _form_value(field, result.before[field]) for field in result.changed}
    new = {field: story_value(result.story, field) for field in result.changed}
    return SavedEdit(result, old, new)


def _form_value(field: str, value: object) -> object:
    """A value as the catalogue's history holds it (a date as text) as the form holds it."""
    if field == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def _version_of(story: Story) -> int | None:
    """The version to save ``story`` against (``None``: not known, save as it stands)."""
    version = getattr(story, "version", 0)
    return version if isinstance(version, int) and version > 0 else None


class StoryEditor(QObject):
    """Opens the edit form in the reading pane, saves edits and puts them on the undo history.

    Args:
        library: The catalogue.
        runner: Reads on the ``read`` lane, edits on the ``write`` lane.
        history: The window's undo history.
        reading: The reading pane the form is shown in.

    Signals:
        edited: An edit, its undo or its redo was saved (the core's ``EditResult``).
        revealRequested: Undo or Redo changed this story (its id): the window shows it.
        failed: A sentence saying why a change from the reading pane was not saved.
        historyRequested: The form's History… (the story's id).
    """

    edited = Signal(object)
    revealRequested = Signal(str)
    """Undo or Redo changed this story: show it (unless a form for another story is open)."""
    failed = Signal(str)
    historyRequested = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        history: StoryUndo,
        reading: ReadingPane,
    ) -> None:
        super().__init__(reading)
        self.library = library
        self.history = history
        self._runner = runner
        self._reading = reading
        self._choices: EditChoices | None = None
        self._leaving: QMessageBox | None = None
        self._conflict_box: QMessageBox | None = None
        self._after_save: tuple[str | None] | None = None
        self._after_save_close: Callable[[], object] | None = None
        self.saving = False
        self.form = StoryEditForm(reading.names)
        self.form.applyRequested.connect(self.apply)
        self.form.cancelRequested.connect(self.close_form)
        self.form.historyRequested.connect(self._history)
        reading.set_editor(self.form)
        reading.leave_check = self._may_leave
        reading.sdgConfirmRequested.connect(self.confirm_sdg)

    @property
    def story_id(self) -> str | None:
        """The id of the story the open form edits, if a form is open."""
        if self._reading.editing and self.form.story is not None:
            return self.form.story.id
        return None

    # -- opening ------------------------------------------------------------------------

    def begin(self, story_id: str) -> None:
        """Open the form for ``story_id`` (its values, suggestions and the directory are read
        on the read lane first)."""
        if self.story_id == story_id:
            self.form.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        library, cached = self.library, self._choices

        def job() -> EditTarget:
            story = library.get_story(story_id)
            choices = cached or load_choices(library)
            return EditTarget(story, sdg_suggestions(library, story_id), choices)

        self._runner.run(
            job,
            on_done=self._opened,
            on_failed=lambda exc, _tb: self._fail(exc),
            lane="read",
        )

    def _opened(self, target: EditTarget) -> None:
        self._choices = target.choices
        self.form.load(target)
        self._reading.show_editor()
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_form(self) -> None:
        """Close the form without saving what it holds."""
        self.form.story = None
        self.form.set_busy(False)
        self._reading.hide_editor()

    # -- saving -------------------------------------------------------------------------

    def apply(self) -> bool:
        """Apply: save what changed as one edit; ``False`` when nothing is sent."""
        story = self.form.story
        if story is None or self.saving:
            return False
        changes = self.form.changes()
        if "title" in changes and not changes["title"]:
            self.form.show_error(self.tr("A story needs a title."))
            self.form.title.setFocus()
            return False
        if not changes:
            self.close_form()
            return False
        self.form.show_error("")
        self.form.set_busy(True)
        return self.save(story.id, changes, from_form=True, expected_version=_version_of(story))

    def save(
        self,
        story_id: str,
        changes: Mapping[str, object],
        from_form: bool = False,
        expected_version: int | None = None,
    ) -> bool:
        """Save ``changes`` to ``story_id`` on the write lane; ``False`` while one is saving.

        With ``expected_version`` (the version the values were read from) nothing is saved
        when someone else changed the story since; the form then offers to reload it.
        """
        if self.saving or self.history.busy:
            if from_form:
                self.form.set_busy(False)
                self.form.show_error(self.tr("Another change is being saved; try again."))
            return False
        self.saving = True
        library, wanted = self.library, dict(changes)
        self._runner.run(
            lambda: make_edit(library, story_id, wanted, expected_version),
            on_done=self._saved,
            on_failed=lambda exc, _tb: self._save_failed(exc, from_form),
            lane="write",
        )
        return True

    def confirm_sdg(self, story_id: str, goal: int) -> None:
        """Confirm a suggested goal from the reading pane: add it to the story's SDGs."""
        story = self._reading.story
        if story is None or story.id != story_id:
            return
        if goal in story.sdgs:
            return
        # The goals shown plus this one: saved only if nobody changed them meanwhile.
        self.save(
            story_id, {"sdgs": sorted({*story.sdgs, goal})}, expected_version=_version_of(story)
        )

    def _saved(self, saved: SavedEdit) -> None:
        self.saving = False
        result = saved.result
        if any(f in ("partners", "places", "countries") for f in result.changed):
            self._choices = None  # a new name may have joined the directory
        if self.form.story is not None and self.form.story.id == result.story.id:
            self.close_form()
        if result.changed:
            self.history.push(EditCommand(self, saved))
        self.edited.emit(result)
        if self._after_save_close is not None:  # Apply and Quit
            close, self._after_save_close = self._after_save_close, None
            close()
            return
        if self._after_save is not None:  # Apply chosen when leaving for another story
            (story_id,) = self._after_save
            self._after_save = None
            self._reading.show_story(story_id)

    def _save_failed(self, exc: BaseException, from_form: bool) -> None:
        from storydesk.gui.errors import describe

        self.saving = False
        self._after_save = None
        self._after_save_close = None
        reason = describe(exc)
        if from_form and self.form.story is not None:
            self.form.set_busy(False)
            if isinstance(exc, StoryChangedElsewhere) and exc.story_id == self.form.story.id:
                self.form.show_error(reason)  # it says itself that nothing was saved
                self._ask_reload(reason)
            else:
                self.form.show_error(self.tr("Not saved. {reason}").format(reason=reason))
        else:
            self.failed.emit(self.tr("The story was not changed. {reason}").format(reason=reason))
            shown = self._reading.story
            if (
                isinstance(exc, StoryChangedElsewhere)
                and shown is not None
                and shown.id == exc.story_id
                and not self._reading.editing
            ):
                self._reading.show_story(exc.story_id)  # show the change made elsewhere

    # -- a story changed by someone else ------------------------------------------------

    def _ask_reload(self, reason: str) -> QMessageBox:
        """Apply was refused: someone else changed the story since the form was loaded.

        What was typed stays in the form until the user chooses: reload the story and put
        their own changes back over it (Apply then saves them), reload and drop them, or
        keep editing as it is.
        """
        box = QMessageBox(self._reading)
        box.setObjectName("changedElsewhere")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Story Changed by Someone Else"))
        box.setText(reason)
        box.setInformativeText(
            self.tr(
                "Your changes are still in the form. Reload the story to see the other "
                "change, then put your changes back over it (check them, then Apply) or drop "
                "them."
            )
        )
        keep_mine = box.addButton(
            self.tr("Reload, Keeping My Changes"), QMessageBox.ButtonRole.AcceptRole
        )
        keep_mine.setObjectName("reloadKeepMine")
        drop_mine = box.addButton(
            self.tr("Reload, Dropping My Changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        drop_mine.setObjectName("reloadDropMine")
        keep = box.addButton(self.tr("Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("reloadNot")
        box.setDefaultButton(keep_mine)
        box.setEscapeButton(keep)
        story_id = self.form.story.id if self.form.story is not None else None

        def chosen(button: Any) -> None:
            if story_id is None or self.story_id != story_id:
                return  # the form was closed or shows another story meanwhile
            if button is keep_mine:
                self.reload(keep_changes=True)
            elif button is drop_mine:
                self.reload(keep_changes=False)

        box.buttonClicked.connect(chosen)
        self._conflict_box = box
        box.open()
        return box

    def reload(self, keep_changes: bool = True) -> None:
        """Load the open form's story again as the catalogue now holds it.

        With ``keep_changes``, the fields changed in the form are put back over the story
        as reloaded (the form then holds just those changes, against the new version);
        otherwise the form shows the story as it now is.
        """
        story = self.form.story
        if story is None:
            return
        mine = self.form.changes() if keep_changes else {}
        library, story_id = self.library, story.id
        self.form.set_busy(True)

        def job() -> Story:
            return library.get_story(story_id)

        def done(fresh: Story) -> None:
            if self.story_id != story_id:
                return
            choices = self._choices or EditChoices()
            self.form.load(EditTarget(_with_values(fresh, mine), self.form.suggestions, choices))
            self.form.story = fresh  # Apply saves the difference, against the new version
            if mine:
                self.form.show_error(
                    self.tr(
                        "Reloaded with the other change; your changes are back in the form: "
                        "check them, then Apply."
                    )
                )

        def failed(exc: BaseException) -> None:
            from storydesk.gui.errors import describe

            self.form.set_busy(False)
            self.form.show_error(
                self.tr("The story could not be reloaded. {reason}").format(reason=describe(exc))
            )

        self._runner.run(job, on_done=done, on_failed=lambda exc, _tb: failed(exc), lane="read")

    def _fail(self, exc: BaseException) -> None:
        from storydesk.gui.errors import describe

        self.failed.emit(
            self.tr("The story cannot be edited. {reason}").format(reason=describe(exc))
        )

    def changed_elsewhere(self, result: Any) -> None:
        """Undo or Redo changed the story the open form edits: show its values now, or,
        when the form holds changes, keep them (Apply then saves what the form shows)."""
        form = self.form
        if self.story_id != result.story.id:
            return
        if form.dirty():
            form.story = result.story
            form.show_error(
                self.tr("Undo or Redo changed this story; Apply saves what the form shows.")
            )
        else:
            choices = self._choices or EditChoices()
            form.load(EditTarget(result.story, form.suggestions, choices))

    def _history(self) -> None:
        if self.form.story is not None:
            self.historyRequested.emit(self.form.story.id)

    # -- leaving the form ---------------------------------------------------------------

    def may_close(self, close: Callable[[], object]) -> bool:
        """Asked when the window closes: ``True`` when no form holds changes. Otherwise a
        question opens (Apply and Quit, Discard and Quit, Cancel) and ``close`` is called
        again once the changes are saved or discarded."""
        if self.story_id is None or not self.form.dirty():
            return True
        box = QMessageBox(self._reading)
        box.setObjectName("closeWithEdit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Edit Story"))
        title = self.form.story.title if self.form.story else ""
        box.setText(
            self.tr("‘{title}’ has changes that are not applied yet.").format(
                title=short_title(title, 60)
            )
        )
        apply = box.addButton(self.tr("Apply and Quit"), QMessageBox.ButtonRole.AcceptRole)
        apply.setObjectName("closeApply")
        discard = box.addButton(self.tr("Discard and Quit"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("closeDiscard")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(apply)
        box.setEscapeButton(cancel)

        def chosen(button: Any) -> None:
            if button is apply:
                if self.apply():
                    self._after_save_close = close
            elif button is discard:
                self.close_form()
                close()

        box.buttonClicked.connect(chosen)
        self._leaving = box
        box.open()
        return False

    def _may_leave(self, story_id: str | None) -> bool:
        """Asked by the reading pane before it shows another story."""
        form_story = self.story_id
        if form_story is None or form_story == story_id:
            return True
        if story_id is None:  # the pane is cleared: the story was deleted
            self.close_form()
            return True
        if self.saving or not self.form.dirty():
            self.close_form()
            return True
        self._ask_leave(story_id)
        return False

    def _ask_leave(self, story_id: str | None) -> QMessageBox:
        box = QMessageBox(self._reading)
        box.setObjectName("leaveEdit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Edit Story"))
        title = self.form.story.title if self.form.story else ""
        box.setText(
            self.tr("Apply your changes to ‘{title}’?").format(title=short_title(title, 60))
        )
        apply = box.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        apply.setObjectName("leaveApply")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("leaveDiscard")
        keep = box.addButton(self.tr("Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("leaveKeep")
        box.setDefaultButton(apply)
        box.setEscapeButton(keep)

        def chosen(button: Any) -> None:
            if button is apply:
                if self.apply():
                    self._after_save = (story_id,)
                elif self.form.story is None:  # nothing to save after all
                    self._reading.show_story(story_id)
            elif button is discard:
                self.close_form()
                self._reading.show_story(story_id)

        box.buttonClicked.connect(chosen)
        self._leaving = box
        box.open()
        return box
