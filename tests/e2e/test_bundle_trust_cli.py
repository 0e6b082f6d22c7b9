"""``storydesk import --dry-run``, ``import`` and ``bundle verify`` on signed, unknown-signed,
unsigned and forged bundles, run as a user runs them (the real command, a real data folder).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.bundle.signed import (
    PUBLISHER,
    flip_byte,
    new_key,
    read_members,
    rewrite_member,
    sample_files,
    trust_key,
    write_bundle,
)
from tests.conftest import SEEDS, run_storydesk
from tests.ingest.bundle_helpers import make_bundle, story_md


def _json(result: object) -> dict:  # type: ignore[type-arg]
    stdout = result.stdout  # type: ignore[attr-defined]
    return json.loads(stdout)  # type: ignore[no-any-return]


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _state(data: Path) -> tuple[object, ...]:
    listing = _json(run_storydesk("list", "--json", data_dir=data))
    return (
        sorted((s["id"], s["title"]) for s in listing),
        _tree_digest(data / "media"),
        _tree_digest(data / "index"),
    )


def test_bundle_verify_marks_trusted_unknown_and_unsigned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_storydesk("stats", data_dir=data).returncode == 0
    key = new_key()
    signed = write_bundle(tmp_path / "signed.storybundle", sample_files(), key=key)
    unsigned = write_bundle(tmp_path / "unsigned.storybundle", sample_files())

    before = _json(run_storydesk("bundle", "verify", str(signed), "--json", data_dir=data))
    assert (before["ok"], before["signed"], before["trusted"]) == (True, True, False)
    assert before["fingerprint"] == key.public.fingerprint and before["publisher"] == PUBLISHER
    assert (before["version"], before["kind"], before["stories"]) == (2, "full", 2)

    trust_key(data, key, "UNDP Kyrgyzstan (Bishkek)")
    after = _json(run_storydesk("bundle", "verify", str(signed), "--json", data_dir=data))
    assert after["trusted"] is True and after["publisher"] == "UNDP Kyrgyzstan (Bishkek)"
    text = run_storydesk("bundle", "verify", str(signed), data_dir=data)
    spaced = f"{key.public.fingerprint[:4]} {key.public.fingerprint[4:8]} …"
    assert f"signed by UNDP Kyrgyzstan (Bishkek) ({spaced}), trusted" in text.stdout

    plain = _json(run_storydesk("bundle", "verify", str(unsigned), "--json", data_dir=data))
    assert (plain["ok"], plain["signed"], plain["trusted"], plain["fingerprint"]) == (
        True,
        False,
        False,
        None,
    )
    assert (
        "unsigned: nothing says who made it"
        in run_storydesk("bundle", "verify", str(unsigned), data_dir=data).stdout
    )


def test_a_bad_signature_is_one_line_and_exit_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bundle = write_bundle(tmp_path / "x.storybundle", sample_files(), key=new_key())
    sig = read_members(bundle)["bundle.sig"]
    rewrite_member(bundle, "bundle.sig", flip_byte(sig, len(sig) // 2))
    for command in (["bundle", "verify", str(bundle)], ["import", str(bundle)]):
        result = run_storydesk(*command, data_dir=data)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert lines == [lines[0]] and lines[0].startswith(f"rejected: {bundle}: "), lines
        assert "Traceback" not in result.stderr
    listing = _json(run_storydesk("list", "--json", data_dir=data))
    assert listing == []


def test_import_json_marks_each_bundle(tmp_path: Path) -> None:
    data = tmp_path / "data"
    unknown = write_bundle(
        tmp_path / "unknown.storybundle", sample_files(), key=new_key("HQ"), publisher="HQ"
    )
    unsigned = make_bundle(
        tmp_path / "unsigned.storybundle",
        {"stories/z.md": story_md("z-1", "Другая история", "Текст другой истории.")},
    )
    report = _json(run_storydesk("import", str(unknown), str(unsigned), "--json", data_dir=data))
    bundles = {Path(b["path"]).name: b["bundle"] for b in report["bundles"]}
    assert bundles["unknown.storybundle"]["signed"] is True
    assert bundles["unknown.storybundle"]["trusted"] is False
    assert bundles["unknown.storybundle"]["publisher"] == "HQ"
    assert bundles["unsigned.storybundle"]["signed"] is False
    assert bundles["unsigned.storybundle"]["publisher"] == "UNDP Kyrgyzstan"
    assert report["imported"] == 3


def test_dry_run_writes_nothing_and_lists_what_would_happen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = new_key()
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    trust_key(data, key)
    first = write_bundle(tmp_path / "first.storybundle", sample_files(), key=key)
    assert _json(run_storydesk("import", str(first), "--json", data_dir=data))["imported"] == 2
    seed_id = _json(run_storydesk("list", "--json", data_dir=data))[-1]["id"]

    files = sample_files()
    files["stories/0001-pump.md"] = files["stories/0001-pump.md"].replace(
        "500 семьям".encode(), "5000 семьям".encode()
    )
    files["stories/0003-new.md"] = story_md("kg-new-2025", "Новая история", "Совсем новая.")
    update = write_bundle(
        tmp_path / "update.storybundle",
        files,
        key=key,
        kind="update",
        withdrawn=[{"id": "kz-park-2025", "title": "Саябақ"}],
    )
    hijack = make_bundle(
        tmp_path / "hijack.storybundle",
        {"stories/h.md": story_md(seed_id, "HIJACKED", "This story now says something else.")},
    )
    state = _state(data)
    preview = run_storydesk("import", str(update), str(hijack), "--dry-run", data_dir=data)
    assert preview.returncode == 0, preview.stderr
    out = preview.stdout
    spaced = f"{key.public.fingerprint[:4]} {key.public.fingerprint[4:8]} …"
    assert f"bundle: {update}: signed by {PUBLISHER} ({spaced}), trusted" in out
    assert f"bundle: {hijack}: unsigned: nothing says who made it" in out
    assert "Would import 1 new, update 1, 1 unchanged, withdraw 1;" in out
    # The park story is in the bundle unchanged, then withdrawn: its last line says so.
    actions = {
        line.split()[1]: line.split()[0] for line in out.splitlines() if line.startswith("  ")
    }
    assert actions == {
        "kg-new-2025": "new",
        "kg-pump-2025": "updated",
        "kz-park-2025": "withdrawn",
        seed_id: "conflict",
    }
    assert f"conflict: story {seed_id} kept as it is" in preview.stderr
    assert _state(data) == state

    as_json = _json(
        run_storydesk("import", str(update), str(hijack), "--dry-run", "--json", data_dir=data)
    )
    assert as_json["dry_run"] is True and as_json["withdrawn"] == ["kz-park-2025"]
    assert {(c["id"], c["action"]) for c in as_json["changes"]} >= {
        ("kg-new-2025", "new"),
        ("kg-pump-2025", "updated"),
        ("kz-park-2025", "withdrawn"),
        (seed_id, "conflict"),
    }
    assert _state(data) == state

    done = run_storydesk("import", str(update), str(hijack), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 new, updated 1, 1 unchanged, withdrew 1;" in done.stdout
    ids = {s["id"]: s["title"] for s in _json(run_storydesk("list", "--json", data_dir=data))}
    assert "kz-park-2025" not in ids and "kg-new-2025" in ids
    assert ids[seed_id] != "HIJACKED"
    shown = run_storydesk("show", "kg-pump-2025", data_dir=data).stdout
    assert "5000 семьям" in shown
