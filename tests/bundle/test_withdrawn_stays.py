"""A story its publisher withdrew stays withdrawn until that publisher sends it again.

An unsigned bundle (or one from another key) naming the story's id lists a conflict and
does not bring it back; the publisher's own signed bundle does, and its tombstone goes.
"""

from __future__ import annotations

from pathlib import Path

from storydesk.library import Library
from tests.bundle.signed import new_key, sample_files, trust_key, write_bundle

PUMP = "kg-pump-2025"


def test_a_withdrawn_story_comes_back_only_from_its_publisher(tmp_path: Path) -> None:
    key, other = new_key(), new_key("Someone Else")
    files = sample_files()
    data = tmp_path / "office"
    Library.open(data).close()
    trust_key(data, key)
    trust_key(data, other)
    full = write_bundle(tmp_path / "full.storybundle", files, key=key)
    withdraw = write_bundle(
        tmp_path / "withdraw.storybundle", {}, key=key, kind="update", withdrawn=[{"id": PUMP}]
    )
    unsigned = write_bundle(tmp_path / "unsigned.storybundle", files)
    foreign = write_bundle(tmp_path / "foreign.storybundle", files, key=other)
    with Library.open(data) as library:
        library.import_paths([full])
        assert library.import_paths([withdraw]).withdrawn == [PUMP]
        for bundle in (unsigned, foreign):
            report = library.import_paths([bundle])
            assert PUMP not in library.story_ids()
            conflict = next(c for c in report.conflicts if c["id"] == PUMP)
            assert conflict["field"] == "withdrawn"
            assert "UNDP Kyrgyzstan" in conflict["local"]
            assert report.imported == 0
        back = library.import_paths([full])
        assert back.imported == 1 and PUMP in library.story_ids()
        assert library.import_paths([unsigned]).conflicts == []  # the same story: unchanged
