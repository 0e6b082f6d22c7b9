"""Shared fixtures: data folders in tmp_path, the seeds and corpora, a built template library.

Tests use real SQLite catalogues, real Whoosh indexes and real images; nothing is mocked.
PostgreSQL too is real: a throwaway server (tests/postgres.py), a fresh database per test
(``postgres_url``), and ``catalogue_backend``, which runs a test once on each catalogue backend
(a folder turns it on for all its tests with one import, see tests/backends.py).
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import postgres

# No screen in CI: Qt must render offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A shared catalogue named in the developer's own environment must not catch the tests:
# those that run on PostgreSQL name their own database (catalogue_backend, tests/backends.py).
os.environ.pop("STORYDESK_DATABASE_URL", None)

REPO = Path(__file__).resolve().parents[1]
# The shared material sits beside the project; CI, which tests a clean clone elsewhere, says
# where with STORYDESK_SHARED. The seeds are also kept here, byte for byte, so they always run.
SHARED = Path(os.environ.get("STORYDESK_SHARED", REPO.parent / "shared"))
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
CORPORA = SHARED / "corpora"


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed stories, exactly as received."""
    return _shared(SEEDS)


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """The shared real-world corpora."""
    return _shared(CORPORA)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder; STORYDESK_DATA_DIR points at it so nothing escapes tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("STORYDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the seeds imported, built once per session."""
    from storydesk.library import Library

    folder = tmp_path_factory.mktemp("template") / "data"
    # A SQLite folder even when first asked for by a test on PostgreSQL (catalogue_backend).
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(DATABASE_VARIABLE, raising=False)
        with Library.open(folder) as library:
            library.import_paths([_shared(SEEDS)])
    return folder


@pytest.fixture
def seeded_library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A private copy of the seeded data folder, opened.

    On PostgreSQL (``catalogue_backend``) the copy gets its own database too, cloned from the
    seeded one (``seeded_postgres_template``), and STORYDESK_DATABASE_URL names it.
    """
    from storydesk.library import Library

    if _backend(request) == "postgresql":
        source, template = request.getfixturevalue("seeded_postgres_template")
        url = request.getfixturevalue("postgres_clone")(template)
        request.getfixturevalue("monkeypatch").setenv(DATABASE_VARIABLE, url)
    else:
        source = request.getfixturevalue("seeded_template")
    folder = tmp_path / "seeded"
    shutil.copytree(source, folder)
    library = Library.open(folder)
    yield library
    library.close()


# --- PostgreSQL -------------------------------------------------------------------------------

# Where StoryDesk reads the catalogue's database URL when Library.open is given none.
DATABASE_VARIABLE = "STORYDESK_DATABASE_URL"


def _opens_on_postgresql() -> bool:
    """Whether this StoryDesk can open a catalogue on a database URL at all."""
    from storydesk.library import Library

    return "database_url" in inspect.signature(Library.open).parameters


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The admin URL of a PostgreSQL server (``postgresql+psycopg://postgres@/postgres?...``).

    The one named by STORYDESK_TEST_POSTGRES (.ci/run starts one for all the workers), else
    one started for this worker in a temporary folder and stopped at the end; the tests that
    need it skip, with the reason, when there is neither.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("no PostgreSQL driver: psycopg is not installed (pip install -e '.[test]')")
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(postgres.session_server())
        except postgres.ServerUnavailable as exc:
            pytest.skip(f"no PostgreSQL server: {exc}")
        try:
            postgres.databases(url)
        except Exception as exc:
            # A server named by the environment that does not answer is a broken setup.
            pytest.fail(f"the PostgreSQL server at {url} does not answer: {exc}")
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database for this test alone (dropped after it), as a SQLAlchemy URL."""
    with postgres.fresh_database(postgres_server) as url:
        yield url


@pytest.fixture
def postgres_clone(postgres_server: str) -> Iterator[Callable[[str], str]]:
    """Makes copies of a template database for this test; each is dropped after the test."""
    made: list[str] = []

    def clone(template: str) -> str:
        name = postgres.new_name()
        made.append(name)
        return postgres.create_database(postgres_server, name, template)

    yield clone
    for name in made:
        postgres.drop_database(postgres_server, name)


def _prepare_empty_catalogue(url: str) -> bool:
    """Open (create and migrate) a StoryDesk catalogue in the database at ``url``."""
    if not _opens_on_postgresql():
        return False
    from storydesk.library import Library

    with tempfile.TemporaryDirectory() as folder:
        Library.open(Path(folder) / "data", database_url=url).close()  # type: ignore[call-arg]
    return True


@pytest.fixture(scope="session")
def postgres_catalogue_template(postgres_server: str) -> Iterator[str | None]:
    """A database holding an empty, migrated catalogue, made once per worker; None while
    StoryDesk cannot open a catalogue on PostgreSQL."""
    with postgres.prepared_template(postgres_server, _prepare_empty_catalogue) as name:
        yield name


@pytest.fixture
def postgres_catalogue_url(
    request: pytest.FixtureRequest,
    postgres_catalogue_template: str | None,
    postgres_clone: Callable[[str], str],
) -> str:
    """A database for this test holding an empty, migrated catalogue (a copy of the template,
    faster than migrating); an empty database while there is no template."""
    if postgres_catalogue_template is None:
        return str(request.getfixturevalue("postgres_url"))
    return postgres_clone(postgres_catalogue_template)


@pytest.fixture(scope="session")
def seeded_postgres_template(
    postgres_server: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    """A data folder and the database it was opened on, with the seeds imported, built once
    per worker: ``seeded_library`` copies both on PostgreSQL."""
    if not _opens_on_postgresql():
        pytest.skip("StoryDesk cannot open a catalogue on PostgreSQL yet (Library.open)")
    from storydesk.library import Library

    folder = tmp_path_factory.mktemp("template-pg") / "data"

    def seed(url: str) -> bool:
        with Library.open(folder, database_url=url) as library:  # type: ignore[call-arg]
            library.import_paths([_shared(SEEDS)])
        return True

    with postgres.prepared_template(postgres_server, seed, prefix="seeded") as name:
        assert name is not None
        yield folder, name


def _backend(request: pytest.FixtureRequest) -> str:
    """The catalogue backend of the test asking (``sqlite`` unless it uses catalogue_backend)."""
    if "catalogue_backend" not in request.fixturenames:
        return "sqlite"
    return str(request.getfixturevalue("catalogue_backend"))


@pytest.fixture(params=["sqlite", "postgresql"])
def catalogue_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs the test once on each catalogue backend; returns ``sqlite`` or ``postgresql``.

    On PostgreSQL, STORYDESK_DATABASE_URL names a fresh database for this test, so every
    ``Library.open`` and every ``storydesk`` command the test runs uses it. A test marked
    ``@pytest.mark.sqlite_only("why")`` is skipped there with that reason.
    """
    backend = str(request.param)
    if backend == "sqlite":
        monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
        return backend
    marker = request.node.get_closest_marker("sqlite_only")
    if marker is not None:
        if not marker.args or not isinstance(marker.args[0], str):
            pytest.fail('sqlite_only needs a reason: @pytest.mark.sqlite_only("why")')
        pytest.skip(f"SQLite only: {marker.args[0]}")
    # A copy of a migrated, empty catalogue: what a first open would make, without the
    # migrations and the directory's rows each time.
    monkeypatch.setenv(DATABASE_VARIABLE, request.getfixturevalue("postgres_catalogue_url"))
    return backend


def _address_space(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` that caps the child's address space at ``limit`` bytes."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return cap


def run_storydesk(
    *args: str, data_dir: Path, timeout: float = 300, memory: int | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real ``storydesk`` command as a user would.

    Args:
        args: The command line after ``storydesk``.
        data_dir: The data folder (``STORYDESK_DATA_DIR``).
        timeout: Seconds before the test fails as a hang.
        memory: A cap on the command's address space in bytes (bounded-memory tests).
    """
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=_address_space(memory) if memory else None,
        check=False,
    )


def run_python_bounded(
    code: str, tmp_path: Path, *, memory: int, timeout: float
) -> dict[str, object]:
    """Run ``code`` as a script in a child with at most ``memory`` bytes of address space.

    The script prints one JSON document, which is returned; a hang fails at ``timeout``.
    """
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_address_space(memory),
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)
