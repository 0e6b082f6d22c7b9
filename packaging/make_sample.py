"""Builds the sample bundle that ships with StoryDesk from the seed documents.

``resources/sample/seeds.storybundle`` is what the app offers on its first run. It is made
here, not by hand: the seeds are imported by StoryDesk's own importer into a temporary data
folder, and the bundle is written by StoryDesk's own bundle writer (``Library.create_bundle``),
so the sample holds exactly what importing the seeds gives, and importing the seeds after
the sample changes nothing.

The bundle is the same bytes every time it is built from the same seeds with the same
StoryDesk (the writer is deterministic; docs/bundle-format.md, "Determinism"), with two
things the script fixes itself:

- the seeds are imported from a copy in a folder named ``seeds``, because a story with no
  id and no source URL is keyed by its folder's *name*: the sample's story ids do not
  depend on where the seeds sit;
- the manifest's ``created`` is the newest story date among the seeds (``--created`` to
  choose it, passed to the writer as ``created``), not the moment of the import the writer
  would otherwise take it from.

Photos: a story's photos come into the bundle's ``images/`` when the seed names a file
beside it (``![caption](photo.jpg)``, or ``images:`` in front matter). A named photo that
does not exist is reported (and the exit status is 1). Photos the seeds know only by their
web address, or only by a caption and credit, are listed too: they travel as the address,
caption and credit, since StoryDesk never downloads anything.

Usage::

    python packaging/make_sample.py                 # seeds from $STORYDESK_SHARED/seeds
    python packaging/make_sample.py --seeds DIR -o resources/sample/seeds.storybundle

Exit status: 0 written; 1 written, but a seed names a photo that does not exist (or a seed
was rejected); 2 no seeds, or the bundle could not be written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.errors import StoryDeskError
from storydesk.library import Library

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPOSITORY / "resources" / "sample" / "seeds.storybundle"
TITLE = "StoryDesk sample: stories from Central Asia"
PUBLISHER = "StoryDesk"


@dataclass
class SampleReport:
    """What building the sample found and wrote."""

    output: Path
    stories: int = 0
    images: int = 0
    created: str = ""
    missing_photos: list[str] = field(default_factory=list)
    """One line per photo a seed names whose file does not exist."""
    photos_without_file: list[str] = field(default_factory=list)
    """One line per photo known only by its address or caption (kept as such)."""
    problems: list[str] = field(default_factory=list)
    """Other seeds the import rejected."""


def default_seeds() -> Path:
    """``$STORYDESK_SHARED/seeds``, else ``../shared/seeds`` beside the repository.

    A clean clone without the shared folder falls back on the tests' copy of the seeds
    (``tests/fixtures/seeds``, kept byte for byte).
    """
    shared = os.environ.get("STORYDESK_SHARED")
    if shared:
        return Path(shared) / "seeds"
    beside = REPOSITORY.parent / "shared" / "seeds"
    if beside.is_dir():
        return beside
    return REPOSITORY / "tests" / "fixtures" / "seeds"


def _parse_created(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def build_sample(
    seeds: Path,
    output: Path,
    *,
    created: dt.datetime | None = None,
    title: str = TITLE,
) -> SampleReport:
    """Import ``seeds`` into a temporary data folder and write every story to ``output``.

    Args:
        seeds: The seed documents (a folder; files, subfolders and photos beside them).
        output: The bundle to write; it appears whole or not at all.
        created: The manifest's ``created`` (default: the newest story date, midnight UTC).
        title: The bundle's title.

    Returns:
        What was written and what the seeds lack.

    Raises:
        StoryDeskError: The seeds hold no story, or the bundle cannot be written.
    """
    report = SampleReport(output=output)
    with tempfile.TemporaryDirectory(prefix="storydesk-sample-") as temp:
        work = Path(temp)
        copy = work / "seeds"
        shutil.copytree(seeds, copy, symlinks=True)
        library = Library.open(work / "data")
        try:
            imported = library.import_paths([copy], index=False)
            for entry in imported.rejected:
                where = _seed_path(str(entry["path"]), copy, seeds)
                if entry.get("image"):
                    report.missing_photos.append(f"{where}: {entry['reason']}")
                else:
                    report.problems.append(f"{where}: {entry['reason']}")
            ids = sorted(set(imported.stories))
            if not ids:
                raise StoryDeskError(f"{seeds}: no stories in the seeds")
            dates: list[dt.date] = []
            for story_id in ids:
                story = library.get_story(story_id)
                if story.date is not None:
                    dates.append(story.date)
                origin = _seed_path(story.origin_file or "", copy, seeds)
                for image in story.images:
                    if image.sha256 is None:
                        known = image.original_url or image.caption or image.alt or image.credit
                        report.photos_without_file.append(f"{origin}: {known}")
            if created is None:
                newest = max(dates) if dates else dt.date(2000, 1, 1)
                created = dt.datetime.combine(newest, dt.time(), tzinfo=dt.UTC)
            report.created = created.astimezone(dt.UTC).isoformat()
            output.parent.mkdir(parents=True, exist_ok=True)
            summary = library.create_bundle(
                ids, output, title=title, publisher=PUBLISHER, created=created
            )
        finally:
            library.close()
        report.stories = summary.stories
        report.images = summary.images
    return report


def _seed_path(path: str, copy: Path, seeds: Path) -> str:
    """A path inside the temporary copy, named as the seed it came from."""
    head = str(copy)
    if path.startswith(head):
        return str(seeds) + path[len(head) :]
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """The command: build the sample bundle and say what it holds."""
    parser = argparse.ArgumentParser(
        prog="make_sample.py", description="Build StoryDesk's sample bundle from the seeds."
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        help="the seeds folder (default: $STORYDESK_SHARED/seeds, else ../shared/seeds)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="the bundle to write (default: resources/sample/seeds.storybundle)",
    )
    parser.add_argument(
        "--created",
        type=_parse_created,
        default=None,
        help="the manifest's created time, ISO 8601 (default: the newest story date)",
    )
    args = parser.parse_args(argv)
    seeds: Path = args.seeds or default_seeds()
    if not seeds.is_dir():
        print(f"make_sample.py: {seeds}: no seeds folder there (use --seeds DIR)", file=sys.stderr)
        return 2
    try:
        report = build_sample(seeds, args.output, created=args.created)
    except (StoryDeskError, OSError) as exc:
        print(f"make_sample.py: {exc}", file=sys.stderr)
        return 2
    for line in report.problems:
        print(f"rejected: {line}", file=sys.stderr)
    for line in report.missing_photos:
        print(f"missing photo: {line}", file=sys.stderr)
    for line in report.photos_without_file:
        print(f"photo without a file (kept as address or caption): {line}", file=sys.stderr)
    print(
        f"{report.output}: {report.stories} stories, {report.images} images, "
        f"created {report.created}"
    )
    return 1 if report.missing_photos or report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
