"""The combined ``text`` field: weights per part, no phrase across parts, old indexes rebuilt."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from whoosh import index as windex
from whoosh.fields import ID, STORED, TEXT, Schema

from storydesk.search.analysis import StoryAnalyzer, tag_language
from storydesk.search.index import META_FILE, SearchIndex
from storydesk.search.schema import SCHEMA_VERSION
from storydesk.search.searcher import Searcher

from .conftest import Fresh, add_story, build_catalogue, bump_generation

FILLER = "Жители обсудили планы района на следующий год и выбрали совет. " * 40


def _add(fresh: Fresh, *specs: dict) -> None:
    with fresh.sessions.begin() as session:
        for spec in specs:
            add_story(session, {"language": "ru", "date": dt.date(2024, 1, 1), **spec})
        bump_generation(session, "g2")
    assert fresh.index.ensure_ready("g2") is True


def test_a_title_match_ranks_above_body_only_matches(fresh: Fresh) -> None:
    """Even a long story whose title names the word ranks above short stories whose body
    says it (twice): the combined field's length counts the whole story."""
    _add(
        fresh,
        dict(id="t-title", title="Водоснабжение в Таласе", body=FILLER),
        dict(
            id="t-body1",
            title="Новости района",
            body="Водоснабжение улучшили. Водоснабжение теперь круглосуточное.",
        ),
        dict(id="t-body2", title="Отчёт", body="Обсуждали водоснабжение и дороги."),
    )
    result = fresh.searcher.search("водоснабжения", limit=10)
    ranked = [hit.id for hit in result.hits]
    assert set(ranked) == {"t-title", "t-body1", "t-body2"}
    assert ranked[0] == "t-title"


def test_a_summary_match_ranks_above_a_body_match(fresh: Fresh) -> None:
    _add(
        fresh,
        dict(id="w-body", title="Итоги года", body="Построили новую теплицу для школы."),
        dict(
            id="w-summary",
            title="Итоги года",
            summary="Новая теплица для школы.",
            body="Построили её весной.",
        ),
    )
    ranked = [hit.id for hit in fresh.searcher.search("теплица", limit=10).hits]
    assert ranked == ["w-summary", "w-body"]


def test_a_phrase_never_runs_from_one_part_into_the_next(fresh: Fresh) -> None:
    _add(
        fresh,
        # title → body, summary → body: each part ends with "чистая", the next starts "вода".
        dict(id="p-title", title="Чистая", body="Вода пришла в село."),
        dict(id="p-summary", title="Село", summary="Теперь чистая", body="вода у всех."),
        dict(id="p-inside", title="Село", body="Теперь чистая вода у всех."),
    )
    assert [hit.id for hit in fresh.searcher.search('"чистая вода"').hits] == ["p-inside"]
    # The words themselves are found in every part.
    assert {hit.id for hit in fresh.searcher.search("чистая вода").hits} >= {
        "p-title",
        "p-summary",
        "p-inside",
    }


def test_partner_names_and_tags_are_found_as_plain_words(fresh: Fresh) -> None:
    """Names, tags, source and author are parts of the combined field too."""
    _add(
        fresh,
        dict(
            id="m-meta",
            title="Итоги года",
            body="Построили мост.",
            tags=["водоканал"],
            author="Асель Жумабаева",
        ),
    )
    assert [hit.id for hit in fresh.searcher.search("водоканал").hits] == ["m-meta"]
    assert [hit.id for hit in fresh.searcher.search("Жумабаевой").hits] == ["m-meta"]


def test_an_index_of_the_previous_schema_is_rebuilt(tmp_path: Path) -> None:
    """A real index written with the fields of schema version 3 (``title``, ``body``...,
    no ``text``) is rebuilt when opened, and then searches find the stories."""
    sessions = build_catalogue(tmp_path)
    folder = tmp_path / "index"
    folder.mkdir()
    analyzer = StoryAnalyzer()
    old_schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer),
        stored_title=STORED(),
        body=TEXT(analyzer=analyzer),
    )
    ix = windex.create_in(str(folder), old_schema)
    with ix.writer() as writer:
        writer.add_document(
            id="s02",
            title=tag_language("Молодёжный центр открылся в Караколе", "ru"),
            stored_title="Молодёжный центр открылся в Караколе",
            body=tag_language("В Караколе открыт молодёжный центр.", "ru"),
        )
    ix.close()
    (folder / META_FILE).write_text(json.dumps({"generation": "g1", "schema": 3}), "utf-8")
    index = SearchIndex(folder, sessions)
    try:
        assert any("another StoryDesk version" in problem for problem in index.check())
        assert index.ensure_ready("g1") is True
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        assert meta["schema"] == SCHEMA_VERSION == 4
        assert "text" in windex.open_dir(str(folder)).schema.names()
        assert index.check() == []
        hits = Searcher(index).search("молодёжного центра").hits
        assert "s02" in [hit.id for hit in hits]
    finally:
        index.close()
