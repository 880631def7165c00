"""Pages, feeds and lists of addresses as sources, fetched politely from a server on 127.0.0.1 (never the
internet): saved pages and feeds written for the test, a 404, a page slower than the timeout, a path that
robots.txt disallows, a host that asks for a Crawl-delay."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from timeline import errors
from timeline.cli import main
from timeline.engine.local import Collector, run
from timeline.io.web import USER_AGENT, Fetcher, read_sources

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Troops leave the northern base | The Test Gazette</title>
<meta property="og:title" content="Troops leave the northern base">
<meta property="article:published_time" content="2021-03-02T08:00:00Z">
<link rel="canonical" href="{base}/news/{slug}.html">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Troops leave the northern base</h1>
<p>The army withdrew 400 troops from the northern base on Monday, the defence ministry said in a statement.</p>
<p>The ministry said the remaining soldiers would stay until the end of the year to train local forces, and that
talks with the government on the next steps would continue in the capital next week.</p>
<p>Residents of the town near the base said they had watched long convoys of trucks leave during the night.</p>
</article><footer>Copyright The Test Gazette</footer></body></html>"""

UNDATED_PAGE = """<html><head><title>Talks in the capital</title></head><body><article>
<p>The two delegations met in the capital to discuss the withdrawal of foreign forces from the region.</p>
<p>Officials on both sides described the talks as constructive and said they would meet again soon.</p>
<p>No date was set for the next round, and neither side gave details of the proposals that were discussed.</p>
</article></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Gazette</title><link>{base}/</link><description>News</description>
<item><title>Troops leave the northern base</title><link>{base}/news/base.html</link>
<pubDate>Tue, 02 Mar 2021 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/news/gone.html</link><pubDate>Tue, 02 Mar 2021 09:00:00 GMT</pubDate></item>
<item><title>Talks in the capital</title><link>/news/undated.html</link>
<pubDate>Wed, 03 Mar 2021 10:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Gazette</title><id>urn:test</id>
<updated>2021-03-03T10:00:00Z</updated>
<entry><title>Troops leave the northern base</title><id>urn:1</id><link href="{base}/news/base.html"/>
<updated>2021-03-02T08:00:00Z</updated></entry>
<entry><title>Private</title><id>urn:2</id><link href="{base}/private/memo.html"/>
<updated>2021-03-02T09:00:00Z</updated></entry>
</feed>"""

ROBOTS = "User-agent: *\nDisallow: /private/\n"
SLOW_SECONDS = 3.0
TIMEOUT = 0.5


