"""The timeline figures, for the app, presentations and exports: single events (points, spans, stacks) when few
enough are in view, counts per lane and period when they are many, and force levels per place below.

- Dates go to Plotly as epoch milliseconds on a date axis (about six times smaller than ISO text); many points
  go as WebGL traces.
- A date known only to the month or the year is a hatched span over that month or year, not a point on its
  first day; a date counted from a guessed reference (the article gave no publication date) is a hollow marker.
- Events that share a lane and a date, or are too close at this zoom to be told apart, are one stack showing
  their count (vis-timeline stacks them too); zooming in separates them. Its customdata is a `stack_key`,
  and the app lists its events on a click.
- Force levels are points where a text states them, joined only within one event (from -> to) and, faintly,
  between observations of one place less than LEVEL_GAP apart: no line invents the years in between, and
  an event without a place draws no line at all. Each place has one colour everywhere (`place_color`).
- Every text from input (lanes, hovers, legends) is escaped: input is never markup.
"""
from __future__ import annotations

import html
import json
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..model import EVENT_TYPES
from .card import COLORS, UNCERTAIN_NOTE, UNCERTAIN_REFERENCE, date_label, imported_note, period_end, period_label

PLACE_COLORS = ("#e6550d", "#3182bd", "#31a354", "#756bb1", "#de2d26", "#636363", "#9c9ede", "#8c6d31",
                "#d6616b", "#17becf", "#bcbd22", "#7b4173")  # one per place, by a stable hash of its name
MIXED = "#333333"  # a stack of several event types
LANE_COLUMNS = {"event type": "event_type", "actor": "actor_name", "place": "place"}  # actors and places by one name
MAX_LANES = 40  # more lanes than this are unreadable: the rest go to "other"
DETAIL_LIMIT = 500  # more events in view than this are drawn as counts per lane and period: more single marks
#                    only pile up in stacks, where a heat strip shows where they are dense
WEBGL_FROM = 300  # a trace with more points than this is drawn with WebGL (SVG makes a page element per point)
STACK_NAME = "several events"  # the stacks' trace
IMPORTED_SYMBOL = "triangle-up"  # an event timeline did not parse (circles are parsed, diamonds troop levels)
IMPORTED_KEY = "imported, not parsed"  # the legend's entry for the triangles
GUESSED_KEY = "date from a guessed reference"  # and for the hollow marks
KEY_GREY = "#777777"
STACK_LISTED = 6  # how many of a stack's events its hover lists
STACK_COLUMNS = 24  # marks in one lane within this share of the window hide each other: they are one stack
PERIODS = ("month", "year")  # dates known only to these are spans over them
LEVEL_PLACES = 8  # force levels drawn for this many places at most (those most often stated): a legend stays legible
LEVEL_GAP = timedelta(days=366)  # force levels observed further apart than this are not joined: nothing is known between
HOVER_EVIDENCE = 90
UNSELECTED = 0.55  # marks not picked stay readable while one is picked (Plotly's default fades them to 0.2)
COUNT_SCALE = [[0.0, "#fde0c5"], [0.5, "#eb7f38"], [1.0, "#7f2704"]]
CHART_CONFIG = {"scrollZoom": True, "displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"]}


@dataclass(frozen=True)
class Style:
    """Sizes and colours of a figure: the desk's, or a presentation's (larger, themed)."""

    font: int = 15
    marker: int = 12
    lane_px: int = 38
    min_height: int = 280
    max_height: int = 600
    levels_px: int = 190
    paper: str = "#ffffff"
    ink: str = "#111111"
    grid: str = "#e3e3e3"


DESK = Style()


def epoch_ms(dates: pd.Series) -> pd.Series:
    return dates.astype("datetime64[ns]").astype("int64") // 1_000_000


def _ms(day) -> int:
    return pd.Timestamp(day).value // 1_000_000


def place_color(place: str) -> str:
    """The colour of a place, the same in every view, filter and upload (a stable hash of its name)."""
    return PLACE_COLORS[zlib.crc32(place.encode("utf-8")) % len(PLACE_COLORS)]


