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
    good = '{"id": "a", "text": "%s"}\n' % ("Troops left. " * 100)
    lines = 100  # more than the head that decides the encoding
    path.write_bytes(good.encode() * lines + b'{"id": "b", "text": "\xff\xfe\xfd"}\n' + good.encode())
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Article"] * lines + ["ArticleError", "Article"]
    assert items[lines].article_id == f"broken.jsonl:{lines + 1}" and "not valid utf-8" in items[lines].reason


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
