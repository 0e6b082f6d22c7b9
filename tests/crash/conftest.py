"""The ``--long`` option and the skipping of ``long`` tests (see tests/crash/longmode.py)."""

from __future__ import annotations

import pytest

from tests.crash.longmode import add_long_option, skip_long_unless_asked


def pytest_addoption(parser: pytest.Parser) -> None:
    add_long_option(parser)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_long_unless_asked(config, items)
