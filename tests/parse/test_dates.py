from datetime import date

import pytest

from timeline.parse.dates import find_time_expressions, hijri_to_gregorian, reference_date

REF = date(2020, 11, 17)  # a Tuesday


def values(text, lang, ref=REF):
    return [(t.text, t.value) for t in find_time_expressions(text, lang, ref)]


@pytest.mark.parametrize("text", [
    "في 17 تشرين الثاني 2020",  # Levantine / Iraqi
    "في 17 نوفمبر 2020",  # Egyptian / Gulf
    "في 17 نونبر 2020",  # Moroccan
    "في ١٧ نوفمبر ٢٠٢٠",  # Arabic-Indic digits
    "في 17/11/2020م",
])
def test_arabic_full_dates_in_every_month_set(text):
    assert [v for _, v in values(text, "ar")] == ["2020-11-17"]


def test_maghrebi_and_levantine_months_without_day():
    assert values("في جانفي 2021", "ar") == [("جانفي 2021", "2021-01")]
    assert values("في شباط 2021", "ar") == [("شباط 2021", "2021-02")]


def test_double_month_names_in_parentheses():
    # a restatement in brackets is its own expression (docs/arabic-timex-guidelines.md)
    assert values("قبيل افتتاح المعرض في 3 مارس (آذار) في عمان", "ar", date(2015, 7, 25)) == [("3 مارس", "2015-03-03"), ("آذار", "2015-03")]


def test_hijri_date_is_converted():
    assert values("يوم الأربعاء 3 رمضان 1437هـ", "ar")[-1][1] == "2016-06-08"
    assert hijri_to_gregorian(1437, 9, 3) == date(2016, 6, 8)


@pytest.mark.parametrize("text,value", [
    ("اليوم", "2020-11-17"), ("أمس", "2020-11-16"), ("غدا", "2020-11-18"),
    ("الثلاثاء", "2020-11-17"), ("الأحد", "2020-11-15"), ("الأسبوع الماضي", "2020-W46"),
    ("الشهر المقبل", "2020-12"), ("العام الماضي", "2019"), ("منتصف الشهر الجاري", "2020-11"),
    ("مطلع الشهر المقبل", "2020-12"), ("أواخر العام الماضي", "2019"),
    ("هذا الشهر", "2020-11"), ("هذه السنة", "2020"), ("منتصف هذا العام", "2020"), ("أمس الأول", "2020-11-15"),
    ("وقت سابق من هذا الشهر", "2020-11"),
])
def test_arabic_relative_expressions(text, value):
    assert values(f"قال المسؤول {text} إن القوات انسحبت", "ar") == [(text, value)]


def test_a_bare_arabic_year_after_a_preposition_is_a_year_but_not_a_count():
    assert values("دعت رئيسها إلى حضور القمة في 2007، أعقبتها اجتماعات", "ar") == [("2007", "2007")]
    assert values("تغيرت الأوضاع منذ 2011.", "ar") == [("2011", "2011")]
    assert values("انتشرت القوات في 2000 موقع", "ar") == []


def test_future_weekday_looks_forward():
    assert values("ستنسحب القوات يوم الخميس المقبل", "ar")[0][1] == "2020-11-19"
    assert values("Troops will leave on Thursday", "en")[0][1] == "2020-11-19"


@pytest.mark.parametrize("text,value", [
    ("today", "2020-11-17"), ("yesterday", "2020-11-16"), ("on Tuesday", "2020-11-17"),
    ("last week", "2020-W46"), ("next month", "2020-12"), ("November 13", "2020-11-13"),
    ("Nov. 13, 2019", "2019-11-13"), ("in 2002", "2002"), ("three years ago", "2017"),
    ("the third quarter", "2020-Q3"), ("two weeks", "P2W"), ("now", "PRESENT_REF"),
])
def test_english_expressions(text, value):
    assert [v for _, v in values(f"Officials said {text} that troops left", "en")] == [value]


@pytest.mark.parametrize("text,value", [
    ("on the fourteenth of last month", "2020-10-14"), ("on the 3rd of next month", "2020-12-03"),
    ("on the twenty-first of this month", "2020-11-21"), ("first of all, this month", "2020-11"),
])
def test_an_ordinal_day_of_a_month_named_by_its_shift(text, value):
    assert [v for _, v in values(f"Officials said {text} that troops left", "en")] == [value]


