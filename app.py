"""The timeline dashboard: a thin Streamlit layer over the `timeline` library and its store.

    streamlit run app.py                          # the store ($TIMELINE_DB or ./timeline.duckdb); the demo if empty
    streamlit run app.py -- --data FILE...        # ingest these files (articles or events) into the store first
    streamlit run app.py -- --db PATH             # another store

Two pages over one view: the researcher's desk (filters, the chart, the evidence, the table, corrections) and
presentation mode (`?mode=present`: one event at a time, for a room). The page's address holds the view
(filters, lanes, zoom, the selected event, the step), so a link or a reload reproduces it.

Parsing, merging, filtering, counting, the figures, the cards and the exports all come from the library, so
the app and the CLI always agree. Every text from input is shown as text (st.text, st.dataframe) or escaped
HTML (the library's cards), never as Markdown.
"""
from __future__ import annotations

import argparse
import getpass
import html
import os
import sys
import time
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.engine.local import run
from timeline.filters import EventFilter
from timeline.io.aliases import load_gazetteer
from timeline.io.formats import dump_events
from timeline.io.uploads import read_upload
from timeline.model import ArticleError, Event
from timeline.parse import mentions
from timeline.present.access import access_controls
from timeline.present.card import evidence_html, story_card_html
from timeline.present.chart import (CHART_CONFIG, LANE_COLUMNS, MAX_LANES, blank_figure, counts_figure,
                                    events_figure, read_key, stack_members)
from timeline.present.export import EXPORT_LIMIT, chart_image, spreadsheet_csv, story_html
from timeline.present.story import PLAY_SECONDS, SIZES, THEMES, chart_height, story_css, story_style, story_title
from timeline.present.view import (TABLE_ROWS, active, covers, hidden_note, padded, parse_window, plan, relax_note,
                                   within, without)
from timeline.store.db import Store
from timeline.store.settings import EDITABLE, default_path

DEMO_FILES = [Path(__file__).with_name("data") / "seed-iraq-2020-11.txt",
              Path(__file__).with_name("data") / "curated-events.jsonl"]
TABLE_COLUMNS = ["date", "date_precision", "event_type", "status", "actor", "actor_name", "place", "quantity",
                 "troops_from", "troops_to", "articles", "origin", "sentence"]
OPTIONS = 500  # a pick list offers the commonest values (and whatever is picked)
LEVEL_ROWS = 2000  # force levels drawn in the counts view
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl"]
PICK_LISTS = {"type": "event_type", "actor": "actor_name", "place": "place", "lang": "lang"}  # key: column
CHART = "timeline_chart"  # the chart's key: its CSS class is st-key-timeline_chart, where the zoom bridge finds it
DESK_CSS = """<style>
[data-testid="stColumn"]:has(.st-key-evidence_panel) { position: sticky; top: 3.8rem; align-self: flex-start;
  max-height: calc(100vh - 4.5rem); overflow-y: auto; }
.evidence .uncertain { color: #8a4b00; font-weight: 600; }
</style>"""
ZOOM_BRIDGE_JS = """
export default function (component) {
  // Plotly's zoom, pan, wheel and double-click in the chart, reported to the app (Streamlit's chart reports
  // only selections): the app then draws single events when few enough are in view, and keeps the zoom.
  const { setTriggerValue, data } = component;
  const attach = () => {
    const gd = document.querySelector(`.st-key-${data.chart} .js-plotly-plot`);
    if (!gd || gd.__timelineZoom || typeof gd.on !== "function") return;
    gd.__timelineZoom = true;
    let timer = null;
    gd.on("plotly_relayout", (change) => {
      if (!Object.keys(change).some((k) => k.startsWith("xaxis"))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (change["xaxis.autorange"] || change["xaxis2.autorange"]) { setTriggerValue("range", ["all", "all"]); return; }
        const range = gd._fullLayout.xaxis.range;
        setTriggerValue("range", [String(range[0]), String(range[1])]);
      }, 350);
    });
  };
  attach();
  const every = setInterval(attach, 400);
  return () => clearInterval(every);
}
"""


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
    """Once per server process: ingest --data (an unchanged file is not read again), or the demo into an empty
    store; merge when anything came in."""
    with Store.open(path) as store:
        files = list(data) or (DEMO_FILES if store.totals()["articles"] == 0 else [])
        if files:
            _, counts = store.ingest_files(files, step=parse_step(aliases))
            if counts.new or counts.replaced or counts.failed:
                store.rebuild()
        return store.totals()


