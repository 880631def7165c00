import pytest
from datetime import date

from timeline.parse.extract import extract
from timeline.model import Article


def rows(text, lang="", published=date(2020, 11, 17)):
    return extract(Article(id="a1", text=text, date=published, lang=lang)).mentions


def test_one_sentence_two_events_english():
    found = rows("Acting Defense Secretary Christopher Miller announced on Tuesday cutting troops in Iraq from 3200 to 2500.")
    by_type = {m.event_type: m for m in found}
    assert set(by_type) == {"announcement", "withdrawal"}
    ann, wd = by_type["announcement"], by_type["withdrawal"]
    assert ann.date == date(2020, 11, 17) and ann.date_precision == "day"
    assert "Miller" in ann.actor
    assert (wd.quantity, wd.troops_from, wd.troops_to) == (700, 3200, 2500)
    assert wd.location == "Iraq"


def test_one_sentence_two_events_arabic():
    found = rows("وأعلن وزير الدفاع الفرنسي الثلاثاء خفض عدد جنوده في أفغانستان من 5100 إلى 4300 جندي.")
    by_type = {m.event_type: m for m in found}
    assert by_type["announcement"].date == date(2020, 11, 17)
    assert by_type["announcement"].actor.startswith("وزير الدفاع")
    assert (by_type["withdrawal"].quantity, by_type["withdrawal"].troops_to) == (800, 4300)
    assert by_type["withdrawal"].location == "أفغانستان"
    assert all(m.lang == "ar" for m in found)


def test_evidence_is_the_verbatim_sentence_with_offsets():
    text = "سطر أول.\nبدأت الكتيبة الألمانية بالانسحاب من القاعدة اليوم."
    (m,) = rows(text)
    assert m.sentence == text[m.sentence_start:m.sentence_end] == "بدأت الكتيبة الألمانية بالانسحاب من القاعدة اليوم."
    assert m.date == date(2020, 11, 17) and m.status == "ongoing"


def test_relative_dates_resolve_against_publication_date():
    (m,) = rows("Italian troops left the base yesterday.", published=date(2006, 12, 1))
    assert m.date == date(2006, 11, 30)


def test_scheduled_event_without_date_stays_undated():
    found = rows("The minister said the troops will withdraw soon.")
    wd = [m for m in found if m.event_type == "withdrawal"][0]
    assert wd.status == "scheduled" and wd.date is None and wd.date_precision == "none"


def test_no_publication_date_uses_latest_date_in_text():
    result = extract(Article(id="x", text="وقال في 17 تشرين الثاني 2020 إن القوات انسحبت. وأعلن الجيش اليوم بدء الانسحاب."))
    assert result.reference == date(2020, 11, 17) and result.reference_source == "latest date in text"


def test_span_from_a_stated_duration():
    (m,) = [m for m in rows("The two sides agreed on 26 July 2015 to stop fighting for five days.") if m.event_type == "agreement"]
    assert (m.date, m.end_date) == (date(2015, 7, 26), date(2015, 7, 30))


def test_announcement_links_the_withdrawal_it_declares_and_its_deadline():
    found = rows("Acting Defense Secretary Christopher Miller announced on Tuesday that troops in Iraq "
                 "will be cut from 3,000 to 2,500 by January 15.")
    ann = next(m for m in found if m.event_type == "announcement")
    wd = next(m for m in found if m.event_type == "withdrawal")
    assert ann.announces == wd.mention_id and wd.announced_by == ann.mention_id
    assert wd.status == "scheduled" and wd.target_date == wd.date == date(2021, 1, 15)
    assert ann.date == date(2020, 11, 17)


def test_arabic_deadline():
    found = rows("وأعلنت الحكومة أن القوات الأجنبية ستنسحب من البلاد بحلول نهاية العام.")
    wd = next(m for m in found if m.event_type == "withdrawal")
    assert wd.status == "scheduled" and wd.target_date == date(2020, 1, 1) and wd.date_precision == "year"
    assert wd.announced_by is not None


def test_places_get_one_common_name_across_languages():
    (ar,) = [m for m in rows("انسحبت القوات الأمريكية من العراق.") if m.event_type == "withdrawal"]
    (en,) = [m for m in rows("US troops withdrew from Iraq.") if m.event_type == "withdrawal"]
    assert (ar.location, ar.place) == ("العراق", "Iraq") and (en.location, en.place) == ("Iraq", "Iraq")


