"""The ``storydesk`` command: the catalogue from a terminal, and ``--json`` for scripts.

With no command it opens the desktop app. Exit status: 0 success; 1 done but with rejected
inputs or problems found; 2 usage error. Errors go to stderr as one line each; a bug is
logged with its traceback to the data folder's log file, never dumped on the user. A full
disk, a read-only folder or a busy catalogue is one sentence, never an errno or SQL.

The log file is opened only by commands that open a writable data folder: ``bundle verify``
and commands on a read-only folder write nothing at all.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storydesk import __version__
from storydesk.errors import CatalogueDamaged, CatalogueError, CatalogueMissing, StoryDeskError
from storydesk.messages import translatable
from storydesk.paths import DATABASE_URL_ENV, DataLayout
from storydesk.terminal import printable, printable_block

if TYPE_CHECKING:
    from storydesk.library import Library, StorySummary

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("storydesk")
_log_path: Path | None = None


class UsageError(Exception):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _emit_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _err(message: str) -> None:
    """One line on stderr: names and reasons in it cannot break the line or drive a terminal."""
    sys.stderr.write(printable(message.rstrip()) + "\n")


def _progress_printer(enabled: bool) -> Callable[[int, int, str], None] | None:
    if not enabled or not sys.stderr.isatty():
        return None
    width = shutil.get_terminal_size((80, 20)).columns

    def show(done: int, total: int, what: str) -> None:
        line = f"[{done}/{total}] {what}"[: width - 1]
        sys.stderr.write("\r" + line.ljust(width - 1))
        if done >= total:
            sys.stderr.write("\r" + " " * (width - 1) + "\r")
        sys.stderr.flush()

    return show


def _open(args: argparse.Namespace) -> Library:
    from storydesk.library import Library

    library = Library.open(
        args.data_dir,
        progress=_progress_printer(not args.json),
        wait=args.wait,
        on_wait=_err,
    )
    for warning in library.warnings:
        _err(f"warning: {warning}")
    if not library.read_only:
        _setup_logging(library.layout)
    return library


# -- commands ---------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    """Import files, folders and bundles; one line per file or row not taken, then a summary.

    Each bundle read gets a line saying who signed it and whether that publisher is trusted.
    With ``--dry-run`` nothing is written: the summary says what an import would do and
    lists each story as new, updated, unchanged, withdrawn or conflicting.

    Names and reasons are shown with control characters escaped (``\\n``, ``\\x1b``), so a
    file name cannot forge lines of the report or drive the terminal.
    """
    progress = _progress_printer(not args.json)
    shown_progress = (
        None
        if progress is None
        else lambda done, total, what: progress(done, total, printable(what))
    )
    with _open(args) as library:
        if args.dry_run:
            report = library.preview_import(args.paths, progress=shown_progress)
        else:
            report = library.import_paths(args.paths, progress=shown_progress)
    for entry in report.rejected:
        _err(f"rejected: {printable(entry['path'])}: {printable(entry['reason'])}")
    if not args.json:
        for label, entries in (("skipped", report.skipped), ("warning", report.warnings)):
            for entry in entries:
                _err(f"{label}: {printable(entry['path'])}: {printable(entry['reason'])}")
        for conflict in report.conflicts:
            _err(_conflict_line(conflict))
    if args.json:
        _emit_json(report.to_json())
        return EXIT_PROBLEMS if report.rejected else EXIT_OK
    refused = {entry["path"] for entry in report.rejected}
    for read in report.bundles:
        trust = "refused" if read["path"] in refused else _bundle_trust(read["bundle"])
        print(f"bundle: {printable(read['path'])}: {trust}")
    extras = [f"{len(report.skipped)} skipped"]
    if report.warnings:
        extras.append(_count(len(report.warnings), "warning"))
    if report.conflicts:
        extras.append(_count(len(report.conflicts), "conflict"))
    if args.dry_run:
        print(
            f"Would import {report.imported} new, update {report.updated}, "
            f"{report.unchanged} unchanged, withdraw {len(report.withdrawn)}; "
            f"{len(report.rejected)} rejected, " + ", ".join(extras) + ". Nothing was written."
        )
        for change in report.changes:
            print(printable(f"  {change['action']:<10} {change['id']}  {change['title']}"))
    else:
        withdrawn = f", withdrew {len(report.withdrawn)}" if report.withdrawn else ""
        print(
            f"Imported {report.imported} new, updated {report.updated}, "
            f"{report.unchanged} unchanged{withdrawn}; {len(report.rejected)} rejected, "
            + ", ".join(extras)
            + "."
        )
    return EXIT_PROBLEMS if report.rejected else EXIT_OK


def _conflict_line(conflict: Any) -> str:
    """One ``conflict:`` line for the terminal."""
    if conflict["field"] == "body":
        return (
            f"conflict: story {conflict['id']} kept as it is; "
            f"{printable(conflict['path'])} would replace most of its body"
        )
    if conflict["field"] == "withdrawn":
        return (
            f"conflict: story {conflict['id']} stays deleted: it came from "
            f"{printable(conflict['local'])}; {printable(conflict['path'])} is from "
            f"{printable(conflict['incoming'])}"
        )
    if conflict["field"] == "publisher":
        return (
            f"conflict: story {conflict['id']} kept as it is: it came from "
            f"{printable(conflict['local'])}; {printable(conflict['path'])} is from "
            f"{printable(conflict['incoming'])}"
        )
    return (
        f"conflict: story {conflict['id']}: {conflict['field']} kept as edited here "
        f"({printable(_cut(conflict['local'])) or '(nothing)'}); "
        f"{printable(conflict['path'])} says "
        f"{printable(_cut(conflict['incoming'])) or '(nothing)'}"
    )


def _short_fingerprint(fingerprint: str, groups: int | None = 2) -> str:
    """A fingerprint in groups of four, the first ``groups`` then "…" (None: all of it)."""
    from storydesk.library import spaced_fingerprint

    return spaced_fingerprint(fingerprint, groups)


def _bundle_trust(bundle: dict[str, Any]) -> str:
    """Who made a bundle and whether they are trusted here, for its ``bundle:`` line."""
    if bundle.get("signed") and bundle.get("fingerprint"):
        fingerprint = str(bundle["fingerprint"])
        publisher = printable(str(bundle.get("publisher") or ""))
        if bundle.get("trusted"):
            return f"signed by {publisher} ({_short_fingerprint(fingerprint)}), trusted"
        return (
            f'signed by an unknown publisher "{publisher}" '
            f"(fingerprint {_short_fingerprint(fingerprint, None)})"
        )
    return "unsigned: nothing says who made it"


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def _story_line(story: StorySummary) -> str:
    date = story.date_text or "    -     "
    where = ", ".join(story.places[:2] or story.countries[:1])
    line = f"{story.id:<14} {date}  {story.language or '--':<3} {story.title}" + (
        f"  ({where})" if where else ""
    )
    return printable(line)


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as library:
        stories = library.list_stories(limit=args.limit)
    if args.json:
        _emit_json([story.to_json() for story in stories])
    else:
        for story in stories:
            print(_story_line(story))
        if not stories:
            print("The catalogue is empty. Import stories with: storydesk import PATH")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as library:
        story = library.get_story(args.id)
        suggestions = library.sdg_suggestions(args.id)
    if args.json:
        _emit_json({**story.to_json(), "sdg_suggestions": [s.to_json() for s in suggestions]})
        return EXIT_OK
    title = printable(story.title)
    print(title)
    print("=" * min(len(title), 80))
    facts = [
        ("Date", story.date_text),
        ("Language", story.language),
        ("Countries", ", ".join(story.countries)),
        ("Places", ", ".join(story.places)),
        ("Partners", ", ".join(story.partners)),
        ("SDGs", ", ".join(str(g) for g in story.sdgs)),
        ("Tags", ", ".join(story.tags)),
        ("Author", story.author),
        ("Source", " ".join(filter(None, [story.source_name, story.source_url]))),
        ("Translations", ", ".join(story.translations)),
    ]
    for label, value in facts:
        if value:
            print(printable(f"{label + ':':<14}{value}"))
    if suggestions:
        suggested = ", ".join(
            f"{s.goal} {s.name} ({', '.join(s.terms)})" if s.terms else f"{s.goal} {s.name}"
            for s in suggestions
        )
        print(printable(f"Suggested SDGs: {suggested}"))
    if story.summary:
        print("\n" + textwrap.fill(printable(story.summary), 100))
    print()
    print(printable_block(story.body))
    if story.figures:
        print("\nKey figures:")
        for figure in story.figures:
            print(f"  • {printable(figure.text)}")
    for image in story.images:
        parts = [image.caption, image.credit and f"© {image.credit}", image.alt]
        print(f"\n[image] {printable(' — '.join(p for p in parts if p))}")
    return EXIT_OK


# -- translations linked by hand -----------------------------------------------------------


def _named(story: StorySummary) -> str:
    """``<id> (<language>) <title>``, as the link and unlink commands name a story."""
    return printable(f"{story.id} ({story.language or '--'}) {story.title}")


def _translations_json(library: Library, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Each story's id, language and translations, as ``show --json`` gives them."""
    return [
        {"id": story.id, "language": story.language, "translations": list(story.translations)}
        for story in library.stories(ids)
    ]


