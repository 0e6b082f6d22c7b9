"""``storydesk keys``: the real command as a subprocess, as headquarters and an office use it.

Headquarters generates its key and exports it; the office trusts the file in its own data
folder, compares the fingerprint, lists the keys, and revokes the key by a prefix.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from tests.conftest import run_storydesk


def _json(*args: str, data_dir: Path) -> Any:
    result = run_storydesk(*args, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _one_error(result: Any) -> str:
    """The one line a refused command prints (no traceback), with exit status 1."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return str(lines[0])


def test_generate_export_trust_list_revoke(tmp_path: Path) -> None:
    hq, office = tmp_path / "hq", tmp_path / "office"
    made = run_storydesk("keys", "generate", "--publisher", "UNDP Kyrgyzstan", data_dir=hq)
    assert made.returncode == 0, made.stderr
    [own] = _json("keys", "list", data_dir=hq)
    assert (own["publisher"], own["status"], own["source"]) == ("UNDP Kyrgyzstan", "own", "own")
    fingerprint, spaced = own["fingerprint"], own["spaced"]
    assert f"Fingerprint: {spaced}" in made.stdout
    private = hq / "keys" / f"{fingerprint}.key"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE((hq / "keys").stat().st_mode) == 0o700

    again = run_storydesk("keys", "generate", "--publisher", "Someone else", data_dir=hq)
    line = _one_error(again)
    assert "already has its publisher key" in line and f"keys revoke {fingerprint}" in line

    key_file = tmp_path / "undp-kg.storykey"
    exported = _json("keys", "export", "-o", str(key_file), data_dir=hq)
    assert exported["fingerprint"] == fingerprint and exported["path"] == str(key_file)
    assert b"PRIVATE" not in key_file.read_bytes()

    trusted = run_storydesk("keys", "trust", str(key_file), data_dir=office)
    assert trusted.returncode == 0, trusted.stderr
    assert f"Fingerprint: {spaced}" in trusted.stdout  # to read back over the phone
    assert "Trusted the key of UNDP Kyrgyzstan." in trusted.stdout
    assert not (office / "keys").exists()
    [listed] = _json("keys", "list", data_dir=office)
    assert listed["fingerprint"] == fingerprint
    assert (listed["status"], listed["source"], listed["revoked"]) == ("trusted", "file", None)
    assert listed["trusted"].endswith("Z")

    text = run_storydesk("keys", data_dir=office)
    assert text.returncode == 0 and spaced in text.stdout and "trusted" in text.stdout

    revoked = _json("keys", "revoke", fingerprint[:8], data_dir=office)
    assert (revoked["fingerprint"], revoked["status"]) == (fingerprint, "revoked")
    [after] = _json("keys", "list", data_dir=office)
    assert after["status"] == "revoked" and after["revoked"] is not None

    refused = run_storydesk("keys", "trust", str(key_file), data_dir=office)
    assert "was revoked here" in _one_error(refused)


def test_bad_input_is_one_line_naming_the_file_or_fingerprint(tmp_path: Path) -> None:
    data = tmp_path / "office"
    missing = tmp_path / "nowhere.storykey"
    line = _one_error(run_storydesk("keys", "trust", str(missing), data_dir=data))
    assert line == f"error: {missing}: no such key file"

    notes = tmp_path / "notes.storykey"
    notes.write_text("call HQ on Monday", encoding="utf-8")
    line = _one_error(run_storydesk("keys", "trust", str(notes), data_dir=data))
    assert line == f"error: {notes}: not a publisher key file (not JSON)"

    line = _one_error(run_storydesk("keys", "revoke", "0123456789abcdef", data_dir=data))
    assert line == "error: 0123456789abcdef: no publisher key here has that fingerprint"
    line = _one_error(run_storydesk("keys", "trust", "--fingerprint", "xyz", data_dir=data))
    assert line.startswith("error: xyz: not a key fingerprint")
    line = _one_error(run_storydesk("keys", "export", "-o", str(tmp_path / "k"), data_dir=data))
    assert "no publisher key of its own" in line
    assert not (tmp_path / "k").exists()
    assert _json("keys", "list", data_dir=data) == []

    usage = run_storydesk("keys", "trust", data_dir=data)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
