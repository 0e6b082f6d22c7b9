"""Publisher signatures on story bundles: Ed25519 keys, fingerprints and ``bundle.sig``.

A publisher (a headquarters team, a country office) holds an Ed25519 key pair. The private
half stays in its data folder; the public half travels as a key file (``*.storykey``) that
field offices trust once. A signed bundle carries ``bundle.sig`` beside ``bundle.json``: the
signature of the manifest's exact bytes, which list every other file's SHA-256 and size, so
a change to any byte of any file, of the manifest or of the signature is detected.

Everything here is pure: no catalogue, no data folder. :mod:`storydesk.bundle.keys` keeps
the keys of one data folder; the writer signs and the reader checks with what is here. The
cryptography is the ``cryptography`` package's (docs/dependencies.md). Formats: see
docs/bundle-format.md ("Signatures").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from storydesk.errors import BundleRejected, StoryDeskError
from storydesk.messages import translatable
from storydesk.text import spaced_fingerprint

ALGORITHM = "ed25519"
KEY_FORMAT = "storydesk.publisher-key"
"""The ``format`` of an exported public key file (``*.storykey``)."""
SIGNATURE_FORMAT = "storydesk.signature"
"""The ``format`` of ``bundle.sig``."""
KEY_EXTENSION = ".storykey"
FINGERPRINT_LENGTH = 40
"""Hex digits of a fingerprint (160 bits of the key's SHA-256)."""
SIGNED_CONTEXT = b"storydesk.bundle.v2\n"
"""Signed before the manifest's bytes, so a bundle signature can sign nothing else."""
KEY_FILE_LIMIT = 64 * 1024
"""Bytes a key file or ``bundle.sig`` may have."""

Trust = Literal["trusted", "unknown", "revoked"]


def fingerprint(raw: bytes) -> str:
    """A public key's fingerprint: the first 40 hex digits of the SHA-256 of its 32 bytes."""
    return hashlib.sha256(raw).hexdigest()[:FINGERPRINT_LENGTH]


def spaced(fingerprint_hex: str) -> str:
    """A fingerprint in groups of four, to read aloud over a phone ("3f2a 91c0 …")."""
    return spaced_fingerprint(fingerprint_hex)


def canonical_json(value: Mapping[str, Any]) -> bytes:
    """The one byte form of a key file or signature: sorted keys, no spaces, ASCII, a newline.

    A file that parses to the same value in other bytes (a space added, a key moved) is not
    canonical and is refused: every byte of a signature file counts.
    """
    return (
        json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n"
    ).encode("ascii")


@dataclass(frozen=True)
class PublicKey:
    """A publisher's public key and the name it goes by."""

    publisher: str
    raw: bytes = field(repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    @property
    def encoded(self) -> str:
        """The 32 key bytes in base64, as key files, signatures and the catalogue hold them."""
        return base64.b64encode(self.raw).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "version": 1,
            "algorithm": ALGORITHM,
            "publisher": self.publisher,
            "public_key": self.encoded,
            "fingerprint": self.fingerprint,
        }

    def file_bytes(self) -> bytes:
        """The key file (``*.storykey``) to give to the offices that should trust it."""
        return canonical_json(self.to_json())

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Whether ``signature`` is this key's signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    """A publisher's private key, with the public key and name it signs as."""

    private: Ed25519PrivateKey = field(repr=False)
    publisher: str

    @property
    def public(self) -> PublicKey:
        raw = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(self.publisher, raw)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def private_bytes(self) -> bytes:
        """The private key as PKCS#8 PEM, for a file only its owner may read (mode 0600)."""
        return self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def generate_key(publisher: str) -> SigningKey:
    """A new Ed25519 key pair for ``publisher``."""
    return SigningKey(Ed25519PrivateKey.generate(), publisher)


def load_signing_key(data: bytes, publisher: str, label: str) -> SigningKey:
    """A private key from its PEM file.

    Raises:
        StoryDeskError: The file is not an Ed25519 private key (names ``label``).
    """
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise StoryDeskError(
            translatable("Keys", "{path}: not a publisher's private key ({error})").format(
                path=label, error=exc
            )
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise StoryDeskError(
            translatable("Keys", "{path}: not an Ed25519 private key").format(path=label)
        )
    return SigningKey(key, publisher)


def _decode_key(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def read_key_file(data: bytes, label: str) -> PublicKey:
    """A public key from a ``*.storykey`` file (as :meth:`PublicKey.file_bytes` writes it).

    Raises:
        StoryDeskError: Not a key file, another algorithm, a malformed key, or a fingerprint
            that is not the key's (one sentence naming ``label``).
    """

    def bad(reason: str) -> StoryDeskError:
        return StoryDeskError(
            translatable("Keys", "{path}: {reason}").format(path=label, reason=reason)
        )

    if len(data) > KEY_FILE_LIMIT:
        raise bad(translatable("Keys", "too large to be a publisher key file"))
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise bad(translatable("Keys", "not a publisher key file (not JSON)")) from None
    if not isinstance(value, dict) or value.get("format") != KEY_FORMAT:
        raise bad(translatable("Keys", "not a publisher key file"))
    if value.get("algorithm") != ALGORITHM:
        raise bad(translatable("Keys", "the key is not an Ed25519 key"))
    raw = _decode_key(value.get("public_key"))
    if raw is None:
        raise bad(translatable("Keys", "the public key is malformed"))
    publisher = value.get("publisher")
    if not isinstance(publisher, str) or not publisher.strip():
        raise bad(translatable("Keys", "the key file names no publisher"))
    key = PublicKey(publisher.strip()[:300], raw)
    if value.get("fingerprint") != key.fingerprint:
        raise bad(translatable("Keys", "the fingerprint written in the file is not its key's"))
    return key


def signed_message(manifest: bytes) -> bytes:
    """What a bundle signature signs: a fixed context line, then the manifest's bytes."""
    return SIGNED_CONTEXT + manifest


def signature_file(manifest: bytes, key: SigningKey) -> bytes:
    """``bundle.sig`` for a manifest's exact bytes."""
    public = key.public
    return canonical_json(
        {
            "format": SIGNATURE_FORMAT,
            "version": 1,
            "algorithm": ALGORITHM,
            "public_key": public.encoded,
            "fingerprint": public.fingerprint,
            "signature": base64.b64encode(key.sign(signed_message(manifest))).decode("ascii"),
        }
    )


def check_signature(signature: bytes, manifest: bytes, bundle: str, publisher: str) -> PublicKey:
    """The key that signed ``manifest``, after checking ``bundle.sig`` byte for byte.

    Args:
        signature: The bytes of ``bundle.sig``.
        manifest: The bytes of ``bundle.json``.
        bundle: The bundle's name, for the refusal.
        publisher: The publisher the manifest names (the key's name until it is trusted).

    Raises:
        BundleRejected: The signature file is malformed or not canonical, its fingerprint is
            not its key's, or the signature does not match the manifest.
    """

    def refused(reason: str) -> BundleRejected:
        return BundleRejected(bundle, reason)

    if len(signature) > KEY_FILE_LIMIT:
        raise refused(translatable("Bundles", "bundle.sig is too large to be a signature"))
    try:
        value = json.loads(signature.decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise refused(translatable("Bundles", "bundle.sig is not a signature (not JSON)")) from None
    if not isinstance(value, dict) or value.get("format") != SIGNATURE_FORMAT:
        raise refused(translatable("Bundles", "bundle.sig is not a StoryDesk signature"))
    if value.get("version") != 1 or value.get("algorithm") != ALGORITHM:
        raise refused(
            translatable("Bundles", "bundle.sig uses a signature this StoryDesk does not know")
        )
    if canonical_json(value) != signature:
        raise refused(translatable("Bundles", "bundle.sig was changed after signing"))
    raw = _decode_key(value.get("public_key"))
    sig = value.get("signature")
    try:
        sig_bytes = base64.b64decode(sig, validate=True) if isinstance(sig, str) else b""
    except (binascii.Error, ValueError):
        sig_bytes = b""
    if raw is None or len(sig_bytes) != 64:
        raise refused(translatable("Bundles", "bundle.sig is malformed"))
    key = PublicKey(publisher, raw)
    if value.get("fingerprint") != key.fingerprint:
        raise refused(
            translatable("Bundles", "bundle.sig names a fingerprint that is not its key's")
        )
    if not key.verify(sig_bytes, signed_message(manifest)):
        raise refused(
            translatable(
                "Bundles", "the signature does not match bundle.json (the bundle was changed)"
            )
        )
    return key


@dataclass(frozen=True)
class TrustSnapshot:
    """Which publisher keys one catalogue trusts, at one moment (given to readers).

    Attributes:
        trusted: Fingerprint → the publisher's name as trusted here.
        revoked: Fingerprints revoked here: their bundles are refused.
    """

    trusted: Mapping[str, str] = field(default_factory=dict)
    revoked: frozenset[str] = frozenset()

    def trust_of(self, fingerprint_hex: str) -> Trust:
        if fingerprint_hex in self.revoked:
            return "revoked"
        return "trusted" if fingerprint_hex in self.trusted else "unknown"


@dataclass(frozen=True)
class Signer:
    """Who signed a bundle whose signature checked out, and whether this catalogue trusts them.

    ``publisher`` is the name this catalogue trusts the key under, or (for a key it does not
    know) the name the bundle claims, which nothing vouches for.
    """

    key: PublicKey
    trust: Trust

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint

    @property
    def trusted(self) -> bool:
        return self.trust == "trusted"

    @property
    def publisher(self) -> str:
        return self.key.publisher
