"""The benchmark corpus generator writes stories StoryDesk imports, the same for one seed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def generate_module(corpora_dir: Path) -> object:
    pytest.importorskip("wordfreq")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    generate.CORPORA = corpora_dir
    return generate


def test_generated_stories_import_whole_and_repeat_with_the_seed(
    generate_module: object, tmp_path: Path, data_dir: Path
) -> None:
    from storydesk.library import Library

    gen = generate_module
    first = tmp_path / "a"
    gen.write_folder(first, gen.generate(20, seed=5, photos=0.2))  # type: ignore[attr-defined]
    again = tmp_path / "b"
    gen.write_folder(again, gen.generate(20, seed=5, photos=0.2))  # type: ignore[attr-defined]
    stories = sorted((first / "stories").glob("*.md"))
    assert len(stories) == 20
    assert all(p.read_bytes() == (again / "stories" / p.name).read_bytes() for p in stories), (
        "the same seed must give the same corpus"
    )
    bundle = tmp_path / "c.storybundle"
    assert gen.write_bundle(bundle, gen.generate(20, seed=5, photos=0.2), 5) == 20  # type: ignore[attr-defined]

    with Library.open(data_dir) as library:
        report = library.import_paths([first])
        assert report.rejected == []
        assert report.imported == 20
        listed = library.list_stories()
        assert len({s.language for s in listed}) >= 2
        assert any(s.partners for s in listed)
        assert library.stats().images == len(list((first / "images").glob("*.jpg")))
        assert library.search("partner:UNDP OR country:Kyrgyzstan", limit=1).pending == 0
        again_report = library.import_paths([bundle])
        assert again_report.rejected == []
        assert again_report.imported == 0  # the bundle holds the same stories
