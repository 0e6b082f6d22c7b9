"""Reads story bundles: a ``*.storybundle`` ZIP (or a folder) with a ``bundle.json`` manifest.

:func:`read_manifest`, :func:`check_signature`, :func:`read_partner_records` and
:func:`read_place_records` read a bundle's own files; :mod:`storydesk.ingest.sources` uses
them to plan the import of its stories and images. The manifest (format version 1 or 2)
lists every file with its SHA-256 and size.

- An *unsigned* bundle: a file whose checksum differs, a listed file that is missing, or a
  file not listed is rejected by name while the rest of the bundle imports.
- A *signed* bundle (``bundle.sig`` beside ``bundle.json``): the signature must match the
  manifest's exact bytes, the manifest's ``signed_by`` must be the signing key, the key must
  not be revoked here, and every member must be listed, present and match its checksum and
  size. Any failure refuses the whole bundle, naming the bundle and the member or reason.
- A manifest that names ``signed_by`` without a ``bundle.sig`` is refused whole.
- A bundle without a manifest, or whose manifest lists no files, is *unchecked*: it imports
  as an unsigned bundle, and ``bundle verify`` reports it as a problem.

An unsafe entry (``..``, absolute path, link) refuses the whole bundle. A ZIP without a
manifest imports like a folder: anything a person can zip must import. The full format is
in docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from storydesk.bundle import signing
from storydesk.bundle.format import (
    FORMAT,
    MANIFEST,
    MANIFEST_LIMIT,
    PARTNERS_FILE,
    PARTNERS_LIMIT,
    PARTNERS_YAML_NODES,
    PLACES_FILE,
    SIGNATURE,
    SIGNED_BY,
    VERSION,
    WITHDRAWN,
)
from storydesk.bundle.signing import PublicKey, Signer, TrustSnapshot
from storydesk.errors import BundleRejected, RejectedInput
from storydesk.ingest.containers import Container, unsafe_reason
from storydesk.ingest.markdown import load_yaml
from storydesk.messages import translatable

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{40}$")
MAX_WITHDRAWN = 100_000
"""Withdrawal entries a manifest may list."""
KINDS = ("full", "update")
"""The ``kind`` values of a version-2 manifest."""


@dataclass(frozen=True)
class Withdrawal:
    """A story an update bundle withdraws: its id, title and when it was withdrawn."""

    id: str
    title: str = ""
    withdrawn: str | None = None


@dataclass
class BundleManifest:
    """What ``bundle.json`` says about a bundle."""

    id: str | None = None
    title: str | None = None
    created: str | None = None
    publisher: str | None = None
    files: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    version: int = 1
    kind: str | None = None
    since: str | None = None
    signed_by: str | None = None
    """The fingerprint of the key the manifest says signs it (version 2)."""
    withdrawn: list[Withdrawal] = field(default_factory=list)
    raw: bytes = field(default=b"", repr=False)
    """The manifest's exact bytes, which ``bundle.sig`` signs."""


@dataclass
class PlaceRecord:
    """A place or country named by a bundle's ``places.yaml``."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "place"
    country: str | None = None


@dataclass
class BundleCheck:
    """What checking a bundle found: the ``bundle verify --json`` object.

    Attributes:
        problems: One line per problem, naming the bundle or member and the reason.
        signed: The bundle carries a signature that checked out.
        publisher: The name this catalogue trusts the key under; for an unknown key or an
            unsigned bundle, the name the manifest claims (nothing vouches for it).
        fingerprint: The signing key's fingerprint (signed bundles).
        trusted: The signing key is trusted here.
        version: The manifest's format version (None without a manifest).
        kind: ``full`` or ``update`` (version 2), else None.
        stories: Stories read from the bundle.
        withdrawn: Withdrawal entries the manifest lists.
    """

    problems: list[str] = field(default_factory=list)
    signed: bool = False
    publisher: str | None = None
    fingerprint: str | None = None
    trusted: bool = False
    version: int | None = None
    kind: str | None = None
    stories: int = 0
    withdrawn: int = 0
    refused: bool = False
    """The whole bundle was refused (a bad signature...): nothing of it would import."""

    @property
    def ok(self) -> bool:
        """Whether the bundle was checked and would import whole."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The result as ``bundle verify --json`` (and each ``import --json`` bundle) gives it."""
        return {
            "ok": self.ok,
            "signed": self.signed,
            "publisher": self.publisher,
            "fingerprint": self.fingerprint,
            "trusted": self.trusted,
            "problems": list(self.problems),
            "version": self.version,
            "kind": self.kind,
            "stories": self.stories,
            "withdrawn": self.withdrawn,
        }


