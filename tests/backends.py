"""The one-line switch that runs every test of a folder on both catalogue backends.

A folder's ``conftest.py`` turns it on with::

    from tests.backends import on_both_backends as on_both_backends

Each test there then runs twice, ``[sqlite]`` and ``[postgresql]`` (see ``catalogue_backend``
in ``tests/conftest.py``): on PostgreSQL, STORYDESK_DATABASE_URL names a fresh database for the
test, and a test marked ``@pytest.mark.sqlite_only("why")`` is skipped with that reason. The
fixture lives here, not in ``tests/conftest.py``, because an autouse fixture there would apply
to every folder.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def on_both_backends(catalogue_backend: str) -> str:
    """Every test in the folder that imports this runs on SQLite and on PostgreSQL."""
    return catalogue_backend
