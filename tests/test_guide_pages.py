"""The user's guide (docs/guide): every page in both languages, its pictures and links, and
the search examples it gives, run with the real ``storydesk`` command on the seeds.
"""

from __future__ import annotations

import contextlib
import io
import json
import shlex
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt
from PIL import Image

from storydesk.gui.guide import PAGES
from tests.conftest import REPO, SEEDS, run_storydesk

GUIDE = REPO / "docs" / "guide"
LANGUAGES = ("en", "ru")


def _tokens(path: Path) -> list:
    """Every token of a page, inline children included (links inside quotes and tables)."""
    md = MarkdownIt("commonmark").enable("table")
    out = []
    for token in md.parse(path.read_text(encoding="utf-8")):
        out.append(token)
        out.extend(token.children or [])
    return out


def _pages() -> list[Path]:
    return sorted(GUIDE.glob("*/*.md"))


def _targets(path: Path, kind: str) -> list[str]:
    if kind == "image":
        return [t.attrGet("src") for t in _tokens(path) if t.type == "image"]
    return [t.attrGet("href") for t in _tokens(path) if t.type == "link_open"]


def _is_remote(target: str) -> bool:
    parts = urlsplit(target)
    return bool(parts.scheme or parts.netloc)


def test_every_page_exists_in_both_languages() -> None:
    for language in LANGUAGES:
        for name in PAGES:
            page = GUIDE / language / f"{name}.md"
            assert page.is_file(), f"{page} is missing"
            assert page.read_text(encoding="utf-8").startswith("# "), f"{page} has no title"
    assert {p.name for p in (GUIDE / "en").glob("*.md")} == {
        p.name for p in (GUIDE / "ru").glob("*.md")
    }


def test_the_contents_link_every_page() -> None:
    for language in LANGUAGES:
        linked = {Path(h).stem for h in _targets(GUIDE / language / "index.md", "link")}
        assert set(PAGES) - {"index"} <= linked, language


def test_every_picture_exists_is_local_and_small() -> None:
    pictures = 0
    for page in _pages():
        for src in _targets(page, "image"):
            assert not _is_remote(src), f"{page}: a picture from the web: {src}"
            path = (page.parent / unquote(src)).resolve()
            assert path.is_file(), f"{page}: {src} does not exist"
            assert path.is_relative_to(GUIDE / "images" / page.parent.name), (
                f"{page}: {src} is not one of this language's screenshots"
            )
            with Image.open(path) as image:
                assert image.width <= 1400, f"{src} is {image.width} px wide"
            pictures += 1
    assert pictures >= 2 * 8
    english = {p.name for p in (GUIDE / "images" / "en").glob("*.png")}
    assert english == {p.name for p in (GUIDE / "images" / "ru").glob("*.png")}
    total = sum(p.stat().st_size for p in (GUIDE / "images").rglob("*.png"))
    assert total < 4 * 1024 * 1024


def test_every_relative_link_resolves() -> None:
    for page in _pages():
        for href in _targets(page, "link"):
            if _is_remote(href) or href.startswith("#"):
                continue
            target = (page.parent / unquote(urlsplit(href).path)).resolve()
            assert target.is_file(), f"{page}: the link {href} leads nowhere"
            assert target.is_relative_to(GUIDE), f"{page}: {href} leaves the guide"


def test_screenshots_the_script_takes_are_the_ones_the_pages_show() -> None:
    import ast

    tree = ast.parse((GUIDE.parent / "screenshots" / "guide.py").read_text(encoding="utf-8"))
    shots = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SHOTS"
    )
    for language in LANGUAGES:
        shown = {
            Path(src).stem
            for page in (GUIDE / language).glob("*.md")
            for src in _targets(page, "image")
        }
        assert shown <= set(shots), f"{language}: pictures no script takes: {shown - set(shots)}"
        made = {p.stem for p in (GUIDE / "images" / language).glob("*.png")}
        assert set(shots) <= made, f"{language}: run docs/screenshots/guide.py"


def search_examples() -> list[list[str]]:
    """The ``storydesk search`` commands of both searching pages, in order, once each."""
    commands: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for token in _tokens(GUIDE / language / "searching.md"):
            if token.type != "fence" or token.info.strip() != "sh":
                continue
            for line in token.content.splitlines():
                line = line.split("  #")[0].strip()
                if line.startswith("storydesk search"):
                    commands.setdefault(line, shlex.split(line)[1:])
    return list(commands.values())


def test_the_searching_pages_give_examples() -> None:
    examples = search_examples()
    assert len(examples) >= 10
    joined = " ".join(" ".join(e) for e in examples)
    for part in ('"', " OR ", " -", "partner:", "place:", "country:", "year:", "lang:"):
        assert part in joined, f"no example uses {part!r}"


@pytest.fixture(scope="module")
def seeded_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not present on this machine")
    data = tmp_path_factory.mktemp("guide") / "data"
    result = run_storydesk("import", str(SEEDS), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


def _storydesk(*args: str) -> tuple[int, str, str]:
    """``storydesk ARGS`` through the command's own entry point, in this process (the
    examples are many; the import above ran the real command as a subprocess)."""
    from storydesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_every_search_example_finds_stories_in_the_seeds(seeded_data: Path) -> None:
    failures = []
    for args in search_examples():
        status, stdout, stderr = _storydesk(*args, "--json", "--data-dir", str(seeded_data))
        shown = "storydesk " + shlex.join(args)
        if status != 0 or not stdout.strip():
            failures.append(f"{shown}: exit {status}: {stderr.strip()}")
            continue
        total = json.loads(stdout)["total"]
        if total < 1:
            failures.append(f"{shown}: found nothing")
    assert not failures, "\n".join(failures)
