"""The parties an event must concern (issue 18, item 5): invented sentences, never corpus ones."""
from datetime import date

import pytest

from timeline.model import Article
from timeline.parse.extract import extract
from timeline.parse.parties import about_parties, names_known_party, names_party, titled_names
from timeline.parse.text import fold_text


def rows(text, lang="", published=date(2020, 11, 17)):
    return extract(Article(id="a1", text=text, date=published, lang=lang)).mentions


@pytest.mark.parametrize("text,lang,expected", [
    ("The foreign minister met his counterpart in Oslo.", "en", True),
    ("Rebels and the army agreed a truce.", "en", True),
    ("The club signed the young striker on a three-year contract.", "en", False),
    ("Students visited the science museum on Monday.", "en", False),
    ("The coach told us the team met the sponsors.", "en", False),  # "us" the pronoun, not the U.S.
    ("The U.S. envoy met the rebels.", "en", True),
    ("التقى وزير الخارجية نظيره في الرياض.", "ar", True),
    ("وقعت الأمم المتحدة مذكرة تفاهم.", "ar", True),
    ("وقع النادي عقدا مع المدافع لمدة موسمين.", "ar", False),
    ("زار مدير المستشفى قسم الطوارئ.", "ar", False),
    ("وأكد رئيس الهيئة أن الاجتماعات ستستمر.", "ar", False),  # the head of a body is no state's officer
    ("Secretary of State Ann Lee met the envoy.", "en", True),
    ("The state visit of the king began on Monday.", "en", True),
])
def test_a_sentence_names_a_party_or_not(text, lang, expected):
    assert names_party(fold_text(text), lang) is expected


def test_a_name_given_a_title_is_a_party_wherever_the_article_names_it_again():
    article = fold_text("The US envoy Bill Hartwell arrived on Monday. Later Hartwell met Okoro for an hour.")
    names = titled_names(article, "en")
    assert names_known_party(fold_text("Later Hartwell met Okoro for an hour."), "en", names)
    assert not names_known_party(fold_text("Later Smith met Okoro for an hour."), "en", names)
    found = rows("The US envoy Bill Hartwell arrived in the capital on Monday. Later Hartwell met Okoro for an hour.")
    assert [m.sentence for m in found if m.event_type == "meeting"][-1] == "Later Hartwell met Okoro for an hour."
    found = rows("وصل المبعوث الأممي يان كوفاتش إلى العاصمة. والتقى كوفاتش قادة الفصائل أمس.")
    assert any(m.event_type == "meeting" and "كوفاتش قادة" in m.sentence for m in found)


def test_an_article_about_something_else_states_no_event_of_ours():
    sport = ("The club confirmed on Monday that the clubs agreed a deal for the striker. The coach said talks went on "
             "for a week, and the player will visit the training ground on Tuesday before the league match. "
             "Fans gathered outside the stadium as the captain signed autographs and the club announced its new kit.")
    assert not about_parties(fold_text(sport), "en")
    assert rows(sport) == []
    politics = "The defence minister said the army would withdraw two brigades from the border after talks with the rebels."
    assert about_parties(fold_text(politics), "en")


@pytest.mark.parametrize("text,lang,event_type", [
    ("Veterans marked the anniversary of the invasion of the island.", "en", "deployment"),
    ("The ministry announced that twenty soldiers were killed in the clashes.", "en", "announcement"),
    ("وأعلنت الجماعة المسلحة أسماء القتلى الذين سقطوا في المعارك.", "ar", "announcement"),
    ("Several armed groups in the south declared allegiance to the movement.", "en", "announcement"),
    ("وكانت فصائل مسلحة أعلنت ولاءها للتنظيم.", "ar", "announcement"),
    ("وظهرت على الجدار عبارات بتوقيع الجماعة المسلحة.", "ar", "agreement"),
    ("وقالت الحكومة إن الإجراءات تمت بما يتفق مع القانون.", "ar", "agreement"),
    ("Soldiers evacuated residents from the flooded villages.", "en", "withdrawal"),
    ("وأشرف الجيش على إخلاء السكان من القرى.", "ar", "withdrawal"),
    ("وصلت فرق الدفاع المدني إلى موقع الحريق في المصنع.", "ar", "deployment"),
    ("The government issued a consultation document on the security law.", "en", "meeting"),
])
def test_a_trigger_in_another_sense_is_no_event(text, lang, event_type):
    assert event_type not in [m.event_type for m in rows(text, lang)]


def test_an_article_whose_other_subject_outnumbers_its_parties_states_no_event():
    sport = ("The Egyptian club signed a deal with the Ghanaian striker on Monday. The coach said the players and the "
             "striker met the club's board before the league match, and the season starts at the stadium next week.")
    assert not about_parties(fold_text(sport), "en")
    assert rows(sport) == []
    local = ("استقبل مدير الجامعة وفد الطلاب في مقر الجامعة، وبحث معهم شؤون الطلاب في الجامعة والمدارس، "
             "بحضور وكيل الوزارة.")
    assert not about_parties(fold_text(local), "ar")


def test_an_arabic_article_of_leisure_tourism_or_festivities_states_no_event():
    festivity = ("زار وفد المحافظة مهرجان الصيف السياحي وحضر الحفل الفني للمطرب في المتحف الوطني مع السياح "
                 "وقدم المعايدة للزوار.")
    assert not about_parties(fold_text(festivity), "ar")
