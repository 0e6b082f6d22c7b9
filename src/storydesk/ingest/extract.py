"""Fills in what a story's text tells but its author did not say: language, partners,
places, countries and key figures.

Front matter values always win over guesses: a field the author set (``draft.explicit``)
is only normalised to canonical names, never replaced.
"""

from __future__ import annotations

import re

from storydesk.gazetteer import Directory
from storydesk.ingest.draft import Figure, StoryDraft
from storydesk.ingest.figures import find_figures
from storydesk.ingest.language import detect_language

_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
# Extraction reads the head of a story: partners, places and key figures are named early,
# and matching the whole directory against a 20 MB text took minutes and a gigabyte.
EXTRACT_CHARS = 200_000
# What is left of broken links ("](" with no closing parenthesis): the URL patterns of the
# language and figure finders scan from each one to the end of the text.
_BROKEN_LINK = re.compile(r"\]\(")


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def plain_text(draft: StoryDraft, limit: int = EXTRACT_CHARS) -> str:
    """The story's words without Markdown link targets, for extraction and detection.

    Only the first ``limit`` characters of the body are read (see :data:`EXTRACT_CHARS`).
    """
    parts = [draft.title, draft.summary or "", _link_texts(draft.body[:limit])]
    parts += [image.caption or "" for image in draft.images]
    return "\n".join(part for part in parts if part)


def _link_texts(markdown: str) -> str:
    """Links replaced by their text; a broken link's "](" split so no pattern runs on."""
    return _BROKEN_LINK.sub("] (", _MARKDOWN_LINK.sub(r"\1", markdown))


def story_figures(body: str, language: str | None) -> list[Figure]:
    """The key figures of a story's body (its head: see :data:`EXTRACT_CHARS`), as an import
    finds them; also used to find them again when the finder improves."""
    return find_figures(_link_texts(body[:EXTRACT_CHARS]), language)


def enrich(draft: StoryDraft, directory: Directory) -> StoryDraft:
    """Complete ``draft`` in place from its text and the shipped directory; returns it."""
    text = plain_text(draft)
    if "language" not in draft.explicit or not draft.language:
        draft.language = detect_language(text) or draft.language
    if "partners" in draft.explicit:
        draft.partners = _unique([directory.resolve_partner(p) for p in draft.partners])
    else:
        draft.partners = _unique(draft.partners + directory.find_partners(text))
    if "places" in draft.explicit:
        places = [directory.resolve_place(p) for p in draft.places]
    else:
        places = draft.places + directory.find_places(text)
    # A country written where a place was expected is still a country.
    countries = [directory.country(c) or c.strip() for c in draft.countries]
    kept_places = []
    for place in places:
        as_country = directory.country(place)
        if as_country:
            countries.append(as_country)
        else:
            kept_places.append(place)
    draft.places = _unique(kept_places)
    countries += [c for p in draft.places if (c := directory.country_of(p))]
    if not countries and "countries" not in draft.explicit:
        countries = directory.find_countries(text)[:3]
    draft.countries = _unique(countries)
    if not draft.figures:
        draft.figures = story_figures(draft.body, draft.language)
    draft.tags = _unique([t.strip() for t in draft.tags])
    return draft
