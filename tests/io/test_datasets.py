"""Event data researchers already hold: a real GDELT 2.0 export, and an ACLED export in its documented shape."""
from datetime import date

from support import ROOT, shared_file

from timeline import errors
from timeline.io.datasets import CAMEO, read_dataset
from timeline.model import Mention

ACLED = ROOT / "tests" / "data" / "acled_sample.csv"  # written for the tests in ACLED's export columns


def split(items):
    items = list(items)
    kept = [i for i in items if isinstance(i, Mention)]
    return kept, [i for i in items if isinstance(i, errors.TimelineError)]


def test_the_real_gdelt_export_maps_the_cameo_codes_that_matter():
    kept, failed = split(read_dataset(shared_file("events-data", "gdelt2_20180326044500.export.CSV"), "gdelt"))
    assert failed == [] and len(kept) > 400
    assert {m.event_type for m in kept} == {"withdrawal", "meeting", "agreement", "announcement"}
    assert all(m.origin == "gdelt" and m.article_id.startswith("gdelt:") and m.url.startswith("http") for m in kept)
    assert all(m.trigger[:3] in CAMEO or m.trigger[:4] in CAMEO for m in kept)
    assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for m in kept for ch in (m.location or ""))  # C1 noise cleaned
    retreat = [m for m in kept if m.trigger.startswith("0874")]
    assert retreat and all(m.event_type == "withdrawal" and m.status == "completed" for m in retreat)


def test_a_gdelt_line_of_the_wrong_shape_is_an_error_and_the_rest_goes_on(tmp_path):
    good = shared_file("events-data", "gdelt2_20180326044500.export.CSV").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "cut.CSV"
    path.write_text("\n".join([good[0], "only\tthree\tcolumns", *good[1:50]]) + "\n", encoding="utf-8")
    kept, failed = split(read_dataset(path, "gdelt"))
    assert [e.code for e in failed] == ["E604"] and "line 2" in str(failed[0]) and kept


def test_acled_rows_of_our_kinds_become_events_and_the_rest_are_left_out():
    kept, failed = split(read_dataset(ACLED, "acled"))
    assert [(m.article_id, m.event_type, m.date, m.date_precision) for m in kept] == [
        ("acled:YEM1001", "agreement", date(2015, 7, 26), "day"),
        ("acled:YEM1002", "withdrawal", date(2015, 7, 27), "day"),
        ("acled:YEM1003", "deployment", date(2015, 7, 28), "month")]
    assert kept[0].actor == "Military Forces of Yemen (2012-)" and kept[0].place == "Yemen" and kept[0].origin == "acled"
    assert [e.code for e in failed] == ["E604"] and "line 6" in str(failed[0])


def test_a_file_that_is_not_acled_says_so(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    kept, failed = split(read_dataset(path, "acled"))
    assert kept == [] and "not an ACLED export" in str(failed[0])
