"""Writes drafts into the catalogue and media store: the one importer every reader feeds.

An import is one catalogue transaction: it commits whole, or (cancelled, or failed) leaves
the catalogue exactly as it was; a cancel raises :class:`~storydesk.errors.Cancelled`. A dry
run (``import --dry-run``, the app's preview) does all the same reading and checking in a
transaction it rolls back, and stores no image: it tells what an import would do. Files
that cannot be read, and bundle parts or images that fail their checks, are listed in
``rejected`` by name and reason; files and rows that are not stories (another format, empty,
furniture, a repeat) in ``skipped``; values left out or cut in ``warnings``; the rest goes
on. Importing the same files again changes nothing; a changed story updates in place, unless
the change would replace most of its text from another origin: that is a ``conflict``, and
the catalogue keeps its story.

Identity (docs/importing.md): a story is its author's id, else its source URL, else its
language and title *where it lives* (site and path, or bundle and member). A title alone
matches a story from elsewhere only when the text is mostly the same.

Bundles from publishers (docs/importing.md, "Bundles from publishers"): a story brought by
a signed bundle keeps its key's fingerprint (``Story.publisher_key``) and is updated only
by a bundle signed with that key; anything else naming it is a ``publisher`` conflict. A
story from files is updated by a bundle only when the bundle is signed by a key trusted
here. A withdrawal is honoured only from a trusted signed bundle of the story's publisher.
Each bundle read is listed in ``bundles`` with its verify object.

Several writers of a shared catalogue (PostgreSQL): each story the import updates is locked
when it is read (``FOR UPDATE``) until the import commits, so an editor saving it meanwhile
waits, and an edit committed before is read with the fields it made local, which the import
keeps as edited. Two imports adding the same new story collide on its key; the caller runs
the losing one again (:meth:`storydesk.library.Library.import_paths`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NotRequired, TypedDict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.bundle.signing import Signer, TrustSnapshot, spaced
from storydesk.catalogue import edits, withdrawal
from storydesk.catalogue.generation import bump_generation
from storydesk.catalogue.models import (
    Image,
    ImportRecord,
    LocalField,
    PartnerAlias,
    PlaceAlias,
    PublisherKey,
    Story,
    StoryFigure,
    StoryTombstone,
    TranslationLink,
    utcnow,
)
from storydesk.catalogue.name_rows import NameRows, write_link_positions
from storydesk.catalogue.translation_finder import find_translations
from storydesk.errors import RejectedInput
from storydesk.gazetteer import Directory
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.extract import enrich
from storydesk.ingest.sources import (
    ImportPlan,
    PlannedBundle,
    StoryFile,
    plan_import,
    read_story_file,
)
from storydesk.media.store import MediaStore, inspect_image
from storydesk.messages import as_message, translatable
from storydesk.progress import CancelToken, Progress, check_cancel
from storydesk.text import fold_name, fold_title, shorten

log = logging.getLogger(__name__)

CANCELLED_WORK = translatable("Import", "the import")
"""What :class:`~storydesk.errors.Cancelled` names ("the import was cancelled")."""
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
FLUSH_EVERY = 200
# Share of words two texts must have in common to be "mostly the same".
SAME_TEXT = 0.6
# An update from another origin keeping less than this share of the words is a conflict.
REPLACED_TEXT = 0.5
# A local text shorter than this has nothing to lose to an update.
MIN_CONFLICT_WORDS = 10
_WORD = re.compile(r"\w+")
_KEY_LIMIT = 500


class ReportEntry(TypedDict):
    """A file, row or image the import did not take, or a value it left out, and why."""

    path: str
    reason: str
    """A :class:`~storydesk.messages.Message`: English text in JSON and the terminal, shown
    in the reader's language by the app (``storydesk.gui.errors.translated``)."""
    story: NotRequired[str]
    """For a missing image: the title of the story that names it."""
    image: NotRequired[str]
    """For a missing image: the name the story gives it."""


class StoryChange(TypedDict):
    """What an import did (or, in a dry run, would do) to one story."""

    id: str
    title: str
    action: str
    """``new``, ``updated``, ``unchanged``, ``conflict`` or ``withdrawn``."""


class Conflict(TypedDict):
    """An update from another origin that would have replaced most of a story's text."""

    id: str
    field: str
    local: str
    incoming: str
    path: str


