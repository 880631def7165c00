"""Feeds and lists of addresses: what pages to fetch. RSS and Atom (read by feedparser), and plain files of
addresses, one a line.

A feed gives each entry's link and, where the page says nothing, the entry's title and date; the page
itself (io.web) gives the article. Nothing here fetches.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from .. import errors

FEED_SUFFIXES = (".rss", ".atom", ".xml")  # files read as feeds
URL_LIST_SUFFIXES = (".urls",)  # files read as lists of addresses: one a line, '#' starts a comment
FEED_TYPES = ("rss", "atom", "rdf")  # media types (application/rss+xml ...) that say an answer is a feed
HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFF = 512  # bytes of an answer that show whether it is a feed when its media type does not say


@dataclass(frozen=True)
class Link:
    """A page to fetch as an article, with where it was listed and what the listing says of it."""

    url: str
    source: str  # the feed or list that named it (or the address itself)
    title: str = ""
    published: date | None = None


def is_feed(media_type: str, body: bytes) -> bool:
    """Whether an answer is a feed: by its media type, else by its first element (<rss>, <feed>, <rdf:RDF>)."""
    media_type = media_type.lower()
    if media_type in HTML_TYPES:
        return False
    if any(kind in media_type for kind in FEED_TYPES):
        return True
    head = body[:SNIFF].lstrip().lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf")) or (head.startswith(b"<?xml") and b"<html" not in head)


def feed_links(body: bytes, source: str, base: str = "") -> list[Link]:
    """The entries of an RSS or Atom feed as links to fetch, relative links resolved against `base`; a feed
    that cannot be read raises TimelineError (E155). An entry without a link is a Link without `url`."""
    import feedparser

    feed = feedparser.parse(body)
    if not feed.version and not feed.entries:
        detail = feed.get("bozo_exception") or "no RSS or Atom element"
        raise errors.TimelineError(errors.NOT_A_FEED, detail=detail)
    links = []
    for entry in feed.entries:
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        link = entry.get("link") or ""
        links.append(Link(urljoin(base, link) if link else "", source, entry.get("title") or "",
                          date(*when[:3]) if when else None))
    return links


def listed_links(text: str, source: str) -> list[Link]:
    """The addresses of a list file: one a line; blank lines and lines starting with '#' are skipped."""
    return [Link(line.strip(), source) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
