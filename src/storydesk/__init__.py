"""StoryDesk: an offline catalogue of development stories.

The core (everything but :mod:`storydesk.gui`) runs headless; :class:`storydesk.library.Library`
is the one facade the command line and the desktop app share.
"""

from __future__ import annotations

__version__ = "0.1.0"
