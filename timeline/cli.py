"""Command line: `timeline extract` and `timeline dates` (files in, events or time expressions out), the
research store (`ingest`, `events`, `edit`, `import`, `reparse`), `timeline train` (the mention scorer, on a
user's annotated articles) and `present` (a view as an offline story or a picture).


Each is the local engine over a source (the input files, the store) into sinks
(the output, the report, error messages, progress, the store): no loop over articles here.
On a terminal a run shows its progress and ends with a one-line summary on standard error; `--quiet`, or
standard error going elsewhere, keeps it silent. A reader that closes the pipe (`| head`) ends the run quietly.
"""
from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date
from functools import partial
from pathlib import Path

from . import errors
from .engine.local import run
from .filters import EventFilter
from .io.aliases import ALIASES_ENV, default_alias_path, load_gazetteer
from .io.datasets import DATASETS, read_dataset
from .io.formats import BINARY_FORMATS, FORMATS, EventWriter, ReportWriter, TimexWriter, write_events
from .io.readers import read_inputs
from .limits import from_env
from .io.web import PER_HOST, TIMEOUT, Fetcher, read_sources
from .model import Event, ReportLine
from .parse import SHIPPED, mentions, time_expressions
from .schema import EXTRACT_FIELDS, NAMES
from .store.settings import DEFAULT_PATH, EDITABLE, ENV_VAR, default_path

SIZE_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}

