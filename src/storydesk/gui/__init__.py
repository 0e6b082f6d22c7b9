"""StoryDesk's desktop app (PySide6): the only package that imports QtWidgets.

Entry points: :func:`storydesk.gui.app.run` (``storydesk`` with no command) and
:func:`storydesk.gui.app.main` (``storydesk-gui``).
"""

from __future__ import annotations

from storydesk.gui.qtcompat import guard as _guard

# Before any widget or model exists: see qtcompat for the PySide6 fault this guards against.
_guard()