def test_parts_of_the_day_weekends_and_business_periods():
    ref = date(1989, 10, 30)  # a Monday
    assert values("It will be disclosed this morning", "en", ref) == [("this morning", "1989-10-30TMO")]
    assert values("He said late last night", "en", ref) == [("last night", "1989-10-29TNI")]
    assert values("Over the weekend, McCaw called for an auction", "en", ref) == [("the weekend", "1989-W43-WE")]
    assert values("Traders squared positions ahead of the weekend", "en", ref) == [("the weekend", "1989-W44-WE")]
    assert values("Sales in the latest period rose", "en", ref) == [("the latest period", "1989-Q3")]
    assert values("Revenue for the year ended March 31 rose", "en", ref)[0] == ("the year", "P1Y")
    assert values("Net fell from the year-earlier period", "en", ref) == [("the year-earlier period", "1988-Q3")]
    assert values("They hope to complete the deal by year-end", "en", ref) == [("year-end", "1989-12-31")]
    assert values("Closing the depot by the year-end is the plan", "en", ref) == [("the year-end", "1989-12-31")]
    assert values("The index has risen since year-end", "en", ref) == [("year-end", "1988-12-31")]


def test_holidays_resolve_to_their_last_or_next_day():
    assert values("The boy was found on Thanksgiving Day", "en", date(2000, 1, 7)) == [("Thanksgiving Day", "1999-11-25")]
    assert values("Talks will resume after Christmas", "en", date(2006, 12, 4)) == [("Christmas", "2006-12-25")]


def test_troop_counts_are_never_years():
    assert values("cutting troops from 3200 to 2500", "en") == []
    assert values("خفض عدد القوات إلى 2000 جندي", "ar") == []
    assert values("2000 soldiers arrived", "en") == []
    assert values("The army cut its troops to 2000.", "en") == []
    assert values("Troops were cut from 3200 to 2000.", "en") == []
    assert [v for _, v in values("It grew from 1990 to 1995.", "en")] == ["1990", "1995"]


def test_precision():
    found = find_time_expressions("in May 2020, in 2019, on 3 May 2020", "en", REF)
    assert [t.precision for t in found] == ["month", "year", "day"]


def test_relative_dates_need_a_reference():
    assert find_time_expressions("اليوم", "ar", None) == []


def test_reference_is_publication_date_else_latest_full_date_in_text():
    text = "التقى الوفدان في 3 نوفمبر 2020 ثم في 17 نوفمبر 2020. واليوم بدأ الانسحاب."
    assert reference_date(text, "ar", date(2020, 12, 1)) == (date(2020, 12, 1), "published")
    assert reference_date(text, "ar", None) == (date(2020, 11, 17), "latest date in text")
    assert reference_date("واليوم بدأ الانسحاب", "ar", None) == (None, "none")


def _arabic_months():
    from timeline.parse.lexicon import load_lexicon

    return sorted(load_lexicon("ar")["months"].items())


@pytest.mark.parametrize("name,number", _arabic_months())
def test_every_arabic_month_name_of_every_set(name, number):
    """Levantine, Egyptian/Gulf, Maghrebi and Moroccan names all give their month (letters as folded in the lexicon)."""
    assert values(f"وصل الوفد في 5 {name} 2015", "ar") == [(f"5 {name} 2015", f"2015-{number:02d}-05")]


@pytest.mark.parametrize("text,value", [
    ("10 رمضان 1436هـ", "2015-06-27"), ("1 محرم 1437 هـ", "2015-10-14"), ("عام 1436 هـ", "2015"),  # the year of its middle
])
def test_hijri_dates_and_years(text, value):
    assert values(f"صدر القرار في {text}", "ar")[0][1] == value


def test_english_conventions():
    ref = date(1989, 11, 2)
    assert values("The 6-year-old boy left", "en", ref) == []
    assert values("The Sun reported it", "en", ref) == []
    assert values("They left in May", "en", ref) == [("May", "1989-05")]
    assert values("Profit rose in the quarter", "en", ref) == [("the quarter", "1989-Q3")]
    assert values("It was signed last June", "en", ref) == [("last June", "1989-06")]
    assert values("Talks will resume on Tuesday", "en", ref) == [("Tuesday", "1989-11-07")]
    assert values("He said on Tuesday that talks will resume", "en", ref) == [("Tuesday", "1989-10-31")]
    assert values("in the first nine months", "en", ref) == [("the first nine months", "P9M")]


def test_year_of_a_bare_day_follows_the_tense():
    ref = date(2006, 11, 12)
    assert values("The government signed the deal on May 5.", "en", ref)[0][1] == "2006-05-05"
    assert values("The sides will meet on January 9.", "en", ref)[0][1] == "2007-01-09"


