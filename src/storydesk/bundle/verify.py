"""Checks a story bundle without importing it (``storydesk bundle verify``).

The bundle is planned exactly as an import plans it (:mod:`storydesk.ingest.sources`,
which checks the manifest and the signature through :mod:`storydesk.bundle.reader`);
nothing is written anywhere. How far it is read then depends on what vouches for it:

- A **signed** bundle whose signature checks out has had every member read and compared
  with the SHA-256 and size its publisher signed: every byte is as the publisher made it,
  and that is what verify answers. Its stories and photos are read at import (each story or
  photo that fails is rejected by name there). ``deep=True`` (``bundle verify --deep``)
  reads them now as well.
- Any other bundle (unsigned, or unchecked) is read whole, as an import would read it:
  every story parsed and every image it names decoded with Pillow through the media
  store's allow-list, since nothing else vouches for it.

A 100 MB signed bundle verifies in well under the 2 s budget this way; reading every
story and decoding every photo of it takes about 8 s (benchmarks/README.md, "Bundles").

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


def verify_bundle(
    path: Path, trust: TrustSnapshot | None = None, *, deep: bool = False
) -> BundleCheck:
    """Check a bundle without importing it.

    A signed bundle is checked byte for byte against its signed manifest; any other bundle,
    or any bundle with ``deep``, has every story file read and every image it names
    checked (checksum and Pillow). See the module docstring.

    Args:
        path: The bundle (a ``.storybundle`` or ``.zip`` file, or a folder).
        trust: The publisher keys the catalogue trusts and has revoked (None: none).
        deep: Read every story and decode every photo of a signed bundle too.

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
        vouched = planned is not None and planned.signer is not None and not planned.refused
        if vouched and not deep:
            # Every member was read and matched its signed checksum while planning.
            stories = len(plan.files)
        for story_file in (
            []
            if (planned is not None and planned.refused) or (vouched and not deep)
            else plan.files
        ):
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