class Site(BaseHTTPRequestHandler):
    """The test site: what it serves, and what it saw (paths, user agents, requests at once)."""

    seen: list = []
    agents: set = set()
    busy = most = 0
    lock = threading.Lock()
    robots = ROBOTS
    pause = 0.0  # seconds each page takes (to see how many requests overlap)

    def do_GET(self):  # noqa: N802 (the http.server name)
        cls = type(self)
        with cls.lock:
            cls.seen.append(self.path)
            cls.agents.add(self.headers.get("User-Agent"))
            cls.busy += 1
            cls.most = max(cls.most, cls.busy)
        try:
            self._answer()
        finally:
            with cls.lock:
                cls.busy -= 1

    def _answer(self):
        base = f"http://{self.headers['Host']}"
        pages = {"/news/base.html": ("text/html; charset=utf-8", PAGE.format(base=base, slug="base")),
                 "/news/undated.html": ("text/html", UNDATED_PAGE),
                 "/private/memo.html": ("text/html", PAGE.format(base=base, slug="memo")),
                 "/feed.rss": ("application/rss+xml", RSS.format(base=base)),
                 "/feed.atom": ("application/atom+xml", ATOM.format(base=base)),
                 "/robots.txt": ("text/plain", type(self).robots)}
        if self.path == "/slow.html":
            time.sleep(SLOW_SECONDS)
            pages[self.path] = ("text/html", UNDATED_PAGE)
        if self.path.startswith("/many/"):
            time.sleep(type(self).pause)
            pages[self.path] = ("text/html", UNDATED_PAGE)
        if self.path not in pages:
            self.send_error(404, "Not Found")
            return
        media_type, body = pages[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    Site.seen, Site.agents, Site.busy, Site.most, Site.robots, Site.pause = [], set(), 0, 0, ROBOTS, 0.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def read(inputs, **fetcher):
    collected = Collector()
    run(read_sources(inputs, None, Fetcher(**{"timeout": TIMEOUT, **fetcher})), [collected])
    return collected


def test_a_page_gives_its_main_text_title_and_date_from_its_metadata(site):
    collected = read([f"{site}/news/base.html"])
    [line] = collected.report
    assert (line.article_id, line.status) == (f"{site}/news/base.html", "ok")
    [event] = [m for m in collected.rows if m.quantity == 400]
    assert event.event_type == "withdrawal" and event.published.isoformat() == "2021-03-02"
    assert event.title == "Troops leave the northern base" and event.url == f"{site}/news/base.html"
    assert "Home" not in event.sentence and "Copyright" not in event.sentence
    assert Site.agents == {USER_AGENT} and USER_AGENT.startswith("timeline/")


def test_an_rss_feed_by_address_fetches_each_entry_in_order(site):
    collected = read([f"{site}/feed.rss"])
    assert [(r.article_id, r.status, r.code) for r in collected.report] == [
        (f"{site}/news/base.html", "ok", None), (f"{site}/news/gone.html", "error", errors.HTTP_STATUS.code),
        (f"{site}/news/undated.html", "ok", None)]
    assert collected.report[1].error == "HTTP 404 Not Found" and collected.report[1].source == f"{site}/feed.rss"
    undated = [m for m in collected.rows if m.article_id.endswith("undated.html")]
    assert undated and {m.published.isoformat() for m in undated} == {"2021-03-03"}  # the entry's date


def test_an_atom_feed_file_and_robots_txt(site, tmp_path):
    feed = tmp_path / "gazette.atom"
    feed.write_text(ATOM.format(base=site), encoding="utf-8")
    collected = read([str(feed)])
    assert [(r.article_id, r.status, r.code) for r in collected.report] == [
        (f"{site}/news/base.html", "ok", None), (f"{site}/private/memo.html", "error", errors.ROBOTS_DISALLOW.code)]
    assert "robots.txt of 127.0.0.1" in collected.report[1].error
    assert "/private/memo.html" not in Site.seen and Site.seen.count("/robots.txt") == 1


def test_a_page_slower_than_the_timeout_is_an_error_and_the_run_goes_on(site, tmp_path):
    listed = tmp_path / "pages.urls"
    listed.write_text(f"# pages to read\n{site}/slow.html\n\n{site}/news/base.html\nftp://example.org/x\n")
    start = time.monotonic()
    collected = read([str(listed)])
    assert time.monotonic() - start < SLOW_SECONDS
    assert [(r.status, r.code) for r in collected.report] == [
        ("error", errors.FETCH_TIMEOUT.code), ("ok", None), ("error", errors.FETCH_FAILED.code)]
    assert collected.report[0].error == f"no complete answer within {TIMEOUT:g} s"


def test_no_more_than_per_host_requests_at_once(site, tmp_path):
    Site.pause = 0.3
    listed = tmp_path / "many.urls"
    listed.write_text("".join(f"{site}/many/{i}.html\n" for i in range(6)))
    collected = read([str(listed)], per_host=2)
    assert [r.status for r in collected.report] == ["ok"] * 6
    assert Site.most == 2  # concurrent, and never more than the limit


def test_crawl_delay_spaces_the_requests(site, tmp_path):
    Site.robots = "User-agent: timeline\nCrawl-delay: 1\n"
    listed = tmp_path / "two.urls"
    listed.write_text(f"{site}/many/1.html\n{site}/many/2.html\n")
    start = time.monotonic()
    assert [r.status for r in read([str(listed)]).report] == ["ok", "ok"]
    assert time.monotonic() - start >= 1.0


def test_unreachable_addresses_and_unreadable_feeds_are_errors(site, tmp_path):
    bad_feed = tmp_path / "broken.rss"
    bad_feed.write_text("this is not a feed")
    collected = read([f"{site}/nothing.rss", str(bad_feed), "http://127.0.0.1:9/page.html", str(tmp_path / "no.rss")])
    assert [(r.status, r.code) for r in collected.report] == [
        ("error", errors.HTTP_STATUS.code), ("error", errors.NOT_A_FEED.code),
        ("error", errors.ROBOTS_UNREADABLE.code), ("error", errors.NOT_FOUND.code)]
    assert "Connection refused" in collected.report[2].error


def test_ingest_a_feed_into_the_store(site, tmp_path, capsys):
    db, report = tmp_path / "store.duckdb", tmp_path / "report.jsonl"
    assert main(["ingest", f"{site}/feed.rss", "--db", str(db), "--report", str(report),
                 "--fetch-timeout", "5", "--per-host", "1"]) == 1  # one entry's page is gone
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [line["status"] for line in lines] == ["ok", "error", "ok"] and lines[1]["code"] == "E150"
    assert "2 new" in capsys.readouterr().err
    assert main(["ingest", f"{site}/feed.rss", "--db", str(db)]) == 1
    assert "0 new, 0 replaced, 3 unchanged" in capsys.readouterr().err  # the error too is stored once