EVENTS_DOC = "docs/events.md"  # the event model, the fields and what they mean: shipped with the repository
PROGRESS_EVERY = 0.2  # seconds between two redraws of the progress line
BROKEN_PIPE = 141  # the status of a program whose reader went away (128 + SIGPIPE), as for cat or yes


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def _bytes(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", text.lower())
    if not match or match[2] not in SIZE_UNITS or float(match[1]) * SIZE_UNITS[match[2]] < 1:
        raise argparse.ArgumentTypeError(f"not a size such as 200KB, 16MB or 1GB: {text!r}")
    return int(float(match[1]) * SIZE_UNITS[match[2]])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description="Turn news articles into a sourced, dated table of "
                                     f"events. The events, their fields and what they mean: {EVENTS_DOC}.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def quiet(p: argparse.ArgumentParser) -> None:
        p.add_argument("--quiet", "-q", action="store_true",
                       help="no progress and no summary on standard error (errors are still reported)")

    def inputs(p: argparse.ArgumentParser, output: bool = True) -> None:
        p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files (.txt, .html, .jsonl), addresses of "
                       "pages (http, https), RSS/Atom feeds (addresses, or .rss/.atom/.xml files), files of "
                       "addresses (.urls)")
        quiet(p)
        p.add_argument("--date", type=_day, help="publication date of .txt/.html articles (YYYY-MM-DD)")
        if output:
            p.add_argument("--output", "-o", help="output file (default: standard output); with --engine dask, "
                           "the folder of the Parquet parts")
        p.add_argument("--report", help="write one JSON line per input article: ok or error, why, and the error's code")
        p.add_argument("--fetch-timeout", type=float, default=TIMEOUT, metavar="SECONDS",
                       help=f"seconds a page or feed has to answer in full (default {TIMEOUT:g})")
        p.add_argument("--per-host", type=int, default=PER_HOST, metavar="N",
                       help=f"at most N requests at a time to one host (default {PER_HOST})")

    def engine(p: argparse.ArgumentParser) -> None:
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this process, one article after another (default); dask: partitions of the "
                       "input parsed on the workers of a Dask cluster, written as Parquet parts")
        p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="with --engine dask: a running Dask scheduler (default: a LocalCluster on this machine)")
        p.add_argument("--workers", type=int, metavar="N",
                       help="with --engine dask and no --scheduler: worker processes (default: one per core)")
        p.add_argument("--partition-size", type=_bytes, metavar="SIZE",
                       help="with --engine dask: input bytes per partition, such as 16MB (default: four "
                       "partitions per worker, from 1MB to 64MB)")

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--type", action="append", default=[], dest="event_types", help="keep only this event type (repeatable)")
        p.add_argument("--since", type=_day, help="keep events on or after this date")
        p.add_argument("--until", type=_day, help="keep events on or before this date")
        p.add_argument("--actor", action="append", default=[], help="keep only this actor, by its actor_name or as written (repeatable)")
        p.add_argument("--place", action="append", default=[], help="keep only this place (repeatable)")
        p.add_argument("--lang", action="append", default=[], help="keep only this language: ar, en (repeatable)")
        p.add_argument("--search", default="", help="keep events whose sentence, actor (by any of its names), place or title has all these words")

    def model(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", help="mention scorer model file written by `timeline train` (default: the shipped "
                                       "one); 'none': the rules alone")

    def aliases(p: argparse.ArgumentParser) -> None:
        p.add_argument("--aliases", metavar="FILE", help=f"the user's alias file (default: ${ALIASES_ENV}, else {default_alias_path()})")

    def database(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", type=Path, help=f"the store (default: ${ENV_VAR}, else ./{DEFAULT_PATH}, created on first use)")

    def output_format(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="jsonl",
                       help="jsonl (default), csv, parquet or xlsx (Excel); parquet and xlsx need --output")

    ex = sub.add_parser("extract", help="extract event mentions from files (no store)")
    inputs(ex)
    output_format(ex)
    ex.add_argument("--all-columns", action="store_true",
                    help=f"every column of the events table, not only the contract's fields (see {EVENTS_DOC})")
    filters(ex)
    aliases(ex)
    model(ex)
    engine(ex)

    dt = sub.add_parser("dates", help="tag time expressions (TIMEX3 values)")
    inputs(dt)
    dt.add_argument("--format", choices=("jsonl",), default="jsonl", help="jsonl: one time expression per line")

    ing = sub.add_parser("ingest", help="parse articles (and load files of events) into the store: idempotent, "
                         "one transaction per article")
    inputs(ing, output=False)
    database(ing)
    aliases(ing)
    model(ing)
    engine(ing)
    ing.add_argument("--parts", metavar="DIR", help="with --engine dask: the folder for the Parquet parts, which the "
                     "workers and this machine must both reach (default: a temporary folder beside the store, "
                     "removed after loading)")

    ev = sub.add_parser("events", help="export events (merged, with their sources) or mentions from the store")
    database(ev)
    quiet(ev)
    output_format(ev)
    ev.add_argument("--output", "-o", help="output file (default: standard output)")
    ev.add_argument("--mentions", action="store_true", help="one row per mention instead of one per merged event")
    ev.add_argument("--deleted", action="store_true", help="include the events a correction deleted")
    filters(ev)

    ed = sub.add_parser("edit", help="correct an event (field=value ...) or delete it; with neither, show its history")
    ed.add_argument("event_id", metavar="EVENT_ID")
    ed.add_argument("changes", nargs="*", metavar="FIELD=VALUE", help=f"fields: {', '.join(EDITABLE)}; a date may be "
                    "YYYY-MM-DD, YYYY-MM or YYYY; an empty value clears the field")
    ed.add_argument("--delete", action="store_true", help="delete the event (its mentions stay; it can be seen with "
                    "events --deleted)")
    ed.add_argument("--author", default=None, help="who makes the correction (default: $TIMELINE_AUTHOR, else the login name)")
    database(ed)
    quiet(ed)

    im = sub.add_parser("import", help="import event data: a GDELT 2.0 export, an ACLED export, or an events file")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--format", choices=DATASETS, required=True, dest="dataset",
                    help="gdelt (a 61-column events export), acled (its CSV export) or csv (an events file)")
    database(im)
    quiet(im)

    rp = sub.add_parser("reparse", help="parse every stored article again (after an upgrade), corrections kept")
    rp.add_argument("--article", metavar="ID", help="only this article, read again with the publication date --date "
                                                    "gives (relative dates count from it)")
    rp.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="with --article: its publication date")
    database(rp)
    aliases(rp)
    model(rp)
    quiet(rp)

    tr = sub.add_parser("train", help="train the mention scorer on annotated articles; print cross-validated figures")
    tr.add_argument("pairs", nargs="+", metavar="GOLD ARTICLES", help="pairs of files: gold mentions (JSONL), their articles (JSONL)")
    tr.add_argument("--output", "-o", help="write the model here (default: only print the figures)")
    tr.add_argument("--folds", type=int, default=5, help="folds of the cross-validation grouped by article (default 5, "
                                                         "at least 3)")
    pr = sub.add_parser("present", help="a view of the store as one offline HTML story (the chart and every step, "
                        "no server or network needed) or the chart as PNG or SVG")
    database(pr)
    pr.add_argument("--output", "-o", required=True, help="the file to write")
    pr.add_argument("--format", choices=("html", "png", "svg"), default=None, dest="picture",
                    help="html (the story), png or svg (the chart); default: from the output's suffix, else html")
    pr.add_argument("--lanes", choices=("type", "actor", "place"), default="type",
                    help="one lane per event type (default), actor or place")
    pr.add_argument("--theme", choices=("light", "dark"), default="light", help="high-contrast light (default) or dark")
    pr.add_argument("--size", choices=("medium", "large", "huge"), default="large",
                    help="type size for a room: medium, large (default) or huge")
    pr.add_argument("--title", default="Timeline of events", help="the story's title")
    filters(pr)
    quiet(pr)
    return parser


