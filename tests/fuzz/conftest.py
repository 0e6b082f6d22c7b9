"""The ``--long`` option and the Hypothesis profiles of the fuzz suite.

Profile ``ci`` (the normal run) and ``long`` (``--long`` or STORYDESK_LONG=1; 10,000
examples per test); see tests/crash/longmode.py.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.crash.longmode import add_long_option, long_mode, skip_long_unless_asked

_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
    ],
    "print_blob": True,
    "database": None,
}
settings.register_profile("ci", max_examples=70, **_COMMON)
settings.register_profile(
    "long", max_examples=int(os.environ.get("STORYDESK_FUZZ_EXAMPLES", "10000")), **_COMMON
)


def pytest_addoption(parser: pytest.Parser) -> None:
    add_long_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("long" if long_mode(config) else "ci")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_long_unless_asked(config, items)