def cmd_link(args: argparse.Namespace) -> int:
    with _open(args) as library:
        group = library.link_translations(args.ids)
        if args.json:
            _emit_json({"linked": _translations_json(library, group)})
            return EXIT_OK
        summaries = library.summaries(group)
    # The stories named first, in the order given, then those they were already linked to.
    order = [*dict.fromkeys(i.strip() for i in args.ids if i.strip() in summaries), *group]
    named = (_named(summaries[i]) for i in dict.fromkeys(order))
    print("Linked as translations: " + ", ".join(named))
    return EXIT_OK


def cmd_unlink(args: argparse.Namespace) -> int:
    ids = list(dict.fromkeys(args.ids))
    with _open(args) as library:
        library.stories(ids)  # an unknown id changes nothing
        former = {story_id: library.unlink_translation(story_id) for story_id in ids}
        if args.json:
            others = sorted({i for group in former.values() for i in group} - set(ids))
            _emit_json(
                {
                    "unlinked": _translations_json(library, ids),
                    "others": _translations_json(library, others),
                }
            )
            return EXIT_OK
        summaries = library.summaries([*ids, *(i for g in former.values() for i in g)])
    for story_id in ids:
        was = [summaries[i] for i in former[story_id] if i in summaries]
        detail = "was linked to " + ", ".join(_named(s) for s in was) if was else "it had none"
        print(f"Unlinked from translations: {_named(summaries[story_id])} ({detail})")
    return EXIT_OK


# -- collections and saved searches -------------------------------------------------------

SEARCH_FILTER_OPTIONS = (
    ("partner", "partners", "P", "only stories naming this partner"),
    ("country", "countries", "C", "only stories about this country"),
    ("place", "places", "P", "only stories about this place"),
    ("language", "languages", "xx", "only stories in this language (ISO 639-1 code)"),
    ("year", "years", "YYYY", "only stories from this year ('undated': those with no date)"),
    ("sdg", "sdgs", "N", "only stories tagged with this goal"),
    ("tag", "tags", "T", "only stories with this tag"),
)
"""``search`` options (repeatable: values of one are alternatives) → the search's filter."""


def _search_filters(args: argparse.Namespace) -> dict[str, list[str]]:
    """The filters the ``search`` options name, as ``Library.search`` takes them."""
    from storydesk.library import DATE_FILTER, date_range

    filters: dict[str, list[str]] = {}
    for option, facet, _metavar, _help in SEARCH_FILTER_OPTIONS:
        values = [v.strip() for v in getattr(args, option, None) or [] if v.strip()]
        if values:
            filters[facet] = list(dict.fromkeys(values))
    start = (getattr(args, "date_from", None) or "").strip()
    end = (getattr(args, "date_to", None) or "").strip()
    if start or end:
        value = f"{start}..{end}"
        if date_range(value) is None:
            raise UsageError(
                f"storydesk search: --from {start or '…'} --to {end or '…'} is not a date "
                "range; give dates as YYYY-MM-DD, YYYY-MM or YYYY"
            )
        filters[DATE_FILTER] = [value]
    return filters


