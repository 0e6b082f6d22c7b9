"""Stories exported as JSON: keys named like spreadsheet columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storydesk.errors import RejectedInput
from storydesk.ingest.jsonfile import read_json


def test_list_of_objects() -> None:
    text = json.dumps(
        [
            {
                "title": "Жаңы суу түтүгү",
                "text": "Талас облусунда суу түтүгү курулду.",
                "sdgs": [6, 13],
                "image": "talas.jpg",
                "url": "https://example.kg/talas",
                "language": "Kyrgyz",
                "date": "2024-05-02",
            },
            {"unrelated": True},
        ],
        ensure_ascii=False,
    )
    drafts = read_json(
        text, "export.json", lambda ref: (lambda: b"jpeg") if ref == "talas.jpg" else None
    )
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.title == "Жаңы суу түтүгү" and draft.sdgs == [6, 13]
    assert draft.language == "ky" and draft.source_url == "https://example.kg/talas"
    assert draft.images[0].name == "talas.jpg" and draft.images[0].load is not None
    assert {"title", "sdgs", "language", "date"} <= draft.explicit


def test_stories_key_and_title_from_text() -> None:
    drafts = read_json('{"stories": [{"text": "First sentence here. Second."}]}', "a.json")
    assert drafts[0].title == "First sentence here"


def test_non_story_json_gives_nothing_and_bad_json_is_rejected() -> None:
    assert read_json('{"name": "site", "version": "1.0"}', "package.json") == []
    with pytest.raises(RejectedInput, match="not valid JSON"):
        read_json("{nope", "broken.json")


def test_undp_impact_stories(corpora_dir: Path) -> None:
    path = corpora_dir / "undp-aprc-impact-templates" / "impact_stories.json"
    drafts = read_json(path.read_text(encoding="utf-8"), path.name)
    assert len(drafts) == 11
    assert all(d.sdgs and d.source_url.startswith("http") for d in drafts)
    assert drafts[0].title.startswith("Promoting Climate-Resilient Water Management")


def test_records_that_are_not_stories_are_noted() -> None:
    from storydesk.ingest.draft import ReadNote

    notes: list[ReadNote] = []
    drafts = read_json(
        '[{"id": 1, "title": "A", "text": "One."}, 5, {"tags": ["x"]},'
        ' {"id": 1, "title": "B", "text": "Two."}]',
        "s.json",
        notes=notes,
    )
    assert [d.title for d in drafts] == ["A"]
    assert [(n.kind, n.path, n.reason) for n in notes] == [
        ("skipped", "s.json#2", "record 2 is not an object"),
        ("skipped", "s.json#3", "record 3 has neither a title nor text"),
        ("rejected", "s.json#4", "record 4 repeats the id of record 1; record 1 is kept"),
    ]