def lane_values(frame: pd.DataFrame, lane_by: str) -> pd.Series:
    """Each event's lane: its type, actor or place; the MAX_LANES commonest, the rest "other", none "unknown"."""
    values = frame[LANE_COLUMNS[lane_by]].astype("string").fillna("unknown").replace("", "unknown")
    top = values.value_counts().index[:MAX_LANES]
    return values.where(values.isin(top), "other").astype(str)


def lane_order(lanes: pd.Series, lane_by: str, weights: pd.Series | None = None) -> list[str]:
    """Lanes top to bottom: the event types in their fixed order, other lanes commonest first (each lane
    counted once, or by its `weights`)."""
    if lane_by == "event type":
        return [t for t in EVENT_TYPES if t in set(lanes)] or list(EVENT_TYPES)
    counted = (weights if weights is not None else pd.Series(1, index=lanes.index)).groupby(lanes.to_numpy()).sum()
    return sorted(counted.index, key=lambda lane: (lane in ("other", "unknown"), -counted[lane], lane))


def stack_key(lane: str, first: date, last: date, precision: str) -> str:
    """What a stack marker carries: its lane, the first and the last date of its events, their precision."""
    iso = lambda day: pd.Timestamp(day).date().isoformat()  # noqa: E731
    return json.dumps(["stack", lane, iso(first), iso(last), precision], ensure_ascii=False)


def read_key(customdata) -> tuple[str, ...] | None:
    """A stack's or a period's key from a chart point's customdata, or None for a single event (its id)."""
    if isinstance(customdata, list):
        customdata = customdata[0] if customdata else None
    if isinstance(customdata, str) and customdata.startswith('["'):
        return tuple(json.loads(customdata))
    return None


def stack_members(frame: pd.DataFrame, lane_by: str, key: tuple[str, ...]) -> pd.DataFrame:
    """The events of one stack (a `stack_key` read back) among the events the figure was drawn from."""
    _, lane, first, last, precision = key
    dated = frame[frame["date"].notna()]
    lanes = lane_values(dated, lane_by)
    precisions = _precisions(dated)
    alike = precisions == precision if precision in PERIODS else ~precisions.isin(PERIODS)
    inside = (dated["date"] >= pd.Timestamp(first)) & (dated["date"] <= pd.Timestamp(last))
    return dated[(lanes == lane) & inside & alike & dated["end_date"].isna()]


def _stacks(shown: pd.DataFrame, window: tuple) -> pd.Series:
    """Which events are drawn as one stack: in one lane, points within a STACK_COLUMNS-th of the window from the
    first of them (they would hide each other; a stack never spans more, so it stays where its events are),
    and dates known to the same month or year. A group label per event, or none for an event drawn alone (one
    with an end is always drawn alone)."""
    column = (pd.Timestamp(window[1]) - pd.Timestamp(window[0])) / STACK_COLUMNS
    groups = pd.Series(None, index=shown.index, dtype="object")
    loose = shown[shown["end_date"].isna()]
    for (lane, precision), rows in loose.groupby(["x_lane", "x_precision"]):
        if precision in PERIODS:
            groups[rows.index] = [f"{lane}\x1f{precision}\x1f{d}" for d in rows["date"]]
            continue
        start = None
        for idx, day in rows["date"].sort_values().items():
            if start is None or day - start > column:
                start = day
            groups[idx] = f"{lane}\x1fday\x1f{start}"
    return groups


def _precisions(frame: pd.DataFrame) -> pd.Series:
    return frame["date_precision"].astype("string").fillna("none")


def _counts(values: pd.Series) -> list[int | None]:
    return [None if pd.isna(v) else int(v) for v in values.tolist()]


def _levels_wanted(frame: pd.DataFrame | None) -> bool:
    return frame is not None and not frame.empty and bool((frame["troops_to"].notna() | frame["troops_from"].notna()).any())


