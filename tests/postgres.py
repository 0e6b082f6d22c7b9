"""A throwaway PostgreSQL server and throwaway databases for StoryDesk's tests.

The server is Debian's (or any) PostgreSQL, ``initdb``-ed into a folder of its own, listening
only on a Unix socket in that folder, with durability off: it exists for one test run and is
then deleted, so nothing it holds needs to survive a crash. The tests' fixtures
(``tests/conftest.py``) use it through :func:`session_server` and :func:`fresh_database`;
``.ci/run`` starts one server for all the xdist workers with the command line::

    python -m tests.postgres start DIR    # prints the admin URL on stdout
    python -m tests.postgres stop DIR

Every failure to start is a :class:`ServerUnavailable` whose message is one sentence, so a test
can skip with it as the reason.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

# The environment variable through which .ci/run hands one running server to every worker.
SERVER_VARIABLE = "STORYDESK_TEST_POSTGRES"
PORT = 5432
# The server's settings for tests: nothing needs to survive a crash, so nothing is flushed.
SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
}
# A Unix socket's path is limited to 107 bytes (sun_path) on Linux.
_SOCKET_PATH_LIMIT = 107
SOCKET_NAME = f".s.PGSQL.{PORT}"


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says why, in one sentence."""


@dataclass(frozen=True)
class Server:
    """A server started by :func:`start` in ``folder``.

    The cluster lives in ``folder/data``, its log in ``folder/server.log`` and its socket in
    ``folder`` itself.
    """

    folder: Path

    @property
    def admin_url(self) -> str:
        """The URL of the ``postgres`` database as the ``postgres`` superuser."""
        return socket_url(self.folder, "postgres")


def socket_url(socket_dir: Path, database: str) -> str:
    """A SQLAlchemy URL for ``database`` on the server whose socket is in ``socket_dir``."""
    return f"postgresql+psycopg://postgres@/{database}?host={quote(str(socket_dir), safe='/')}"


