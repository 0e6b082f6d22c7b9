"""Partner, place, tag and SDG rows by name: what an import or an edit links a story to.

:class:`NameRows` loads the catalogue's rows once and makes a row for a name it has not met;
:func:`write_link_positions` records the order the links were given in. The importer and the
edit of a story share them.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from storydesk.catalogue.merges import load_merges
from storydesk.catalogue.models import (
    Partner,
    PartnerAlias,
    Place,
    PlaceAlias,
    SdgGoal,
    Story,
    Tag,
    story_countries,
    story_partners,
    story_places,
)
from storydesk.text import fold_name


class Countries(Protocol):
    """What :class:`NameRows` needs of the directory: the country a place lies in."""

    def country_of(self, name: str) -> str | None: ...


class NameRows:
    """Partner, place and tag rows by folded name, created on first use (an import, an edit)."""

    def __init__(self, session: Session, directory: Countries) -> None:
        self.session = session
        self.directory = directory
        self.partners = {fold_name(p.name): p for p in session.scalars(select(Partner))}
        # A partner merged into another by hand: its names find the partner it became.
        for key, into in load_merges(session).items():
            merged_into = self.partners.get(fold_name(into))
            if merged_into is not None:
                self.partners[key] = merged_into
        self.places = {fold_name(p.name): p for p in session.scalars(select(Place))}
        self.tags = {fold_name(t.name): t for t in session.scalars(select(Tag))}
        self.goals = {g.number: g for g in session.scalars(select(SdgGoal))}

    # Names are stored cut to the column's length, so they are looked up cut the same way: a
    # 400-character name must find the row its first import stored, not add a second one.
    def partner(self, name: str) -> Partner:
        name = name[:300]
        key = fold_name(name)
        if key not in self.partners:
            partner = Partner(name=name, kind="other")
            partner.aliases.append(PartnerAlias(alias=name, folded=key[:300]))
            self.session.add(partner)
            self.partners[key] = partner
        return self.partners[key]

    def place(self, name: str, *, country: bool = False) -> Place:
        name = name[:300]
        key = fold_name(name)
        if key not in self.places:
            place = Place(
                name=name,
                kind="country" if country else "place",
                country=name[:100] if country else self.directory.country_of(name),
            )
            place.aliases.append(PlaceAlias(alias=name, folded=key[:300]))
            self.session.add(place)
            self.places[key] = place
        return self.places[key]

    def tag(self, name: str) -> Tag:
        name = name[:200]
        key = fold_name(name)
        if key not in self.tags:
            self.tags[key] = Tag(name=name)
            self.session.add(self.tags[key])
        return self.tags[key]


def write_link_positions(session: Session, stories: list[Story]) -> None:
    """Record each link's position so stories list partners and places in text order."""
    for table, attribute, column in (
        (story_partners, "partners", "partner_id"),
        (story_places, "places", "place_id"),
        (story_countries, "countries", "place_id"),
    ):
        rows = [
            {"s": story.id, "o": linked.id, "p": position}
            for story in stories
            for position, linked in enumerate(getattr(story, attribute))
            if position
        ]
        if rows:
            session.execute(
                update(table)
                .where(table.c.story_id == bindparam("s"), table.c[column] == bindparam("o"))
                .values(position=bindparam("p")),
                rows,
            )
