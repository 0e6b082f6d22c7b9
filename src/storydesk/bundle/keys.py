"""The publisher keys of one data folder: its own signing key, the keys it trusts or revoked.

The private key lives in the data folder's ``keys/`` folder (mode 0600), never in the
catalogue, a backup or a bundle; its public half, and every key trusted, revoked or met in a
bundle, is a :class:`~storydesk.catalogue.models.PublisherKey` row. Keys shipped in
``resources/publishers/*.storykey`` are trusted by every catalogue of that build unless
revoked there. :class:`~storydesk.bundle.signing.TrustSnapshot` is what readers are given.

The ``storydesk keys`` commands and Settings › Publishers work through the Library on the
functions here: making the own key (:func:`write_private_key`, :func:`record_own_key`; one
own key at a time), exporting a public key (:func:`public_key_of`), trusting a key file or
a key met in a bundle (:func:`trust_public_key`, :func:`trust_seen_key`), listing
(:func:`list_keys`, as :class:`KeyInfo` records) and revoking (:func:`revoke`). A key is
named by its fingerprint or a unique prefix of at least :data:`MIN_PREFIX` hex digits
(:func:`find_key`). See docs/publishers.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.atomic import atomic_output, fsync_folder
from storydesk.bundle.signing import (
    FINGERPRINT_LENGTH,
    KEY_EXTENSION,
    PublicKey,
    SigningKey,
    TrustSnapshot,
    load_signing_key,
    read_key_file,
    spaced,
)
from storydesk.catalogue.models import PublisherKey, utcnow
from storydesk.errors import StoryDeskError
from storydesk.messages import joined, translatable

log = logging.getLogger(__name__)

PRIVATE_KEY_SUFFIX = ".key"
"""A private key's file in ``keys/``: ``<fingerprint>.key``."""
PUBLISHER_LIMIT = 300
"""Characters of a publisher's name the catalogue keeps (``PublisherKey.publisher``)."""


def shipped_keys(folder: Path) -> list[PublicKey]:
    """The public keys shipped in ``folder`` (``resources/publishers``), in name order.

    A damaged key file is logged and passed over: it must not stop the app from starting.
    """
    keys: list[PublicKey] = []
    if not folder.is_dir():
        return keys
    for path in sorted(folder.glob(f"*{KEY_EXTENSION}")):
        try:
            keys.append(read_key_file(path.read_bytes(), str(path)))
        except (OSError, StoryDeskError):
            log.warning("shipped publisher key %s cannot be read", path, exc_info=True)
    return keys


def trust_snapshot(session: Session, shipped: list[PublicKey]) -> TrustSnapshot:
    """The keys trusted and revoked in this catalogue, shipped keys included."""
    trusted: dict[str, str] = {}
    revoked: set[str] = set()
    for key in shipped:
        trusted[key.fingerprint] = key.publisher
    for row in session.scalars(select(PublisherKey)):
        if row.revoked_at is not None:
            revoked.add(row.fingerprint)
            trusted.pop(row.fingerprint, None)
        elif row.trusted_at is not None or row.own:
            trusted[row.fingerprint] = row.publisher
    return TrustSnapshot(trusted=trusted, revoked=frozenset(revoked))


def private_key_path(keys_folder: Path, fingerprint: str) -> Path:
    """Where the private key of ``fingerprint`` is kept."""
    return keys_folder / f"{fingerprint}{PRIVATE_KEY_SUFFIX}"


def own_signing_key(session: Session, keys_folder: Path) -> SigningKey | None:
    """This catalogue's signing key: its own key, not revoked, whose private file is here.

    Raises:
        StoryDeskError: The private key file is there but damaged.
    """
    row = session.scalars(
        select(PublisherKey)
        .where(PublisherKey.own.is_(True), PublisherKey.revoked_at.is_(None))
        .order_by(PublisherKey.added_at.desc())
    ).first()
    if row is None:
        return None
    path = private_key_path(keys_folder, row.fingerprint)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    key = load_signing_key(data, row.publisher, str(path))
    if key.public.fingerprint != row.fingerprint:
        raise StoryDeskError(
            translatable("Keys", "{path}: the private key is not the one its name says").format(
                path=path
            )
        )
    return key


def no_signing_key(session: Session, keys_folder: Path) -> StoryDeskError:
    """Why this data folder cannot sign a bundle (:func:`own_signing_key` found none).

    On a shared catalogue the key's row is common to every machine but its private half
    stays in the data folder of the machine that made it: another machine is told where the
    key is rather than to make one (which the catalogue would refuse).
    """
    row = _own_row(session)
    if row is not None:
        return StoryDeskError(
            translatable(
                "Keys",
                "this catalogue's publisher key ({publisher}, {fingerprint}) was made in "
                "another data folder, which keeps its private half "
                "(keys/{fingerprint}.key); sign the bundle there, or copy that file into "
                "{folder} (see docs/headquarters.md)",
            ).format(publisher=row.publisher, fingerprint=row.fingerprint, folder=keys_folder)
        )
    return StoryDeskError(
        translatable(
            "Keys",
            "this catalogue has no publisher key to sign with; make one with "
            "'storydesk keys generate --publisher NAME' (or Settings › Publishers)",
        ).format()
    )


