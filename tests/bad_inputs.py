"""The corpus of bad input: every kind of broken, hostile or odd file the tool must take without a traceback,
a hang or a silent loss, each with what must become of it. Generated (the big ones cannot be committed):

    python tests/bad_inputs.py DIR        # writes every file into DIR, and DIR/expected.json

Each case is a file (or a directory, or a path that is not there) and the outcome of each of its articles in
order, as `--report` gives it: ("ok", None) or ("error", code). The tests run it through `timeline extract`,
`timeline ingest` and the app's upload (tests/test_bad_inputs.py, tests/app/test_hostile_app.py).
"""
from __future__ import annotations

import json
import random
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

OK = ("ok", None)


def err(code: str) -> tuple[str, str]:
    return ("error", code)


@dataclass(frozen=True)
class Case:
    name: str  # the file's name in the corpus
    what: str  # the kind of bad input, as the closing note of issue 14 lists it
    outcome: tuple[tuple[str, str | None], ...]  # each article: (status, code)
    content: bytes | None = None  # None: a directory (kind "dir") or a missing path (kind "missing")
    kind: str = "file"
    big: bool = False  # megabytes: generated only where a test asks for the big ones


EN = ("The defence ministry announced on Tuesday that 300 soldiers withdrew from the base near Kirkuk, "
      "and the two delegations met in Baghdad to discuss the handover.")
AR = "أعلنت وزارة الدفاع يوم الثلاثاء انسحاب 300 جندي من القاعدة قرب كركوك، والتقى الوفدان في بغداد لبحث التسليم."


def troops(text: str, number: int) -> str:
    """The sentence with another number of troops: one article per case (the store keeps a reprint once)."""
    return text.replace("300", str(number))


def png() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def jsonl(*rows) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows).encode()


BIDI = "\u202e\u2066\u200b\u200f\u202a\ufeff\u2069\u200d\u061c\u00ad\U000e0041"  # overrides, isolates, zero-width, tags
HOSTILE = ('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">click</a>'
           '<p onclick="alert(4)">')
NO_PUNCTUATION = ("the troops withdrew from the northern base and the ministry announced talks with the delegation "
                  "in baghdad while forces were deployed near the border ")


