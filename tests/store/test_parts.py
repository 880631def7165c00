"""Loading a distributed run's Parquet parts into the store: the same store as ingesting article by article,
idempotent, one transaction per partition. The parts are written here in this process (no Dask needed)."""
import json

import pytest
from support import shared_file

from timeline.io.partitions import parse_partition, plan, prepare
from timeline.store.db import Store

COLUMNS = "content_hash, article_id, source, title, url, published, lang, text, status, error, code, events, parser"


def write_parts(paths, folder, size):
    prepare(folder)
    for part in plan([str(p) for p in paths], size):
        parse_partition(part, str(folder), with_articles=True)
    return folder


def contents(store):
    """Everything a store holds but the times of ingestion."""
    return (sorted(store.db.execute(f"SELECT {COLUMNS} FROM articles").fetchall()),
            sorted(store.db.execute("SELECT * FROM mentions").fetchall()),
            store.events(), store.totals())


def tricky_files(folder):
    """An article, a line that is not JSON, a reprint under another id and an article without text; then, in a
    second file, the first article's id with other content and then with the first content again (an id given
    twice within one file is an error of that file: E205)."""
    one = {"id": "x", "date": "2021-03-02", "text": "The army withdrew 300 troops from the town on Monday."}
    two = {**one, "text": "The army withdrew 250 troops from the town on Monday."}
    first = [one, {"id": "y", "text": "Ministers met in the capital on Sunday."}, "not json",
             {"id": "reprint", "text": "Ministers met in the capital on Sunday."}, {"id": "z", "text": ""}]
    paths = [folder / "a.jsonl", folder / "b.jsonl"]
    for path, rows in zip(paths, (first, [two])):
        path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    (folder / "c.jsonl").write_text(json.dumps(one) + "\n")
    return [*paths, folder / "c.jsonl"]


@pytest.mark.parametrize("size", [1, 10**9])
def test_loading_parts_gives_the_store_that_ingesting_gives(tmp_path, size):
    paths = tricky_files(tmp_path)
    with Store.open(tmp_path / "local.duckdb") as local, Store.open(tmp_path / "parts.duckdb") as loaded:
        _, by_article = local.ingest_files(paths)
        by_part = loaded.load_parts(write_parts(paths, tmp_path / "parts", size))
        local.rebuild()
        loaded.rebuild()
        assert by_part == by_article and (by_part.new, by_part.replaced, by_part.unchanged, by_part.failed) == (2, 2, 1, 2)
        assert contents(loaded) == contents(local)


def test_the_dev_corpus_loads_as_it_ingests_and_a_second_load_changes_nothing(tmp_path):
    path = shared_file("corpus", "dev.jsonl")
    parts = write_parts([path], tmp_path / "parts", 30_000)
    with Store.open(tmp_path / "local.duckdb") as local, Store.open(tmp_path / "parts.duckdb") as loaded:
        local.ingest_files([path])
        counts = loaded.load_parts(parts)
        assert (counts.new, counts.mentions) == (60, local.totals()["mentions"])
        local.rebuild()
        loaded.rebuild()
        assert contents(loaded) == contents(local)
        again = loaded.load_parts(parts)
        assert (again.new, again.unchanged, again.mentions) == (0, 60, 0)
        assert loaded.rebuild().partitions == 0 and contents(loaded) == contents(local)


def test_a_load_cut_short_keeps_whole_partitions_and_loading_again_completes_it(tmp_path, monkeypatch):
    parts = write_parts(tricky_files(tmp_path), tmp_path / "parts", 1)
    with Store.open(tmp_path / "whole.duckdb") as whole:
        whole.load_parts(parts)
        expected = contents(whole)
    calls = {"n": 0}
    real = Store._insert_arrow

    def crash_on_the_third_partition(self, table, *args, **kwargs):
        calls["n"] += table == "articles"
        if calls["n"] == 3:
            raise KeyboardInterrupt  # as Ctrl-C would, in the middle of a partition
        return real(self, table, *args, **kwargs)

    with Store.open(tmp_path / "cut.duckdb") as cut:
        monkeypatch.setattr(Store, "_insert_arrow", crash_on_the_third_partition)
        with pytest.raises(KeyboardInterrupt):
            cut.load_parts(parts)
        assert cut.totals()["articles"] == 2  # the first two partitions, whole; nothing of the third
        monkeypatch.setattr(Store, "_insert_arrow", real)
        cut.load_parts(parts)
        cut.rebuild()
        with Store.open(tmp_path / "whole.duckdb") as whole:
            whole.rebuild()
            expected = contents(whole)
        assert contents(cut) == expected
