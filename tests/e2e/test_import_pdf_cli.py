"""``storydesk import`` of PDF press releases, run as a user runs it, then found by search.

The PDFs are written in the test by Qt's PDF writer (DejaVu Sans embedded, so the text
layer is real Cyrillic) with a Pillow-made photo; scans and password-protected files sit
beside the good one and are refused by name without costing it.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter

from tests.conftest import run_storydesk
from tests.ingest import pdf_helpers as h

MEMORY_LIMIT = 700 * 1024 * 1024  # as the other bounded imports in tests/e2e/test_import_cli.py


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def inbox(qapp: object, tmp_path: Path) -> Path:
    """A folder as a partner sends it: a press release, a scan and a locked copy."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    release = h.press_release(folder / "press-release.pdf")
    h.scanned(folder / "scan.pdf")
    writer = PdfWriter(clone_from=release)
    writer.encrypt("пароль", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    (folder / "locked.pdf").write_bytes(buffer.getvalue())
    (folder / "cut.pdf").write_bytes(release.read_bytes()[:4000])
    return folder


def test_a_pdf_press_release_is_imported_and_found_by_another_word_form(
    inbox: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = run_storydesk("import", str(inbox), "--json", data_dir=data)
    assert result.returncode == 1, result.stderr  # rejected files make the exit status 1
    report = _json(result)
    assert report["imported"] == 1
    reasons = {Path(e["path"]).name: e["reason"] for e in report["rejected"]}
    assert reasons == {
        "scan.pdf": "no text layer (scanned)",
        "locked.pdf": "is password-protected",
        "cut.pdf": "is damaged: not a readable PDF",
    }
    # One line each on stderr, naming the file and the reason; never a traceback.
    text = run_storydesk("import", str(inbox), data_dir=tmp_path / "data2")
    assert "Traceback" not in text.stderr
    assert f"rejected: {inbox / 'scan.pdf'}: no text layer (scanned)" in text.stderr.splitlines()

    # "станциями" is not in the text ("станции", "станций", "станция" are): Russian stemming.
    assert "станциями" not in " ".join([h.TITLE, *h.PAGE_ONE, *h.PAGE_TWO, *h.PAGE_THREE])
    found = _json(run_storydesk("search", "станциями", "--json", data_dir=data))
    assert [hit["title"] for hit in found["hits"]] == [h.TITLE]
    joined = _json(run_storydesk("search", "развитие", "--json", data_dir=data))
    assert joined["total"] == 1  # the hyphenated "разви-тие" was made whole

    story = _json(run_storydesk("show", found["hits"][0]["id"], "--json", data_dir=data))
    assert story["title"] == h.TITLE
    assert story["date"] == "2025-03-12"
    body = story["body"]
    assert "Пресс-релиз" not in body and "Стр." not in body and "из 3" not in body
    assert "устойчивое развитие горных районов" in body
    assert [(i["caption"], i["credit"]) for i in story["images"]] == [(h.CAPTION, "ПРООН")]
    assert story["images"][0]["width"] == 400 and story["images"][0]["height"] == 300


def test_importing_the_same_pdf_again_changes_nothing(inbox: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("scan.pdf", "locked.pdf", "cut.pdf"):
        (inbox / name).unlink()
    first = _json(run_storydesk("import", str(inbox), "--json", data_dir=data))
    assert first["imported"] == 1 and first["rejected"] == []
    again = run_storydesk("import", str(inbox), "--json", data_dir=data)
    assert again.returncode == 0, again.stderr
    assert _json(again)["unchanged"] == 1


def test_a_200_page_report_imports_in_bounded_memory(qapp: object, tmp_path: Path) -> None:
    """The real command under an address-space limit; a hang fails only at the timeout."""
    folder = tmp_path / "reports"
    folder.mkdir()
    h.long_document(folder / "annual-report.pdf", pages=200)
    result = run_storydesk(
        "import",
        str(folder),
        "--json",
        data_dir=tmp_path / "data",
        timeout=600,
        memory=MEMORY_LIMIT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = _json(result)
    assert report["imported"] == 1 and report["rejected"] == []
    found = _json(run_storydesk("search", "ирригационных", "--json", data_dir=tmp_path / "data"))
    assert [hit["title"] for hit in found["hits"]] == ["Годовой отчёт программы развития"]
