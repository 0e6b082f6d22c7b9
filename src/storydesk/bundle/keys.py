"""The publisher keys of one data folder: its own signing key, the keys it trusts or revoked.

The private key lives in the data folder's ``keys/`` folder (mode 0600), never in the
catalogue, a backup or a bundle; its public half, and every key trusted, revoked or met in a
bundle, is a :class:`~storydesk.catalogue.models.PublisherKey` row. Keys shipped in
``resources/publishers/*.storykey`` are trusted by every catalogue of that build unless
revoked there. :class:`~storydesk.bundle.signing.TrustSnapshot` is what readers are given.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.bundle.signing import (
    KEY_EXTENSION,
    PublicKey,
    SigningKey,
    TrustSnapshot,
    load_signing_key,
    read_key_file,
)
from storydesk.catalogue.models import PublisherKey
from storydesk.errors import StoryDeskError
from storydesk.messages import translatable

log = logging.getLogger(__name__)

PRIVATE_KEY_SUFFIX = ".key"
"""A private key's file in ``keys/``: ``<fingerprint>.key``."""


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