def test_without_a_tense_marker_a_day_soon_ahead_is_the_coming_one():
    ref = date(1989, 10, 27)
    assert values("The dividend is payable Dec. 7 to stock of record.", "en", ref)[0][1] == "1989-12-07"
    assert values("The dividend is payable in January to holders.", "en", ref)[0][1] == "1990-01"
    assert values("The plant opened in June to workers.", "en", ref)[0][1] == "1989-06"


@pytest.mark.parametrize("text,span,value", [
    ("the hearing at 9 a.m. EST Tuesday", "9 a.m. EST Tuesday", "1998-08-18T09:00"),
    ("they met at noon Thursday", "noon Thursday", "1998-08-20T12:00"),
    ("held on Saturday, April 25", "Saturday, April 25", "1998-04-25"),
    ("signed in January this year", "January this year", "1998-01"),
    ("built in mid-1996", "mid-1996", "1996"),
    ("nearly four years ago", "nearly four years ago", "1994"),
    ("for more than two weeks", "more than two weeks", "P2W"),
    ("for a couple of years", "a couple of years", "PXY"),
    ("arrested several times between 1994 and 1997", "1994", "1994"),
    ("the blast came at 7:15 p.m. on the same day", "7:15 p.m.", "1998-08-20T19:15"),
])
def test_english_spans_follow_timeml(text, span, value):
    assert values(text, "en", date(1998, 8, 20))[0] == (span, value)


def test_a_range_of_troops_is_not_a_year():
    assert values("between 1500 and 2000 troops", "en") == []


def test_tense_is_read_within_the_clause_and_a_future_weekday_may_be_today():
    ref = date(1989, 10, 27)  # a Friday
    assert values("Talks will resume on Friday", "en", ref)[0][1] == "1989-10-27"
    assert values("Talks will resume next Friday", "en", ref)[0][1] == "1989-11-03"
    assert values("The bank will cut rates, analysts said on Tuesday", "en", ref)[0][1] == "1989-10-24"
    # "succeed" is no past verb, and an initial's dot ends no clause: the date is ahead
    assert values("Mr. Schwarz will succeed Daniel P. Davison Feb. 1", "en", ref)[0][1] == "1990-02-01"


def test_quarters_take_the_year_they_are_given_or_the_one_they_fall_in():
    ref = date(1989, 10, 26)
    assert values("losses through the third quarter of 1990", "en", ref)[0] == ("the third quarter of 1990", "1990-Q3")
    assert values("in the year-ago third quarter", "en", ref)[0][1] == "1988-Q3"
    assert values("as early as next year's first quarter", "en", ref)[0][1] == "1990-Q1"
    assert values("profits fell in the fourth quarter", "en", date(1998, 1, 26))[0][1] == "1997-Q4"  # not begun yet
    assert values("profits will rise in the fourth quarter", "en", date(1998, 1, 26))[0][1] == "1998-Q4"


def test_year_ago_as_an_adjective_is_the_same_period_a_year_before():
    ref = date(1989, 10, 26)
    assert values("The year-earlier results included a gain", "en", ref) == [("year-earlier", "1988")]
    assert values("a third-quarter loss, compared with a year-earlier profit", "en", ref)[-1] == ("year-earlier", "1988-Q3")


@pytest.mark.parametrize("text,expected", [
    ("Keating was convicted in nineteen ninety-one", ("nineteen ninety-one", "1991")),
    ("January nineteen ninety-seven. Atlanta again.", ("January nineteen ninety-seven", "1997-01")),
    ("the level we saw in the winter of nineteen ninety-four", ("the winter of nineteen ninety-four", "1994-WI")),
    ("The approach of the year two thousand", ("the year two thousand", "2000")),
    ("after 2 1/2 years in prison", ("2 1/2 years", "P2Y6M")),
    ("only 5 1/2 hours on the ground", ("5 1/2 hours", "PT5H30M")),
    ("a minute and a half later", ("a minute and a half", "PT1M30S")),
    ("a 20th century democrat", ("20th century", "19")),
    ("the 11th century temple", ("the 11th century", "10")),
    ("numbers dropping through the nineties", ("the nineties", "199")),
])
def test_years_decades_and_centuries_in_words_and_halves(text, expected):
    assert values(text, "en", date(1998, 2, 27))[0] == expected


def test_two_thousand_troops_and_twenty_year_olds_are_no_years():
    assert all(v != "2000" for _, v in values("He sent two thousand troops", "en", date(1998, 2, 27)))
    assert all(v != "1920" for _, v in values("nineteen twenty-year-olds", "en", date(1998, 2, 27)))


