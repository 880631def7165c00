"""The store's database: its tables (derived from the model), ingestion, rebuilding events, corrections, queries.

Tables:
  articles       one row per input article (content hash, id, source, metadata, text, status and error)
  mentions       one row per extracted mention: every `Mention` column, and its article's content hash
  events         the merged events: every `Event` column, and `deleted` and the folded `search_text`
  event_sources  which mentions (and articles) support which event
  edits          every correction: event, its mentions then, field, before, after, who, when

Every value a query filters on is a parameter (`EventFilter.where`), never SQL text.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from itertools import accumulate
from pathlib import Path

import duckdb

from .. import errors
from ..engine.local import Step, Tally, run
from ..filters import EventFilter, searchable
from ..io.formats import from_record, is_events_file, read_events
from ..io.readers import read_inputs
from ..merge import merge, partition_of
from ..model import Article, ArticleError, Event, Mention, ReportLine
from ..parse import mentions
from ..schema import columns_by_name, columns_of
from ..version import __version__
from .settings import EDITABLE, default_path

LOCK_WAIT = 15.0  # seconds to wait for another process that holds the store (DuckDB allows one writer)
LOCK_RETRY = 0.25
# DuckDB keeps one database per file per process; two threads (two app sessions) connecting or closing at the
# same moment can race in that cache ("Unique file handle conflict: ... already attached"), so they take turns
_CONNECTING = threading.Lock()
TABLE_LEAVES_OUT = ("mention_ids", "sources")  # long lists the app's table does not show: read per event
INSERT_BATCH = 200  # up to this many rows go in one multi-row INSERT, more through Arrow
BUCKETS = ("day", "week", "month", "year")  # what `aggregate` counts per
CONFLICT_RETRIES = 5  # a write that meets another session's write is tried again this many times
SQL_TYPES = {"text": "VARCHAR", "category": "VARCHAR", "date": "DATE", "count": "BIGINT"}
ARTICLE_COLUMNS = {"content_hash": "VARCHAR PRIMARY KEY", "article_id": "VARCHAR NOT NULL", "source": "VARCHAR",
                   "title": "VARCHAR", "url": "VARCHAR", "published": "DATE", "lang": "VARCHAR", "text": "VARCHAR",
                   "status": "VARCHAR NOT NULL", "error": "VARCHAR", "code": "VARCHAR", "events": "BIGINT",
                   "ingested_at": "TIMESTAMP", "parser": "VARCHAR"}
EDIT_COLUMNS = {"edit_id": "BIGINT PRIMARY KEY", "event_id": "VARCHAR NOT NULL", "mention_ids": "VARCHAR",
                "action": "VARCHAR NOT NULL", "field": "VARCHAR", "before": "VARCHAR", "after": "VARCHAR",
                "author": "VARCHAR", "edited_at": "TIMESTAMP", "applied_to": "VARCHAR"}


def _model_columns(record_class: type) -> dict[str, str]:
    return {c.name: SQL_TYPES[c.kind] for c in columns_of(record_class)}


TABLES = {
    "articles": ARTICLE_COLUMNS,
    "mentions": {"content_hash": "VARCHAR NOT NULL", **_model_columns(Mention), "partition_key": "VARCHAR"},
    "events": {**_model_columns(Event), "deleted": "BOOLEAN NOT NULL DEFAULT FALSE", "search_text": "VARCHAR",
               "partition_key": "VARCHAR"},
    "event_sources": {"event_id": "VARCHAR NOT NULL", "mention_id": "VARCHAR NOT NULL", "content_hash": "VARCHAR"},
    "edits": EDIT_COLUMNS,
    "dirty": {"partition_key": "VARCHAR PRIMARY KEY"},  # partitions whose mentions changed since the last rebuild
}


def content_hash(item: Article | ArticleError) -> str:
    """What makes an article the same article: its text and metadata (not its id: a reprint under another name
    is the same article). An input that could not be read is known by where it was and why."""
    if isinstance(item, ArticleError):
        key = ["error", item.source, item.article_id, item.reason]
    else:
        key = [item.text, item.title, item.date.isoformat() if item.date else "", item.url, item.lang]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


@dataclass
class IngestCounts:
    """What an ingest did, article by article."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    mentions: int = 0


@dataclass
class Rebuilt:
    """What a rebuild did: the mentions it merged again, the events the store now holds, the corrections that
    find no event any more, and how many partitions (type, origin, year) it merged again."""

    mentions: int
    events: int
    orphaned: list[dict] = field(default_factory=list)
    partitions: int = 0


