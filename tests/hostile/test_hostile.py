"""The hostile-input suite: every case of cases.py through the real ``storydesk`` command.

Each case is imported into a copy of a data folder seeded with two stories and a photo,
with an audit hook watching every write (tests/hostile/audit/sitecustomize.py), an
address-space limit and a time limit. Whatever the case, StoryDesk must:

- answer with a JSON report and no traceback, each rejection one line naming the file;
- write nothing outside the data folder (and the pack the test asks for);
- finish within the time limit and the memory limit;
- for a refused input: leave the catalogue (a dump of every table but the import log),
  the media folder and the index exactly as they were;
- for an accepted input: keep every seeded story unchanged, store only referenced media,
  and export an HTML pack with no script, event handler, frame, form or outside address;
- leave nothing in the temporary folder and no ``*.tmp`` file in the data folder.

Most cases run one after another in one process (tests/hostile/runner.py, calling the
command's ``main``); a representative subset, and every case still expected to fail, runs
as its own ``storydesk`` process.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.ingest.bundle_helpers import basic_files, make_bundle

from .cases import CASES, Case, Row

MEMORY_LIMIT = 1536 * 1024 * 1024
"""Address space allowed to a StoryDesk process under attack (1.5 GB)."""
CASE_TIMEOUT = 120
"""Seconds before a case counts as a hang (a normal case takes about a second)."""
XFAIL_TIMEOUT = 15
"""Seconds for cases still expected to fail (they are bombs: no need to wait long)."""
AUDIT = Path(__file__).resolve().parent / "audit"
RUNNER = Path(__file__).resolve().parent / "runner.py"
IGNORED_TABLES = frozenset({"imports"})
"""The import log records every attempt, refused or not: it is not catalogue content."""


# -- data folders and snapshots -----------------------------------------------------------


@dataclass
class Prepared:
    """A case's folders: its input, its private data folder, output and temp folders."""

    case: Case
    input: Path
    data: Path
    out: Path
    tmp: Path


@dataclass
class Snapshot:
    """What a data folder holds: every table's rows, and the media and index files."""

    tables: dict[str, list[tuple[Any, ...]]]
    stories: dict[str, tuple[Any, ...]]
    media: dict[str, int]
    index: dict[str, int]


def _listing(folder: Path) -> dict[str, int]:
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.stat().st_size
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def snapshot(data: Path, scratch: Path) -> Snapshot:
    """Dump ``data``'s catalogue (from a copy, so the folder itself is not touched)."""
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / "catalogue.sqlite3"
    for suffix in ("", "-wal"):
        source = data / f"catalogue.sqlite3{suffix}"
        if source.exists():
            shutil.copyfile(source, scratch / f"catalogue.sqlite3{suffix}")
    connection = sqlite3.connect(copy)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        tables = {
            name: sorted(map(tuple, connection.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in sorted(names)
            if name not in IGNORED_TABLES
        }
        stories = {row[0]: tuple(row) for row in connection.execute("SELECT * FROM stories")}
    finally:
        connection.close()
    shutil.rmtree(scratch)
    return Snapshot(tables, stories, _listing(data / "media"), _listing(data / "index"))


def story_rows(data: Path, ids: list[str], scratch: Path) -> list[Row]:
    scratch.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = data / f"catalogue.sqlite3{suffix}"
        if source.exists():
            shutil.copyfile(source, scratch / f"catalogue.sqlite3{suffix}")
    connection = sqlite3.connect(scratch / "catalogue.sqlite3")
    connection.row_factory = sqlite3.Row
    try:
        marks = ",".join("?" * len(ids))
        rows = [
            dict(r) for r in connection.execute(f"SELECT * FROM stories WHERE id IN ({marks})", ids)
        ]
        media = {
            r[0] for r in connection.execute("SELECT sha256 FROM images WHERE sha256 IS NOT NULL")
        }
    finally:
        connection.close()
    shutil.rmtree(scratch)
    rows.append({"_media": media})
    return rows


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Snapshot]:
    """A data folder with two stories and a photo, and its snapshot."""
    from storydesk.library import Library

    root = tmp_path_factory.mktemp("hostile-seed")
    bundle = make_bundle(root / "seed.storybundle", basic_files())
    folder = root / "data"
    with Library.open(folder) as library:
        report = library.import_paths([bundle])
    assert report.imported == 2 and len(report.rejected) == 0
    return folder, snapshot(folder, root / "scratch")


def prepare(case: Case, root: Path, template: Path) -> Prepared:
    root.mkdir(parents=True)
    (root / "input").mkdir()
    prepared = Prepared(case, case.build(root / "input"), root / "data", root / "out", root / "tmp")
    shutil.copytree(template, prepared.data)
    prepared.out.mkdir()
    prepared.tmp.mkdir()
    return prepared


# -- running StoryDesk under watch ---------------------------------------------------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _env(allowed: list[Path], log: Path, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYDESK_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(AUDIT), os.environ.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        ),
        STORYDESK_AUDIT_LOG=str(log),
        STORYDESK_AUDIT_ALLOWED=os.pathsep.join(str(p) for p in allowed),
        TMPDIR=str(tmp),
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _audit_violations(log: Path) -> list[str]:
    if not log.exists():
        return ["the audit hook wrote no log (it did not run)"]
    found: list[str] = []
    for line in log.read_text(encoding="utf-8").splitlines():
        found += json.loads(line)["violations"]
    return found


def _storydesk() -> list[str]:
    exe = Path(sys.executable).with_name("storydesk")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "storydesk"]


