"""``python -m storydesk``: the same as the ``storydesk`` command."""

from __future__ import annotations

from storydesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
