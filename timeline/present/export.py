"""Exports of a view: a single self-contained HTML story (plotly.js inlined, the steps included, works offline
with no server and no network), the chart as PNG or SVG (kaleido driving Debian's Chromium), and a CSV that a
spreadsheet opens safely (UTF-8 with a BOM so that Excel shows Arabic; cells that would run as formulas are
prefixed with a quote, as OWASP recommends against CSV injection).
"""
from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from ..io.formats import to_record
from ..model import Event
from ..schema import columns_by_name
from .card import COLORS, UNCERTAIN_NOTE, date_label, is_uncertain, numbers_text
from .chart import LANE_COLUMNS, Style, epoch_ms, events_figure, lane_values
from .story import SIZES, THEMES, story_style
from .view import padded

EXPORT_LIMIT = 5000  # events in one offline story: more make a file too slow to open on a laptop
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula (OWASP)
IMAGE_SIZE = (1920, 1080)


def spreadsheet_csv(events: Iterable[Event]) -> bytes:
    """Events as CSV for a spreadsheet: a BOM (Excel reads UTF-8 then), formula-like text quoted."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    names = list(columns_by_name(Event))
    writer.writerow(names)
    for event in events:
        writer.writerow([_safe_cell(value) for value in to_record(event, names).values()])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def chart_image(fig: go.Figure, fmt: str, size: tuple[int, int] = IMAGE_SIZE) -> bytes:
    """The figure as PNG or SVG bytes, drawn by kaleido in Chromium (found on the PATH, or $BROWSER_PATH:
    Debian's /usr/bin/chromium); plotly.js comes from the plotly package and MathJax is not loaded, so
    nothing is fetched from the network."""
    import kaleido

    return kaleido.calc_fig_sync(fig.to_dict(), opts={"format": fmt, "width": size[0], "height": size[1]},
                                 kopts={"mathjax": False})


def story_steps(frame: pd.DataFrame, lane_by: str) -> list[dict]:
    """What each step of an offline story shows: where its event is on the chart, and its card (plain text:
    the page sets it as text, never as markup)."""
    dated = frame[frame["date"].notna()].sort_values(["date", "event_id"])
    lanes = lane_values(dated, lane_by)
    steps = []
    for (idx, row), x in zip(dated.iterrows(), epoch_ms(dated["date"])):
        steps.append({
            "x": int(x), "lane": html.escape(lanes[idx]), "date": date_label(row["date"], str(row["date_precision"])),
            "type": str(row["event_type"]), "color": COLORS.get(str(row["event_type"]), "#999"),
            "who": " · ".join(str(v) for v in (_plain(row.get("actor_name")) or _plain(row.get("actor")),
                                               _plain(row.get("place")) or _plain(row.get("location"))) if v),
            "numbers": numbers_text(row), "sentence": str(row["sentence"]), "lang": str(row["lang"]),
            "source": " · ".join(v for v in (_plain(row["title"]) or str(row["article_id"]),
                                             f"{row['published']:%d %b %Y}" if pd.notna(row["published"]) else "",
                                             _plain(row["url"])) if v),
            "uncertain": UNCERTAIN_NOTE if is_uncertain(row) else "",
        })
    return steps


def _plain(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--"."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def story_html(frame: pd.DataFrame, title: str, lane_by: str = "event type", theme: str = "light",
               size: str = "large") -> str:
    """The view as one HTML file that works offline: the chart (plotly.js inlined) and the story's steps, with
    previous/next buttons, the arrow keys, autoplay, and the step in the address (#step=3)."""
    if LANE_COLUMNS.get(lane_by) is None:
        raise ValueError(f"no such lanes: {lane_by}")
    dated = frame[frame["date"].notna()]
    if len(dated) > EXPORT_LIMIT:
        raise ValueError(f"{len(dated):,} events: an offline story holds {EXPORT_LIMIT:,} at most; narrow the view")
    style: Style = story_style(theme, size)
    window = padded(dated["date"].min().date(), dated["date"].max().date()) if len(dated) else None
    fig = events_figure(frame, lane_by, window, style, height=480) if window else go.Figure()
    fig.add_trace(go.Scatter(x=[], y=[], mode="markers", name="now", showlegend=False, hoverinfo="skip",
                             marker={"size": style.marker * 3, "color": "rgba(0,0,0,0)",
                                     "line": {"width": 4, "color": style.ink}}))
    fig.update_layout(autosize=True, height=None)
    chart = fig.to_html(include_plotlyjs=True, full_html=False, div_id="chart",
                        config={"displaylogo": False, "scrollZoom": True, "responsive": True})
    colors, base = THEMES.get(theme, THEMES["light"]), SIZES.get(size, SIZES["large"])
    return STORY_PAGE.format(title=html.escape(title), chart=chart, steps=_script_json(story_steps(frame, lane_by)),
                             paper=colors["paper"], ink=colors["ink"], muted=colors["muted"], panel=colors["panel"],
                             base=base)


STORY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
html, body {{ margin: 0; height: 100%; overflow: hidden; background: {paper}; color: {ink};
  font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: {base}px; }}
main {{ display: flex; flex-direction: column; height: 100vh; padding: 0.6em 1.2em; box-sizing: border-box; gap: 0.4em; }}
header {{ display: flex; align-items: center; gap: 0.6em; }}
h1 {{ font-size: 1.1em; margin: 0 auto 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
button, select {{ font-size: 0.8em; padding: 0.2em 0.7em; background: {panel}; color: {ink}; border: 2px solid {ink};
  border-radius: 0.3em; cursor: pointer; }}
#chartbox {{ flex: 0 0 46vh; min-height: 0; }}
#chartbox > div, #chart {{ height: 100%; }}
#card {{ flex: 1 1 auto; min-height: 0; overflow: hidden; background: {panel}; padding: 0.5em 1em;
  border-left: 0.4em solid {ink}; border-radius: 0.3em; }}
#card .head {{ display: flex; gap: 1em; align-items: baseline; }}
#date {{ font-size: 1.6em; font-weight: 700; }}
#type {{ font-size: 1.2em; font-weight: 700; }}
#position {{ margin-left: auto; color: {muted}; }}
#who {{ font-size: 1.05em; color: {muted}; }}
#uncertain {{ font-size: 0.8em; }}
#evidence {{ font-size: 1.25em; line-height: 1.5; margin: 0.3em 0; display: -webkit-box; -webkit-line-clamp: 4;
  -webkit-box-orient: vertical; overflow: hidden; }}