def _run_alone(prepared: Prepared, timeout: float) -> dict[str, Any]:
    """One real ``storydesk import --json`` process (then ``export``), as a user runs it."""
    log = prepared.out / "audit.jsonl"
    env = _env([prepared.data, prepared.out, prepared.tmp], log, prepared.tmp)

    def run(*args: str) -> dict[str, Any]:
        try:
            done = subprocess.run(
                [*_storydesk(), "--data-dir", str(prepared.data), *args],
                capture_output=True,
                text=True,
                timeout=timeout,
                env=env,
                preexec_fn=_limit_memory,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            return {"status": "timeout", "stdout": "", "stderr": str(exc), "timeout": True}
        return {"status": done.returncode, "stdout": done.stdout, "stderr": done.stderr,
                "timeout": False}  # fmt: skip

    record: dict[str, Any] = {
        "id": prepared.case.id,
        "import": run("import", "--json", str(prepared.input)),
    }
    record["export"] = None
    try:
        stories = json.loads(record["import"]["stdout"]).get("stories") or []
    except (json.JSONDecodeError, AttributeError):
        stories = []
    if stories:
        pack = prepared.out / "pack.html"
        record["export"] = run(
            "export", "--format", "html", "--ids", ",".join(stories), "-o", str(pack), "--json"
        )
    record["violations"] = _audit_violations(log)
    return record


def _batched(case: Case) -> bool:
    return not case.alone and case.xfail is None


@pytest.fixture(scope="session")
def batch(
    tmp_path_factory: pytest.TempPathFactory, seeded: tuple[Path, Snapshot]
) -> tuple[dict[str, Prepared], dict[str, dict[str, Any]], str]:
    """Every batched case, run by runner.py in one watched process."""
    template, _ = seeded
    root = tmp_path_factory.mktemp("hostile-batch")
    prepared = {c.id: prepare(c, root / c.id, template) for c in CASES if _batched(c)}
    plan = root / "plan.json"
    plan.write_text(
        json.dumps(
            [
                {"id": p.case.id, "input": str(p.input), "data": str(p.data),
                 "out": str(p.out), "tmp": str(p.tmp)}
                for p in prepared.values()
            ]
        ),
        encoding="utf-8",
    )  # fmt: skip
    results = root / "results.jsonl"
    log = root / "audit.jsonl"
    try:
        done = subprocess.run(
            [sys.executable, str(RUNNER), str(plan), str(results)],
            capture_output=True,
            text=True,
            timeout=CASE_TIMEOUT * 2 + 5 * len(prepared),
            env=_env([root / "runner-output"], log, root),
            preexec_fn=_limit_memory,
            check=False,
        )
        note = f"runner exited {done.returncode}: {done.stderr[-2000:]}"
    except subprocess.TimeoutExpired:
        note = "the runner hung"
    records = {}
    started = None
    if results.exists():
        for line in results.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "started" in record:
                started = record["started"]
            else:
                records[record["id"]] = record
                started = None
    if started is not None:
        note += f"; it stopped during case {started}"
    # Writes after the last case (at exit) count against every case.
    late = [v for v in _audit_violations(log) if "results.jsonl" not in v]
    for record in records.values():
        record["violations"] = record["violations"] + late
    return prepared, records, note


# -- what every case must satisfy ----------------------------------------------------------

_URL_ATTRIBUTES = frozenset(
    {"href", "src", "srcset", "action", "formaction", "poster", "data", "background",
     "xlink:href", "cite", "longdesc", "ping", "manifest", "codebase", "archive", "lowsrc"}
)  # fmt: skip
_BANNED_TAGS = frozenset(
    {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base",
     "input", "button", "link", "svg", "math", "portal", "audio", "video", "source"}
)  # fmt: skip
_CSS_OUTSIDE = re.compile(r"url\(\s*['\"]?\s*(?!data:)|@import|expression\(", re.IGNORECASE)


class PackScanner(HTMLParser):
    """Collects what would make a briefing pack active or reach outside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BANNED_TAGS:
            self.problems.append(f"<{tag}>")
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in _URL_ATTRIBUTES:
                ok = value.startswith("#") or (
                    tag == "img" and name == "src" and value.startswith("data:image/")
                )
                if not ok:
                    self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            if name == "style" and _CSS_OUTSIDE.search(value):
                self.problems.append(f"<{tag} style={value[:60]!r}>")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and _CSS_OUTSIDE.search(data):
            self.problems.append(f"<style> reaches outside: {_CSS_OUTSIDE.search(data)!r}")


def pack_problems(document: str) -> list[str]:
    scanner = PackScanner()
    scanner.feed(document)
    scanner.close()
    controls = [c for c in document if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    if controls:
        scanner.problems.append(f"control characters {sorted(set(controls))!r}")
    return scanner.problems


def check_case(
    prepared: Prepared, record: dict[str, Any], baseline: Snapshot, scratch: Path
) -> None:
    case = prepared.case
    run = record["import"]
    assert not run["timeout"], f"{case.id}: hung (over the time limit)"
    assert run["status"] in (0, 1), f"{case.id}: exit {run['status']}: {run['stderr'][-800:]}"
    assert "Traceback" not in run["stderr"], run["stderr"][-2000:]
    assert "unexpected problem" not in run["stderr"], run["stderr"][-800:]
    report = json.loads(run["stdout"])
    # Files passed over are listed under "skipped" (issue 8), beside "rejected".
    named = report["rejected"] + report.get("skipped", [])
    for entry in named:
        line = f"{entry['path']}: {entry['reason']}"
        assert "\n" not in line and "\r" not in line and len(entry["reason"]) < 400, line
    assert record["violations"] == [], f"{case.id} wrote outside the data folder"
    if case.names or case.reason:
        assert any(
            case.names in e["path"] and re.search(case.reason, e["reason"]) for e in named
        ), f"{case.id}: nothing names {case.names!r} for {case.reason!r}: {named}"
    after = snapshot(prepared.data, scratch / "after")
    assert list(prepared.tmp.iterdir()) == [], "files left in the temporary folder"
    assert [p for p in prepared.data.rglob("*.tmp")] == [], (
        "temporary files left in the data folder"
    )
    for story_id, row in baseline.stories.items():
        assert after.stories.get(story_id) == row, f"seeded story {story_id} changed or lost"
    if case.expect == "refused":
        if report["rejected"]:
            assert run["status"] == 1, "rejections with exit status 0"
        assert report["imported"] == report["updated"] == 0 and report["stories"] == []
        assert named, f"{case.id}: refused in silence"
        assert after.tables == baseline.tables, "the catalogue changed"
        assert after.media == baseline.media, "files left in the media folder"
        assert after.index == baseline.index, "the index changed though the catalogue did not"
        return
    assert report["imported"] >= 1, f"{case.id}: nothing imported: {report}"
    rows = story_rows(prepared.data, report["stories"], scratch / "rows")
    media = rows.pop()["_media"]
    stored = {Path(name).stem for name in after.media if not name.endswith(".tmp")}
    assert stored <= media, f"unreferenced media files: {sorted(stored - media)}"
    if case.check is not None:
        case.check(rows)
    export = record["export"]
    assert export is not None and export["status"] == 0, export
    document = (prepared.out / "pack.html").read_text(encoding="utf-8")
    assert pack_problems(document) == []


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_hostile_input(
    case: Case,
    tmp_path: Path,
    seeded: tuple[Path, Snapshot],
    request: pytest.FixtureRequest,
) -> None:
    template, baseline = seeded
    if _batched(case):
        prepared_all, records, note = request.getfixturevalue("batch")
        prepared = prepared_all[case.id]
        record = records.get(case.id)
        assert record is not None, f"{case.id} did not run: {note}"
    else:
        prepared = prepare(case, tmp_path / "case", template)
        record = _run_alone(prepared, XFAIL_TIMEOUT if case.xfail else CASE_TIMEOUT)
    check_case(prepared, record, baseline, tmp_path / "scratch")


def test_pack_scanner_catches_what_it_must() -> None:
    """The pack check itself can fail: each of these documents is caught."""
    for document in (
        "<p>x</p><script>alert(1)</script>",
        "<p onclick='x()'>x</p>",
        "<img src='https://example.org/a.jpg'>",
        "<img src='//example.org/a.jpg'>",
        "<a href='file:///etc/passwd'>x</a>",
        "<iframe></iframe>",
        "<meta http-equiv='refresh' content='0;url=https://x'>",
        "<p style=\"background:url('https://x/y.png')\">x</p>",
        "<style>body{background:url(https://x/y.png)}</style>",
        "<img srcset='https://x/a.jpg 2x' src='data:image/png;base64,AA'>",
        "<p>\x1b[2J</p>",
    ):
        assert pack_problems(document), document
    assert pack_problems("<img src='data:image/jpeg;base64,AA'><a href='#story-1'>x</a>") == []


def test_audit_hook_catches_a_write_outside(tmp_path: Path) -> None:
    """The audit hook itself can fail: a write outside the allowed folder is recorded."""
    inside, outside, log = tmp_path / "in", tmp_path / "out.txt", tmp_path / "audit.jsonl"
    inside.mkdir()
    script = f"open({str(inside / 'ok.txt')!r}, 'w').close(); open({str(outside)!r}, 'w').close()"
    subprocess.run(
        [sys.executable, "-c", script], env=_env([inside], log, inside), check=True, timeout=60
    )
    violations = _audit_violations(log)
    assert violations == [f"open {outside}"]