class Store:
    """One DuckDB file. Open it with `Store.open(path)`; close it (or use `with`) to let other processes in."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path):
        self.db, self.path = connection, path
        self._create()

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """The store at `path` (default_path() when None), created on first use; waits up to LOCK_WAIT seconds
        while another process holds it."""
        path = Path(path) if path else default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                with _CONNECTING:
                    connection = duckdb.connect(str(path))
                return cls(connection, path)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise errors.TimelineError(errors.STORE_BUSY, path=path, detail=exc) from exc
                time.sleep(LOCK_RETRY)

    def close(self) -> None:
        with _CONNECTING:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create(self) -> None:
        """Create the tables, or add the columns the model gained since the store was made."""
        self.db.execute("CREATE SEQUENCE IF NOT EXISTS edit_ids")
        for table, columns in TABLES.items():
            spec = ", ".join(f'"{name}" {sql}' for name, sql in columns.items())
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({spec})")
            present = {row[0] for row in self.db.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall()}
            for name, sql in columns.items():
                if name not in present:
                    self.db.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sql.split(" PRIMARY KEY")[0]}')

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """All or nothing: a crash or Ctrl-C in the middle leaves the store as it was before."""
        self.db.begin()
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    # ---- ingestion -------------------------------------------------------------------------------------

    def ingester(self) -> Ingester:
        """A sink for the engine: each article is stored in a transaction of its own."""
        return Ingester(self)

    def ingest_files(self, paths: Iterable[str | Path], publication_date: date | None = None,
                     sinks: Iterable = (), step: Step = mentions,
                     read: Callable[..., Iterable[Article | ArticleError]] = read_inputs) -> tuple[Tally, IngestCounts]:
        """Files of articles through the local engine (`step` parses) into the store, with `sinks` beside it
        (such as a report), and files of events (extract's formats) as imported events. `read` reads the
        inputs of articles (io.web.read_sources also takes addresses and feeds). Events are not rebuilt
        here: call rebuild."""
        articles, event_files = split_inputs(paths)
        ingester = self.ingester()
        tally = run(read(articles, publication_date), [ingester, *sinks], step)
        self.import_event_files(event_files, ingester.counts)
        return tally, ingester.counts

    def import_event_files(self, paths: Iterable[Path], counts: IngestCounts | None = None) -> IngestCounts:
        """Files of events (extract's formats) as imported events, one pseudo-article each, added to `counts`."""
        counts = counts or IngestCounts()
        for path in paths:
            source, digest = f"file:{path.resolve()}", _file_digest(path)
            if self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [_import_key(source, digest)]).fetchone():
                counts.unchanged += 1  # the same file again: nothing to read (a million events take minutes)
                continue
            counts.mentions += self.add_mentions(read_events(path), source, digest)
            counts.new += 1
        return counts

    def load_parts(self, directory: str | Path) -> IngestCounts:
        """The Parquet parts of a distributed run (io.partitions, written with the articles) into the store.

        The outcome is that of `put` for each article in input order (idempotent: an article known by its
        content is unchanged; one whose id is known with other content replaces it), but each partition is
        one transaction: its articles and mentions are stored together or not at all, so an article is never
        half stored, and a load cut short (killed, Ctrl-C) is completed by loading again. One transaction
        per article would make the load the slowest step of a cluster's run (a few statements per article,
        instead of a few per partition)."""
        import pyarrow.parquet as pq

        from ..io.partitions import EVENTS, REPORT, part_files

        counts = IngestCounts()
        for report in part_files(directory, REPORT):
            events = Path(directory) / EVENTS / report.name
            self._load_part(pq.read_table(report).to_pylist(), pq.read_table(events).to_pylist(), counts)
        return counts

    def _load_part(self, articles: list[dict], mention_records: list[dict], counts: IngestCounts) -> None:
        """One partition: `put`'s rule replayed over its articles, then one delete and one insert per table.
        Each article's mentions are the next `events` records of its partition (they are in article order)."""
        items = [_report_item(a) for a in articles]
        keys = [content_hash(item) for item in items]
        first = list(accumulate((a["events"] for a in articles), initial=0))
        now = _now()
        with self._transaction():
            stored = {row[0] for row in self.db.execute(  # the contents of the store this partition touches
                "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()}
            with_id: dict[str, set[str]] = {}  # article id -> the contents stored under it, as loaded so far
            for article_id, key in self.db.execute(
                    "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [[a["article_id"] for a in articles]]).fetchall():
                with_id.setdefault(article_id, set()).add(key)
                stored.add(key)
            present, taken, gone = set(stored), {}, set()  # contents in the store so far; rows to insert; to delete
            for row, (item, key, record) in enumerate(zip(items, keys, articles)):
                if key in present:
                    counts.unchanged += 1
                    continue
                outcome = "error" if record["status"] == "error" else "new"
                if isinstance(item, Article) and with_id.get(item.id):
                    old = with_id.pop(item.id)
                    present -= old
                    gone |= old & stored
                    for replaced in old:
                        taken.pop(replaced, None)
                    outcome = "replaced" if record["status"] == "ok" else outcome
                present.add(key)
                taken[key] = row
                with_id.setdefault(record["article_id"], set()).add(key)
                if outcome == "error":
                    counts.failed += 1
                else:
                    setattr(counts, outcome, getattr(counts, outcome) + 1)
                    counts.mentions += record["events"]
            if gone:
                where = "content_hash IN (SELECT unnest(?::VARCHAR[]))"
                self._mark_dirty(where, [sorted(gone)])
                self.db.execute(f"DELETE FROM mentions WHERE {where}", [sorted(gone)])
                self.db.execute(f"DELETE FROM articles WHERE {where}", [sorted(gone)])
            rows = sorted(taken.values())
            if rows:
                self._insert_arrow("articles", [_article_record(articles[r], keys[r], now) for r in rows],
                                   list(ARTICLE_COLUMNS), Mention, _article_types())
            new = [{"content_hash": keys[r], **m} for r in rows for m in mention_records[first[r]:first[r + 1]]]
            if new:
                names = ["content_hash", *columns_by_name(Mention), "partition_key"]
                keyed = [{**m, "partition_key": partition_of(from_record(m))} for m in new]
                self._insert_arrow("mentions", keyed, names, Mention)
                self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)",
                                    [[k] for k in sorted({m["partition_key"] for m in keyed})])

    def put(self, item: Article | ArticleError, line: ReportLine, rows: list[Mention]) -> str:
        """Store one article and its mentions: new, replaced (same id, other content), unchanged or error."""
        key = content_hash(item)
        with self._transaction():
            if self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [key]).fetchone():
                return "unchanged"
            outcome = "error" if line.status == "error" else "new"
            if isinstance(item, Article):
                old = [r[0] for r in self.db.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                                                     [item.id]).fetchall()]
                if old:
                    marks = ", ".join("?" * len(old))
                    self._mark_dirty(f"content_hash IN ({marks})", old)
                    self.db.execute(f"DELETE FROM mentions WHERE content_hash IN ({marks})", old)
                    self.db.execute(f"DELETE FROM articles WHERE content_hash IN ({marks})", old)
                    outcome = "replaced" if line.status == "ok" else outcome
                self.db.execute(f"INSERT INTO articles ({_names(ARTICLE_COLUMNS)}) VALUES "
                                f"({', '.join('?' * len(ARTICLE_COLUMNS))})",
                                [key, item.id, item.source, item.title, item.url, item.date, item.lang, item.text,
                                 line.status, line.error, line.code, line.events, _now(), __version__])
            else:
                self.db.execute("INSERT INTO articles (content_hash, article_id, source, status, error, code, events, "
                                "ingested_at, parser) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                                [key, item.article_id, item.source, "error", item.reason, item.code, _now(),
                                 __version__])
            self._insert_mentions(key, rows)
        return outcome

    def _insert_mentions(self, key: str, rows: list[Mention]) -> None:
        """An article's few rows in one multi-row INSERT (many times faster in DuckDB than executemany);
        a large import as one Arrow table. Their partitions become dirty: the next rebuild merges them again."""
        names = list(columns_by_name(Mention))
        partitions = [partition_of(m) for m in rows]
        if len(rows) > INSERT_BATCH:
            self._insert_arrow("mentions", [{"content_hash": key, **to_values(m, names), "partition_key": p}
                                            for m, p in zip(rows, partitions)],
                               ["content_hash", *names, "partition_key"], Mention)
        elif rows:
            marks = f"({', '.join('?' * (len(names) + 2))})"
            self.db.execute(f"INSERT INTO mentions (content_hash, {_names(names)}, partition_key) VALUES "
                            f"{', '.join([marks] * len(rows))}",
                            [value for m, p in zip(rows, partitions)
                             for value in (key, *(getattr(m, name) for name in names), p)])
        for partition in set(partitions):
            self.db.execute("INSERT OR IGNORE INTO dirty VALUES (?)", [partition])

    def _mark_dirty(self, where: str, params: list) -> None:
        """The partitions of mentions about to be deleted must be merged again."""
        self.db.execute(f"INSERT OR IGNORE INTO dirty SELECT DISTINCT partition_key FROM mentions WHERE {where} "
                        "AND partition_key IS NOT NULL", params)

    def _insert_arrow(self, table: str, records: list[dict], names: list[str], record_class: type,
                      extra: dict | None = None) -> None:
        """Many rows at once: through an Arrow table typed by the record class (and `extra` columns)."""
        import pyarrow as pa

        from ..io.formats import arrow_schema

        model = [n for n in names if n in columns_by_name(record_class)]
        schema = arrow_schema(model, record_class)
        for name in names:
            if name not in model:
                schema = schema.append(pa.field(name, (extra or {}).get(name, pa.string())))
        self.db.register("incoming", pa.Table.from_pylist(records, schema=schema))
        try:
            self.db.execute(f"INSERT INTO {table} ({_names(names)}) SELECT {_names(names)} FROM incoming")
        finally:
            self.db.unregister("incoming")

    def add_mentions(self, rows: Iterable[Mention], source: str, digest: str = "") -> int:
        """Mentions that come without an article (imported event data), under one pseudo-article per source;
        `digest` (of the file's bytes) tells an unchanged file from a changed one."""
        rows = list(rows)
        key = _import_key(source, digest)
        with self._transaction():
            old = "SELECT content_hash FROM articles WHERE article_id = ?"
            self._mark_dirty(f"content_hash IN ({old})", [source])
            self.db.execute(f"DELETE FROM mentions WHERE content_hash IN ({old})", [source])
            self.db.execute("DELETE FROM articles WHERE article_id = ?", [source])
            self.db.execute("INSERT INTO articles (content_hash, article_id, source, status, events, ingested_at, "
                            "parser) VALUES (?, ?, ?, 'ok', ?, ?, ?)", [key, source, source, len(rows), _now(),
                                                                       __version__])
            self._insert_mentions(key, rows)
        return len(rows)

    def articles_to_reparse(self, article_id: str | None = None) -> Iterator[Article]:
        """The stored articles that were read (or the one with this id), as articles again, for the parser to
        run over: after an upgrade, or with a publication date the user gave."""
        for row in self.db.execute("SELECT article_id, text, title, published, url, lang, source FROM articles "
                                   "WHERE text IS NOT NULL AND (? IS NULL OR article_id = ?) "
                                   "ORDER BY ingested_at, content_hash", [article_id, article_id]).fetchall():
            yield Article(id=row[0], text=row[1], title=row[2] or "", date=row[3], url=row[4] or "", lang=row[5] or "",
                          source=row[6] or "")

    def redate(self, article_id: str, published: date, step: Step = mentions) -> Tally | None:
        """Read a stored article again with the publication date a user gives (relative dates count from it):
        its content changes, so its mentions are replaced; corrections stay and apply at the next rebuild. None
        when no stored article has this id."""
        article = next(self.articles_to_reparse(article_id), None)
        if article is None:
            return None
        return run([replace(article, date=published)], [self.ingester()], step)

    def replace_mentions(self, item: Article, line: ReportLine, rows: list[Mention]) -> None:
        """After a re-parse: the article's mentions become these, its report line this one."""
        key = content_hash(item)
        with self._transaction():
            self._mark_dirty("content_hash = ?", [key])
            self.db.execute("DELETE FROM mentions WHERE content_hash = ?", [key])
            self.db.execute("UPDATE articles SET status = ?, error = ?, code = ?, events = ?, parser = ? "
                            "WHERE content_hash = ?", [line.status, line.error, line.code, line.events, __version__, key])
            self._insert_mentions(key, rows)

    # ---- events ----------------------------------------------------------------------------------------

    def mentions(self, where: str = "TRUE", params: list | None = None) -> list[Mention]:
        return [m for m, _ in self._mentions(where, params)]

    def _mentions(self, where: str, params: list | None = None) -> list[tuple[Mention, str]]:
        """Mentions and the hash of each one's article."""
        names = list(columns_by_name(Mention))
        rows = self.db.execute(f"SELECT {_names(names)}, content_hash FROM mentions WHERE {where} ORDER BY "
                               "content_hash, sentence_start, mention_id", params or []).fetchall()
        return [(from_record(dict(zip(names, row))), row[-1]) for row in rows]

    def rebuild(self, full: bool = False) -> Rebuilt:
        """Merge the mentions of every partition that changed since the last rebuild (every one with `full`)
        into events, and apply the corrections over them, in one transaction. A correction is carried to
        the event that now holds most of the mentions it was made on; one that finds none is orphaned."""
        if full:
            self.db.execute("INSERT OR IGNORE INTO dirty SELECT DISTINCT partition_key FROM mentions "
                            "WHERE partition_key IS NOT NULL")
            self.db.execute("INSERT OR IGNORE INTO dirty SELECT DISTINCT partition_key FROM events "
                            "WHERE partition_key IS NOT NULL")
        partitions = [row[0] for row in self.db.execute("SELECT partition_key FROM dirty").fetchall()]
        inside = "partition_key IN (SELECT partition_key FROM dirty)"
        found = self._mentions(inside)
        mentions = [m for m, _ in found]
        hash_of = {m.mention_id: key for m, key in found}
        events = {e.event_id: e for e in merge(mentions)}
        old = {row[0] for row in self.db.execute(f"SELECT event_id FROM events WHERE {inside}").fetchall()}
        deleted, applied = set(), []
        for edit in self._edits():
            if edit["applied_to"] is not None and edit["applied_to"] not in old:
                continue  # its event is in a partition that did not change
            target = _target(edit, events)
            if target is None:
                continue
            applied.append((target.event_id, edit["edit_id"]))
            if edit["action"] == "delete":
                deleted.add(target.event_id)
            else:
                events[target.event_id] = _apply(target, edit["field"], edit["after"])
            events[target.event_id].edited = _signature(edit)
        with self._transaction():
            self.db.execute(f"DELETE FROM event_sources WHERE event_id IN (SELECT event_id FROM events WHERE {inside})")
            self.db.execute(f"DELETE FROM events WHERE {inside}")
            self._insert_events(events.values(), deleted, self._partitions(events.values(), mentions))
            sources = [{"event_id": e.event_id, "mention_id": m, "content_hash": hash_of.get(m)}
                       for e in events.values() for m in e.mention_ids.split()]
            if sources:
                self._insert_arrow("event_sources", sources, ["event_id", "mention_id", "content_hash"], Event)
            if old:
                self.db.execute(f"UPDATE edits SET applied_to = NULL WHERE applied_to IN "
                                f"({', '.join('?' * len(old))})", list(old))
            if applied:
                self.db.executemany("UPDATE edits SET applied_to = ? WHERE edit_id = ?", applied)
            self._link_announcements()
            self.db.execute("DELETE FROM dirty")
        total = self.db.execute("SELECT count(*) FROM events WHERE NOT deleted").fetchone()[0]
        return Rebuilt(len(mentions), total, self.orphaned_edits(), len(partitions))

    @staticmethod
    def _partitions(events: Iterable[Event], mentions: list[Mention]) -> dict[str, str]:
        """Each event's partition: that of its mentions (they share it)."""
        of_mention = {m.mention_id: partition_of(m) for m in mentions}
        return {e.event_id: of_mention[e.event_id] for e in events}

    def _link_announcements(self) -> None:
        """An announcement's event declares the events its mentions declared, whatever partitions they are in."""
        self.db.execute("UPDATE events SET announced_by = NULL, announces = NULL")
        self.db.execute("""
            UPDATE events SET announced_by = links.declarer FROM (
                SELECT s1.event_id AS declared, min(s2.event_id) AS declarer
                FROM mentions m JOIN event_sources s1 ON s1.mention_id = m.mention_id
                JOIN event_sources s2 ON s2.mention_id = m.announced_by
                WHERE m.announced_by IS NOT NULL AND s1.event_id <> s2.event_id GROUP BY 1) AS links
            WHERE events.event_id = links.declared""")
        self.db.execute("""
            UPDATE events SET announces = links.declared FROM (
                SELECT announced_by AS declarer, string_agg(event_id, ' ' ORDER BY event_id) AS declared
                FROM events WHERE announced_by IS NOT NULL GROUP BY 1) AS links
            WHERE events.event_id = links.declarer""")

    def _insert_events(self, events: Iterable[Event], deleted: set[str], partitions: dict[str, str]) -> None:
        import pyarrow as pa

        names = list(columns_by_name(Event))
        records = [{**to_values(e, names), "deleted": e.event_id in deleted, "search_text": searchable(e),
                    "partition_key": partitions[e.event_id]}
                   for e in sorted(events, key=lambda e: (e.date or date.max, e.event_id))]
        self._insert_arrow("events", records, [*names, "deleted", "search_text", "partition_key"], Event,
                           {"deleted": pa.bool_()})

    def _edits(self) -> list[dict]:
        names = list(EDIT_COLUMNS)
        return [dict(zip(names, row)) for row in self.db.execute(
            f"SELECT {_names(names)} FROM edits ORDER BY edit_id").fetchall()]

    # ---- corrections -----------------------------------------------------------------------------------

    def edit(self, event_id: str, changes: dict[str, str], author: str) -> Event:
        """Correct fields of an event, at once and for good: the correction is kept apart and survives re-parsing."""
        for name in changes:
            if name not in EDITABLE:
                raise errors.TimelineError(errors.NOT_EDITABLE, field=name, fields=", ".join(EDITABLE))
        return self._write_edits(event_id, [("set", name, value) for name, value in changes.items()], author)

    def delete(self, event_id: str, author: str) -> Event:
        """Hide an event from every view and export (its mentions stay; the correction is kept)."""
        return self._write_edits(event_id, [("delete", None, None)], author)

    def _write_edits(self, event_id: str, actions: list[tuple], author: str) -> Event:
        for attempt in range(CONFLICT_RETRIES):
            try:
                with self._transaction():
                    event = self.event(event_id, include_deleted=True)
                    if event is None:
                        raise errors.TimelineError(errors.NO_SUCH_EVENT, event_id=event_id)
                    for action, name, value in actions:
                        after = event if action == "delete" else _apply(event, name, value)
                        before = None if name is None else _field_text(event, name)
                        edit_id = self.db.execute("SELECT nextval('edit_ids')").fetchone()[0]
                        record = {"edit_id": edit_id, "event_id": event_id, "mention_ids": event.mention_ids,
                                  "action": action, "field": name, "before": before,
                                  "after": None if name is None else _field_text(after, name), "author": author,
                                  "edited_at": _now(), "applied_to": event_id}
                        self.db.execute(f"INSERT INTO edits ({_names(record)}) VALUES "
                                        f"({', '.join('?' * len(record))})", list(record.values()))
                        after.edited = _signature(record)
                        self._update_event(after, deleted=action == "delete")
                        event = after
                    return event
            except duckdb.TransactionException:
                if attempt == CONFLICT_RETRIES - 1:
                    raise
                time.sleep(LOCK_RETRY * (attempt + 1))
        raise AssertionError("unreachable")

    def _update_event(self, event: Event, deleted: bool) -> None:
        names = [n for n in (*EDITABLE, "edited")]
        assignments = ", ".join(f'"{n}" = ?' for n in names)
        self.db.execute(f"UPDATE events SET {assignments}, deleted = deleted OR ?, search_text = ? WHERE event_id = ?",
                        [*(getattr(event, n) for n in names), deleted, searchable(event), event.event_id])

    def history(self, event_id: str) -> list[dict]:
        """Every correction of an event, oldest first."""
        names = list(EDIT_COLUMNS)
        rows = self.db.execute(f"SELECT {_names(names)} FROM edits WHERE event_id = ? OR applied_to = ? "
                               "ORDER BY edit_id", [event_id, event_id]).fetchall()
        return [dict(zip(names, row)) for row in rows]

    def orphaned_edits(self) -> list[dict]:
        """Corrections whose event no longer appears (after a re-parse): reported, never dropped."""
        return [e for e in self._edits() if e["applied_to"] is None]

    # ---- queries ---------------------------------------------------------------------------------------

    def event(self, event_id: str, include_deleted: bool = False) -> Event | None:
        found = self.events(include_deleted=include_deleted, event_ids=[event_id])
        return found[0] if found else None

    def events(self, spec: EventFilter | None = None, include_deleted: bool = False,
               event_ids: list[str] | None = None) -> list[Event]:
        """The events that `spec` keeps, in date order (undated last)."""
        where, params = self._where(spec, include_deleted, event_ids)
        names = list(columns_by_name(Event))
        rows = self.db.execute(f"SELECT {_names(names)} FROM events WHERE {where} "
                               "ORDER BY date NULLS LAST, event_id", params).fetchall()
        return [from_record(dict(zip(names, row)), Event) for row in rows]

    def events_table(self, spec: EventFilter | None = None, include_deleted: bool = False, limit: int | None = None,
                     offset: int = 0, levels: bool = False, event_ids: list[str] | None = None):
        """The same as a pandas DataFrame in the schema's dtypes (for the app): `limit` rows from `offset`;
        with `levels`, only the events that state a force level (troops before or after). Every column but
        the long lists of an event's mentions and sources (`event` and `sources` give those for one event)."""
        from ..io.table import arrow_to_frame

        where, params = self._where(spec, include_deleted, event_ids)
        if levels:
            where += " AND (troops_to IS NOT NULL OR troops_from IS NOT NULL)"
        names = [n for n in columns_by_name(Event) if n not in TABLE_LEAVES_OUT]
        page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        table = self.db.execute(f"SELECT {_names(names)} FROM events WHERE {where} "
                                f"ORDER BY date NULLS LAST, event_id{page}", params).to_arrow_table()
        return arrow_to_frame(table, Event)

    def count(self, spec: EventFilter | None = None) -> int:
        """How many events `spec` keeps."""
        where, params = self._where(spec, False)
        return self.db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]

    def date_bounds(self, spec: EventFilter | None = None) -> tuple[date | None, date | None]:
        """The first and the last date among the events `spec` keeps."""
        where, params = self._where(spec, False)
        return tuple(self.db.execute(f"SELECT min(date), max(date) FROM events WHERE {where}", params).fetchone())

    def aggregate(self, spec: EventFilter | None, bucket: str, lane: str, lanes: int) -> list[tuple[str, date, int]]:
        """How many dated events `spec` keeps per lane (a column's value; the `lanes` commonest, the rest as
        "other", missing as "unknown") and per `bucket` (day, week, month or year: its first day): what a
        timeline of a million events draws when zoomed out. Counted here, in SQL, not in the app."""
        if bucket not in BUCKETS or lane not in columns_by_name(Event):
            raise ValueError(f"no such bucket or column: {bucket}, {lane}")
        where, params = self._where(spec, False)
        return self.db.execute(
            f"""WITH kept AS (SELECT coalesce(nullif(CAST("{lane}" AS VARCHAR), ''), 'unknown') AS lane,
                                     CAST(date_trunc('{bucket}', date) AS DATE) AS bucket
                              FROM events WHERE {where} AND date IS NOT NULL),
                     top AS (SELECT lane FROM kept GROUP BY lane ORDER BY count(*) DESC, lane LIMIT {int(lanes)})
                SELECT CASE WHEN lane IN (SELECT lane FROM top) THEN lane ELSE 'other' END AS shown, bucket,
                       count(*) FROM kept GROUP BY shown, bucket ORDER BY bucket, shown""", params).fetchall()

    def _where(self, spec: EventFilter | None, include_deleted: bool,
               event_ids: list[str] | None = None) -> tuple[str, list]:
        where, params = (spec or EventFilter()).where()
        if not include_deleted:
            where += " AND NOT deleted"
        if event_ids is not None:
            where += f" AND event_id IN ({', '.join('?' * len(event_ids))})" if event_ids else " AND FALSE"
            params += event_ids
        return where, params

    def sources(self, event_id: str) -> list[Mention]:
        """The mentions that state an event: every source sentence, with its article."""
        return self.mentions("mention_id IN (SELECT mention_id FROM event_sources WHERE event_id = ?)", [event_id])

    def counts(self, column: str, spec: EventFilter | None = None) -> list[tuple[str, int]]:
        """The values of an event column with how many events have each, most first (for pick lists)."""
        return self.counts_by([column], spec)[column]

    def counts_by(self, columns: list[str], spec: EventFilter | None = None) -> dict[str, list[tuple[str, int]]]:
        """`counts` of several columns in one pass over the events (GROUPING SETS)."""
        known = columns_by_name(Event)
        for column in columns:
            if column not in known:
                raise ValueError(f"no such column: {column}")
        where, params = self._where(spec, False)
        quoted = _names(columns)
        sets = ", ".join(f'("{c}")' for c in columns)
        rows = self.db.execute(f"SELECT {quoted}, count(*) FROM events WHERE {where} GROUP BY GROUPING SETS ({sets})",
                               params).fetchall()
        found: dict[str, list[tuple[str, int]]] = {c: [] for c in columns}
        for row in rows:
            for i, column in enumerate(columns):
                if row[i] is not None and all(row[j] is None for j in range(len(columns)) if j != i):
                    found[column].append((row[i], row[-1]))
        return {c: sorted(values, key=lambda item: (-item[1], item[0])) for c, values in found.items()}

    def report(self, status: str | None = None) -> list[ReportLine]:
        """One line per stored article, ok or error (or only those of one `status`), as `--report` writes them."""
        return [ReportLine(*row) for row in self.db.execute(
            "SELECT article_id, source, status, coalesce(events, 0), error, code FROM articles "
            "WHERE ? IS NULL OR status = ? ORDER BY ingested_at, content_hash", [status, status]).fetchall()]

    def totals(self) -> dict[str, int]:
        """How many articles (and of them errors), mentions, events and corrections the store holds."""
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {"articles": one("SELECT count(*) FROM articles"),
                "errors": one("SELECT count(*) FROM articles WHERE status = 'error'"),
                "mentions": one("SELECT count(*) FROM mentions"),
                "events": one("SELECT count(*) FROM events WHERE NOT deleted"),
                "edits": one("SELECT count(*) FROM edits")}


