"""The timeline dashboard: a thin Streamlit layer over the `timeline` library and its store.

    streamlit run app.py                          # the store ($TIMELINE_DB or ./timeline.duckdb); the demo if empty
    streamlit run app.py -- --data FILE...        # ingest these files (articles or events) into the store first
    streamlit run app.py -- --db PATH             # another store

Parsing, merging, filtering, corrections, the figure and the evidence card all
come from the library, so the app and the CLI always agree.
"""
from __future__ import annotations

import argparse
import getpass
import html
import os
import sys
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.engine.local import run
from timeline.filters import EventFilter
from timeline.io.aliases import load_gazetteer
from timeline.io.formats import dump_events
from timeline.io.uploads import read_upload
from timeline.io.table import from_frame
from timeline.model import ArticleError, Event
from timeline.parse import mentions
from timeline.present.access import access_controls
from timeline.present.chart import LANE_COLUMNS, evidence_html, timeline_figure
from timeline.store.db import Store
from timeline.store.settings import EDITABLE, default_path

DEMO_FILES = [Path(__file__).with_name("data") / "seed-iraq-2020-11.txt",
              Path(__file__).with_name("data") / "curated-events.jsonl"]
TABLE_COLUMNS = ["date", "event_type", "status", "actor", "actor_name", "location", "quantity", "troops_from",
                 "troops_to", "mentions", "sentence"]
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="streamlit run app.py --")
    parser.add_argument("--db", type=Path, help="the store to open (default: $TIMELINE_DB, else ./timeline.duckdb)")
    parser.add_argument("--data", nargs="+", metavar="PATH",
                        help="files of articles (.txt/.html/.jsonl) or of events (.jsonl/.csv/.parquet/.xlsx) to "
                             "ingest into the store at start; without it an empty store gets the demo in data/")
    parser.add_argument("--aliases", metavar="FILE", help="the user's alias file (default: as for timeline extract)")
    return parser.parse_args(argv)


def parse_step(aliases: str | None):
    """The parse step with the user's aliases: how articles become mentions here, as in the CLI."""
    return partial(mentions, gazetteer=load_gazetteer(aliases))


@st.cache_resource(show_spinner="Building the store…")
def prepare_store(path: str, data: tuple[str, ...], aliases: str | None) -> dict:
    """Once per server process: ingest --data (idempotent), or the demo into an empty store; then merge."""
    with Store.open(path) as store:
        files = list(data) or (DEMO_FILES if store.totals()["articles"] == 0 else [])
        if files:
            store.ingest_files(files, step=parse_step(aliases))
            store.rebuild()
        return store.totals()


def ingest_uploads(store: Store, aliases: str | None) -> None:
    """Uploads go into the store (each file once per session), with a progress bar."""
    uploads = st.sidebar.file_uploader("Add articles", type=UPLOAD_TYPES, accept_multiple_files=True)
    done = st.session_state.setdefault("ingested_uploads", set())
    new = [u for u in uploads or [] if u.file_id not in done]
    if not new:
        return
    items = [item for u in new for item in read_upload(u.name, u.getvalue(), Path(store.path).parent)]  # checked, kept
    bar = st.sidebar.progress(0.0, text="Ingesting uploads…")
    ingester = store.ingester()

    class Progress:
        seen = 0

        def add(self, item, line, rows) -> None:
            self.seen += 1
            bar.progress(self.seen / len(items), text=f"Ingesting uploads… {self.seen} of {len(items)}")

    tally = run(items, [ingester, Progress()], parse_step(aliases))
    store.rebuild()
    done.update(u.file_id for u in new)
    c = ingester.counts
    bar.progress(1.0, text=f"{tally.articles} articles: {c.new} new, {c.unchanged} already in the store, "
                           f"{c.failed} could not be read")
    rejected = [i for i in items if isinstance(i, ArticleError)]
    if rejected:
        with st.sidebar.expander(f"{len(rejected)} could not be read", expanded=True):
            for item in rejected:
                st.text(f"{item.article_id}: {item.reason} ({item.code})")


def sidebar(store: Store) -> tuple[EventFilter, str, bool]:
    with st.sidebar:
        st.header("Filters")
        bounds = store.db.execute("SELECT min(date), max(date) FROM events WHERE NOT deleted").fetchone()
        start = end = None
        if bounds[0] is not None:
            picked = st.date_input("Date range", value=bounds, key="dates")
            if isinstance(picked, (tuple, list)) and len(picked) == 2 and tuple(picked) != tuple(bounds):
                start, end = picked

        def pick(label: str, column: str, key: str) -> list[str]:
            counted = dict(store.counts(column))
            return st.multiselect(label, list(counted), key=key, format_func=lambda v: f"{v} ({counted[v]})")

        spec = EventFilter(start=start, end=end, event_types=pick("Event type", "event_type", "types"),
                           actors=pick("Actor", "actor_name", "actors"), places=pick("Place", "place", "places"),
                           langs=pick("Language", "lang", "langs"), search=st.text_input("Search the evidence", key="search"))
        st.header("View")
        lane_by = st.radio("Lanes", list(LANE_COLUMNS), horizontal=True, key="lanes")
        large = st.toggle("Presentation mode", key="presentation", help="large type and markers for big screens")
    return spec, lane_by, large