def _collection_json(library: Library, name: str) -> dict[str, Any]:
    """A collection as ``collection show --json`` prints it, its stories as in ``list``."""
    document = library.collection(name).to_json()
    document["stories"] = [story.to_json() for story in library.collection_stories(name)]
    return document


def _collection_heading(library: Library, name: str) -> str:
    found = library.collection(name)
    return printable(f"{found.name}: {_count(found.count, 'story', 'stories')}")


def cmd_collection_list(args: argparse.Namespace) -> int:
    with _open(args) as library:
        found = library.collections()
    if args.json:
        _emit_json([c.to_json() for c in found])
        return EXIT_OK
    for c in found:
        print(printable(f"{c.count:>5}  {c.name}  (changed {c.updated:%Y-%m-%d %H:%M} UTC)"))
    if not found:
        print("No collections yet. Make one with: storydesk collection create NAME [ID...]")
    return EXIT_OK


def cmd_collection_show(args: argparse.Namespace) -> int:
    with _open(args) as library:
        if args.json:
            _emit_json(_collection_json(library, args.name))
            return EXIT_OK
        heading = _collection_heading(library, args.name)
        stories = library.collection_stories(args.name)
    print(heading)
    for story in stories:
        print(_story_line(story))
    return EXIT_OK


def cmd_collection_create(args: argparse.Namespace) -> int:
    with _open(args) as library:
        made = library.create_collection(args.name, args.ids)
        if args.json:
            _emit_json(_collection_json(library, made.name))
            return EXIT_OK
    count = _count(made.count, "story", "stories")
    print(printable(f"Made the collection '{made.name}' with {count}."))
    return EXIT_OK


def cmd_collection_add(args: argparse.Namespace) -> int:
    with _open(args) as library:
        change = library.add_to_collection(args.name, args.ids)
        if args.json:
            _emit_json(_collection_json(library, change.collection.name))
            return EXIT_OK
    name = change.collection.name
    added = _count(len(change.changed), "story", "stories")
    already = f"; already in it: {', '.join(change.unchanged)}" if change.unchanged else ""
    print(printable(f"Added {added} to '{name}' (now {change.collection.count}){already}."))
    return EXIT_OK


def cmd_collection_remove(args: argparse.Namespace) -> int:
    with _open(args) as library:
        change = library.remove_from_collection(args.name, args.ids)
        document = _collection_json(library, change.collection.name) if args.json else None
    name = change.collection.name
    if change.unchanged:
        _err(f"error: not in the collection '{name}': {', '.join(change.unchanged)}")
    if document is not None:
        _emit_json(document)
    else:
        removed = _count(len(change.changed), "story", "stories")
        print(printable(f"Removed {removed} from '{name}' (now {change.collection.count})."))
    return EXIT_PROBLEMS if change.unchanged else EXIT_OK


def cmd_collection_rename(args: argparse.Namespace) -> int:
    with _open(args) as library:
        before = library.collection(args.old).name
        renamed = library.rename_collection(args.old, args.new)
        if args.json:
            _emit_json(_collection_json(library, renamed.name))
            return EXIT_OK
    print(printable(f"Renamed the collection '{before}' to '{renamed.name}'."))
    return EXIT_OK


def cmd_collection_delete(args: argparse.Namespace) -> int:
    with _open(args) as library:
        gone = library.delete_collection(args.name)
    if args.json:
        _emit_json({"deleted": gone.to_json()})
        return EXIT_OK
    count = _count(gone.count, "story", "stories")
    print(printable(f"Deleted the collection '{gone.name}' ({count}; the stories stay)."))
    return EXIT_OK


def _filters_text(filters: dict[str, list[str]]) -> str:
    return "; ".join(f"{facet}: {', '.join(values)}" for facet, values in filters.items())


def cmd_searches(args: argparse.Namespace) -> int:
    with _open(args) as library:
        found = library.saved_searches()
    if args.json:
        _emit_json([entry.to_json() for entry in found])
        return EXIT_OK
    for entry in found:
        filters = _filters_text(entry.filter_lists())
        line = f"{entry.name}: {entry.query or '(all stories)'}" + (
            f"  [{filters}]" if filters else ""
        )
        print(printable(line))
    if not found:
        print("No saved searches yet. Save one with: storydesk search QUERY --save NAME")
    return EXIT_OK


def cmd_searches_delete(args: argparse.Namespace) -> int:
    with _open(args) as library:
        gone = library.delete_saved_search(args.name)
    if args.json:
        _emit_json({"deleted": gone.to_json()})
        return EXIT_OK
    print(printable(f"Deleted the saved search '{gone.name}'."))
    return EXIT_OK


def _add_collection_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """``collection list|show|create|add|remove|rename|delete`` and ``searches [delete]``."""
    collection = sub.add_parser(
        "collection", parents=[common], help="named lists of stories (list, show, create...)"
    )
    collection.set_defaults(func=cmd_collection_list)
    commands = collection.add_subparsers(dest="collection_command", parser_class=_Parser)
    p = commands.add_parser("list", parents=[common], help="the collections with their sizes")
    p.set_defaults(func=cmd_collection_list)
    p = commands.add_parser("show", parents=[common], help="a collection's stories, in order")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_collection_show)
    p = commands.add_parser("create", parents=[common], help="make a collection")
    p.add_argument("name", metavar="NAME")
    p.add_argument("ids", nargs="*", metavar="ID", help="stories to put in it, in order")
    p.set_defaults(func=cmd_collection_create)
    p = commands.add_parser("add", parents=[common], help="add stories at the end")
    p.add_argument("name", metavar="NAME")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_collection_add)
    p = commands.add_parser("remove", parents=[common], help="take stories out of it")
    p.add_argument("name", metavar="NAME")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_collection_remove)
    p = commands.add_parser("rename", parents=[common], help="rename a collection")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.set_defaults(func=cmd_collection_rename)
    p = commands.add_parser(
        "delete", parents=[common], help="delete a collection (its stories stay)"
    )
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_collection_delete)

    searches = sub.add_parser("searches", parents=[common], help="the saved searches")
    searches.set_defaults(func=cmd_searches)
    searches_sub = searches.add_subparsers(dest="searches_command", parser_class=_Parser)
    p = searches_sub.add_parser("delete", parents=[common], help="delete a saved search")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_searches_delete)