def test_one_event_stated_twice_in_a_sentence_is_one_mention():
    found = rows("The talks in Baghdad on Monday were the first talks between the two delegations since the war.")
    assert [m.event_type for m in found].count("meeting") == 1
    found = rows("زيارة الوزير إلى بغداد تعد زيارة مهمة للتعاون بين البلدين.")
    assert [m.event_type for m in found].count("meeting") == 1


def test_a_date_in_a_since_clause_dates_no_event_but_its_own():
    found = rows("وشارك السفير في اللقاء الذي جاء ضمن أول جولة للمبعوث منذ توليه منصبه في أبريل.", published=date(2015, 7, 25))
    assert [m.date for m in found if m.event_type == "meeting"][0] != date(2015, 4, 1)
    found = rows("The border has been calm since the signing of the agreement between the two governments in March 2015.",
                 published=date(2015, 7, 25))
    assert [(m.event_type, m.date) for m in found] == [("agreement", date(2015, 3, 1))]


def test_a_completed_event_does_not_inherit_a_future_date():
    text = "وقال الرئيس إن الاتفاق يدخل حيز التنفيذ في السابع من سبتمبر. وزار الوزير طهران بعد إبرام الاتفاق."
    found = [(m.trigger, m.status, m.date) for m in rows(text, published=date(2015, 7, 24)) if m.event_type == "agreement"]
    assert found[0] == ("الاتفاق", "unknown", date(2015, 9, 7))
    assert found[1][1] == "completed" and found[1][2] != date(2015, 9, 7)


def test_then_points_back_to_the_last_date_given():
    text = ("والتقى وفد الحكومة بقادة المعارضة في جنيف مطلع الشهر الحالي. "
            "وتم الاتفاق بين الطرفين آنذاك على وقف التصعيد.")
    found = [(m.event_type, m.date) for m in rows(text, published=date(2015, 7, 25))]
    assert found[0] == ("meeting", date(2015, 7, 1)) and ("agreement", date(2015, 7, 1)) in found
    english = rows("The two sides met in Geneva on March 3. At the time, the rebels and the army signed a truce.", published=date(2015, 7, 25))
    assert [(m.event_type, m.date) for m in english] == [("meeting", date(2015, 3, 3)), ("agreement", date(2015, 3, 3))]
    same_day = rows("Earlier in the day, the president also met the speaker of parliament.", published=date(2005, 11, 22))
    assert [(m.event_type, m.date) for m in same_day] == [("meeting", date(2005, 11, 22))]  # no date before: the article's day


def test_a_scheduled_event_takes_no_past_day_of_its_month():
    text = "وسيواصل الوفدان المحادثات التي انطلقت بمسقط في الخامس من أغسطس، خلال الجولة المقبلة."
    found = [(m.status, m.date) for m in rows(text, published=date(2015, 8, 9)) if m.event_type == "meeting"]
    assert found[0] == ("scheduled", None)


def test_a_done_deal_reported_today_keeps_the_date_the_article_gave_it():
    text = ("Serbia and Kosovo reached a deal on the border checkpoints on Monday. "
            "\"We also agreed on opening the old bridge,\" the Kosovo envoy said.")
    found = [(m.event_type, m.date) for m in rows(text, published=date(2005, 11, 8))]
    assert ("agreement", date(2005, 11, 7)) in found[1:] and ("announcement", date(2005, 11, 8)) in found


def test_the_subject_before_an_arabic_imperfect_verb_is_its_actor():
    found = rows("وعلم مراسلنا أن الوزير شكري سيزور أنقرة في الأسبوع المقبل.", published=date(2015, 8, 3))
    assert [(m.event_type, m.actor) for m in found] == [("meeting", "الوزير شكري")]


