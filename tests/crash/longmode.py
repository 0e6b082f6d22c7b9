"""The long mode of the robustness suites (crash, faults, fuzz): ``--long`` or STORYDESK_LONG=1.

Tests marked ``long`` are skipped in the normal run. Each of the three suite folders has a
``conftest.py`` that calls :func:`add_long_option` and :func:`skip_long_unless_asked`, so
``pytest tests/crash --long`` works as well as ``STORYDESK_LONG=1 pytest``. (From the
repository root, ``pytest --long`` needs one of these folders on the command line, because
pytest reads options before it finds conftest files in sub-folders; the variable always works.)
"""

from __future__ import annotations

import contextlib
import os

import pytest

ENV = "STORYDESK_LONG"


def add_long_option(parser: pytest.Parser) -> None:
    """Add ``--long`` once, whichever of the suite folders is collected first."""
    # Another suite folder's conftest may have added it already (ValueError).
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--long",
            action="store_true",
            default=False,
            help="run the long robustness modes (1,000 kill trials, 10,000 fuzz cases)",
        )


def long_mode(config: pytest.Config | None = None) -> bool:
    """True when the long mode was asked for (``--long`` or STORYDESK_LONG=1)."""
    if os.environ.get(ENV, "").strip() not in ("", "0"):
        return True
    if config is not None:
        try:
            return bool(config.getoption("--long"))
        except ValueError:
            return False
    return False


def skip_long_unless_asked(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip every test marked ``long`` unless the long mode was asked for."""
    if long_mode(config):
        return
    skip = pytest.mark.skip(reason=f"long mode: pass --long or set {ENV}=1")
    for item in items:
        if "long" in item.keywords and not item.get_closest_marker("skip"):
            item.add_marker(skip)
