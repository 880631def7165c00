"""Files uploaded in the app: checked, kept, read. A file is taken when its name has an article type (.txt, .html,
.htm, .jsonl), it is within the upload limit (TIMELINE_MAX_UPLOAD_MB, limits.py) and its content is what the
name says (text, not an image or other binary; JSON lines for .jsonl, HTML for .html). It is kept in the data
directory under a name made from its content (so a name like ../../x.txt goes nowhere, and the same file twice
is kept once), then read like any file. A rejected file is an `ArticleError` with its reason, reported like an
article that could not be read.
"""
from __future__ import annotations

import hashlib
from pathlib import Path, PureWindowsPath

from .. import errors
from ..limits import ENV, Limits, from_env
from ..model import Article, ArticleError
from .readers import ARTICLE_SUFFIXES, HTML_TAG, SNIFF_BYTES, clean_text, decode, read_bytes

UPLOAD_DIR = "uploads"  # under the data directory: the store's directory
NAME_CHARS = 120  # an uploaded file's name is shown and kept as the article id up to this length
HASH_CHARS = 32  # of the SHA-256 of the content: the name the file is kept under


def display_name(name: str) -> str:
    """The file name a browser sent, as a label: its last part (either slash), no control characters, short."""
    base = clean_text(PureWindowsPath(name.replace("/", "\\")).name).replace("\n", " ").strip()
    suffix = Path(base).suffix[:NAME_CHARS // 4]
    return base[:NAME_CHARS - len(suffix)].removesuffix(suffix) + suffix if len(base) > NAME_CHARS else base or "upload"


def check(name: str, raw: bytes, limits: Limits) -> ArticleError | None:
    """Why an upload cannot be taken, or None."""
    label, suffix = display_name(name), Path(display_name(name)).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return _error(label, errors.UNSUPPORTED, suffix=suffix or label)
    if limits.upload_bytes is not None and len(raw) > limits.upload_bytes:
        return _error(label, errors.TOO_LARGE, size=len(raw), limit=limits.upload_bytes, setting=ENV["upload_mb"])
    if not raw.strip():
        return _error(label, errors.EMPTY_FILE)
    try:
        head = decode(raw)[:SNIFF_BYTES]
    except errors.TimelineError as exc:
        return ArticleError(label, label, str(exc), exc.code)
    if suffix == ".jsonl" and not head.lstrip("\ufeff \t\r\n").startswith("{"):
        return _error(label, errors.WRONG_CONTENT, expected="JSON lines (one {...} object per line)", suffix=suffix)
    if suffix in (".html", ".htm") and not HTML_TAG.search(head):
        return _error(label, errors.WRONG_CONTENT, expected="HTML", suffix=suffix)
    return None


def keep(raw: bytes, suffix: str, data_dir: Path) -> Path:
    """Where the upload is kept: DATA_DIR/uploads/<hash of its content><suffix>, written once."""
    folder = data_dir / UPLOAD_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(raw).hexdigest()[:HASH_CHARS]}{suffix}"
    if not path.exists():
        partial = path.with_suffix(path.suffix + ".part")
        partial.write_bytes(raw)
        partial.replace(path)  # whole or not at all
    return path


def read_upload(name: str, raw: bytes, data_dir: Path, limits: Limits | None = None,
                publication_date: date | None = None) -> list[Article | ArticleError]:
    """The articles of one upload, or the reason it was rejected; a taken file is kept under `data_dir`.
    `publication_date` is that of uploads which carry none (.txt, pages without it)."""
    limits = limits or from_env()
    rejected = check(name, raw, limits)
    if rejected is not None:
        return [rejected]
    label = display_name(name)
    suffix = Path(label).suffix.lower()
    kept = keep(raw, suffix, data_dir)
    return list(read_bytes(raw, label, suffix, source=f"{label} ({UPLOAD_DIR}/{kept.name})",
                           publication_date=publication_date))


def _error(label: str, kind: errors.Error, **details) -> ArticleError:
    return ArticleError(label, label, kind.text(**details), kind.code)