def train(args: argparse.Namespace) -> int:
    """`timeline train`: the grouped cross-validation table, and the model where --output is given."""
    try:
        from .learn.train import MIN_FOLDS, format_table, train as fit
    except ImportError:
        print(f"timeline: {errors.NEEDS_SKLEARN.text()}", file=sys.stderr)
        return 2
    from .learn.models import write_model

    if len(args.pairs) % 2 or args.folds < MIN_FOLDS:
        print(f"timeline: {errors.TRAIN_PAIRS.text(folds=MIN_FOLDS)}", file=sys.stderr)
        return 2
    try:
        model, cv = fit(list(zip(args.pairs[::2], args.pairs[1::2])), args.folds)
    except (errors.TimelineError, OSError, ValueError, KeyError) as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 1
    if model["training"]["unreadable"]:
        print(f"timeline: {model['training']['unreadable']} unreadable articles left out", file=sys.stderr)
    print(format_table(cv))
    print(f"thresholds {model['thresholds']} (0: that language keeps every mention the rules make)")
    if args.output:
        write_model(args.output, model)
        print(f"model written to {args.output}")
    return 0


class ErrorLog:
    """A sink that tells the user, on standard error, which input failed and why, and what a parse left out."""

    def add(self, item, line: ReportLine, rows: list) -> None:
        if line.status == "error":
            print(f"{_CLEAR if _on_terminal() else ''}timeline: {line.source}: {line.article_id}: {line.error}",
                  file=sys.stderr)
        for warning in line.warnings:
            print(f"timeline: {line.source}: {line.article_id}: warning {warning}", file=sys.stderr)


_CLEAR = "\r\x1b[K"  # back to the start of the line and clear it


def _on_terminal() -> bool:
    return sys.stderr.isatty()


class Progress:
    """A sink that shows, on a terminal, how far a run is: articles, events, errors, articles per second; and
    at the end one line that sums it up. Silent when standard error is no terminal, or when `quiet`."""

    def __init__(self, quiet: bool = False, what: str = "events"):
        self.shown = not quiet and _on_terminal()
        self.what, self.articles, self.rows, self.errors = what, 0, 0, 0
        self.started = self.drawn = time.monotonic()

    def add(self, item, line: ReportLine, rows: list) -> None:
        self.articles += 1
        self.rows += len(rows)
        self.errors += line.status == "error"
        if self.shown and time.monotonic() - self.drawn >= PROGRESS_EVERY:
            self.drawn = time.monotonic()
            sys.stderr.write(f"{_CLEAR}{self.line()}")
            sys.stderr.flush()

    def line(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-9)
        return (f"{self.articles:,} articles · {self.rows:,} {self.what} · {self.errors:,} errors · "
                f"{self.articles / seconds:,.0f} articles/s")

    def close(self) -> None:
        if self.shown:
            seconds = time.monotonic() - self.started
            sys.stderr.write(f"{_CLEAR}timeline: {self.line()}, in {seconds:,.1f} s\n")
            sys.stderr.flush()


USAGE_CODES = (errors.NOT_EDITABLE.code, errors.BAD_VALUE.code, errors.NEEDS_OUTPUT.code, errors.BAD_SETTING.code,
               errors.DASK_NEEDS_FILES.code, errors.VIEW_TOO_BIG.code, errors.REDATE_NEEDS_BOTH.code)
DEBUG_ENV = "TIMELINE_DEBUG"  # set it to see the traceback of an unexpected failure