def _canvas(lanes: list[str], style: Style, levels: bool, height: int | None) -> go.Figure:
    lanes_px = min(style.max_height, max(style.min_height, style.lane_px * len(lanes) + 90))
    total = height or lanes_px + (style.levels_px if levels else 0)
    if levels:
        share = min(0.8, max(0.5, (total - style.levels_px) / total))
        fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.07, row_heights=[share, 1 - share])
    else:
        fig = make_subplots(rows=1, cols=1)
    fig.update_layout(
        height=total, barmode="overlay", hovermode="closest", clickmode="event+select", dragmode="zoom",
        font={"size": style.font, "family": "Noto Sans, Noto Sans Arabic, sans-serif", "color": style.ink},
        paper_bgcolor=style.paper, plot_bgcolor=style.paper, margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "font": {"size": style.font}},
        hoverlabel={"font": {"size": style.font, "family": "Noto Sans, Noto Sans Arabic, sans-serif"}},
        uirevision="timeline",
    )
    fig.update_xaxes(type="date", gridcolor=style.grid, linecolor=style.ink, tickfont={"size": style.font},
                     automargin=True)
    fig.update_yaxes(gridcolor=style.grid, linecolor=style.ink, tickfont={"size": style.font})
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[html.escape(n) for n in reversed(lanes)],
                     automargin=True, row=1, col=1)
    return fig


def _finish(fig: go.Figure, window: tuple, levels: bool) -> go.Figure:
    fig.update_xaxes(range=[_ms(window[0]), _ms(window[1])])
    if levels:
        fig.update_yaxes(rangemode="tozero", row=2, col=1)
        if not fig.layout.yaxis2.title.text:
            fig.update_yaxes(title={"text": "troops"}, row=2, col=1)
    return fig


def events_figure(frame: pd.DataFrame, lane_by: str, window: tuple, style: Style = DESK,
                  highlight: str | None = None, height: int | None = None) -> go.Figure:
    """Single events in lanes over `window` (first and last day shown): points, spans, stacks, links,
    force levels; `highlight` rings one event (a presentation's step)."""
    dated = frame[frame["date"].notna()]
    lanes = lane_values(dated, lane_by)
    order = lane_order(lanes, lane_by)
    levels = _levels_wanted(dated)
    fig = _canvas(order, style, levels, height)
    shown = dated.assign(x_lane=lanes, x_label=lanes.map(html.escape), x_hover=[_hover(r) for r in dated.itertuples()],
                         x_precision=_precisions(dated))
    ranged = shown["end_date"].notna() | shown["x_precision"].isin(PERIODS)
    groups = _stacks(shown, window)
    sizes = groups.map(groups.value_counts()).fillna(1)
    single = shown[sizes == 1]
    stacked = shown[sizes > 1].assign(x_stack=groups[sizes > 1])
    for event_type in EVENT_TYPES:
        part = single[single["event_type"] == event_type]
        points, spans = part[~ranged[part.index]], part[ranged[part.index]]
        _add_points(fig, points, event_type, style)
        _add_spans(fig, spans, event_type, style)
        if (shown["event_type"] == event_type).any():
            _add_key(fig, event_type, COLORS[event_type], "circle", style, group=event_type)
    if shown["origin"].map(imported_note).astype(bool).any():
        _add_key(fig, IMPORTED_KEY, KEY_GREY, IMPORTED_SYMBOL, style)
    if (single["date_reference"].astype(str) == UNCERTAIN_REFERENCE).any():
        _add_key(fig, GUESSED_KEY, KEY_GREY, "circle-open", style)
    _add_stacks(fig, stacked, style)
    _add_links(fig, shown)
    if highlight is not None:
        _add_highlight(fig, shown[shown["event_id"] == highlight], style)
    if levels:
        _add_levels(fig, dated, style)
    return _finish(fig, window, levels)


def _add_key(fig: go.Figure, name: str, color: str, symbol: str, style: Style, group: str | None = None) -> None:
    """An entry of the legend alone: the marks themselves vary (hollow, triangle), the key shows each kind once."""
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, legendgroup=group or name,
                             marker={"size": style.marker, "color": color, "symbol": symbol}, hoverinfo="skip"),
                  row=1, col=1)