def selected_event(chart_event, table_event, shown: pd.DataFrame) -> pd.Series | None:
    """The event picked last, in the chart (a point's event_id) or in the table (a row)."""
    points = getattr(getattr(chart_event, "selection", None), "points", None) or []
    rows = getattr(getattr(table_event, "selection", None), "rows", None) or []
    chart_id = next((p.get("customdata") for p in points if p.get("customdata")), None)
    table_id = shown["event_id"].iloc[rows[0]] if rows and rows[0] < len(shown) else None
    previous = st.session_state.get("picked_from", {})
    if table_id is not None and (chart_id is None or table_id != previous.get("table")):
        picked = table_id
    else:
        picked = chart_id
    st.session_state["picked_from"] = {"chart": chart_id, "table": table_id}
    match = shown[shown["event_id"] == picked] if picked is not None else shown.iloc[0:0]
    return match.iloc[0] if len(match) else None


def sources_and_history(store: Store, event_id: str) -> None:
    """Every sentence that states the event, with its article; and every correction made to it."""
    sources = store.sources(event_id)
    with st.expander(f"{len(sources)} source sentence(s)", expanded=len(sources) > 1):
        for m in sources:
            rtl = 'dir="rtl" style="text-align:right"' if m.lang == "ar" else ""
            st.html(f"<p {rtl}>{html.escape(m.sentence)}</p><div style='color:#666'>{html.escape(m.title or m.article_id)}"
                    f"{' · ' + m.published.isoformat() if m.published else ''}</div>")
    history = store.history(event_id)
    if history:
        with st.expander(f"{len(history)} correction(s)"):
            for e in history:
                st.text(f"{e['edited_at']:%Y-%m-%d %H:%M} {e['author']}: {e['action']} {e['field'] or ''} "
                        f"{e['before'] or ''} → {e['after'] or ''}")


def edit_form(store: Store, event: pd.Series) -> None:
    """Correct the event's fields or delete it: saved to the store at once, with who and when."""
    with st.expander("Correct this event"), st.form(f"edit-{event['event_id']}"):
        author = st.text_input("Your name", value=os.environ.get("TIMELINE_AUTHOR") or getpass.getuser())
        values = {}
        for name in EDITABLE:
            current = event.get(name)
            shown = "" if pd.isna(current) else (f"{current:%Y-%m-%d}" if name.endswith("date") else str(current))
            values[name] = st.text_input(name, value=shown, key=f"edit-{event['event_id']}-{name}")
        save, delete = st.columns(2)
        if save.form_submit_button("Save"):
            changes = {k: v for k, v in values.items() if v != _shown(event.get(k), k)}
            if changes:
                try:
                    store.edit(event["event_id"], changes, author)
                    st.rerun()
                except ValueError as exc:
                    st.error(str(exc))
        if delete.form_submit_button("Delete event"):
            store.delete(event["event_id"], author)
            st.rerun()


def _shown(value, name: str) -> str:
    return "" if pd.isna(value) else (f"{value:%Y-%m-%d}" if name.endswith("date") else str(value))


def main() -> None:
    st.set_page_config(page_title="timeline", layout="wide")
    args = parse_args(sys.argv[1:])
    path = str(args.db or default_path())
    prepare_store(path, tuple(map(str, args.data or ())), args.aliases)
    with Store.open(path) as store:
        # access control (issue 14): who may upload and correct; the rules are in timeline/present/access.py
        access = access_controls(presentation=bool(st.session_state.get("presentation")))
        if access.can_edit:
            ingest_uploads(store, args.aliases)
        spec, lane_by, large = sidebar(store)
        if large:
            st.markdown("<style>html, body, [class*='st-'] {font-size: 1.3rem}</style>", unsafe_allow_html=True)
        shown = store.events_table(spec)
        totals = store.totals()

        st.title("Timeline of events")
        undated = int(shown["date"].isna().sum())
        st.markdown(f"**{len(shown)} of {totals['events']} events shown** · {undated} without a date (in the table "
                    f"only) · from {totals['mentions']} mentions in {totals['articles']} articles")
        errors = [r for r in store.report() if r.status == "error"]
        if errors:
            with st.expander(f"{len(errors)} inputs could not be read"):
                for r in errors:
                    st.text(f"{r.source} · {r.article_id}: {r.error} ({r.code})")

        chart_event = st.plotly_chart(timeline_figure(shown, lane_by, large), key="chart", on_select="rerun",
                                      selection_mode="points", width="stretch")
        left, right = st.columns([3, 2])
        with left:
            table_event = st.dataframe(shown[TABLE_COLUMNS], key="table", on_select="rerun",
                                       selection_mode="single-row", hide_index=True, width="stretch",
                                       column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
        with right:
            st.subheader("Evidence")
            picked = selected_event(chart_event, table_event, shown)
            if picked is None:
                st.caption("Select an event in the chart or the table to read its evidence.")
            else:
                st.html(evidence_html(picked))  # escaped, and no Markdown read into the article's text
                sources_and_history(store, picked["event_id"])
                if access.can_edit:  # access control (issue 14)
                    edit_form(store, picked)
            events = list(from_frame(shown, Event))
            st.download_button("Download CSV", dump_events(events, "csv", record_class=Event), "timeline-events.csv",
                               "text/csv")
            st.download_button("Download JSONL", dump_events(events, "jsonl", record_class=Event),
                               "timeline-events.jsonl", "application/jsonl")


main()
