"""The names a query resolves: read as plain rows, the same as walking every partner and place.

The reference below is how the index was read before (every ORM object and its aliases);
the plain-row read must agree with it exactly, order included, since where two partners
or places share a name the first one wins.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.catalogue.models import Partner, PartnerAlias, Place, PlaceAlias
from storydesk.search.query import NameIndex
from storydesk.text import fold_name, fold_words
from tests.backends import on_both_backends as on_both_backends
from tests.search.conftest import Fresh


def reference(session: Session) -> NameIndex:
    """Every partner and place object with its aliases, in the catalogue's order."""
    names = NameIndex()
    for partner in session.scalars(select(Partner).order_by(Partner.id)):
        all_names = [partner.name, *(a.alias for a in partner.aliases)]
        names.partner_aliases[partner.name] = all_names
        for name in all_names:
            names.partners.setdefault(fold_words(name), partner.name)
    for place in session.scalars(select(Place).order_by(Place.id)):
        all_names = [place.name, *(a.alias for a in place.aliases)]
        names.place_aliases[place.name] = all_names
        if place.kind == "country":
            names.countries.add(place.name)
        for name in all_names:
            names.places.setdefault(fold_words(name), place.name)
    return names


def same(a: NameIndex, b: NameIndex) -> None:
    assert a.partners == b.partners and list(a.partners) == list(b.partners)
    assert a.places == b.places and list(a.places) == list(b.places)
    assert a.countries == b.countries
    assert a.partner_aliases == b.partner_aliases
    assert a.place_aliases == b.place_aliases
    assert list(a.partner_aliases) == list(b.partner_aliases)


def _alias(model: type[Any], alias: str, **owner: int) -> Any:
    return model(alias=alias, folded=fold_name(alias), **owner)


def test_plain_rows_give_what_the_objects_give(fresh: Fresh) -> None:
    with fresh.sessions.begin() as session:
        alpha = Partner(name="Alpha Fund")
        beta = Partner(name="Beta Trust")
        lonely = Partner(name="Local NGO")  # no alias rows at all
        session.add_all([alpha, beta, lonely])
        session.flush()
        # Aliases added out of order: the earlier partner still wins a shared name.
        session.add(_alias(PartnerAlias, "Shared Name", partner_id=beta.id))
        session.add(_alias(PartnerAlias, "Shared-Name", partner_id=alpha.id))
        session.add(_alias(PartnerAlias, "АФ", partner_id=alpha.id))
        session.add(_alias(PartnerAlias, "Бишкек", partner_id=beta.id))  # a place's name too
        town = Place(name="Newtown", kind="town", country="Kyrgyzstan")
        land = Place(name="Newland", kind="country", country="Newland")
        session.add_all([town, land])
        session.flush()
        session.add(_alias(PlaceAlias, "Алматы", place_id=town.id))  # Almaty's, added later
        session.add(_alias(PlaceAlias, "Нюленд", place_id=land.id))
    with fresh.sessions() as session:
        expected = reference(session)
        got = NameIndex.from_session(session)
    same(got, expected)
    assert got.partner("shared name") == "Alpha Fund"
    assert got.partner_aliases["Alpha Fund"] == ["Alpha Fund", "Shared-Name", "АФ"]
    assert got.partner_aliases["Local NGO"] == ["Local NGO"]
    assert got.partner("Бишкек") == "Beta Trust" and got.place("Бишкек") == "Bishkek"
    assert got.place("Алматы") == "Almaty"
    assert "Newland" in got.countries and "Newtown" not in got.countries


def test_the_shipped_directory_in_a_real_catalogue(seeded_library: Any) -> None:
    with seeded_library._sessions() as session:
        expected = reference(session)
        got = NameIndex.from_session(session)
    assert len(got.partners) > 1000 and len(got.places) > 1000
    same(got, expected)


def test_a_blank_query_reads_no_names(fresh: Fresh) -> None:
    every = fresh.searcher.search("", limit=100)
    assert every.total > 0 and fresh.searcher._names is None
    filtered = fresh.searcher.search("  ", limit=100, filters={"countries": ["Kyrgyzstan"]})
    assert 0 < filtered.total < every.total and fresh.searcher._names is None
    found = fresh.searcher.search("ПРООН", limit=100)
    assert found.total > 0 and fresh.searcher._names is not None