@dataclass
class ImportReport:
    """What an import did, in the shape of ``storydesk import --json``."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[ReportEntry] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    skipped: list[ReportEntry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[ReportEntry] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    """Ids of stories an update bundle withdrew (deleted) from the catalogue."""
    bundles: list[dict[str, Any]] = field(default_factory=list)
    """One entry per bundle read: ``{"path": ..., "bundle": <the bundle verify --json object>}``."""
    changes: list[StoryChange] = field(default_factory=list)
    """Each story met, with what happened to it (``new``, ``updated``, ``unchanged``...)."""
    dry_run: bool = False
    """Nothing was written: the report says what an import would do."""
    # Never set by the importer (a cancel raises Cancelled); a front end may build a
    # report with it to show a cancelled import. Not part of the JSON.
    cancelled: bool = False
    changed_ids: list[str] = field(default_factory=list)
    _story_set: set[str] = field(default_factory=set, repr=False)
    _changed_set: set[str] = field(default_factory=set, repr=False)
    _rejected_set: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _noted: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def add_story(self, story_id: str, changed: bool = False) -> None:
        """Record a story the import touched (once, in the order first met)."""
        if story_id not in self._story_set:
            self._story_set.add(story_id)
            self.stories.append(story_id)
        if changed and story_id not in self._changed_set:
            self._changed_set.add(story_id)
            self.changed_ids.append(story_id)

    def reject(
        self, path: str, reason: str, *, story: str | None = None, image: str | None = None
    ) -> None:
        """A file, part or image that is broken: listed once, and the exit status is 1.

        A missing image names the ``story`` (its title) and the ``image`` it was named as.
        """
        reason = as_message(reason)
        if (path, reason) not in self._rejected_set:
            self._rejected_set.add((path, reason))
            entry = ReportEntry(path=path, reason=reason)
            if story is not None:
                entry["story"] = story
            if image is not None:
                entry["image"] = image
            self.rejected.append(entry)

    def skip(self, path: str, reason: str) -> None:
        """A file or row that is not a story (another format, empty, furniture, a repeat)."""
        reason = as_message(reason)
        if ("skipped", path, reason) not in self._noted:
            self._noted.add(("skipped", path, reason))
            self.skipped.append(ReportEntry(path=path, reason=reason))

    def warn(self, path: str, reason: str) -> None:
        """A value left out or cut; the story itself was imported."""
        reason = as_message(reason)
        if ("warning", path, reason) not in self._noted:
            self._noted.add(("warning", path, reason))
            self.warnings.append(ReportEntry(path=path, reason=reason))

    def note(self, note: ReadNote) -> None:
        """Record a reader's note as a rejection or a skip."""
        if note.kind == "rejected":
            self.reject(note.path, note.reason)
        else:
            self.skip(note.path, note.reason)

    def conflict(self, story_id: str, field: str, local: str, incoming: str, path: str) -> None:
        """An update that would replace most of a story from another origin: not applied."""
        self.conflicts.append(
            Conflict(id=story_id, field=field, local=local, incoming=incoming, path=path)
        )

    def withdraw(self, story_id: str, title: str) -> None:
        """A story its publisher withdrew: deleted, so no longer among the changed ones."""
        self.withdrawn.append(story_id)
        self.change(story_id, title, "withdrawn")
        if story_id in self._changed_set:
            self._changed_set.discard(story_id)
            self.changed_ids.remove(story_id)

    def change(self, story_id: str, title: str, action: str) -> None:
        """Note what happened to one story (the preview lists these)."""
        self.changes.append(StoryChange(id=story_id, title=shorten(title, 200), action=action))

    def to_json(self) -> dict[str, Any]:
        """The report as ``import --json`` prints it; a dry run adds ``changes``."""
        data: dict[str, Any] = {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "conflicts": self.conflicts,
            "warnings": self.warnings,
            "withdrawn": self.withdrawn,
            "bundles": self.bundles,
            "stories": self.stories,
        }
        if self.dry_run:
            data["dry_run"] = True
            data["changes"] = self.changes
        return data


def normalise_url(url: str) -> str:
    """A URL without scheme, ``www.``, fragment or trailing slash, case-folded host."""
    url = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.IGNORECASE)
    url = re.sub(r"^www\.", "", url, flags=re.IGNORECASE).split("#", 1)[0].rstrip("/")
    host, _, rest = url.partition("/")
    return f"{host.lower()}/{rest}" if rest else host.lower()


def story_key(draft: StoryDraft) -> str:
    """The key that recognises one story across files and imports.

    The author's id, else the source URL, else the language and title where the story
    lives (``draft.origin_key``: site and path, bundle and member): two sites' pages called
    "About the Project" are two stories.
    """
    if draft.external_id:
        return f"id:{draft.external_id.strip().casefold()}"
    if draft.source_url:
        return f"url:{normalise_url(draft.source_url)}"
    key = f"title:{title_key(draft)}"
    if draft.origin_key:
        key += f"@{draft.origin_key.replace(chr(92), '/').casefold()}"
    if len(key) > _KEY_LIMIT:
        key = f"{key[: _KEY_LIMIT - 66]}#{hashlib.sha256(key.encode()).hexdigest()}"
    return key


