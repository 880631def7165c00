"""Presentation mode: a timeline told one event at a time, for a 1920x1080 screen seen from across a room.

High-contrast light and dark themes, a type size setting, and the page's CSS: no sidebar, no Streamlit
chrome, nothing that scrolls. The steps are the dated events of the view in date order (the app reads step i
from the store); the offline export (export.py) carries the same steps.
"""
from __future__ import annotations

from ..filters import EventFilter
from .chart import Style

THEMES = {  # high contrast: black on white, white on black
    "light": {"paper": "#ffffff", "ink": "#000000", "muted": "#333333", "grid": "#d0d0d0", "panel": "#f2f2f2"},
    "dark": {"paper": "#000000", "ink": "#ffffff", "muted": "#dddddd", "grid": "#444444", "panel": "#161616"},
}
SIZES = {"medium": 22, "large": 28, "huge": 34}  # base type size in px on a 1920x1080 screen
PLAY_SECONDS = (5, 8, 12, 20, 30)  # autoplay intervals offered
CHART_SHARE = 0.5  # of the screen's height: the chart; the card and the controls share the rest
SCREEN_HEIGHT = 1080


def story_style(theme: str, size: str) -> Style:
    """The chart's sizes and colours in a presentation."""
    colors, base = THEMES.get(theme, THEMES["light"]), SIZES.get(size, SIZES["large"])
    return Style(font=int(base * 0.8), marker=int(base * 0.7), lane_px=int(base * 2), min_height=200,
                 max_height=int(SCREEN_HEIGHT * CHART_SHARE), levels_px=int(base * 5), paper=colors["paper"],
                 ink=colors["ink"], grid=colors["grid"])


def chart_height(size: str) -> int:
    """The presentation chart's height in px: a fixed share of the screen, whatever the data."""
    return int(SCREEN_HEIGHT * CHART_SHARE) - (SIZES.get(size, SIZES["large"]) - SIZES["medium"])


def story_css(theme: str, size: str) -> str:
    """The page in presentation mode: no sidebar or chrome, the theme's colours, large type, no scrolling.
    The card's evidence is cut to the lines that fit (never a scroll bar)."""
    c, base = THEMES.get(theme, THEMES["light"]), SIZES.get(size, SIZES["large"])
    return f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
header, footer, [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stMainMenu"], [data-testid="stSidebarCollapseButton"] {{ display: none !important; }}
html, body, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] {{
  overflow: hidden !important; background: {c['paper']} !important; color: {c['ink']} !important; }}
[data-testid="stMainBlockContainer"], .block-container {{ padding: 0.8rem 2rem 0 2rem !important; max-width: 100% !important; }}
.stApp, .stApp p, .stApp label, .stApp span, .stApp div {{ color: {c['ink']}; }}
.stApp {{ font-size: {base}px; }}
.stApp button {{ font-size: {int(base * 0.8)}px !important; min-height: {int(base * 1.8)}px;
  background: {c['panel']} !important; color: {c['ink']} !important; border: 2px solid {c['ink']} !important; }}
.stApp button p, .stApp button span {{ font-size: {int(base * 0.8)}px !important; color: {c['ink']} !important; }}
.stApp [data-testid="stSelectbox"] * {{ font-size: {int(base * 0.75)}px !important; color: {c['ink']} !important;
  background-color: {c['panel']} !important; }}
.stApp [data-testid="stWidgetLabel"] p, .stApp [data-testid="stCheckbox"] p {{ font-size: {int(base * 0.8)}px !important; }}
.story-title {{ font-size: {int(base * 1.1)}px; font-weight: 700; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }}
.story-card {{ background: {c['panel']}; padding: 0.5em 1em; border-radius: 0.3em; }}
.story-head {{ display: flex; gap: 1em; align-items: baseline; }}
.story-date {{ font-size: {int(base * 1.6)}px; font-weight: 700; }}
.story-type {{ font-size: {int(base * 1.2)}px; font-weight: 700; }}
.story-step {{ margin-left: auto; color: {c['muted']} !important; }}
.story-who {{ font-size: {int(base * 1.05)}px; color: {c['muted']} !important; }}
.story-uncertain {{ font-size: {int(base * 0.8)}px; }}
.story-evidence {{ font-size: {int(base * 1.25)}px; line-height: 1.5; margin: 0.3em 0;
  display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden;
  font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }}
.story-source {{ font-size: {int(base * 0.8)}px; color: {c['muted']} !important; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }}
</style>"""


def story_title(spec: EventFilter) -> str:
    """What the story is about, from its filters: "withdrawal, deployment in Iraq matching “base”"."""
    parts = [", ".join(spec.event_types) or "Events"]
    if spec.places:
        parts.append("in " + ", ".join(spec.places))
    if spec.actors:
        parts.append("by " + ", ".join(spec.actors))
    if spec.search.strip():
        parts.append(f"matching “{spec.search.strip()}”")
    return " ".join(parts)