# -- publisher keys ---------------------------------------------------------------------


def _key_line(key: Any) -> str:
    return printable(f"{key.status:<8} {key.spaced}  {key.publisher}")


def cmd_keys_list(args: argparse.Namespace) -> int:
    with _open(args) as library:
        found = library.keys()
    if args.json:
        _emit_json([key.to_json() for key in found])
        return EXIT_OK
    for key in found:
        print(_key_line(key))
    if not found:
        print(
            "No publisher keys yet. Make this catalogue's with: storydesk keys generate "
            "--publisher NAME; trust another's with: storydesk keys trust FILE"
        )
    return EXIT_OK


def cmd_keys_generate(args: argparse.Namespace) -> int:
    with _open(args) as library:
        key = library.generate_key(args.publisher)
        folder = library.layout.keys
    if args.json:
        _emit_json(key.to_json())
        return EXIT_OK
    print(printable(f"Made the publisher key of {key.publisher}."))
    print(f"Fingerprint: {key.spaced}")
    print(printable(f"Its private half is kept in {folder} and never leaves this data folder."))
    print("Give the offices its public key: storydesk keys export -o FILE.storykey")
    return EXIT_OK


def cmd_keys_export(args: argparse.Namespace) -> int:
    with _open(args) as library:
        key = library.export_key(args.output, args.fingerprint)
    if args.json:
        document = key.to_json()
        document["path"] = str(args.output)
        _emit_json(document)
        return EXIT_OK
    print(printable(f"Wrote {args.output}: the public key of {key.publisher}."))
    print(f"Fingerprint: {key.spaced}")
    print("Tell it to the offices that trust the file, so that they can compare it.")
    return EXIT_OK


def cmd_keys_trust(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.fingerprint is None):
        raise UsageError("storydesk keys trust: give either a key FILE or --fingerprint FP")
    with _open(args) as library:
        if args.file is not None:
            key = library.trust_key_file(args.file)
        else:
            key = library.trust_key(args.fingerprint)
    if args.json:
        _emit_json(key.to_json())
        return EXIT_OK
    state = "This catalogue's own key" if key.status == "own" else "Trusted the key"
    print(printable(f"{state} of {key.publisher}."))
    print(f"Fingerprint: {key.spaced}")
    if key.status != "own":
        print(
            "Compare it with the publisher's (by phone) before relying on it; if it differs, "
            f"revoke it: storydesk keys revoke {key.fingerprint}"
        )
    return EXIT_OK


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    with _open(args) as library:
        key = library.revoke_key(args.fingerprint)
    if args.json:
        _emit_json(key.to_json())
        return EXIT_OK
    print(printable(f"Revoked the key of {key.publisher} ({key.spaced})."))
    print("Bundles signed with it are refused here.")
    if key.source == "own":
        print("Its private half was deleted; make a new key with: storydesk keys generate")
    return EXIT_OK


def _add_keys_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """``keys list|generate|export|trust|revoke`` (docs/publishers.md)."""
    keys = sub.add_parser(
        "keys", parents=[common], help="publisher keys: make, share, trust, revoke"
    )
    keys.set_defaults(func=cmd_keys_list)
    commands = keys.add_subparsers(dest="keys_command", parser_class=_Parser)
    p = commands.add_parser("list", parents=[common], help="the keys this catalogue knows")
    p.set_defaults(func=cmd_keys_list)
    p = commands.add_parser(
        "generate", parents=[common], help="make this catalogue's key (signs its bundles)"
    )
    p.add_argument("--publisher", required=True, metavar="NAME", help="who signs, as shown")
    p.set_defaults(func=cmd_keys_generate)
    p = commands.add_parser("export", parents=[common], help="write a public key file to share")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--fingerprint", metavar="FP", help="a trusted key instead of this catalogue's own"
    )
    p.set_defaults(func=cmd_keys_export)
    p = commands.add_parser(
        "trust", parents=[common], help="trust a key file, or a key met in a bundle"
    )
    p.add_argument("file", type=Path, nargs="?", metavar="FILE", help="a .storykey file")
    p.add_argument("--fingerprint", metavar="FP", help="a key met in a bundle (keys list)")
    p.set_defaults(func=cmd_keys_trust)
    p = commands.add_parser("revoke", parents=[common], help="refuse a key's bundles from now on")
    p.add_argument("fingerprint", metavar="FINGERPRINT", help="or its first 8+ hex digits")
    p.set_defaults(func=cmd_keys_revoke)


class _SearchParser(_Parser):
    """The ``search`` command's parser: a query word may start with ``-`` (``-Бишкек``).

    A ``-word`` that is not one of the command's short options (only ``-h``) is a query
    word, not an unknown option: ``-health`` too. Long ``--...`` options are options;
    ``--`` still ends them.
    """

    def _parse_optional(self, arg_string: str) -> Any:
        if len(arg_string) > 1 and arg_string[0] == "-" and arg_string[1] != "-":
            short = {
                option
                for action in self._actions
                for option in action.option_strings
                if not option.startswith("--")
            }
            if arg_string not in short:
                return None  # a positional: a query word that excludes a term
        return super()._parse_optional(arg_string)


