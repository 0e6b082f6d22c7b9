"""Finding, at import, stories that are translations of each other (docs/linking-translations.md).

Two stories in different languages are proposed as translations when they have enough in
common: the same date (or both undated), the same image, most of their numbers, the same
partners and places from the directory, the same proper names once both are written in
Latin letters (:func:`storydesk.text.cross_script_key`), the same source. The decision
has two halves:

* :func:`score_pair` — pure: two stories' :class:`StoryFeatures` in, a score and the
  reasons out. It knows nothing of the catalogue, so it is unit-tested on its own.
* :func:`find_translations` — given a session and the ids an import changed, it picks
  candidates from the catalogue by blocking (the same date, a shared image, a shared
  partner or place, a shared rare name or number among the stories of the same import:
  never every pair of the catalogue), scores them and writes the pairs to
  ``detected_translations``. Values too common among the stories compared (a site's
  footer year, its source) are left out first (:func:`common_features`). Each story keeps
  at most one translation per other language (the best score wins, greedily, and a
  translation named in front matter counts). A story whose translations were decided by
  hand (:class:`~storydesk.catalogue.models.ManualTranslation`) takes no part.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from storydesk.catalogue import models
from storydesk.catalogue.views import translation_ids
from storydesk.text import WORD_RE, cross_script_key, fold_name

THRESHOLD = 0.5
"""A pair scoring at least this is linked."""

TEXT_CHARS = 6000
"""How much of a story's body is read for numbers and names."""

LINK_CHARS = 200_000
"""How much of a story's body is read for the addresses it links to."""

NAME_KEY_CHARS = 5
"""Proper names compare on the first letters of their cross-script key ("казахстана" and
"Kazakhstan" → ``kazah``), so Russian and Kazakh case endings still meet."""

DATE_WINDOW = 3
"""Dates this many days apart or fewer count as neither for nor against a pair."""

LATE_PENALTY = 0.1
"""Taken off the score of two stories dated further apart than :data:`DATE_WINDOW`."""

LENGTH_RATIO = 8
"""A text this many times longer than the other is not its translation (a headline and a
whole page): such a pair's score is halved."""

MAX_PER_DATE = 400
"""At most this many stories of one date are compared with a changed story."""

MAX_BY_NAMES = 60
"""At most this many stories sharing partners or places are compared with a changed story."""

MAX_NAME_SPREAD = 500
"""A partner or place named by more stories than this is too common to find candidates by."""

MAX_FEATURE_SPREAD = 40
"""A name or number held by more stories of one import than this is too common to block on."""

_NUMBER_RE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?\s?%?")
_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>]+)|https?://[^\s)\]>\"']+")
_THOUSANDS_RE = re.compile(r"[ \u00a0\u202f.,](?=\d{3}(?:\D|$))")

