"""Reads story bundles: a ``*.storybundle`` ZIP (or a folder) with a ``bundle.json`` manifest.

:func:`read_manifest` and :func:`read_partner_records` read a bundle's own files;
:mod:`storydesk.ingest.sources` uses them to plan the import of its stories and images. The
manifest lists every file with its SHA-256 and size; a file whose checksum differs, a
listed file that is missing, or a file not listed is rejected by name while the rest of
the bundle imports. An unsafe entry (``..``, absolute path, link) refuses the whole bundle.
A ZIP without a manifest imports like a folder: anything a person can zip must import.
The full format is in docs/bundle-format.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from storydesk.bundle.format import (
    FORMAT,
    MANIFEST,
    MANIFEST_LIMIT,
    PARTNERS_FILE,
    PARTNERS_LIMIT,
    PARTNERS_YAML_NODES,
    VERSION,
)
from storydesk.errors import BundleRejected, RejectedInput
from storydesk.ingest.containers import Container, unsafe_reason
from storydesk.ingest.markdown import load_yaml
from storydesk.messages import translatable

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class BundleManifest:
    """What ``bundle.json`` says about a bundle."""

    id: str | None = None
    title: str | None = None
    created: str | None = None
    publisher: str | None = None
    files: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)


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
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
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
    )
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


def _text(value: Any) -> str | None:
    # Only scalars: str() of a deeply nested value could be huge or recurse.
    if isinstance(value, str):
        return value[:1000] or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def read_partner_records(container: Container) -> list[PartnerRecord]:
    """Partner records from ``partners.yaml``, if the bundle has one.

    Only string values are taken (a name, its aliases, kind and website): a YAML alias
    bomb (a small file whose aliases nest a billion times) is loaded as shared references,
    which this function never expands.

    Raises:
        RejectedInput: The file is not valid YAML or not a list of records.
    """
    if not container.exists(PARTNERS_FILE):
        return []
    display = container.display(PARTNERS_FILE)
    try:
        # Dates stay text and aliases are budgeted, as in front matter: an impossible date
        # (2024-02-30) or an alias bomb cannot stop the bundle's stories.
        data = load_yaml(
            container.read(PARTNERS_FILE, limit=PARTNERS_LIMIT).decode("utf-8-sig"),
            display,
            max_nodes=PARTNERS_YAML_NODES,
        )
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError, ValueError) as exc:
        raise RejectedInput(
            display, translatable("Bundles", "partners.yaml is not valid YAML")
        ) from exc
    if isinstance(data, dict):
        data = data.get("partners", [])
    if not isinstance(data, list):
        raise RejectedInput(
            display, translatable("Bundles", "partners.yaml is not a list of partners")
        )
    records = []
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            aliases = item.get("aliases") or []
            kind, website = item.get("kind"), item.get("website")
            records.append(
                PartnerRecord(
                    name=item["name"].strip()[:300],
                    aliases=[a.strip()[:300] for a in aliases if isinstance(a, str) and a.strip()]
                    if isinstance(aliases, list)
                    else [],
                    kind=kind.strip()[:40] if isinstance(kind, str) and kind.strip() else None,
                    website=website.strip()[:2000]
                    if isinstance(website, str) and website.strip()
                    else None,
                )
            )
    return records