# -- the keys as the front ends show them ----------------------------------------------

KeyStatus = Literal["own", "trusted", "shipped", "revoked", "unknown"]

_ORDER: dict[str, int] = {"own": 0, "trusted": 1, "shipped": 2, "unknown": 3, "revoked": 4}
MIN_PREFIX = 8
"""Hex digits a fingerprint prefix needs to name a key (``keys revoke 3f2a91c0``)."""


def _stamp(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.replace(microsecond=0).isoformat() + "Z"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """One publisher key as ``keys list`` and Settings › Publishers show it.

    Attributes:
        fingerprint: The key's 40 hex digits.
        spaced: The fingerprint in groups of four, to compare it over the phone.
        publisher: The name the key is known by here (as trusted, or as a bundle claimed it).
        status: ``own`` (this catalogue signs with it), ``trusted`` (trusted from a file or
            a bundle), ``shipped`` (trusted by this build, ``resources/publishers``),
            ``revoked`` (its bundles are refused) or ``unknown`` (met in a bundle, not trusted).
        source: Where it came from: ``own``, ``file``, ``shipped`` or ``bundle``.
        added: When this catalogue first recorded it (UTC; None for a shipped key).
        trusted: When it was trusted here (UTC), if it was.
        revoked: When it was revoked here (UTC), if it was.
    """

    fingerprint: str
    spaced: str
    publisher: str
    status: KeyStatus
    source: str
    added: dt.datetime | None = None
    trusted: dt.datetime | None = None
    revoked: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """``{"fingerprint", "spaced", "publisher", "status", "source", "added", "trusted",
        "revoked"}`` (dates as ``YYYY-MM-DDTHH:MM:SSZ`` or null), as ``keys list --json``."""
        return {
            "fingerprint": self.fingerprint,
            "spaced": self.spaced,
            "publisher": self.publisher,
            "status": self.status,
            "source": self.source,
            "added": _stamp(self.added),
            "trusted": _stamp(self.trusted),
            "revoked": _stamp(self.revoked),
        }


def _info(row: PublisherKey, shipped: set[str]) -> KeyInfo:
    status: KeyStatus
    if row.revoked_at is not None:
        status = "revoked"
    elif row.own:
        status = "own"
    elif row.trusted_at is not None:
        status = "trusted"
    elif row.fingerprint in shipped:
        status = "shipped"
    else:
        status = "unknown"
    return KeyInfo(
        fingerprint=row.fingerprint,
        spaced=spaced(row.fingerprint),
        publisher=row.publisher,
        status=status,
        source=row.source,
        added=row.added_at,
        trusted=row.trusted_at,
        revoked=row.revoked_at,
    )


def _shipped_info(key: PublicKey) -> KeyInfo:
    return KeyInfo(
        fingerprint=key.fingerprint,
        spaced=spaced(key.fingerprint),
        publisher=key.publisher,
        status="shipped",
        source="shipped",
    )


def list_keys(session: Session, shipped: Sequence[PublicKey]) -> list[KeyInfo]:
    """Every key this catalogue knows: own, trusted, shipped, met in bundles, revoked.

    In that order, then by publisher and fingerprint.
    """
    shipped_fps = {key.fingerprint for key in shipped}
    found = {
        row.fingerprint: _info(row, shipped_fps) for row in session.scalars(select(PublisherKey))
    }
    for key in shipped:
        found.setdefault(key.fingerprint, _shipped_info(key))
    return sorted(
        found.values(),
        key=lambda k: (_ORDER[k.status], k.publisher.casefold(), k.fingerprint),
    )


def _own_row(session: Session) -> PublisherKey | None:
    return session.scalars(
        select(PublisherKey)
        .where(PublisherKey.own.is_(True), PublisherKey.revoked_at.is_(None))
        .order_by(PublisherKey.added_at.desc())
    ).first()


def _normalised(typed: str) -> str:
    """A fingerprint or prefix as typed (spaced, upper case) in the stored form.

    Raises:
        StoryDeskError: Not 8 to 40 hex digits.
    """
    value = "".join(typed.split()).lower()
    if not (MIN_PREFIX <= len(value) <= FINGERPRINT_LENGTH) or any(
        c not in "0123456789abcdef" for c in value
    ):
        raise StoryDeskError(
            translatable(
                "Keys",
                "{fingerprint}: not a key fingerprint (give {least} to {most} of its hex digits)",
            ).format(fingerprint=typed.strip(), least=MIN_PREFIX, most=FINGERPRINT_LENGTH)
        )
    return value


def find_key(session: Session, shipped: Sequence[PublicKey], typed: str) -> KeyInfo:
    """The one key whose fingerprint is ``typed`` or starts with it (at least 8 hex digits).

    Raises:
        StoryDeskError: ``typed`` is not a fingerprint, names no key here, or starts more
            than one key's fingerprint (one sentence naming it).
    """
    prefix = _normalised(typed)
    matches = [k for k in list_keys(session, shipped) if k.fingerprint.startswith(prefix)]
    if not matches:
        raise StoryDeskError(
            translatable(
                "Keys", "{fingerprint}: no publisher key here has that fingerprint"
            ).format(fingerprint=typed.strip())
        )
    if len(matches) > 1:
        raise StoryDeskError(
            translatable(
                "Keys",
                "{fingerprint}: starts the fingerprints of {count} keys ({keys}); "
                "give more of its digits",
            ).format(
                fingerprint=typed.strip(),
                count=len(matches),
                keys=joined(m.fingerprint for m in matches),
            )
        )
    return matches[0]


# -- changing the keys -----------------------------------------------------------------


def check_publisher_name(publisher: str) -> str:
    """The publisher's name, trimmed.

    Raises:
        StoryDeskError: The name is empty or longer than the catalogue keeps.
    """
    name = " ".join(publisher.split())
    if not name:
        raise StoryDeskError(
            translatable("Keys", "a publisher key needs the publisher's name").format()
        )
    if len(name) > PUBLISHER_LIMIT:
        raise StoryDeskError(
            translatable("Keys", "the publisher's name is longer than {limit} characters").format(
                limit=PUBLISHER_LIMIT
            )
        )
    return name


def refuse_second_own_key(session: Session) -> None:
    """Raise if this catalogue already has its own key (not revoked).

    Raises:
        StoryDeskError: Naming the key and how to replace it (revoke it first).
    """
    row = _own_row(session)
    if row is not None:
        raise StoryDeskError(
            translatable(
                "Keys",
                "this catalogue already has its publisher key ({publisher}, {fingerprint}); "
                "to replace it, revoke it first with 'storydesk keys revoke {fingerprint}' "
                "(or Settings › Publishers)",
            ).format(publisher=row.publisher, fingerprint=row.fingerprint)
        )


def write_private_key(keys_folder: Path, key: SigningKey) -> Path:
    """Write ``key``'s private half as ``keys/<fingerprint>.key``, whole or not at all.

    The folder is made (or narrowed) to mode 0700 and the file is created with mode 0600
    before a byte is written; it takes its name in one rename once flushed to disk.

    Raises:
        OSError: The folder or the file cannot be written (the caller words it).
    """
    keys_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(keys_folder, 0o700)
    path = private_key_path(keys_folder, key.public.fingerprint)
    with atomic_output(path, mode=0o600) as handle:
        handle.write(key.private_bytes())
    return path


def record_own_key(session: Session, key: SigningKey, now: dt.datetime | None = None) -> KeyInfo:
    """Add ``key`` as this catalogue's own key: trusted, source ``own``."""
    moment = now or utcnow()
    public = key.public
    row = PublisherKey(
        fingerprint=public.fingerprint,
        publisher=public.publisher,
        public_key=public.encoded,
        own=True,
        source="own",
        added_at=moment,
        trusted_at=moment,
        revoked_at=None,
    )
    session.add(row)
    session.flush()
    return _info(row, set())


def public_key_of(session: Session, shipped: Sequence[PublicKey], typed: str | None) -> PublicKey:
    """The public key to export: the own key, or a trusted or shipped key by fingerprint.

    Raises:
        StoryDeskError: No own key; the fingerprint names no key, a revoked key or one
            that is not trusted here.
    """
    if typed is None:
        row = _own_row(session)
        if row is None:
            raise StoryDeskError(
                translatable(
                    "Keys",
                    "this catalogue has no publisher key of its own; make one with "
                    "'storydesk keys generate --publisher NAME' (or Settings › Publishers)",
                ).format()
            )
        return PublicKey(row.publisher, base64.b64decode(row.public_key))
    info = find_key(session, shipped, typed)
    if info.status == "revoked":
        raise StoryDeskError(
            translatable(
                "Keys", "{fingerprint}: the key of {publisher} is revoked here; it is not exported"
            ).format(fingerprint=info.fingerprint, publisher=info.publisher)
        )
    if info.status == "unknown":
        raise StoryDeskError(
            translatable(
                "Keys",
                "{fingerprint}: the key of {publisher} is not trusted here; only this "
                "catalogue's own key and trusted keys are exported",
            ).format(fingerprint=info.fingerprint, publisher=info.publisher)
        )
    row = session.get(PublisherKey, info.fingerprint)
    if row is not None:
        return PublicKey(row.publisher, base64.b64decode(row.public_key))
    return next(k for k in shipped if k.fingerprint == info.fingerprint)


def _refuse_revoked(row: PublisherKey) -> None:
    if row.revoked_at is not None:
        raise StoryDeskError(
            translatable(
                "Keys",
                "{fingerprint}: the key of {publisher} was revoked here on {date}; "
                "a revoked key is not trusted again",
            ).format(
                fingerprint=row.fingerprint,
                publisher=row.publisher,
                date=f"{row.revoked_at:%Y-%m-%d}",
            )
        )


def trust_public_key(
    session: Session,
    shipped: Sequence[PublicKey],
    key: PublicKey,
    now: dt.datetime | None = None,
) -> KeyInfo:
    """Trust ``key`` (read from a key file): its bundles' stories may update and withdraw.

    Trusting a key already trusted (or shipped, or this catalogue's own) changes nothing. A
    key met in a bundle becomes trusted under the name its key file gives.

    Raises:
        StoryDeskError: The key was revoked here.
    """
    moment = now or utcnow()
    shipped_fps = {k.fingerprint for k in shipped}
    row = session.get(PublisherKey, key.fingerprint)
    if row is None:
        if key.fingerprint in shipped_fps:
            return next(_shipped_info(k) for k in shipped if k.fingerprint == key.fingerprint)
        row = PublisherKey(
            fingerprint=key.fingerprint,
            publisher=key.publisher,
            public_key=key.encoded,
            own=False,
            source="file",
            added_at=moment,
            trusted_at=moment,
            revoked_at=None,
        )
        session.add(row)
    else:
        _refuse_revoked(row)
        if not row.own and row.trusted_at is None:
            row.publisher = key.publisher
            row.source = "file"
            row.trusted_at = moment
    session.flush()
    return _info(row, shipped_fps)


def trust_seen_key(
    session: Session, shipped: Sequence[PublicKey], typed: str, now: dt.datetime | None = None
) -> KeyInfo:
    """Trust a key met in a bundle, by its fingerprint (or a prefix of 8 hex digits or more).

    Trusting a key already trusted changes nothing.

    Raises:
        StoryDeskError: No such key, an ambiguous prefix, or the key was revoked here.
    """
    info = find_key(session, shipped, typed)
    row = session.get(PublisherKey, info.fingerprint)
    if row is None:  # a shipped key: trusted already
        return info
    _refuse_revoked(row)
    if not row.own and row.trusted_at is None:
        row.trusted_at = now or utcnow()
        session.flush()
    return _info(row, {k.fingerprint for k in shipped})


def revoke(
    session: Session, shipped: Sequence[PublicKey], typed: str, now: dt.datetime | None = None
) -> KeyInfo:
    """Revoke a key by fingerprint (or a unique prefix): bundles it signs are refused here.

    A shipped key is revoked by recording it with ``revoked_at``. Revoking a key already
    revoked changes nothing. The caller removes an own key's private file after the commit
    (:func:`discard_private_key`).

    Raises:
        StoryDeskError: ``typed`` is not a fingerprint, names no key, or more than one.
    """
    info = find_key(session, shipped, typed)
    moment = now or utcnow()
    row = session.get(PublisherKey, info.fingerprint)
    if row is None:
        key = next(k for k in shipped if k.fingerprint == info.fingerprint)
        row = PublisherKey(
            fingerprint=key.fingerprint,
            publisher=key.publisher,
            public_key=key.encoded,
            own=False,
            source="shipped",
            added_at=moment,
            trusted_at=None,
            revoked_at=moment,
        )
        session.add(row)
    elif row.revoked_at is None:
        row.revoked_at = moment
    session.flush()
    return _info(row, {k.fingerprint for k in shipped})


def discard_private_key(keys_folder: Path, fingerprint: str) -> bool:
    """Delete the private key of ``fingerprint`` (a revoked own key); whether there was one."""
    path = private_key_path(keys_folder, fingerprint)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_folder(keys_folder)
    return True


def remember_seen_key(
    session: Session, key: PublicKey, now: dt.datetime | None = None
) -> PublisherKey:
    """Record a key met in a validly signed bundle (``source="bundle"``, not trusted).

    A key already known (own, trusted, revoked or met before) is left as it is, so that
    Settings › Publishers can trust it later under the name the bundle claimed.
    """
    row = session.get(PublisherKey, key.fingerprint)
    if row is None:
        row = PublisherKey(
            fingerprint=key.fingerprint,
            publisher=key.publisher[:PUBLISHER_LIMIT],
            public_key=key.encoded,
            own=False,
            source="bundle",
            added_at=now or utcnow(),
            trusted_at=None,
            revoked_at=None,
        )
        session.add(row)
        session.flush()
    return row
