"""Command line: `timeline extract` (events) and `timeline dates` (time expressions), per EVENTS.md."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date

from .parse.dates import find_time_expressions, reference_date
from .model import ArticleError
from .engine.local import process
from .io.readers import read_inputs
from .schema import EXTRACT_FIELDS, SCHEMA, row_record
from .parse.text import detect_language


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
        p.add_argument("--report", help="write one JSON line per input article: ok or error, and why")

    ex = sub.add_parser("extract", help="extract event mentions")
    inputs(ex)
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    ex.add_argument("--all-columns", action="store_true", help="every column of the events table, not only the EVENTS.md fields")
    ex.add_argument("--type", action="append", default=[], dest="event_types", help="keep only this event type (repeatable)")
    ex.add_argument("--since", type=_day, help="keep events on or after this date")
    ex.add_argument("--until", type=_day, help="keep events on or before this date")
    ex.add_argument("--actor", action="append", default=[], help="keep only this actor (repeatable)")
    ex.add_argument("--place", action="append", default=[], help="keep only this place (repeatable)")
    ex.add_argument("--lang", action="append", default=[], help="keep only this language: ar, en (repeatable)")
    ex.add_argument("--search", default="", help="keep events whose sentence, actor, place or title has all these words")

    dt = sub.add_parser("dates", help="tag time expressions (TIMEX3 values)")
    inputs(dt)
    dt.add_argument("--format", choices=("jsonl",), default="jsonl")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract" and args.format == "parquet" and not args.output:
        print("timeline: --format parquet needs --output", file=sys.stderr)
        return 2
    items = read_inputs(args.inputs, args.date)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output and args.format != "parquet" else sys.stdout
    report = open(args.report, "w", encoding="utf-8") if args.report else None
    failed = 0
    try:
        run = _extract if args.command == "extract" else _dates
        for line in run(items, args, out):
            failed += line["status"] == "error"
            if line["status"] == "error":
                print(f"timeline: {line['source']}: {line['article_id']}: {line['error']}", file=sys.stderr)
            if report:
                report.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
        if report:
            report.close()
    return 1 if failed else 0


def _extract(items, args, out):
    """Stream: each article is read, parsed, filtered and written before the next (bounded memory).

    Plain JSONL/CSV output needs no DataFrame (pandas alone takes 0.3 s to load);
    filters and Parquet go through the events table.
    """
    filtering = any((args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search))
    fields = list(SCHEMA) if args.all_columns else list(EXTRACT_FIELDS)
    csv_out = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore") if args.format == "csv" else None
    if csv_out:
        csv_out.writeheader()
    frames = []
    for line, rows in process(items):
        if rows and (filtering or args.format == "parquet"):
            from .filters import EventFilter, filter_events
            from .io.table import records_to_frame, to_records

            spec = EventFilter(args.since, args.until, args.event_types, args.actor, args.place, args.lang, args.search)
            frame = filter_events(records_to_frame(rows), spec)
            frames.append(frame)
            records = to_records(frame[fields])
        else:
            records = [row_record(row, fields) for row in rows]
        if csv_out:
            csv_out.writerows(records)
        elif args.format == "jsonl":
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        yield dict(vars(line))
    if args.format == "parquet":
        import pandas as pd

        from .io.table import records_to_frame, write_events

        write_events(pd.concat(frames) if frames else records_to_frame([]), args.output, "parquet", fields)


def _dates(items, args, out):
    for item in items:
        if isinstance(item, ArticleError):
            yield {"article_id": item.article_id, "source": item.source, "status": "error", "events": 0, "error": item.reason}
            continue
        lang = detect_language(item.text, item.lang)
        reference, _ = reference_date(item.text, lang, item.date)
        found = find_time_expressions(item.text, lang, reference)
        for t in found:
            out.write(json.dumps({"article_id": item.id, "start": t.start, "end": t.end, "text": t.text,
                                  "type": t.type, "value": t.value}, ensure_ascii=False) + "\n")
        yield {"article_id": item.id, "source": item.source, "status": "ok", "events": len(found), "error": None}


if __name__ == "__main__":
    sys.exit(main())
