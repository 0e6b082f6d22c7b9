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
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storydesk import __version__
from storydesk.errors import CatalogueDamaged, CatalogueMissing, StoryDeskError
from storydesk.paths import DataLayout
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
        report = library.import_paths(args.paths, progress=shown_progress)
    for entry in report.rejected:
        _err(f"rejected: {printable(entry['path'])}: {printable(entry['reason'])}")
    if not args.json:
        for label, entries in (("skipped", report.skipped), ("warning", report.warnings)):
            for entry in entries:
                _err(f"{label}: {printable(entry['path'])}: {printable(entry['reason'])}")
        for conflict in report.conflicts:
            _err(
                f"conflict: story {conflict['id']} kept as it is; {printable(conflict['path'])} "
                f"would replace most of its {conflict['field']}"
            )
    if args.json:
        _emit_json(report.to_json())
    else:
        extras = [f"{len(report.skipped)} skipped"]
        if report.warnings:
            extras.append(_count(len(report.warnings), "warning"))
        if report.conflicts:
            extras.append(_count(len(report.conflicts), "conflict"))
        print(
            f"Imported {report.imported} new, updated {report.updated}, "
            f"{report.unchanged} unchanged; {len(report.rejected)} rejected, "
            + ", ".join(extras)
            + "."
        )
    return EXIT_PROBLEMS if report.rejected else EXIT_OK


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
    with _open(args) as library:
        result = library.search(query, limit=args.limit, facets=args.facets, sort=args.sort)
    if args.json:
        _emit_json(result.to_json())
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
    if args.ids:
        ids = [i.strip() for i in args.ids.split(",") if i.strip()]
        missing = set(ids) - set(library.summaries(ids))
        if missing:
            raise UsageError(f"storydesk: no story has the id {', '.join(sorted(missing))}")
        return ids
    if args.query is not None:
        return list(library.ids_for_query(args.query))
    raise UsageError("storydesk: name the stories with --ids A,B,... or --query Q")


def cmd_bundle_create(args: argparse.Namespace) -> int:
    with _open(args) as library:
        ids = _selected_ids(library, args)
        if not ids:
            _err("error: no stories match; no bundle written")
            return EXIT_PROBLEMS
        summary = library.create_bundle(ids, args.output, title=args.title)
    if args.json:
        _emit_json(summary.to_json())
    else:
        print(
            f"Wrote {summary.path}: {summary.stories} stories, {summary.images} images, "
            f"{summary.bytes:,} bytes."
        )
    return EXIT_OK


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    from storydesk.library import verify_bundle

    result = verify_bundle(args.file)
    for problem in result.problems:
        _err(f"problem: {problem}")
    if args.json:
        _emit_json(result.to_json())
    else:
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
            title=args.title or default_pack_title(args.labels),
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


def cmd_backups(args: argparse.Namespace) -> int:
    from storydesk.library import list_backups

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
    except ImportError as exc:
        _err(f"the desktop app cannot start: {exc}")
        return EXIT_PROBLEMS
    return run(args.data_dir)


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
    p.add_argument("query", nargs="+", metavar="WORD", help="the query (see below)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--facets", action="store_true", help="count partners, countries, ...")
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
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
    p.add_argument("--title", help="the bundle's title")
    p.set_defaults(func=cmd_bundle_create)
    p = bundle_sub.add_parser("verify", parents=[common], help="check a bundle without importing")
    p.add_argument("file", type=Path, metavar="FILE")
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

    p = sub.add_parser("gui", parents=[common], help="open the desktop app")
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