#source {{ font-size: 0.8em; color: {muted}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
</style></head>
<body><main>
<header><h1>{title}</h1>
<button id="previous" title="previous event (←)">◀ Previous</button>
<button id="next" title="next event (→)">Next ▶</button>
<button id="play" title="play or pause (space)">Play</button>
<select id="every" title="seconds per event"><option>5</option><option selected>8</option><option>12</option>
<option>20</option><option>30</option></select>
</header>
<div id="chartbox">{chart}</div>
<section id="card"><div class="head"><span id="date"></span><span id="type"></span><span id="position"></span></div>
<div id="who"></div><div id="uncertain"></div><p id="evidence"></p><div id="source"></div></section>
</main>
<script type="application/json" id="steps">{steps}</script>
<script>
(function () {{
  const steps = JSON.parse(document.getElementById("steps").textContent);
  const chart = document.getElementById("chart");
  const now = chart.data ? chart.data.length - 1 : 0;
  let step = 0, timer = null;
  const fromHash = () => {{ const m = /step=(\\d+)/.exec(location.hash); return m ? Number(m[1]) - 1 : 0; }};
  const set = (id, text) => {{ document.getElementById(id).textContent = text; }};
  function show(i) {{
    if (!steps.length) {{ set("date", "No dated events in this view"); return; }}
    step = Math.max(0, Math.min(steps.length - 1, i));
    const s = steps[step];
    set("date", s.date); set("type", s.type); set("position", (step + 1) + " / " + steps.length);
    document.getElementById("type").style.color = s.color;
    document.getElementById("card").style.borderLeftColor = s.color;
    set("who", [s.who, s.numbers].filter(Boolean).join(" · "));
    set("uncertain", s.uncertain ? "⚠ " + s.uncertain : "");
    const evidence = document.getElementById("evidence");
    evidence.textContent = s.sentence;
    evidence.dir = s.lang === "ar" ? "rtl" : "ltr"; evidence.lang = s.lang;
    evidence.style.textAlign = s.lang === "ar" ? "right" : "left";
    const source = document.getElementById("source");
    source.textContent = s.source; source.dir = s.lang === "ar" ? "rtl" : "ltr";
    source.style.textAlign = evidence.style.textAlign;
    history.replaceState(null, "", "#step=" + (step + 1));
    if (window.Plotly && chart.data) {{
      Plotly.restyle(chart, {{x: [[s.x]], y: [[s.lane]]}}, [now]);
      Plotly.relayout(chart, {{shapes: [{{type: "line", xref: "x", yref: "paper", x0: s.x, x1: s.x, y0: 0, y1: 1,
                                         line: {{width: 2, dash: "dash", color: "{ink}"}}}}]}});
    }}
  }}
  function play(on) {{
    clearInterval(timer); timer = null;
    document.getElementById("play").textContent = on ? "Pause" : "Play";
    if (on) timer = setInterval(() => show(step + 1 < steps.length ? step + 1 : 0),
                                Number(document.getElementById("every").value) * 1000);
  }}
  document.getElementById("previous").onclick = () => show(step - 1);
  document.getElementById("next").onclick = () => show(step + 1);
  document.getElementById("play").onclick = () => play(timer === null);
  document.getElementById("every").onchange = () => {{ if (timer !== null) play(true); }};
  document.addEventListener("keydown", (e) => {{
    if (e.key === "ArrowRight") {{ show(step + 1); e.preventDefault(); }}
    else if (e.key === "ArrowLeft") {{ show(step - 1); e.preventDefault(); }}
    else if (e.key === " ") {{ play(timer === null); e.preventDefault(); }}
  }});
  window.addEventListener("hashchange", () => show(fromHash()));
  show(fromHash());
}})();
</script></body></html>
"""