SEARCH_EPILOG = """The query is every word after the options, so quotes are needed only for a phrase
("качества воды") or to keep the shell off special characters. A word starting with '-'
excludes it: storydesk search вода -Бишкек. Put '--' before the query when it could be
read as an option (storydesk search -- --limit). See docs/search.md for the syntax.
"""


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    filters = _search_filters(args)
    if args.saved is not None and (args.query or filters or args.save is not None):
        raise UsageError(
            "storydesk search: --saved NAME runs a saved search as it was saved; "
            "give no query, filters or --save with it"
        )
    if args.saved is None and not args.query and not filters:  # '' searches everything
        raise UsageError("storydesk search: give a query, a filter or --saved NAME")
    saved = None
    with _open(args) as library:
        if args.saved is not None:
            result = library.run_saved_search(
                args.saved, limit=args.limit, facets=args.facets, sort=args.sort
            )
        else:
            result = library.search(
                query, limit=args.limit, facets=args.facets, sort=args.sort, filters=filters
            )
            if args.save is not None:
                saved = library.save_search(args.save, query, filters, replace=args.replace)
    if args.json:
        document = result.to_json()
        if saved is not None:
            document["saved"] = saved.to_json()
        _emit_json(document)
        return EXIT_OK
    print("1 story matches." if result.total == 1 else f"{result.total} stories match.")
    if result.ignored_terms:
        print(f"(The query is very long: {result.ignored_terms} of its words were not searched.)")
    if result.pending:
        print(f"({result.pending} stories are still being indexed.)")
    if result.suggestion:
        print(f"Did you mean: {printable(result.suggestion)}")
    for hit in result.hits:
        line = f"{hit.id:<14} {hit.date or '    -     '}  {hit.language or '--':<3} {hit.title}"
        print("\n" + printable(line))
        if hit.snippet:
            print(textwrap.indent(textwrap.fill(printable(hit.snippet), 96), "    "))
    if args.facets:
        for name, counts in result.facets.items():
            if counts:
                top = ", ".join(f"{k} ({v})" for k, v in list(counts.items())[:8])
                print(f"\n{name}: {printable(top)}")
    if saved is not None:
        print()
        print(printable(f"Saved this search as '{saved.name}'."))
    return EXIT_OK


# -- editing stories ---------------------------------------------------------------------

_NAME_OPTIONS = (("partner", "partners"), ("place", "places"), ("country", "countries"))
EDITABLE_FIELDS = (
    "title",
    "summary",
    "date",
    "language",
    "countries",
    "places",
    "partners",
    "sdgs",
    "tags",
    "author",
    "source_name",
    "source_url",
)
"""storydesk.library.EDITABLE_FIELDS (tested equal), without importing the library to parse."""