# ---- the view's state: session first, the page's address kept in step ------------------------------------


def state() -> st.runtime.state.SessionStateProxy:
    """The view's own state, read once from the address at the start of a session."""
    s = st.session_state
    if "view_read" not in s:
        q = st.query_params
        s.view_read = True
        s.window = parse_window(q.get("from"), q.get("to"))
        s.date_range = parse_window(q.get("since"), q.get("until"))
        s.event = q.get("event") or None
        s.stack = None
        s.step = int(q["step"]) if q.get("step", "").isdigit() and int(q["step"]) > 0 else 1
        s.play = int(q["play"]) if q.get("play", "").isdigit() else 0
        for key in PICK_LISTS:  # a pick list's labels carry counts, so the address keeps its values itself
            s[key] = q.get_all(key)
    return s


def write_address(present: bool) -> None:
    """The view's state that no widget holds, in the address (widgets bound to it keep their own)."""
    s = st.session_state
    wanted = {"mode": "present" if present else None,
              "from": s.window[0].isoformat() if s.window else None, "to": s.window[1].isoformat() if s.window else None,
              "since": s.date_range[0].isoformat() if s.date_range else None,
              "until": s.date_range[1].isoformat() if s.date_range else None,
              "event": None if present else s.event, "step": str(s.step) if present else None,
              "play": str(s.play) if present and s.play else None,
              **{key: list(s.get(key) or []) or None for key in PICK_LISTS}}
    for name, value in wanted.items():
        if value is None and name in st.query_params:
            del st.query_params[name]
        elif isinstance(value, list) and st.query_params.get_all(name) != value:
            st.query_params[name] = value
        elif isinstance(value, str) and st.query_params.get(name) != value:
            st.query_params[name] = value


# ---- the sidebar: uploads, filters, view, exports --------------------------------------------------------


def ingest_uploads(store: Store, aliases: str | None) -> bool:
    """Uploads go into the store (each file once per session; the same article twice counts once), with a
    progress bar; a publication date given here applies to uploads that carry none (.txt, pages without it)."""
    uploads = st.sidebar.file_uploader("Add articles", type=UPLOAD_TYPES, accept_multiple_files=True)
    published = st.sidebar.date_input("Publication date of these uploads", value=None, key="upload_date",
                                      help="for .txt files and pages that give none (a dateline is read where "
                                           "there is one); relative dates like 'on Tuesday' count from it")
    done = st.session_state.setdefault("ingested_uploads", set())
    new = [u for u in uploads or [] if (u.file_id, published) not in done]
    if not new:
        if st.session_state.get("upload_note"):
            st.sidebar.caption(st.session_state["upload_note"])
        return False
    items = [item for u in new  # checked by name, size and content, kept under a name made from their content
             for item in read_upload(u.name, u.getvalue(), Path(store.path).parent, publication_date=published)]
    bar = st.sidebar.progress(0.0, text="Ingesting uploads…")
    ingester = store.ingester()

    class Progress:
        seen = 0

        def add(self, item, line, rows) -> None:
            self.seen += 1
            bar.progress(self.seen / len(items), text=f"Ingesting uploads… {self.seen} of {len(items)}")

    tally = run(items, [ingester, Progress()], parse_step(aliases))
    store.rebuild()
    done.update((u.file_id, published) for u in new)
    c = ingester.counts
    st.session_state["upload_note"] = (f"{tally.articles} articles: {c.new} new, {c.replaced} replaced, "
                                       f"{c.unchanged} already in the store, {c.failed} could not be read")
    bar.progress(1.0, text=st.session_state["upload_note"])
    rejected = [i for i in items if isinstance(i, ArticleError)]
    if rejected:
        with st.sidebar.expander(f"{len(rejected)} could not be read", expanded=True):
            for item in rejected:
                st.text(f"{item.article_id}: {item.reason} ({item.code})")
    return True


