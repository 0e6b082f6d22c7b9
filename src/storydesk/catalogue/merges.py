"""Partners merged by hand: two directory entries found to be one organisation.

Merging moves every story of the *source* partner to the *target*, makes the source's
names aliases of the target and removes the source's row. The decision is kept in the
``settings`` table (key ``partner_merges``, a JSON object from each folded name of the
source to the target's canonical name), so that importing a story that names the source
links it to the target, and a later directory sync adds the source's names to the target
instead of bringing the source back as a partner of its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storydesk.catalogue.models import Partner, PartnerAlias, Setting, story_partners
from storydesk.text import fold_name

PARTNER_MERGES = "partner_merges"


@dataclass(frozen=True)
class PartnerMerge:
    """What a merge did: canonical names of both partners and the stories relinked."""

    source: str
    target: str
    stories: list[str]

    def to_json(self) -> dict[str, object]:
        """The ``partners merge --json`` document."""
        return {"merged": self.source, "into": self.target, "stories": list(self.stories)}


def load_merges(session: Session) -> dict[str, str]:
    """Folded names of merged-away partners → the canonical name they were merged into."""
    setting = session.get(Setting, PARTNER_MERGES)
    if setting is None:
        return {}
    try:
        value = json.loads(setting.value)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _record(session: Session, names: list[str], into: str) -> None:
    """Remember that ``names`` now mean the partner ``into`` (earlier merges follow it)."""
    merges = load_merges(session)
    folded = {fold_name(name)[:300] for name in names}
    for key, target in list(merges.items()):
        if fold_name(target) in folded:  # A was merged into B, now B goes into C
            merges[key] = into
    for key in folded:
        if key != fold_name(into):
            merges[key] = into
    merges.pop(fold_name(into)[:300], None)
    value = json.dumps(merges, ensure_ascii=False, sort_keys=True)
    setting = session.get(Setting, PARTNER_MERGES)
    if setting is None:
        session.add(Setting(key=PARTNER_MERGES, value=value))
    else:
        setting.value = value


def merge_partner_rows(session: Session, source: Partner, target: Partner) -> list[str]:
    """Move ``source``'s stories and names to ``target`` and delete ``source``.

    Returns:
        The ids of the stories that named ``source``, sorted.
    """
    links = session.execute(
        select(story_partners.c.story_id, story_partners.c.position).where(
            story_partners.c.partner_id == source.id
        )
    ).all()
    already = set(
        session.scalars(
            select(story_partners.c.story_id).where(story_partners.c.partner_id == target.id)
        )
    )
    moved = [story_id for story_id, _ in links if story_id not in already]
    if moved:
        session.execute(
            update(story_partners)
            .where(story_partners.c.partner_id == source.id)
            .where(story_partners.c.story_id.in_(moved))
            .values(partner_id=target.id)
        )
    session.execute(delete(story_partners).where(story_partners.c.partner_id == source.id))
    names = [source.name, *(alias.alias for alias in source.aliases)]
    known = {alias.folded for alias in target.aliases}
    for name in names:
        key = fold_name(name)[:300]
        if key not in known and key != fold_name(target.name):
            target.aliases.append(PartnerAlias(alias=name[:300], folded=key))
            known.add(key)
    if not target.website:
        target.website = source.website
    _record(session, names, target.name)
    session.delete(source)
    session.flush()
    return sorted({story_id for story_id, _ in links})