def test_the_year_of_a_report_is_the_year_it_is_written_in():
    ref = date(1989, 11, 2)
    assert values("Sales for the full year were $6.6 billion", "en", ref) == [("the full year", "1989")]
    assert values("lower earnings for the fiscal year", "en", ref) == [("the fiscal year", "1989")]
    assert values("in the year ended June 30", "en", ref)[0][1] != "1989"  # the year ended: a period, not this year


def test_an_age_is_no_time_expression():
    assert values("Howes, 37 years old when he was kidnapped", "en", date(1998, 2, 19)) == []
    assert values("The tourism industry has been troubled for years", "en", date(1998, 2, 19)) == [("years", "PXY")]


def test_a_month_abbreviation_is_a_whole_word():
    assert [t for t, _ in values("In October, customers in the nation's top 10 markets grew", "en", date(1989, 10, 26))] == ["October"]
    assert values("on 10 Mar. the talks resumed", "en", date(1989, 10, 26))[0][1] == "1989-03-10"


def test_a_quarter_of_something_is_a_share_not_a_time():
    assert values("accounting for more than a quarter of the market", "en", date(1989, 10, 26)) == []
    assert values("Jordan buys nearly three-quarters of its wheat abroad", "en", date(1989, 10, 26)) == []
    assert values("losses for several quarters of the year", "en", date(1989, 10, 26))[0][1] == "PXQ"


def test_a_year_is_no_count_of_quarters():
    ref = date(1989, 10, 30)
    assert values("a one-time gain in the 1988 quarter", "en", ref)[0] == ("the 1988 quarter", "1988-Q3")
    assert values("it lasted 3 quarters", "en", ref)[0] == ("3 quarters", "P3Q")


def test_a_year_ago_is_the_quarter_a_year_before_only_where_its_sentence_reports_a_quarter():
    ref = date(1989, 10, 26)
    text = "Profit rose in the third quarter. Sales were C$4.2 billion compared with C$3.9 billion a year earlier."
    assert values(text, "en", ref)[-1] == ("a year earlier", "1988")
    text = "Third-quarter profit rose to $5 million from $3 million a year earlier."
    assert values(text, "en", ref)[-1] == ("a year earlier", "1988-Q3")


def test_a_past_participle_used_as_an_adjective_tells_no_tense():
    ref = date(1989, 11, 2)
    assert values("The reduced dividend is payable Jan. 2", "en", ref)[0][1] == "1990-01-02"
    assert values("would be paid on a still unspecified date in January", "en", date(1989, 10, 26))[0][1] == "1990-01"


def test_a_change_effective_on_a_day_takes_the_coming_one():
    assert values("a new chairman's office, effective Feb. 1", "en", date(1989, 10, 26))[0][1] == "1990-02-01"


def test_set_looks_ahead_only_in_set_to_and_set_for():
    ref = date(1998, 3, 22)  # a Sunday
    assert values("the peace process, set to resume Monday in Belfast", "en", ref)[0][1] == "1998-03-23"
    assert values("the agency set Friday as the deadline", "en", date(2000, 1, 15))[0][1] == "2000-01-14"
    assert values("its record high set on Aug. 6", "en", date(1998, 2, 6))[0][1] == "1997-08-06"


def test_a_weekday_owning_something_is_past():
    assert values("they would look for ways to get around Wednesday's ruling", "en", date(2000, 1, 7))[0][1] == "2000-01-05"


def test_the_following_year_or_month_counts_from_the_date_given_last():
    found = values("On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.",
                   "en", date(1998, 4, 18))
    assert found[-1] == ("the following year", "1996")
    assert values("In March the bank grew. The following month, it was sold.", "en", date(1998, 10, 1))[-1][1] == "1998-04"


@pytest.mark.parametrize("text,lang,value", [
    ("The minister visits Cairo on Thursday", "en", "2020-11-19"),
    ("The minister visited Cairo on Thursday", "en", "2020-11-12"),
    ("يزور الرئيس القاهرة يوم الخميس", "ar", "2020-11-19"),
    ("قال الوزير إن الرئيس يلتقي نظيره الخميس", "ar", "2020-11-19"),
    ("زار الرئيس القاهرة يوم الخميس", "ar", "2020-11-12"),
    ("يزور الرئيس القاهرة الخميس الماضي", "ar", "2020-11-12"),
])
def test_a_present_tense_event_verb_puts_its_weekday_ahead(text, lang, value):
    assert [v for _, v in values(text, lang)] == [value]