def date_range_input(store: Store) -> None:
    """The date filter: the data's whole range unless the user sets one, so a range nobody set widens with
    the data (an upload of 2027 events shows them)."""
    s = state()
    bounds = store.date_bounds()
    if bounds[0] is None:
        return
    value = s.date_range or bounds
    key = f"dates:{value[0]}:{value[1]}:{bounds[0]}:{bounds[1]}"  # a new widget when the value or the data change

    def changed() -> None:
        picked = st.session_state[key]
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            s.date_range = None if tuple(picked) == tuple(bounds) else tuple(picked)

    st.date_input("Date range", value=value, min_value=date(1900, 1, 1), max_value=date(2100, 12, 31), key=key,
                  on_change=changed, help="the whole range of the data unless you set one")
    if s.date_range:
        st.button("Show every date", on_click=lambda: setattr(s, "date_range", None))


def pick(store: Store, label: str, column: str, key: str) -> None:
    """A pick list of a column's values, each with how many events have it (the commonest OPTIONS, and what
    is picked); the address keeps what is picked (`key`)."""
    counted = dict(store.counts(column)[:OPTIONS])
    for value in st.session_state.get(key) or []:
        counted.setdefault(value, 0)
    st.multiselect(label, list(counted), key=key, format_func=lambda v: f"{v} ({counted.get(v, 0):,})")


def current_view() -> tuple[EventFilter, str]:
    """The filters and the lanes the sidebar's widgets hold, read before they are drawn (a widget's new value is
    in the session when a run starts; on a session's first run it comes from the address), so that the chart
    goes out before the sidebar."""
    s, q = state(), st.query_params
    search = s["q"] if "q" in s else q.get("q", "")
    lanes = s["lanes"] if "lanes" in s else q.get("lanes", "")
    start, end = s.date_range or (None, None)
    spec = EventFilter(start, end, list(s.type), list(s.actor), list(s.place), list(s.lang), search or "")
    return spec, lanes if lanes in LANE_COLUMNS else "event type"


def sidebar(store: Store, present: bool) -> None:
    """The filters and the lanes (what `current_view` reads on the next run), and the way to presentation mode."""
    with st.sidebar:
        st.header("Filters")
        date_range_input(store)
        pick(store, "Event type", "event_type", "type")
        pick(store, "Actor", "actor_name", "actor")
        pick(store, "Place", "place", "place")
        pick(store, "Language", "lang", "lang")
        st.text_input("Search", key="q", bind="query-params",
                      help="evidence, actor, place, title; a place or an actor by any of its names, Arabic or English")
        st.header("View")
        st.radio("Lanes", list(LANE_COLUMNS), horizontal=True, key="lanes", bind="query-params")
        if not present and st.button("Presentation mode", type="primary", help="one event at a time, for a room: "
                                     "full screen, large type, arrow keys; the address keeps the view"):
            st.query_params["mode"] = "present"
            st.rerun()


# ---- the chart: a plan for the window, the figure kept while the plan holds -------------------------------


def data_window(store: Store, spec: EventFilter) -> tuple[date, date] | None:
    first, last = store.date_bounds(spec)
    return padded(first, last) if first is not None else None


def chart_figure(store: Store, spec: EventFilter, lane_by: str, window: tuple, version: tuple):
    """The figure for the window: single events or counts (view.plan). While the same plan covers a new
    window (a zoom inside what was drawn) the same figure is kept, so the chart is not redrawn and its zoom
    stays where the user left it."""
    wanted = plan(store.count(within(spec, window)), window)
    kept = st.session_state.get("figure")
    same = (spec, lane_by, version)
    if kept and kept["same"] == same and kept["plan"].kind == wanted.kind and kept["plan"].bucket == wanted.bucket \
            and kept["plan"].window[0] <= window[0] and window[1] <= kept["plan"].window[1]:
        return kept["figure"], kept["plan"]
    view = within(spec, window)
    if wanted.kind == "events":
        fig = events_figure(store.events_table(view), lane_by, window)
    else:
        levels = store.events_table(view, limit=LEVEL_ROWS, levels=True)
        fig = counts_figure(store.aggregate(view, wanted.bucket, LANE_COLUMNS[lane_by], MAX_LANES), wanted.bucket,
                            lane_by, window, levels=levels)
    st.session_state["figure"] = {"same": same, "plan": wanted, "figure": fig}
    return fig, wanted


