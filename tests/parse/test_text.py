import pytest

from timeline.parse.text import clause_tail, detect_language, fold, fold_text, is_heading, paragraphs_at, split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_fold_unifies_arabic_letters_and_digits():
    assert fold_text("أعلنت إدارة آب ٢٠٢٠") == "اعلنت ادارة اب 2020"


def test_fold_maps_spans_back_when_diacritics_are_dropped():
    text = "اعتباراً من الغد"
    folded = fold(text)
    start = folded.text.index("من")
    s, e = folded.span(start, start + 2)
    assert text[s:e] == "من"


def test_language_by_script():
    assert detect_language("أعلنت القيادة انسحاب القوات") == "ar"
    assert detect_language("The army withdrew from the town.") == "en"


def test_arabic_sentences_end_at_full_stop_question_and_semicolon_not_comma():
    text = "أعلنت القيادة، انسحاب القوات. هل ستنسحب القوات؟ نعم؛ قريبا"
    assert sentences(text) == ["أعلنت القيادة، انسحاب القوات.", "هل ستنسحب القوات؟", "نعم؛", "قريبا"]


def test_english_abbreviations_do_not_end_sentences():
    text = "Gen. Smith met U.S. officials on Jan. 5 in Baghdad. Talks went on. George W. Bush spoke."
    assert sentences(text) == ["Gen. Smith met U.S. officials on Jan. 5 in Baghdad.", "Talks went on.", "George W. Bush spoke."]


def test_closing_quote_stays_with_its_sentence_and_lines_split():
    text = 'He said: "We leave today." Then\nNew paragraph'
    assert sentences(text) == ['He said: "We leave today."', "Then", "New paragraph"]


def test_clause_tail_is_what_follows_the_last_clause_break():
    assert clause_tail(fold_text("لإقناعهم بالتراجع»، في حين يصل")) == " في حين يصل"
    assert clause_tail("as quickly as possible,'' she said") == "'' she said"
    assert clause_tail("he will leave at 4 in the morning (4") == "he will leave at 4 in the morning (4"
    # a quoted term of a few words stays in its clause; a quotation starts a new one
    assert clause_tail(fold_text('called for a "measured" response to')) == 'called for a  measured  response to'
    assert clause_tail(fold_text("لم تعلن «جبهة النصرة» انسحابها")) == "لم تعلن  جبهة النصرة  انسحابها"
    assert clause_tail(fold_text('he said: "we will not stay in the city and')) == ' "we will not stay in the city and'
    # the dot of an initial ends no clause
    assert clause_tail(fold_text("will succeed Daniel P. Davison")) == "will succeed daniel p. davison"
    # an opening quote goes on with the clause that introduces it; a closing one ends it
    assert clause_tail(fold_text("ورفض «الانسحاب من المدينة")) == "ورفض \"الانسحاب من المدينة"
    assert clause_tail(fold_text("قال «إننا لن ننسحب من المدينة» ثم غادر")) == " ثم غادر"


@pytest.mark.parametrize("line,heading", [
    ("محادثات السلام", True),
    ("Peace talks resume", True),
    ("إلى اللقاء.", False),
    ("وبحث الوزيران التعاون بين البلدين", False),
])
def test_a_short_line_without_closing_punctuation_is_a_heading(line, heading):
    assert is_heading(line) is heading


def test_the_sentences_of_the_paragraphs_holding_a_position_are_the_texts_own():
    text = "First line. Second one.\n\nU.S. troops left. They went home.\nLast line"
    paragraphs = paragraphs_at(text, [text.index("troops"), text.index("went"), text.index("Last")])
    assert [text[s:e] for s, e in paragraphs] == ["U.S. troops left. They went home.", "Last line"]
    pieces = [span for s, e in paragraphs for span in split_sentences(text, s, e)]
    assert pieces == [span for span in split_sentences(text) if span[0] >= paragraphs[0][0]]


def test_a_part_of_a_folded_text_is_the_folded_part():
    text = "قالَ الوزيرُ. وأعلنَ انسحابَ القوات."
    start = text.index("وأعلن")
    assert fold(text).part(start, len(text)) == fold(text[start:])
    assert fold("Plain text. More").part(6, 10) == fold("text")
