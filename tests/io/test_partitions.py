"""Partitions: the input cut so that each article is read as the whole file reads it, and the parts a worker
writes (here run in this process, without Dask)."""
import json

import pyarrow.parquet as pq
import pytest

from timeline.engine.local import Collector, run
from timeline.io.formats import read_events
from timeline.io.partitions import (EVENTS, REPORT, expand, parse_partition, part_bytes, part_files, plan, prepare,
                                    read_report)
from timeline.io.readers import read_inputs


def articles_file(path, n, encoding="utf-8"):
    lines = [json.dumps({"id": f"a{i}", "date": "2021-03-02", "text": f"The army withdrew {100 + i} troops from the "
                         "town on Monday. Ministers met in the capital."}, ensure_ascii=False) for i in range(n)]
    lines[3] = "{not json"
    lines[5] = json.dumps({"text": "القوات انسحبت من المدينة أمس."}, ensure_ascii=False)  # no id: named by its line
    path.write_bytes(("\n".join(lines) + "\n\n").encode(encoding))
    return path


def local(paths):
    collected = Collector()
    run(read_inputs(paths), [collected])
    return collected


def parsed_in_parts(paths, size, folder, **options):
    prepare(folder)
    parts = plan([str(p) for p in paths], size)
    results = [parse_partition(part, str(folder), **options) for part in parts]
    return parts, results, [m for f in part_files(folder, EVENTS) for m in read_events(f)], list(read_report(folder))


@pytest.mark.parametrize("size", [1, 300, 1000, 10**9])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_any_cut_reads_what_the_whole_file_reads(tmp_path, size, encoding):
    if encoding == "cp1256":
        path = tmp_path / "a.jsonl"
        path.write_bytes("".join(f'{{"id": "x{i}", "text": "انسحبت القوات من المدينة أمس."}}\n' for i in range(3))
                         .encode("cp1256"))
    else:
        path = articles_file(tmp_path / "a.jsonl", 12, encoding)
    expected = local([path])
    parts, results, found, report = parsed_in_parts([path], size, tmp_path / "out")
    assert found == expected.rows and report == expected.report
    assert sum(r.articles for r in results) == len(expected.report)
    if encoding != "utf-16" and size < path.stat().st_size:
        assert len(parts) > 1 and parts[0].start == 0 and parts[-1].end == path.stat().st_size
        assert all(a.end == b.start for a, b in zip(parts, parts[1:]))  # no byte left out or read twice
    else:
        assert len(parts) == 1 and parts[0].end is None  # UTF-16 is read whole


def test_small_files_are_grouped_and_errors_keep_their_place(tmp_path):
    files = [articles_file(tmp_path / f"{i}.jsonl", 6) for i in range(4)]
    (tmp_path / "empty.jsonl").write_text("   \n")
    paths = [files[0], tmp_path / "missing.txt", files[1], tmp_path / "empty.jsonl", files[2], files[3]]
    expected = local(paths)
    parts, _, found, report = parsed_in_parts(paths, 2 * files[0].stat().st_size, tmp_path / "out")
    assert 1 < len(parts) < len(paths) and all(p.end is None for p in parts)
    assert found == expected.rows and report == expected.report
    assert [line.code for line in report if line.status == "error"].count("E106") == 1


def test_filters_and_fields_apply_on_the_worker_and_the_store_gets_the_articles(tmp_path):
    path = articles_file(tmp_path / "a.jsonl", 8)
    fields = ("mention_id", "event_type", "sentence", "lang")
    _, results, found, _ = parsed_in_parts([path], 400, tmp_path / "out", fields=fields,
                                           keep=lambda m: m.event_type == "meeting", with_articles=True)
    assert found and {m.event_type for m in found} == {"meeting"}
    assert pq.read_schema(part_files(tmp_path / "out", EVENTS)[0]).names == list(fields)
    assert sum(r.rows for r in results) == len(found) < sum(line.events for line in local([path]).report)
    record = pq.read_table(part_files(tmp_path / "out", REPORT)[0]).to_pylist()[0]
    assert record["text"].startswith("The army withdrew") and str(record["published"]) == "2021-03-02"


def test_a_rerun_leaves_no_parts_of_the_last_run_and_no_temporary_files(tmp_path):
    path = articles_file(tmp_path / "a.jsonl", 12)
    parsed_in_parts([path], 200, tmp_path / "out")
    parsed_in_parts([path], 10**9, tmp_path / "out")
    assert [p.name for p in (tmp_path / "out" / EVENTS).iterdir()] == ["part-00000.parquet"]
    assert [p.name for p in (tmp_path / "out" / REPORT).iterdir()] == ["part-00000.parquet"]


def test_directories_and_globs_expand_in_name_order(tmp_path):
    for name in ("b.jsonl", "a.txt", "sub/c.html", "notes.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert expand([tmp_path]) == [str(tmp_path / n) for n in ("a.txt", "b.jsonl", "sub/c.html")]
    assert expand([str(tmp_path / "*.jsonl"), str(tmp_path / "nothing*.txt")]) == [
        str(tmp_path / "b.jsonl"), str(tmp_path / "nothing*.txt")]  # a glob that finds nothing is reported


def test_the_default_partition_size_gives_every_worker_several_within_bounds():
    assert part_bytes(400 << 20, 2) == 50 << 20
    assert part_bytes(10 << 30, 2) == 64 << 20 and part_bytes(1000, 8) == 1 << 20