def _add_points(fig: go.Figure, points: pd.DataFrame, event_type: str, style: Style) -> None:
    if points.empty:
        return
    guessed = points["date_reference"].astype(str) == UNCERTAIN_REFERENCE
    shapes = [IMPORTED_SYMBOL if imported_note(o) else "circle" for o in points["origin"]]
    trace = go.Scattergl if len(points) > WEBGL_FROM else go.Scatter
    fig.add_trace(trace(
        x=epoch_ms(points["date"]), y=points["x_label"], mode="markers", name=event_type, legendgroup=event_type,
        showlegend=False, customdata=points["event_id"], hovertext=points["x_hover"], hoverinfo="text",
        selected={"marker": {"size": style.marker + 6}}, unselected={"marker": {"opacity": UNSELECTED}},
        marker={"size": style.marker, "color": COLORS[event_type],
                "symbol": [f"{shape}-open" if g else shape for shape, g in zip(shapes, guessed)],
                "line": {"width": [2 if g else 1 for g in guessed],
                         "color": [COLORS[event_type] if g else "white" for g in guessed]}},
    ), row=1, col=1)


def _add_spans(fig: go.Figure, spans: pd.DataFrame, event_type: str, style: Style) -> None:
    """Events with an end, and dates known only to a month or a year (hatched: when in it is not known)."""
    if spans.empty:
        return
    start = spans["date"]
    periods = pd.to_datetime([period_end(d, str(p)) for d, p in zip(spans["date"], spans["x_precision"])])
    end = spans["end_date"].where(spans["end_date"].notna(), pd.Series(periods, index=spans.index))
    vague = spans["end_date"].isna()
    fig.add_trace(go.Bar(
        orientation="h", base=epoch_ms(start), x=(epoch_ms(end) - epoch_ms(start)).clip(lower=86_400_000),
        y=spans["x_label"], width=0.5, name=event_type, legendgroup=event_type, showlegend=False,
        customdata=spans["event_id"], hovertext=spans["x_hover"], hoverinfo="text", opacity=0.75,
        unselected={"marker": {"opacity": UNSELECTED}},
        marker={"color": COLORS[event_type], "line": {"width": 1, "color": COLORS[event_type]},
                "pattern": {"shape": ["/" if v else "" for v in vague], "fgcolor": style.paper, "solidity": 0.35}},
    ), row=1, col=1)


def _add_stacks(fig: go.Figure, stacked: pd.DataFrame, style: Style) -> None:
    """One marker per stack of events, with their count; a click lists them."""
    if stacked.empty:
        return
    xs, ys, keys, texts, hovers, colors, sizes, widths = [], [], [], [], [], [], [], []
    for _, rows in stacked.groupby("x_stack", sort=True):
        lane, precision = rows["x_lane"].iloc[0], rows["x_precision"].iloc[0]
        first, last = rows["date"].min(), rows["date"].max()
        types = set(rows["event_type"].astype(str))
        end = _ms(period_end(first, precision)) if precision in PERIODS else _ms(last)
        listed = "<br>".join(f"· {html.escape(str(r.event_type))} {date_label(r.date, precision)}: "
                             f"{html.escape(_short(r.sentence, 50))}" for r in rows.head(STACK_LISTED).itertuples())
        more = f"<br>… and {len(rows) - STACK_LISTED} more" if len(rows) > STACK_LISTED else ""
        when = date_label(first, precision)
        if first != last:
            when += f" – {date_label(last, precision)}"
        xs.append((_ms(first) + end) // 2)
        ys.append(html.escape(lane))
        keys.append(stack_key(lane, first, last, "day" if precision not in PERIODS else precision))
        texts.append(str(len(rows)))
        colors.append(COLORS[types.pop()] if len(types) == 1 else MIXED)
        sizes.append(style.marker * 1.6 + 4 * len(str(len(rows))))  # room for the count's digits
        widths.append(3 if precision in PERIODS else 1)
        hovers.append(f"<b>{len(rows)} events</b> · {when} · {html.escape(lane)}<br>{listed}{more}"
                      "<br><i>click to list them; zoom in to see them apart</i>")
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers+text", name=STACK_NAME, customdata=keys, text=texts,
        textfont={"color": "white", "size": max(9, style.font - 4)}, hovertext=hovers, hoverinfo="text",
        unselected={"marker": {"opacity": UNSELECTED}},
        marker={"size": sizes, "color": colors, "symbol": "square", "line": {"width": widths, "color": style.ink}},
    ), row=1, col=1)