def describe_check(
    manifest: BundleManifest | None, signer: Signer | None, problems: list[str], stories: int
) -> BundleCheck:
    """The verify object for a bundle read with ``manifest`` and (if signed) ``signer``."""
    return BundleCheck(
        problems=list(problems),
        signed=signer is not None,
        publisher=(
            signer.publisher
            if signer is not None
            else manifest.publisher
            if manifest is not None
            else None
        ),
        fingerprint=signer.fingerprint if signer is not None else None,
        trusted=signer is not None and signer.trusted,
        version=manifest.version if manifest is not None else None,
        kind=manifest.kind if manifest is not None else None,
        stories=stories,
        withdrawn=len(manifest.withdrawn) if manifest is not None else 0,
    )


def unchecked_reason(manifest: BundleManifest | None, signed: bool = False) -> str | None:
    """Why nothing checks the files of a bundle (no manifest, or no files listed), if so.

    A signed bundle is always checked: every member must be listed, so a signed manifest
    that lists no files vouches for a bundle that holds none.
    """
    if signed:
        return None
    if manifest is None:
        return translatable(
            "Bundles", "has no bundle.json: nothing checks its files (read as unsigned)"
        )
    if not manifest.files:
        return translatable(
            "Bundles", "bundle.json lists no files: nothing checks them (read as unsigned)"
        )
    return None


@dataclass
class PartnerRecord:
    """A partner named by a bundle's ``partners.yaml``."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    website: str | None = None


def read_manifest(container: Container) -> BundleManifest | None:
    """Read and check ``bundle.json``; None when the container has none.

    Raises:
        BundleRejected: The manifest is not valid JSON, names another format or a newer
            version, or lists an unsafe path.
    """
    if not container.exists(MANIFEST):
        return None
    raw = container.read(MANIFEST, limit=MANIFEST_LIMIT)
    try:
        data: Any = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRejected(
            container.label,
            translatable("Bundles", "bundle.json is not valid JSON ({error})").format(error=exc),
        ) from exc
    except RecursionError as exc:
        raise BundleRejected(
            container.label,
            translatable("Bundles", "bundle.json is nested too deeply to be a manifest"),
        ) from exc
    if not isinstance(data, dict):
        raise BundleRejected(
            container.label, translatable("Bundles", "bundle.json is not an object")
        )
    if data.get("format", FORMAT) != FORMAT:
        raise BundleRejected(
            container.label,
            translatable("Bundles", "bundle.json names format {format}").format(
                format=repr(data.get("format"))
            ),
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise BundleRejected(
            container.label,
            translatable(
                "Bundles",
                "bundle format version {version} is newer than this StoryDesk reads ({known})",
            ).format(version=repr(version), known=VERSION),
        )
    manifest = BundleManifest(
        id=_text(data.get("id")),
        title=_text(data.get("title")),
        created=_text(data.get("created")),
        publisher=_text(data.get("publisher")),
        version=version,
        since=_text(data.get("since")),
        raw=raw,
    )
    kind = data.get("kind")
    manifest.kind = kind if kind in KINDS else ("full" if version >= 2 else None)
    signed_by = data.get(SIGNED_BY)
    if signed_by is not None:
        if not isinstance(signed_by, str) or not _FINGERPRINT.match(signed_by):
            raise BundleRejected(
                container.label,
                translatable("Bundles", "bundle.json gives a malformed {key}").format(
                    key=SIGNED_BY
                ),
            )
        manifest.signed_by = signed_by
    manifest.withdrawn = _withdrawals(container, data.get(WITHDRAWN))
    files = data.get("files") or []
    if not isinstance(files, list):
        raise BundleRejected(
            container.label, translatable("Bundles", "bundle.json 'files' is not a list")
        )
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise BundleRejected(
                container.label, translatable("Bundles", "bundle.json lists a file without a path")
            )
        path = entry["path"]
        if reason := unsafe_reason(path):
            raise BundleRejected(
                container.label,
                translatable("Bundles", "bundle.json lists '{path}', which {reason}").format(
                    path=path, reason=reason
                ),
            )
        sha = entry.get("sha256")
        sha = sha.lower() if isinstance(sha, str) else None
        if sha is not None and not _SHA256.match(sha):
            raise BundleRejected(
                container.label,
                translatable(
                    "Bundles", "bundle.json gives a malformed checksum for '{path}'"
                ).format(path=path),
            )
        size = entry.get("size")
        size = size if isinstance(size, int) and not isinstance(size, bool) else None
        # Member names are compared in NFC: a folder zipped on macOS holds NFD names.
        manifest.files[unicodedata.normalize("NFC", path.replace("\\", "/"))] = (sha, size)
    return manifest


def _withdrawals(container: Container, value: Any) -> list[Withdrawal]:
    """The manifest's withdrawal entries: strings only, bounded; entries without an id pass."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise BundleRejected(
            container.label,
            translatable("Bundles", "bundle.json '{key}' is not a list").format(key=WITHDRAWN),
        )
    if len(value) > MAX_WITHDRAWN:
        raise BundleRejected(
            container.label,
            translatable(
                "Bundles", "bundle.json withdraws {count:,} stories, over the {limit:,} limit"
            ).format(count=len(value), limit=MAX_WITHDRAWN),
        )
    found: dict[str, Withdrawal] = {}
    for entry in value:
        if not isinstance(entry, dict):
            continue
        story_id = entry.get("id")
        if not isinstance(story_id, str) or not story_id.strip() or len(story_id) > 200:
            continue
        title, when = entry.get("title"), entry.get("withdrawn")
        found.setdefault(
            story_id.strip(),
            Withdrawal(
                id=story_id.strip(),
                title=title.strip()[:300] if isinstance(title, str) else "",
                withdrawn=when[:40] if isinstance(when, str) else None,
            ),
        )
    return list(found.values())


