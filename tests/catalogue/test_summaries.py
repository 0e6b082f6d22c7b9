"""List rows read as plain rows are the summaries the catalogue's objects give.

``Library.summaries`` (the results list's rows) and ``list_stories`` read summaries with a
few plain queries (:func:`storydesk.catalogue.views.story_summaries`) instead of loading
each story with every relationship; they must give exactly what
:func:`~storydesk.catalogue.views.story_summary` gives for the loaded story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from storydesk.catalogue import models
from storydesk.catalogue.views import story_summaries, story_summary
from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends


def _from_objects(library: Any) -> dict[str, Any]:
    with library._sessions() as session:
        return {s.id: story_summary(s) for s in session.scalars(select(models.Story))}


def test_plain_rows_give_the_objects_summaries(seeded_library: Any, corpora_dir: Path) -> None:
    library: Library = seeded_library
    for name in ("karakalmyk", "undp-aprc-impact-templates"):
        if (corpora_dir / name).is_dir():
            library.import_paths([corpora_dir / name])
    expected = _from_objects(library)
    ids = list(expected)
    assert len(ids) > 7
    assert library.summaries(ids) == expected
    assert [s.id for s in library.list_stories()] == library.story_ids()
    assert {s.id: s for s in library.list_stories()} == expected
    assert library.list_stories(limit=3, offset=2) == library.list_stories()[2:5]
    # Some stories name several partners, places or goals: their order is the story's.
    assert any(len(s.partners) > 1 or len(s.places) > 1 for s in expected.values())
    # Chunks: more ids than one round of queries reads, with repeats and unknown ids.
    with library._sessions() as session:
        many = story_summaries(session, ids * 3 + ["no-such-story"])
    assert many == expected


def test_edited_names_and_tags_show_in_the_rows(seeded_library: Any) -> None:
    library: Library = seeded_library
    story_id = library.story_ids()[0]
    library.edit_story(
        story_id,
        {
            "tags": ["water", "Almaty", "agriculture"],
            "sdgs": [13, 6],
            "partners": ["UNICEF", "UNDP"],
        },
    )
    row = library.summaries([story_id])[story_id]
    assert row == _from_objects(library)[story_id]
    assert row.tags == ("Almaty", "agriculture", "water")
    assert row.sdgs == (6, 13)
    assert row.partners == ("UNICEF", "UNDP")