def find_bindir() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``.

    ``pg_config --bindir`` first (Debian's libpq-dev pg_config names ``/usr/bin``, which has
    no ``initdb``, so each candidate is checked), then the newest
    ``/usr/lib/postgresql/*/bin``, then ``initdb`` on the ``PATH``.

    Raises:
        ServerUnavailable: No folder has ``initdb`` and ``pg_ctl``.
    """
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=False
            )
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        # A symlink such as /usr/local/bin/initdb: pg_ctl finds postgres beside the real file.
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise ServerUnavailable(
        "initdb not found (install Debian's postgresql package; .ci/run starts one)"
    )


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def _as_server_user() -> list[str]:
    """The prefix that runs a command as the user owning the cluster.

    PostgreSQL refuses to run as root; as root the cluster belongs to ``postgres``.
    """
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if not runuser:
        raise ServerUnavailable("running as root and runuser is missing to run as postgres")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        raise ServerUnavailable(
            "running as root and there is no postgres user to run the server as"
        ) from None
    return [runuser, "-u", "postgres", "--"]


def _server_environment() -> dict[str, str]:
    # The caller's PGDATA, PGPORT and friends must not redirect the throwaway server.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


def _run(command: list[str], folder: Path, what: str) -> None:
    try:
        result = subprocess.run(
            [*_as_server_user(), *command],
            capture_output=True,
            text=True,
            cwd=folder,  # the server user may not be allowed into the caller's folder
            env=_server_environment(),
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ServerUnavailable(f"{what} could not run: {exc}") from None
    if result.returncode != 0:
        raise ServerUnavailable(f"{what} failed: {_last_line(result.stderr or result.stdout)}")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # The reason is the line that says error (initdb) or FATAL (the server), not the hint
    # that follows it; else the last line.
    for line in reversed(lines):
        if "error:" in line or "FATAL" in line or "ERROR" in line:
            return line
    return lines[-1] if lines else "no message"


def _locale() -> str:
    """C.UTF-8 where the system has it (lower() and ILIKE then fold Cyrillic), else C."""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        names = subprocess.run(
            ["locale", "-a"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
        if any(name.lower() in ("c.utf8", "c.utf-8") for name in names):
            return "C.UTF-8"
    return "C"


def _check_socket_path(folder: Path) -> None:
    if len(str(folder / SOCKET_NAME)) > _SOCKET_PATH_LIMIT:
        raise ServerUnavailable(
            f"the folder's path is too long for a Unix socket ({folder}); use a shorter one"
        )


def _check_reachable(folder: Path) -> None:
    """Refuse a folder the server user (postgres, when we are root) cannot reach."""
    if os.geteuid() != 0:
        return
    for parent in folder.resolve().parents:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            raise ServerUnavailable(
                f"the postgres user cannot reach {folder} because {parent} is closed to others "
                "(chmod o+x it, or start the server in a folder under /tmp)"
            )


def start(folder: Path) -> Server:
    """Initialise (if needed) and start a throwaway server in ``folder``.

    Args:
        folder: An empty or missing folder, or one a server was started in before.

    Returns:
        The running server.

    Raises:
        ServerUnavailable: With the reason, when no server can be started.
    """
    folder = Path(folder).absolute()
    bindir = find_bindir()
    prefix = _as_server_user()  # checks root's postgres user before touching anything
    _check_socket_path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _check_reachable(folder)
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    data = folder / "data"
    if not (data / "PG_VERSION").exists():
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "--auth=trust",
                "-U",
                "postgres",
                "--encoding=UTF8",
                f"--locale={_locale()}",
                "--no-sync",  # a throwaway cluster: nothing needs to reach the disk
            ],
            folder,
            "initdb",
        )
        settings = {**SETTINGS, "unix_socket_directories": str(folder)}
        lines = [
            f"{key} = '{value.replace(chr(39), chr(39) * 2)}'" for key, value in settings.items()
        ]
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# A throwaway server for StoryDesk's tests (tests/postgres.py)\n")
            conf.write("\n".join(lines) + "\n")
    if not _running(bindir, folder):
        log = folder / "server.log"
        try:
            _run(
                [
                    str(bindir / "pg_ctl"),
                    "start",
                    "-w",
                    "-t",
                    "60",
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                ],
                folder,
                "pg_ctl start",
            )
        except ServerUnavailable as exc:
            # pg_ctl only says that it failed; the server's log says why.
            reason = _last_line(_read(log))
            if reason == "no message":
                raise
            raise ServerUnavailable(f"the server did not start: {reason} (log: {log})") from exc
    return Server(folder)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _running(bindir: Path, folder: Path) -> bool:
    if not (folder / "data" / "postmaster.pid").exists():
        return False
    try:
        _run([str(bindir / "pg_ctl"), "status", "-D", str(folder / "data")], folder, "pg_ctl")
    except ServerUnavailable:
        return False
    return True


def stop(folder: Path) -> None:
    """Stop the server started in ``folder`` (``pg_ctl stop -m fast``); nothing if none runs.

    Raises:
        ServerUnavailable: pg_ctl could not stop it.
    """
    folder = Path(folder).absolute()
    if not (folder / "data" / "postmaster.pid").exists():
        return
    _run(
        [str(find_bindir() / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(folder / "data")],
        folder,
        "pg_ctl stop",
    )


@contextlib.contextmanager
def session_server(environ: Mapping[str, str] = os.environ) -> Iterator[str]:
    """The admin URL of a server for one test session.

    The server named by ``STORYDESK_TEST_POSTGRES`` when set (``.ci/run`` starts one for all
    the workers); else one started here in a temporary folder, stopped and deleted on exit.

    Raises:
        ServerUnavailable: No server was provided and none can be started.
    """
    provided = environ.get(SERVER_VARIABLE)
    if provided:
        yield provided
        return
    # Under /tmp rather than pytest's basetemp: the path stays short enough for a socket, and
    # its parents are open to the postgres user when running as root.
    folder = Path(tempfile.mkdtemp(prefix="storydesk-pg-"))
    try:
        server = start(folder)
        try:
            yield server.admin_url
        finally:
            stop(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def database_url(admin_url: str, name: str) -> str:
    """``admin_url`` with its database replaced by ``name``."""
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _execute(admin_url: str, *statements: str) -> list[tuple[object, ...]]:
    """Run statements outside a transaction (CREATE/DROP DATABASE) on the admin database."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = connection.execute(text(statement))
                if result.returns_rows:
                    rows = [tuple(row) for row in result]
            return rows
    finally:
        engine.dispose()


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not a throwaway database name: {name!r}")
    return f'"{name}"'


def new_name(prefix: str = "t") -> str:
    """A database name no other test or worker will pick."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return (
        f"{prefix}_{worker}_{secrets.token_hex(6)}"
        if worker
        else f"{prefix}_{secrets.token_hex(6)}"
    )


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    """Create database ``name`` (a copy of ``template`` when given); returns its URL.

    A template must have no open connections; any left (a pool not yet disposed) are ended.
    """
    if template is None:
        _execute(admin_url, f"CREATE DATABASE {_ident(name)}")
    else:
        source = _ident(template)  # checked before it goes into the first statement too
        _execute(
            admin_url,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{template}' AND pid <> pg_backend_pid()",
            f"CREATE DATABASE {_ident(name)} TEMPLATE {source}",
        )
    return database_url(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    """Drop database ``name``, ending any connection still open to it."""
    _execute(admin_url, f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE)")


def databases(admin_url: str) -> set[str]:
    """The names of the server's databases."""
    return {str(row[0]) for row in _execute(admin_url, "SELECT datname FROM pg_database")}


@contextlib.contextmanager
def fresh_database(admin_url: str, template: str | None = None) -> Iterator[str]:
    """A new database (empty, or a copy of ``template``), dropped on exit; yields its URL."""
    name = new_name()
    url = create_database(admin_url, name, template)
    try:
        yield url
    finally:
        drop_database(admin_url, name)


@contextlib.contextmanager
def prepared_template(
    admin_url: str, prepare: Callable[[str], bool], prefix: str = "tpl"
) -> Iterator[str | None]:
    """A database prepared once by ``prepare(url)``, for :func:`fresh_database` to copy.

    Yields its name, or None when ``prepare`` returns False (it cannot prepare one here, e.g.
    StoryDesk cannot yet open a catalogue on PostgreSQL); the database is dropped on exit.
    """
    name = new_name(prefix)
    url = create_database(admin_url, name)
    try:
        yield name if prepare(url) else None
    finally:
        drop_database(admin_url, name)


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.postgres start|stop DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in ("start", "stop"):
        print("usage: python -m tests.postgres start|stop DIR", file=sys.stderr)
        return 2
    command, folder = args[0], Path(args[1])
    try:
        if command == "start":
            print(start(folder).admin_url)
        else:
            stop(folder)
    except ServerUnavailable as exc:
        print(f"tests.postgres: cannot {command} PostgreSQL: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
