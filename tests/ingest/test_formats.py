"""The importable kinds the file dialogs offer are exactly the ones the importer reads."""

from __future__ import annotations

from storydesk.ingest import formats, sources


def test_every_extension_the_importer_reads_is_in_one_dialog_group() -> None:
    grouped = [ext for _, exts in formats.IMPORT_KINDS for ext in exts]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) == sources.STORY_EXTENSIONS | sources.BUNDLE_EXTENSIONS


def test_an_old_office_format_says_what_to_save_it_as() -> None:
    assert "save it as .docx, .odt or text" in sources.format_reason(".doc")
    assert "save it as .xlsx, .ods or .csv" in sources.format_reason(".xls")
    reason = sources.format_reason(".xyz")
    assert reason.startswith("'.xyz' is not a story format")
    for ext in (".docx", ".odt", ".pdf", ".xlsx", ".ods", ".json"):
        assert ext in reason
