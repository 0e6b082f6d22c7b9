"""Checks a story bundle without importing it (``storydesk bundle verify``).

The bundle is planned and read exactly as an import would read it
(:mod:`storydesk.ingest.sources`, which checks the manifest through
:mod:`storydesk.bundle.reader`), and every image a story names is checked with Pillow
through the media store's allow-list; nothing is written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.sources import plan_import, read_story_file
from storydesk.media.store import inspect_image
from storydesk.messages import translatable


@dataclass(frozen=True, slots=True)
class BundleCheck:
    """What checking a bundle found: one line per problem, naming the member and why."""

    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether the bundle would import whole."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The result as ``bundle verify --json`` gives it."""
        return {"ok": self.ok, "problems": list(self.problems)}


def verify_bundle(path: Path) -> BundleCheck:
    """Check a bundle without importing it.

    Every story file is read and every image it names is checked (checksum and Pillow).

    Args:
        path: The bundle (a ``.storybundle`` or ``.zip`` file, or a folder).

    Returns:
        One line per problem, naming the file or member and the reason.
    """
    problems: list[str] = []
    plan = plan_import([Path(path)])
    try:
        problems += [_problem(p.path, p.reason) for p in plan.rejected]
        stories = 0
        for story_file in plan.files:
            try:
                drafts = read_story_file(story_file)
            except RejectedInput as exc:
                problems.append(_problem(exc.path, exc.reason))
                continue
            except Exception as exc:  # a reader bug names the file; it does not end the check
                problems.append(
                    _problem(
                        story_file.display,
                        translatable("Bundles", "could not be read ({error})").format(
                            error=f"{type(exc).__name__}: {exc}"
                        ),
                    )
                )
                continue
            stories += len(drafts)
            for draft in drafts:
                for image in draft.images:
                    if image.load is None:
                        if image.name and not image.url:
                            problems.append(
                                _problem(
                                    story_file.display,
                                    translatable("Bundles", "image '{image}' is missing").format(
                                        image=image.name
                                    ),
                                )
                            )
                        continue
                    try:
                        inspect_image(image.load(), image.name or story_file.display)
                    except RejectedInput as exc:
                        problems.append(_problem(exc.path, exc.reason))
        if not plan.rejected and stories == 0:
            problems.append(
                _problem(str(path), translatable("Bundles", "the bundle holds no stories"))
            )
    finally:
        plan.close()
    return BundleCheck(tuple(problems))


def _problem(path: str, reason: str) -> str:
    """One problem line, ``"<path>: <reason>"``, translatable."""
    return translatable("Bundles", "{path}: {reason}").format(path=path, reason=reason)
