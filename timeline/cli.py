"""Command line: `timeline extract` (events) and `timeline dates` (time expressions), per docs/EVENTS.md.

Both are the local engine over a source (the input files) into sinks (the
output, the report, error messages): no loop over articles here.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from datetime import date
from functools import partial

from . import errors
from .engine.local import run
from .filters import EventFilter
from .io.aliases import ALIASES_ENV, default_alias_path, load_gazetteer
from .io.formats import BINARY_FORMATS, FORMATS, EventWriter, ReportWriter, TimexWriter
from .io.readers import read_inputs
from .model import ReportLine
from .parse import mentions, time_expressions
from .schema import EXTRACT_FIELDS, NAMES


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description="Turn news articles into a sourced, dated table of events.")
    sub = parser.add_subparsers(dest="command", required=True)

    def inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files: .txt, .html, .jsonl")
        p.add_argument("--date", type=_day, help="publication date of .txt/.html articles (YYYY-MM-DD)")
        p.add_argument("--output", "-o", help="output file (default: standard output)")
        p.add_argument("--report", help="write one JSON line per input article: ok or error, why, and the error's code")

    ex = sub.add_parser("extract", help="extract event mentions")
    inputs(ex)
    ex.add_argument("--format", choices=FORMATS, default="jsonl",
                    help="jsonl (default), csv, parquet or xlsx (Excel); parquet and xlsx need --output")
    ex.add_argument("--all-columns", action="store_true", help="every column of the events table, not only the EVENTS.md fields")
    ex.add_argument("--type", action="append", default=[], dest="event_types", help="keep only this event type (repeatable)")
    ex.add_argument("--since", type=_day, help="keep events on or after this date")
    ex.add_argument("--until", type=_day, help="keep events on or before this date")
    ex.add_argument("--actor", action="append", default=[], help="keep only this actor, by its actor_name or as written (repeatable)")
    ex.add_argument("--place", action="append", default=[], help="keep only this place (repeatable)")
    ex.add_argument("--lang", action="append", default=[], help="keep only this language: ar, en (repeatable)")
    ex.add_argument("--search", default="", help="keep events whose sentence, actor (by any of its names), place or title has all these words")
    ex.add_argument("--aliases", metavar="FILE", help=f"the user's alias file (default: ${ALIASES_ENV}, else {default_alias_path()})")

    dt = sub.add_parser("dates", help="tag time expressions (TIMEX3 values)")
    inputs(dt)
    dt.add_argument("--format", choices=("jsonl",), default="jsonl", help="jsonl: one time expression per line")
    return parser


class ErrorLog:
    """A sink that tells the user, on standard error, which input failed and why."""

    def add(self, line: ReportLine, rows: list) -> None:
        if line.status == "error":
            print(f"timeline: {line.source}: {line.article_id}: {line.error}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.format in BINARY_FORMATS and not args.output:
        print(f"timeline: {errors.NEEDS_OUTPUT.text(format=args.format)}", file=sys.stderr)
        return 2
    if args.command == "extract":
        try:
            gazetteer = load_gazetteer(args.aliases)
        except errors.TimelineError as exc:
            print(f"timeline: aliases: {exc}", file=sys.stderr)
            return 2
    items = read_inputs(args.inputs, args.date)
    with ExitStack() as stack:
        target = args.output or sys.stdout
        if args.command == "extract":
            fields = NAMES if args.all_columns else EXTRACT_FIELDS
            output = EventWriter(target, args.format, fields)
            keep = EventFilter(args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search)
            step, matches = partial(mentions, gazetteer=gazetteer), (keep.matches if keep else None)
        else:
            output, step, matches = TimexWriter(target), time_expressions, None
        stack.callback(output.close)
        sinks = [output, ErrorLog()]
        if args.report:
            report = ReportWriter(args.report)
            stack.callback(report.close)
            sinks.append(report)
        tally = run(items, sinks, step, matches)
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
