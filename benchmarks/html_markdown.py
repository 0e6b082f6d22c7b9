"""Measures markdownify against StoryDesk's own HTML→Markdown writer (issue 9, item 6).

Both writers get the same input: the article region :mod:`storydesk.ingest.html` has
already chosen and stripped of furniture and images, with the same safe-link rule (a link
keeps its target only for http(s) and mailto). Only the writing of Markdown differs.

    python benchmarks/html_markdown.py tests      # the HTML reader's tests with each writer
    python benchmarks/html_markdown.py corpora    # bodies that change, time to import
    python benchmarks/html_markdown.py hostile    # deep nesting, 10M-character pages, links

``tests`` runs pytest in a subprocess with ``-p benchmarks.html_markdown`` for the
markdownify run: loading this module as a pytest plugin swaps the writer in.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bs4 import Tag
from markdownify import MarkdownConverter

import storydesk.ingest.html as html_reader
from storydesk.ingest.html.parse import ALWAYS_DROP, MEDIA
from storydesk.ingest.html.to_markdown import _link_target, article_markdown

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYDESK_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


class _SafeConverter(MarkdownConverter):
    """markdownify with StoryDesk's rules: safe link targets, no images, no active tags."""

    def __init__(self, page_url: str | None) -> None:
        super().__init__(
            heading_style="atx",
            bullets="-",
            strong_em_symbol="*",
            escape_misc=True,
            autolinks=False,
            strip=sorted(ALWAYS_DROP | MEDIA),
        )
        self.page_url = page_url

    def convert_a(self, el: Any, text: str, parent_tags: Any) -> str:
        url = _link_target(str(el.get("href") or ""), self.page_url)
        if not url or not text.strip():
            return text
        return f"[{text.strip()}]({url})"

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        return ""


def markdownify_markdown(region: Tag, page_url: str | None) -> str:
    """The region as Markdown written by markdownify (same signature as StoryDesk's)."""
    return _SafeConverter(page_url).convert_soup(region).strip()


def use_markdownify() -> None:
    """Makes :func:`storydesk.ingest.html.read_html` write Markdown with markdownify."""
    html_reader.article_markdown = markdownify_markdown  # type: ignore[attr-defined]


def use_storydesk() -> None:
    """Restores StoryDesk's own writer."""
    html_reader.article_markdown = article_markdown  # type: ignore[attr-defined]


def pytest_configure(config: Any) -> None:
    """As a pytest plugin (``-p benchmarks.html_markdown``): run the tests with markdownify."""
    use_markdownify()


# --- tests ---------------------------------------------------------------------------------


def _pytest(extra: list[str], tests: list[str]) -> dict[str, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider",
         *extra, *tests],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    counts = {"passed": 0, "failed": 0}
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    for part in last.replace("=", "").split(","):
        words = part.split()
        if len(words) >= 2 and words[1] in counts:
            counts[words[1]] = int(words[0])
    failed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("FAILED")]
    print(f"  {' '.join(extra) or 'storydesk writer'}: {counts} {last}")
    for name in failed:
        print(f"    failed: {name}")
    return counts


def run_tests(tests: list[str]) -> None:
    """The HTML reader's tests, with each writer."""
    print("HTML reader tests:", " ".join(tests))
    _pytest([], tests)
    _pytest(["-p", "benchmarks.html_markdown"], tests)


# --- corpora -------------------------------------------------------------------------------


def _html_pages() -> list[Path]:
    return sorted(p for p in CORPORA.rglob("*") if p.suffix.lower() in (".html", ".htm"))


def _cli(*args: str) -> str:
    """Runs the real ``storydesk`` command in this process (so the swapped writer is used)."""
    from storydesk.cli import main

    out = io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(io.StringIO()),
        contextlib.suppress(SystemExit),
    ):
        main(list(args))
    return out.getvalue()


def _import_bodies(pages: list[Path]) -> tuple[float, dict[str, str]]:
    """Imports the pages into a new data folder; the time taken and each story's body."""
    # Kept until the process ends: the command's log handler stays open on the first one.
    data = tempfile.mkdtemp(prefix="storydesk-html-markdown-")
    started = time.perf_counter()
    report = json.loads(_cli("--data-dir", data, "import", *map(str, pages), "--json"))
    seconds = time.perf_counter() - started
    bodies: dict[str, str] = {}
    for story_id in report["stories"]:
        story = json.loads(_cli("--data-dir", data, "show", story_id, "--json"))
        bodies[f"{story_id} {story['title'][:50]}"] = story.get("body") or ""
    return seconds, bodies


