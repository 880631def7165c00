"""The timeline figure and the evidence card: how a table of events (merged `Event`s, or mentions with an
event_id) is shown, for the app and for exports.

Dates go to Plotly as epoch milliseconds on a date axis (about six times
smaller than ISO text for big tables).
"""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..model import EVENT_TYPES

COLORS = {"withdrawal": "#d62728", "deployment": "#1f77b4", "announcement": "#7f7f7f",
          "meeting": "#2ca02c", "agreement": "#9467bd"}
LANE_COLUMNS = {"event type": "event_type", "actor": "actor_name", "place": "place"}  # actors and places by one name
MAX_LANES = 40  # more lanes than this are unreadable: the rest go to "other"
HOVER_EVIDENCE = 90


def _epoch_ms(dates: pd.Series) -> pd.Series:
    return dates.astype("int64") // 1_000_000


def _lane_values(frame: pd.DataFrame, column: str) -> pd.Series:
    """Each event's lane label, escaped: Plotly reads tags in axis labels (<b>, <a href>) and must show text."""
    values = frame[column].astype("string").fillna("unknown").replace("", "unknown")
    top = values.value_counts().index[:MAX_LANES]
    return values.where(values.isin(top), "other").map(_text)


def _text(value) -> str:
    """Text for Plotly, which reads a subset of HTML in labels, legends and hover text: shown as written."""
    return html.escape(str(value), quote=False)


def web_link(url) -> str | None:
    """An address a link may point to: http(s) only, never javascript: or data: (browsers ignore spaces and
    controls inside a scheme, so they are ignored here too)."""
    text = str(url).strip() if isinstance(url, str) else ""
    compact = "".join(ch for ch in text if ch > " ").lower()
    return text if compact.startswith(("http://", "https://")) else None


def _hover(row) -> str:
    parts = [f"<b>{_text(str(row.event_type))}</b> · {row.date:%Y-%m-%d} ({_text(row.date_precision)})"]
    if isinstance(row.actor, str):
        named = getattr(row, "actor_name", None)
        parts.append(f"actor: {_text(row.actor)}" + (f" ({_text(named)})" if isinstance(named, str) and named != row.actor else ""))
    if isinstance(row.location, str):
        parts.append(f"place: {_text(row.location)}" + (f" ({_text(row.place)})" if isinstance(row.place, str) and row.place != row.location else ""))
    numbers = [f"{name} {int(getattr(row, name)):,}" for name in ("quantity", "troops_from", "troops_to")
               if pd.notna(getattr(row, name))]
    if numbers:
        parts.append(" · ".join(numbers))
    evidence = str(row.sentence)
    if len(evidence) > HOVER_EVIDENCE:
        evidence = evidence[:HOVER_EVIDENCE] + "…"
    parts.append(_text(evidence))
    return "<br>".join(parts)


def timeline_figure(frame: pd.DataFrame, lane_by: str = "event type", large: bool = False) -> go.Figure:
    """Lanes of dated events: markers for points, bars for spans, and troop levels as steps per place."""
    dated = frame[frame["date"].notna()].sort_values("date")
    lanes = _lane_values(dated, LANE_COLUMNS[lane_by])
    has_levels = bool(dated["troops_to"].notna().any())
    fig = make_subplots(rows=2 if has_levels else 1, cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        row_heights=[0.72, 0.28] if has_levels else [1.0])
    size = 16 if large else 10
    for event_type in EVENT_TYPES:
        part = dated[dated["event_type"] == event_type]
        if part.empty:
            continue
        fig.add_trace(go.Scatter(
            x=_epoch_ms(part["date"]), y=lanes[part.index], mode="markers", name=event_type,
            marker={"size": size, "color": COLORS[event_type], "line": {"width": 1, "color": "white"}},
            customdata=part["event_id"], hovertext=[_hover(r) for r in part.itertuples()], hoverinfo="text",
        ), row=1, col=1)
        spans = part[part["end_date"].notna()]
        if not spans.empty:
            xs, ys = [], []
            for idx, row in spans.iterrows():
                xs += [row["date"].value // 1_000_000, row["end_date"].value // 1_000_000, None]
                ys += [lanes[idx], lanes[idx], None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=f"{event_type} (span)", showlegend=False,
                                     line={"width": size, "color": COLORS[event_type]}, opacity=0.35, hoverinfo="skip"),
                          row=1, col=1)
    _add_links(fig, dated, lanes)
    if has_levels:
        _add_troop_steps(fig, dated, large)
    lane_height = max(300, 55 * lanes.nunique() + 120)
    fig.update_layout(
        height=(lane_height + (220 if has_levels else 0)) * (1.5 if large else 1),
        font={"size": 20 if large else 13, "family": "Noto Sans, Noto Sans Arabic, sans-serif"},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": 1.08},
        hovermode="closest", clickmode="event+select",
    )
    fig.update_xaxes(type="date")
    fig.update_xaxes(rangeslider={"visible": True, "thickness": 0.06}, row=2 if has_levels else 1, col=1)
    fig.update_yaxes(type="category", automargin=True, row=1, col=1)
    if has_levels:
        fig.update_yaxes(title="troops", rangemode="tozero", row=2, col=1)
    return fig


