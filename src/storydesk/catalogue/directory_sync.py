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

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import insert, select, text
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
    """Bring partner and place rows up to the directory's version; True if anything changed.

    A catalogue without partners and places (a new one) gets its rows in a few bulk
    inserts (:func:`_insert_rows`); one that has some is brought up to date row by row.
    """
    setting = session.get(Setting, DIRECTORY_VERSION)
    if setting is not None and setting.value == directory.version:
        return False
    empty = session.execute(select(Partner.id).limit(1)).first() is None
    if empty and session.execute(select(Place.id).limit(1)).first() is None:
        _insert_rows(session, directory)
    else:
        _update_rows(session, directory)
    if setting is None:
        session.add(Setting(key=DIRECTORY_VERSION, value=directory.version))
    else:
        setting.value = directory.version
    return True


def _update_rows(session: Session, directory: _DirectoryLike) -> None:
    """Bring existing partner and place rows in step with the directory, row by row."""
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


def _planned_rows(
    entries: Sequence[_EntryLike], columns: Callable[[Any], dict[str, Any]]
) -> list[tuple[dict[str, Any], list[tuple[str, str]]]]:
    """Rows and aliases as :func:`_update_rows` would make them in empty tables.

    Entries whose names fold alike share one row (the first one's name, the last one's
    columns), and a row's aliases are its name, then each entry's names, once per folded form.
    """
    rows: dict[str, tuple[dict[str, Any], list[tuple[str, str]], set[str]]] = {}
    for entry in entries:
        key = fold_name(entry.name)
        planned = rows.get(key)
        if planned is None:
            planned = rows[key] = ({"name": entry.name}, [], set())
        row, aliases, known = planned
        row.update(columns(entry), from_directory=True)
        for name in [row["name"], *_every_name(entry)]:
            folded = fold_name(name)[:300]
            if folded not in known:
                aliases.append((name[:300], folded))
                known.add(folded)
    return [(row, aliases) for row, aliases, _ in rows.values()]


def _insert_rows(session: Session, directory: _DirectoryLike) -> None:
    """Fill empty partner and place tables with the directory's rows, in bulk.

    The same rows, aliases and ids as :func:`_update_rows` would give (tested), without
    building an ORM object for each of the ~3,600 aliases.
    """
    for entries, model, alias_model, owner, columns in (
        (
            directory.partners,
            Partner,
            PartnerAlias,
            "partner_id",
            lambda e: {"kind": e.kind, "country": e.country, "website": e.website},
        ),
        (
            directory.places,
            Place,
            PlaceAlias,
            "place_id",
            lambda e: {"kind": e.kind, "country": e.country, "parent": e.parent},
        ),
    ):
        planned = _planned_rows(entries, columns)
        if not planned:
            continue
        rows = [dict(row, id=number) for number, (row, _) in enumerate(planned, start=1)]
        aliases = [
            {owner: number, "alias": alias, "folded": folded}
            for number, (_, names) in enumerate(planned, start=1)
            for alias, folded in names
        ]
        session.execute(insert(model), rows)
        if aliases:
            session.execute(insert(alias_model), aliases)
        if session.get_bind().dialect.name == "postgresql":
            # Rows given their ids leave PostgreSQL's sequence behind: the next partner or
            # place added by an import would take id 1 again.
            table = model.__tablename__
            session.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :last)"),
                {"last": len(rows)},
            )