def cases(big: bool = False) -> list[Case]:
    """Every case; the ones of many megabytes only when `big`."""
    rng = random.Random(14)
    found = [
        Case("empty.txt", "empty file", (err("E106"),), b""),
        Case("blank.txt", "a file of white space", (err("E106"),), b" \n\t\n  "),
        Case("binary.txt", "binary file", (err("E108"),), bytes(rng.randrange(256) for _ in range(4096))),
        Case("image.txt", "a PNG renamed .txt", (err("E108"),), png()),
        Case("image.jsonl", "a PNG renamed .jsonl", (err("E108"),), png()),
        Case("cp1256.txt", "Windows-1256", (OK,), ("عنوان\n\n" + AR).encode("cp1256")),
        Case("utf16-bom.txt", "UTF-16 with BOM", (OK,), troops(AR, 301).encode("utf-16")),
        Case("utf16-le.txt", "UTF-16 without BOM", (OK,), troops(AR, 302).encode("utf-16-le")),
        Case("utf16-be.txt", "UTF-16 without BOM (big-endian)", (OK,), troops(EN, 303).encode("utf-16-be")),
        Case("utf8-bom.txt", "UTF-8 with BOM", (OK,), b"\xef\xbb\xbf" + troops(AR, 304).encode()),
        Case("invalid-utf8.jsonl", "invalid UTF-8 inside JSONL", (OK, err("E201"), OK),
             jsonl({"id": "u1", "text": EN}) + b'{"id": "u2", "text": "\xff\xfe broken \xc3"}\n'
             + jsonl({"id": "u3", "text": AR})),
        Case("bidi.txt", "bidi control and zero-width characters", (OK,),
             (BIDI + AR.replace(" ", " " + BIDI) + "\n\n" + EN.replace(" ", BIDI + " ")).encode()),
        Case("markup.txt", "text with scripts, event handlers and javascript: links", (OK,),
             (HOSTILE + EN + HOSTILE + "\n\n" + AR + "</p>").encode()),
        Case("hostile.html", "HTML with scripts, event-handler attributes and javascript: links", (OK,),
             (f"<html><head><title>Troops {HOSTILE}leave</title><script>alert(5)</script></head><body>"
              f"<article><h1 onmouseover='alert(6)'>Handover</h1><p>{EN}</p>{HOSTILE}<p>{EN} &lt;script&gt;alert(7)"
              f"&lt;/script&gt; The talks went on for hours in the capital, officials said.</p></article>"
              f"<a href='javascript:alert(8)'>more</a></body></html>").encode()),
        Case("deep.html", "HTML nested 20,000 levels deep", (err("E302"),),
             ("<html><body>" + "<div>" * 20_000 + f"<p>{EN}</p>" + "</div>" * 20_000 + "</body></html>").encode()),
        Case("broken.jsonl", "JSONL with broken lines, missing or non-string text, non-object lines, duplicate ids",
             (OK, err("E202"), err("E301"), err("E304"), err("E304"), err("E203"), err("E203"), err("E203"),
              err("E205"), err("E301"), OK, err("E202")),
             jsonl({"id": "j1", "date": "2020-11-17", "text": EN},
                   '{"id": "j2", "text": "truncated',
                   {"id": "j3", "title": "no text"},
                   {"id": "j4", "text": 12345},
                   {"id": "j5", "text": {"nested": EN}},
                   [EN], '"a string"', "42",
                   {"id": "j1", "text": AR},
                   {"id": "j6", "text": None},
                   {"id": ["not", "a", "string"], "title": {"x": 1}, "url": "javascript:alert(1)",
                    "date": "x" * 10_000, "lang": 5, "text": AR + " \u2028 " + EN})
             + b'{"id": "j8", "text": "' + EN.encode() + b'"'),  # the last line cut short, no newline
        Case("deep.jsonl", "JSON nested 100,000 levels deep", (err("E202"),), b"[" * 100_000 + b"]" * 100_000 + b"\n"),
        Case("dates.txt", "impossible dates", (OK,),
             ("وانسحبت القوات من القاعدة في 31 شباط 2020، والتقى الوفدان في 32/13/2020 وفي عام 99999."
              " وأعلن الجيش الانسحاب في ٣١ شباط ٢٠٢٠ أو في 0/0/0000.").encode()),
        Case("dates-en.txt", "impossible dates (English)", (OK,),
             ("The army withdrew its troops on 31 February 2020. The delegations met on 32/13/2020. "
              "The ministry announced the withdrawal of troops by the year 99999 and on 2020-02-30.").encode()),
        Case("numbers.jsonl", "a 30-digit troop count, in Arabic-Indic digits too", (OK, OK),
             jsonl({"id": "numbers-en", "date": "2020-03-01", "text":
                    "The army withdrew 123456789012345678901234567890 troops from Iraq on Tuesday. "
                    f"The army withdrew {'9' * 400} soldiers from Syria on Monday."},
                   {"id": "numbers-ar", "date": "2020-03-01", "text":
                    "انسحب ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ جندي أمريكي من العراق يوم الثلاثاء."})),
        Case("counting words.txt", "number words that backtracked exponentially", (OK,),
             ("The army withdrew " + "hundred " * 60 + "of them.\n\n" + "سحب الجيش " + "مئة " * 60
              + "منهم.").encode()),
        Case("مقالات الأخبار/خبر عاجل عن الانسحاب.txt", "a path with spaces and Arabic letters", (OK,),
             troops(AR, 305).encode()),
        Case("a directory.txt", "a directory", (err("E102"),), kind="dir"),
        Case("missing.txt", "a missing path", (err("E101"),), kind="missing"),
        Case("article.docx", "an unsupported type", (err("E103"),), b"PK\x03\x04"),
    ]
    if big:
        line = (NO_PUNCTUATION * (5_000_000 // len(NO_PUNCTUATION) + 1))[:5_000_000]
        found += [
            Case("long-line.txt", "a 5 MB single line with no punctuation", (err("E303"),), line.encode(), big=True),
            Case("long-line.jsonl", "a 5 MB single line with no punctuation, in JSONL", (err("E303"),),
                 jsonl({"id": "long", "text": line}), big=True),
            Case("article-50mb.txt", "a 50 MB article", (err("E303"),),
                 ((EN + "\n") * (50_000_000 // (len(EN) + 1))).encode(), big=True),
        ]
    return found


def write(directory: Path, big: bool = False) -> list[tuple[Path, Case]]:
    """Write every case under `directory`; the paths to give the tool, with their cases."""
    written = []
    for case in cases(big):
        path = directory / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        if case.kind == "dir":
            path.mkdir(exist_ok=True)
        elif case.kind == "file":
            path.write_bytes(case.content)
        written.append((path, case))
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")
    done = write(target, big=True)
    (target / "expected.json").write_text(json.dumps({c.name: [list(o) for o in c.outcome] for _, c in done},
                                                     ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(done)} cases in {target}")
