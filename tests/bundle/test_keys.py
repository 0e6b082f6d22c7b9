"""Publisher keys of one data folder: made, kept out of backups, exported, trusted, revoked."""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from storydesk.bundle.keys import (
    KeyInfo,
    list_keys,
    remember_seen_key,
    revoke,
    shipped_keys,
    trust_snapshot,
)
from storydesk.bundle.signing import PublicKey, generate_key, read_key_file, spaced
from storydesk.catalogue.models import PublisherKey
from storydesk.errors import StoryDeskError
from storydesk.library import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "office") as opened:
        yield opened


def _session(library: Library) -> Session:
    """A session of its own on the library's catalogue (as another process would have)."""
    return Session(create_engine(f"sqlite:///{library.layout.catalogue}"))


def _add_rows(library: Library, *rows: PublisherKey) -> None:
    with _session(library) as session, session.begin():
        session.add_all(rows)


def _row(fingerprint: str, publisher: str, **fields: object) -> PublisherKey:
    raw = bytes(32)
    return PublisherKey(
        fingerprint=fingerprint,
        publisher=publisher,
        public_key=base64.b64encode(raw).decode("ascii"),
        **fields,
    )


# -- generate ----------------------------------------------------------------------------


def test_generate_writes_the_private_key_0600_in_a_0700_folder(library: Library) -> None:
    made = library.generate_key("  UNDP   Kyrgyzstan ")
    assert made.publisher == "UNDP Kyrgyzstan"
    assert (made.status, made.source) == ("own", "own")
    assert made.added is not None and made.trusted is not None and made.revoked is None
    assert made.spaced == spaced(made.fingerprint) and len(made.fingerprint) == 40
    folder = library.layout.keys
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [f"{made.fingerprint}.key"]
    assert stat.S_IMODE((folder / f"{made.fingerprint}.key").stat().st_mode) == 0o600
    signing = library.signing_key()
    assert signing is not None
    assert signing.public.fingerprint == made.fingerprint
    assert signing.publisher == "UNDP Kyrgyzstan"
    assert library.trust().trust_of(made.fingerprint) == "trusted"


def test_a_second_own_key_is_refused_with_how_to_replace_it(library: Library) -> None:
    first = library.generate_key("UNDP Kyrgyzstan")
    with pytest.raises(StoryDeskError) as refused:
        library.generate_key("UNDP Kazakhstan")
    message = str(refused.value)
    assert "already has its publisher key" in message
    assert f"storydesk keys revoke {first.fingerprint}" in message
    assert "\n" not in message
    assert len(list(library.layout.keys.iterdir())) == 1
    listed = library.keys()
    assert [k.fingerprint for k in listed] == [first.fingerprint]

    gone = library.revoke_key(first.fingerprint)
    assert gone.status == "revoked"
    assert list(library.layout.keys.iterdir()) == []  # the private half is deleted
    assert library.signing_key() is None
    second = library.generate_key("UNDP Kazakhstan")
    assert second.fingerprint != first.fingerprint
    assert library.signing_key() is not None
    listed = library.keys()
    assert [k.status for k in listed] == ["own", "revoked"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 301])
def test_a_publisher_name_must_be_given_and_fit(library: Library, name: str) -> None:
    with pytest.raises(StoryDeskError, match="publisher"):
        library.generate_key(name)
    assert not library.layout.keys.exists() or list(library.layout.keys.iterdir()) == []
    assert library.keys() == []


def test_the_private_key_is_never_in_a_backup(library: Library, tmp_path: Path) -> None:
    made = library.generate_key("UNDP Kyrgyzstan")
    private = (library.layout.keys / f"{made.fingerprint}.key").read_bytes()
    secret = b"".join(private.splitlines()[1:-1])  # the PEM body, without its armour
    assert len(secret) > 40
    backup = library.backup()
    found = [p for p in library.layout.backups.rglob("*") if p.is_file()]
    assert backup in found
    for path in found:
        data = path.read_bytes()
        assert secret not in data and private not in data, path
        assert not path.name.endswith(".key")
    # The catalogue itself holds only the public half.
    assert secret not in library.layout.catalogue.read_bytes()


def test_a_damaged_private_key_is_named(library: Library) -> None:
    made = library.generate_key("UNDP Kyrgyzstan")
    path = library.layout.keys / f"{made.fingerprint}.key"
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
    with pytest.raises(StoryDeskError) as refused:
        library.signing_key()
    assert str(path) in str(refused.value)
    other = generate_key("someone else")
    path.write_bytes(other.private_bytes())
    with pytest.raises(StoryDeskError, match="not the one its name says"):
        library.signing_key()


# -- export and trust --------------------------------------------------------------------


