"""The directory's rows in a new catalogue, written in bulk, are the rows a row-by-row sync
writes: the same partners and places with the same ids and columns, the same aliases in the
same order. Then a later sync (a changed directory) goes row by row as before.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue import directory_sync
from storydesk.catalogue.db import open_catalogue
from storydesk.catalogue.directory_sync import DIRECTORY_VERSION, sync_directory
from storydesk.catalogue.models import Partner, PartnerAlias, Place, PlaceAlias, Setting
from storydesk.gazetteer import Directory, PartnerEntry, PlaceEntry, default_directory


def _sessions(tmp_path: Path, name: str) -> sessionmaker[Session]:
    folder = tmp_path / name
    folder.mkdir()
    _engine, sessions = open_catalogue(folder / "catalogue.sqlite3", folder / "backups")
    return sessions


def _dump(sessions: sessionmaker[Session]) -> dict[str, object]:
    with sessions() as session:
        partners = [
            (p.id, p.name, p.kind, p.country, p.website, p.from_directory)
            for p in session.scalars(select(Partner).order_by(Partner.id))
        ]
        places = [
            (p.id, p.name, p.kind, p.country, p.parent, p.from_directory)
            for p in session.scalars(select(Place).order_by(Place.id))
        ]
        partner_aliases = [
            (a.partner_id, a.alias, a.folded)
            for a in session.scalars(
                select(PartnerAlias).order_by(PartnerAlias.partner_id, PartnerAlias.id)
            )
        ]
        place_aliases = [
            (a.place_id, a.alias, a.folded)
            for a in session.scalars(
                select(PlaceAlias).order_by(PlaceAlias.place_id, PlaceAlias.id)
            )
        ]
        version = session.get(Setting, DIRECTORY_VERSION)
        return {
            "partners": partners,
            "places": places,
            "partner_aliases": partner_aliases,
            "place_aliases": place_aliases,
            "version": version.value if version else None,
        }


def _row_by_row(sessions: sessionmaker[Session], directory: Directory) -> None:
    with sessions.begin() as session:
        directory_sync._update_rows(session, directory)
        session.add(Setting(key=DIRECTORY_VERSION, value=directory.version))


def _bulk(sessions: sessionmaker[Session], directory: Directory) -> None:
    with sessions.begin() as session:
        assert session.execute(select(Partner.id)).first() is None
        assert sync_directory(session, directory)


def test_the_shipped_directory_in_bulk_is_what_row_by_row_gives(tmp_path: Path) -> None:
    directory = default_directory()
    bulk, rows = _sessions(tmp_path, "bulk"), _sessions(tmp_path, "rows")
    _bulk(bulk, directory)
    _row_by_row(rows, directory)
    got, expected = _dump(bulk), _dump(rows)
    assert got == expected
    assert len(got["partners"]) == len(directory.partners)  # type: ignore[arg-type]
    assert len(got["place_aliases"]) > 1000  # type: ignore[arg-type]


def test_names_that_fold_alike_share_a_row_in_bulk_too(tmp_path: Path) -> None:
    directory = Directory(
        [
            PartnerEntry("UNDP", "un_agency", ("ПРООН", "БҰҰДБ"), names=(("ru", "ПРООН"),)),
            PartnerEntry("undp", "ngo", ("UNDP Kyrgyzstan", "ПРООН"), country="Kyrgyzstan"),
            PartnerEntry("Ёлка Фонд", "ngo", ("Елка Фонд", "x" * 400)),
        ],
        [
            PlaceEntry("Kyrgyzstan", "country", "Kyrgyzstan", ("Кыргызстан",)),
            PlaceEntry("Osh", "city", "Kyrgyzstan", ("Ош", "Osh"), parent="Osh Region"),
            PlaceEntry("OSH", "town", "Kyrgyzstan", ("Оше",)),
        ],
        version="test-1",
    )
    bulk, rows = _sessions(tmp_path, "bulk"), _sessions(tmp_path, "rows")
    _bulk(bulk, directory)
    _row_by_row(rows, directory)
    got = _dump(bulk)
    assert got == _dump(rows)
    assert [p[1:3] for p in got["partners"]] == [("UNDP", "ngo"), ("Ёлка Фонд", "ngo")]  # type: ignore[union-attr]


def test_a_later_sync_goes_row_by_row_and_keeps_what_imports_added(tmp_path: Path) -> None:
    first = Directory(
        [PartnerEntry("UNDP", "un_agency", ("ПРООН",))],
        [PlaceEntry("Osh", "city", "Kyrgyzstan", ("Ош",))],
        version="v1",
    )
    second = Directory(
        [
            PartnerEntry("UNDP", "un_agency", ("ПРООН", "БҰҰДБ")),
            PartnerEntry("WHO", "un_agency", ()),
        ],
        [PlaceEntry("Osh", "city", "Kyrgyzstan", ("Ош", "Оше"))],
        version="v2",
    )
    sessions = _sessions(tmp_path, "one")
    _bulk(sessions, first)
    with sessions.begin() as session:
        session.add(Partner(name="Local NGO", kind="ngo"))
    with sessions.begin() as session:
        assert sync_directory(session, second)
    with sessions.begin() as session:
        assert not sync_directory(session, second)
    dump = _dump(sessions)
    assert [p[1] for p in dump["partners"]] == ["UNDP", "Local NGO", "WHO"]  # type: ignore[union-attr]
    assert "БҰҰДБ" in [a[1] for a in dump["partner_aliases"]]  # type: ignore[union-attr]
    assert dump["version"] == "v2"