WEIGHTS = {
    "date": 0.15,
    "image": 0.45,
    "numbers": 0.35,
    "names": 0.35,
    "words": 0.35,
    "source": 0.1,
    "links": 0.45,
}
"""What each kind of evidence adds at most to a pair's score."""


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What translation finding compares of one story.

    Attributes:
        id: The story's id.
        language: Its language code, None when unknown (never paired).
        date: Its date, None when undated.
        images: SHA-256 of its stored images.
        numbers: Its numbers, normalised ("1 200" and "1,200" → ``1200``; ``3%``).
        names: Canonical partner and place names from the directory.
        countries: Canonical country names.
        words: Cross-script keys of its capitalised words (proper names, mostly).
        source: Its source: the folded source name, else the source URL's host.
        links: The addresses its text links to, without scheme, ``www.`` and last slash.
        length: How many characters its title, summary and text hold.
    """

    id: str
    language: str | None
    date: dt.date | None
    images: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    source: str | None = None
    links: frozenset[str] = frozenset()
    length: int = 0


@dataclass(frozen=True, slots=True)
class PairScore:
    """How alike two stories are as translations: ``score`` (0–1) and the ``reasons``."""

    score: float
    reasons: tuple[str, ...]

    @property
    def linked(self) -> bool:
        """Whether the score reaches :data:`THRESHOLD`."""
        return self.score >= THRESHOLD


# --- features ----------------------------------------------------------------------------


def numbers_in(text: str) -> frozenset[str]:
    """The numbers of ``text`` worth comparing across languages.

    Thousands separators are dropped and a decimal comma becomes a point; a percent sign
    is kept (``3%``). Single plain digits ("5 февраля", "2 days") are too common to count.
    """
    found: set[str] = set()
    for match in _NUMBER_RE.finditer(text):
        raw = match.group(0).strip()
        percent = raw.endswith("%")
        raw = raw.rstrip("%").strip()
        raw = _THOUSANDS_RE.sub("", raw).replace(",", ".")
        raw = raw.lstrip("0") or "0"
        if not percent and len(raw) < 2:
            continue
        found.add(raw + ("%" if percent else ""))
    return frozenset(found)


def name_words(text: str) -> frozenset[str]:
    """Keys of the capitalised words of ``text``, the same in Cyrillic and Latin spelling.

    ``Мирзиёевпен`` and ``Mirziyoyev`` both give ``mirzi``; words shorter than four letters
    are left out.
    """
    keys: set[str] = set()
    for word in WORD_RE.findall(text):
        if len(word) < 4 or not word[0].isupper() or any(ch.isdigit() for ch in word):
            continue
        key = cross_script_key(word)[:NAME_KEY_CHARS]
        if len(key) >= 4:
            keys.add(key)
    return frozenset(keys)


def links_in(text: str) -> frozenset[str]:
    """The addresses ``text`` links to (Markdown links and bare URLs), normalised.

    The scheme, ``www.`` and a final slash are dropped, so ``https://www.undp.org/x/`` and
    ``http://undp.org/x`` are one address; anchors within the page (``#top``) are left out.
    """
    found: set[str] = set()
    for match in _LINK_RE.finditer(text):
        address = (match.group(1) or match.group(0)).strip()
        address = re.sub(r"^https?://", "", address, flags=re.IGNORECASE)
        address = address.removeprefix("www.").rstrip("/").rstrip(".,;")
        if address and not address.startswith(("#", "mailto:")):
            found.add(address.casefold())
    return frozenset(found)


def source_key(source_name: str | None, source_url: str | None) -> str | None:
    """One key for where a story comes from: the source URL's host, else the folded name."""
    if source_url:
        host = urlsplit(source_url).hostname or ""
        host = host.removeprefix("www.")
        if host:
            return host
    if source_name:
        return fold_name(source_name) or None
    return None


def features(story: models.Story) -> StoryFeatures:
    """The features of one catalogue story."""
    text = " ".join(p for p in (story.title, story.summary, (story.body or "")[:TEXT_CHARS]) if p)
    return StoryFeatures(
        id=story.id,
        language=story.language,
        date=story.date,
        images=frozenset(i.sha256 for i in story.images if i.sha256),
        numbers=numbers_in(text),
        names=frozenset(p.name for p in story.partners) | frozenset(p.name for p in story.places),
        countries=frozenset(c.name for c in story.countries),
        words=name_words(text),
        source=source_key(story.source_name, story.source_url),
        links=links_in((story.body or "")[:LINK_CHARS]),
        length=sum(len(p) for p in (story.title, story.summary or "", story.body or "")),
    )


_KINDS = ("numbers", "names", "words", "links")