def check_signature(
    container: Container, manifest: BundleManifest | None, trust: TrustSnapshot | None
) -> Signer | None:
    """Who signed the bundle, after checking its signature and every member; None if unsigned.

    In a signed bundle every member must be listed in the manifest, present, and match its
    SHA-256 and size: the whole bundle is refused otherwise, so a change to any byte of any
    file, of ``bundle.json`` or of ``bundle.sig`` is detected.

    Args:
        container: The bundle.
        manifest: Its manifest (None when it has no ``bundle.json``).
        trust: The keys this catalogue trusts and has revoked (None: trusts none).

    Raises:
        BundleRejected: The signature does not check out, the manifest says it is signed but
            carries no signature, the key is revoked here, or a member does not match.
    """
    label = container.label
    if not container.exists(SIGNATURE):
        if manifest is not None and manifest.signed_by is not None:
            raise BundleRejected(
                label,
                translatable("Bundles", "bundle.json says it is signed, but bundle.sig is missing"),
            )
        return None
    if manifest is None:
        raise BundleRejected(
            label, translatable("Bundles", "bundle.sig is there, but bundle.json is missing")
        )
    try:
        signature = container.read(SIGNATURE, limit=signing.KEY_FILE_LIMIT)
    except RejectedInput as exc:
        raise BundleRejected(
            label, translatable("Bundles", "bundle.sig: {reason}").format(reason=exc.reason)
        ) from exc
    key = signing.check_signature(signature, manifest.raw, label, manifest.publisher or "")
    if manifest.signed_by != key.fingerprint:
        raise BundleRejected(
            label,
            translatable(
                "Bundles", "bundle.json's {key} is not the key that signed it ({fingerprint})"
            ).format(key=SIGNED_BY, fingerprint=signing.spaced(key.fingerprint)),
        )
    snapshot = trust or TrustSnapshot()
    state = snapshot.trust_of(key.fingerprint)
    if state == "revoked":
        raise BundleRejected(
            label,
            translatable(
                "Bundles", "signed with a publisher key revoked here (fingerprint {fingerprint})"
            ).format(fingerprint=signing.spaced(key.fingerprint)),
        )
    if state == "trusted":
        key = PublicKey(snapshot.trusted[key.fingerprint], key.raw)
    _check_members(container, manifest)
    return Signer(key, state)