def _add_links(fig: go.Figure, shown: pd.DataFrame) -> None:
    """A dotted line from each announcement to the events it declares: "announced on 17 Nov, scheduled for 15 Jan"."""
    where = {row.event_id: (_ms(row.date), row.x_label) for row in shown.itertuples()}
    xs, ys = [], []
    for row in shown[shown["announced_by"].notna()].itertuples():
        if row.announced_by in where and row.event_id in where:
            (x0, y0), (x1, y1) = where[row.announced_by], where[row.event_id]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
    if xs:
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="announced → event", hoverinfo="skip",
                                 line={"width": 1, "dash": "dot", "color": "#777"}), row=1, col=1)


def _add_highlight(fig: go.Figure, rows: pd.DataFrame, style: Style) -> None:
    """A ring around the current event and a line down its date (a presentation's step)."""
    if rows.empty:
        return
    row = rows.iloc[0]
    x = _ms(row["date"])
    fig.add_trace(go.Scatter(x=[x], y=[row["x_label"]], mode="markers", name="now", showlegend=False,
                             hoverinfo="skip", marker={"size": style.marker * 3, "color": "rgba(0,0,0,0)",
                                                       "line": {"width": 4, "color": style.ink}}), row=1, col=1)
    fig.add_vline(x=x, line={"width": 2, "dash": "dash", "color": style.ink})


def _add_levels(fig: go.Figure, dated: pd.DataFrame, style: Style) -> None:
    """Force levels per place, where a text states them: each event's change (from -> to) as a solid segment,
    observations of one place less than LEVEL_GAP apart joined faintly, an unknown place never joined; the
    LEVEL_PLACES places with most observations (filter by place for others)."""
    stated = dated[dated["troops_to"].notna() | dated["troops_from"].notna()]
    places = stated["place"].astype("string").fillna("")
    observed = places.value_counts()
    drawn = sorted(observed.index[:LEVEL_PLACES], key=lambda p: (not p, p))
    if len(observed) > LEVEL_PLACES:
        fig.update_yaxes(title={"text": f"troops ({LEVEL_PLACES} of {len(observed)} places)"}, row=2, col=1)
    for place in drawn:
        rows = stated[places == place].sort_values("date")
        known = bool(place)
        color = place_color(place) if known else "#888888"
        name = f"troops: {html.escape(place)}" if known else "troops (place unknown)"
        points, change, gaps = ([], [], []), ([], []), ([], [])
        previous = None
        where = html.escape(place) or "place unknown"
        columns = (rows["date"].tolist(), rows["end_date"].tolist(), _precisions(rows).tolist(),
                   _counts(rows["troops_from"]), _counts(rows["troops_to"]))  # plain lists: fast to walk
        for day, end, precision, before, after in zip(*columns):
            at = day if pd.isna(end) else end
            label = f"{where} · {date_label(day, precision)}"
            if before is not None:
                points[0].append(_ms(day))
                points[1].append(before)
                points[2].append(f"{label}<br>{before:,} troops before")
            if after is not None:
                points[0].append(_ms(at))
                points[1].append(after)
                points[2].append(f"{label}<br>{after:,} troops after")
            if known and before is not None and after is not None:
                change[0].extend([_ms(day), _ms(at), None])
                change[1].extend([before, after, None])
            first = before if before is not None else after
            if known and previous is not None and day - previous[0] <= LEVEL_GAP:
                gaps[0].extend([_ms(previous[0]), _ms(day), None])
                gaps[1].extend([previous[1], first, None])
            previous = (at, after if after is not None else before)
        group = f"levels:{place}"
        fig.add_trace(go.Scatter(x=points[0], y=points[1], mode="markers", name=name, legendgroup=group,
                                 hovertext=points[2], hoverinfo="text",
                                 marker={"size": style.marker, "color": color, "symbol": "diamond"}), row=2, col=1)
        if change[0]:
            fig.add_trace(go.Scatter(x=change[0], y=change[1], mode="lines", name=name, legendgroup=group,
                                     showlegend=False, hoverinfo="skip", line={"color": color, "width": 3}),
                          row=2, col=1)
        if gaps[0]:
            fig.add_trace(go.Scatter(x=gaps[0], y=gaps[1], mode="lines", name=name, legendgroup=group,
                                     showlegend=False, hoverinfo="skip", opacity=0.5,
                                     line={"color": color, "width": 1.5, "dash": "dot"}), row=2, col=1)


