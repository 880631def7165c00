"""Many lexicon patterns in one Aho-Corasick pass: the same matches as running each regex, only where it can match."""
import re

from timeline.parse.matching import PatternSet, WordPattern, alternatives, anchors


def test_anchors_are_the_literal_words_a_pattern_starts_with():
    assert anchors(r"withdr(?:ew|aw)\w*") == {"withdrew", "withdraw"}
    assert anchors(r"(?:leave|quit) town") == {"leave town", "quit town"}  # as long as the pattern is literal
    assert anchors(r"\w+ed") is None  # no literal start: scanned whole
    assert anchors(r"(?:in|at)\b") is None  # anchors shorter than MIN_ANCHOR hit every sentence
    assert anchors(r"(?<!\w)[وف]?(?:ال)?(?:ملعب|نادي)", clitics="وفال") == {"ملعب", "نادي"}  # past the clitics
    assert anchors(r"(?<!\w)[وف]?(?:ال)?(?:ملعب|نادي)") is None  # without them, no literal start


def test_finditer_finds_what_each_regex_finds():
    sources = {"w": r"withdr(?:ew|aw)\w*", "m": r"\bmet\b", "d": r"\d+ troops"}
    patterns = PatternSet([(k, s, re.compile(s)) for k, s in sources.items()])
    text = "They withdrew 300 troops and met, then withdrawing went on; 40 troops stayed."
    found = sorted((k, m.start(), m.group()) for k, m in patterns.finditer(text))
    expected = sorted((k, m.start(), m.group()) for k, s in sources.items() for m in re.finditer(s, text))
    assert found == expected


def test_an_anchor_inside_another_word_counts_only_after_clitic_letters():
    pattern = r"(?<!\w)(?:[وب])?(?:قال)"
    patterns = PatternSet([("say", "قال", re.compile(pattern))], prefix_letters="وب")
    assert [m.group() for _, m in patterns.finditer("وقال إن الانتقال بدأ")] == ["وقال"]  # not the قال of انتقال


def test_a_pattern_splits_into_its_alternatives_at_the_top_level_only():
    assert alternatives(r"no|n't|refus(?:e|al)|[|]|x\|y") == ["no", "n't", "refus(?:e|al)", "[|]", r"x\|y"]
    assert alternatives("a||b") == ["a", "b"]  # an empty alternative is none


def test_a_word_pattern_finds_what_its_regex_finds():
    pattern = r"(?<!\w)[وف]?(?:ال)?(?:ملعب|مباراة|هدف نظيف)(?!\w)"
    word_pattern = WordPattern(pattern, clitics="وفال")
    assert word_pattern.automaton is not None  # tried only where an anchor stands
    for text in ("وفي الملعب فاز الفريق بهدف نظيف بعد المباراة", "الملعبان والمباراة_الملعب", "فالملعب ملعب لاعب"):
        assert [m.span() for m in word_pattern.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    english = r"\b(?:match(?:es)?|fire)\b"
    for text in ("Two matches, a ceasefire and a fire.", "match_fire matches fire"):
        assert [m.span() for m in WordPattern(english).finditer(text)] == [m.span() for m in re.finditer(english, text)]
    assert WordPattern(r"(?:ال)?ملعب").automaton is None  # may match inside a word: run whole
    assert WordPattern(r"(?<!\w)ملعب|لاعب").automaton is None  # so may its second alternative
    assert WordPattern(r"(?i)\b(?:match|fire)\b").automaton is None  # anchors are matched as written