def _add_links(fig: go.Figure, dated: pd.DataFrame, lanes: pd.Series) -> None:
    """A dotted line from each announcement to the events it declares: "announced on 17 Nov, scheduled for 15 Jan"."""
    where = {row.event_id: (row.date.value // 1_000_000, lanes[idx]) for idx, row in zip(dated.index, dated.itertuples())}
    xs, ys = [], []
    for row in dated[dated["announced_by"].notna()].itertuples():
        if row.announced_by in where and row.event_id in where:
            (x0, y0), (x1, y1) = where[row.announced_by], where[row.event_id]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
    if xs:
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="announced → event", hoverinfo="skip",
                                 line={"width": 1, "dash": "dot", "color": "#555"}), row=1, col=1)


def _add_troop_steps(fig: go.Figure, dated: pd.DataFrame, large: bool) -> None:
    """Force levels per place, in the lower panel: from `troops_from` to `troops_to` at each event, held until the next."""
    levels = dated[dated["troops_to"].notna()]
    for place, rows in levels.groupby(levels["place"].astype("string").fillna("unknown"), sort=True):
        xs, ys = [], []
        for _, row in rows.iterrows():
            if pd.notna(row["troops_from"]) and not ys:
                xs.append(row["date"].value // 1_000_000)
                ys.append(int(row["troops_from"]))
            xs.append((row["end_date"] if pd.notna(row["end_date"]) else row["date"]).value // 1_000_000)
            ys.append(int(row["troops_to"]))
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines+markers", name=f"troops: {_text(place)}",
                                 line={"shape": "hv", "width": 4 if large else 2},
                                 hovertemplate="%{y:,} troops<extra>" + _text(place) + "</extra>"),
                      row=2, col=1)


def evidence_html(row: pd.Series) -> str:
    """The evidence card of one event: the sentence in its own script and direction, with its source."""
    rtl = row.get("lang") == "ar"
    direction = 'dir="rtl" lang="ar"' if rtl else 'dir="ltr" lang="en"'
    align = "right" if rtl else "left"
    when = f"{row['date']:%Y-%m-%d} ({html.escape(str(row['date_precision']))})" if pd.notna(row["date"]) else "undated"
    title = html.escape(str(row["title"])) if pd.notna(row["title"]) and row["title"] else html.escape(str(row["article_id"]))
    url = web_link(row["url"]) if pd.notna(row["url"]) else None
    link = f' · <a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">source</a>' if url else ""
    published = f" · published {row['published']:%Y-%m-%d}" if pd.notna(row["published"]) else ""
    target = f" · deadline {row['target_date']:%Y-%m-%d}" if pd.notna(row["target_date"]) else ""
    links = " · announced in the same sentence" if pd.notna(row["announced_by"]) else ""
    if pd.notna(row["announces"]):
        links = f" · declares {len(str(row['announces']).split())} event(s)"
    articles = row.get("articles")
    if pd.notna(articles) and articles > 1:
        links += f" · reported in {int(articles)} articles"
    conflicts = row.get("conflicts")
    if isinstance(conflicts, str) and conflicts:
        links += f" · sources disagree on {html.escape(conflicts)}"
    return (f'<div class="evidence" style="border-left:4px solid {COLORS.get(str(row["event_type"]), "#999")};padding:0.5em 1em">'
            f'<div><b>{html.escape(str(row["event_type"]))}</b> · {when} · {html.escape(str(row["status"]))}{target}{links}</div>'
            f'<p {direction} style="text-align:{align};font-size:1.25em;line-height:1.7">{html.escape(str(row["sentence"]))}</p>'
            f'<div {"dir=rtl" if rtl else ""} style="text-align:{align}">{title}</div>'
            f'<div style="color:#666">{html.escape(str(row["article_id"]))}{published}{link}</div></div>')
