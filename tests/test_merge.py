"""The merge rule, on the hard cases, with mentions written for the test."""
from support import mention

from timeline.merge import clusters, merge


def m(article, sentence, event_type="withdrawal", date="2015-07-25", place="Yemen", **more):
    return mention(article_id=article, event_type=event_type, sentence=sentence, date=date, date_precision="day",
                   place=place, location=place, origin="parsed", lang="en", **more)


def sizes(mentions):
    return sorted(len(c) for c in clusters(mentions))


def test_two_papers_on_the_same_day_and_place_are_one_event_with_both_sources():
    (event,) = merge([m("a", "Coalition troops left Aden on Saturday."),
                      m("b", "The last coalition soldiers withdrew from Aden.")])
    assert event.mentions == 2 and event.articles == 2 and event.sources == "a | b"


def test_same_type_and_day_but_different_places_are_two_events():
    assert sizes([m("a", "Troops left Aden.", place="Aden"), m("b", "Troops left Taiz.", place="Taiz")]) == [1, 1]


def test_a_chain_never_joins_two_places():
    mentions = [m("a", "Troops left the city on Saturday.", place="Aden"),
                m("b", "Troops left the city on Saturday.", place=None),
                m("c", "Troops left the city on Saturday.", place="Taiz")]
    assert sizes(mentions) == [1, 2]


def test_the_same_event_reported_a_day_later_is_one_event_and_the_dates_are_flagged():
    mentions = [m("a", "The coalition announced a five-day humanitarian truce in Yemen.", "announcement", "2015-07-25"),
                m("b", "The coalition announced a five-day humanitarian truce in Yemen starting today.", "announcement",
                  "2015-07-26"),
                m("c", "The coalition announced a humanitarian truce in Yemen for five days.", "announcement",
                  "2015-07-25")]
    (event,) = merge(mentions)
    assert event.date.isoformat() == "2015-07-25" and event.conflicts == "date: 2015-07-25 x2, 2015-07-26 x1"


def test_a_day_apart_with_other_words_is_two_events():
    assert sizes([m("a", "Talks opened in Geneva.", "meeting", "2015-07-25", place="Geneva"),
                  m("b", "Delegates met again behind closed doors.", "meeting", "2015-07-26", place="Geneva")]) == [1, 1]


def test_conflicting_numbers_are_kept_and_flagged_not_averaged():
    (event,) = merge([m("a", "500 troops left Aden.", quantity=500), m("b", "700 troops left Aden.", quantity=700),
                      m("c", "Troops, 500 of them, left Aden.", quantity=500)])
    assert event.quantity == 500 and event.conflicts == "quantity: 500 x2, 700 x1"


def test_other_types_and_origins_never_merge():
    assert sizes([m("a", "Troops left Aden."), m("b", "Troops left Aden.", "deployment"), m("c", "Troops left Aden.")]) \
        == [1, 2]
    gdelt = mention(article_id="g", event_type="withdrawal", sentence="Troops left Aden.", date="2015-07-25",
                    date_precision="day", place="Yemen", origin="gdelt")
    assert sizes([m("a", "Troops left Aden."), gdelt]) == [1, 1]


def test_undated_mentions_merge_only_as_reprints():
    text = "The two foreign ministers discussed the humanitarian truce and the delivery of aid to Yemen."
    assert sizes([m("a", text, "meeting", None, place=None), m("b", text, "meeting", None, place=None),
                  m("c", "The ministers talked.", "meeting", None, place=None)]) == [1, 2]


def test_a_month_holds_its_days_when_the_evidence_is_alike():
    month = mention(article_id="a", event_type="agreement", sentence="The parties signed the ceasefire agreement in July.",
                    date="2015-07-01", date_precision="month", place="Yemen", origin="parsed")
    day = m("b", "The parties signed the ceasefire agreement on Saturday.", "agreement")
    assert sizes([month, day]) == [2]


def test_announcements_link_to_the_events_they_declare():
    ann = m("a", "The ministry announced the withdrawal.", "announcement", mention_id="ann")
    wd = m("a", "The ministry announced the withdrawal.", "withdrawal", mention_id="wd", announced_by="ann")
    events = {e.event_type: e for e in merge([ann, wd])}
    assert events["withdrawal"].announced_by == events["announcement"].event_id
    assert events["announcement"].announces == events["withdrawal"].event_id


def test_the_yemen_truce_reports_of_the_dev_corpus_are_one_or_a_few_events(dev):
    events = merge(dev.mentions)
    truce = [e for e in events if e.event_type == "announcement" and "هدنة" in e.sentence.replace("الهدنة", "هدنة")
             and e.date and e.date.isoformat().startswith("2015-07-2")]
    reports = [m for m in dev.mentions if m.event_type == "announcement" and "هدنة" in m.sentence.replace("الهدنة", "هدنة")
               and m.date and m.date.isoformat().startswith("2015-07-2")]
    assert len(reports) >= 10 and len(truce) <= 4 and max(e.articles for e in truce) >= 5
    assert len(events) < len(dev.mentions)
