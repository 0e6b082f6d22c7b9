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

import os
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def on_both_backends(catalogue_backend: str) -> str:
    """Every test in the folder that imports this runs on SQLite and on PostgreSQL."""
    return catalogue_backend


def catalogue_sql(data_dir: Path, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run ``sql`` (``:name`` parameters) on the catalogue of ``data_dir``, on either
    backend, and commit; returns the rows it reads.

    On PostgreSQL (STORYDESK_DATABASE_URL set by ``catalogue_backend``) it runs there;
    otherwise on the data folder's SQLite file, as the tests always did.
    """
    from sqlalchemy import create_engine, text

    url = os.environ.get("STORYDESK_DATABASE_URL")
    if url:
        from storydesk.catalogue.db import parse_database_url

        engine = create_engine(parse_database_url(url))
    else:
        engine = create_engine(f"sqlite:///{data_dir / 'catalogue.sqlite3'}")
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()
