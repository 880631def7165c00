"""Who and where: actors and places of mentions, on sentences written for the test."""
import pytest

from timeline.model import Article
from timeline.parse import parse


def roles(text, lang):
    return [(m.event_type, m.actor, m.location, m.place) for m in parse(Article("t", text, lang=lang)).mentions]


def test_the_subject_before_a_declaring_verb_announces_and_its_side_moves():
    found = roles("The Pentagon announced on Tuesday that it will withdraw 500 troops from Iraq.", "en")
    assert found == [("announcement", "Pentagon", "Iraq", "Iraq"), ("withdrawal", "Pentagon", "Iraq", "Iraq")]


def test_a_force_before_an_english_movement_is_its_actor():
    assert ("withdrawal", "army", "Syria", "Syria") in roles(
        "Officials said on Sunday that the army withdrew from northern Syria.", "en")


def test_the_subject_after_an_arabic_verb_is_the_actor():
    found = roles("أعلن وزير الدفاع الأمريكي سحب 500 جندي من العراق يوم الثلاثاء.", "ar")
    assert found[0][:2] == ("announcement", "وزير الدفاع الأمريكي")


@pytest.mark.parametrize(("text", "lang", "written", "common"), [
    ("وصلت قوات إضافية إلى بغداد أمس.", "ar", "بغداد", "Baghdad"),
    ("The army sent more troops to the Gaza Strip on Monday.", "en", "Gaza Strip", "Gaza Strip"),
    ("انسحبت القوات من العراق والكويت.", "ar", "العراق", "Iraq"),
])
def test_places_are_read_as_written_and_named_in_common(text, lang, written, common):
    assert roles(text, lang)[0][2:] == (written, common)


def test_a_place_with_a_clitic_is_still_the_place():
    assert roles("وصلت قوات إضافية لبغداد أمس.", "ar")[0][2:] == ("بغداد", "Baghdad")


@pytest.mark.parametrize(("text", "actor"), [
    ("The agreement reached between Israel and Jordan on Tuesday opens the border.", "Israel and Jordan"),
    ("Talks between the government and the rebels resumed on Monday in Juba.", "the government and the rebels")])
def test_the_parties_between_whom_a_meeting_or_an_agreement_is_are_its_actor(text, actor):
    assert roles(text, "en")[0][1].startswith(actor)


@pytest.mark.parametrize("text", ["While meeting Kenyan President Kibaki on Monday, Hu said trade would grow.",
                                  "In his talks with Kagame on Monday, Hu said the two countries trust each other."])
def test_an_event_in_a_clause_put_before_the_subject_is_the_subjects(text):
    assert roles(text, "en")[0][:2] == ("meeting", "Hu")


def test_the_force_a_withdrawal_is_of_is_its_actor():
    found = roles("The prime minister promised the withdrawal of Italian troops from Iraq by December.", "en")
    assert ("withdrawal", "Italian troops") in [f[:2] for f in found]


def test_a_word_that_starts_no_name_is_not_part_of_one():
    assert roles("But Hamas confirmed on Wednesday the visit of its leader to Cairo.", "en")[0][1] == "Hamas"


@pytest.mark.parametrize(("text", "actor"), [
    ("Norway, which had not joined the coalition in 2003, sent a contingent of engineers to Iraq last year.", "Norway"),
    ("Foreign Minister Jan Berg, who flew to Ankara on Monday, will sign an agreement with Turkish officials today.",
     "Foreign Minister Jan Berg"),
    ("State Councilor Li Wen left on Friday for Hanoi to attend a meeting of the joint committee.", "State Councilor Li Wen"),
    ("The Danish government is planning to send 200 soldiers to Mali next year.", "Danish government"),
])
def test_the_subject_of_the_clause_acts_not_a_place_or_an_object_named_nearer(text, actor):
    assert roles(text, "en")[0][1] == actor


def test_the_name_after_told_is_whom_it_addresses_and_after_a_quote_who_speaks():
    def announcer(text):
        return next(actor for kind, actor, *_ in roles(text, "en") if kind == "announcement")

    assert announcer('"Our troops will withdraw from Mali by June," Berg told Norwegian radio on Monday.') == "Berg"
    assert announcer('"We will withdraw our troops by June," said Defense Minister Berg on Monday.') == "Defense Minister Berg"


def test_a_count_of_soldiers_is_what_moves_not_who_moves_them():
    found = roles("The Danish government is planning to send to Mali a unit of 300 soldiers next year.", "en")
    assert ("deployment", "Danish government") in [f[:2] for f in found]


def test_a_definite_description_in_subject_position_acts_not_the_object_after_the_verb():
    assert roles("The monarch will meet Chancellor Weber on Thursday in Vienna.", "en")[0][:2] == ("meeting", "monarch")


def test_a_pronoun_subject_means_the_subject_named_before_it_in_the_sentence():
    text = "Five Andean nations on Tuesday discussed trade as they started a two-day meeting in Quito."
    assert roles(text, "en")[0][:2] == ("meeting", "Five Andean nations")


def test_a_trigger_their_owns_is_of_those_named_just_before_it_not_the_clauses_subject():
    text = "Prime Minister Ruth Stein praised the decisions of President Anna Lind and President Omar Tahir at their meeting in June."
    assert ("meeting", "President Anna Lind and President Omar Tahir") in [found[:2] for found in roles(text, "en")]


