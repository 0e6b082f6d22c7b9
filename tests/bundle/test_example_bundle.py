"""The hand-made version-2 example bundle of docs/bundle-format.md checks out and imports.

``tests/fixtures/bundles/example-v2/`` is a folder bundle written by hand (two stories that
are translations of each other, a photo, partner and place records, a withdrawal), signed
with a test-only key by ``make_example.py``. Its checksums and its signature are checked
with :mod:`storydesk.bundle.signing`, and it is imported by the real importer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from storydesk.bundle import signing
from storydesk.errors import BundleRejected
from storydesk.library import Library, bundle_created

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bundles"
EXAMPLE = FIXTURES / "example-v2"


def _members(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name not in ("bundle.json", "bundle.sig")
    }


def test_every_file_is_listed_with_its_checksum_and_size() -> None:
    manifest = json.loads((EXAMPLE / "bundle.json").read_bytes())
    assert (manifest["format"], manifest["version"], manifest["kind"]) == (
        "storydesk.bundle",
        2,
        "update",
    )
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == _members(EXAMPLE)
    for name, entry in listed.items():
        data = (EXAMPLE / name).read_bytes()
        assert (entry["sha256"], entry["size"]) == (hashlib.sha256(data).hexdigest(), len(data))
    assert [w["id"] for w in manifest["withdrawn"]] == ["kg-ferry-2024"]
    places = yaml.safe_load((EXAMPLE / "places.yaml").read_text(encoding="utf-8"))
    assert {p["kind"] for p in places} == {"country", "place"}


def test_the_signature_is_the_example_keys_over_the_exact_manifest() -> None:
    raw = (EXAMPLE / "bundle.json").read_bytes()
    sig = (EXAMPLE / "bundle.sig").read_bytes()
    public = signing.read_key_file((FIXTURES / "example.storykey").read_bytes(), "example")
    private = signing.load_signing_key(
        (FIXTURES / "example-key.pem").read_bytes(), public.publisher, "example-key.pem"
    )
    assert private.public == public
    manifest = json.loads(raw)
    signer = signing.check_signature(sig, raw, str(EXAMPLE), manifest["publisher"])
    assert signer.fingerprint == public.fingerprint == manifest["signed_by"]
    with pytest.raises(BundleRejected, match="does not match"):
        signing.check_signature(
            sig, raw.replace(b"ferry (example", b"ferry (Example"), str(EXAMPLE), "x"
        )
    tampered = (EXAMPLE / "stories" / "0001-kg-ferry-2026.md").read_bytes() + b" "
    listed = {e["path"]: e["sha256"] for e in manifest["files"]}
    assert hashlib.sha256(tampered).hexdigest() != listed["stories/0001-kg-ferry-2026.md"]


def test_make_example_re_signs_a_hand_edit(tmp_path: Path) -> None:
    copy = tmp_path / "example-v2"
    shutil.copytree(EXAMPLE, copy)
    script = FIXTURES / "make_example.py"
    subprocess.run([sys.executable, str(script), str(copy)], check=True, timeout=120)
    for name in ("bundle.json", "bundle.sig"):  # unchanged content: the same bytes
        assert (copy / name).read_bytes() == (EXAMPLE / name).read_bytes()
    story = copy / "stories" / "0002-kg-ferry-2026-en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("1,200", "1,300"), "utf-8")
    subprocess.run([sys.executable, str(script), str(copy)], check=True, timeout=120)
    raw, sig = (copy / "bundle.json").read_bytes(), (copy / "bundle.sig").read_bytes()
    assert raw != (EXAMPLE / "bundle.json").read_bytes()
    signing.check_signature(sig, raw, str(copy), "x")
    entry = next(
        e for e in json.loads(raw)["files"] if e["path"] == "stories/0002-kg-ferry-2026-en.md"
    )
    assert entry["sha256"] == hashlib.sha256(story.read_bytes()).hexdigest()


def test_the_example_imports_through_the_reader(tmp_path: Path) -> None:
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([EXAMPLE])
        # A reader that predates signatures names bundle.sig as not listed; nothing else.
        assert [r for r in report.rejected if not r["path"].endswith("bundle.sig")] == []
        assert report.imported == 2
        russian = library.get_story("kg-ferry-2026")
        english = library.get_story("kg-ferry-2026-en")
    assert russian.translations == ("kg-ferry-2026-en",)
    assert english.translations == ("kg-ferry-2026",)
    assert russian.places == ("Balykchy",) and "UNDP" in russian.partners
    photo = (EXAMPLE / "images" / "ferry.jpg").read_bytes()
    assert [i.sha256 for i in russian.images] == [hashlib.sha256(photo).hexdigest()]
    assert bundle_created(EXAMPLE).isoformat() == "2026-11-30T09:12:00+00:00"