class Ingester:
    """The store as a sink of the engine: one transaction per article, counts of what happened."""

    def __init__(self, store: Store):
        self.store, self.counts = store, IngestCounts()

    def add(self, item: Article | ArticleError, line: ReportLine, rows: list[Mention]) -> None:
        outcome = self.store.put(item, line, rows)
        if outcome == "error":
            self.counts.failed += 1
        else:
            setattr(self.counts, outcome, getattr(self.counts, outcome) + 1)
        if outcome in ("new", "replaced"):
            self.counts.mentions += len(rows)


def split_inputs(paths: Iterable[str | Path]) -> tuple[list[str], list[Path]]:
    """Inputs of articles (files, addresses, feeds) apart from files of events."""
    articles, event_files = [], []
    for text in map(str, paths):
        if Path(text).is_file() and is_events_file(text):
            event_files.append(Path(text))
        else:
            articles.append(text)
    return articles, event_files


def _report_item(record: dict) -> Article | ArticleError:
    """The input a line of a report part (with the articles) stands for: an article, or what could not be read."""
    if record["text"] is None:
        return ArticleError(record["article_id"], record["source"], record["error"], record["code"] or "")
    return Article(id=record["article_id"], text=record["text"], title=record["title"] or "", date=record["published"],
                   url=record["url"] or "", lang=record["lang"] or "", source=record["source"] or "")


