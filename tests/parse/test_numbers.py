import pytest

from timeline.parse.lexicon import load_lexicon
from timeline.parse.numbers import TroopNumbers, find_troop_numbers, parse_number, word_number
from timeline.parse.text import fold_text


def troops(text, lang):
    return find_troop_numbers(fold_text(text), lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("خفض عدد القوات الفرنسية في مالي من 5100 إلى 4300", "ar", TroopNumbers(800, 5100, 4300)),
    ("خفض عدد القوات من ٣٢٠٠ إلى ٢٥٠٠ جندي", "ar", TroopNumbers(700, 3200, 2500)),
    ("cut troops in Iraq from 3,200 to 2,500", "en", TroopNumbers(700, 3200, 2500)),
    ("reduce the force to 2,500 from 3,000 soldiers", "en", TroopNumbers(500, 3000, 2500)),
    ("withdraw 12,000 of its 15,000 troops", "en", TroopNumbers(12000, 15000, 3000)),
    ("سحب 12 ألفا من أصل 15 ألف جندي", "ar", TroopNumbers(12000, 15000, 3000)),
    ("two of the 300 soldiers were hurt", "en", TroopNumbers(300, None, None)),  # not a force's own total
    ("خفض عدد القوات البريطانية في قبرص إلى 800 جندي", "ar", TroopNumbers(None, None, 800)),
    ("reduce the force to 2,500 troops", "en", TroopNumbers(None, None, 2500)),
    ("Spain dispatched 1,300 troops to Lebanon in 2006", "en", TroopNumbers(1300, None, None)),
    ("بدأت القوات بالانسحاب والعدد هو 500", "ar", TroopNumbers(500, None, None)),
    ("سحب خمسة آلاف جندي", "ar", TroopNumbers(5000, None, None)),
    ("withdraw three thousand soldiers", "en", TroopNumbers(3000, None, None)),
])
def test_troop_numbers(text, lang, expected):
    assert troops(text, lang) == expected


def test_numbers_without_troops_are_not_counts():
    assert troops("the budget grew from 3200 to 2500 dollars in 2020", "en") == TroopNumbers()
    assert troops("from 2019 to 2020 the troops stayed", "en") == TroopNumbers()


def test_number_parsing():
    en, ar = load_lexicon("en"), load_lexicon("ar")
    assert parse_number("3,200", en) == 3200
    assert parse_number("35 الف", ar) == 35000
    assert word_number("two hundred", en) == 200
    assert word_number("not a number", en) is None


@pytest.mark.parametrize("text,lang,expected", [
    # issue 18: the Arabic definite thousands, a cut by half, officers as troops, a level that remains
    ("سحب الـ30 ألف جندي من المنطقة", "ar", TroopNumbers(30000, None, None)),
    ("The ministry will cut the garrison by half to 9,400.", "en", TroopNumbers(9400, 18800, 9400)),
    ("خفض عدد القوات بالنصف إلى 1500 جندي", "ar", TroopNumbers(1500, 3000, 1500)),
    ("The army sent another 60 officers to the base.", "en", TroopNumbers(60, None, None)),
    ("About 2,000 soldiers will remain in the country.", "en", TroopNumbers(None, None, 2000)),
    ("Withdraw 3,000 troops, and 2,000 soldiers will remain.", "en", TroopNumbers(3000, None, 2000)),
    ("الجيش لن ينسحب وسيبقى 400 جندي في القاعدة", "ar", TroopNumbers(None, None, 400)),
    ("في النصف الأول من العام انسحب 200 جندي", "ar", TroopNumbers(200, None, None)),
])
def test_troop_number_constructions(text, lang, expected):
    assert troops(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a count of the dead is no troops moved, and the troops that did move are still counted
    ("وقتلت الفصائل 15 عنصرا من التنظيم وأجبرته على الانسحاب", "ar", TroopNumbers()),
    ("The rebels killed 12 soldiers as 300 troops withdrew from the town.", "en", TroopNumbers(300, None, None)),
    # fighter jets (مقاتلات) are aircraft, not fighters (مقاتلين)
    ("ونشرت الولايات المتحدة ست مقاتلات في القاعدة", "ar", TroopNumbers()),
    ("ونشرت الولايات المتحدة 300 مقاتل في القاعدة", "ar", TroopNumbers(300, None, None)),
])
def test_casualties_and_aircraft_are_no_troops_moved(text, lang, expected):
    assert troops(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The US deployed six F-16 fighters to the base.", "en", TroopNumbers()),  # a model's number is no count
    ("نشر 450 من جنود المارينز في القاعدة", "ar", TroopNumbers(450, None, None)),
    ("وسحبت الحكومة 300 من العناصر من المدينة", "ar", TroopNumbers(300, None, None)),
])
def test_model_numbers_and_arabic_counts_of_troops(text, lang, expected):
    assert troops(text, lang) == expected