def blank_figure(style: Style = DESK) -> go.Figure:
    """An empty chart of the desk's size, shown while the first figure is made."""
    fig = go.Figure()
    fig.update_layout(height=style.min_height + style.levels_px, paper_bgcolor=style.paper, plot_bgcolor=style.paper,
                      xaxis={"visible": False}, yaxis={"visible": False}, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def counts_figure(counts: list[tuple[str, date, int]], bucket: str, lane_by: str, window: tuple,
                  style: Style = DESK, levels: pd.DataFrame | None = None, highlight: date | None = None,
                  height: int | None = None) -> go.Figure:
    """How many events each lane has per `bucket` (day, week, month, year), as a heat strip of bars: where the
    events are dense. A bar's customdata is its period (["period", first day, day after]); a click zooms to it."""
    frame = pd.DataFrame(counts, columns=["lane", "start", "n"])
    order = lane_order(frame["lane"], lane_by, frame["n"]) if len(frame) else []
    with_levels = _levels_wanted(levels)
    fig = _canvas(order, style, with_levels, height)
    if len(frame):
        starts = pd.to_datetime(frame["start"])
        ends = pd.to_datetime([period_end(d, bucket) for d in starts])
        fig.add_trace(go.Bar(
            orientation="h", base=epoch_ms(starts), x=epoch_ms(pd.Series(ends)) - epoch_ms(starts).to_numpy(),
            y=[html.escape(lane) for lane in frame["lane"]], width=0.8, name=f"events per {bucket}",
            customdata=[json.dumps(["period", s.date().isoformat(), e.date().isoformat()]) for s, e in zip(starts, ends)],
            hovertext=[f"{html.escape(lane)} · {period_label(s, bucket)}: <b>{n:,}</b> event{'s' if n != 1 else ''}"
                       "<br><i>click to zoom in</i>" for lane, s, n in zip(frame["lane"], starts, frame["n"])],
            hoverinfo="text", marker={"color": frame["n"], "colorscale": COUNT_SCALE, "cmin": 0,
                                      "colorbar": {"title": {"text": f"per {bucket}"}, "thickness": 12, "len": 0.6,
                                                   "y": 1, "yanchor": "top"}},
        ), row=1, col=1)
    if highlight is not None:
        fig.add_vline(x=_ms(highlight), line={"width": 3, "dash": "dash", "color": style.ink})
    if with_levels:
        _add_levels(fig, levels, style)
    return _finish(fig, window, with_levels)


def _short(text, length: int) -> str:
    text = str(text)
    return text if len(text) <= length else text[:length] + "…"


def _hover(row) -> str:
    """What hovering over one event says: type, date as precisely as known, actor, place, numbers, evidence."""
    parts = [f"<b>{html.escape(str(row.event_type))}</b> · {date_label(row.date, str(row.date_precision))}"
             f" · {html.escape(str(row.status))}"]
    if str(getattr(row, "date_reference", "")) == UNCERTAIN_REFERENCE:
        parts.append(f"<i>{UNCERTAIN_NOTE}</i>")
    if imported_note(getattr(row, "origin", "")):
        parts.append(f"<i>{imported_note(row.origin)}</i>")
    if isinstance(row.actor, str):
        named = getattr(row, "actor_name", None)
        also = f" ({html.escape(named)})" if isinstance(named, str) and named != row.actor else ""
        parts.append(f"actor: {html.escape(row.actor)}{also}")
    if isinstance(row.location, str):
        also = f" ({html.escape(row.place)})" if isinstance(row.place, str) and row.place != row.location else ""
        parts.append(f"place: {html.escape(row.location)}{also}")
    numbers = [f"{name} {int(getattr(row, name)):,}" for name in ("quantity", "troops_from", "troops_to")
               if pd.notna(getattr(row, name))]
    if numbers:
        parts.append(" · ".join(numbers))
    parts.append(html.escape(_short(row.sentence, HOVER_EVIDENCE)))
    return "<br>".join(parts)