def test_export_then_trust_in_another_data_folder_gives_the_same_fingerprint(
    library: Library, tmp_path: Path
) -> None:
    made = library.generate_key("UNDP Kyrgyzstan")
    out = tmp_path / "undp-kg.storykey"
    exported = library.export_key(out)
    assert exported.fingerprint == made.fingerprint
    signing = library.signing_key()
    assert signing is not None
    assert out.read_bytes() == signing.public.file_bytes()
    assert b"PRIVATE" not in out.read_bytes()

    with Library.open(tmp_path / "field") as field:
        trusted = field.trust_key_file(out)
        assert trusted.fingerprint == made.fingerprint
        assert trusted.spaced == made.spaced
        assert (trusted.publisher, trusted.status, trusted.source) == (
            "UNDP Kyrgyzstan",
            "trusted",
            "file",
        )
        assert field.trust().trust_of(made.fingerprint) == "trusted"
        assert field.signing_key() is None  # trusting a key gives no way to sign with it
        assert not field.layout.keys.exists()
        again = field.trust_key_file(out)  # trusting twice changes nothing
        assert again == trusted
        # A trusted key may be passed on.
        field.export_key(tmp_path / "again.storykey", made.fingerprint[:8])
        assert (tmp_path / "again.storykey").read_bytes() == out.read_bytes()


