"""Briefing packs through the Library, the front ends' one door: write, prepare, cancel."""

from __future__ import annotations

import ast
import io
import logging
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image

import storydesk
from storydesk.errors import Cancelled
from storydesk.library import PackOptions, PackResult
from storydesk.progress import CancelToken

PACKS = Path(storydesk.__file__).resolve().parent / "packs"


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_write_pack_gives_the_result_export_prints(
    pack_library: Any, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"pack.{fmt}"
    ids = ["kk-shymkent-house", *pack_library.story_ids()]
    result = pack_library.write_pack(ids, PackOptions(title="Visit"), out, fmt)
    assert isinstance(result, PackResult)
    data = result.to_json()
    assert list(data) == ["path", "stories", "pages", "bytes"]
    assert data["path"] == str(out) and data["bytes"] == out.stat().st_size
    assert data["stories"] == len(pack_library.story_ids())  # the repeat is dropped
    assert (data["pages"] is None) == (fmt == "html")


@pytest.mark.parametrize("fmt", ["pdf", "html"])
@pytest.mark.parametrize("existing", [False, True])
def test_a_cancelled_pack_raises_cancelled_and_leaves_no_file(
    pack_library: Any, tmp_path: Path, fmt: str, existing: bool
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"pack.{fmt}"
    if existing:
        out.write_bytes(b"the pack sent last week")
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)
        if done == 2:
            token.cancel()  # Cancel pressed while the second story is prepared

    ids = pack_library.story_ids()
    with pytest.raises(Cancelled, match="the briefing pack was cancelled"):
        pack_library.write_pack(ids, PackOptions(title="T"), out, fmt, progress, token)
    assert seen == [1, 2]  # it stopped at the next story
    assert [p.name for p in folder.iterdir()] == (["pack." + fmt] if existing else [])
    if existing:
        assert out.read_bytes() == b"the pack sent last week"
    # A token cancelled before the work starts stops it before anything is read.
    with pytest.raises(Cancelled):
        pack_library.write_pack(ids, PackOptions(title="T"), out, fmt, cancel=token)
    assert [p.name for p in folder.iterdir()] == (["pack." + fmt] if existing else [])


def test_a_prepared_pack_paints_the_pdf_s_pages_without_the_catalogue(
    pack_library: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    ids = pack_library.story_ids()
    options = PackOptions(title="Printed", paper="letter")
    expected = pack_library.write_pack(ids, options, tmp_path / "a.pdf", "pdf").pages
    calls: list[tuple[int, int, str]] = []
    prepared = pack_library.prepare_pack(ids, options, progress=lambda *a: calls.append(a))
    assert prepared.options is options and prepared.story_count == len(ids)
    assert [c[0] for c in calls] == list(range(1, len(ids) + 1))
    pack_library.close()  # painting reads no story and decodes no photo
    device = QPdfWriter(str(tmp_path / "b.pdf"))
    device.setResolution(600)
    prepared.configure(device)
    assert device.pageLayout().pageSize().id().name == "Letter"
    pages = prepared.paint(device)
    del device
    assert pages == expected == len(pypdf.PdfReader(tmp_path / "b.pdf").pages)


@pytest.mark.parametrize("fmt", ["BMP", "TIFF"])
def test_a_photo_in_a_refused_format_is_left_out_and_the_pack_written(
    pack_library: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture, fmt: str
) -> None:
    (story,) = pack_library.stories(["kk-shymkent-house"])
    stored = story.images[0].path
    assert stored is not None and stored.is_relative_to(pack_library.layout.media)
    # The stored photo's file is replaced by a picture Pillow can read but StoryDesk
    # refuses (the media folder was tampered with, or restored from elsewhere).
    out = io.BytesIO()
    Image.new("RGB", (2400, 1600), (70, 130, 180)).save(out, format=fmt)
    stored.write_bytes(out.getvalue())
    with caplog.at_level(logging.WARNING, logger="storydesk.packs.model"):
        html = pack_library.write_pack(
            [story.id], PackOptions(title="T"), tmp_path / "p.html", "html"
        )
        pdf = pack_library.write_pack([story.id], PackOptions(title="T"), tmp_path / "p.pdf", "pdf")
    assert html.stories == pdf.stories == 1
    text = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<img" not in text and "Шымкентте" in text
    assert not [i for page in pypdf.PdfReader(tmp_path / "p.pdf").pages for i in page.images]
    lines = [r.getMessage() for r in caplog.records if "left out" in r.getMessage()]
    assert len(lines) == 2 and all(f"format {fmt} is not accepted" in line for line in lines)
    assert all(story.images[0].sha256 in line and story.id in line for line in lines)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_packs_never_reach_the_catalogue_or_the_library() -> None:
    files = sorted(PACKS.glob("*.py"))
    assert {p.name for p in files} >= {"model.py", "html.py", "pdf.py"}
    forbidden = ("sqlalchemy", "storydesk.library", "storydesk.catalogue.models")
    problems = [
        f"{path.name} imports {module}"
        for path in files
        for module in sorted(_imports(path))
        if any(module == name or module.startswith(name + ".") for name in forbidden)
    ]
    assert not problems, "\n".join(problems)