def main(argv: list[str] | None = None) -> int:
    """The command line. No traceback reaches the user: a known failure is one line with its code, an
    unexpected one a line that says how to see the details."""
    try:
        status = _main(argv)
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # `timeline extract ... | head`: the reader has gone; so does the output
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more reaches it, not even at exit
        return BROKEN_PIPE
    except errors.TimelineError as exc:
        _say(f"{exc} ({exc.code})")
        return 2 if exc.code in USAGE_CODES else 1
    except OSError as exc:
        _say(f"{exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}")
        return 1
    except Exception as exc:
        if _interrupted(exc):
            _say("interrupted")
            return 130
        if os.environ.get(DEBUG_ENV):
            raise
        _say(f"unexpected failure ({type(exc).__name__}: {exc}); {DEBUG_ENV}=1 shows where")
        return 1


def _interrupted(exc: Exception) -> bool:
    """Ctrl-C in the middle of a DuckDB query comes back as its InterruptException or RuntimeError('Query
    interrupted'), not KeyboardInterrupt (the store has rolled the article back)."""
    return type(exc).__name__ == "InterruptException" or isinstance(exc, RuntimeError) and "interrupted" in str(exc)


def _main(argv: list[str] | None) -> int:
    global _QUIET
    args = build_parser().parse_args(argv)
    _QUIET = getattr(args, "quiet", False)
    limits = from_env()  # a bad setting stops the run before any input is read
    if args.command == "train":
        return train(args)
    store_commands = {"ingest": _ingest, "events": _events, "edit": _edit, "import": _import, "reparse": _reparse,
                      "present": _present}
    if args.command in store_commands:
        try:
            return store_commands[args.command](args)
        except errors.TimelineError as exc:
            print(f"timeline: {exc}", file=sys.stderr)
            return 2 if exc.code in USAGE_CODES else 1
    if args.format in BINARY_FORMATS and not args.output:
        print(f"timeline: {errors.NEEDS_OUTPUT.text(format=args.format)}", file=sys.stderr)
        return 2
    if args.command == "extract":
        try:
            step = _parse_step(args)
        except errors.TimelineError as exc:
            print(f"timeline: {exc}", file=sys.stderr)
            return 2
        if args.engine == "dask":
            return _extract_dask(args, step)
    items = read_sources(args.inputs, args.date, Fetcher(args.fetch_timeout, args.per_host), limits)
    with ExitStack() as stack:
        target = args.output or sys.stdout
        if args.command == "extract":
            fields = NAMES if args.all_columns else EXTRACT_FIELDS
            output = EventWriter(target, args.format, fields)
            keep = EventFilter(args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search)
            matches = keep.matches if keep else None
        else:
            output, step, matches = TimexWriter(target), time_expressions, None
        stack.callback(output.close)
        progress = Progress(args.quiet, "events" if args.command == "extract" else "time expressions")
        sinks = [output, ErrorLog(), progress]
        if args.report:
            report = ReportWriter(args.report)
            stack.callback(report.close)
            sinks.append(report)
        tally = run(items, sinks, step, matches, limits)
        progress.close()
    return 1 if tally.failed else 0


def _extract_dask(args: argparse.Namespace, step) -> int:
    """`extract --engine dask`: the events as Parquet parts in the folder --output names; errors and the report
    as the local engine gives them."""
    from .io.partitions import check_inputs, parse_to_parts

    if not args.output or args.format not in ("jsonl", "parquet"):  # jsonl: the default, not asked for
        print(f"timeline: {errors.DASK_OUTPUT.text()}", file=sys.stderr)
        return 2
    try:
        check_inputs(args.inputs)
    except errors.TimelineError as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 2
    keep = _filter(args)
    try:
        tally = parse_to_parts(args.inputs, args.output, _dask_run(args), step, args.date,
                               NAMES if args.all_columns else EXTRACT_FIELDS, keep.matches if keep else None,
                               on_error=_log_error)
    except errors.TimelineError as exc:  # no scheduler, or a partition that failed every try
        print(f"timeline: {exc}", file=sys.stderr)
        return 1
    _write_report(args, args.output)
    return 1 if tally.failed else 0


def _dask_run(args: argparse.Namespace):
    from .io.partitions import DaskRun

    return DaskRun(args.scheduler, args.workers, args.partition_size)


