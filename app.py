"""The timeline dashboard: a thin Streamlit layer over the `timeline` library.

    streamlit run app.py                      # the demo data in data/
    streamlit run app.py -- --data FILE...    # articles (.txt/.html/.jsonl) or events (.jsonl/.csv/.parquet)

Parsing, filtering, the figure and the evidence card all come from the library,
so the app and the CLI always agree.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.filters import EventFilter, choices, counts, filter_events
from timeline.io.aliases import load_gazetteer
from timeline.io.formats import dump_events
from timeline.io.readers import read_bytes
from timeline.io.table import from_frame, load_table, parse_articles
from timeline.present.chart import LANE_COLUMNS, evidence_html, timeline_figure

DEMO_FILES = [Path(__file__).with_name("data") / "seed-iraq-2020-11.txt",
              Path(__file__).with_name("data") / "curated-events.jsonl"]
TABLE_COLUMNS = ["date", "event_type", "status", "actor", "actor_name", "location", "quantity", "troops_from", "troops_to", "sentence"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="streamlit run app.py --")
    parser.add_argument("--data", nargs="+", metavar="PATH",
                        help="files of articles (.txt/.html/.jsonl) or of events (.jsonl/.csv/.parquet); default: the demo in data/")
    parser.add_argument("--aliases", metavar="FILE", help="the user's alias file (default: as for timeline extract)")
    return parser.parse_args(argv)


@st.cache_data(show_spinner="Parsing articles…")
def load(paths: tuple[str, ...], aliases: str | None) -> tuple[pd.DataFrame, list[dict]]:
    frame, report = load_table(paths, gazetteer=load_gazetteer(aliases))
    return sort_by_date(frame), [vars(r) for r in report]


@st.cache_data(show_spinner="Parsing uploads…")
def load_uploads(files: tuple[tuple[str, bytes], ...], aliases: str | None) -> tuple[pd.DataFrame, list[dict]]:
    items = (item for name, raw in files for item in read_bytes(raw, name, Path(name).suffix.lower()))
    frame, report = parse_articles(items, load_gazetteer(aliases))
    return frame, [vars(r) for r in report]


def sort_by_date(frame: pd.DataFrame) -> pd.DataFrame:
    """The table in date order (undated last), once: filters keep the order."""
    return frame.sort_values("date", na_position="last", kind="stable").reset_index(drop=True)


@st.cache_data(show_spinner=False)
def download(frame: pd.DataFrame, fmt: str) -> bytes:
    return dump_events(from_frame(frame), fmt)


def sidebar(frame: pd.DataFrame) -> tuple[EventFilter, str, bool]:
    with st.sidebar:
        st.header("Filters")
        dates = frame["date"].dropna()
        start = end = None
        if len(dates):
            lo, hi = dates.min().date(), dates.max().date()
            picked = st.date_input("Date range", value=(lo, hi), key="dates")
            if isinstance(picked, (tuple, list)) and len(picked) == 2 and (picked[0], picked[1]) != (lo, hi):
                start, end = picked
        spec = EventFilter(
            start=start, end=end,
            event_types=st.multiselect("Event type", choices(frame, "event_type"), key="types"),
            actors=counted_multiselect("Actor", frame, "actor_name", "actors"),
            places=counted_multiselect("Place", frame, "place", "places"),
            langs=st.multiselect("Language", choices(frame, "lang"), key="langs"),
            search=st.text_input("Search the evidence", key="search"),
        )
        st.header("View")
        lane_by = st.radio("Lanes", list(LANE_COLUMNS), horizontal=True, key="lanes")
        large = st.toggle("Presentation mode", key="presentation", help="large type and markers for big screens")
    return spec, lane_by, large


def counted_multiselect(label: str, frame: pd.DataFrame, column: str, key: str) -> list[str]:
    """A pick list of a column's values, each with its number of events, most frequent first."""
    numbers = counts(frame, column)
    return st.multiselect(label, list(numbers), key=key, format_func=lambda v: f"{v} ({numbers[v]})")


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


def main() -> None:
    st.set_page_config(page_title="timeline", layout="wide")
    args = parse_args(sys.argv[1:])
    paths = tuple(args.data or map(str, DEMO_FILES))
    frame, report = load(paths, args.aliases)
    uploads = st.sidebar.file_uploader("Add articles", type=["txt", "html", "htm", "jsonl"], accept_multiple_files=True)
    if uploads:
        extra, extra_report = load_uploads(tuple((u.name, u.getvalue()) for u in uploads), args.aliases)
        frame, report = sort_by_date(pd.concat([frame, extra], ignore_index=True)), report + extra_report

    spec, lane_by, large = sidebar(frame)
    if large:
        st.markdown("<style>html, body, [class*='st-'] {font-size: 1.3rem}</style>", unsafe_allow_html=True)
    shown = filter_events(frame, spec).reset_index(drop=True)

    st.title("Timeline of events")
    undated = int(shown["date"].isna().sum())
    st.markdown(f"**{len(shown)} of {len(frame)} events shown** · {undated} without a date (in the table only)")
    errors = [r for r in report if r["status"] == "error"]
    if errors:
        with st.expander(f"{len(errors)} inputs could not be read"):
            for r in errors:
                st.write(f"`{r['source']}` · {r['article_id']}: {r['error']}")

    chart_event = st.plotly_chart(timeline_figure(shown, lane_by, large), key="chart", on_select="rerun",
                                  selection_mode="points", width="stretch")
    left, right = st.columns([3, 2])
    with left:
        table_event = st.dataframe(shown[TABLE_COLUMNS], key="table", on_select="rerun", selection_mode="single-row",
                                   hide_index=True, width="stretch",
                                   column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    with right:
        st.subheader("Evidence")
        picked = selected_event(chart_event, table_event, shown)
        if picked is None:
            st.caption("Select an event in the chart or the table to read its evidence.")
        else:
            st.markdown(evidence_html(picked), unsafe_allow_html=True)
        st.download_button("Download CSV", download(shown, "csv"), "timeline-events.csv", "text/csv")
        st.download_button("Download JSONL", download(shown, "jsonl"), "timeline-events.jsonl", "application/jsonl")


main()