def _words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in _WORD.findall(text.casefold()):
        counts[word] = counts.get(word, 0) + 1
    return counts


def text_overlap(a: str, b: str) -> float:
    """The share of words two texts have in common (1.0: the same words, 0.0: none)."""
    wa, wb = _words(a), _words(b)
    total = max(sum(wa.values()), sum(wb.values()))
    if total == 0:
        return 1.0
    shared = sum(min(n, wb.get(w, 0)) for w, n in wa.items())
    return shared / total


def _same_origin(story: Story, draft: StoryDraft) -> bool:
    """Whether a stored story and a draft come from the same place.

    The same file (or bundle member), the same place in the same site (a copy of the
    site elsewhere), the same source URL, or both from StoryDesk bundles (which carry
    stories by their own ids).
    """
    if story.origin_file == draft.origin_file and story.origin_bundle == draft.origin_bundle:
        return True
    if story.origin_bundle and draft.origin_bundle:
        return True
    if draft.origin_key and not story.origin_bundle and not draft.origin_bundle:
        stored = (story.origin_file or "").replace("\\", "/")
        if stored.endswith("/" + draft.origin_key) or stored == draft.origin_key:
            return True
    if story.source_url and draft.source_url:
        return normalise_url(story.source_url) == normalise_url(draft.source_url)
    return False


def _excerpt(text: str | None) -> str:
    return shorten(" ".join((text or "").split()), 200)


def title_key(draft: StoryDraft) -> str:
    return f"{draft.language or ''}:{fold_title(draft.title)}"[:600]


def _content_hash(draft: StoryDraft, images: list[dict[str, Any]]) -> str:
    payload = {
        "title": draft.title,
        "body": draft.body,
        "language": draft.language,
        "date": draft.date.isoformat() if draft.date else None,
        "summary": draft.summary,
        "countries": draft.countries,
        "places": draft.places,
        "partners": draft.partners,
        "sdgs": draft.sdgs,
        "tags": sorted(draft.tags),
        "author": draft.author,
        "source_name": draft.source_name,
        "source_url": draft.source_url,
        "translations": sorted(draft.translations),
        "figures": [(f.value, f.counts, f.text) for f in draft.figures],
        "images": [{k: v for k, v in image.items() if k != "original_name"} for image in images],
    }
    return hashlib.sha256(
        json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    ).hexdigest()


@dataclass
class _Batch:
    """The catalogue's story keys, title keys and ids, kept current during one import."""

    by_key: dict[str, str] = field(default_factory=dict)
    by_title: dict[str, list[str]] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    written: dict[str, Story] = field(default_factory=dict)  # may still be pending
    # Fields edited here (story id → field → mark): an import keeps them as edited.
    marks: dict[str, dict[str, LocalField]] = field(default_factory=dict)
    # Stories loaded (and, on a shared catalogue, locked) by this import so far.
    loaded: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session) -> _Batch:
        batch = cls(marks=edits.load_marks(session))
        for story_id, key, tkey in session.execute(select(Story.id, Story.key, Story.title_key)):
            batch.by_key[key] = story_id
            batch.by_title.setdefault(tkey, []).append(story_id)
            batch.ids.add(story_id)
        return batch

    def existing_id(self, story_id: str) -> str | None:
        return story_id if story_id in self.ids else None

    def add(self, story: Story, key: str) -> None:
        self.by_key[story.key] = story.id
        self.by_key[key] = story.id
        same_title = self.by_title.setdefault(story.title_key, [])
        if story.id not in same_title:
            same_title.append(story.id)
        self.ids.add(story.id)
        self.written[story.id] = story


def _in_container(note: ReadNote, story_file: StoryFile) -> ReadNote:
    """A reader's note named as the report names files (``bundle!member#row3``)."""
    if story_file.bundle and note.path.startswith(story_file.name):
        return ReadNote(note.kind, story_file.container.display(note.path), note.reason)
    return note


def _draft_display(draft: StoryDraft, story_file: StoryFile) -> str:
    """The file (and row or part) a draft came from, as the report names it."""
    if story_file.bundle and draft.origin_file.startswith(story_file.name):
        return story_file.container.display(draft.origin_file)
    if draft.origin_file.startswith(story_file.display):
        return draft.origin_file
    return story_file.display