def _log_error(line: ReportLine) -> None:
    ErrorLog().add(None, line, [])


def _write_report(args: argparse.Namespace, directory) -> None:
    """--report of a Dask run: its report parts as JSON lines, in input order."""
    from .io.partitions import read_report

    if args.report:
        report = ReportWriter(args.report)
        try:
            for line in read_report(directory):
                report.add(None, line, [])
        finally:
            report.close()


def _parse_step(args: argparse.Namespace):
    """How articles become mentions: the rules, judged by the user's model (--model) or the shipped one, naming
    actors with the user's aliases (--aliases) too."""
    judge = SHIPPED
    if args.model:
        from .learn.models import read_model

        judge = read_model(args.model)
    return partial(mentions, judge=judge, gazetteer=load_gazetteer(args.aliases))


def _filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search)


_QUIET = False  # --quiet: the store commands say nothing but errors


def _say(text: str) -> None:
    if not _QUIET:
        print(f"timeline: {text}", file=sys.stderr)


def _rebuild(store) -> None:
    built = store.rebuild()
    _say(f"{built.mentions} mentions of {built.partitions} changed partitions merged again; the store holds "
         f"{built.events} events")
    for edit in built.orphaned:
        _say(f"correction {edit['edit_id']} ({edit['action']} {edit['field'] or ''} of event {edit['event_id']}, "
             f"by {edit['author']}) matches no event any more: it is kept and reported")


def _ingest(args: argparse.Namespace) -> int:
    from .store.db import Store

    if args.engine == "dask":
        return _ingest_dask(args)
    read = partial(read_sources, fetcher=Fetcher(args.fetch_timeout, args.per_host))
    with Store.open(args.db) as store, ExitStack() as stack:
        progress = Progress(args.quiet)
        sinks = [ErrorLog(), progress]
        if args.report:
            report = ReportWriter(args.report)
            stack.callback(report.close)
            sinks.append(report)
        tally, c = store.ingest_files(args.inputs, args.date, sinks, _parse_step(args), read)
        progress.close()
        _ingested(store, tally, c)
    return 1 if tally.failed else 0


def _ingest_dask(args: argparse.Namespace) -> int:
    """`ingest --engine dask`: the articles parsed on the cluster into Parquet parts (with their text), then
    loaded into the store one partition per transaction (Store.load_parts); the store is held only then."""
    from .engine.local import Tally
    from .io.partitions import check_inputs, parse_to_parts
    from .store.db import Store, split_inputs

    articles, event_files = split_inputs(args.inputs)
    check_inputs(articles)
    with ExitStack() as stack:
        parts = args.parts or stack.enter_context(tempfile.TemporaryDirectory(
            prefix=".timeline-parts-", dir=Path(args.db or default_path()).resolve().parent))
        tally = Tally()
        if articles:
            tally = parse_to_parts(articles, parts, _dask_run(args), _parse_step(args), args.date,
                                   with_articles=True, on_error=_log_error)
            _write_report(args, parts)
        with Store.open(args.db) as store:
            c = store.load_parts(parts) if articles else None
            c = store.import_event_files(event_files, c)
            _ingested(store, tally, c)
    return 1 if tally.failed else 0


def _ingested(store, tally, c) -> None:
    _say(f"{tally.articles} articles: {c.new} new, {c.replaced} replaced, {c.unchanged} unchanged, "
         f"{c.failed} could not be read; {c.mentions} mentions stored in {store.path}")
    _rebuild(store)


def _events(args: argparse.Namespace) -> int:
    from .store.db import Store

    if args.format in BINARY_FORMATS and not args.output:
        raise errors.TimelineError(errors.NEEDS_OUTPUT, format=args.format)
    with Store.open(args.db) as store:
        spec = _filter(args)
        if args.mentions:
            kept = [m for m in store.mentions() if spec.matches(m)]
            write_events(kept, args.output or sys.stdout, args.format)
        else:
            kept = store.events(spec, include_deleted=args.deleted)
            write_events(kept, args.output or sys.stdout, args.format, record_class=Event)
    _say(f"{len(kept)} {'mentions' if args.mentions else 'events'} written")
    return 0