def chart_selected() -> None:
    """A click or a box in the chart: an event (its card), a stack (its list), a period (zoom to it), a box
    (zoom to its days)."""
    s = state()
    selection = st.session_state[CHART].selection
    if selection.box:
        zoomed = parse_window(*selection.box[0]["x"][:2]) if len(selection.box[0]["x"]) >= 2 else None
        s.window = zoomed or s.window
        return
    custom = next((p.get("customdata") for p in selection.points if p.get("customdata")), None)
    key = read_key(custom)
    if key is None and custom:
        s.event, s.stack = (custom[0] if isinstance(custom, list) else custom), None
    elif key and key[0] == "stack":
        s.stack = key
    elif key and key[0] == "period":
        s.window = (date.fromisoformat(key[1]), date.fromisoformat(key[2]))


def zoomed() -> None:
    """The chart's own zoom (wheel, drag, double-click), reported by the bridge."""
    s = state()
    first, last = st.session_state["zoom_bridge"]["range"]
    s.window = None if first == "all" else parse_window(first, last) or s.window


def zoom_bridge() -> None:
    component = st.components.v2.component("timeline_zoom_bridge", js=ZOOM_BRIDGE_JS)
    component(key="zoom_bridge", data={"chart": CHART}, on_range_change=zoomed, height=1)


# ---- the desk -------------------------------------------------------------------------------------------


def hidden_by(store: Store, spec: EventFilter, shown: int) -> dict[str, int]:
    """How many more events each active filter would let through on its own: what it hides."""
    return {name: store.count(without(spec, name)) - shown for name in active(spec)}


def desk_layout() -> dict:
    """The desk's places, made before anything is counted: on a session's first page a blank chart goes out at
    once, so that the browser loads the chart's code (4 MB of plotly.js) while the app queries the store."""
    st.html(DESK_CSS)
    st.subheader("Timeline of events")
    places = {"status": st.container()}
    left, right = st.columns([2, 1], gap="medium")
    with left:
        places["zoom"], places["chart"] = st.container(), st.empty()
        places["below"] = st.container()
    places["evidence"] = right.container(key="evidence_panel")
    if "figure" not in st.session_state:
        places["chart"].plotly_chart(blank_figure(), config={"displayModeBar": False}, width="stretch")
    return places


def desk_chart(store: Store, spec: EventFilter, lane_by: str, places: dict):
    """The chart, first of all (with the count line above it): the plan that drew it, or None when nothing
    matches (then the line says which filter to relax)."""
    s = state()
    totals = store.totals()
    matching = store.count(spec)
    if matching == 0:
        places["chart"].empty()
        places["status"].warning(f"No events match. {relax_note(hidden_by(store, spec, 0))}")
        return None
    whole = data_window(store, spec)
    if s.window and (whole is None or store.count(within(spec, s.window)) == 0 or covers(s.window, whole)):
        s.window = None  # the zoom no longer makes sense: nothing of the new view is in it
    if whole is None:
        places["chart"].empty()
        return None
    fig, drawn = chart_figure(store, spec, lane_by, s.window or whole, (totals["events"], totals["edits"]))
    places["chart"].plotly_chart(fig, key=CHART, on_select=chart_selected, selection_mode=("points", "box"),
                                 config=CHART_CONFIG, width="stretch")
    return drawn


def desk_details(store: Store, spec: EventFilter, lane_by: str, places: dict, drawn, path: str,
                 aliases: str | None, editing: bool) -> None:
    """Everything around the chart: the count line and what each filter hides, the zoom, the table, the
    downloads, the evidence."""
    s = state()
    totals = store.totals()
    matching = store.count(spec)
    if not matching:
        return
    note = hidden_note(hidden_by(store, spec, matching))
    undated = 0 if spec.start or spec.end else matching - store.count(within(spec, (date.min, date.max)))
    with places["status"]:
        st.markdown(f"**{matching:,} of {totals['events']:,} events** match" + (f" · {note}" if note else "")
                    + (f" · {undated:,} without a date (in the table only)" if undated else "")
                    + f" · from {totals['mentions']:,} mentions in {totals['articles']:,} articles")
        errors = store.report(status="error")
        if errors:
            with st.expander(f"{len(errors)} inputs could not be read"):
                for r in errors:
                    st.text(f"{r.source} · {r.article_id}: {r.error} ({r.code})")
    view = within(spec, s.window) if s.window else spec
    if drawn is not None:
        with places["zoom"]:
            zoom_line(store, spec, drawn)
        with places["below"]:
            zoom_bridge()
    with places["below"]:
        event_table(store, view)
        downloads(path, view, lane_by, st.session_state["figure"]["figure"] if drawn else None)
    with places["evidence"]:
        evidence_panel(store, spec, view, lane_by, aliases, editing)


