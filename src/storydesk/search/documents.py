"""Turns a catalogue :class:`~storydesk.catalogue.models.Story` into an index document."""

from __future__ import annotations

import re
from typing import Any

from storydesk.catalogue.models import Partner, Place, Story
from storydesk.search.analysis import story_text, tag_language
from storydesk.text import fold

# No part may run over the bracket or parenthesis that opens the next image or link, so a
# page of unclosed "![a](" costs linear time, not quadratic.
_MARKDOWN_NOISE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)|\[([^\[\]]*)\]\([^()]*\)|<[^>]{1,200}>")


def plain_text(markdown: str) -> str:
    """Markdown with link and image targets and HTML tags dropped (their text kept)."""
    return _MARKDOWN_NOISE.sub(lambda m: m.group(1) or m.group(2) or " ", markdown)


def _names(entity: Partner | Place) -> list[str]:
    names = [entity.name]
    for alias in entity.aliases:
        if alias.alias not in names:
            names.append(alias.alias)
    return names


def story_document(story: Story) -> dict[str, Any]:
    """The fields of ``story``'s index document (for ``writer.update_document``).

    Reads the story's partners (with aliases), places and countries (with aliases), image
    captions, tags and SDG goals, so the story must still be attached to a session or have
    those relationships loaded.
    """
    language = (story.language or "").lower() or None
    partners = list(story.partners)
    places = list(story.places)
    countries = list(story.countries)
    captions = " \n".join(
        part for image in story.images for part in (image.caption, image.alt, image.credit) if part
    )
    partner_names = [name for partner in partners for name in _names(partner)]
    place_names = [name for place in (*places, *countries) for name in _names(place)]
    title = story.title or ""
    summary = story.summary or ""
    body = plain_text(story.body or "")
    tags = [tag.name for tag in story.tags]
    source = " ".join(part for part in (story.source_name, story.source_url) if part)
    meta = " \n".join([*tags, source, story.author or ""])
    date = story.date.isoformat() if story.date else ""
    partner_text = " \n".join(partner_names)
    place_text = " \n".join(place_names)
    # One value for the four fields cut from the story's words: the first of them to be
    # indexed analyses it, the others reuse that (see analysis.analyse_story).
    text = story_text(
        language,
        {
            "title": title,
            "summary": summary,
            "body": body,
            "captions": captions,
            "partners": partner_text,
            "places": place_text,
            "meta": meta,
        },
    )
    doc: dict[str, Any] = {
        "id": story.id,
        "text": text,
        "title": tag_language(title, language),
        "stored_title": title,
        "partner_text": tag_language(partner_text, language),
        "place_text": tag_language(place_text, language),
        "source": tag_language(source, language),
        "author": tag_language(story.author or "", language),
        "translit": text,
        "cross": text,
        "spelling": text,
        "partner": [partner.name for partner in partners],
        "place": [place.name for place in places],
        "country": [country.name for country in countries],
        "tag": [fold(tag) for tag in tags],
        "sdg": [str(goal.number) for goal in story.sdgs],
        "lang": language or "",
        "date": date,
    }
    if story.date:
        doc["year"] = story.date.year
    return doc