@pytest.mark.parametrize("text", [
    '"I am pleased to announce that our troops will leave Mali by June," envoy Tom Baxter said on Monday.',
    '"We are pleased to announce that our troops will leave Mali by June," said envoy Tom Baxter on Monday.',
])
def test_i_or_we_in_a_quotation_is_its_speaker_named_after_it(text):
    assert ("announcement", "envoy Tom Baxter") in [found[:2] for found in roles(text, "en")]


@pytest.mark.parametrize(("text", "actor"), [
    ("The ceasefire brokered by the Swiss envoy Anna Keller held through the night.", "Swiss envoy Anna Keller"),
    ("Withdrawing the battalion was a promise made by Marta Kovac before the vote.", "Marta Kovac"),
    ("Talks mediated by visiting UN Secretary-General Ole Brandt resumed in Geneva on Monday.", "UN Secretary-General Ole Brandt"),
    ("The truce agreed by the leaders of the two countries took effect on Friday.", "leaders of the two countries"),
    ("Oslo sent a delegation, which was led by Deputy Minister Per Lund, to Nairobi on Monday.", "Deputy Minister Per Lund"),
])
def test_the_agent_of_a_participle_after_the_trigger_acts(text, actor):
    assert roles(text, "en")[0][1] == actor


def test_by_a_date_is_no_agent():
    assert roles("Norway will withdraw its troops by March, the ministry said on Monday.", "en")[0][1] != "March"


@pytest.mark.parametrize(("text", "actor"), [
    ("The minister told parliament about the return of Dutch troops from Mali.", "Dutch troops"),
    ("Crowds gathered in Oslo on Sunday for a parade marking the troops' return.", "troops"),
])
def test_a_noun_of_movement_that_holds_its_force_is_the_forces(text, actor):
    assert ("withdrawal", actor) in [found[:2] for found in roles(text, "en")]


def test_a_force_a_verb_sends_is_its_object_not_its_actor():
    found = roles("Norway sent a contingent of troops to Mali on Monday.", "en")
    assert ("deployment", "Norway") in [f[:2] for f in found]


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("The bishop said on Friday that President Maria Lind's visit to Oslo had strengthened ties.",
                 "President Maria Lind", id="the owner named before a noun trigger"),
    pytest.param("The minister said the army commander's withdrawal from the hills was complete.", "army commander",
                 id="the owner, a post"),
    pytest.param("Heavy shelling forced the rebel factions to withdraw from the town on Monday.", "rebel factions",
                 id="the object of a verb of control"),
    pytest.param("President Omar Tahir invited Chancellor Greta Olsen to visit Khartoum next month.", "Chancellor Greta Olsen",
                 id="the object of a verb of control, a person"),
    pytest.param("Kenya, the first East African country to sign the protocol with Sudan, maintains ties with both sides.",
                 "Kenya", id="whom the first of a kind describes, apposed"),
    pytest.param("The special forces are the first unit of the Dutch army to be deployed in Mali since 2013.",
                 "special forces", id="whom the first of a kind describes, predicated"),
])
def test_a_construction_names_who_acts(text, actor):
    assert actor in [found[1] for found in roles(text, "en")]


def test_the_speaker_of_a_quotation_is_named_before_an_apposition_and_the_verb():
    text = ('"We have asked the monitors to clarify their stand on the ceasefire," Anders Vik, the Minister of Regional '
            "Affairs and the government's defence spokesman told reporters on Monday.")
    assert roles(text, "en")[0][:2] == ("announcement", "Anders Vik")


def test_a_declaring_verbs_subject_stands_before_an_aside_between_commas():
    text = "Norway, acknowledging such concerns, has repeatedly promised its troops will leave Mali by June."
    assert roles(text, "en")[0][:2] == ("announcement", "Norway")


def test_a_name_right_before_a_verb_of_movement_is_its_subject_not_the_force_before_it():
    found = roles("Observers counted 400 soldiers whom the rebels say Rwanda has deployed near Goma.", "en")
    assert ("deployment", "Rwanda") in [f[:2] for f in found]


def test_a_noun_between_the_owner_and_the_trigger_is_who_acts_not_the_owner():
    found = roles("A source said the minister's son met with the rebel commander in Goma last week.", "en")
    assert ("meeting", "minister") not in [f[:2] for f in found]


@pytest.mark.parametrize(("text", "actor"), [
    ("The commission, which will also question the Defence Minister Jan Berg and meet with opposition leaders, reports in May.",
     "commission"),
    ("Gao, which was abandoned by Malian forces in June, stayed calm on Friday.", "Malian forces"),
])
def test_a_verb_right_after_who_or_which_or_joined_to_it_is_the_antecedents(text, actor):
    assert roles(text, "en")[0][1] == actor


def test_the_force_a_noun_of_movement_is_of_may_be_a_unit_of_a_named_army():
    text = ("Mayor Tom Berg told the council the arrival of the advance party of the Royal Danish Army on Monday "
            "should not worry residents.")
    assert ("deployment", "advance party of the Royal Danish Army") in [f[:2] for f in roles(text, "en")]


def test_a_thing_a_force_deploys_is_not_the_force_of_the_noun_of_movement():
    found = roles("The deployment of a new radar system by the army began in March.", "en")
    assert all(actor is None or "radar" not in actor for _, actor, *_ in found)