def common_features(
    pool: Iterable[StoryFeatures], share: float = 0.05, minimum: int = 20
) -> dict[str, frozenset[str]]:
    """The numbers, names, name words, links and sources too common in ``pool`` to count.

    A value held by at least ``minimum`` stories of the pool and at least ``share`` of them
    (a site's footer year, its phone number, the country every story names, the source
    every story of a site shares) tells no two stories apart.

    Returns:
        For each kind (``numbers``, ``names``, ``words``, ``links``, ``source``), its
        common values.
    """
    stories = list(pool)
    counts: dict[str, dict[str, int]] = {kind: defaultdict(int) for kind in (*_KINDS, "source")}
    for story in stories:
        for kind in _KINDS:
            for value in getattr(story, kind):
                counts[kind][value] += 1
        if story.source:
            counts["source"][story.source] += 1
    floor = max(minimum, share * len(stories))
    return {
        kind: frozenset(v for v, n in values.items() if n >= floor)
        for kind, values in counts.items()
    }


def without(story: StoryFeatures, common: dict[str, frozenset[str]]) -> StoryFeatures:
    """``story`` without the values ``common`` names (see :func:`common_features`)."""
    if not any(common.values()):
        return story
    changes: dict[str, Any] = {
        kind: getattr(story, kind) - common.get(kind, frozenset()) for kind in _KINDS
    }
    if story.source in common.get("source", frozenset()):
        changes["source"] = None
    return replace(story, **changes)


# --- scoring -----------------------------------------------------------------------------


def _listed(values: Sequence[str], limit: int = 6) -> str:
    more = len(values) - limit
    return ", ".join(values[:limit]) + (f" (+{more})" if more > 0 else "")


def score_pair(a: StoryFeatures, b: StoryFeatures) -> PairScore:
    """How likely ``a`` and ``b`` are translations of each other.

    Stories in the same language, or of unknown language, score 0. Each kind of evidence
    adds up to its :data:`WEIGHTS` share: the same date (both undated adds nothing), a
    shared image, the numbers, directory names, proper-name keys and link addresses they
    share (as a part of the smaller story's, smoothed so that one shared item counts
    little), the same source. Dates further apart than :data:`DATE_WINDOW` days take
    :data:`LATE_PENALTY` off (a translation is often published later, so it is no veto);
    a text more than :data:`LENGTH_RATIO` times longer than the other halves the score.
    A date alone never reaches :data:`THRESHOLD`.

    Returns:
        The score (0–1, rounded to 3 places) and one reason per kind of evidence found.
    """
    if not a.language or not b.language or a.language == b.language:
        return PairScore(0.0, ("same language" if a.language == b.language else "no language",))
    reasons: list[str] = []
    return PairScore(_score(a, b, reasons), tuple(reasons))


def pair_score(a: StoryFeatures, b: StoryFeatures) -> float:
    """The score :func:`score_pair` gives ``a`` and ``b``, without writing its reasons.

    Most candidate pairs share next to nothing; the import scores many of them, and only
    the pairs that reach :data:`THRESHOLD` need their reasons.
    """
    if not a.language or not b.language or a.language == b.language:
        return 0.0
    return _score(a, b, None)


def _score(a: StoryFeatures, b: StoryFeatures, reasons: list[str] | None) -> float:
    """The score of two stories of different languages; their reasons added to ``reasons``
    unless it is None."""
    score = 0.0
    if a.date and b.date:
        apart = abs((a.date - b.date).days)
        if apart == 0:
            score += WEIGHTS["date"]
            if reasons is not None:
                reasons.append(f"same date {a.date.isoformat()}")
        elif apart > DATE_WINDOW:
            score -= LATE_PENALTY
            if reasons is not None:
                reasons.append(f"dates {apart} days apart")
    shared_images = a.images & b.images
    if shared_images:
        score += WEIGHTS["image"]
        if reasons is not None:
            reasons.append("same image" if len(shared_images) == 1 else "same images")
    for kind, mine, theirs, slack, label in (
        ("numbers", a.numbers, b.numbers, 1, "numbers"),
        ("names", a.names, b.names, 1, "names"),
        ("words", a.words, b.words, 2, "name words"),
        ("links", a.links, b.links, 1, "links"),
    ):
        if not mine or not theirs:
            continue
        shared = mine & theirs
        if shared:
            # How much of the smaller set the other holds, smoothed so one shared item
            # is little.
            score += WEIGHTS[kind] * (len(shared) / (min(len(mine), len(theirs)) + slack))
            if reasons is not None:
                reasons.append(f"{label} {_listed(sorted(shared))}")
    if a.source and a.source == b.source:
        score += WEIGHTS["source"]
        if reasons is not None:
            reasons.append(f"same source {a.source}")
    if reasons is not None and a.countries and a.countries == b.countries:
        reasons.append(f"countries {_listed(sorted(a.countries))}")
    shorter, longer = sorted((max(a.length, 1), max(b.length, 1)))
    if longer > LENGTH_RATIO * shorter:
        score /= 2
        if reasons is not None:
            reasons.append(f"lengths {shorter} and {longer}")
    return round(min(max(score, 0.0), 1.0), 3)


