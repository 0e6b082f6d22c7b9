"""Plain dictionaries of catalogue rows, in the shapes DESIGN.md's ``--json`` output gives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storydesk.catalogue.models import Partner, Place, Story, TranslationLink


def story_summary(story: Story) -> dict[str, Any]:
    """The story summary used by ``list``."""
    return {
        "id": story.id,
        "title": story.title,
        "language": story.language,
        "date": story.date.isoformat() if story.date else None,
        "countries": [place.name for place in story.countries],
        "places": [place.name for place in story.places],
        "partners": [partner.name for partner in story.partners],
        "sdgs": [goal.number for goal in story.sdgs],
        "tags": sorted(tag.name for tag in story.tags),
        "author": story.author,
        "source_name": story.source_name,
        "source_url": story.source_url,
    }


def translation_ids(session: Session, story: Story) -> list[str]:
    """Ids of stories linked to ``story`` as translations, in either direction."""
    targets = [link.target_key for link in story.translation_links]
    linking = select(TranslationLink.story_id).where(
        TranslationLink.target_key.in_([story.key, f"id:{story.id.casefold()}"])
    )
    clauses = [Story.id.in_(linking)]
    if targets:
        clauses.append(Story.key.in_(targets))
        clauses.append(Story.id.in_([t.removeprefix("id:") for t in targets]))
    rows = session.scalars(select(Story.id).where(or_(*clauses), Story.id != story.id))
    return sorted(set(rows))


def story_full(session: Session, story: Story) -> dict[str, Any]:
    """The full story used by ``show``."""
    data = story_summary(story)
    data.update(
        {
            "summary": story.summary,
            "body": story.body,
            "images": [
                {
                    "sha256": image.sha256,
                    "width": image.width,
                    "height": image.height,
                    "caption": image.caption,
                    "credit": image.credit,
                    "alt": image.alt,
                    "original_url": image.original_url,
                }
                for image in story.images
            ],
            "figures": [
                {"value": f.value, "counts": f.counts, "text": f.text} for f in story.figures
            ],
            "translations": translation_ids(session, story),
            "origin": {"file": story.origin_file, "bundle": story.origin_bundle},
        }
    )
    return data


def partner_entry(partner: Partner, stories: int) -> dict[str, Any]:
    """A partner as ``partners`` lists it."""
    return {
        "name": partner.name,
        "aliases": [a.alias for a in partner.aliases if a.alias != partner.name],
        "kind": partner.kind,
        "stories": stories,
    }


def place_entry(place: Place, stories: int) -> dict[str, Any]:
    """A place with its story count (for the desktop app's place directory)."""
    return {
        "name": place.name,
        "aliases": [a.alias for a in place.aliases if a.alias != place.name],
        "kind": place.kind,
        "country": place.country,
        "stories": stories,
    }
