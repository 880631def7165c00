"""Readers: files of articles (.txt, .html, .jsonl) to `Article`s, or to `ArticleError`s saying why not.

Every input article ends up as one or the other; nothing is dropped silently. What is read is text: a file
whose content is an image or other binary data is an error (E108) whatever its name, a file over the size
limit is not read (E107, limits.py), and an article's text and title reach the parser without markup (a text
that holds HTML tags is read as HTML: scripts and styles dropped, tags removed) and without control, bidi
override or zero-width characters (`clean_text`).
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from .. import errors
from ..limits import ENV, Limits, from_env
from ..model import Article, ArticleError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDE = re.compile("[^\x00-\u07ff]")  # beyond Latin, Greek, Cyrillic, Hebrew and Arabic
BINARY_SHARE = 0.01  # text has almost no control characters; more than this share of them is binary data
# the signatures of the binary files most often given a text file's name by mistake
MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
         (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a Word, "
         "Excel or OpenDocument file)"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"),
         (b"\x1f\x8b", "gzip-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
         (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "a program"), (b"SQLite format 3\x00", "a database"),
         (b"PAR1", "a Parquet file"), (b"RIFF", "audio, video or a WebP image"), (b"OggS", "audio or video"),
         (b"ID3\x03", "audio"), (b"ID3\x04", "audio"))
# characters that are never article text: C0/C1 controls (not tab and newline), bidi embeddings, overrides and
# isolates, marks and invisible joiners, zero-width and soft-hyphen characters, the BOM, Unicode tag characters
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\xad\u034f\u061c\u180e\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # every other way to end a line
# a tag of an HTML element, so that a text scraped with its markup is read as HTML ("a <b>" in prose is no tag)
HTML_TAG = re.compile(r"<(?:!--|/?(?:a|abbr|area|article|aside|audio|b|base|blockquote|body|br|button|canvas|center|code|"
                      r"dd|details|dialog|div|dl|dt|em|embed|figure|font|footer|form|frame|frameset|h[1-6]|head|header|"
                      r"hr|html|i|iframe|img|input|label|li|link|main|marquee|math|meta|nav|noscript|object|ol|option|p|"
                      r"picture|pre|q|script|section|select|small|source|span|strong|style|sub|sup|svg|table|tbody|td|"
                      r"template|textarea|tfoot|th|thead|title|tr|u|ul|video)(?=[\s/>]))", re.IGNORECASE)
MARKUP_ROUNDS = 3  # "&lt;script&gt;" is text that becomes a tag once read: read again, this many times at most
DATE_CHARS = 64  # a publication date written in more characters than this is no date


SNIFF_BYTES = 1 << 16  # how much of a file decides its encoding


def detect_encoding(sample: bytes) -> str:
    """The codec of bytes in UTF-8 (with or without BOM), UTF-16 or Windows-1256 (common for Arabic).

    `sample` may be the head of a longer file: a character cut at its end is no error."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 3:
                continue
            text = sample[:exc.start].decode(encoding)
        if _plausible(text, strict=encoding != "utf-8"):
            return encoding
    return "utf-8" if _mostly_utf8(sample) else "cp1256"


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few broken bytes (a damaged line), not Windows-1256: most of its non-ASCII bytes still form
    valid UTF-8 (in Windows-1256 text almost none do)."""
    broken = sample.decode("utf-8", "replace").count("\ufffd") - sample.decode("utf-8", "ignore").count("\ufffd")
    non_ascii = len(sample) - len(sample.translate(None, bytes(range(0x80, 0x100))))
    return 0 < broken * 2 < non_ascii


def decode(raw: bytes) -> str:
    """Text from the bytes of a whole file, in whichever encoding `detect_encoding` finds; E108 when the bytes
    are an image or other binary data, E105 when they decode in none of the encodings."""
    kind = binary_kind(raw[:SNIFF_BYTES])
    if kind:
        raise errors.TimelineError(errors.NOT_TEXT, what=kind)
    encoding = detect_encoding(raw[:SNIFF_BYTES])
    try:  # a few broken bytes in UTF-8 text become U+FFFD; the rest of the article is read
        text = raw.decode(encoding, "replace" if encoding == "utf-8" else "strict")
    except UnicodeDecodeError as exc:
        raise errors.TimelineError(errors.UNDECODABLE) from exc
    if len(_CONTROL.findall(text, 0, SNIFF_BYTES)) > min(len(text), SNIFF_BYTES) * BINARY_SHARE:
        raise errors.TimelineError(errors.NOT_TEXT, what="binary data")
    return text


def binary_kind(head: bytes) -> str | None:
    """What the first bytes of a file say it is, when that is no text: "a PNG image", ...; else None."""
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def clean_text(text: str) -> str:
    """Text as the parser and every output may hold it: markup read as HTML where the text holds tags, line
    breaks as \\n, and no control, bidi override, zero-width or tag characters."""
    for _ in range(MARKUP_ROUNDS):
        if not HTML_TAG.search(text):
            break
        text = html_text(text)
    else:
        text = HTML_TAG.sub("", text)  # escaped more deeply than anyone writes: what is left of a tag is no tag
    if "\u034f" not in text and all(line.isprintable() for line in text.replace("\t", " ").split("\n")):
        return text  # most texts: no control, format or separator character at all (a quick test, in C)
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))


class _TextOnly(HTMLParser):
    """The text of HTML as a browser shows it: no scripts, styles or comments; blocks on lines of their own.
    It reads tags one at a time (no tree), so depth costs nothing."""

    SKIPPED = frozenset(("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"))
    BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
                        "article", "header", "footer", "table", "ul", "ol", "hr", "title", "pre"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIPPED:
            self.skipping.append(tag)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            del self.skipping[self.skipping.index(tag):]
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The text of an HTML fragment or page (stdlib parser: for text with tags in it; whole pages go to
    trafilatura, which finds the article among menus and footers)."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return re.sub(r"[^\S\n]*\n\s*\n\s*", "\n\n", re.sub(r"[^\S\n]+", " ", "".join(parser.parts))).strip()


def _plausible(text: str, strict: bool) -> bool:
    """Real text has almost no control characters; a wrong UTF-8/UTF-16 guess is full of them.

    `strict` (for BOM-less UTF-16 guesses) also wants most characters to be Latin or Arabic,
    so that single-byte Arabic text is not misread as CJK."""
    if len(_CONTROL.findall(text)) > len(text) // 100:
        return False
    return not strict or len(_WIDE.findall(text)) <= len(text) * 0.2


def parse_publication_date(value) -> date | None:
    """A publication date from ISO text or free text (English or Arabic); None when absent or not understood.

    ISO text, the common case, needs no grammar; free text is read by the date grammar, loaded only then."""
    if not value:
        return None
    text = str(value).strip()[:DATE_CHARS]
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    from ..parse.dates import find_time_expressions
    from ..parse.text import detect_language

    for t in find_time_expressions(text, detect_language(text), None):
        if t.precision == "day" and t.day:
            return t.day
    return None


DATELINE_CHARS = 80  # a dateline ("WASHINGTON, Nov 17, 2020 -", "بغداد- 2020/11/17 -") opens the first line
DATELINE_WORDS = 6  # and is short: a longer lead before a dash is a sentence
_DATELINE_END = re.compile(r"\s*[-–—]{1,2}\s")


def dateline_date(text: str) -> date | None:
    """The publication date a dateline gives: a full date before the dash that ends the lead of the first line."""
    first = text.lstrip().split("\n", 1)[0][:DATELINE_CHARS]
    ends = list(_DATELINE_END.finditer(first))
    lead = first[:ends[-1].start()] if ends else ""
    return parse_publication_date(lead) if lead and len(lead.split()) <= DATELINE_WORDS else None


def _error(article_id: str, source: str, kind: errors.Error, **details) -> ArticleError:
    return ArticleError(article_id, source, kind.text(**details), kind.code)


def read_inputs(paths: Iterable[str | Path], publication_date: date | None = None,
                limits: Limits | None = None) -> Iterator[Article | ArticleError]:
    """Articles from files, in order; `publication_date` applies to .txt files, which carry none."""
    limits = limits or from_env()
    for path in map(Path, paths):
        yield from read_file(path, publication_date, limits)


def read_file(path: Path, publication_date: date | None = None,
              limits: Limits | None = None) -> Iterator[Article | ArticleError]:
    """The articles of one file (several for .jsonl), or an error for the file."""
    source = str(path)
    suffix = path.suffix.lower()
    limits = limits or from_env()
    if path.is_dir():
        yield _error(path.name, source, errors.IS_DIRECTORY)
        return
    if suffix not in ARTICLE_SUFFIXES:
        yield _error(path.name, source, errors.UNSUPPORTED, suffix=suffix or path.name)
        return
    try:
        if suffix == ".jsonl":  # streamed line by line: memory stays flat however long the file
            yield from _jsonl_file(path, source, limits.file_bytes)
            return
        size = path.stat().st_size
        if limits.file_bytes is not None and size > limits.file_bytes:
            yield _error(path.name, source, errors.TOO_LARGE, size=size, limit=limits.file_bytes,
                         setting=ENV["file_mb"])
            return
        raw = path.read_bytes()
    except FileNotFoundError:
        yield _error(path.name, source, errors.NOT_FOUND)
        return
    except IsADirectoryError:
        yield _error(path.name, source, errors.IS_DIRECTORY)
        return
    except OSError as exc:
        yield _error(path.name, source, errors.UNREADABLE, detail=exc.strerror or exc)
        return
    yield from read_bytes(raw, path.name, suffix, source, publication_date)


def _jsonl_file(path: Path, source: str, line_limit: int | None) -> Iterator[Article | ArticleError]:
    with open(path, "rb") as fh:
        yield from _jsonl_stream(fh, path.name, source, line_limit)


def _jsonl_stream(fh: BinaryIO, name: str, source: str, line_limit: int | None) -> Iterator[Article | ArticleError]:
    """The articles of a JSONL byte stream, line by line (a file, or an upload's bytes)."""
    head = fh.read(SNIFF_BYTES)
    fh.seek(0)
    if not head.strip():
        yield _error(name, source, errors.EMPTY_FILE)
        return
    if binary_kind(head):
        yield _error(name, source, errors.NOT_TEXT, what=binary_kind(head))
        return
    encoding, found = detect_encoding(head), 0
    if encoding.startswith("utf-16"):  # lines cannot be split on bytes here; UTF-16 either decodes or it does not
        text = io.TextIOWrapper(fh, encoding=encoding, newline="\n")
        try:
            for found, item in enumerate(_jsonl_articles(enumerate(text, 1), name, source), 1):
                yield item
        except UnicodeDecodeError:
            found += 1
            yield _error(name, source, errors.UNDECODABLE)
        finally:
            text.detach()
    else:
        for found, item in enumerate(_jsonl_articles(_decoded_lines(fh, encoding, name, source, line_limit), name,
                                                     source), 1):
            yield item
    if not found:  # nothing but a byte-order mark or blank lines
        yield _error(name, source, errors.EMPTY_FILE)


def read_jsonl_range(path: Path, start: int, end: int, first_line: int, encoding: str,
                     limits: Limits | None = None) -> Iterator[Article | ArticleError]:
    """The articles on the lines of a .jsonl file from byte `start` (a line's first byte) to `end` (just after a
    newline, or the file's end), numbered from `first_line`, in the file's `encoding` (`detect_encoding` of its
    head; not UTF-16): a partition of a distributed run reads there exactly what `read_file` reads."""
    with open(path, "rb") as fh:
        fh.seek(start)
        part = io.BytesIO(fh.read(end - start))  # a partition is a few megabytes
    limit = (limits or from_env()).file_bytes
    yield from _jsonl_articles(_decoded_lines(part, encoding, path.name, str(path), limit, first_line), path.name,
                               str(path))


LINE_CHUNK = 1 << 20  # a line over the limit is skipped this many bytes at a time, never held whole


def _decoded_lines(fh, encoding: str, name: str, source: str, limit: int | None = None,
                   first: int = 1) -> Iterator[tuple[int, str | ArticleError]]:
    """Numbered lines of a byte stream; a line that does not decode, or is longer than `limit` bytes, becomes an
    error for that line alone."""
    number = first - 1
    while True:
        raw = fh.readline(limit + 1) if limit is not None else fh.readline()
        if not raw:
            return
        number += 1
        if limit is not None and len(raw) > limit:
            while raw and not raw.endswith(b"\n"):  # the rest of the line, unread
                raw = fh.readline(LINE_CHUNK)
            yield number, _error(f"{name}:{number}", source, errors.LINE_TOO_LONG, line=number, limit=limit,
                                 setting=ENV["file_mb"])
            continue
        try:
            yield number, raw.decode(encoding)
        except UnicodeDecodeError:
            yield number, _error(f"{name}:{number}", source, errors.LINE_UNDECODABLE, line=number, encoding=encoding)


def read_bytes(raw: bytes, name: str, suffix: str, source: str = "",
               publication_date: date | None = None) -> Iterator[Article | ArticleError]:
    """Articles from the bytes of a file (also used for browser uploads)."""
    source = source or name
    if suffix == ".jsonl":
        yield from _jsonl_stream(io.BytesIO(raw), name, source, None)
        return
    try:
        text = decode(raw)
    except errors.TimelineError as exc:
        yield ArticleError(name, source, str(exc), exc.code)
        return
    if not text.strip():
        yield _error(name, source, errors.EMPTY_FILE)
        return
    if suffix in (".html", ".htm"):
        yield _html_article(text, name, source, publication_date)
    else:
        yield _txt_article(text, name, source, publication_date)


def _txt_article(text: str, name: str, source: str, published: date | None) -> Article | ArticleError:
    """The first line is the title when a blank line follows it."""
    text = clean_text(text)
    title = ""
    lines = text.split("\n")
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        title, text = lines[0].strip(), "\n".join(lines[2:])
    if not text.strip():
        return _error(name, source, errors.NO_TEXT)
    text = text.strip("\n")
    return Article(id=name, text=text, title=title, date=published or dateline_date(text), source=source)


def _html_article(html: str, name: str, source: str, published: date | None) -> Article | ArticleError:
    """The main text of a web page via trafilatura, never its markup."""
    import trafilatura  # heavy import, only needed for HTML

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = clean_text(doc.text or "").strip() if doc is not None else ""
    if not text:
        return _error(name, source, errors.NO_HTML_TEXT)
    return Article(id=name, text=text, title=clean_text(doc.title or "").strip(),
                   date=published or parse_publication_date(doc.date) or dateline_date(text), url=_url(doc.url),
                   source=source)


def _url(value) -> str:
    """An article's address as given, unless it names a scheme other than http(s): never a javascript: or data:
    link (browsers ignore spaces and controls inside a scheme, so they are ignored here too)."""
    text = clean_text(value).strip() if isinstance(value, str) else ""
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", re.sub(r"[\s\x00-\x1f]", "", text).lower())
    return "" if scheme and scheme.group(1) not in ("http", "https") else text


def _jsonl_articles(lines: Iterable[tuple[int, str | ArticleError]], name: str, source: str) -> Iterator[Article | ArticleError]:
    first_line: dict[str, int] = {}  # where each id was given: a second article under it would replace the first
    for number, line in lines:
        if isinstance(line, ArticleError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: [[[[... thousands deep
            yield _error(where, source, errors.BAD_JSON, line=number,
                         detail=getattr(exc, "msg", "nested too deeply"))
            continue
        if not isinstance(row, dict):
            yield _error(where, source, errors.NOT_AN_OBJECT, line=number)
            continue
        article_id = clean_text(str(row.get("id") or where)).strip() or where
        if article_id in first_line:
            yield _error(article_id, source, errors.DUPLICATE_ID, line=number, given=article_id,
                         first=first_line[article_id])
            continue
        first_line[article_id] = number
        body = row.get("text")
        if body is not None and not isinstance(body, str):
            yield _error(article_id, source, errors.TEXT_NOT_STRING, what=f"a JSON {_json_kind(body)}")
            continue
        body = clean_text(body or "")
        if not body.strip():
            yield _error(article_id, source, errors.NO_TEXT)
            continue
        yield Article(id=article_id, text=body, title=_field(row, "title"), date=parse_publication_date(row.get("date")),
                      url=_url(row.get("url")), lang=_field(row, "lang"), source=source)


def _field(row: dict, name: str) -> str:
    """A text field of a JSONL article, cleaned; anything but a string counts as absent."""
    value = row.get(name)
    return clean_text(value).strip() if isinstance(value, str) else ""


def _json_kind(value) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "list", dict: "object"}.get(type(value), "value")
