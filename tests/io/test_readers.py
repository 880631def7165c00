import json
from datetime import date

from timeline import errors
from timeline.model import Article, ArticleError
from timeline.io.readers import decode, parse_publication_date, read_bytes, read_file

ARABIC = "أعلنت القيادة انسحاب القوات"


def test_decodes_utf8_with_and_without_bom_utf16_and_windows_1256():
    for raw in (ARABIC.encode("utf-8"), b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), ARABIC.encode("utf-16"),
                ARABIC.encode("utf-16-le"), ARABIC.encode("cp1256")):
        assert decode(raw) == ARABIC


def test_txt_first_line_is_title_when_a_blank_line_follows(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title here\n\nBody text.\nMore.", encoding="utf-8")
    (article,) = read_file(path, date(2020, 1, 2))
    assert (article.id, article.title, article.text, article.date) == ("a.txt", "Title here", "Body text.\nMore.", date(2020, 1, 2))
    path.write_text("Body only.\nSecond line.", encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == "" and article.text.startswith("Body only.")


def test_html_gives_main_text_never_markup():
    html = ("<html><head><title>Page</title></head><body><nav>Home | About</nav><article><h1>Troops leave</h1>"
            "<p>The army withdrew its troops from the northern town on Tuesday, a spokesman said in a statement.</p>"
            "<p>Officials met later to discuss the next steps of the handover to local forces in the region.</p>"
            "</article><footer>Copyright</footer></body></html>")
    (article,) = read_bytes(html.encode(), "page.html", ".html")
    assert isinstance(article, Article)
    assert "withdrew its troops" in article.text
    assert "<p>" not in article.text and "Copyright" not in article.text


def test_jsonl_bad_lines_are_reported_and_the_rest_read():
    raw = "\n".join([
        '{"id": "ok1", "date": "2020-11-17", "text": "Troops left."}',
        "{not json",
        '["a list"]',
        '{"id": "empty", "text": "  "}',
        '{"id": "ok2", "date": "17 November 2020", "lang": "en", "text": "Talks began."}',
    ]).encode()
    items = list(read_bytes(raw, "c.jsonl", ".jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "ArticleError", "ArticleError", "Article"]
    assert items[1].article_id == "c.jsonl:2" and items[1].reason.startswith("line 2 is not valid JSON")
    assert items[3].reason == errors.NO_TEXT.message and items[3].code == errors.NO_TEXT.code
    assert items[4].date == date(2020, 11, 17)


def test_missing_unsupported_and_empty_files_are_errors(tmp_path):
    (missing,) = read_file(tmp_path / "nope.txt")
    assert isinstance(missing, ArticleError) and missing.reason == errors.NOT_FOUND.message
    (pdf,) = read_file(tmp_path / "x.pdf")
    assert "unsupported" in pdf.reason
    (tmp_path / "e.txt").write_bytes(b"")
    (empty,) = read_file(tmp_path / "e.txt")
    assert empty.reason == errors.EMPTY_FILE.message


def test_publication_dates_in_free_text():
    assert parse_publication_date("2015-07-25") == date(2015, 7, 25)
    assert parse_publication_date("25 يوليو 2015") == date(2015, 7, 25)
    assert parse_publication_date("July 25, 2015") == date(2015, 7, 25)
    assert parse_publication_date("someday") is None and parse_publication_date("") is None


def test_jsonl_files_stream_in_any_encoding(tmp_path):
    lines = [{"id": str(i), "date": "2015-07-25", "text": f"انسحبت القوات رقم {i}"} for i in range(3)]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1256"):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes(body.encode(encoding))
        assert [a.text for a in read_file(path)] == [r["text"] for r in lines], encoding


def test_a_jsonl_line_that_does_not_decode_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "broken.jsonl"
    good = '{"id": "a%d", "text": "%s"}\n'
    lines = 100  # more than the head that decides the encoding
    path.write_bytes("".join(good % (i, "Troops left. " * 100) for i in range(lines)).encode()
                     + b'{"id": "b", "text": "\xff\xfe\xfd"}\n' + (good % (lines, "Troops left.")).encode())
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Article"] * lines + ["ArticleError", "Article"]
    assert items[lines].article_id == f"broken.jsonl:{lines + 1}" and "not valid utf-8" in items[lines].reason


# ---- hostile and broken input (issue 14) -------------------------------------------------------------------

from timeline.io.readers import clean_text  # noqa: E402
from timeline.limits import Limits  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def codes(items):
    return [getattr(i, "code", None) or "ok" for i in items]


def test_a_binary_file_is_no_article_whatever_its_name(tmp_path):
    for suffix in (".txt", ".html", ".jsonl"):
        assert codes(read_bytes(PNG, "image" + suffix, suffix)) == ["E108"]
        (tmp_path / f"image{suffix}").write_bytes(PNG)
        (item,) = read_file(tmp_path / f"image{suffix}")
        assert item.code == "E108" and "PNG image" in item.reason
    noise = bytes(range(256)) * 16
    assert codes(read_bytes(noise, "noise.txt", ".txt")) == ["E108"]
    assert codes(read_bytes(ARABIC.encode("utf-16-le"), "a.txt", ".txt")) == ["ok"]  # NUL bytes, but text


def test_clean_text_drops_control_bidi_and_zero_width_characters():
    dirty = "\u202eأعلنت\u200b الوزارة\u2066 انسحاب\u200f\u200d القوات\x00\x1b\ufeff\u00ad\U000e0041\r\nوالتقى\u2028الوفدان"
    assert clean_text(dirty) == "أعلنت الوزارة انسحاب القوات\nوالتقى\nالوفدان"
    assert clean_text("tab\tstays, so does\nthe line, and 2 < 3 > 1") == "tab\tstays, so does\nthe line, and 2 < 3 > 1"


def test_text_with_markup_is_read_as_html():
    text = ('<p onclick="alert(1)">Troops left <b>today</b>.<script>alert(2)</script></p>'
            '<img src=x onerror=alert(3)><a href="javascript:alert(4)">more</a> &lt;script&gt;alert(5)&lt;/script&gt;')
    cleaned = clean_text(text)
    assert "Troops left today." in cleaned and "more" in cleaned
    assert not any(bad in cleaned for bad in ("<", "alert", "onerror", "javascript"))
    deep = "<div>" * 20_000 + "Troops left." + "</div>" * 20_000
    assert clean_text(deep) == "Troops left."
    nested = "&amp;amp;amp;lt;script&amp;amp;amp;gt;x"  # escaped more deeply than the rounds go
    assert "<script" not in clean_text(nested)


def test_jsonl_fields_that_are_not_what_they_should_be():
    rows = [{"id": "a", "text": 5}, {"id": "b", "text": ["x"]}, {"id": "c", "text": "Troops left.", "title": {"x": 1},
            "url": " Java\tScript:alert(1)", "lang": 3, "date": "9" * 5000},
            {"id": 7, "text": "Troops left.", "url": "https://example.org/a"}, {"id": "e", "text": "x", "url": "www.example.org"},
            {"id": "f", "text": "x", "url": "data:text/html,<script>alert(1)</script>"}]
    items = list(read_bytes("\n".join(json.dumps(r) for r in rows).encode(), "f.jsonl", ".jsonl"))
    assert codes(items) == ["E304", "E304", "ok", "ok", "ok", "ok"]
    assert "a JSON number" in items[0].reason and "a JSON list" in items[1].reason
    assert (items[2].title, items[2].url, items[2].lang, items[2].date) == ("", "", "", None)
    assert (items[3].id, items[3].url, items[4].url, items[5].url) == ("7", "https://example.org/a", "www.example.org", "")


def test_a_repeated_jsonl_id_is_an_error_not_a_silent_replacement():
    raw = b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n{"id": "a", "text": "three"}\n'
    items = list(read_bytes(raw, "f.jsonl", ".jsonl"))
    assert codes(items) == ["ok", "ok", "E205"] and items[2].reason == "line 3: the id 'a' was given on line 1 already"


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path):
    raw = json.dumps({"id": "a", "text": "Troops\u2028left.\u0085Talks\u2029began."}, ensure_ascii=False).encode() + b"\n"
    (tmp_path / "s.jsonl").write_bytes(raw)
    for items in (list(read_bytes(raw, "s.jsonl", ".jsonl")), list(read_file(tmp_path / "s.jsonl"))):
        assert codes(items) == ["ok"] and items[0].text == "Troops\nleft.\nTalks\nbegan."


def test_broken_utf8_in_a_jsonl_head_is_that_line_alone(tmp_path):
    """The broken line was in the head that decides the encoding: the file was read as Windows-1256 and its
    good Arabic lines became gibberish, silently."""
    raw = (json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False).encode() + b"\n"
           + b'{"id": "b", "text": "\xff\xfe broken \xc3"}\n'
           + json.dumps({"id": "c", "text": ARABIC}, ensure_ascii=False).encode() + b"\n")
    (tmp_path / "b.jsonl").write_bytes(raw)
    for items in (list(read_bytes(raw, "b.jsonl", ".jsonl")), list(read_file(tmp_path / "b.jsonl"))):
        assert codes(items) == ["ok", "E201", "ok"] and items[2].text == ARABIC
    assert codes(read_bytes(ARABIC.encode("cp1256") + b"\n", "a.txt", ".txt")) == ["ok"]  # still Windows-1256


def test_files_and_lines_over_the_size_limit_are_not_read(tmp_path):
    small = Limits(file_mb=1 / 1024)  # 1 KB
    (tmp_path / "big.txt").write_text("Troops left. " * 200, encoding="utf-8")
    (item,) = read_file(tmp_path / "big.txt", limits=small)
    assert item.code == "E107" and "2,600 bytes" in item.reason and "TIMELINE_MAX_FILE_MB" in item.reason
    lines = [json.dumps({"id": "long", "text": "Troops left. " * 200}), json.dumps({"id": "ok", "text": "Troops left."})]
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(tmp_path / "big.jsonl", limits=small))
    assert codes(items) == ["E204", "ok"] and items[1].id == "ok"


def test_deeply_nested_json_is_a_bad_line():
    assert codes(read_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n", "d.jsonl", ".jsonl")) == ["E202"]


def test_directories_and_odd_paths(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    (item,) = read_file(tmp_path / "folder.txt")
    assert item.code == "E102"
    odd = tmp_path / "مقالات الأخبار" / "خبر عاجل.txt"
    odd.parent.mkdir()
    odd.write_text(ARABIC, encoding="utf-8")
    (article,) = read_file(odd)
    assert article.id == "خبر عاجل.txt" and article.text == ARABIC


def test_empty_after_cleaning_is_no_text():
    assert codes(read_bytes(b"\xef\xbb\xbf\xe2\x80\x8b\xe2\x80\x8f", "z.txt", ".txt")) == ["E301"]
    assert codes(read_bytes(b"Title only\n\n", "t.txt", ".txt")) == ["E301"]


def test_a_dateline_gives_a_txt_article_its_publication_date(tmp_path):
    from timeline.io.readers import dateline_date

    assert dateline_date("WASHINGTON, Nov 17, 2020 - The Pentagon said on Tuesday ...") == date(2020, 11, 17)
    assert dateline_date("بغداد- 2020/11/17 - أعلنت قيادة العمليات ...") == date(2020, 11, 17)
    assert dateline_date("BAGHDAD, Nov. 17 (Xinhua) -- Iraq said ...") is None  # no year: no date
    assert dateline_date("The US-Iraq talks held on 3 March 2015 - it was said - ended.") is None  # a sentence
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nLONDON, 3 March 2015 (AP) - Troops left on Tuesday.", encoding="utf-8")
    assert next(read_file(path)).date == date(2015, 3, 3)
    assert next(read_file(path, date(2015, 3, 5))).date == date(2015, 3, 5)  # given: it wins
