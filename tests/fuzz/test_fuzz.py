"""Fuzzing the importer with Hypothesis: front matter, Markdown bodies and bundles (item 3).

Stories and bundles are generated, written to a fresh folder per example and imported
in-process with ``Library.open(folder).import_paths([...])`` (one data folder per test).
Properties:

- nothing but the typed :class:`~storydesk.errors.StoryDeskError` family escapes;
- the catalogue passes ``PRAGMA integrity_check`` and ``foreign_key_check`` afterwards;
- the report accounts for every input: each story file became a story, or is named in
  ``rejected`` (or ``skipped``, where the report has it);
- no reader bug the importer catches and turns into a generic rejection ("could not be
  read (ValueError: ...); details in the log").

A ``whoosh`` exception from the index update after the catalogue committed is recorded
(and the library reopened, which repairs the index), so fuzzing goes on past it. Inputs not
accounted for, masked reader bugs and index errors are collected over the whole run and
failed at its end, by the test that ran it (:func:`_assert_nothing_found_since`).

Profiles: ``ci`` (100 examples per test) and ``long`` (10,000; ``--long`` or
STORYDESK_LONG=1). Figures of the last run: ``STORYDESK_ROBUSTNESS_FIGURES=path``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, note
from hypothesis import strategies as st

from storydesk.errors import StoryDeskError
from storydesk.library import Library
from tests.crash.corpus import jpeg

FIELDS = (
    "id", "title", "date", "language", "countries", "places", "partners", "sdgs", "tags",
    "author", "source", "source_url", "summary", "images", "translations",
)  # fmt: skip

FIGURES: Counter[str] = Counter()
MASKED: list[str] = []
UNACCOUNTED: list[str] = []
INDEX_ERRORS: list[str] = []
_counter = itertools.count()

odd_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(
        [
            "", " ", "no", "yes", "null", "~", "2024-02-30", "0000-00-00", "1e400", "-0",
            "\u202eevil\u202c", "a\u200bb", "\x00", "\x1b]0;x\x07\x1b[2J", "../../etc/passwd",
            "C:\\Windows", "CON", "😀" * 50, "Бишкек", "Қазақстан", "x" * 5000, "\ud800",
        ]
    ),
)  # fmt: skip

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(),
    odd_text,
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(odd_text, st.integers()), inner, max_size=4),
    ),
    max_leaves=12,
)


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """YAML front matter text: known fields with any value, unknown keys, odd raw YAML."""
    keys = draw(st.lists(st.sampled_from(FIELDS), max_size=8, unique=True))
    data: dict[Any, Any] = {key: draw(values) for key in keys}
    if draw(st.booleans()):
        data["title"] = draw(odd_text)
    data.update(draw(st.dictionaries(odd_text, values, max_size=3)))
    try:
        text = yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False)
    except (yaml.YAMLError, ValueError, OverflowError):
        text = "title: x\n"
    raw = draw(
        st.sampled_from(
            [
                "",
                "date: 2024-02-30\n",
                "title: no\n",
                "title: !!python/object/apply:os.system ['echo x']\n",
                "a: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n",
                "tags: !!binary aGVsbG8=\n",
                "countries: {Kyrgyzstan: true, center: [1, 2]}\n",
                "images:\n  - file: ../../../etc/passwd\n  - file: photo.jpg\n",
                "title: [unclosed\n",
                "\t- tab\n",
                "title: 'a\n",
                "? complex\n: key\n",
                "date: 99999-01-01\n",
                "date: 2024-13-01T25:61:00Z\n",
                "id: ../../x\n",
                "language: xx-YY-zz\n",
                "sdgs: [0, 18, -1, '3', 3.5, 1e9]\n",
            ]
        )
    )
    return text + raw


bodies = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "# Heading", "Plain text about water.", "![alt](photo.jpg)", "![a](",
                "![x](../../secret.jpg)", "[link](http://example.org)", "<script>x()</script>",
                "<img src=x onerror=alert(1)>", "```\ncode\n```", "| a | b |\n|---|---|",
                "---", "> quote", "* item", "1. item", "\x00", "\r\n", "\u2028",
            ]
        ),
        max_size=12,
    ).map("\n\n".join),
)  # fmt: skip


def story_file_text(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:  # no front matter, or broken fences
        return draw(st.sampled_from(["", "---\n", "---\n---\n", "---\ntitle: x\n"])) + draw(bodies)
    return f"---\n{draw(front_matter())}---\n\n{draw(bodies)}\n"


@st.composite
def story_folders(draw: st.DrawFn) -> dict[str, bytes]:
    """One story file (and maybe an image beside it): ``{name: bytes}``."""
    ext = draw(st.sampled_from([".md", ".md", ".markdown", ".txt"]))
    files = {f"story{ext}": story_file_text(draw).encode("utf-8", "surrogatepass")}
    if draw(st.booleans()):
        files["photo.jpg"] = draw(
            st.sampled_from([jpeg(1), b"", b"<html>not a jpeg</html>", jpeg(2)[:100]])
        )
    return files


@st.composite
def bundles(
    draw: st.DrawFn, partners: bool = False
) -> tuple[dict[str, bytes], dict[str, Any] | None, list[str]]:
    """A bundle's members, its manifest (maybe lying) and which members are stories;
    with ``partners``, also a fuzzed ``partners.yaml``."""
    count = draw(st.integers(0, 4))
    members: dict[str, bytes] = {}
    stories: list[str] = []
    for i in range(count):
        name = draw(
            st.one_of(
                st.just(f"stories/s{i}.md"),
                st.from_regex(r"stories/[A-Za-z0-9 _.\-Ёё]{1,20}\.md", fullmatch=True),
            )
        )
        if name in members:
            continue
        text = story_file_text(draw)
        if draw(st.booleans()):
            head = f"id: fuzz-{i}\ntitle: Story {i}\nimages:\n  - file: ../images/p.jpg\n"
            text = f"---\n{head}---\n{text}"
        members[name] = text.encode("utf-8", "surrogatepass")
        stories.append(name)
    if draw(st.booleans()):
        members["images/p.jpg"] = jpeg(3)
    if draw(st.booleans()):
        # zipfile cuts a member's name at its first NUL: that part must not be empty.
        odd_name = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)
        odd_name = odd_name.filter(lambda name: name.split("\x00", 1)[0] != "")
        members[draw(odd_name)] = draw(st.binary(max_size=200))
    if partners:
        members["partners.yaml"] = draw(front_matter()).encode("utf-8", "surrogatepass")
    manifest: dict[str, Any] | None = None
    if draw(st.integers(0, 4)):
        manifest = {
            "format": draw(st.sampled_from(["storydesk.bundle", "storydesk.bundle", "x", None])),
            "version": draw(st.one_of(st.just(1), st.just(1), values)),
            "id": draw(st.one_of(st.uuids().map(str), values)),
            "title": draw(st.one_of(odd_text, values)),
            "created": draw(st.one_of(st.just("2025-08-01T10:00:00Z"), values)),
            "publisher": draw(st.one_of(st.just("UNDP"), values)),
            "files": [
                {
                    "path": name,
                    "sha256": hashlib.sha256(data).hexdigest()
                    if draw(st.integers(0, 5))
                    else draw(st.one_of(st.just("0" * 64), values)),
                    "size": len(data) if draw(st.integers(0, 5)) else draw(values),
                }
                for name, data in members.items()
            ],
        }
        if draw(st.integers(0, 5)) == 0:
            manifest["files"] = draw(values)
    return members, manifest, stories


@pytest.fixture(scope="module")
def workspace() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="storydesk-fuzz-"))
    yield root
    for library in LIBRARIES.values():
        library.close()
    LIBRARIES.clear()
    shutil.rmtree(root, ignore_errors=True)


LIBRARIES: dict[str, Library] = {}


def _library(workspace: Path, name: str) -> Library:
    """One data folder per test function, opened once and reused by every example."""
    if name not in LIBRARIES:
        LIBRARIES[name] = Library.open(workspace / name)
    return LIBRARIES[name]


def _import(workspace: Path, name: str, path: Path) -> Any:
    FIGURES["cases"] += 1
    library = _library(workspace, name)
    try:
        report = library.import_paths([path])
    except StoryDeskError as exc:
        FIGURES["typed_errors"] += 1
        note(f"typed error: {exc}")
        return None
    except Exception as exc:
        if type(exc).__module__.startswith("whoosh"):
            # A search-index failure after the catalogue committed: recorded and failed by
            # at the end of the run; reopen (which repairs) and go on fuzzing.
            FIGURES["index_errors"] += 1
            INDEX_ERRORS.append(f"{type(exc).__name__}: {exc}")
            LIBRARIES.pop(name).close()
            return None
        FIGURES["unhandled"] += 1
        raise
    for entry in report.rejected:
        if "details in the log" in entry["reason"]:
            FIGURES["masked_reader_bugs"] += 1
            MASKED.append(f"{entry['path']}: {entry['reason']}")
    FIGURES["stories"] += len(report.stories)
    FIGURES["rejected"] += len(report.rejected)
    return report


def _accounted(report: Any, names: list[str], whole: str) -> list[str]:
    """The story files the report neither imported nor named."""
    named = [e["path"] for e in report.rejected] + [
        e["path"] for e in getattr(report, "skipped", [])
    ]
    if any(p == whole or p.rstrip("/") == whole for p in named):
        return []  # refused whole, by name
    unnamed = [n for n in names if not any(p.endswith(n) for p in named)]
    if len(report.stories) >= len(unnamed):
        return []
    return unnamed


def _check_catalogue(library: Library) -> None:
    with library._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert list(connection.exec_driver_sql("PRAGMA foreign_key_check")) == []


def _record_figures() -> None:
    path = os.environ.get("STORYDESK_ROBUSTNESS_FIGURES")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            samples = {
                "masked": sorted(set(MASKED))[:5],
                "index_errors": sorted(set(INDEX_ERRORS))[:3],
                "unaccounted": UNACCOUNTED[:3],
            }
            f.write(json.dumps({"fuzz": dict(FIGURES), "samples": samples}) + "\n")


def test_fuzzed_story_files_are_imported_or_rejected(workspace: Path) -> None:
    @given(files=story_folders())
    def example(files: dict[str, bytes]) -> None:
        folder = workspace / "in" / f"case{next(_counter)}"
        folder.mkdir(parents=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        story = next(name for name in files if not name.endswith(".jpg"))
        note(f"story file: {files[story][:2000]!r}")
        report = _import(workspace, "stories", folder)
        if report is not None:
            note(f"report: {report.to_json()}")
            if _accounted(report, [story], str(folder)):
                FIGURES["unaccounted"] += 1
                UNACCOUNTED.append(f"{story}: {files[story][:120]!r} -> {report.to_json()}")
        _check_catalogue(_library(workspace, "stories"))
        shutil.rmtree(folder)
        _record_figures()

    before = _found()
    example()
    _assert_nothing_found_since(before)


def _import_bundle(
    workspace: Path, name: str, bundle: tuple[dict[str, bytes], dict[str, Any] | None, list[str]]
) -> None:
    members, manifest, stories = bundle
    path = workspace / "in" / f"case{next(_counter)}.storybundle"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        if manifest is not None:
            text = json.dumps(manifest, default=str, ensure_ascii=False)
            zf.writestr("bundle.json", text.encode("utf-8", "surrogatepass"))
        for member, data in members.items():
            zf.writestr(member, data)
    note(f"manifest: {manifest!r}")
    note(f"members: { {n: d[:300] for n, d in members.items()}!r}")
    report = _import(workspace, name, path)
    if report is not None:
        note(f"report: {report.to_json()}")
        missing = _accounted(report, stories, str(path))
        if missing:
            FIGURES["unaccounted"] += 1
            UNACCOUNTED.append(f"bundle {missing} of {stories} -> {report.to_json()}")
    _check_catalogue(_library(workspace, name))
    path.unlink()
    _record_figures()


def test_fuzzed_bundles_are_imported_or_rejected(workspace: Path) -> None:
    @given(bundle=bundles())
    def example(bundle: tuple[dict[str, bytes], dict[str, Any] | None, list[str]]) -> None:
        _import_bundle(workspace, "bundles", bundle)

    before = _found()
    example()
    _assert_nothing_found_since(before)


def _found() -> tuple[int, int, int]:
    """How many masked reader bugs, unaccounted inputs and index errors are recorded so far."""
    return len(MASKED), len(UNACCOUNTED), len(INDEX_ERRORS)


def _assert_nothing_found_since(before: tuple[int, int, int]) -> None:
    """The properties checked over a whole fuzz run, in the test that ran it (so that they
    are checked whichever worker runs it)."""
    masked, unaccounted, index_errors = (
        MASKED[before[0] :], UNACCOUNTED[before[1] :], INDEX_ERRORS[before[2] :]
    )  # fmt: skip
    assert not masked, f"{len(masked)} reader bugs: " + " | ".join(sorted(set(masked))[:5])
    assert not unaccounted, f"{len(unaccounted)} inputs passed over in silence: " + " | ".join(
        unaccounted[:5]
    )
    assert not index_errors, f"{len(index_errors)} imports failed in the index: " + " | ".join(
        sorted(set(index_errors))[:3]
    )
