"""StoryDesk's desktop app (PySide6): the only package that imports QtWidgets.

Entry points: :func:`storydesk.gui.app.run` (``storydesk`` with no command) and
:func:`storydesk.gui.app.main` (``storydesk-gui``).
"""