def _edit(args: argparse.Namespace) -> int:
    author = args.author or os.environ.get("TIMELINE_AUTHOR") or getpass.getuser()
    changes = {}
    for change in args.changes:
        name, sep, value = change.partition("=")
        if not sep:
            raise errors.TimelineError(errors.BAD_VALUE, field="a change", value=change, expected="FIELD=VALUE")
        changes[name.strip()] = value.strip()
    from .store.db import Store

    with Store.open(args.db) as store:
        if args.delete:
            store.delete(args.event_id, author)
            _say(f"event {args.event_id} deleted by {author}")
        elif changes:
            event = store.edit(args.event_id, changes, author)
            _say(f"event {args.event_id} corrected by {author}: " + ", ".join(f"{k}={getattr(event, k)}" for k in changes))
        elif store.event(args.event_id, include_deleted=True) is None:
            raise errors.TimelineError(errors.NO_SUCH_EVENT, event_id=args.event_id)
        for edit in store.history(args.event_id):
            print(f"{edit['edited_at']:%Y-%m-%d %H:%M} {edit['author']}: {edit['action']} {edit['field'] or ''} "
                  f"{edit['before'] or ''} -> {edit['after'] or ''}".rstrip())
    return 0


def _import(args: argparse.Namespace) -> int:
    kept, failed = [], 0
    for item in read_dataset(args.file, args.dataset):
        if isinstance(item, errors.TimelineError):
            failed += 1
            _say(str(item))
        else:
            kept.append(item)
    from .store.db import Store

    with Store.open(args.db) as store:
        store.add_mentions(kept, f"{args.dataset}:{Path(args.file).resolve()}")
        _say(f"{len(kept)} {args.dataset} events imported from {args.file}" + (f", {failed} lines unreadable" if failed else ""))
        _rebuild(store)
    return 1 if failed else 0


def _reparse(args: argparse.Namespace) -> int:
    from .store.db import Store

    if (args.article is None) != (args.date is None):
        raise errors.TimelineError(errors.REDATE_NEEDS_BOTH)
    with Store.open(args.db) as store:
        if args.article is not None:
            tally = store.redate(args.article, args.date, _parse_step(args))
            if tally is None:
                raise errors.TimelineError(errors.NO_SUCH_ARTICLE, article_id=args.article)
            _say(f"article {args.article} read again, published {args.date}: {tally.rows} mentions")
            _rebuild(store)
            return 1 if tally.failed else 0
        articles = list(store.articles_to_reparse())
        tally = run(articles, [Reparsed(store), ErrorLog()], _parse_step(args))
        _say(f"{tally.articles} articles parsed again: {tally.rows} mentions")
        _rebuild(store)
    return 1 if tally.failed else 0


def _present(args: argparse.Namespace) -> int:
    """A view of the store as an offline story (HTML) or the chart (PNG, SVG)."""
    from .present.chart import events_figure
    from .present.export import EXPORT_LIMIT, chart_image, story_html
    from .present.story import story_style
    from .present.view import padded
    from .store.db import Store

    kind = args.picture or {".png": "png", ".svg": "svg"}.get(Path(args.output).suffix.lower(), "html")
    lanes = "event type" if args.lanes == "type" else args.lanes
    with Store.open(args.db) as store:
        spec = _filter(args)
        if store.count(spec) > EXPORT_LIMIT:
            raise errors.TimelineError(errors.VIEW_TOO_BIG, count=store.count(spec), limit=EXPORT_LIMIT)
        frame = store.events_table(spec)
    if frame["date"].isna().all():
        raise errors.TimelineError(errors.NOTHING_TO_SHOW)
    if kind == "html":
        Path(args.output).write_text(story_html(frame, args.title, lanes, args.theme, args.size), encoding="utf-8")
    else:
        dated = frame[frame["date"].notna()]
        window = padded(dated["date"].min().date(), dated["date"].max().date())
        figure = events_figure(frame, lanes, window, story_style(args.theme, args.size))
        Path(args.output).write_bytes(chart_image(figure, kind))
    _say(f"{len(frame):,} events written to {args.output} ({kind})")
    return 0


class Reparsed:
    """A sink that replaces each stored article's mentions with the new parser's."""

    def __init__(self, store):
        self.store = store

    def add(self, item, line: ReportLine, rows: list) -> None:
        self.store.replace_mentions(item, line, rows)


if __name__ == "__main__":
    sys.exit(main())