def _article_record(record: dict, key: str, now: datetime) -> dict:
    """A row of `articles` as `put` writes it, from a line of a report part."""
    return {**{name: record.get(name) for name in ARTICLE_COLUMNS}, "content_hash": key, "ingested_at": now,
            "parser": __version__}


def _article_types() -> dict:
    """The Arrow types of the `articles` columns that are neither text nor a Mention column of the same name."""
    import pyarrow as pa

    return {"events": pa.int64(), "ingested_at": pa.timestamp("us")}


def _import_key(source: str, digest: str) -> str:
    """The pseudo-article of imported events: its source and, for a file, the digest of its bytes."""
    return hashlib.sha256(f"import\x1f{source}\x1f{digest}".encode()).hexdigest()[:32]


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def to_values(row, names: list[str]) -> dict:
    return {name: getattr(row, name) for name in names}


def _names(names: Iterable[str]) -> str:
    """Column names for SQL, quoted (some are SQL words)."""
    return ", ".join(f'"{n}"' for n in names)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}  # how much of an ISO date a precision writes


def _field_text(event: Event, name: str) -> str | None:
    """A field's value as a correction records it: the date as precisely as it is known (2015-07 for a month)."""
    value = getattr(event, name)
    if isinstance(value, date):
        return value.isoformat()[:PRECISION_LENGTH.get(event.date_precision, 10) if name == "date" else 10]
    return None if value is None else str(value)