# --- choosing ----------------------------------------------------------------------------


Pair = tuple[str, str]


def choose(
    scored: dict[Pair, float],
    languages: dict[str, str | None],
    linked: Iterable[tuple[str, str | None]] = (),
) -> dict[Pair, float]:
    """The pairs kept: best score first, each story with at most one story per language.

    Args:
        scored: Score of each candidate pair (``(smaller id, larger id)``), all linkable.
        languages: Language of every story named in ``scored``.
        linked: ``(story id, language)`` of translations a story already has otherwise
            (named in its front matter): no pair gives it a second one in that language.
    """
    taken: set[tuple[str, str | None]] = set(linked)
    kept: dict[Pair, float] = {}
    for pair, score in sorted(scored.items(), key=lambda item: (-item[1], item[0])):
        left, right = pair
        if (left, languages[right]) in taken or (right, languages[left]) in taken:
            continue
        taken.add((left, languages[right]))
        taken.add((right, languages[left]))
        kept[pair] = score
    return kept


# --- the catalogue -----------------------------------------------------------------------


def _candidates(
    session: Session, changed: dict[str, StoryFeatures], excluded: set[str]
) -> dict[str, set[str]]:
    """Ids each changed story is compared with, found by blocking (never all pairs)."""
    Story_, Image = models.Story, models.Image
    found: dict[str, set[str]] = defaultdict(set)

    def add(story_id: str, others: Iterable[str]) -> None:
        for other in others:
            if other != story_id and other not in excluded:
                found[story_id].add(other)

    by_date: dict[dt.date, list[StoryFeatures]] = defaultdict(list)
    for feats in changed.values():
        if feats.date is not None:
            by_date[feats.date].append(feats)
    for date, group in by_date.items():
        rows = session.execute(
            select(Story_.id, Story_.language).where(Story_.date == date).limit(MAX_PER_DATE)
        ).all()
        for feats in group:
            add(feats.id, (r.id for r in rows if r.language != feats.language))

    ids = list(changed)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        mine = select(Image.sha256).where(Image.story_id.in_(chunk), Image.sha256.is_not(None))
        rows = session.execute(
            select(Image.story_id, Image.sha256).where(Image.sha256.in_(mine))
        ).all()
        by_sha: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            by_sha[row.sha256].add(row.story_id)
        for story_id in chunk:
            for sha in changed[story_id].images:
                add(story_id, by_sha.get(sha, ()))

    for table, column in (
        (models.story_partners, models.story_partners.c.partner_id),
        (models.story_places, models.story_places.c.place_id),
    ):
        mine_t = table.alias("mine")
        theirs = table.alias("theirs")
        theirs_column = theirs.c[column.name]
        common = list(
            session.scalars(select(column).group_by(column).having(func.count() > MAX_NAME_SPREAD))
        )
        for start in range(0, len(ids), 200):
            chunk = ids[start : start + 200]
            sharing: Sequence[Any] = session.execute(
                select(mine_t.c.story_id, theirs.c.story_id.label("other"), func.count())
                .join(theirs, theirs_column == mine_t.c[column.name])
                .where(
                    mine_t.c.story_id.in_(chunk),
                    mine_t.c[column.name].not_in(common),
                    theirs.c.story_id != mine_t.c.story_id,
                )
                .group_by(mine_t.c.story_id, theirs.c.story_id)
            ).all()
            best: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for mine_id, other_id, count in sharing:
                best[mine_id].append((count, other_id))
            for story_id, others in best.items():
                others.sort(key=lambda item: (-item[0], item[1]))
                add(story_id, (other for _, other in others[:MAX_BY_NAMES]))

    # Stories of the same import: block on names and numbers that few of them hold.
    postings: dict[str, list[str]] = defaultdict(list)
    for feats in changed.values():
        if feats.id in excluded:
            continue
        for value in feats.numbers:
            postings["#" + value].append(feats.id)
        for value in feats.words | feats.names:
            postings["@" + value].append(feats.id)
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > MAX_FEATURE_SPREAD:
            continue
        for story_id in holders:
            add(story_id, holders)
    return found


