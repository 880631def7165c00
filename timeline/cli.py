"""Command line: `timeline extract` (events), `timeline dates` (time expressions), per docs/EVENTS.md, and
`timeline train` (the mention scorer, on a user's annotated articles).

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
    ex.add_argument("--actor", action="append", default=[], help="keep only this actor (repeatable)")
    ex.add_argument("--place", action="append", default=[], help="keep only this place (repeatable)")
    ex.add_argument("--lang", action="append", default=[], help="keep only this language: ar, en (repeatable)")
    ex.add_argument("--search", default="", help="keep events whose sentence, actor, place or title has all these words")
    ex.add_argument("--model", help="mention scorer model file written by `timeline train` (default: the shipped one); "
                                    "'none': the rules alone")

    dt = sub.add_parser("dates", help="tag time expressions (TIMEX3 values)")
    inputs(dt)
    dt.add_argument("--format", choices=("jsonl",), default="jsonl", help="jsonl: one time expression per line")

    tr = sub.add_parser("train", help="train the mention scorer on annotated articles; print cross-validated figures")
    tr.add_argument("pairs", nargs="+", metavar="GOLD ARTICLES", help="pairs of files: gold mentions (JSONL), their articles (JSONL)")
    tr.add_argument("--output", "-o", help="write the model here (default: only print the figures)")
    tr.add_argument("--folds", type=int, default=5, help="folds of the cross-validation grouped by article (default 5, "
                                                         "at least 3)")
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
    """A sink that tells the user, on standard error, which input failed and why."""

    def add(self, line: ReportLine, rows: list) -> None:
        if line.status == "error":
            print(f"timeline: {line.source}: {line.article_id}: {line.error}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "train":
        return train(args)
    if args.format in BINARY_FORMATS and not args.output:
        print(f"timeline: {errors.NEEDS_OUTPUT.text(format=args.format)}", file=sys.stderr)
        return 2
    items = read_inputs(args.inputs, args.date)
    with ExitStack() as stack:
        target = args.output or sys.stdout
        if args.command == "extract":
            fields = NAMES if args.all_columns else EXTRACT_FIELDS
            output = EventWriter(target, args.format, fields)
            keep = EventFilter(args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search)
            step, matches = mentions, (keep.matches if keep else None)
            if args.model:
                from .learn.models import read_model

                try:
                    step = partial(mentions, judge=read_model(args.model))
                except errors.TimelineError as exc:
                    print(f"timeline: {exc}", file=sys.stderr)
                    return 2
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