@pytest.mark.parametrize("text,event_type,actor", [
    ("وكانت الأردن أعلنت الشهر الماضي هدنة مؤقتة في الجنوب", "announcement", "الأردن"),  # subject before the verb
    ("أعلنت «جبهة النصرة» انسحابها من مواقعها على الحدود", "announcement", "جبهة النصرة"),  # quotes skipped
    ("وأوضح بيان البنتاغون أن القوات ستنسحب من القاعدة", "announcement", "البنتاغون"),  # the statement's owner
    ("صدر عن رئاسة أركان الجيش بيان حول الانسحاب", "announcement", "رئاسة أركان الجيش"),  # inside the trigger
    ("يعقد وزير الدفاع الكندي بيتر ماكاي اجتماعا مع قادة الحلف", "meeting", "وزير الدفاع الكندي بيتر ماكاي"),
    ("ونشرت السفارة تفاصيل المحادثات المرتقبة بين ناصر بوريطة وأيمن الصفدي", "meeting", "ناصر بوريطة وأيمن الصفدي"),
    ("وأفادت الرئاسة بأن ماكرون سيعقد اجتماعا موسعا مع نظرائه", "meeting", "ماكرون"),  # an accusative, not an idafa
    ("رغم التوتر حول الممر الإنساني الذي اتفق عليه الجانبان", "agreement", "الجانبان"),
    ("وعرض الملك عبدالله مع الموفد الأوروبي آخر التطورات", "meeting", "الملك عبدالله"),
    ("The pullout of the soldiers was ordered by the Malian Prime Minister Moussa Traore", "announcement",
     "Malian Prime Minister Moussa Traore"),  # the agent of a passive
    ("A spokeswoman said the navy has withdrawn from the island", "withdrawal", "navy"),  # the force, not the speaker
    ("The interior ministry said Friday that the police units had withdrawn", "announcement", "interior ministry"),  # not Monday
])
def test_actor_of_a_mention(text, event_type, actor):
    found = [m.actor for m in rows(text, published=date(2015, 8, 3)) if m.event_type == event_type]
    assert found and found[0] == actor


def test_a_meeting_where_something_was_said_took_place_the_day_reported():
    found = rows("The king was quoted as saying during a meeting with the visiting Jordanian prime minister that the "
                 "border will stay open.", published=date(2005, 11, 22))
    assert [(m.event_type, m.date) for m in found] == [("meeting", date(2005, 11, 22))]


def test_a_meeting_where_something_was_said_took_place_the_day_it_was_said():
    found = rows('"We will stay until the job is done," the defence minister said Thursday after brief talks in Geneva with the '
                 "rebel leaders.", published=date(2020, 11, 20))
    assert {m.event_type: m.date for m in found}["meeting"] == date(2020, 11, 19)


def test_two_meetings_on_two_named_days_are_two_events_and_one_day_makes_one():
    two = rows("سيزور الوزير الرياض الاثنين، ثم القاهرة الأربعاء لإجراء محادثات.")
    assert len({m.date for m in two if m.event_type == "meeting"}) == 2
    one = rows("The envoy visited Cairo on Monday for talks with the minister.")
    assert [m.date for m in one if m.event_type == "meeting"] == [date(2020, 11, 16)]


def test_a_later_definite_mention_of_a_type_already_named_is_the_same_event():
    found = rows("قال الرئيس الجمعة إن الاتفاق الموقع مع الجارة الشهر الماضي صامد، وأكد في خطاب أمس أن الهدوء سيستمر بعد "
                 "الاتفاق.")
    assert [m.date for m in found if m.event_type == "agreement"] == [date(2020, 10, 1)]
    found = rows("The president said Friday that the deal signed with the neighbours last month holds, and in a speech "
                 "yesterday he stressed that calm would last after the deal.")
    assert [m.date for m in found if m.event_type == "agreement"] == [date(2020, 10, 1)]
    found = rows("The president said Friday that the deal signed with the neighbours last month holds, and in a speech "
                 "yesterday he stressed that calm would last after another deal.")
    assert len([m for m in found if m.event_type == "agreement"]) == 2


def test_a_date_governed_by_another_predicate_does_not_date_the_saying():
    found = rows("وقال المتحدث إن الوزير سيزور دمشق يوم الأحد المقبل.", published=date(2020, 11, 19))
    assert next(m.date for m in found if m.event_type == "announcement") == date(2020, 11, 19)
    assert next(m.date for m in found if m.event_type == "meeting") == date(2020, 11, 22)
    found = rows("The ministry said in a statement issued Monday that troops would withdraw.", published=date(2020, 11, 19))
    assert next(m.date for m in found if m.event_type == "announcement") == date(2020, 11, 16)


def test_a_cross_head_states_no_event():
    found = rows("وصل الجنود إلى المدينة أمس.\n\nمحادثات السلام\n\nوبدأت المحادثات بين الطرفين اليوم.")
    assert [m.sentence for m in found if m.event_type == "meeting"] == ["وبدأت المحادثات بين الطرفين اليوم."]


# Date attachment as grammar (issue 18, item 4): invented examples
def test_a_meeting_that_opens_what_was_said_took_place_the_day_it_was_said():
    found = rows("During a meeting with the Kenyan president, Hu said ties have grown steadily since 2004.",
                 published=date(2006, 11, 3))
    assert [m.date for m in found if m.event_type == "meeting"] == [date(2006, 11, 3)]
    found = rows("The Greek premier said Thursday after long talks in Athens with his Cypriot counterpart that troops would stay.",
                 published=date(2006, 12, 1))
    assert [m.date for m in found if m.event_type == "meeting"] == [date(2006, 11, 30)]