def _linked_languages(session: Session, ids: set[str]) -> set[tuple[str, str | None]]:
    """``(story, language)`` for each translation the stories ``ids`` have by front matter."""
    linked: set[tuple[str, str | None]] = set()
    for story_id in sorted(ids):
        story = session.get(models.Story, story_id)
        others = translation_ids(session, story, detected=False) if story is not None else []
        for chunk in _chunks(others):
            for language in session.scalars(
                select(models.Story.language).where(models.Story.id.in_(chunk))
            ):
                linked.add((story_id, language))
    return linked


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    """``ids`` in lists of ``size``: SQLite takes a bounded number of values in one query."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _load(session: Session, ids: Iterable[str]) -> dict[str, StoryFeatures]:
    """The features of the stories ``ids``, read as plain rows.

    Loading the stories as objects would also load every relationship of each (tags,
    figures, the partners' and places' aliases...), which features never read: five
    queries per chunk of stories read only what they need.
    """
    Story_, Image = models.Story, models.Image
    wanted = list(dict.fromkeys(ids))
    loaded: dict[str, StoryFeatures] = {}
    for chunk in _chunks(wanted):
        names: dict[str, set[str]] = defaultdict(set)
        countries: dict[str, set[str]] = defaultdict(set)
        images: dict[str, set[str]] = defaultdict(set)
        for table, column, into in (
            (models.story_partners, models.story_partners.c.partner_id, names),
            (models.story_places, models.story_places.c.place_id, names),
            (models.story_countries, models.story_countries.c.place_id, countries),
        ):
            entity = models.Partner if table is models.story_partners else models.Place
            for story_id, name in session.execute(
                select(table.c.story_id, entity.name)
                .join(entity, entity.id == column)
                .where(table.c.story_id.in_(chunk))
            ):
                into[story_id].add(name)
        for story_id, sha in session.execute(
            select(Image.story_id, Image.sha256).where(
                Image.story_id.in_(chunk), Image.sha256.is_not(None)
            )
        ):
            if sha:
                images[story_id].add(sha)
        rows = session.execute(
            select(
                Story_.id,
                Story_.language,
                Story_.date,
                Story_.title,
                Story_.summary,
                func.substr(Story_.body, 1, LINK_CHARS).label("body"),
                func.length(Story_.body).label("body_length"),
                Story_.source_name,
                Story_.source_url,
            ).where(Story_.id.in_(chunk))
        )
        for row in rows:
            body = row.body or ""
            text = " ".join(p for p in (row.title, row.summary, body[:TEXT_CHARS]) if p)
            loaded[row.id] = StoryFeatures(
                id=row.id,
                language=row.language,
                date=row.date,
                images=frozenset(images.get(row.id, ())),
                numbers=numbers_in(text),
                names=frozenset(names.get(row.id, ())),
                countries=frozenset(countries.get(row.id, ())),
                words=name_words(text),
                source=source_key(row.source_name, row.source_url),
                links=links_in(body),
                length=len(row.title or "") + len(row.summary or "") + (row.body_length or 0),
            )
    return loaded


def find_translations(
    session: Session, changed_ids: Sequence[str], check: Callable[[], None] | None = None
) -> int:
    """Find and store the translations of the stories ``changed_ids`` (inside the import).

    Candidates come from blocking (see the module docstring); each pair scoring at least
    :data:`THRESHOLD` is a candidate link, and pairs already stored for the other stories
    compete with them, so that every story keeps at most one detected translation per
    language. Rows of the changed stories that no longer hold are removed. Stories with a
    hand-made decision are left out entirely.

    Args:
        session: The import's session (nothing is committed here).
        changed_ids: The stories the import added or changed.
        check: Called now and then; raises to stop (the import's cancel check).

    Returns:
        The number of detected pairs the changed stories now have.
    """
    Detected, Manual = models.DetectedTranslation, models.ManualTranslation
    session.flush()
    if check is not None:
        check()
    changed = _load(session, changed_ids)
    if not changed:
        return 0
    excluded = set(session.scalars(select(Manual.story_id)))
    candidates = _candidates(session, changed, excluded)
    others = {o for ids in candidates.values() for o in ids} - set(changed)
    feats = dict(changed)
    feats.update(_load(session, others))
    common = common_features(feats.values())
    feats = {story_id: without(f, common) for story_id, f in feats.items()}

    scored: dict[Pair, float] = {}
    reasons: dict[Pair, tuple[str, ...]] = {}
    for done, (story_id, other_ids) in enumerate(candidates.items()):
        if check is not None and done % 50 == 0:
            check()
        if story_id in excluded:
            continue
        mine = feats[story_id]
        for other_id in other_ids:
            theirs = feats.get(other_id)
            if theirs is None or theirs.language == mine.language:
                continue
            pair = (min(story_id, other_id), max(story_id, other_id))
            if pair in scored:
                continue
            if pair_score(mine, theirs) < THRESHOLD:
                continue
            result = score_pair(mine, theirs)
            scored[pair] = result.score
            reasons[pair] = result.reasons

    # Pairs already stored that touch the stories in play but none of the changed ones.
    changed_set = set(changed)
    in_play = changed_set | {s for pair in scored for s in pair}
    stored_rows: dict[Pair, models.DetectedTranslation] = {}
    for chunk in _chunks(sorted(in_play)):
        for row in session.scalars(
            select(Detected).where(or_(Detected.story_id.in_(chunk), Detected.other_id.in_(chunk)))
        ):
            stored_rows[(row.story_id, row.other_id)] = row
    for pair, row in stored_rows.items():
        if row.story_id in changed_set or row.other_id in changed_set:
            continue  # recomputed above
        if row.story_id in excluded or row.other_id in excluded:
            continue
        scored.setdefault(pair, row.score)
    languages: dict[str, str | None] = {s: f.language for s, f in feats.items()}
    missing = {s for pair in scored for s in pair} - set(languages)
    for chunk in _chunks(sorted(missing)):
        for story_id, language in session.execute(
            select(models.Story.id, models.Story.language).where(models.Story.id.in_(chunk))
        ):
            languages[story_id] = language
    kept = choose(scored, languages, _linked_languages(session, {s for p in scored for s in p}))

    for pair, row in stored_rows.items():
        if pair not in kept:
            session.delete(row)
    session.flush()
    count = 0
    for pair, score in kept.items():
        if pair[0] in changed_set or pair[1] in changed_set:
            count += 1
        existing = stored_rows.get(pair)
        if existing is None:
            session.add(
                Detected(
                    story_id=pair[0],
                    other_id=pair[1],
                    score=score,
                    reasons=json.dumps(list(reasons.get(pair, ())), ensure_ascii=False),
                )
            )
        elif pair in reasons:
            existing.score = score
            existing.reasons = json.dumps(list(reasons[pair]), ensure_ascii=False)
    session.flush()
    return count
