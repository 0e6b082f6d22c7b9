"""Checks a story bundle without importing it (``storydesk bundle verify``).

The bundle is planned and read exactly as an import would read it
(:mod:`storydesk.ingest.sources`, which checks the manifest and the signature through
:mod:`storydesk.bundle.reader`), and every image a story names is checked with Pillow
through the media store's allow-list; nothing is written anywhere.

The result (:class:`~storydesk.bundle.reader.BundleCheck`) says whether the bundle is
signed, by whom and whether that key is trusted here, and lists every problem: a bundle
refused whole (a bad signature, a changed member of a signed bundle), a member rejected by
name, and an *unchecked* bundle (no ``bundle.json``, or one that lists no files), which
an import still reads as unsigned but which nothing vouches for.
"""

from __future__ import annotations

from pathlib import Path

from storydesk.bundle.reader import BundleCheck, describe_check, unchecked_reason
from storydesk.bundle.signing import TrustSnapshot
from storydesk.errors import RejectedInput
from storydesk.ingest.sources import plan_import, read_story_file
from storydesk.media.store import inspect_image
from storydesk.messages import translatable

__all__ = ["BundleCheck", "verify_bundle"]


def verify_bundle(path: Path, trust: TrustSnapshot | None = None) -> BundleCheck:
    """Check a bundle without importing it.

    Every story file is read and every image it names is checked (checksum and Pillow).

    Args:
        path: The bundle (a ``.storybundle`` or ``.zip`` file, or a folder).
        trust: The publisher keys the catalogue trusts and has revoked (None: none).

    Returns:
        The verify object: signed, publisher, fingerprint, trusted, and one line per
        problem, naming the file or member and the reason.
    """
    problems: list[str] = []
    plan = plan_import([Path(path)], trust)
    try:
        problems += [_problem(p.path, p.reason) for p in plan.rejected]
        planned = next((b for b in plan.bundles if b.path == str(path)), None)
        if planned is None:
            # A folder without bundle.json: its files are read, but nothing checks them.
            reason = unchecked_reason(None)
            assert reason is not None
            problems.insert(0, _problem(str(path), reason))
        else:
            problems[:0] = planned.notes
        stories = 0
        for story_file in [] if planned is not None and planned.refused else plan.files:
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
    if planned is None:
        return describe_check(None, None, problems, stories)
    check = describe_check(planned.manifest, planned.signer, problems, stories)
    check.refused = planned.refused
    return check


def _problem(path: str, reason: str) -> str:
    """One problem line, ``"<path>: <reason>"``, translatable."""
    return translatable("Bundles", "{path}: {reason}").format(path=path, reason=reason)