def zoom_line(store: Store, spec: EventFilter, drawn) -> None:
    s = state()
    shown = store.count(within(spec, drawn.window))
    what = "each event" if drawn.kind == "events" else f"counts per {drawn.bucket} (zoom in to see single events)"
    text = f"{drawn.window[0]:%d %b %Y} – {drawn.window[1]:%d %b %Y}: {shown:,} events, {what}"
    if s.window:
        cols = st.columns([4, 1])
        cols[0].caption(f"Zoomed to {text}")
        cols[1].button("Zoom out", on_click=lambda: setattr(s, "window", None), width="stretch")
    else:
        st.caption(f"{text} · wheel or drag to zoom; double-click to see all")


def event_table(store: Store, view: EventFilter) -> None:
    """The view's events, TABLE_ROWS at most; a row picked opens its evidence. Missing values are blank."""
    shown = store.events_table(view, limit=TABLE_ROWS)
    count = store.count(view)
    if count > len(shown):
        st.caption(f"The table shows the first {len(shown):,} of {count:,} events of the view (zoom in or filter to "
                   "see others; the downloads hold them all).")
    st.session_state["table_ids"] = list(shown["event_id"])
    st.dataframe(shown[TABLE_COLUMNS], key="table", on_select=table_selected, selection_mode="single-row",
                 hide_index=True, width="stretch", height=360, placeholder="",
                 column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                                "sentence": st.column_config.TextColumn("sentence", width="large")})


def table_selected() -> None:
    s = state()
    rows = st.session_state["table"].selection.rows
    ids = st.session_state.get("table_ids", [])
    if rows and rows[0] < len(ids):
        s.event, s.stack = ids[rows[0]], None


def stack_selected() -> None:
    s = state()
    rows = st.session_state["stack_table"].selection.rows
    ids = st.session_state.get("stack_ids", [])
    if rows and rows[0] < len(ids):
        s.event = ids[rows[0]]


def evidence_panel(store: Store, spec: EventFilter, view: EventFilter, lane_by: str, aliases: str | None,
                   editing: bool) -> None:
    """The selected event's evidence, beside the chart and always in sight; a stack's events to pick from; on
    first open the latest event of the view, so that a visitor reads a sentence before any click."""
    s = state()
    st.markdown("**Evidence**")
    if s.stack:
        drawn = st.session_state.get("figure", {}).get("plan")
        members = stack_members(store.events_table(within(spec, drawn.window if drawn else None)), lane_by, s.stack)
        st.caption(f"{len(members)} events share this mark; pick one:")
        st.session_state["stack_ids"] = list(members["event_id"])
        listing = members[["event_type", "actor_name", "sentence"]]
        st.dataframe(listing, key="stack_table", on_select=stack_selected, selection_mode="single-row",
                     hide_index=True, width="stretch", height=min(300, 38 + 35 * len(listing)), placeholder="")
    row = None
    if s.event:
        found = store.events_table(EventFilter(), event_ids=[s.event])
        row = found.iloc[0] if len(found) else None
        if row is not None and store.events_table(spec, event_ids=[s.event]).empty:
            st.info("The selected event is hidden by the filters now.")
    if row is None:
        last = store.date_bounds(view)[1]
        latest = store.events_table(within(view, (last, last)), limit=1) if last else store.events_table(view, limit=0)
        if latest.empty:
            st.caption("Select an event in the chart or the table to read its evidence.")
            return
        row = latest.iloc[0]
        st.caption("The latest event of this view; click a mark in the chart or a row of the table for another.")
    st.html(evidence_html(row))
    if editing:
        redate_form(store, row, aliases)
    sources_and_history(store, row["event_id"])
    if editing:
        edit_form(store, row)