def _cut(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edit_changes(
    library: Library, args: argparse.Namespace
) -> tuple[dict[str, object], int | None]:
    """The ``changes`` for :meth:`Library.edit_story` from ``edit``'s options, and the
    story's version they were worked out from when they depend on it (a list with names
    added or removed): saved only if the story is still at that version, so a name another
    editor added meanwhile is not dropped."""
    story = library.get_story(args.id)
    read_from: int | None = None
    changes: dict[str, object] = {}
    for option, field in (
        ("title", "title"),
        ("summary", "summary"),
        ("date", "date"),
        ("language", "language"),
        ("author", "author"),
        ("source", "source_name"),
        ("source_url", "source_url"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    lists = [(singular, field) for singular, field in _NAME_OPTIONS] + [("tag", "tags")]
    for singular, field in lists:
        added = getattr(args, f"add_{singular}") or []
        removed = getattr(args, f"remove_{singular}") or []
        if not added and not removed:
            continue
        current = list(getattr(story, field))
        for name in library.canonical_names(field, removed):
            if name not in current:
                raise UsageError(
                    f"storydesk: story {story.id} has no {singular} '{name}' to remove"
                )
            current.remove(name)
        for name in library.canonical_names(field, added):
            if name not in current:
                current.append(name)
        changes[field] = current
        read_from = story.version
    if args.sdgs is not None:
        text = args.sdgs.strip()
        goals = [] if text.casefold() in ("", "none") else text.split(",")
        changes["sdgs"] = [goal.strip() for goal in goals]
    return changes, read_from


def cmd_edit(args: argparse.Namespace) -> int:
    """Change a story's metadata; prints the story as ``show`` does."""
    if args.if_version is not None and args.if_version < 1:
        raise UsageError("storydesk edit: --if-version takes a version shown by 'show --json'")
    with _open(args) as library:
        changes, read_from = _edit_changes(library, args)
        if not changes:
            raise UsageError("storydesk edit: give at least one change (see --help)")
        expected = args.if_version if args.if_version is not None else read_from
        result = library.edit_story(args.id, changes, expected_version=expected)
    if not args.json:
        if result.changed:
            print(f"Changed {', '.join(result.changed)} of story {args.id}.\n")
        else:
            print(f"Nothing changed: story {args.id} already has these values.\n")
    return cmd_show(args)


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as library:
        entries = library.story_history(args.id)
    if args.json:
        _emit_json([entry.to_json() for entry in entries])
        return EXIT_OK
    if not entries:
        print(f"Story {args.id} has not been edited here.")
    for entry in entries:
        data = entry.to_json()
        when = data["edited_at"].replace("T", " ").removesuffix("Z") + " UTC"
        before = _cut(json.dumps(entry.old, ensure_ascii=False), 60)
        after = _cut(json.dumps(entry.new, ensure_ascii=False), 60)
        machine = entry.machine or "-"
        print(printable(f"{when}  {machine}  {entry.action:<6}  {entry.field}: {before} → {after}"))
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    with _open(args) as library:
        conflicts = library.conflicts(args.ids or None)
    if args.json:
        _emit_json([conflict.to_json() for conflict in conflicts])
        return EXIT_OK
    if not conflicts:
        print("No conflicts: no edited field disagrees with its file.")
    for conflict in conflicts:
        print(printable(f"{conflict.id}  {_cut(conflict.title, 60)}"))
        print(printable(f"    {conflict.field}: here {_cut(conflict.local)!r}"))
        print(printable(f"    {' ' * len(conflict.field)}  file {_cut(conflict.incoming)!r}"))
        print(printable(f"    {' ' * len(conflict.field)}  from {conflict.path}"))
    return EXIT_OK


def cmd_conflicts_settle(args: argparse.Namespace) -> int:
    keep = "mine" if args.command_choice == "keep-mine" else "theirs"
    with _open(args) as library:
        story = library.resolve_conflict(args.id, args.field, keep)
    if args.json:
        _emit_json(story.to_json())
        return EXIT_OK
    verb = "kept as edited" if keep == "mine" else "takes the file's value"
    print(printable(f"Story {args.id}: {args.field} {verb}."))
    return EXIT_OK


def cmd_partners(args: argparse.Namespace) -> int:
    with _open(args) as library:
        partners = library.partners()
    if args.json:
        _emit_json([partner.to_json() for partner in partners])
        return EXIT_OK
    for partner in partners:
        if partner.stories or args.all:
            aliases = ", ".join(partner.aliases[:4])
            line = f"{partner.stories:>5}  {partner.name} [{partner.kind}]  {aliases}"
            print(printable(line))
    return EXIT_OK


def cmd_partners_merge(args: argparse.Namespace) -> int:
    with _open(args) as library:
        merge = library.merge_partners(args.source, args.target)
    if args.json:
        _emit_json(merge.to_json())
        return EXIT_OK
    count = _count(len(merge.stories), "story", "stories")
    print(printable(f"Merged '{merge.source}' into '{merge.target}': {count} relinked."))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as library:
        stats = library.stats()
    if args.json:
        _emit_json(stats.to_json())
    else:
        for key, value in stats.to_json().items():
            print(f"{key.replace('_', ' '):<16}{value}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    try:
        with _open(args) as library:
            result = library.check(repair=args.repair)
    except (CatalogueDamaged, CatalogueMissing) as exc:
        from storydesk.library import CheckReport

        # What check is for: say so as a problem found, with the backup to restore.
        result = CheckReport((f"catalogue: {exc}",))
    for problem in result.problems:
        _err(f"problem: {problem}")
    if args.json:
        _emit_json(result.to_json())
    else:
        for item in result.repaired:
            print(f"repaired: {item}")
        print("All good." if result.ok else f"{len(result.problems)} problems found.")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def cmd_reindex(args: argparse.Namespace) -> int:
    with _open(args) as library:
        result = library.reindex(progress=_progress_printer(not args.json))
    if args.json:
        _emit_json(result.to_json())
    else:
        print(f"Indexed {result.documents} stories in {result.seconds} s.")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    """Delete stories by id; their unused images go at the next ``check --repair``."""
    ids = list(dict.fromkeys(i.strip() for i in args.ids if i.strip()))
    with _open(args) as library:
        deleted = library.withdraw_stories(ids)
    if deleted.missing:
        _err(f"error: no story has the id {', '.join(deleted.missing)}")
    if args.json:
        _emit_json(deleted.to_json())
    elif deleted.ids:
        shown = ", ".join(f"{i} {deleted.titles[i]}" for i in deleted.ids)
        print(printable(f"Deleted {_count(len(deleted.ids), 'story', 'stories')}: {shown}"))
    else:
        print("Nothing was deleted.")
    return EXIT_PROBLEMS if deleted.missing else EXIT_OK


def _selected_ids(library: Library, args: argparse.Namespace) -> list[str]:
    if args.collection is not None:
        if args.ids or args.query is not None:
            raise UsageError("storydesk: give --collection alone, without --ids or --query")
        return library.collection_ids(args.collection)
    if args.ids:
        ids = [i.strip() for i in args.ids.split(",") if i.strip()]
        missing = set(ids) - set(library.summaries(ids))
        if missing:
            raise UsageError(f"storydesk: no story has the id {', '.join(sorted(missing))}")
        return ids
    if args.query is not None:
        return list(library.ids_for_query(args.query))
    raise UsageError(
        "storydesk: name the stories with --ids A,B,..., --query Q or --collection NAME"
    )


def _named_title(library: Library, args: argparse.Namespace) -> str | None:
    """A collection's name, as the title of a bundle or pack made from it (or None)."""
    return library.collection(args.collection).name if args.collection is not None else None


def cmd_bundle_create(args: argparse.Namespace) -> int:
    """Write a bundle: the stories named, or with --since every story changed since."""
    import datetime as dt

    from storydesk.library import bundle_created

    since: dt.datetime | None = None
    if args.since is not None and args.since_bundle is not None:
        raise UsageError("storydesk: give --since or --since-bundle, not both")
    if args.since is not None:
        try:
            since = dt.datetime.fromisoformat(args.since)
        except ValueError:
            raise UsageError(
                f"storydesk: --since {args.since!r} is not a date (YYYY-MM-DD)"
            ) from None
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
    elif args.since_bundle is not None:
        # What changed after the earlier bundle's newest content (it carried that).
        since = bundle_created(args.since_bundle) + dt.timedelta(microseconds=1)
    with _open(args) as library:
        selection = args.ids or args.query is not None or args.collection is not None
        ids = _selected_ids(library, args) if selection or since is None else None
        if ids is not None and not ids:
            _err("error: no stories match; no bundle written")
            return EXIT_PROBLEMS
        summary = library.create_bundle(
            ids,
            args.output,
            title=args.title or _named_title(library, args),
            publisher=args.publisher,
            sign=args.sign,
            since=since,
            progress=_progress_printer(not args.json),
        )
    if args.json:
        _emit_json(summary.to_json())
    else:
        signed = (
            f"signed by {summary.publisher} ({_short_fingerprint(summary.fingerprint or '')})"
            if summary.signed
            else "not signed"
        )
        kind = "update bundle" if summary.kind == "update" else "bundle"
        print(
            printable(
                f"Wrote {kind} {summary.path}, {signed}: "
                f"{_count(summary.stories, 'story', 'stories')}, "
                f"{_count(summary.images, 'image')}, "
                f"{_count(summary.withdrawn, 'withdrawal')}, {summary.bytes:,} bytes."
            )
        )
    return EXIT_OK


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    """Check a bundle without importing it; its signature judged by the data folder's keys.

    Reads the data folder's catalogue only if there is one; creates and writes nothing.
    """
    from storydesk.library import verify_bundle

    result = verify_bundle(args.file, args.data_dir, deep=args.deep)
    for problem in result.problems:
        _err(f"{'rejected' if result.refused else 'problem'}: {problem}")
    if args.json:
        _emit_json(result.to_json())
    else:
        trust = "refused" if result.refused else _bundle_trust(result.to_json())
        print(f"bundle: {printable(str(args.file))}: {trust}")
        print("The bundle is sound." if result.ok else f"{len(result.problems)} problems.")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def cmd_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from storydesk.library import PackOptions, default_pack_title

    with _open(args) as library:
        ids = _selected_ids(library, args)
        if not ids:
            _err("error: no stories match; no briefing pack written")
            return EXIT_PROBLEMS
        options = PackOptions(
            title=args.title or _named_title(library, args) or default_pack_title(args.labels),
            subtitle=args.subtitle,
            date=dt.date.today(),
            introduction=args.intro,
            paper=args.paper,
            photos=not args.no_photos,
            labels_language=args.labels,
        )
        result = library.write_pack(
            ids, options, args.output, args.format, progress=_progress_printer(not args.json)
        )
    if args.json:
        _emit_json(result.to_json())
    else:
        print(f"Wrote {result.path}: {result.counts()}, {result.bytes:,} bytes.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as library:
        path = library.backup()
    if args.json:
        _emit_json({"path": str(path)})
    else:
        print(f"Backed up the catalogue to {path}.")
    return EXIT_OK


def _refuse_shared_backups() -> None:
    """``backups`` and ``restore`` read the data folder's SQLite backups: say so plainly
    when the catalogue is a shared one instead (the ``backup`` command asks the library)."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if url:
        from storydesk.library import display_url

        raise CatalogueError(
            translatable(
                "Backups",
                "{url}: the catalogue is shared on PostgreSQL; back it up and restore it "
                "on the server with pg_dump and pg_restore (see docs/headquarters.md)",
            ).format(url=display_url(url))
        )


def cmd_backups(args: argparse.Namespace) -> int:
    from storydesk.library import list_backups

    _refuse_shared_backups()
    found = list_backups(args.data_dir)
    if args.json:
        _emit_json([b.to_json() for b in found])
        return EXIT_OK
    for b in found:
        stories = "?" if b.stories is None else str(b.stories)
        print(f"{b.taken:%Y-%m-%d %H:%M:%S}  {stories:>7} stories  {b.reason:<14} {b.path}")
    if not found:
        print("No backups yet. Make one with: storydesk backup")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from storydesk.library import restore_catalogue

    _refuse_shared_backups()
    result = restore_catalogue(args.data_dir, args.file, wait=args.wait, on_wait=_err)
    if args.json:
        _emit_json(result.to_json())
    else:
        aside = (
            f"; the previous catalogue is kept as {result.kept_aside}" if result.kept_aside else ""
        )
        print(
            f"Restored {result.stories} stories from {result.restored_from}{aside}. "
            "The search index is rebuilt the next time StoryDesk opens."
        )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from storydesk.gui.app import run
    except ImportError as exc:  # e.g. a headless machine without libGL: Qt cannot load
        from storydesk.gui.platform_check import import_error_message

        _err(str(import_error_message(exc) or f"the desktop app cannot start: {exc}"))
        return EXIT_PROBLEMS
    return run(args.data_dir, quit_when_ready=getattr(args, "quit_when_ready", False))


# -- parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    # SUPPRESS so that an option given before the command is not reset by the command's own
    # default; main() fills in the defaults afterwards.
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder (default: $STORYDESK_DATA_DIR or the platform's data folder)",
    )
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="a shared catalogue on PostgreSQL, e.g. postgresql+psycopg://editor@hq/storydesk "
        "(default: $STORYDESK_DATABASE_URL; without either, the data folder's own catalogue); "
        "the data folder then keeps this machine's search index and images",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document"
    )
    common.add_argument(
        "--wait",
        type=float,
        default=argparse.SUPPRESS,
        metavar="SECONDS",
        help="how long a change waits for another StoryDesk to finish writing (default 180)",
    )

    parser = _Parser(
        prog="storydesk",
        description="StoryDesk: an offline catalogue of development stories.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"StoryDesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("import", parents=[common], help="import files, folders and bundles")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="read and check everything, write nothing: say what an import would do",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", parents=[common], help="list stories, newest first")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one story")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "search",
        parents=[common],
        help="full-text search",
        epilog=SEARCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.__class__ = _SearchParser  # query words may start with '-'
    p.add_argument("query", nargs="*", metavar="WORD", help="the query (see below)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--facets", action="store_true", help="count partners, countries, ...")
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    for option, _facet, metavar, text in SEARCH_FILTER_OPTIONS:
        p.add_argument(f"--{option}", action="append", metavar=metavar, help=text)
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="only stories dated on or after DATE"
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only stories dated up to DATE")
    p.add_argument("--save", metavar="NAME", help="also keep this search (query and filters)")
    p.add_argument("--replace", action="store_true", help="with --save: replace one so named")
    p.add_argument("--saved", metavar="NAME", help="run a saved search (see 'storydesk searches')")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "delete",
        parents=[common],
        help="delete stories (their unused images go at the next 'check --repair')",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="the stories' ids")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("partners", parents=[common], help="the partner directory")
    p.add_argument("--all", action="store_true", help="also partners no story names")
    p.set_defaults(func=cmd_partners)
    partners_sub = p.add_subparsers(dest="partners_command", parser_class=_Parser)
    p = partners_sub.add_parser(
        "merge", parents=[common], help="merge a partner into another (one organisation)"
    )
    p.add_argument("source", metavar="SOURCE", help="the partner merged away (name or alias)")
    p.add_argument("target", metavar="TARGET", help="the partner that stays (name or alias)")
    p.set_defaults(func=cmd_partners_merge)

    p = sub.add_parser("stats", parents=[common], help="counts")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("check", parents=[common], help="check catalogue, media and index")
    p.add_argument("--repair", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("reindex", parents=[common], help="rebuild the search index")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("export", parents=[common], help="write a briefing pack (PDF or HTML)")
    p.add_argument("--format", choices=["pdf", "html"], required=True)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--ids", help="comma-separated story ids, in pack order")
    p.add_argument("--query", help="the stories a search finds, best first")
    p.add_argument("--collection", metavar="NAME", help="a collection's stories, in its order")
    p.add_argument("--title", help="the pack's title")
    p.add_argument("--subtitle", help="office or occasion, under the title")
    p.add_argument("--intro", help="an introduction for the cover page")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--no-photos", action="store_true", help="leave the photos out")
    p.add_argument(
        "--labels",
        choices=("en", "ru", "kk", "ky"),  # storydesk.library.LABEL_LANGUAGES (tested)
        default="en",
        help="language of the pack's labels, dates and partner and place names",
    )
    p.set_defaults(func=cmd_export)

    bundle = sub.add_parser("bundle", parents=[common], help="create or verify story bundles")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", parser_class=_Parser, required=True)
    p = bundle_sub.add_parser("create", parents=[common], help="write stories to a bundle")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--ids", help="comma-separated story ids")
    p.add_argument("--query", help="the stories a search finds")
    p.add_argument("--collection", metavar="NAME", help="a collection's stories, in its order")
    p.add_argument("--title", help="the bundle's title")
    p.add_argument(
        "--since",
        metavar="DATE",
        help="an update bundle: only stories added or changed since DATE (YYYY-MM-DD, UTC), "
        "plus withdrawals of stories deleted since; alone, every such story",
    )
    p.add_argument(
        "--since-bundle",
        type=Path,
        metavar="FILE",
        help="an update bundle: what changed since an earlier bundle FILE was made",
    )
    p.add_argument("--publisher", help="who makes the bundle (default: the key's publisher)")
    p.add_argument(
        "--sign",
        action="store_true",
        help="sign the bundle with this catalogue's publisher key (storydesk keys generate)",
    )
    p.set_defaults(func=cmd_bundle_create)
    p = bundle_sub.add_parser("verify", parents=[common], help="check a bundle without importing")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--deep",
        action="store_true",
        help="also read every story and decode every photo of a signed bundle "
        "(unsigned bundles are always read whole)",
    )
    p.set_defaults(func=cmd_bundle_verify)

    p = sub.add_parser("backup", parents=[common], help="back the catalogue up now (verified)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", parents=[common], help="list the catalogue's backups")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "restore", parents=[common], help="replace the catalogue by a backup (kept aside)"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a backup (see 'storydesk backups')")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "link", parents=[common], help="link stories in different languages as translations"
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="two or more story ids")
    p.set_defaults(func=cmd_link)

    p = sub.add_parser("unlink", parents=[common], help="take stories out of their translations")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_unlink)

    p = sub.add_parser(
        "edit",
        parents=[common],
        help="change a story's metadata (kept when its file is imported again)",
    )
    p.add_argument("id")
    p.add_argument("--title")
    p.add_argument("--summary", help="the new summary ('' for none)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date, or 'none' for undated")
    p.add_argument("--language", metavar="CODE", help="a language code (ru, kk, en...)")
    for singular, _field in (*_NAME_OPTIONS, ("tag", "tags")):
        p.add_argument(f"--add-{singular}", action="append", metavar="NAME", help=f"add {singular}")
        p.add_argument(
            f"--remove-{singular}", action="append", metavar="NAME", help=f"remove {singular}"
        )
    p.add_argument("--sdgs", metavar="N,N", help="the goals, e.g. 6,13 ('none' for none)")
    p.add_argument("--author")
    p.add_argument("--source", help="the source's name")
    p.add_argument("--source-url", metavar="URL")
    p.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="save only if the story is still at version N ('version' in show --json); "
        "otherwise someone else changed it since, and nothing is saved",
    )
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("history", parents=[common], help="what was edited in a story, and where")
    p.add_argument("id")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser(
        "conflicts",
        parents=[common],
        help="edited fields that their file, imported again, disagrees with",
    )
    p.add_argument(
        "--story", action="append", dest="ids", metavar="ID", help="only this story (repeatable)"
    )
    p.set_defaults(func=cmd_conflicts)
    conflicts_sub = p.add_subparsers(dest="command_choice", parser_class=_Parser)
    for choice, what in (
        ("keep-mine", "keep the edited value"),
        ("take-theirs", "take the file's value"),
    ):
        q = conflicts_sub.add_parser(choice, parents=[common], help=what)
        q.add_argument("id")
        q.add_argument("field", choices=EDITABLE_FIELDS)
        q.set_defaults(func=cmd_conflicts_settle)

    _add_collection_commands(sub, common)
    _add_keys_commands(sub, common)

    p = sub.add_parser("gui", parents=[common], help="open the desktop app")
    p.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the window, print one line and quit (a start-up check)",
    )
    p.set_defaults(func=cmd_gui)
    return parser


class _QuietFileHandler(logging.FileHandler):
    """A log file that never complains on stderr when the disk is full."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def _setup_logging(layout: DataLayout) -> Path | None:
    """Log to the data folder's log file (only once a writable library is open)."""
    global _log_path
    if _log_path is not None:
        return _log_path
    try:
        layout.logs.mkdir(parents=True, exist_ok=True)
        path = layout.logs / "storydesk.log"
        handler = _QuietFileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _log_path = path
    return path


def _user_error(exc: BaseException, data_dir: Path | None) -> StoryDeskError | None:
    """A disk or SQLite failure that escaped the library, as one sentence (or None)."""
    from storydesk.library import user_error

    return user_error(exc, data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``storydesk`` command; returns the exit status."""
    import multiprocessing

    multiprocessing.freeze_support()  # frozen builds: the index rebuild starts processes
    # Until the log file is open (never, on a read-only folder), records go nowhere rather
    # than to Python's last-resort handler, which would print tracebacks on the terminal.
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.data_dir = getattr(args, "data_dir", None)
        args.database_url = getattr(args, "database_url", None)
        if args.database_url is not None:
            # Everything this command starts (the app, its search process) uses it too.
            os.environ[DATABASE_URL_ENV] = args.database_url
        args.json = getattr(args, "json", False)
        args.wait = getattr(args, "wait", None)
        if args.wait is not None and args.wait < 0:
            raise UsageError("storydesk: --wait must be 0 or more seconds")
        if getattr(args, "limit", None) is not None and args.limit < 0:
            raise UsageError("storydesk: --limit must be 0 or more")
    except UsageError as exc:
        _err(str(exc))
        _err("Try 'storydesk --help'.")
        return EXIT_USAGE
    if args.command is None:
        args.func = cmd_gui
    try:
        return int(args.func(args))
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except StoryDeskError as exc:
        _err(f"error: {exc}")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (``storydesk list | head``): not an error worth a word.
        sys.stdout = None  # type: ignore[assignment]  # nothing more can be written
        return EXIT_OK
    except Exception as exc:  # a full disk or a bug: one line either way
        error = _user_error(exc, args.data_dir)
        if error is not None:
            _err(f"error: {error}")
            return EXIT_PROBLEMS
        log.exception("unexpected error in %s", args.command)
        where = f" (details in {_log_path})" if _log_path else ""
        _err(f"error: StoryDesk hit an unexpected problem: {type(exc).__name__}: {exc}{where}")
        return EXIT_PROBLEMS


if __name__ == "__main__":
    raise SystemExit(main())