def test_a_definite_noun_takes_the_date_of_the_event_of_that_name():
    found = rows("The foreign ministers held a meeting in Oslo on March 3. The deputy foreign ministers held talks in Rome on March 5. "
                 "Officials said the meeting produced a draft accord between the two countries.", published=date(2015, 3, 10))
    assert [m.date for m in found if m.event_type == "meeting"] == [date(2015, 3, 3), date(2015, 3, 5), date(2015, 3, 3)]


def test_an_undated_event_takes_the_date_of_the_next_sentence_that_names_it_again():
    found = rows("The foreign minister will visit Cairo. The visit is set for Tuesday.", published=date(2020, 11, 19))
    assert [m.date for m in found if m.event_type == "meeting"] == [date(2020, 11, 24), date(2020, 11, 24)]
    found = rows("The foreign minister will visit Cairo.\n\nThe army said the talks with the rebels begin on Tuesday.",
                 published=date(2020, 11, 19))
    assert next(m.date for m in found if m.event_type == "meeting") is None  # not the same event named again


def test_an_undated_event_takes_the_date_of_the_next_sentence_that_goes_on_about_its_actor():
    found = rows("An African Union delegation is paying a visit to Uganda. The African Union delegation arrived in "
                 "Kampala on Saturday.", published=date(2020, 11, 19))
    assert [m.date for m in found] == [date(2020, 11, 14), date(2020, 11, 14)]
    found = rows("The Egyptian foreign minister will visit Jordan. The army said the talks with the rebels in Sudan "
                 "begin next Tuesday.", published=date(2020, 11, 19))
    assert next(m.date for m in found if m.event_type == "meeting") is None  # another actor, another place


def test_the_day_the_lead_names_is_trusted_over_the_metadata():
    found = extract(Article(id="a1", text="الرياض - اليوم الثلاثاء: التقى وزير الخارجية نظيره الفرنسي اليوم.",
                            date=date(2015, 7, 31), lang="ar"))
    assert (found.reference, found.reference_source) == (date(2015, 7, 28), "day stated in text")
    assert [m.date for m in found.mentions if m.event_type == "meeting"] == [date(2015, 7, 28)]
    same = extract(Article(id="a1", text="Today, Friday, the minister met his counterpart.", date=date(2015, 7, 31)))
    assert (same.reference, same.reference_source) == (date(2015, 7, 31), "published")


def test_a_done_event_told_without_a_date_took_place_the_day_reported():
    found = rows("The envoy gave no statement after his two-hour meeting with the rebels, officials said.", published=date(2020, 11, 19))
    assert [m.date for m in found if m.event_type == "meeting"] == [date(2020, 11, 19)]
    found = rows("The envoy will meet the rebel leaders.", published=date(2020, 11, 19))
    assert [m.date for m in found if m.event_type == "meeting"] == [None]  # a plan with no date stays undated


def test_a_question_states_no_event():
    assert rows("هل منح الاتفاق المبرم بين الدول الكبرى وإيران طهران ما تريد؟") == []
    assert rows('Will the troops really withdraw from the border this year?"') == []
    assert [m.event_type for m in rows("The army withdrew its troops from the border.")] == ["withdrawal"]


@pytest.mark.parametrize("text,lang,expected", [
    ("The Pentagon announced on Tuesday that it will cut troops in Iraq from 3,000 to 2,500 and in Afghanistan "
     "from 4,500 to 2,500.", "en", [("Iraq", 500, 3000, 2500), ("Afghanistan", 2000, 4500, 2500)]),
    ("The US will withdraw 500 troops from Iraq and 2,000 troops from Afghanistan by January.", "en",
     [("Iraq", 500, None, None), ("Afghanistan", 2000, None, None)]),
    ("أعلن البنتاغون الثلاثاء خفض عدد القوات في العراق من 3000 إلى 2500 وفي أفغانستان من 4500 إلى 2500.", "ar",
     [("العراق", 500, 3000, 2500), ("أفغانستان", 2000, 4500, 2500)]),
])
def test_one_trigger_for_two_places_with_numbers_of_their_own_is_two_rows(text, lang, expected):
    moved = [(m.location, m.quantity, m.troops_from, m.troops_to) for m in rows(text, lang) if m.event_type == "withdrawal"]
    assert moved == expected