def run_corpora(rounds: int) -> None:
    """Bodies that change between the writers, and time to import the corpora's HTML."""
    pages = _html_pages()
    print(f"{len(pages)} HTML pages under {CORPORA}")
    results: dict[str, tuple[float, dict[str, str]]] = {}
    for name, switch in (("storydesk", use_storydesk), ("markdownify", use_markdownify)):
        switch()
        times = []
        for _ in range(rounds):
            seconds, bodies = _import_bodies(pages)
            times.append(seconds)
        results[name] = (min(times), bodies)
        print(f"  {name}: import of the HTML pages {min(times):.2f} s (best of {rounds})")
    use_storydesk()
    ours, theirs = results["storydesk"][1], results["markdownify"][1]
    changed = sorted(k for k in ours if ours[k] != theirs.get(k))
    print(f"  stories: {len(ours)}; bodies that differ: {len(changed)}")
    for key in changed:
        print(f"    {key}: {len(ours[key])} -> {len(theirs.get(key, ''))} characters")
    out = Path(tempfile.gettempdir()) / "storydesk-html-markdown.json"
    out.write_text(
        json.dumps({k: {"storydesk": ours[k], "markdownify": theirs.get(k)} for k in changed},
                   ensure_ascii=False, indent=1),
        encoding="utf-8",
    )  # fmt: skip
    print(f"  the differing bodies, side by side: {out}")


# --- hostile -------------------------------------------------------------------------------

_HOSTILE_LINKS = (
    "<p><a href='javascript:alert(1)'>js</a> <a href='data:text/html,x'>data</a> "
    "<a href='file:///etc/passwd'>file</a> <a href=' jav&#x09;ascript:alert(1)'>tab</a> "
    "<a href='vbscript:x'>vb</a> <a href='//evil.example/x'>proto</a> "
    "<a href='https://ok.example/(a)'>ok</a> <a href='mailto:a@b.example'>mail</a> "
    "<img src='https://evil.example/pixel.png'> <b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>"
)


_HOSTILE_PAGES = {
    "links and tags": f"<html><body><article><h1>T</h1>{_HOSTILE_LINKS}</article></body>",
    "deep nesting (100,000 <div>)": "<div>" * 100_000 + "text" + "</div>" * 100_000,
    "deep inline nesting (50,000 <b><i>)": "<b><i>" * 50_000 + "text",
    "10M characters, one paragraph": "word * _ [x] " * 769_000,
    "10M characters of <a href>": "<a href='https://x.example/'>x</a>" * 277_000,
    "10M characters of unclosed <p>": "<p>word " * 1_250_000,
}


def _time_writers(label: str) -> None:
    """Parses one hostile page once, then times each writer on its article (one process)."""
    from storydesk.ingest.html.article import article_region, strip_furniture
    from storydesk.ingest.html.parse import parse_page

    page = _HOSTILE_PAGES[label][: html_reader.MAX_HTML_CHARS]
    started = time.perf_counter()
    region, whole_body = article_region(parse_page(page, "hostile.html"))
    strip_furniture(region, whole_body)
    print(f"  parse and strip: {time.perf_counter() - started:.2f} s", flush=True)
    for name, writer in (("storydesk", article_markdown), ("markdownify", markdownify_markdown)):
        started = time.perf_counter()
        body = writer(region, None)
        seconds = time.perf_counter() - started
        print(f"  {name}: {seconds:.2f} s, {len(body):,} characters", flush=True)
        if label == "links and tags":
            print("    " + body.replace("\n", "\n    "), flush=True)


def run_hostile(limit: float) -> None:
    """Each hostile page in its own process, killed after ``limit`` seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for label in _HOSTILE_PAGES:
        print(f"{label}:", flush=True)
        try:
            subprocess.run(
                [sys.executable, "-m", "benchmarks.html_markdown", "one-hostile", label],
                cwd=ROOT, env=env, timeout=limit, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            print(f"  stopped after {limit:.0f} s", flush=True)


def main() -> None:
    """Runs one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["tests", "corpora", "hostile", "one-hostile"])
    parser.add_argument("--limit", type=float, default=600, help="seconds a hostile page")
    parser.add_argument("--rounds", type=int, default=3, help="imports per writer (corpora)")
    parser.add_argument("names", nargs="*", help="test paths (tests), a page (one-hostile)")
    args = parser.parse_args()
    if args.what == "tests":
        run_tests(args.names or ["tests/ingest/test_html.py"])
    elif args.what == "corpora":
        run_corpora(args.rounds)
    elif args.what == "hostile":
        run_hostile(args.limit)
    else:
        _time_writers(args.names[0])


if __name__ == "__main__":
    main()
