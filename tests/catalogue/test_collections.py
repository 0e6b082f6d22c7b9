"""Collections and saved searches through the Library: real SQLite catalogue, real Whoosh index.

A collection keeps its stories in order, ignores repeats, refuses unknown ids without
changing anything, loses a story that is deleted and gets it back with Undo Delete. A saved
search keeps its query and filters and finds what the same search finds.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydesk.errors import StoryDeskError, StoryNotFound
from storydesk.library import (
    SEARCH_FILTERS,
    CollectionError,
    CollectionSummary,
    Library,
    SavedSearchEntry,
)
from tests.backends import on_both_backends as on_both_backends


@pytest.fixture
def library(seeded_library: Library) -> Library:
    return seeded_library


def _three(library: Library) -> list[str]:
    ids = library.story_ids()
    assert len(ids) >= 3
    return ids[:3]


def test_create_keeps_order_and_ignores_repeats(library: Library) -> None:
    a, b, c = _three(library)
    made = library.create_collection("  Visit   to Osh ", [c, a, c, b, a])
    assert isinstance(made, CollectionSummary)
    assert made.name == "Visit to Osh" and made.count == 3
    assert library.collection_ids("visit to osh") == [c, a, b]
    assert [s.id for s in library.collection_stories("VISIT TO OSH")] == [c, a, b]
    listed = library.collections()
    assert [(x.name, x.count) for x in listed] == [("Visit to Osh", 3)]
    document = listed[0].to_json()
    assert list(document) == ["name", "count", "created", "updated"]
    assert document["created"].endswith("Z")


def test_add_appends_new_ids_only_and_keeps_order(library: Library) -> None:
    a, b, c = _three(library)
    library.create_collection("Water", [b])
    change = library.add_to_collection("water", [a, b, c, a])
    assert change.changed == (a, c) and change.unchanged == (b,)
    assert change.collection.count == 3
    assert library.collection_ids("Water") == [b, a, c]
    again = library.add_to_collection("Water", [c])
    assert again.changed == () and library.collection_ids("Water") == [b, a, c]


def test_unknown_id_names_it_and_changes_nothing(library: Library) -> None:
    a, b, _c = _three(library)
    library.create_collection("Water", [a])
    with pytest.raises(StoryNotFound, match="no-such-story"):
        library.add_to_collection("Water", [b, "no-such-story"])
    assert library.collection_ids("Water") == [a]
    with pytest.raises(StoryNotFound, match="missing-one"):
        library.create_collection("Other", [a, "missing-one"])
    assert [x.name for x in library.collections()] == ["Water"]


def test_remove_rename_delete(library: Library) -> None:
    a, b, c = _three(library)
    library.create_collection("Brief", [a, b, c])
    change = library.remove_from_collection("brief", [b, "not-in-it"])
    assert change.changed == (b,) and change.unchanged == ("not-in-it",)
    assert library.collection_ids("Brief") == [a, c]
    renamed = library.rename_collection("brief", "Brief for the minister")
    assert renamed.name == "Brief for the minister" and renamed.count == 2
    # a change of case alone is a rename too
    assert library.rename_collection("BRIEF FOR THE MINISTER", "brief for the Minister").name == (
        "brief for the Minister"
    )
    with pytest.raises(CollectionError, match="no collection named 'Brief'"):
        library.collection_ids("Brief")
    gone = library.delete_collection("Brief for the minister")
    assert gone.count == 2
    assert library.collections() == []
    assert set(library.story_ids()) >= {a, b, c}  # the stories stay


def test_names_are_checked(library: Library) -> None:
    library.create_collection("Osh")
    with pytest.raises(CollectionError, match="already exists"):
        library.create_collection(" osh ")
    with pytest.raises(CollectionError, match="needs a name"):
        library.create_collection("   ")
    with pytest.raises(CollectionError, match="at most 200 characters"):
        library.create_collection("x" * 201)
    assert library.create_collection("y" * 200).name == "y" * 200
    library.create_collection("Bishkek")
    with pytest.raises(CollectionError, match="'Bishkek' already exists"):
        library.rename_collection("Osh", "BISHKEK")
    with pytest.raises(CollectionError, match="no collection named 'Almaty'"):
        library.delete_collection("Almaty")
    # the errors are the kind front ends show as one sentence
    assert issubclass(CollectionError, StoryDeskError)


def test_deleted_story_leaves_collections_and_undo_puts_it_back(library: Library) -> None:
    a, b, c = _three(library)
    library.create_collection("Brief", [a, b, c])
    deleted = library.withdraw_stories([b])
    assert library.collection_ids("Brief") == [a, c]
    assert library.collections()[0].count == 2
    library.restore_deleted(deleted)
    assert library.collection_ids("Brief") == [a, b, c]


def test_a_collection_survives_reopening(library: Library) -> None:
    a, b, _c = _three(library)
    library.create_collection("Kept", [b, a])
    root = library.layout.root
    library.close()
    with Library.open(root) as again:
        assert again.collection_ids("kept") == [b, a]


def test_saved_search_round_trip(library: Library) -> None:
    filters = {"countries": ["Kazakhstan", " Kazakhstan", ""], "languages": "en", "tags": []}
    saved = library.save_search("  English from Kazakhstan ", "UNDP", filters)
    assert isinstance(saved, SavedSearchEntry)
    assert saved.name == "English from Kazakhstan"
    assert saved.filter_lists() == {"countries": ["Kazakhstan"], "languages": ["en"]}
    got = library.saved_search("english FROM kazakhstan")
    assert got.query == "UNDP" and got.filter_lists() == saved.filter_lists()
    assert json.loads(json.dumps(got.to_json()))["filters"] == {
        "countries": ["Kazakhstan"],
        "languages": ["en"],
    }
    direct = library.search("UNDP", limit=50, filters=saved.filter_lists())
    assert direct.total > 0
    ran = library.run_saved_search("English from Kazakhstan", limit=50)
    assert [h.id for h in ran.hits] == [h.id for h in direct.hits]
    # the filters count: without them the search finds more
    assert library.search("UNDP", limit=50).total > ran.total
    assert library.ids_for_saved_search("English from Kazakhstan") == [h.id for h in ran.hits]
    for story in library.stories([h.id for h in ran.hits]):
        assert story.language == "en" and "Kazakhstan" in story.countries


def test_saved_search_names_and_filters_are_checked(library: Library) -> None:
    library.save_search("Water", "water")
    with pytest.raises(CollectionError, match="already exists"):
        library.save_search("WATER", "вода")
    replaced = library.save_search("WATER", "вода", {"years": ["2024"]}, replace=True)
    assert replaced.query == "вода" and replaced.filter_lists() == {"years": ["2024"]}
    assert [s.name for s in library.saved_searches()] == ["WATER"]
    with pytest.raises(CollectionError, match="'colour' is not a search filter"):
        library.save_search("Bad", "x", {"colour": ["red"]})
    with pytest.raises(CollectionError, match="needs a name"):
        library.save_search(" ", "x")
    assert library.delete_saved_search("water").name == "WATER"
    assert library.saved_searches() == []
    with pytest.raises(CollectionError, match="no saved search named 'Water'"):
        library.run_saved_search("Water")
    assert set(SEARCH_FILTERS) == {
        "partners",
        "countries",
        "places",
        "languages",
        "years",
        "sdgs",
        "tags",
        "dates",
    }


def test_a_read_only_library_refuses_changes(library: Library) -> None:
    a, *_ = _three(library)
    library.create_collection("Kept", [a])
    root = library.layout.root
    library.close()
    with Library.open(root, read_only=True) as reader:
        assert reader.collection_ids("Kept") == [a]
        with pytest.raises(StoryDeskError):
            reader.create_collection("New")
        assert [c.name for c in reader.collections()] == ["Kept"]


_OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove"]),
        st.lists(st.integers(min_value=0, max_value=6), max_size=5),
    ),
    max_size=6,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(start=st.lists(st.integers(min_value=0, max_value=6), max_size=4), steps=_OPERATIONS)
def test_adds_and_removes_keep_the_order_a_list_would(
    library: Library, start: list[int], steps: list[tuple[str, list[int]]]
) -> None:
    ids = library.story_ids()
    for existing in library.collections():
        library.delete_collection(existing.name)
    expected = list(dict.fromkeys(ids[i] for i in start))
    library.create_collection("Model", [ids[i] for i in start])
    for operation, picks in steps:
        chosen = [ids[i] for i in picks]
        if operation == "add":
            change = library.add_to_collection("model", chosen)
            new = [i for i in dict.fromkeys(chosen) if i not in expected]
            assert list(change.changed) == new
            expected += new
        else:
            change = library.remove_from_collection("model", chosen)
            assert set(change.changed) == set(chosen) & set(expected)
            expected = [i for i in expected if i not in set(chosen)]
        assert library.collection_ids("Model") == expected
        assert library.collection("Model").count == len(expected)


def test_undo_after_its_collection_was_deleted_puts_the_story_back_alone(
    library: Library,
) -> None:
    a, b, _c = _three(library)
    library.create_collection("Brief", [a, b])
    library.create_collection("Kept", [b])
    deleted = library.withdraw_stories([b])
    library.delete_collection("Brief")
    assert library.restore_deleted(deleted) == 1
    assert library.get_story(b).id == b
    assert library.collection_ids("Kept") == [b]
    assert [entry.name for entry in library.collections()] == ["Kept"]