def test_two_visits_on_two_days_are_two_rows_with_their_own_dates():
    visits = [(m.location, m.date) for m in rows("The defence minister will visit Baghdad on Monday and Kabul on Wednesday.", "en")
              if m.event_type == "meeting"]
    assert visits == [("Baghdad", date(2020, 11, 23)), ("Kabul", date(2020, 11, 18))]
    assert len({m.mention_id for m in rows("The defence minister will visit Baghdad on Monday and Kabul on Wednesday.", "en")}) == 2


def test_two_places_with_nothing_of_their_own_are_one_events():
    assert len([m for m in rows("The minister met officials from Iraq and Syria in Baghdad.", "en") if m.event_type == "meeting"]) == 1


def test_a_date_that_opens_the_sentence_dates_its_main_clause():
    found = rows("Also on March 3, the defence minister of the new government in Kabul announced the end of the mission in the north.",
                 published=date(2020, 3, 20))
    assert [m.date for m in found if m.event_type == "announcement"] == [date(2020, 3, 3)]
    found = rows("وفي الثالث من مارس، وفي كلمة طويلة أمام أعضاء البرلمان، أعلن وزير الدفاع انتهاء المهمة في الشمال.",
                 published=date(2020, 3, 20))
    assert [m.date for m in found if m.event_type == "announcement"] == [date(2020, 3, 3)]
    found = rows("The defence minister announced the end of the mission in the north, where fighting stopped on March 3.",
                 published=date(2020, 3, 20))
    assert [m.date for m in found if m.event_type == "announcement"] == [date(2020, 3, 20)]  # a date far from the verb


def test_a_date_after_another_event_is_that_events_and_not_the_saying_after_it():
    found = rows("Officials said on Tuesday that talks with Egypt would start soon. The envoy, who arrived in Cairo on "
                 "Tuesday, is to sign a trade accord with Egypt on Wednesday, officials said.")
    second = [(m.event_type, m.date) for m in found if m.sentence_start > 0]
    assert second == [("meeting", date(2020, 11, 17)), ("agreement", date(2020, 11, 18)),
                      ("announcement", date(2020, 11, 17))]  # the saying took the day said before, claiming none of these


def test_next_week_does_not_date_a_done_event_though_its_month_began():
    found = rows("The agreement was signed by both sides, and the envoy will visit Tehran next week.", published=date(2015, 7, 25))
    assert {m.event_type: m.date for m in found}["agreement"] == date(2015, 7, 25)


@pytest.mark.parametrize("text, expected", [
    ("Officials said the deployment of the brigades was needed when the province votes on May 20.", date(2020, 5, 2)),
    ("قال المسؤولون إن نشر الألوية ضروري عندما تصوت المحافظة في 20 مايو.", date(2020, 5, 2)),
    ("Officials said the deployment of the brigades before May 20 was needed.", date(2020, 5, 20)),  # no clause: its own
])
def test_a_date_in_a_when_or_before_clause_with_a_head_of_its_own_dates_that_clause(text, expected):
    assert {m.event_type: m.date for m in rows(text, published=date(2020, 5, 2))}["deployment"] == expected


def test_a_count_far_from_a_movement_in_a_long_sentence_is_not_its_quantity():
    far = ("The American troops withdrew from the base in the south of the country last year, and the base, which the "
           "British army had used for many decades before the independence of the country and which remained an "
           "important site for the region, was later secured by some 3,000 soldiers of the coalition.")
    near = "The American troops withdrew 3,000 soldiers from the base in the south of the country last year."
    assert [m.quantity for m in rows(far, "en") if m.event_type == "withdrawal"] == [None]
    assert [m.quantity for m in rows(near, "en") if m.event_type == "withdrawal"] == [3000]


def test_a_movement_told_before_the_declaration_that_attributes_it_keeps_its_own_subject():
    """Arabic: what is announced follows the declaring verb; a movement told before "وفق ما أعلنت" is the
    narrator's, so it takes the subject before it, not the announcer (who owns what it announces)."""
    from timeline.parse import parse

    def actors(text):
        found = parse(Article(id="a1", text=text, date=date(2020, 11, 17), lang="ar")).mentions
        return {m.event_type: m.actor for m in found}

    told_first = actors("نشرت الولايات المتحدة 300 جندي في قاعدة على الحدود، وفق ما أعلنت السفارة الأميركية أمس.")
    assert told_first == {"deployment": "الولايات المتحدة", "announcement": "السفارة الأميركية"}
    announced = actors("أعلنت السفارة الأميركية أمس نشر 300 جندي في قاعدة على الحدود.")
    assert announced == {"announcement": "السفارة الأميركية", "deployment": "السفارة الأميركية"}
