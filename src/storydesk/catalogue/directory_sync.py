"""Keeps the catalogue's partner and place rows in step with the shipped directory.

The directory in ``resources/`` is the reference for canonical names and aliases; when a
new StoryDesk ships a changed directory, the next open brings the catalogue up to date
without touching partners and places that imports added on their own, and without bringing
back a partner merged into another by hand (its names are added to that other partner). An
entry's display names in each language are stored among its aliases, so a name the app
shows ("Қарақол", "ПРООН") also finds its stories in a search or a ``place:``/``partner:``
filter. (Finding names in story text at import uses the directory's own aliases only.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.catalogue.merges import load_merges
from storydesk.catalogue.models import Partner, PartnerAlias, Place, PlaceAlias, Setting
from storydesk.text import fold_name

DIRECTORY_VERSION = "directory_version"


# Read-only members, so the gazetteer's frozen entries (and any other read-only record)
# satisfy them.
class _EntryLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def country(self) -> str | None: ...
    @property
    def names(self) -> tuple[tuple[str, str], ...]: ...


def _every_name(entry: _EntryLike) -> list[str]:
    """An entry's aliases, then its display names."""
    return [*entry.aliases, *(name for _, name in entry.names)]


class _PartnerLike(_EntryLike, Protocol):
    @property
    def website(self) -> str | None: ...


class _PlaceLike(_EntryLike, Protocol):
    @property
    def parent(self) -> str | None: ...


class _DirectoryLike(Protocol):
    """What the sync reads of a directory (:class:`storydesk.gazetteer.Directory`)."""

    @property
    def version(self) -> str: ...
    @property
    def partners(self) -> Sequence[_PartnerLike]: ...
    @property
    def places(self) -> Sequence[_PlaceLike]: ...


_Row = TypeVar("_Row", Partner, Place)


def _set_aliases(row: Partner | Place, names: list[str], alias_type: type) -> None:
    known = {a.folded for a in row.aliases}
    for name in [row.name, *names]:
        key = fold_name(name)[:300]
        if key not in known:
            row.aliases.append(alias_type(alias=name[:300], folded=key))
            known.add(key)


def _directory_row(session: Session, rows: dict[str, _Row], model: type[_Row], name: str) -> _Row:
    """The row named ``name`` (by folded name), added to the session when there is none."""
    row = rows.get(fold_name(name))
    if row is None:
        row = model(name=name)
        session.add(row)
        rows[fold_name(name)] = row
    return row


def sync_directory(session: Session, directory: _DirectoryLike) -> bool:
    """Bring partner and place rows up to the directory's version; True if anything changed."""
    setting = session.get(Setting, DIRECTORY_VERSION)
    if setting is not None and setting.value == directory.version:
        return False
    partners = {fold_name(row.name): row for row in session.scalars(select(Partner))}
    merges = load_merges(session)
    for partner_entry in directory.partners:
        into = merges.get(fold_name(partner_entry.name)[:300])
        merged_into = partners.get(fold_name(into)) if into is not None else None
        if merged_into is not None:  # merged by hand: its names stay the target's aliases
            _set_aliases(
                merged_into, [partner_entry.name, *_every_name(partner_entry)], PartnerAlias
            )
            continue
        partner = _directory_row(session, partners, Partner, partner_entry.name)
        partner.kind = partner_entry.kind
        partner.country = partner_entry.country
        partner.website = partner_entry.website
        partner.from_directory = True
        _set_aliases(partner, _every_name(partner_entry), PartnerAlias)
    places = {fold_name(row.name): row for row in session.scalars(select(Place))}
    for place_entry in directory.places:
        place = _directory_row(session, places, Place, place_entry.name)
        place.kind = place_entry.kind
        place.country = place_entry.country
        place.parent = place_entry.parent
        place.from_directory = True
        _set_aliases(place, _every_name(place_entry), PlaceAlias)
    if setting is None:
        session.add(Setting(key=DIRECTORY_VERSION, value=directory.version))
    else:
        setting.value = directory.version
    return True
