"""Keeps the catalogue's partner and place rows in step with the shipped directory.

The directory in ``resources/`` is the reference for canonical names and aliases; when a
new StoryDesk ships a changed directory, the next open brings the catalogue up to date
without touching partners and places that imports added on their own.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.catalogue.models import Partner, PartnerAlias, Place, PlaceAlias, Setting
from storydesk.catalogue.names import fold

DIRECTORY_VERSION = "directory_version"


class _PartnerLike(Protocol):
    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None
    website: str | None


class _PlaceLike(Protocol):
    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None
    parent: str | None


class _DirectoryLike(Protocol):
    @property
    def version(self) -> str: ...
    @property
    def partners(self) -> tuple[_PartnerLike, ...]: ...
    @property
    def places(self) -> tuple[_PlaceLike, ...]: ...


def _set_aliases(row: Partner | Place, names: list[str], alias_type: type) -> None:
    known = {a.folded for a in row.aliases}
    for name in [row.name, *names]:
        key = fold(name)[:300]
        if key not in known:
            row.aliases.append(alias_type(alias=name[:300], folded=key))
            known.add(key)


def sync_directory(session: Session, directory: _DirectoryLike) -> bool:
    """Bring partner and place rows up to the directory's version; True if anything changed."""
    setting = session.get(Setting, DIRECTORY_VERSION)
    if setting is not None and setting.value == directory.version:
        return False
    for model, alias_type, entries, fields in (
        (Partner, PartnerAlias, directory.partners, ("kind", "country", "website")),
        (Place, PlaceAlias, directory.places, ("kind", "country", "parent")),
    ):
        rows = {fold(row.name): row for row in session.scalars(select(model))}
        for entry in entries:
            row = rows.get(fold(entry.name))
            if row is None:
                row = model(name=entry.name)
                session.add(row)
                rows[fold(entry.name)] = row
            for field in fields:
                setattr(row, field, getattr(entry, field))
            row.from_directory = True
            _set_aliases(row, list(entry.aliases), alias_type)
    if setting is None:
        session.add(Setting(key=DIRECTORY_VERSION, value=directory.version))
    else:
        setting.value = directory.version
    return True