def redate_form(store: Store, row: pd.Series, aliases: str | None) -> None:
    """Give or correct the publication date of the event's article: it is read again with it (relative dates
    count from it), and the correction of its events stays."""
    if str(row.get("origin")) != "parsed":
        return
    article = next(store.articles_to_reparse(str(row["article_id"])), None)
    if article is None:
        return
    label = "Give the article's publication date" if article.date is None else "Correct the article's publication date"
    if not st.toggle(label, key="redate_open"):  # the form is made only when asked for: a lighter first page
        return
    with st.form(f"redate-{row['event_id']}"):
        day = st.date_input("Published on", value=article.date, min_value=date(1900, 1, 1))
        if st.form_submit_button("Read the article again with this date") and day and day != article.date:
            store.redate(article.id, day, parse_step(aliases))
            store.rebuild()
            st.rerun()


def sources_and_history(store: Store, event_id: str) -> None:
    """Every sentence that states the event, with its article; and every correction made to it."""
    sources = store.sources(event_id)
    with st.expander(f"{len(sources)} source sentence(s)", expanded=len(sources) > 1):
        for m in sources:
            st.html(f'<p {"dir=rtl style=text-align:right" if m.lang == "ar" else ""}>{_escape(m.sentence)}</p>'
                    f"<div style='color:#666'>{_escape(m.title or m.article_id)}"
                    f"{' · ' + m.published.isoformat() if m.published else ''}</div>")
    history = store.history(event_id)
    if history:
        with st.expander(f"{len(history)} correction(s)"):
            for e in history:
                st.text(f"{e['edited_at']:%Y-%m-%d %H:%M} {e['author']}: {e['action']} {e['field'] or ''} "
                        f"{e['before'] or ''} → {e['after'] or ''}")


def _escape(text) -> str:
    return html.escape(str(text))


def edit_form(store: Store, event: pd.Series) -> None:
    """Correct the event's fields or delete it: saved to the store at once, with who and when."""
    if not st.toggle("Correct this event", key="edit_open"):  # the form is made only when asked for
        return
    with st.form(f"edit-{event['event_id']}"):
        author = st.text_input("Your name", value=os.environ.get("TIMELINE_AUTHOR") or getpass.getuser())
        values = {}
        for name in EDITABLE:
            values[name] = st.text_input(name, value=_shown(event.get(name), name), key=f"edit-{event['event_id']}-{name}")
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
    return "" if value is None or pd.isna(value) else (f"{value:%Y-%m-%d}" if name.endswith("date") else str(value))


def downloads(path: str, view: EventFilter, lane_by: str, fig) -> None:
    """The view's events as an Excel-ready CSV or JSONL, as an offline story, and the chart as PNG or SVG:
    each built only when asked."""
    def events() -> list[Event]:
        with Store.open(path) as store:
            return store.events(view)

    def story() -> str:
        with Store.open(path) as store:
            frame = store.events_table(view, limit=EXPORT_LIMIT)
        return story_html(frame, "Timeline of events", lane_by)

    cols = st.columns(5)
    cols[0].download_button("Download CSV (Excel)", lambda: spreadsheet_csv(events()), "timeline-events.csv",
                            "text/csv", width="stretch")
    cols[1].download_button("Download JSONL", lambda: dump_events(events(), "jsonl", record_class=Event),
                            "timeline-events.jsonl", "application/jsonl", width="stretch")
    cols[2].download_button("Offline story (HTML)", story, "timeline-story.html", "text/html", width="stretch",
                            help=f"one file with the chart and every step (the first {EXPORT_LIMIT:,} events), "
                                 "for a room without a server or a network")
    if fig is not None:
        cols[3].download_button("Chart PNG", lambda: chart_image(fig, "png"), "timeline.png", "image/png",
                                width="stretch")
        cols[4].download_button("Chart SVG", lambda: chart_image(fig, "svg"), "timeline.svg", "image/svg+xml",
                                width="stretch")


# ---- presentation mode ----------------------------------------------------------------------------------