class Importer:
    """Imports paths into one catalogue, its media store and (through the caller) its index."""

    def __init__(
        self, sessions: sessionmaker[Session], media: MediaStore, directory: Directory
    ) -> None:
        self.sessions = sessions
        self.media = media
        self.directory = directory
        self._dry_run = False
        self._key_names: dict[str, str] = {}
        self._tombstones: dict[str, str | None] = {}  # story id → the key that withdrew it

    def import_paths(
        self,
        paths: Sequence[Path | str],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        dry_run: bool = False,
        trust: TrustSnapshot | None = None,
    ) -> ImportReport:
        """Import files, folders and bundles; see the module docstring for the guarantees.

        Args:
            paths: Files, folders and bundles.
            progress: Called as ``progress(done, total, current file)``.
            cancel: Checked before each file and before the commit.
            dry_run: Read and check everything, then roll back: the catalogue and the media
                store are left exactly as they were, and the report (with ``changes``) says
                what an import would do.
            trust: The publisher keys the catalogue trusts and has revoked (None: none is
                trusted, so signed bundles import as from unknown publishers).

        Returns:
            What the import did (``storydesk import --json``).

        Raises:
            Cancelled: ``cancel`` was cancelled: the transaction was rolled back and the
                catalogue is as it was. Images already stored for the import's stories stay
                in the media store until the caller removes orphans
                (:meth:`storydesk.library.Library.import_paths` does).
        """
        report = ImportReport(dry_run=dry_run)
        self._dry_run = dry_run
        plan = plan_import([Path(p) for p in paths], trust)
        try:
            self._run(plan, [str(p) for p in paths], report, progress, cancel)
        finally:
            plan.close()
        return report

    def _run(
        self,
        plan: ImportPlan,
        paths: list[str],
        report: ImportReport,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> None:
        for problem in plan.rejected:
            report.reject(problem.path, problem.reason)
        for note in plan.skipped:
            report.note(note)
        total = len(plan.files)
        session = self.sessions()
        try:
            record = ImportRecord(paths=json.dumps(paths, ensure_ascii=False))
            session.add(record)
            session.flush()
            names = NameRows(session, self.directory)
            self._add_partner_records(plan, names)
            self._add_place_records(plan, names)
            self._meet_keys(session, plan)
            self._tombstones = {
                story_id: key
                for story_id, key in session.execute(
                    select(StoryTombstone.story_id, StoryTombstone.publisher_key)
                )
            }
            seen: dict[str, str] = {}
            written: list[Story] = []
            batch = _Batch.load(session)
            for done, story_file in enumerate(plan.files):
                check_cancel(cancel, CANCELLED_WORK)  # rolled back below
                if progress is not None:
                    progress(done, total, story_file.display)
                notes: list[ReadNote] = []
                try:
                    drafts = read_story_file(story_file, notes)
                except RejectedInput as exc:
                    report.reject(exc.path, exc.reason)
                    continue
                except Exception as exc:  # a reader bug must not cost the rest of the import
                    log.exception("reading %s failed", story_file.display)
                    report.reject(
                        story_file.display,
                        translatable(
                            "Import", "could not be read ({error}); details in the log"
                        ).format(error=f"{type(exc).__name__}: {exc}"),
                    )
                    continue
                finally:
                    for note in notes:
                        report.note(_in_container(note, story_file))
                if story_file.planned is not None:
                    story_file.planned.stories += len(drafts)
                for draft in drafts:
                    enrich(draft, self.directory)
                    where = _draft_display(draft, story_file)
                    for warning in draft.warnings:
                        report.warn(where, warning)
                    story = self._write(
                        session, names, draft, where, record, report, seen, batch, story_file
                    )
                    if story is not None:
                        written.append(story)
                if len(written) >= FLUSH_EVERY:
                    _settle(session, written, batch)
            check_cancel(cancel, CANCELLED_WORK)
            if any(b.manifest is not None and b.manifest.withdrawn for b in plan.bundles):
                _settle(session, written, batch)
                for planned in plan.bundles:
                    self._withdraw(session, planned, report)
            report.bundles = [
                {
                    "path": planned.path,
                    "bundle": planned.check(
                        [
                            translatable("Import", "{path}: {reason}").format(
                                path=entry["path"], reason=entry["reason"]
                            )
                            for entry in report.rejected
                            if planned.holds(entry["path"])
                        ]
                    ).to_json(),
                }
                for planned in plan.bundles
            ]
            if progress is not None:
                progress(total, total, "")
            record.finished_at = utcnow()
            record.imported, record.updated, record.unchanged = (
                report.imported,
                report.updated,
                report.unchanged,
            )
            record.rejected = json.dumps(report.rejected, ensure_ascii=False)
            if report.dry_run:
                session.rollback()
                return
            if report.changed_ids or report.withdrawn:
                _settle(session, written, batch)
                bump_generation(session, [*report.changed_ids, *report.withdrawn])
                find_translations(
                    session, report.changed_ids, lambda: check_cancel(cancel, CANCELLED_WORK)
                )
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _add_partner_records(self, plan: ImportPlan, names: NameRows) -> None:
        for record in plan.partners:
            canonical = self.directory.resolve_partner(record.name)
            partner = names.partner(canonical)
            if record.kind and partner.kind == "other":
                partner.kind = record.kind[:40]
            if record.website and not partner.website:
                partner.website = record.website
            known = {a.folded for a in partner.aliases}
            for alias in record.aliases:
                if fold_name(alias) not in known:
                    partner.aliases.append(
                        PartnerAlias(alias=alias[:300], folded=fold_name(alias)[:300])
                    )
                    known.add(fold_name(alias))
                    names.partners.setdefault(fold_name(alias), partner)

    def _add_place_records(self, plan: ImportPlan, names: NameRows) -> None:
        """Add the places and countries of bundles' ``places.yaml``, with their aliases."""
        for record in plan.places:
            country = record.kind == "country"
            canonical = self.directory.resolve_place(record.name)
            place = names.place(canonical, country=country)
            if record.country and not place.country and not country:
                place.country = record.country[:100]
            known = {a.folded for a in place.aliases}
            for alias in record.aliases:
                folded = fold_name(alias)[:300]
                if folded and folded not in known:
                    place.aliases.append(PlaceAlias(alias=alias[:300], folded=folded))
                    known.add(folded)

    def _meet_keys(self, session: Session, plan: ImportPlan) -> None:
        """Learn the publishers' names, and record keys met for the first time in a bundle.

        A key that signed a bundle and is not known here becomes a ``PublisherKey`` row
        (``source="bundle"``, not trusted), so Settings › Publishers can trust it later. A
        dry run rolls it back with everything else.
        """
        rows = session.execute(select(PublisherKey.fingerprint, PublisherKey.publisher))
        self._key_names = {fp: name for fp, name in rows}
        self._key_names.update(plan.trust.trusted)
        for planned in plan.bundles:
            signer = planned.signer
            if signer is None or signer.trust != "unknown":
                continue
            if session.get(PublisherKey, signer.fingerprint) is None:
                session.add(
                    PublisherKey(
                        fingerprint=signer.fingerprint,
                        publisher=(signer.publisher or "")[:300],
                        public_key=signer.key.encoded,
                        own=False,
                        source="bundle",
                        added_at=utcnow(),
                    )
                )
                session.flush()
            self._key_names.setdefault(signer.fingerprint, signer.publisher or "")

    def _publisher_of(self, fingerprint: str) -> str:
        """A story's publisher for a conflict: "UNDP Kyrgyzstan (fingerprint 3f2a 91c0…)"."""
        name = self._key_names.get(fingerprint) or translatable("Import", "a publisher")
        return translatable("Import", "{publisher} (fingerprint {fingerprint}…)").format(
            publisher=name, fingerprint=spaced(fingerprint)[:9]
        )

    def _incoming(self, story_file: StoryFile) -> str:
        """Who the file naming a story comes from, for a conflict."""
        signer = story_file.signer
        if signer is None:
            if story_file.bundle:
                return translatable("Import", "an unsigned bundle")
            return translatable("Import", "a file or folder, not a signed bundle")
        if signer.trusted:
            return self._publisher_of(signer.fingerprint)
        return translatable(
            "Import", 'an unknown publisher "{publisher}" (fingerprint {fingerprint}…)'
        ).format(publisher=signer.publisher, fingerprint=spaced(signer.fingerprint)[:9])

    def _publisher_conflict(self, story: Story, story_file: StoryFile) -> tuple[str, str] | None:
        """Why the file may not update the story (local and incoming texts), or None.

        A story from a signed bundle is updated only by a bundle signed with the same key
        (trusted or not). A story without a key is updated by a trusted signed bundle; by an
        unsigned or unknown-signed bundle only when it came from a bundle itself; by files
        as ever.
        """
        signer = story_file.signer
        if story.publisher_key:
            if signer is not None and signer.fingerprint == story.publisher_key:
                return None
            return self._publisher_of(story.publisher_key), self._incoming(story_file)
        if signer is not None and signer.trusted:
            return None
        if story_file.bundle is None or story.origin_bundle:
            return None
        return (
            translatable("Import", "a story imported here, not from a bundle"),
            translatable(
                "Import",
                "{incoming}: a bundle that is unsigned or from an unknown publisher only adds "
                "stories",
            ).format(incoming=self._incoming(story_file)),
        )

    def _withdraw(self, session: Session, planned: PlannedBundle, report: ImportReport) -> None:
        """Honour the bundle's withdrawals that its publisher may make; list the others."""
        if planned.manifest is None or planned.refused:
            return
        signer = planned.signer
        for entry in planned.manifest.withdrawn:
            story = session.get(Story, entry.id)
            why: str | None = None
            if signer is None:
                why = translatable("Import", "the bundle is unsigned")
            elif not signer.trusted:
                why = translatable("Import", "the bundle's publisher is not trusted here")
            elif story is None:
                why = translatable("Import", "no story with this id is in the catalogue")
            elif story.publisher_key != signer.fingerprint:
                why = translatable("Import", "the story did not come from this publisher")
            if why is not None or story is None:
                report.skip(
                    planned.path,
                    translatable("Import", "withdrawal of story {id} not applied: {reason}").format(
                        id=entry.id, reason=why
                    ),
                )
                continue
            title = story.title
            withdrawal.delete_stories(session, [story.id])
            session.flush()
            report.withdraw(entry.id, title)

    def _store_images(
        self, draft: StoryDraft, display: str, report: ImportReport, *, store: bool = True
    ) -> list[dict[str, Any]]:
        images: list[dict[str, Any]] = []
        for image in draft.images:
            row: dict[str, Any] = {
                "caption": image.caption,
                "credit": image.credit,
                "alt": image.alt,
                "original_url": image.url,
                "original_name": image.name,
                "sha256": None,
                "ext": None,
                "width": None,
                "height": None,
                "bytes": None,
                "orientation": None,
            }
            if image.load is not None:
                try:
                    data, name = image.load(), image.name or display
                    stored = (
                        inspect_image(data, name)
                        if self._dry_run or not store
                        else self.media.add(data, name)
                    )
                except RejectedInput as exc:
                    report.reject(exc.path, exc.reason)
                    continue
                row.update(
                    sha256=stored.sha256,
                    ext=stored.ext,
                    width=stored.width,
                    height=stored.height,
                    bytes=stored.bytes,
                    orientation=stored.orientation,
                )
            elif image.name and not image.url:
                title = shorten(draft.title, 80)
                report.reject(
                    f"{display} → {image.name}",
                    translatable(
                        "Import",
                        "story '{title}': image {image} is missing (not in the folder or bundle)",
                    ).format(title=title, image=image.name),
                    story=title,
                    image=image.name,
                )
            images.append(row)
        return images

    def _find_existing(
        self, session: Session, draft: StoryDraft, key: str, batch: _Batch
    ) -> Story | None:
        """The catalogue's story for this draft: by key, by author id, then by title.

        A title names a story from another origin only when the text is mostly the same
        (:data:`SAME_TEXT`); otherwise the draft is a new story of the same title.

        Lookups go through ``batch``'s in-memory maps of the catalogue's keys, loaded once per
        import: a query per story (and the autoflush before each) dominated large imports.
        """
        story_id = batch.by_key.get(key)
        if story_id is None and draft.external_id:
            # An author's id names its story: never take another story's place by title.
            story_id = batch.existing_id(draft.external_id.strip())
        if story_id is not None:
            return self._load(session, story_id, batch)
        if draft.external_id:
            return None
        for candidate_id in batch.by_title.get(title_key(draft), []):
            candidate = self._load(session, candidate_id, batch)
            if candidate is None or title_key(draft) != candidate.title_key:
                continue
            legacy = candidate.key.startswith("title:") and "@" not in candidate.key
            if legacy and _same_origin(candidate, draft):
                # Keyed before origins counted: the same file, or the same text, is it.
                return candidate
            if text_overlap(candidate.body or "", draft.body) >= SAME_TEXT:
                return candidate
        return None

    def _load(self, session: Session, story_id: str, batch: _Batch) -> Story | None:
        """The story ``story_id``, locked until the import commits on a shared catalogue.

        On PostgreSQL the row is read ``FOR UPDATE``: an editor saving the story meanwhile
        waits for the import, and an edit committed before reads as it is now, with the
        fields it made local (an import keeps those as edited). SQLite has one writer at a
        time: the catalogue cannot change under the import.
        """
        if story_id in batch.written:
            return batch.written[story_id]
        with session.no_autoflush:
            if story_id in batch.loaded or session.get_bind().dialect.name != "postgresql":
                return session.get(Story, story_id)
            batch.loaded.add(story_id)
            story = session.get(Story, story_id, with_for_update=True, populate_existing=True)
            if story is not None:
                # The marks were read when the import began; an edit may have come since.
                fresh = session.scalars(
                    select(LocalField)
                    .where(LocalField.story_id == story_id)
                    .execution_options(populate_existing=True)
                )
                marks = {mark.field: mark for mark in fresh}
                if marks:
                    batch.marks[story_id] = marks
                else:
                    batch.marks.pop(story_id, None)
            return story

    @staticmethod
    def _conflicts(story: Story, draft: StoryDraft, display: str, report: ImportReport) -> bool:
        """Whether the draft would replace most of the story's text from another origin.

        Such an update is not applied: the catalogue keeps its story and the report lists
        the conflict (an editor decides; a re-import from the story's own origin updates it).
        """
        if _same_origin(story, draft):
            return False
        local, incoming = story.body or "", draft.body
        if len(_WORD.findall(local)) < MIN_CONFLICT_WORDS:
            return False  # a story with (almost) no text loses nothing to a fuller one
        if local == incoming or text_overlap(local, incoming) >= REPLACED_TEXT:
            return False
        report.conflict(story.id, "body", _excerpt(local), _excerpt(incoming), display)
        return True

    def _new_id(self, draft: StoryDraft, key: str, batch: _Batch) -> str:
        candidate = (draft.external_id or "").strip()
        if _SAFE_ID.match(candidate) and candidate not in batch.ids:
            return candidate
        digest = hashlib.sha256(key.encode()).hexdigest()
        for length in (12, 16, 24, 64):
            if digest[:length] not in batch.ids:
                return digest[:length]
        return uuid.uuid4().hex

    def _write(
        self,
        session: Session,
        names: NameRows,
        draft: StoryDraft,
        display: str,
        record: ImportRecord,
        report: ImportReport,
        seen: dict[str, str],
        batch: _Batch,
        story_file: StoryFile,
    ) -> Story | None:
        """Write one draft; returns the story if it was created or changed."""
        key = story_key(draft)
        story = self._find_existing(session, draft, key, batch)
        signer: Signer | None = story_file.signer
        blocked = self._publisher_conflict(story, story_file) if story is not None else None
        if story is not None and blocked is not None:
            # Not this file's to change: unchanged if it says the same, else a conflict.
            images = self._store_images(draft, display, report, store=False)
            if story.content_hash == _content_hash(draft, images):
                if story.id not in seen:
                    report.unchanged += 1
                    report.change(story.id, story.title, "unchanged")
            else:
                report.conflict(story.id, "publisher", blocked[0], blocked[1], display)
                report.change(story.id, story.title, "conflict")
            report.add_story(story.id)
            seen.setdefault(story.id, display)
            return None
        if story is not None and self._conflicts(story, draft, display, report):
            report.change(story.id, story.title, "conflict")
            report.add_story(story.id)
            seen.setdefault(story.id, display)
            return None
        if story is not None and story.id in seen:
            # A second file (or row) of this import is the same story: the later one wins.
            report.skip(
                display,
                translatable(
                    "Import",
                    "the same story as {earlier} ('{title}'), read earlier in this import; "
                    "this later version is the one kept",
                ).format(earlier=seen[story.id], title=shorten(story.title, 80)),
            )
        images = self._store_images(draft, display, report)
        content_hash = _content_hash(draft, images)
        marks = batch.marks.get(story.id, {}) if story is not None else {}
        if story is not None and story.content_hash == content_hash:
            if marks:
                local = {f: edits.field_value(story, f) for f in marks}
                incoming = {f: _draft_value(draft, f, names) for f in marks}
                self._keep_edits(session, story, marks, local, incoming, names, display, report)
            if story.id not in seen:
                report.unchanged += 1
                report.change(story.id, story.title, "unchanged")
            if signer is not None and signer.trusted and story.publisher_key is None:
                story.publisher_key = signer.fingerprint  # now bound to its publisher
            report.add_story(story.id)
            seen.setdefault(story.id, display)
            return None
        if story is None:
            new_id = self._new_id(draft, key, batch)
            withdrawn_by = self._tombstones.get(new_id)
            if withdrawn_by and (signer is None or signer.fingerprint != withdrawn_by):
                # Deleted here, and it came from a publisher: only that publisher brings it back.
                report.conflict(
                    new_id,
                    "withdrawn",
                    self._publisher_of(withdrawn_by),
                    self._incoming(story_file),
                    display,
                )
                report.change(new_id, draft.title, "conflict")
                return None
            story = Story(id=new_id, key=key, created_at=utcnow())
            story.publisher_key = signer.fingerprint if signer is not None else None
            if story.id in self._tombstones:
                # Imported again: no longer withdrawn here.
                session.execute(delete(StoryTombstone).where(StoryTombstone.story_id == story.id))
                del self._tombstones[story.id]
            session.add(story)
            report.imported += 1
            report.change(story.id, draft.title, "new")
        elif story.id in seen:
            pass  # counted when first met
        else:
            report.updated += 1
            report.change(story.id, draft.title, "updated")
        seen.setdefault(story.id, display)
        local = {f: edits.field_value(story, f) for f in marks}
        story.title_key = title_key(draft)
        legacy = story.key.startswith("title:") and "@" not in story.key
        if legacy and key.startswith("title:") and key not in batch.by_key:
            story.key = key  # a key from before origins counted takes its origin now
        batch.add(story, key)
        story.title = draft.title
        story.language = draft.language
        story.date = draft.date
        story.summary = draft.summary
        story.body = draft.body
        story.author = draft.author
        story.source_name = draft.source_name
        story.source_url = draft.source_url
        story.content_hash = content_hash
        story.origin_file = draft.origin_file
        story.origin_bundle = draft.origin_bundle
        if signer is not None and signer.trusted:
            story.publisher_key = signer.fingerprint
        story.updated_at = utcnow()
        record_story_links(story, draft, names)
        story.images = [Image(position=i, **row) for i, row in enumerate(images)]
        story.figures = [
            StoryFigure(position=i, value=f.value[:200], counts=f.counts, text=f.text)
            for i, f in enumerate(draft.figures)
        ]
        story.translation_links = [
            TranslationLink(target_key=f"id:{t.strip().casefold()}")
            for t in dict.fromkeys(draft.translations)
            if t.strip()
        ]
        story.import_id = record.id
        if marks:
            incoming = {f: edits.field_value(story, f) for f in marks}
            self._keep_edits(session, story, marks, local, incoming, names, display, report)
        report.add_story(story.id, changed=True)
        return story

    @staticmethod
    def _keep_edits(
        session: Session,
        story: Story,
        marks: dict[str, LocalField],
        local: dict[str, edits.Value],
        incoming: dict[str, edits.Value],
        names: NameRows,
        display: str,
        report: ImportReport,
    ) -> None:
        """Put the story's edited fields back; report where the file disagrees with them."""
        found = edits.settle_import(session, story, marks, local, incoming, names, display)
        for name, mine, theirs in found:
            report.conflict(story.id, name, edits.display(mine), edits.display(theirs), display)


def _draft_value(draft: StoryDraft, name: str, names: NameRows) -> edits.Value:
    """What a draft would give the story for an editable field (names made canonical)."""
    if name == "date":
        return draft.date.isoformat() if draft.date else None
    if name == "partners":
        return [p.name for p in dict.fromkeys(names.partner(p) for p in draft.partners)]
    if name == "places":
        return [p.name for p in dict.fromkeys(names.place(p) for p in draft.places)]
    if name == "countries":
        rows = dict.fromkeys(names.place(c, country=True) for c in draft.countries)
        return [p.name for p in rows]
    if name == "tags":
        return sorted({names.tag(t).name for t in draft.tags})
    if name == "sdgs":
        return sorted({g for g in draft.sdgs if g in names.goals})
    value: str | None = getattr(draft, name)
    return value


def record_story_links(story: Story, draft: StoryDraft, names: NameRows) -> None:
    """Point the story at its partner, place, country, tag and SDG rows.

    The order (first mentioned first) is written to the link tables by
    :func:`write_link_positions` once the rows have ids.
    """
    story.partners = list(dict.fromkeys(names.partner(p) for p in draft.partners))
    story.places = list(dict.fromkeys(names.place(p) for p in draft.places))
    story.countries = list(dict.fromkeys(names.place(c, country=True) for c in draft.countries))
    story.tags = list(dict.fromkeys(names.tag(t) for t in draft.tags))
    story.sdgs = [names.goals[g] for g in dict.fromkeys(draft.sdgs) if g in names.goals]


def _settle(session: Session, written: list[Story], batch: _Batch) -> None:
    """Flush the stories written so far and let them go from memory.

    The transaction stays open (the import still commits whole or not at all); the rows
    are in it, and a later file naming the same story loads it back. Without this, one
    transaction of 100k stories kept every object alive.
    """
    session.flush()
    write_link_positions(session, written)
    for story in written:
        batch.written.pop(story.id, None)
        if story in session:
            session.expunge(story)
    written.clear()
