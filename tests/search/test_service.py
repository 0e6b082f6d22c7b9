"""SearchService over a real catalogue and a real Whoosh index."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.models import Story
from storydesk.search import service as service_module
from storydesk.search.service import META_FILE, IndexBuildCancelled, SearchService

from .conftest import STORIES, add_story, bump_generation


def ids(service: SearchService, query: str, **kwargs: object) -> set[str]:
    return {hit.id for hit in service.search(query, limit=50, **kwargs).hits}


# -- language rules ------------------------------------------------------------------


def test_russian_inflected_forms_match(shared_service: SearchService) -> None:
    assert ids(shared_service, "молодежных центров") == {"s02"}
    assert ids(shared_service, "датчик") == {"s03", "s11"}


def test_kazakh_locative_and_bare_name_find_each_other(shared_service: SearchService) -> None:
    assert ids(shared_service, "Шымкентте") == {"s05", "s06"}
    assert ids(shared_service, "Шымкент") == {"s05", "s06"}


def test_kazakh_word_kept_whole(shared_service: SearchService) -> None:
    assert "s13" in ids(shared_service, "қазақстан")


def test_bulgarian_is_searchable(shared_service: SearchService) -> None:
    assert ids(shared_service, "Младежки център") == {"s09"}


# -- cross-script ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Almaty", {"s10", "s11"}),
        ("Алматы", {"s10", "s11"}),
        ("Balykchy", {"s03"}),
        ("Karakol", {"s02", "s15"}),
        ("Каракол", {"s02", "s15"}),
        ("Bishkek", {"s04", "s07"}),
        ("Бишкек", {"s04", "s07"}),
    ],
)
def test_names_match_across_scripts(
    shared_service: SearchService, query: str, expected: set[str]
) -> None:
    assert ids(shared_service, query) == expected


# -- query forms ----------------------------------------------------------------------


def test_field_queries(shared_service: SearchService) -> None:
    assert ids(shared_service, "partner:JICA") == {"s03", "s16"}
    assert ids(shared_service, "partner:ПРООН") == ids(shared_service, "partner:UNDP")
    assert ids(shared_service, "partner:UNDP") == {"s01", "s04", "s05"}
    kyrgyz = {"s02", "s03", "s04", "s07", "s14", "s15", "s16"}
    assert ids(shared_service, "country:Kyrgyzstan") == kyrgyz
    assert ids(shared_service, "country:Кыргызстан") == kyrgyz
    assert ids(shared_service, "lang:kk") == {"s05", "s13"}
    assert ids(shared_service, "year:2024") == {"s01", "s04", "s05", "s09", "s11", "s16"}
    assert ids(shared_service, "year:2025..2025") == {"s02", "s07", "s14"}
    assert ids(shared_service, "sdg:6") == {"s03", "s04"}
    assert ids(shared_service, "place:Almaty") == {"s10"}
    assert ids(shared_service, "tag:govtech") == {"s01"}
    assert ids(shared_service, "source:24.kg") == {"s04"}
    assert ids(shared_service, "author:Садыкова") == {"s01"}
    assert ids(shared_service, "датчик year:2023..2025") == {"s03", "s11"}


def test_plain_partner_name_finds_aliases_in_text(shared_service: SearchService) -> None:
    # s05 says only "БҰҰДБ", s08 only "ПРООН" (and is not linked to the partner).
    assert ids(shared_service, "UNDP") == {"s01", "s04", "s05", "s08"}


def test_phrase_negation_or(shared_service: SearchService) -> None:
    assert ids(shared_service, '"качества воды"') == {"s03"}
    assert ids(shared_service, '"воды качества"') == set()
    assert ids(shared_service, "датчик -Алматы") == {"s03"}
    assert ids(shared_service, "Шымкент OR Каракол") == {"s02", "s05", "s06", "s15"}


@pytest.mark.parametrize("text", ["partner:", '"unclosed', "OR OR", "year:abc", "((", "-"])
def test_malformed_queries_search_plain_words(shared_service: SearchService, text: str) -> None:
    result = shared_service.search(text, facets=True)
    assert result.total >= 0


# -- results --------------------------------------------------------------------------


def test_facets_count_within_the_query(shared_service: SearchService) -> None:
    result = shared_service.search("", facets=True)
    assert result.total == len(STORIES)
    assert result.facets["partners"]["UNDP"] == 3
    assert result.facets["languages"] == {"ru": 8, "en": 4, "kk": 2, "bg": 1, "ky": 1}
    assert result.facets["years"]["2024"] == 6
    assert result.facets["sdgs"]["6"] == 2
    narrow = shared_service.search("country:Kazakhstan", facets=True)
    assert narrow.facets["countries"] == {"Kazakhstan": 4}
    assert set(narrow.facets) == {"partners", "countries", "places", "languages", "years", "sdgs"}
    assert shared_service.search("датчик").facets == {}


def test_filters_and_sort_by_date(shared_service: SearchService) -> None:
    result = shared_service.search(
        "", sort="date", filters={"countries": ["Kyrgyzstan"], "years": ["2025"]}
    )
    assert [h.id for h in result.hits] == ["s14", "s02", "s07"]
    everything = shared_service.search("", sort="date", limit=50)
    dates = [h.date for h in everything.hits]
    assert dates[-1] is None  # undated stories come last
    assert dates[:-1] == sorted(dates[:-1], reverse=True)
    page = shared_service.search("", sort="date", limit=2, offset=1)
    assert [h.id for h in page.hits] == [h.id for h in everything.hits[1:3]]


def test_snippets_mark_matches(shared_service: SearchService) -> None:
    hits = shared_service.search("датчик").hits
    snippets = {h.id: h.snippet for h in hits}
    assert "**датчиков**" in snippets["s03"]
    assert "**Алматы**" in shared_service.search("Almaty").hits[1].snippet or any(
        "**Алматы**" in h.snippet for h in shared_service.search("Almaty").hits
    )


def test_snippet_from_beyond_32k_characters(shared_service: SearchService) -> None:
    body = next(s for s in STORIES if s["id"] == "s14")["body"]
    assert body.index("hydropower") > 32_000
    hit = shared_service.search("hydropower").hits[0]
    assert hit.id == "s14"
    assert "**hydropower**" in hit.snippet


def test_did_you_mean_uses_whole_words(shared_service: SearchService) -> None:
    assert shared_service.search("датчек").suggestion == "датчик"
    assert shared_service.search("sensers").suggestion == "sensors"
    assert shared_service.search("датчик").suggestion is None
    # Found through its stem: no suggestion for a word the stories inflect.
    assert shared_service.search("молодежных центров").suggestion is None


def test_json_shape(shared_service: SearchService) -> None:
    data = shared_service.search("датчик", facets=True).to_json()
    assert set(data) == {"total", "hits", "facets", "suggestion", "pending", "ignored_terms"}
    assert data["ignored_terms"] == 0
    assert set(data["hits"][0]) == {"id", "title", "date", "language", "score", "snippet"}
    assert data["hits"][0]["title"] == "Установка датчиков качества воды"
    assert data["pending"] == 0


# -- consistency ----------------------------------------------------------------------


def test_ready_index_is_not_rebuilt(fresh: tuple[SearchService, sessionmaker[Session]]) -> None:
    service, _ = fresh
    assert service.ensure_ready("g1") is False
    assert service.check() == []
    assert service.document_count() == len(STORIES)


def test_stale_generation_rebuilds(fresh: tuple[SearchService, sessionmaker[Session]]) -> None:
    service, sessions = fresh
    with sessions.begin() as session:
        add_story(
            session,
            dict(id="s99", language="ru", title="Новый мост в Нарыне", body="Мост построен."),
        )
        bump_generation(session, "g2")
    # A crash before apply(): the index still says g1.
    assert any("out of date" in p for p in service.check())
    assert service.search("мост").pending == 1
    calls: list[tuple[int, int, str]] = []
    assert service.ensure_ready("g2", progress=lambda *a: calls.append(a)) is True
    assert calls and calls[-1][0] == len(STORIES) + 1
    assert "s99" in ids(service, "мост")
    assert service.check() == []


def test_deleted_segment_file_rebuilds(fresh: tuple[SearchService, sessionmaker[Session]]) -> None:
    service, _ = fresh
    service.close()
    postings = next(service.index_dir.glob("*.pst"))  # the segment's postings file
    postings.unlink()
    assert service.check()
    assert service.ensure_ready("g1") is True
    assert ids(service, "датчик") == {"s03", "s11"}


def test_missing_index_and_marker_rebuild(
    fresh: tuple[SearchService, sessionmaker[Session]],
) -> None:
    service, _ = fresh
    (service.index_dir / META_FILE).unlink()
    assert service.ensure_ready("g1") is True
    service.close()
    import shutil

    shutil.rmtree(service.index_dir)
    assert service.search("датчик").total == 0
    assert service.ensure_ready("g1") is True
    assert service.document_count() == len(STORIES)


def test_apply_updates_and_deletes(fresh: tuple[SearchService, sessionmaker[Session]]) -> None:
    service, sessions = fresh
    with sessions.begin() as session:
        story = session.get(Story, "s03")
        assert story is not None
        story.title = "Установка фильтров"
        story.body = "В Балыкчы установлены фильтры."
        session.delete(session.get(Story, "s11"))
        bump_generation(session, "g2")
    service.apply(["s03"], ["s11"], "g2")
    assert ids(service, "датчик") == set()
    assert ids(service, "фильтр") == {"s03"}
    assert service.document_count() == len(STORIES) - 1
    assert service.ensure_ready("g2") is False
    # A changed id that is gone from the catalogue is dropped too.
    with sessions.begin() as session:
        session.delete(session.get(Story, "s10"))
        bump_generation(session, "g3")
    service.apply(["s10"], [], "g3")
    assert "s10" not in ids(service, "Almaty")


def test_failed_apply_marks_index_stale(
    fresh: tuple[SearchService, sessionmaker[Session]], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, _ = fresh

    def broken(_story: Story) -> dict:
        raise RuntimeError("disk full")

    monkeypatch.setattr(service_module, "story_document", broken)
    with pytest.raises(RuntimeError):
        service.apply(["s01"], [], "g2")
    monkeypatch.undo()
    assert service.ensure_ready("g2") is True


def test_cancelled_rebuild_keeps_the_old_index(
    fresh: tuple[SearchService, sessionmaker[Session]],
) -> None:
    service, _ = fresh
    with pytest.raises(IndexBuildCancelled):
        service.rebuild("g9", cancel=lambda: True)
    assert service.ensure_ready("g1") is False
    assert not list(service.index_dir.parent.glob("index.building-*"))


def test_multiprocess_rebuild(
    fresh: tuple[SearchService, sessionmaker[Session]], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, _ = fresh
    monkeypatch.setattr(service_module, "MULTIPROCESS_THRESHOLD", 2)
    report = service.rebuild("g5", procs=2)
    assert report["documents"] == len(STORIES)
    assert ids(service, "Шымкентте") == {"s05", "s06"}
    assert service.ensure_ready("g5") is False
