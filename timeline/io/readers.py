"""Readers: files of articles (.txt, .html, .jsonl) to `Article`s, or to `ArticleError`s saying why not.

Every input article ends up as one or the other; nothing is dropped silently.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .. import errors
from ..model import Article, ArticleError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDE = re.compile("[^\x00-\u07ff]")  # beyond Latin, Greek, Cyrillic, Hebrew and Arabic


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
    return "cp1256"


def decode(raw: bytes) -> str:
    """Text from the bytes of a whole file, in whichever encoding `detect_encoding` finds."""
    try:
        return raw.decode(detect_encoding(raw[:SNIFF_BYTES]))
    except UnicodeDecodeError as exc:
        raise errors.TimelineError(errors.UNDECODABLE) from exc


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
    text = str(value).strip()
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


def read_inputs(paths: Iterable[str | Path], publication_date: date | None = None) -> Iterator[Article | ArticleError]:
    """Articles from files, in order; `publication_date` applies to .txt files, which carry none."""
    for path in map(Path, paths):
        yield from read_file(path, publication_date)


def read_file(path: Path, publication_date: date | None = None) -> Iterator[Article | ArticleError]:
    """The articles of one file (several for .jsonl), or an error for the file."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        yield _error(path.name, source, errors.UNSUPPORTED, suffix=suffix or path.name)
        return
    try:
        if suffix == ".jsonl":  # streamed line by line: memory stays flat however long the file
            yield from _jsonl_file(path, source)
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


def _jsonl_file(path: Path, source: str) -> Iterator[Article | ArticleError]:
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        yield _error(path.name, source, errors.EMPTY_FILE)
        return
    encoding = detect_encoding(head)
    if encoding.startswith("utf-16"):  # lines cannot be split on bytes here; UTF-16 either decodes or it does not
        with open(path, encoding=encoding) as fh:
            yield from _jsonl_articles(enumerate(fh, 1), path.name, source)
        return
    with open(path, "rb") as fh:
        yield from _jsonl_articles(_decoded_lines(fh, encoding, path.name, source), path.name, source)


def _decoded_lines(fh, encoding: str, name: str, source: str) -> Iterator[tuple[int, str | ArticleError]]:
    """Numbered lines of a byte stream; a line that does not decode becomes an error for that line alone."""
    for number, raw in enumerate(fh, 1):
        try:
            yield number, raw.decode(encoding)
        except UnicodeDecodeError:
            yield number, _error(f"{name}:{number}", source, errors.LINE_UNDECODABLE, line=number, encoding=encoding)


def read_bytes(raw: bytes, name: str, suffix: str, source: str = "",
               publication_date: date | None = None) -> Iterator[Article | ArticleError]:
    """Articles from the bytes of a file (also used for browser uploads)."""
    source = source or name
    try:
        text = decode(raw)
    except errors.TimelineError as exc:
        yield ArticleError(name, source, str(exc), exc.code)
        return
    if not text.strip():
        yield _error(name, source, errors.EMPTY_FILE)
        return
    if suffix == ".jsonl":
        yield from _jsonl_articles(enumerate(text.splitlines(), 1), name, source)
    elif suffix in (".html", ".htm"):
        yield _html_article(text, name, source, publication_date)
    else:
        yield _txt_article(text, name, source, publication_date)


def _txt_article(text: str, name: str, source: str, published: date | None) -> Article:
    """The first line is the title when a blank line follows it."""
    text = text.replace("\r\n", "\n")
    title = ""
    lines = text.split("\n")
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        title, text = lines[0].strip(), "\n".join(lines[2:])
    text = text.strip("\n")
    return Article(id=name, text=text, title=title, date=published or dateline_date(text), source=source)


def _html_article(html: str, name: str, source: str, published: date | None) -> Article | ArticleError:
    """The main text of a web page via trafilatura, never its markup."""
    import trafilatura  # heavy import, only needed for HTML

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        return _error(name, source, errors.NO_HTML_TEXT)
    text = doc.text.strip()
    return Article(id=name, text=text, title=doc.title or "",
                   date=published or parse_publication_date(doc.date) or dateline_date(text), url=doc.url or "",
                   source=source)


def _jsonl_articles(lines: Iterable[tuple[int, str | ArticleError]], name: str, source: str) -> Iterator[Article | ArticleError]:
    for number, line in lines:
        if isinstance(line, ArticleError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(where, source, errors.BAD_JSON, line=number, detail=exc.msg)
            continue
        if not isinstance(row, dict):
            yield _error(where, source, errors.NOT_AN_OBJECT, line=number)
            continue
        article_id = str(row.get("id") or where)
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield _error(article_id, source, errors.NO_TEXT)
            continue
        yield Article(id=article_id, text=body, title=str(row.get("title") or ""),
                      date=parse_publication_date(row.get("date")), url=str(row.get("url") or ""),
                      lang=str(row.get("lang") or ""), source=source)