def _signature(edit: dict) -> str:
    return f"{edit['author']} at {edit['edited_at']:%Y-%m-%d %H:%M} UTC"


def _target(edit: dict, events: dict[str, Event]) -> Event | None:
    """The event a correction belongs to now: the one that holds most of the mentions it was made on."""
    wanted = set((edit["mention_ids"] or "").split())
    if edit["event_id"] in events and wanted <= set(events[edit["event_id"]].mention_ids.split()):
        return events[edit["event_id"]]
    best = max(events.values(), key=lambda e: len(wanted & set(e.mention_ids.split())), default=None)
    return best if best is not None and wanted & set(best.mention_ids.split()) else None


def _apply(event: Event, name: str, value: str | None) -> Event:
    """The event with one field corrected. A date may be YYYY-MM-DD, YYYY-MM or YYYY (its precision follows)."""
    column = columns_by_name(Event)[name]
    if value in (None, ""):
        return replace(event, **{name: None})
    if column.kind == "date":
        parsed = _partial_date(value)
        if parsed is None:
            raise errors.TimelineError(errors.BAD_VALUE, field=name, value=value, expected="YYYY-MM-DD, YYYY-MM or YYYY")
        day, precision = parsed
        return replace(event, **{name: day}, **({"date_precision": precision} if name == "date" else {}))
    if column.kind == "count":
        if not value.strip().isdigit():
            raise errors.TimelineError(errors.BAD_VALUE, field=name, value=value, expected="a whole number")
        return replace(event, **{name: int(value)})
    if column.kind == "category" and value not in column.categories:
        raise errors.TimelineError(errors.BAD_VALUE, field=name, value=value, expected=" | ".join(column.categories))
    return replace(event, **{name: value})


def _partial_date(value: str) -> tuple[date, str] | None:
    for length, precision, pad in ((10, "day", ""), (7, "month", "-01"), (4, "year", "-01-01")):
        if len(value) == length:
            try:
                return date.fromisoformat(value + pad), precision
            except ValueError:
                return None
    return None
