"""Uploads: checked by name, size and content, kept under a generated name inside the data directory."""
import json

from timeline.io.uploads import display_name, read_upload
from timeline.limits import Limits

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
ARTICLE = "Italy withdrew its last 300 soldiers from Iraq on Friday, the defence minister announced.".encode()


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_file_name_cannot_place_the_file_anywhere(tmp_path):
    data = tmp_path / "data"
    for name in ("../../escape.txt", "..\\..\\escape.txt", "/etc/cron.d/escape.txt", "C:\\Windows\\escape.txt",
                 "sub/dir/escape.txt", "escape\x00.txt\u202e"):
        (article,) = read_upload(name, ARTICLE + name.encode(), data)
        assert article.id == "escape.txt" or article.id.startswith("escape")
        assert "/" not in article.id and "\\" not in article.id
    kept = files_under(tmp_path)
    assert len(kept) == 6 and all(p.startswith("data/uploads/") and len(p.split("/")[-1]) == 32 + 4 for p in kept)


def test_the_same_file_twice_is_kept_once(tmp_path):
    read_upload("a.txt", ARTICLE, tmp_path)
    read_upload("b.txt", ARTICLE, tmp_path)
    assert len(files_under(tmp_path)) == 1


def test_rejected_uploads_say_why_and_are_not_kept(tmp_path):
    cases = {"photo.txt": (PNG, "E108"), "photo.jsonl": (PNG, "E108"), "tool.exe": (ARTICLE, "E103"),
             "noname": (ARTICLE, "E103"), "empty.txt": (b"  \n", "E106"),
             "table.jsonl": (b"id,text\n1,Troops left.\n", "E109"), "page.html": (ARTICLE, "E109"),
             "big.txt": (b"x" * 2048, "E107")}
    for name, (raw, code) in cases.items():
        (rejected,) = read_upload(name, raw, tmp_path, Limits(upload_mb=1 / 1024))
        assert (rejected.code, rejected.article_id) == (code, name) and rejected.reason
    (big,) = read_upload("big.txt", b"x" * 2048, tmp_path, Limits(upload_mb=1 / 1024))
    assert "2,048 bytes" in big.reason and "TIMELINE_MAX_UPLOAD_MB" in big.reason
    assert files_under(tmp_path) == []


def test_good_uploads_are_read_like_files(tmp_path):
    lines = "\n".join(json.dumps({"id": f"a{i}", "text": ARTICLE.decode()}) for i in range(3)).encode("utf-16")
    items = read_upload("feed.jsonl", lines, tmp_path)
    assert [i.id for i in items] == ["a0", "a1", "a2"] and "uploads/" in items[0].source
    (page,) = read_upload("p.html", b"<html><body><article><p>" + ARTICLE * 3 + b"</p></article></body></html>", tmp_path)
    assert page.text.startswith("Italy withdrew")


def test_display_names_are_text():
    assert display_name("../x/\u202eevil\x1b[31m.txt") == "evil[31m.txt"
    assert display_name("a" * 500 + ".txt") == "a" * 116 + ".txt" and display_name("") == "upload"
