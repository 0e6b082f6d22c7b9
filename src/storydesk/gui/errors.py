"""Showing problems to the user: one clear sentence, details on demand, logged to a file.

A :class:`~storydesk.errors.StoryDeskError` is something the user can act on and is shown
as its own message. Anything else is a bug: the user sees a short sentence and the
traceback goes to ``<data folder>/logs/storydesk.log`` (and into "Show Details").
"""

from __future__ import annotations

import logging
import re
import string
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from storydesk.errors import StoryDeskError, message_of
from storydesk.messages import Message, Template

log = logging.getLogger("storydesk.gui")

LOG_NAME = "storydesk.log"


def setup_logging(logs_dir: Path) -> Path | None:
    """Send StoryDesk's log to ``logs_dir/storydesk.log`` (once per file)."""
    path = logs_dir / LOG_NAME
    root = logging.getLogger("storydesk")
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def _fields(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


_GROUPED = re.compile(r"\{(\w+):,\}")


def _grouped_numbers(translation: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Numbers written with a thousands separator (``{size:,}``) as the reader's locale
    writes them: "12 345" in Russian, not the English "12,345"."""
    names = set(_GROUPED.findall(translation))
    if not names:
        return translation, values
    values = dict(values)
    for name in names:
        value = values.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            values[name] = QLocale().toString(value)
    return _GROUPED.sub(lambda m: "{" + m.group(1) + "}", translation), values


def translated(text: str) -> str:
    """A message from the core in the reader's language.

    A :class:`~storydesk.messages.Message` is looked up by its template and filled with its
    values (messages among them translated too); a translation that does not fit its values
    (a placeholder missing, misspelt or added) falls back to the English text. Any other
    text is shown as it is.
    """
    if isinstance(text, Message):
        values = {
            key: translated(value) if isinstance(value, str) else value
            for key, value in text.values.items()
        }
        translation = QCoreApplication.translate(text.context, text.template)
        try:
            if _fields(translation) != _fields(text.template):
                raise KeyError("the translation's placeholders differ from the English")
            translation, values = _grouped_numbers(translation, values)
            result = translation.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            log.warning("The translation of %r does not fit its values", text.template)
            return str(text)
        return result[:1].upper() + result[1:] if text.capitalised else result
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return text


def describe(exc: BaseException) -> str:
    """One sentence for the user."""
    if isinstance(exc, StoryDeskError):
        first = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else None
        text = (translated(first) if first is not None else str(exc)).strip()
        return text[:1].upper() + text[1:] if text else exc.__class__.__name__
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate("Errors", "A file could not be read or written") + (
            f"{where}: {exc.strerror or translated(message_of(exc))}"
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside StoryDesk; the details are in the log file."
    )


def show_error(
    parent: QWidget | None,
    what: str,
    exc: BaseException | None = None,
    details: str = "",
    modal: bool = True,
) -> QMessageBox:
    """Show "``what``: <one sentence>" with the details folded away, and log it.

    Args:
        parent: The window the message belongs to.
        what: What the user was doing, e.g. "The story could not be shown".
        exc: The error, if any.
        details: Traceback or other text for "Show Details…".
        modal: Block until closed (``False`` returns the open, non-blocking box).
    """
    sentence = what if exc is None else f"{what}. {describe(exc)}"
    if exc is not None and not isinstance(exc, StoryDeskError | OSError):
        log.error("%s: %r\n%s", what, exc, details)
    else:
        log.warning("%s", sentence)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "StoryDesk"))
    box.setText(sentence)
    if details or exc is not None:
        box.setDetailedText(details or repr(exc))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    if modal:
        box.exec()
    else:
        box.open()
    return box
