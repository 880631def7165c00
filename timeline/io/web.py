"""Sources beyond files: article pages by address, RSS/Atom feeds (by address or file) and files listing
addresses, fetched politely and read like .html files (main text by trafilatura, date from the page's
metadata). `read_sources` takes any mix of these and files of articles, in order.

Politeness, per run (README: "Feeds and addresses"): every request names the tool in its User-Agent
(USER_AGENT); at most `per_host` requests to one host at a time; robots.txt is read once per host and obeyed,
its Crawl-delay too (RFC 9309: a robots.txt that is missing or answers 4xx allows all; one that cannot be
reached or answers 5xx allows nothing); an answer must be complete within `timeout` seconds and at most
MAX_BYTES long. A fetch that fails is an ArticleError with the HTTP status or the reason (E15x).
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from .. import errors
from ..limits import Limits
from ..model import Article, ArticleError
from ..version import __version__
from .feeds import FEED_SUFFIXES, URL_LIST_SUFFIXES, Link, feed_links, is_feed, listed_links
from .readers import decode, read_bytes, read_inputs

USER_AGENT = f"timeline/{__version__} (news events for research; obeys robots.txt)"
TIMEOUT = 20.0  # seconds for a whole answer (connecting, waiting, reading): a stalled site must not stall a run
PER_HOST = 2  # requests to one host at a time: a small news site must not feel a research crawl
CONCURRENT = 8  # requests at a time over all hosts
MAX_BYTES = 20 << 20  # the largest answer read: an article page is far smaller
CHUNK = 1 << 16  # bytes read at a time, between checks of the deadline and the size


def is_url(text: str) -> bool:
    return urlsplit(str(text)).scheme in ("http", "https")


def is_web_source(text: str | Path) -> bool:
    """An input read through the web: an address, a feed file or a file of addresses."""
    return is_url(str(text)) or Path(str(text)).suffix.lower() in FEED_SUFFIXES + URL_LIST_SUFFIXES


ROBOTS_ALL = object()  # the rules of a host without robots.txt


class HttpError(errors.TimelineError):
    """An answer with an HTTP error status (E150); robots.txt rules tell a 4xx from a 5xx."""

    def __init__(self, status: int, reason: str):
        super().__init__(errors.HTTP_STATUS, status=status, reason=reason)
        self.status = status


@dataclass(frozen=True)
class Page:
    """An answer: the address it came from (after redirects), its media type and its bytes."""

    url: str
    media_type: str
    body: bytes


class Fetcher:
    """Polite HTTP GETs, safe to call from many threads (see the module's docstring)."""

    def __init__(self, timeout: float = TIMEOUT, per_host: int = PER_HOST, user_agent: str = USER_AGENT):
        self.timeout, self.per_host, self.user_agent = timeout, max(1, per_host), user_agent
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, object] = {}  # host -> its robots.txt parsed, ROBOTS_ALL, or why it is unreadable
        self._robots_locks: dict[str, threading.Lock] = {}
        self._next_start: dict[str, float] = {}  # host -> when its Crawl-delay lets the next request start

    def get(self, url: str) -> Page:
        """The answer at `url`; TimelineError (E15x) when robots.txt forbids it or the fetch fails."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise errors.TimelineError(errors.FETCH_FAILED, reason=f"not an http or https address: {url!r}")
        host = parts.netloc.lower()
        rules = self._rules(parts.scheme, host)
        if isinstance(rules, str):
            raise errors.TimelineError(errors.ROBOTS_UNREADABLE, host=host, reason=rules)
        if rules is not ROBOTS_ALL and not rules.can_fetch(self.user_agent, url):
            raise errors.TimelineError(errors.ROBOTS_DISALLOW, host=host)
        delay = 0.0 if rules is ROBOTS_ALL else float(rules.crawl_delay(self.user_agent) or 0)
        return self._request(url, host, delay)

    def _rules(self, scheme: str, host: str):
        """The host's robots.txt, fetched once per run (other threads for the same host wait for it)."""
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:
            if host not in self._robots:
                self._robots[host] = self._read_robots(f"{scheme}://{host}/robots.txt", host)
            return self._robots[host]

    def _read_robots(self, url: str, host: str):
        """The rules of robots.txt; ROBOTS_ALL where there is none (4xx); the reason it cannot be read (5xx, no
        answer), which forbids everything."""
        from urllib.robotparser import RobotFileParser

        try:
            page = self._request(url, host, 0.0)
        except HttpError as exc:
            return ROBOTS_ALL if 400 <= exc.status < 500 else str(exc)
        except errors.TimelineError as exc:
            return str(exc)
        rules = RobotFileParser(url)
        rules.parse(page.body.decode("utf-8", errors="replace").splitlines())  # robots.txt is UTF-8 (RFC 9309)
        return rules

    def _request(self, url: str, host: str, delay: float) -> Page:
        with self._slot(host):
            self._wait_turn(host, delay)
            return self._download(url)

    @contextmanager
    def _slot(self, host: str):
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with slot:
            yield

    def _wait_turn(self, host: str, delay: float) -> None:
        """Space the starts of requests to a host by its Crawl-delay."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + delay
        if start > now:
            time.sleep(start - now)

    def _download(self, url: str) -> Page:
        import http.client
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        deadline = time.monotonic() + self.timeout
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                body = bytearray()
                while chunk := answer.read1(CHUNK):  # what has arrived: a trickle cannot outlast the deadline
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise errors.TimelineError(errors.ANSWER_TOO_LARGE, limit=MAX_BYTES)
                    if time.monotonic() > deadline:
                        raise TimeoutError
                return Page(answer.geturl(), answer.headers.get_content_type(), bytes(body))
        except urllib.error.HTTPError as exc:
            exc.close()
            raise HttpError(exc.code, exc.reason) from exc
        except TimeoutError as exc:
            raise errors.TimelineError(errors.FETCH_TIMEOUT, seconds=self.timeout) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise errors.TimelineError(errors.FETCH_TIMEOUT, seconds=self.timeout) from exc
            raise errors.TimelineError(errors.FETCH_FAILED, reason=exc.reason) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise errors.TimelineError(errors.FETCH_FAILED, reason=f"{type(exc).__name__}: {exc}") from exc


def read_sources(inputs: Iterable[str | Path], publication_date: date | None = None,
                 fetcher: Fetcher | None = None, limits: Limits | None = None) -> Iterator[Article | ArticleError]:
    """Articles from files of articles, addresses of pages, feeds (addresses or files) and files of addresses,
    in input order (the pages of one feed or list in its order, fetched CONCURRENT at a time).
    `publication_date` is that of .txt/.html files, and of pages whose metadata and feed entry give none."""
    fetcher = fetcher or Fetcher()
    for text in map(str, inputs):
        if not is_web_source(text):
            yield from read_inputs([text], publication_date, limits)
            continue
        try:
            links, page = _links(text, fetcher)
        except errors.TimelineError as exc:
            yield ArticleError(text, text, str(exc), exc.code)
            continue
        if page is not None:
            yield _article(page, Link(text, text), publication_date)
        else:
            yield from _ordered(lambda link: fetch_article(fetcher, link, publication_date), links, CONCURRENT)


def _links(text: str, fetcher: Fetcher) -> tuple[list[Link], Page | None]:
    """The pages an input names: a feed's or a list's links, or (for the address of a page) the page itself."""
    if is_url(text):
        page = fetcher.get(text)
        if not is_feed(page.media_type, page.body):
            return [], page
        return feed_links(page.body, text, base=page.url), None
    path = Path(text)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise errors.TimelineError(errors.NOT_FOUND) from exc
    except OSError as exc:
        raise errors.TimelineError(errors.UNREADABLE, detail=exc.strerror or exc) from exc
    if path.suffix.lower() in URL_LIST_SUFFIXES:
        return listed_links(decode(raw), text), None
    return feed_links(raw, text, base=""), None


def fetch_article(fetcher: Fetcher, link: Link, publication_date: date | None = None) -> Article | ArticleError:
    """The article on a linked page, or an error saying why not (the HTTP status or the reason)."""
    if not link.url:
        return ArticleError(link.title or link.source, link.source, errors.NO_LINK.text(), errors.NO_LINK.code)
    try:
        page = fetcher.get(link.url)
    except errors.TimelineError as exc:
        return ArticleError(link.url, link.source, str(exc), exc.code)
    return _article(page, link, publication_date)


def _article(page: Page, link: Link, publication_date: date | None) -> Article | ArticleError:
    """A page read as an .html file is; where its metadata lack them, the feed's title and date, then
    `publication_date`, and the address it was fetched from."""
    item = next(read_bytes(page.body, link.url, ".html", link.source))
    if isinstance(item, ArticleError):
        return item
    return replace(item, title=item.title or link.title, url=item.url or page.url,
                   date=item.date or link.published or publication_date)


def _ordered(work: Callable, items: list, window: int) -> Iterator:
    """`work(item)` for each item on `window` threads, the results in the items' order."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=window) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