def _check_members(container: Container, manifest: BundleManifest) -> None:
    """Every member of a signed bundle listed, present and matching (else refuse it whole)."""
    label = container.label

    def refused(member: str, reason: str) -> BundleRejected:
        return BundleRejected(
            label,
            translatable(
                "Bundles", "{member}: {reason}; a signed bundle is taken whole or not at all"
            ).format(member=member, reason=reason),
        )

    # A signed manifest that lists no files (an update bundle that only withdraws) is still
    # checked whole: any member beside bundle.json and bundle.sig refuses it.
    names = set(container.names()) - {MANIFEST, SIGNATURE}
    for name in sorted(names - set(manifest.files)):
        raise refused(name, translatable("Bundles", "not listed in bundle.json"))
    for name, (sha, size) in manifest.files.items():
        if name in (MANIFEST, SIGNATURE):
            raise refused(name, translatable("Bundles", "bundle.json lists itself or bundle.sig"))
        if name not in names:
            raise refused(name, translatable("Bundles", "listed in bundle.json but missing"))
        if sha is None or size is None:
            raise refused(
                name, translatable("Bundles", "bundle.json gives no checksum or size for it")
            )
        try:
            data = container.read(name)
        except RejectedInput as exc:
            raise refused(name, exc.reason) from exc
        if reason := mismatch_reason(data, sha, size):
            raise refused(name, reason)


def mismatch_reason(data: bytes, sha256: str | None, size: int | None) -> str | None:
    """Why a member's bytes are not what the manifest lists (size, then checksum), or None."""
    if size is not None and size != len(data):
        return translatable(
            "Bundles", "is {size:,} bytes but bundle.json says {declared:,}"
        ).format(size=len(data), declared=size)
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        return translatable("Bundles", "checksum does not match bundle.json")
    return None


def _text(value: Any) -> str | None:
    # Only scalars: str() of a deeply nested value could be huge or recurse.
    if isinstance(value, str):
        return value[:1000] or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _load_records(container: Container, name: str, key: str) -> list[Any]:
    """The list a bundle's ``partners.yaml`` or ``places.yaml`` holds (empty when absent).

    Dates stay text and aliases are budgeted, as in front matter: an impossible date
    (2024-02-30) or an alias bomb cannot stop the bundle's stories.

    Raises:
        RejectedInput: The file is not valid YAML or not a list of records.
    """
    if not container.exists(name):
        return []
    display = container.display(name)
    try:
        data = load_yaml(
            container.read(name, limit=PARTNERS_LIMIT).decode("utf-8-sig"),
            display,
            max_nodes=PARTNERS_YAML_NODES,
        )
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError, ValueError) as exc:
        raise RejectedInput(
            display, translatable("Bundles", "{file} is not valid YAML").format(file=name)
        ) from exc
    if isinstance(data, dict):
        data = data.get(key, [])
    if not isinstance(data, list):
        raise RejectedInput(
            display,
            translatable("Bundles", "{file} is not a list of {what}").format(file=name, what=key),
        )
    return data


def _strings(value: Any, limit: int) -> list[str]:
    """The non-empty strings of a YAML list, cut to ``limit``; anything else gives nothing."""
    if not isinstance(value, list):
        return []
    return [a.strip()[:limit] for a in value if isinstance(a, str) and a.strip()]


def _one_string(value: Any, limit: int) -> str | None:
    return value.strip()[:limit] if isinstance(value, str) and value.strip() else None


def read_partner_records(container: Container) -> list[PartnerRecord]:
    """Partner records from ``partners.yaml``, if the bundle has one.

    Only string values are taken (a name, its aliases, kind and website): a YAML alias
    bomb (a small file whose aliases nest a billion times) is loaded as shared references,
    which this function never expands.

    Raises:
        RejectedInput: The file is not valid YAML or not a list of records.
    """
    records = []
    for item in _load_records(container, PARTNERS_FILE, "partners"):
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            records.append(
                PartnerRecord(
                    name=item["name"].strip()[:300],
                    aliases=_strings(item.get("aliases"), 300),
                    kind=_one_string(item.get("kind"), 40),
                    website=_one_string(item.get("website"), 2000),
                )
            )
    return records


def read_place_records(container: Container) -> list[PlaceRecord]:
    """Place and country records from ``places.yaml`` (version 2), if the bundle has one.

    As with ``partners.yaml``, only strings are taken and aliases are never expanded: each
    record is a name, its aliases, ``kind`` (``country`` or ``place``) and the country a
    place is in.

    Raises:
        RejectedInput: The file is not valid YAML or not a list of records.
    """
    records = []
    for item in _load_records(container, PLACES_FILE, "places"):
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            kind = item.get("kind")
            records.append(
                PlaceRecord(
                    name=item["name"].strip()[:300],
                    aliases=_strings(item.get("aliases"), 300),
                    kind="country" if kind == "country" else "place",
                    country=_one_string(item.get("country"), 100),
                )
            )
    return records