def test_export_without_an_own_key_or_of_an_untrusted_key_is_refused(
    library: Library, tmp_path: Path
) -> None:
    with pytest.raises(StoryDeskError, match="no publisher key of its own"):
        library.export_key(tmp_path / "mine.storykey")
    library.generate_key("UNDP Kyrgyzstan")
    with pytest.raises(StoryDeskError) as folder:
        library.export_key(tmp_path)
    assert str(folder.value) == f"{tmp_path}: a folder; give the name of the key file"
    met = generate_key("Someone").public
    with _session(library) as session, session.begin():
        remember_seen_key(session, met)
    with pytest.raises(StoryDeskError, match="not trusted here"):
        library.export_key(tmp_path / "met.storykey", met.fingerprint)
    assert not list(tmp_path.glob("*.storykey"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"meeting notes", "not a publisher key file (not JSON)"),
        (b'{"format": "storydesk.bundle"}', "not a publisher key file"),
        (b"\xff\xfe\x00", "not a publisher key file (not JSON)"),
        (b" " * 70_000, "too large to be a publisher key file"),
    ],
)
def test_a_damaged_key_file_is_named_with_its_reason(
    library: Library, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "hq.storykey"
    bad.write_bytes(content)
    with pytest.raises(StoryDeskError) as refused:
        library.trust_key_file(bad)
    assert str(refused.value) == f"{bad}: {reason}"
    assert library.keys() == []


def test_a_key_file_whose_fingerprint_or_key_was_changed_is_refused(
    library: Library, tmp_path: Path
) -> None:
    key = generate_key("UNDP Kyrgyzstan").public
    document = json.loads(key.file_bytes())
    other = generate_key("UNDP Kyrgyzstan").public
    for field, value, reason in (
        ("fingerprint", other.fingerprint, "the fingerprint written in the file is not its key's"),
        ("public_key", other.encoded, "the fingerprint written in the file is not its key's"),
        ("public_key", "AAAA", "the public key is malformed"),
        ("algorithm", "rsa", "the key is not an Ed25519 key"),
        ("publisher", "", "the key file names no publisher"),
    ):
        path = tmp_path / f"{field}-{value[:4]}.storykey"
        path.write_text(json.dumps({**document, field: value}), encoding="utf-8")
        with pytest.raises(StoryDeskError) as refused:
            library.trust_key_file(path)
        assert str(refused.value) == f"{path}: {reason}"
    assert library.keys() == []


def test_a_missing_key_file_or_a_folder_is_named(library: Library, tmp_path: Path) -> None:
    with pytest.raises(StoryDeskError) as missing:
        library.trust_key_file(tmp_path / "nowhere.storykey")
    assert str(missing.value) == f"{tmp_path / 'nowhere.storykey'}: no such key file"
    with pytest.raises(StoryDeskError) as folder:
        library.trust_key_file(tmp_path)
    assert str(folder.value) == f"{tmp_path}: a folder, not a key file"


def test_a_key_met_in_a_bundle_is_listed_then_trusted(library: Library, tmp_path: Path) -> None:
    met = generate_key("Kazakhstan office").public
    with _session(library) as session, session.begin():
        remember_seen_key(session, met)
    [seen] = library.keys()
    assert (seen.status, seen.source, seen.trusted) == ("unknown", "bundle", None)
    assert library.trust().trust_of(met.fingerprint) == "unknown"
    trusted = library.trust_key(spaced(met.fingerprint))  # spaced, as read over the phone
    assert (trusted.status, trusted.source) == ("trusted", "bundle")
    assert library.trust().trust_of(met.fingerprint) == "trusted"

    # Trusted from a key file instead: the file's name for the publisher is kept.
    other = generate_key("claimed name").public
    with _session(library) as session, session.begin():
        remember_seen_key(session, other)
    path = tmp_path / "kz.storykey"
    path.write_bytes(PublicKey("UNDP Kazakhstan", other.raw).file_bytes())
    info = library.trust_key_file(path)
    assert (info.publisher, info.status, info.source) == ("UNDP Kazakhstan", "trusted", "file")


# -- revoke and fingerprint prefixes -----------------------------------------------------


def test_revoke_refuses_the_key_and_it_is_not_trusted_again(
    library: Library, tmp_path: Path
) -> None:
    key = generate_key("UNDP Kyrgyzstan").public
    path = tmp_path / "hq.storykey"
    path.write_bytes(key.file_bytes())
    library.trust_key_file(path)
    gone = library.revoke_key(key.fingerprint[:8].upper())
    assert gone.status == "revoked" and gone.revoked is not None
    assert library.trust().trust_of(key.fingerprint) == "revoked"
    assert library.revoke_key(key.fingerprint) == gone  # revoking twice changes nothing
    with pytest.raises(StoryDeskError, match=r"revoked here on .*not trusted again"):
        library.trust_key_file(path)
    with pytest.raises(StoryDeskError, match="revoked here"):
        library.trust_key(key.fingerprint)
    with pytest.raises(StoryDeskError, match="revoked here"):
        library.export_key(tmp_path / "out.storykey", key.fingerprint)
    assert library.trust().trust_of(key.fingerprint) == "revoked"


def test_a_prefix_must_have_eight_hex_digits_and_name_one_key(library: Library) -> None:
    first = "abcdef01" + "1" * 32
    second = "abcdef01" + "2" * 32
    _add_rows(
        library,
        _row(first, "One", source="file", trusted_at=None),
        _row(second, "Two", source="file", trusted_at=None),
    )
    for typed in ("abcdef0", "abcdef0g", "", "abcdef01" + "0" * 33):
        with pytest.raises(StoryDeskError, match="not a key fingerprint"):
            library.revoke_key(typed)
    with pytest.raises(StoryDeskError) as ambiguous:
        library.revoke_key("abcdef01")
    message = str(ambiguous.value)
    assert "2 keys" in message and first in message and second in message
    with pytest.raises(StoryDeskError, match="no publisher key here has that fingerprint"):
        library.revoke_key("12345678")
    listed = library.keys()
    assert all(k.status != "revoked" for k in listed)
    assert library.revoke_key("abcdef012").fingerprint == second
    assert library.revoke_key(spaced(first)).fingerprint == first


# -- keys shipped with the build ---------------------------------------------------------


def test_a_shipped_key_is_trusted_listed_and_revoked_with_a_row(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "publishers"
    folder.mkdir()
    hq = generate_key("UNDP Regional Hub").public
    (folder / "hub.storykey").write_bytes(hq.file_bytes())
    (folder / "broken.storykey").write_bytes(b"not a key")
    (folder / "README.md").write_text("only public keys here", encoding="utf-8")
    shipped = shipped_keys(folder)
    assert [k.fingerprint for k in shipped] == [hq.fingerprint]

    with _session(library) as session:
        assert trust_snapshot(session, shipped).trust_of(hq.fingerprint) == "trusted"
        [listed] = list_keys(session, shipped)
        assert listed == KeyInfo(
            hq.fingerprint, spaced(hq.fingerprint), "UNDP Regional Hub", "shipped", "shipped"
        )
        assert listed.to_json() == {
            "fingerprint": hq.fingerprint,
            "spaced": spaced(hq.fingerprint),
            "publisher": "UNDP Regional Hub",
            "status": "shipped",
            "source": "shipped",
            "added": None,
            "trusted": None,
            "revoked": None,
        }
    with _session(library) as session, session.begin():
        gone = revoke(session, shipped, hq.fingerprint[:10])
    assert (gone.status, gone.source) == ("revoked", "shipped")
    with _session(library) as session:
        row = session.get(PublisherKey, hq.fingerprint)
        assert row is not None and row.revoked_at is not None and row.trusted_at is None
        assert read_key_file(hq.file_bytes(), "x").encoded == row.public_key
        assert trust_snapshot(session, shipped).trust_of(hq.fingerprint) == "revoked"
        assert [k.status for k in list_keys(session, shipped)] == ["revoked"]


def test_keys_are_listed_own_trusted_shipped_unknown_revoked(
    library: Library, tmp_path: Path
) -> None:
    own = library.generate_key("Zeta office")
    trusted = generate_key("Beta").public
    path = tmp_path / "beta.storykey"
    path.write_bytes(trusted.file_bytes())
    library.trust_key_file(path)
    met = generate_key("Alpha").public
    gone = generate_key("Aardvark").public
    with _session(library) as session, session.begin():
        remember_seen_key(session, met)
        remember_seen_key(session, gone)
    library.revoke_key(gone.fingerprint)
    shipped = [generate_key("Gamma").public]
    with _session(library) as session:
        listed = list_keys(session, shipped)
    assert [(k.publisher, k.status) for k in listed] == [
        ("Zeta office", "own"),
        ("Beta", "trusted"),
        ("Gamma", "shipped"),
        ("Alpha", "unknown"),
        ("Aardvark", "revoked"),
    ]
    assert library.keys()[0].fingerprint == own.fingerprint
    assert all(json.dumps(k.to_json()) for k in listed)


def test_key_info_is_a_library_record() -> None:
    import storydesk.library as facade

    assert "KeyInfo" in facade.__all__
    assert facade.KeyInfo is KeyInfo