def presentation(store: Store, spec: EventFilter, lane_by: str) -> None:
    """One event at a time on a 1920x1080 screen: the chart with the step ringed, a large card, the controls;
    arrow keys step, autoplay moves on by itself, the address holds the step."""
    s = state()
    theme = st.session_state.get("theme") or st.query_params.get("theme") or "light"
    size = st.session_state.get("size") or st.query_params.get("size") or "large"
    st.html(story_css(theme if theme in THEMES else "light", size if size in SIZES else "large"))
    whole = data_window(store, spec)
    window = s.window or whole
    steps = store.count(within(spec, window)) if window else 0
    s.step = min(max(1, s.step), max(1, steps))

    def move(by: int) -> None:
        s.step = min(max(1, s.step + by), max(1, steps))
        s.played_at = time.monotonic()

    top = st.columns([6, 1.3, 1.3, 1.1, 1.1, 1.1, 1.1, 1.1], vertical_alignment="center")
    top[0].html(f'<div class="story-title">{_escape(story_title(spec))}</div>')
    top[1].button("◀ Previous", key="previous", shortcut="Left", on_click=move, args=(-1,), width="stretch")
    top[2].button("Next ▶", key="next", shortcut="Right", on_click=move, args=(1,), width="stretch")
    playing = top[3].toggle("Play", value=bool(s.play), key="playing")
    every = top[4].selectbox("Seconds", PLAY_SECONDS, index=PLAY_SECONDS.index(s.play) if s.play in PLAY_SECONDS else 1,
                             key="every", label_visibility="collapsed", format_func=lambda n: f"{n} s each")
    s.play = every if playing else 0
    top[5].selectbox("Theme", list(THEMES), key="theme", bind="query-params", label_visibility="collapsed")
    top[6].selectbox("Size", list(SIZES), index=1, key="size", bind="query-params", label_visibility="collapsed")
    if top[7].button("Exit", key="exit", width="stretch"):
        del st.query_params["mode"]
        st.rerun()
    if not steps:
        st.html('<div class="story-card"><p class="story-evidence">No dated events in this view.</p></div>')
        return
    row = store.events_table(within(spec, window), limit=1, offset=s.step - 1).iloc[0]
    style = story_style(theme, size)
    wanted = plan(steps, window)
    if wanted.kind == "events":
        fig = events_figure(store.events_table(within(spec, window)), lane_by, window, style,
                            highlight=row["event_id"], height=chart_height(size))
    else:
        fig = counts_figure(store.aggregate(within(spec, window), wanted.bucket, LANE_COLUMNS[lane_by], MAX_LANES),
                            wanted.bucket, lane_by, window, style, highlight=row["date"], height=chart_height(size))
    st.plotly_chart(fig, key="story_chart", config={"displayModeBar": False}, width="stretch", theme=None)
    st.html(story_card_html(row, s.step, steps))
    if s.play:
        autoplay(s.play, steps)


def autoplay(seconds: int, steps: int) -> None:
    """Move on every `seconds` (and back to the start after the last step)."""
    s = state()
    s.setdefault("played_at", time.monotonic())

    @st.fragment(run_every=seconds)
    def tick() -> None:
        if time.monotonic() - s.played_at >= seconds * 0.9:
            s.step = s.step + 1 if s.step < steps else 1
            s.played_at = time.monotonic()
            st.rerun()

    tick()


def main() -> None:
    present = st.query_params.get("mode") == "present"
    st.set_page_config(page_title="timeline", layout="wide", initial_sidebar_state="collapsed" if present else "auto")
    args = parse_args(sys.argv[1:])
    path = str(args.db or default_path())
    prepare_store(path, tuple(map(str, args.data or ())), args.aliases)
    with Store.open(path) as store:
        editing = may_edit(present)
        spec, lane_by = current_view()
        if present:
            presentation(store, spec, lane_by)
            sidebar(store, present)  # hidden, but it keeps the filters' widgets (and so the address) alive
        else:
            places = desk_layout()
            drawn = desk_chart(store, spec, lane_by, places)  # the chart goes out first: the browser starts drawing
            if editing and ingest_uploads(store, args.aliases):
                st.rerun()  # new events: draw them
            sidebar(store, present)
            desk_details(store, spec, lane_by, places, drawn, path, args.aliases, editing)
        write_address(present)


def may_edit(present: bool) -> bool:
    """Whether this visitor may upload articles and correct events (the upload box, the correction form, the
    publication-date form all ask here): the rules of timeline/present/access.py (open on this machine's
    loopback, else a login); presentation mode never edits."""
    return access_controls(presentation=present).can_edit


main()
