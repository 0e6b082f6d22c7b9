"""``storydesk import`` on Word and OpenDocument files, then ``storydesk search`` finds them.

The documents are made in the test (python-docx, odfdo) with Russian and Kazakh text, a
photo, its caption and credit. Hostile and broken ones (a zip bomb, 120 photos, a linked
picture with macros, an old .doc, a truncated file) are imported by the real command under
an address-space limit.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

from docx import Document

from storydesk.ingest.officepackage import MAX_DOCUMENT_IMAGES
from storydesk.ingest.word import OLE_SIGNATURE
from tests.conftest import run_storydesk
from tests.ingest.office_docs import KK_TITLE, RU_TITLE, jpeg, kazakh_odt, russian_docx
from tests.ingest.test_word import _linked_image_with_macro_and_object, zip_bomb_docx

MEMORY_LIMIT = 700 * 1024 * 1024


def _json(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_word_and_opendocument_stories_are_imported_and_found_by_their_words(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "вода.docx").write_bytes(russian_docx())
    (inbox / "су.odt").write_bytes(kazakh_odt())
    data = tmp_path / "data"
    result = run_storydesk("import", str(inbox), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    report = _json(result)
    assert report["imported"] == 2
    assert report["rejected"] == [] and report["skipped"] == []

    # "водопроводом" is not in the text ("водопровод", "водопровода"): found by its stem.
    found = _json(run_storydesk("search", "водопроводом", "--json", data_dir=data))
    assert [hit["title"] for hit in found["hits"]] == [RU_TITLE]
    # A word of the table, one of the list, and one of the Kazakh text.
    assert _json(run_storydesk("search", "Тасбогет", "--json", data_dir=data))["total"] == 1
    assert _json(run_storydesk("search", "насосные", "--json", data_dir=data))["total"] == 1
    kazakh = _json(run_storydesk("search", "сорғы", "--json", data_dir=data))
    assert [hit["title"] for hit in kazakh["hits"]] == [KK_TITLE]

    for hit_id in (found["hits"][0]["id"], kazakh["hits"][0]["id"]):
        story = _json(run_storydesk("show", hit_id, "--json", data_dir=data))
        [image] = story["images"]
        assert image["credit"] == "Ерлан Омаров"
        assert image["caption"] and image["width"] == 64 and image["height"] == 48
        assert story["date"] in ("2025-03-12", "2025-04-05")

    again = run_storydesk("import", str(inbox), data_dir=data)
    assert again.returncode == 0
    assert "2 unchanged" in again.stdout


def test_hostile_and_broken_word_files_are_bounded_and_named(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "бомба.docx").write_bytes(zip_bomb_docx())
    (inbox / "старый.docx").write_bytes(OLE_SIGNATURE + b"\0" * 2000)
    whole = russian_docx()
    (inbox / "обрыв.docx").write_bytes(whole[: len(whole) // 2])
    (inbox / "ссылка.docx").write_bytes(
        _linked_image_with_macro_and_object("http://127.0.0.1:9/tracker.jpg")
    )
    doc = Document()
    doc.add_paragraph("Фотоотчёт о субботнике", style="Title")
    doc.add_paragraph("Волонтёры убрали берег реки Чу и посадили двести деревьев.")
    for i in range(120):
        doc.add_picture(io.BytesIO(jpeg((i * 2, 255 - i * 2, (7 * i) % 256), (96, 72))))
    out = io.BytesIO()
    doc.save(out)
    (inbox / "фото.docx").write_bytes(out.getvalue())
    data = tmp_path / "data"

    result = run_storydesk(
        "import", str(inbox), "--json", data_dir=data, timeout=600, memory=MEMORY_LIMIT
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    report = _json(result)
    assert report["imported"] == 2
    rejected = {Path(entry["path"]).name: entry["reason"] for entry in report["rejected"]}
    assert set(rejected) == {"бомба.docx", "старый.docx", "обрыв.docx"}
    assert "bomb" in rejected["бомба.docx"] or "limit" in rejected["бомба.docx"]
    assert ".doc" in rejected["старый.docx"]
    assert "damaged" in rejected["обрыв.docx"]
    skipped = [entry["path"] for entry in report["skipped"]]
    assert sum("фото.docx!word/media/" in path for path in skipped) == 120 - MAX_DOCUMENT_IMAGES
    assert any("ссылка.docx!http://127.0.0.1:9/tracker.jpg" in path for path in skipped)

    found = _json(run_storydesk("search", "субботнике", "--json", data_dir=data))
    [hit] = found["hits"]
    story = _json(run_storydesk("show", hit["id"], "--json", data_dir=data))
    assert len(story["images"]) == MAX_DOCUMENT_IMAGES
    linked = _json(run_storydesk("search", "партнёра", "--json", data_dir=data))
    assert linked["total"] == 1
