"""Feeds and lists of addresses to links, written for the test (nothing is fetched here)."""
from datetime import date

import pytest

from timeline import errors
from timeline.io.feeds import Link, feed_links, is_feed, listed_links
from timeline.io.web import is_web_source

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://news.example/a.html</link><pubDate>Mon, 01 Mar 2021 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/b.html</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>One</title><link href="https://news.example/c.html"/><published>2021-03-04T10:00:00Z</published>
<updated>2021-03-05T10:00:00Z</updated></entry></feed>"""


def test_rss_entries_become_links_with_their_titles_and_dates():
    assert feed_links(RSS, "feed.rss", base="https://news.example/feeds/all.rss") == [
        Link("https://news.example/a.html", "feed.rss", "One", date(2021, 3, 1)),
        Link("https://news.example/b.html", "feed.rss", "Two", None),  # relative to the feed's address
        Link("", "feed.rss", "No link", None)]


def test_an_atom_entry_takes_its_publication_date():
    assert feed_links(ATOM, "x.atom") == [Link("https://news.example/c.html", "x.atom", "One", date(2021, 3, 4))]


def test_something_that_is_no_feed_is_an_error():
    with pytest.raises(errors.TimelineError) as caught:
        feed_links(b"<html><body>a page</body></html>", "page.xml")
    assert caught.value.code == errors.NOT_A_FEED.code


@pytest.mark.parametrize("media_type, body, expected", [
    ("application/rss+xml", b"", True), ("application/atom+xml; charset=utf-8", b"", True),
    ("text/html", b"<?xml version='1.0'?><rss>", False), ("application/xml", b"<?xml version='1.0'?><rss>", True),
    ("text/plain", b"  <rss version='2.0'>", True), ("text/xml", b"<?xml version='1.0'?><html>", False),
    ("application/octet-stream", b"<!DOCTYPE html><html>", False)])
def test_an_answer_is_a_feed_by_its_media_type_else_its_first_element(media_type, body, expected):
    assert is_feed(media_type.split(";")[0], body) is expected


def test_a_list_of_addresses_skips_blank_lines_and_comments():
    text = "# outlets\nhttps://a.example/1.html\n\n  https://b.example/2.html  \n  # later\n"
    assert [link.url for link in listed_links(text, "x.urls")] == ["https://a.example/1.html", "https://b.example/2.html"]


@pytest.mark.parametrize("text, expected", [("https://a.example/x", True), ("http://a.example", True),
                                            ("news.rss", True), ("FEED.ATOM", True), ("list.urls", True),
                                            ("a.jsonl", False), ("page.html", False), ("ftp.txt", False)])
def test_which_inputs_are_read_through_the_web(text, expected):
    assert is_web_source(text) is expected
