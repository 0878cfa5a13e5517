"""Dates: expressions found in text, resolved against the article's date, and publication dates inferred."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia.clean import clean_text
from natorussia.dates import (
    MONTH_AFTER_WORD,
    PartialDate,
    anniversary_dates,
    date_cues,
    find_date_mentions,
    head_month_day,
    infer_publication_date,
    not_before,
    resolve,
    resolve_relative,
    stamp_date,
    told_as_past,
)

ANCHOR = PartialDate(2021, 10, 19)


def only(text: str, anchor: PartialDate | None = ANCHOR) -> str:
    mentions = find_date_mentions(text)
    assert len(mentions) == 1, mentions
    resolved = resolve(mentions[0], anchor)
    return resolved.iso if resolved else ""


@pytest.mark.parametrize("text, expected", [
    ("The ministers met on Monday.", "2021-10-18"),
    ("Earlier this month the alliance acted.", "2021-10"),
    ("It happened last week.", "2021-10"),
    ("Ministers met on May 18 or 19.", "2021-05"),
    ("The summit is pencilled in for May 18 or 19.", "2022-05"),
    ("Moscow annexed Crimea in 2014.", "2014"),
    ("Meetings have not been held since 2019.", "2019"),
    ("The drills held last summer worried Riga.", "2021"),
    ("The war began on August 7, 2008.", "2008-08-07"),
    ("They met in August 2008.", "2008-08"),
    ("Posted 01/20/2012 by staff.", "2012-01-20"),
    ("It was signed on 17 March 2014.", "2014-03-17"),
    ("The council met on April 29.", "2021-04-29"),
    ("The allies suspended it two years ago.", "2019"),
    ("The allies suspended it nearly two years ago.", "2020"),  # a little less than two years before October 2021
    ("The allies suspended it more than three years ago.", "2018"),
    ("Moscow expelled the attache three months ago.", "2021-07"),
    ("The drills ended a week ago.", "2021-10"),
    ("The envoy was summoned five days ago.", "2021-10-14"),
])
def test__resolve__gives_the_precision_the_text_gives(text, expected):
    assert only(text) == expected


def test__resolve__month_possessive_is_the_latest_such_month_before_the_article():
    assert only("after August's Georgia war", PartialDate(2009, 5)) == "2008-08"


def test__find_date_mentions__mays_government_is_the_prime_ministers():
    assert [m.text for m in find_date_mentions("May's government ordered them out on March 14.")] == ["March 14"]
    assert [m.kind for m in find_date_mentions("May's elections were tense.")] == ["month_possessive"]


def test__resolve__a_day_with_no_cue_of_the_future_is_at_most_a_month_ahead():
    assert only("Russia expelled three diplomats on February 5.", PartialDate(2021, 10, 7)) == "2021-02-05"
    assert only("The ministers met on November 2.", PartialDate(2021, 10, 30)) == "2021-11-02"
    assert only("The summit will open on February 5.", PartialDate(2021, 10, 7)) == "2022-02-05"


def test__told_as_past__a_clause_in_the_past_tense_with_nothing_ahead_or_present():
    def told(sentence: str, date_text: str) -> bool:
        start = sentence.index(date_text)
        return told_as_past(sentence, start, start + len(date_text))

    assert told("Moscow retaliated on 17 March, expelling 23 British diplomats.", "17 March")
    assert told("On 12 March, Theresa May told MPs it was highly likely.", "12 March")
    assert not told("Moscow said it was suspending its mission from Nov. 1 and closing the offices.", "Nov. 1")
    assert not told("The exercise comes a month before leaders meet in Warsaw on July 8.", "July 8")
    assert not told("The talks on March 12 will deal with Ukraine.", "March 12")
    assert told("Moscow hit back on 29 March by closing the US consulate.", "29 March")  # 'hit': no -ed
    assert told("Kyiv found the wreckage on 2 May and flew the crew home.", "2 May")
    assert not told("The drones hit targets on 29 March every year.", "29 March")


def test__resolve__a_season_without_a_year_is_the_last_one_begun_by_the_article():
    assert only("The thaw was interrupted in the spring, when NATO acted.", PartialDate(2009, 11, 2)) == "2009"
    assert only("The drills took place in the autumn.", PartialDate(2015, 2)) == "2014"
    assert only("The ministers will meet in the autumn.", PartialDate(2015, 2)) == "2015"
    assert [m.kind for m in find_date_mentions("in the spring of 2014")] == ["year"]


def test__resolve__last_month_name_is_a_year_back_when_needed():
    assert only("during last August's war", PartialDate(2009, 5)) == "2008-08"
    assert only("after the conflict in Georgia last August", PartialDate(2009, 9)) == "2008-08"  # not last month
    assert only("NATO held drills last August", PartialDate(2009, 10)) == "2009-08"


def test__resolve__last_weekday_on_that_weekday_is_a_week_back():
    assert only("Last Monday, NATO dismissed them.", PartialDate(2021, 10, 18)) == "2021-10-11"


def test__resolve__weekday_against_a_month_gives_only_the_month():
    assert only("They met on Thursday.", PartialDate(2017, 9)) == "2017-09"


def test__resolve__relative_needs_an_anchor():
    assert only("It happened last week.", None) == ""


def test__resolve_relative__last_month_crosses_the_year():
    assert resolve_relative("last_month", PartialDate(2021, 1, 5)).iso == "2020-12"


def test__find_date_mentions__figures_are_not_years():
    assert [m.kind for m in find_date_mentions("Some 12,700 servicemen and 2,000 pages, 1300 troops.")] == []


def test__find_date_mentions__a_day_of_an_older_war_keeps_its_year():
    found = find_date_mentions("It fell on the anniversary of the Soviet invasion of Poland on September 17, 1939.")
    assert [(m.kind, m.year) for m in found] == [("full", 1939)]  # not 'September 17' of the article's year


def test__find_date_mentions__future_cue_is_marked():
    (m,) = find_date_mentions("The exercises will run until June 1.")
    assert m.future


@pytest.mark.parametrize("text", ["a live exercise in Poland set for November", "a drill slated for March"])
def test__find_date_mentions__set_or_slated_for_a_date_is_ahead(text):
    (m,) = find_date_mentions(text)
    assert m.future


def test__partial_date__parse_rejects_impossible_dates():
    with pytest.raises(ValueError):
        PartialDate.parse("2021-02-30")
    assert PartialDate.parse("2021-10").precision == "month"


def test__infer_publication_date__head_date_nearest_the_events_wins():
    paragraphs = ["Monday 23 October 2017", "Washington, March 17, 2014", "Sanctions followed the referendum."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 3, 16)]).iso == "2014-03-17"


def test__infer_publication_date__latest_anchor_refined_by_month_names():
    paragraphs = ["NATO expelled the two men on April 29.", "Talks had been set for May 18."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2009, 4, 29)]).iso == "2009-05"


def test__infer_publication_date__future_months_do_not_count():
    paragraphs = ["The exercises will run from June 1 to June 20."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2009, 4)]).iso == "2009-04"


def test__infer_publication_date__last_august_means_the_next_year():
    paragraphs = ["Relations cooled over its support for Georgia during last August's war."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2008, 8)]).iso == "2009"


def test__infer_publication_date__a_single_head_date_or_the_estimates_whatever_the_body_says(monkeypatch):
    import natorussia.dates as dates_module
    paragraphs = ["Washington, March 17, 2014", "In May 2016 and in 2019 the talks failed."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2018, 1)]).iso == "2014-03-17"
    estimates = [PartialDate(2015, 2), PartialDate(2015, 4)]
    assert infer_publication_date(paragraphs[1:], (), [PartialDate(2018, 1)], estimates).iso == "2015-04"
    calls = []
    real = dates_module.find_date_mentions
    monkeypatch.setattr(dates_module, "find_date_mentions", lambda text, kinds=None: calls.append(text) or real(text, kinds))
    assert infer_publication_date(paragraphs, (), []).iso == "2014-03-17"
    assert calls == paragraphs  # the head paragraphs, one by one; the body is not read again


def test__infer_publication_date__nothing_to_go_on():
    assert infer_publication_date(["No date here."], (), []) is None


def test__resolve__month_last_year():
    assert only("In March last year the troops were put on alert.", PartialDate(2016, 6)) == "2015-03"


def test__resolve__range_end_is_found_but_marked_future():
    (m,) = find_date_mentions("The drills will run until November 7.")
    assert m.future and m.kind == "month_day"


def test__infer_publication_date__last_year_after_the_latest_written_year():
    paragraphs = ["The talks in August 2019 failed.", "Last year's killing strained ties."]
    assert infer_publication_date(paragraphs, (), []).iso == "2020"


def test__infer_publication_date__month_last_year_is_not_the_article_year():
    paragraphs = ["In September last year the consulate was closed.", "The expulsions followed in 2018."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2018, 3, 26)]).iso == "2018-03"


@pytest.mark.parametrize("text", ["MOSCOW, February 30. Russia expelled two diplomats.",
                                  "NATO expelled two officers on February 29, said a spokesman."])
def test__impossible_or_leap_days_never_raise(text):
    from natorussia.clean import clean_text
    from natorussia.corpus import RawArticle
    from natorussia.pipeline import process_article
    for header in ("", "2021-03-02", "2021-03"):
        result = process_article(RawArticle("t", text, header_date=header))
        assert result.article["article_id"] == "t"
    assert clean_text(text).text


def test__find_date_mentions__same_with_and_without_the_cue_filter(monkeypatch):
    from natorussia import clean, dates, extract
    from natorussia.corpus import RawArticle, iter_corpus
    from natorussia.cues import CueIndex
    from natorussia.paths import CORPUS_DIR, SEEDS_DIR
    texts = [clean.clean_text(a.text).text for a in iter_corpus([CORPUS_DIR, SEEDS_DIR]) if isinstance(a, RawArticle)]
    sentences = [s for t in texts for s in extract.split_sentences(t)] + [p for t in texts for p in t.split("\n")]
    filtered = [find_date_mentions(s) for s in sentences]
    n = len(dates.PATTERNS) + len(dates.relative_rules())
    monkeypatch.setattr(dates, "date_cues", lambda live=None: CueIndex((None,) * n, (), (), tuple(range(n))))
    monkeypatch.setattr(dates, "feature_mask", lambda text, lower, wanted=63: wanted)
    assert filtered == [find_date_mentions(s) for s in sentences]
    assert sum(map(len, filtered)) > 200


@pytest.mark.parametrize("kinds", [{"full"}, {"full", "month_year", "year", "last_month_name", "month_day", "month"},
                                   {"weekday", "last_weekday"}, {"today"}, set()])
def test__find_date_mentions__kinds_as_if_filtered_from_all(kinds):
    from natorussia import clean
    from natorussia.corpus import RawArticle, iter_corpus
    from natorussia.paths import CORPUS_DIR, SEEDS_DIR
    texts = [clean.clean_text(a.text).text for a in iter_corpus([CORPUS_DIR, SEEDS_DIR]) if isinstance(a, RawArticle)]
    texts += [p for t in texts for p in t.split("\n")]
    for text in texts:
        assert find_date_mentions(text, kinds) == [m for m in find_date_mentions(text) if m.kind in kinds]


def test__infer_publication_date__a_time_stamp_line_is_the_publication_date():
    paragraphs = ["By Staff Writers", "March 22, 2021, 11:48 AM",
                  "The minister speaks in Sofia, Friday, March 19, 2021. (Photo)", "Sofia expelled two diplomats."]
    assert infer_publication_date(paragraphs, (), []).iso == "2021-03-22"
    assert infer_publication_date(["Updated: 5 May 2016 10:02 GMT", "Talks failed on May 3, 2016."], (), []).iso == "2016-05-05"
    # a bare date line (when the page was printed) or a dateline with a place is no time stamp
    paragraphs = ["Monday 23 October 2017", "Washington, March 17, 2014", "Sanctions followed the referendum."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 3, 16)]).iso == "2014-03-17"


def test__infer_publication_date__a_time_stamp_in_a_short_form():
    body = "Oslo said on Thursday it would expel two diplomats, a year after Moscow's move in May 2018."
    assert infer_publication_date(["Thu Jun 6, 2019 4:02pm BST", body], (), []).iso == "2019-06-06"
    assert infer_publication_date(["Published on : 06/21/2019 - 09:15", body], (), []).iso == "2019-06-21"
    assert infer_publication_date(["Updated 21.06.2019 09:15", body], (), []).iso == "2019-06-21"
    # dots are day-first; a later update after the first stamp does not hide it
    assert infer_publication_date(["Published: 06.05.2019 | Updated: 07.05.2019", body], (), []).iso == "2019-05-06"
    # a time of day, then the later update
    assert infer_publication_date(["Published 25.5.2015 at 18:42 | Updated 26.5.2015 at 09:10", body], (),
                                  []).iso == "2015-05-25"
    assert infer_publication_date(["01/13/2011 7:26 EST | Updated 3/17/2011 8:12 EDT", body], (), []).iso == "2011-01-13"
    # year first ('2021.04.23 15:40', as Baltic sites print it) is always year, month, day
    assert infer_publication_date(["LRT English", "2021.04.23 15:40", body], (), []).iso == "2021-04-23"
    assert infer_publication_date(["Hungary Today", "2019. 06. 06. 18:04", body], (), []).iso == "2019-06-06"  # Hungarian
    # a label, a weekday or a time of day before the date; ISO with a time; a stamp after a byline on its line
    assert infer_publication_date(["Last Updated: 7:39PM BST 21 Aug 2008", body], (), []).iso == "2008-08-21"
    assert infer_publication_date(["Tuesday 27 March 2018 19.02 BST", body], (), []).iso == "2018-03-27"
    assert infer_publication_date(["2021-10-06T16:58:00+02:00", body], (), []).iso == "2021-10-06"
    assert infer_publication_date(["By Euronews with AP, Reuters • Updated: 21/11/2018 - 15:21", body], (),
                                  []).iso == "2018-11-21"
    # the stamp before a byline on its line; a Nordic stamp with a dotted day and 'kl.' before the time
    assert infer_publication_date(["08.06.2020 17:25 | Jakub Horák", body], (), []).iso == "2020-06-08"
    assert infer_publication_date(["NRK", "Publisert 1. nov. 2018 kl. 13:20", body], (), []).iso == "2018-11-01"
    assert infer_publication_date(["Oppdatert 5. okt. 2017 kl. 07:02", body], (), []).iso == "2017-10-05"
    # Finnish 'klo' before the time, and the stamp of the update after it
    assert infer_publication_date(["29.8.2014 klo 14:21 | updated 29.8.2014 klo 16:05", body], (), []).iso == \
        "2014-08-29"
    # no time nor label: no stamp, but a full date at the head, read as 'Thursday June 6, 2019' is
    assert infer_publication_date(["Thu Jun 6, 2019", body], (), []).iso == \
        infer_publication_date(["Thursday June 6, 2019", body], (), []).iso == "2019-06-06"


def test__infer_publication_date__last_month_after_the_latest_month_named():
    paragraphs = ["The EU imposed sanctions on four officials in early March.",
                  "Moscow answered the sanctions the bloc imposed last month.", "Navalny was arrested in 2021."]
    assert infer_publication_date(paragraphs, (), []).iso == "2021-04"
    assert infer_publication_date([paragraphs[0], paragraphs[2]], (), []).iso == "2021-03"
    this_week = ["On Thursday, March 4, the EU imposed sanctions on four officials.",
                 "Last month Moscow expelled three envoys.", "Navalny was arrested in 2021."]
    assert infer_publication_date(this_week, (), []).iso == "2021-03-04"


def test__find_date_mentions__month_in_capitals_as_timelines_write_it():
    (m,) = find_date_mentions("SEPTEMBER 2017 - Russia and Belarus stage the Zapad-2017 exercises.")[:1]
    assert (m.kind, m.year, m.month) == ("month_year", 2017, 9)
    assert [k.kind for k in find_date_mentions("Officials may 2017 figures revise.")] == ["year"]


def test__infer_publication_date__a_known_outlets_copyright_year_is_a_lower_bound():
    paragraphs = ["NATO froze its meetings with Russia in 2014."]
    assert infer_publication_date(paragraphs, ("Copyright (c) 2016. RFE/RL, Inc. All Rights Reserved.",), []).iso == "2016"
    # a site's own footer says when the page was built, not when the story was written
    assert infer_publication_date(paragraphs, ("© 2024 Baltic Daily Media Group. All rights reserved.",), []).iso == "2014"


def test__find_date_mentions__an_expected_or_planned_year_is_the_future():
    (m,) = find_date_mentions("Both governments still expect the two leaders to hold a summit in 2013.")
    assert m.future
    (m,) = find_date_mentions("Moscow plans to open the base in 2013.")
    assert m.future
    (m,) = find_date_mentions("Officials hope for an agreement before the next summit in Chicago in May 2012.")
    assert m.future
    (m,) = find_date_mentions("Officials had hoped for an agreement at the summit in Chicago in May 2012.")
    assert not m.future
    (m,) = find_date_mentions("All chemical weapons material is to be eliminated in the first half of 2014.")
    assert m.future
    # and a dateline's year is then the one its weekday gives, not the year ahead
    paragraphs = ["GENEVA, Sept. 14 (Xinhua) -- Lavrov and Kerry on Saturday agreed on a framework.",
                  "The weapons are to be eliminated in the first half of 2014. The attack came on August 21, 2013."]
    assert infer_publication_date(paragraphs, (), []).iso == "2013-09-14"


def test__infer_publication_date__a_head_date_on_another_day_than_the_dateline_is_background():
    paragraphs = ["VIENNA, May 4. The treaty covers forces stationed after March 1, 1999.", "More talks follow."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 3, 18)]).iso == "2014-05-04"


def test__resolve__a_day_after_since_lies_before_the_article():
    (m,) = find_date_mentions("Jets have bombed the region since November 12.")
    assert resolve(m, PartialDate(2016, 4, 2)).iso == "2015-11-12"


def test__infer_publication_date__a_weekday_with_its_day_and_month_fixes_the_year():
    paragraphs = ["Moscow banned Moldovan wine in 2014.", "Russia expelled five diplomats on Tuesday, May 30."]
    assert infer_publication_date(paragraphs, (), []).iso == "2017-05"
    deadline = ["Moscow banned Moldovan wine in 2014.", "The envoys have until Thursday, June 1, to leave."]
    assert infer_publication_date(deadline, (), [PartialDate(2014, 8)]).iso.startswith("2017")


def test__infer_publication_date__an_estimate_to_the_month_of_an_anchor_in_it():
    paragraphs = ["Berlin's move recalls the Skripal poisoning last year."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2019, 12, 4)], [PartialDate(2019)]).iso == "2019-12"


def test__infer_publication_date__a_year_estimate_only_rules_out_the_years_before_it():
    paragraphs = ["The talks of May 2017 failed, as those of 2016 had."]
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2017)]).iso == "2017-05"  # the body's, finer
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2019)]).iso == "2019"  # the body's is older


def test__infer_publication_date__the_last_year_of_a_copyright_range():
    assert infer_publication_date(["Talks failed in 2014."], ("© 1996-2016 The Washington Post",), []).iso == "2016"


@pytest.mark.parametrize("text", ["Warsaw has offered to host a larger exercise in 2015.",
                                  "The drills run through Nov. 9 in Latvia."])
def test__find_date_mentions__an_offer_and_the_end_of_a_run_look_ahead(text):
    (m,) = find_date_mentions(text)
    assert m.future


def test__find_date_mentions__a_month_name_after_a_first_name_or_title_is_a_person():
    assert find_date_mentions("It answered Theresa May's decision to expel envoys.") == []
    assert find_date_mentions("It answered Mrs. May's decision.") == []
    assert [m.month for m in find_date_mentions("Since May's vote, talks have stalled.")] == [5]


def test__infer_publication_date__a_deadline_with_its_weekday_was_set_days_before():
    paragraphs = ["Two envoys told to leave", "The foreign ministry gave no reason.", "The embassy declined to comment.",
                  "Officials said the move was long planned.", "Analysts called it a warning.",
                  "The president, who took office in December 2016, called the move a mistake. He met Putin in "
                  "January.", "On Monday the government gave two envoys until Thursday, June 1, to leave."]
    assert infer_publication_date(paragraphs, (), []).iso == "2017-05"


def test__infer_publication_date__news_coming_weeks_after_a_day_is_of_that_days_month():
    paragraphs = ["Russia stages snap drills in Kaliningrad",
                  "Tuesday's drills come less than two weeks after Putin used his annual address on December 4 to "
                  "accuse the West.", "NATO quadrupled its Baltic air policing jets in the spring."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 7, 29)]).iso == "2014-12"
    paragraphs[1] = "Tuesday's drills recall those that followed Putin's annual address on December 4."
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 7, 29)]).iso.startswith("2014-07")  # a December before


def test__infer_publication_date__an_estimate_before_two_events_the_article_looks_back_on_is_dropped():
    paragraphs = ["Sofia expels two diplomats", "It is the third expulsion in a year."]
    anchors = [PartialDate(2021, 2, 5), PartialDate(2021, 2, 8)]
    assert infer_publication_date(paragraphs, (), anchors, [PartialDate(2020, 10)]).iso.startswith("2021-02")
    assert infer_publication_date(paragraphs, (), anchors[:1], [PartialDate(2020, 10)]).iso == "2020-10"


@pytest.mark.parametrize("text, future", [
    ("Moscow was angered by exercises which began on May 6.", False),  # the 'by' of an agent looks nowhere
    ("The envoys must leave by the end of May.", True),
    ("A visit that had been due in September was called off.", True),
    ("Sanctions stay in force until June 30.", True),
    ("Ottawa must decide whether to renew the mission beyond March 2022.", True),
    ("NATO froze cooperation with Moscow at the beginning of April.", False),  # 'the beginning of' is no 'beginning'
    ("The ban applies beginning in April.", True),
    ("In July the alliance decided to deploy four battalions in Poland and the Baltic states on a rotational basis "
     "from 2017.", True),  # after a decision, the year it takes effect from
    ("Sanctions have been in force from 2014.", False),
])
def test__find_date_mentions__prepositions_look_ahead_only_right_before_the_date(text, future):
    assert [m.future for m in find_date_mentions(text)][-1:] == [future]


def test__feature_mask__marks_what_the_text_holds_and_only_what_is_wanted():
    from natorussia import dates
    text = "Troops left last week, 12 days after the Monday talks of 3 March in Kyiv/Kiev."
    mask = dates.feature_mask(text, text.lower())
    assert mask == dates.MONTH_BIT | dates.DIGIT_BIT | dates.WEEKDAY_BIT | dates.DAY_MONTH_BIT | dates.SLASH_BIT | \
        dates.RELATIVE
    assert dates.feature_mask(text, text.lower(), dates.DIGIT_BIT) == dates.DIGIT_BIT
    assert dates.feature_mask("Nothing to date here.", "nothing to date here.") == 0
    assert dates.features("MARCH 2014: talks") == {"month", "digit"}


def test__find_date_mentions__relative_rules_need_a_literal_of_theirs():
    from natorussia import dates
    assert dates.relative_literals() is not None
    assert [m.kind for m in find_date_mentions("They met YESTERDAY and again this week.")] == ["yesterday", "this_week"]
    assert find_date_mentions("They met in the hall.") == []


def test__given_date__metadata_then_header_else_none():
    from natorussia.corpus import RawArticle
    from natorussia.dates import given_date
    assert given_date(RawArticle("t", "Text.", header_date="2021-03")) == (PartialDate(2021, 3), "header")
    assert given_date(RawArticle("t", "Text.", header_date="March")) is None
    assert given_date(RawArticle("t", "Text.")) is None


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["in", "IN", "of", "by", "mid-", "mid", "since", "last", "until", "May", "June", "Sept.",
                                 "Mayor", "Dec.", "x", "_", "5", "2014", " ", "  ", "\u00a0", "\n", "-", ",", "ſince"]),
                max_size=12))
def test__month_word_starts__what_finditer_finds_at_them(pieces):
    from natorussia.dates import MONTH_AFTER_WORD, PATTERNS, matches_at, month_word_starts
    text = "".join(pieces)
    pattern = PATTERNS[MONTH_AFTER_WORD][1]
    assert [m.span() for m in matches_at(pattern, text, month_word_starts(text))] == \
        [m.span() for m in pattern.finditer(text)]
    # from the places of the months' names the scan of date_cues gives (none: no candidate, no match)
    months = date_cues(frozenset({MONTH_AFTER_WORD})).scan(text).starts.get(MONTH_AFTER_WORD, [])
    assert [m.span() for m in matches_at(pattern, text, month_word_starts(text, months))] == \
        [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("live", [frozenset({0, 4, 13}), frozenset({MONTH_AFTER_WORD}), frozenset({14, 20, 21})])
def test__date_cues__only_live_patterns_are_candidates(live):
    text = "In May 2014, on Monday 3 May, 5/3/2014 and last week and this year, since 2014 and yesterday."
    candidates = date_cues(live).scan(text).candidates
    assert candidates and set(candidates) <= live
    assert date_cues(frozenset()).scan(text).candidates == []


def test__find_date_mentions__a_wire_month_without_its_dot_is_read_with_its_day():
    assert [m.kind for m in find_date_mentions("MOSCOW, Aug 21, 2008 (AFP) - Russia froze ties.")] == ["full"]
    assert [(m.kind, m.month, m.day) for m in find_date_mentions("Sept 3 was quiet.")] == [("month_day", 9, 3)]
    assert find_date_mentions("Jan Hamacek flew to Moscow.") == []


def test__infer_publication_date__a_date_line_after_page_clutter_is_in_the_head():
    clutter = ["AP NEWS", "Click to copy", "RELATED TOPICS", "Europe", "Russia", "Czech Republic",
               "Russia expels 20 Czech diplomats as spy row over depot blasts deepens"]
    body = "Russia on Sunday ordered 20 employees of the Czech Embassy in Moscow to leave the country, officials said."
    assert infer_publication_date([*clutter, "April 18, 2021", body], (), []).iso == "2021-04-18"


def test__infer_publication_date__a_labelled_date_in_the_footer_is_a_time_stamp():
    body = ["Turkey shot down a Russian warplane on Tuesday near the Syrian border, the military said.",
            *["Moscow called it a stab in the back and said relations would suffer for a long time to come."] * 6]
    assert infer_publication_date([*body, "Date 24.11.2015", "Author Staff"], (), []).iso == "2015-11-24"
    # an unlabelled date far down the page is no stamp
    assert infer_publication_date([*body, "24.11.2015 10:02", "Author Staff"], (), []) is None


def test__find_date_mentions__a_short_month_before_a_year_day_first():
    assert [(m.kind, m.year, m.month, m.day) for m in find_date_mentions("Updated 25 Mar 2014, 10:42am")] == \
        [("full", 2014, 3, 25)]
    assert [m.kind for m in find_date_mentions("Jan Kubis said so in 2019.")] == ["year"]


def test__infer_publication_date__a_date_ahead_in_the_head_is_no_head_date():
    paragraphs = ["Russia's sanctions on Turkey to hit tourism",
                  "Russian employers will be barred from hiring Turkish citizens from Jan. 1, 2016, the decree says.",
                  "The decree was signed on Nov. 28, 2015 after the downing of the jet."]
    assert infer_publication_date(paragraphs, (), []).iso.startswith("2015")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["3", "21st", " ", "  ", "March", "mar", "DEC", "Dec.", "Monday", "day", "/", "last ",
                                 "this week", "Today", "x", "-", "_", "2014", "of", "é"]), max_size=10))
def test__ascii_feature_mask__same_as_a_regex_for_each_feature(pieces):
    from natorussia import dates
    text = "".join(pieces)
    if text.isascii():
        for wanted in (63, dates.DIGIT_BIT, dates.MONTH_BIT | dates.DAY_MONTH_BIT, 31):
            assert dates.ascii_feature_mask(text, text.lower(), wanted) & 31 == dates.regex_feature_mask(text, wanted) & 31


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["May", "may", "6", "2014", " ", "—", "é", "\u017f", "\u212a", "Sept.", "since ", "last ",
                                 "Monday", "in ", "sep", "ember", "this month", "Dec", "4/5/2015"]), max_size=10))
def test__find_date_mentions__on_non_ascii_text_as_without_the_cue_filter(pieces):
    from unittest import mock

    from natorussia import dates
    from natorussia.cues import CueIndex
    text = "".join(pieces)
    found = find_date_mentions(text)
    n = len(dates.PATTERNS) + len(dates.relative_rules())
    with mock.patch.object(dates, "date_cues", lambda live=None: CueIndex((None,) * n, (), (), tuple(range(n)))), \
            mock.patch.object(dates, "feature_mask", lambda text, lower, wanted=63: wanted):
        assert found == find_date_mentions(text)


def test__ascii_twin__keeps_the_places_and_none_with_a_letter_read_as_ascii():
    from natorussia import dates
    assert dates.ascii_twin("5 May — Kyiv’s é") == "5 May ? Kyiv?s ?"
    assert dates.ascii_twin("\u017fince May") is None
    assert dates.day_before("on 3 march", 4) and dates.day_before("the 21st march", 8) and not dates.day_before("a march", 1)


def test__partial_date__compatible_when_one_iso_starts_the_other():
    from itertools import product

    from natorussia.dates import PartialDate
    dates_ = [PartialDate(y, m, d) for y, m, d in product((1999, 2014), (0, 1, 10, 12), (0, 1, 10, 31))]
    for a, b in product(dates_, dates_):
        assert a.compatible(b) == (a.iso.startswith(b.iso) or b.iso.startswith(a.iso)), (a, b)


def test__infer_publication_date__a_date_line_with_the_month_between_slashes():
    body = ["Russian President Vladimir Putin has signed a decree imposing economic sanctions on Turkey, officials said.",
            "The decree also bars Russian companies from hiring Turkish citizens from Jan. 1, 2016, the Kremlin said."]
    assert infer_publication_date(["Russia slaps sanctions on Turkey", "November/29/2015", *body], (),
                                  [PartialDate(2015, 11, 24)]).iso == "2015-11-29"


def test__infer_publication_date__a_dateline_day_refines_the_estimated_month(monkeypatch):
    paragraphs = ["MOSCOW, October 7. /TASS/. NATO's decision to halve Russia's mission was taken last month."]
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2021, 10)]).iso == "2021-10-07"
    # the month after the estimate (the latest event it reports was late in the month before), not months later
    paragraphs = ["MOSCOW, May 7 (UPI) -- Russia has ordered two NATO officials to leave the country."]
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2009, 4)]).iso == "2009-05-07"
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2009, 1)]).iso == "2009-01"


def test__infer_publication_date__a_stamp_after_the_deck_and_the_byline():
    paragraphs = ["Russia freezes military ties with Nato",
                  "Moscow has halted all military co-operation with Nato, in the sharpest break since the Cold War.",
                  "By Richard Ashdown in Moscow", "Last Updated: 7:39PM BST 21 Aug 2008", "Norway said so on Thursday."]
    assert infer_publication_date(paragraphs, (), []).iso == "2008-08-21"


def test__infer_publication_date__a_period_that_ends_ahead_is_no_past_date():
    body = ["EU leaders agreed to roll over the sanctions.", "In June, Putin extended the embargo to the end of 2017.",
            "The leaders met in Berlin in October."]
    assert infer_publication_date(body, ("Copyright The Financial Times Limited 2016.",), []).iso.startswith("2016")


def test__infer_publication_date__an_estimate_is_not_older_than_an_event_reported_the_month_after():
    body = ["Russia and Belarus on Thursday launched Zapad-2017, large-scale joint war games."]
    assert infer_publication_date(body, (), [PartialDate(2017, 9, 14)], [PartialDate(2017, 8)]).iso == "2017-09"
    # an anchor months after the estimate is more likely a wrong reading than the article's month
    assert infer_publication_date(body, (), [PartialDate(2017, 12, 14)], [PartialDate(2017, 8)]).iso == "2017-08"


def test__infer_publication_date__a_datelines_day_falls_on_the_weekday_of_the_lead():
    body = ["Sofia, March 22 (BTA) - Two Russian diplomats were declared persona non grata, the ministry said on Monday.",
            "In January 2020, two were expelled, and in September last year another two."]
    assert infer_publication_date(body, (), []).iso == "2021-03-22"  # March 22 was a Sunday in 2020
    cleaned = clean_text("Bulgaria expels two Russian diplomats after uncovering a spy ring in its defence ministry\n\n"
                         "SOFIA, March 22 (Reuters) - Bulgaria ordered two Russian diplomats to leave the country on "
                         "Monday, days after six people were charged.\n\n" + body[1])
    assert infer_publication_date(cleaned.paragraphs, cleaned.boilerplate, []).iso == "2021-03-22"  # not the headline


def test__infer_publication_date__a_dateline_before_the_latest_event_is_in_the_year_its_weekday_fits():
    body = ["LONDON, March 18 (Reuters) - Britain has suspended military cooperation with Russia, the foreign "
            "secretary said on Tuesday.", "NATO foreign ministers meet in Brussels on April 1."]
    # April 1 came after March 18, so the dateline would be a year on; but March 18 was a Tuesday in 2014
    assert infer_publication_date(body, (), [PartialDate(2014, 4, 1)]).iso == "2014-03-18"
    wednesday = [body[0].replace("Tuesday", "Wednesday"), body[1]]
    assert infer_publication_date(wednesday, (), [PartialDate(2014, 4, 1)]).iso == "2015-03-18"


def test__infer_publication_date__a_dateline_goes_up_to_two_years_past_the_latest_date_to_fit_its_weekday():
    text = ("MOSCOW, December 7. /TASS/. Russian President Vladimir Putin and Greek Prime Minister Alexis Tsipras "
            "held talks in the Kremlin on Friday.\n\nPutin last visited Greece in May 2016.")
    cleaned = clean_text(text)
    assert infer_publication_date(cleaned.paragraphs, cleaned.boilerplate, []).iso == "2018-12-07"  # not 2016's Wednesday
    cleaned = clean_text(text.replace("Friday", "Wednesday"))
    assert infer_publication_date(cleaned.paragraphs, cleaned.boilerplate, []).iso == "2016-12-07"


def test__infer_publication_date__a_news_releases_line_gives_its_date_over_a_date_in_its_statement():
    paragraphs = ["Canada expels Russian diplomats in response to nerve agent attack", "News release",
                  "March 26, 2018 - Ottawa, Ontario - Global Affairs Canada",
                  "The minister today issued the following statement on the nerve agent attack in Salisbury on "
                  "March 4, 2018, and the measures Canada is taking with its allies."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2018, 3, 14)]).iso == "2018-03-26"
    # a date at the head of a line with no place after it is no release's: the one nearest the events, as before
    plain = [*paragraphs[:2], "March 26, 2018", paragraphs[3]]
    assert infer_publication_date(plain, (), [PartialDate(2018, 3, 4)]).iso == "2018-03-04"


def test__infer_publication_date__last_month_of_a_story_whose_lead_gives_a_day_of_the_month_named():
    body = ["Moscow expelled ten American diplomats, retaliating against the sanctions Washington unveiled on April 15.",
            "Russia's envoy was recalled to Moscow last month.", "The dispute began in 2021."]
    assert infer_publication_date(body, (), []).iso == "2021-04"


def test__infer_publication_date__a_date_after_the_outlets_copyright_year_lies_ahead():
    body = ["Putin signed a decree on Saturday against Turkey, after the jet was shot down on November 24.",
            "The decree also suspends visa-free travel for Turkish citizens from Jan. 1, 2016."]
    found = infer_publication_date(body, ("Copyright © 2015 Hürriyet Daily News. All rights reserved.",), [])
    assert found.iso.startswith("2015")
    # nor can a well-known event it seems to refer to, or what is estimated from one
    body = ["Portugal hosted part of Trident Juncture, the alliance's biggest exercise in a decade, last autumn."]
    found = infer_publication_date(body, ("© 2016 The Portugal News",), [PartialDate(2018, 10, 25)],
                                   [PartialDate(2019, 5)])
    assert found.iso.startswith("2016")


def test__infer_publication_date__a_date_at_the_head_whose_anniversary_month_is_estimated_is_looked_back_on():
    body = ["Five years on, Crimea still defines the West's Russia problem",
            "On March 18, 2014, Putin signed the treaty that made Crimea part of Russia. Five years later, the "
            "annexation still shapes every step."]
    assert infer_publication_date(body, (), [PartialDate(2014, 3, 18)], [PartialDate(2019, 3)]).iso == "2019-03"


def test__infer_publication_date__the_dates_at_the_head_before_the_anniversary_it_marks_are_background():
    body = ["A year has passed since March 18, 2014, when Putin signed the treaty absorbing Crimea.",
            "On Feb. 27, 2014, armed men seized the Crimean parliament. On March 27, 2014, the UN General Assembly "
            "called the referendum invalid."]
    estimates = anniversary_dates(" ".join(body))
    assert infer_publication_date(body, (), [PartialDate(2014, 3, 18)], estimates).iso == "2015-03-18"


def test__infer_publication_date__a_well_known_events_day_at_the_head_is_background_to_later_events():
    body = ["Russia pulls out of MH17 talks with the Netherlands and Australia",
            "Russia has walked out of talks on the downing of flight MH17, its ministry said on 15 October.",
            "The Boeing 777 was shot down over eastern Ukraine on 17 July 2014, killing all 298 people on board."]
    anchors = [PartialDate(2014, 7, 17), PartialDate(2020, 8, 20), PartialDate(2020, 10, 15)]
    assert infer_publication_date(body, (), anchors).iso.startswith("2020-10")
    assert infer_publication_date(body, (), anchors[:2]).iso == "2014-07-17"  # one later event may be read amiss


def test__infer_publication_date__a_wires_day_and_month_before_its_name():
    body = ["Russia Agrees to Study Missile Shield With NATO", "Russia agreed to study cooperation with NATO as "
            "Medvedev joined alliance leaders in Lisbon for the first NATO-Russia summit since the 2008 war."]
    assert infer_publication_date(body, ("Nov. 20 (Bloomberg) --",), [PartialDate(2010, 11, 19)]).iso == "2010-11-20"
    lead = ["NATO's military liaison mission was told to leave, the deputy minister said on Thursday, a month after "
            "the exercise in Norway began."]
    assert infer_publication_date(lead, ("MOSCOW. Oct 25 (Interfax) -",), [PartialDate(2018, 3, 27)]).iso == \
        "2018-10-25"  # Interfax's dateline: a full stop after the place


def test__infer_publication_date__a_capitals_dateline_in_the_lead_under_a_menu_and_a_headline():
    body = ["ANSA English", "Home | Politics | News", "Italy expels two Russian officials over spy case",
            "ROME, MAR 31 - Italy has expelled two Russian embassy officials after a navy captain was caught selling "
            "documents, the foreign minister said on Wednesday."]
    assert infer_publication_date(body, (), [PartialDate(2018, 3, 27)]).iso == "2018-03-31"
    assert head_month_day(["(ANSA) - ROME, MAY 5 - Italy expelled two."], []).month == 5


def test__infer_publication_date__a_short_slashed_stamp_and_a_labelled_stamp_without_its_year():
    lead = "NATO expelled seven Russian officials on Tuesday."
    assert infer_publication_date(["Brussels Playbook", "3/28/18, 6:58 AM CEST", lead], (), []).iso == "2018-03-28"
    assert infer_publication_date(["Ukraine expels a Russian diplomat", "Published April 19 at 6:05 pm", lead],
                                  ("© 2021 Kyiv Post. All rights reserved.",), []).iso == "2021-04-19"
    # without the copyright line the stamp's year is unknown
    assert infer_publication_date(["Ukraine expels a Russian diplomat", "Published April 19 at 6:05 pm", lead],
                                  (), []) != PartialDate(2021, 4, 19)


def test__infer_publication_date__the_weekday_of_the_lead_picks_the_day_of_a_dated_event_it_reports():
    body = ["LISBON, Portugal (AP) — NATO and Russia agreed Saturday to explore cooperation on missile defence, a step "
            "both sides hailed as a fresh start."]
    assert infer_publication_date(body, (), [PartialDate(2010, 11, 20), PartialDate(2008, 8)]).iso == "2010-11-20"
    assert infer_publication_date(["Published on 20-05-2012 Modified on 20-05-2012 at 19:42", *body], (), []).iso == \
        "2012-05-20"  # a stamp with dashes, day first


def test__infer_publication_date__the_weekday_of_the_lead_picks_a_day_of_the_month_the_article_names():
    body = ["LONDON (AP) - Russia says one of its warships fired warning shots at a British destroyer on Wednesday.",
            "The ministry said the destroyer crossed into Russian waters near Crimea around midday on June 23.",
            "The ship had left Odesa on June 18 after a port call."]
    assert infer_publication_date(body, (), [PartialDate(2014, 3, 18)], [PartialDate(2021, 6)]).iso == "2021-06-23"
    # a day ahead is not the day of the news
    ahead = [body[0], "The destroyer is due to return to Portsmouth on June 30."]
    assert infer_publication_date(ahead, (), [PartialDate(2014, 3, 18)], [PartialDate(2021, 6)]).iso == "2021-06"


def test__infer_publication_date__a_dateline_of_two_cities_gives_its_day():
    paragraphs = ["LONDON/WASHINGTON, March 26 (Reuters) - The United States ordered Russian diplomats out on Monday."]
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2018, 3)]).iso == "2018-03-26"


def test__infer_publication_date__a_slashed_stamp_in_either_order_is_read_next_to_the_events():
    body = ["Russia on Wednesday ordered two NATO officials working in Moscow to leave the country.",
            "They were expelled on Wednesday April 29, the same day the alliance met Moscow."]
    stamp = "Published: 06/05/2009 - 17:48 GMT | Last update: 06/05/2009 - 19:05 GMT"
    assert infer_publication_date([stamp, *body], (), [PartialDate(2009, 4, 29)]).iso == "2009-05-06"
    # with no event to go by, the reading on the lead's weekday (May 6, 2009 was a Wednesday, June 5 a Friday)
    assert infer_publication_date([stamp, *body], (), []).iso == "2009-05-06"
    # and with neither, month first
    assert infer_publication_date([stamp, body[0].replace("on Wednesday ", "")], (), []).iso == "2009-06-05"


def test__infer_publication_date__a_slashed_stamp_in_either_order_falls_on_the_weekday_of_the_lead():
    body = ["NATO and Russia failed on Friday to break the deadlock over a Cold War-era nuclear treaty, officials said."]
    said = ["Officials said on Friday that NATO and Russia had failed to break the deadlock over the nuclear treaty."]
    stamp = "Published: 05/07/2019 - 17:48"
    # July 5, 2019 was a Friday (May 7 a Tuesday), though May 7 is nearer to the latest event referred to
    assert infer_publication_date([stamp, *body], (), [PartialDate(2019, 2, 2)]).iso == "2019-07-05"
    tuesday = [body[0].replace("Friday", "Tuesday")]
    assert infer_publication_date([stamp, *tuesday], (), [PartialDate(2019, 2, 2)]).iso == "2019-05-07"
    # a one-sentence summary before the lead gives no weekday: the next paragraph's first sentence does
    summary = "NATO and Russia fail to break the deadlock over a Cold War-era nuclear treaty in Geneva talks."
    assert infer_publication_date([stamp, summary, *said], (), [PartialDate(2019, 2, 2)]).iso == "2019-07-05"
    # only as the day the news was given out ('failed on Friday' is not), and not after a lead of two sentences
    assert infer_publication_date([stamp, summary, *body], (), [PartialDate(2019, 2, 2)]).iso == "2019-05-07"
    lead = summary + " The treaty bans ground-launched missiles of medium range."
    assert infer_publication_date([stamp, lead, *said], (), [PartialDate(2019, 2, 2)]).iso == "2019-05-07"
    # a lead with no weekday in its first sentence: the first weekday its paragraph names ('... on Friday')
    later = "Prague has expelled two Russian diplomats. The prime minister announced it at a press conference on Friday."
    assert infer_publication_date(["05/06/2020 - 17:48 | By Jan Novak", later], (), []).iso == "2020-06-05"



def test__infer_publication_date__a_slashed_stamp_may_fall_on_the_day_after_the_weekday_of_the_lead():
    lead = ["Issued on: 10/12/2019 - 01:02",
            "PARIS - The leaders of Russia and Ukraine agreed on Monday to exchange all remaining prisoners."]
    # December 10, 2019 was a Tuesday, the day after the news (October 12 a Saturday)
    assert infer_publication_date(lead, (), []).iso == "2019-12-10"
    # on the weekday itself, that reading still wins (November 5, 2019 was a Tuesday, May 11 a Saturday)
    assert infer_publication_date(["Issued on: 11/05/2019 - 18:02", lead[1].replace("Monday", "Tuesday")], (), []).iso == \
        "2019-11-05"


def test__infer_publication_date__a_weekday_before_a_range_of_days_may_be_its_last_day():
    paragraphs = ["Russia will test-fire missiles from Thursday to Saturday, November 1-3, during the NATO exercise "
                  "that started in October 2018."]
    assert infer_publication_date(paragraphs, (), []).iso.startswith("2018-11")  # November 3, 2018 was a Saturday


@pytest.mark.parametrize("text, future", [
    ("Russia and Belarus have scheduled the exercise for September.", True),
    ("A visit had been planned for September.", True),
    ("Anakonda, in June, will involve around 31,000 troops.", True),
    ("In June, Poland will host the exercise.", True),
    ("In June, Poland held the exercise.", False),
    ("The administration said Thursday that it will withdraw from the treaty.", False),
    ("Obama will still travel to St. Petersburg for the summit on Sept. 5.", True),  # no clause ends at 'St.'
    ("The Anakonda drills are set to take place in Poland in June.", True),
    ("Mr. Obama travelled there. The summit was held on Sept. 5.", False),
    ("The two leaders agreed to hold a cross year of history in 2021.", True),
    ("The two leaders agreed in 2021 to hold a cross year of history.", False),
    ("They agreed to hold their first meeting at the G20 summit in Los Cabos, Mexico, in June.", True),  # a place
    ("NATO will meet in Brussels next week, and Russia expelled two diplomats in June.", False),
])
def test__find_date_mentions__a_month_or_day_ahead_by_the_words_around_it(text, future):
    (m,) = find_date_mentions(text)
    assert m.future is future


def test__find_date_mentions__a_full_date_over_a_range_of_days_is_its_first_day():
    (m,) = find_date_mentions("The war began on the night of August 7-8, 2008, when Georgian forces moved in.")
    assert (m.kind, m.year, m.month, m.day) == ("full", 2008, 8, 7)


def test__infer_publication_date__a_monthly_issue_line_before_the_story_dates_it():
    story = "Russia announced on March 10 that it was halting its participation in the treaty's consultative group."
    assert infer_publication_date(["Arms Control Today", "April 2015", "News Briefs", story], (),  # whatever the
                                  [PartialDate(2008, 8, 21)], [PartialDate(2022)]).iso == "2015-04"  # body says
    timeline = ["NATO and Russia: From partnership to rupture", "Russia decided to suspend its mission to NATO, "
                "as its foreign minister announced on Monday in Moscow.", "May 1997", "NATO and Russia sign the Act."]
    assert infer_publication_date(timeline, (), [PartialDate(2021, 10, 6)]).iso != "1997-05"


@pytest.mark.parametrize("line", ["Print edition - November 2015", "Online edition: November 2015"])
def test__infer_publication_date__a_print_edition_line_dates_it(line):
    story = "NATO's largest exercise since 2002 came ashore in Portugal, with some 36,000 troops taking part."
    assert infer_publication_date(["The Portugal News", line, story], (), [PartialDate(2016, 10, 21)]).iso == "2015-11"


def test__infer_publication_date__a_running_head_with_the_issues_month_dates_it():
    story = ("Russia and Belarus held their joint strategic exercise Zapad 2017 from 14 to 20 September, the "
             "latest in a series of drills.")
    head = "JANE'S INTELLIGENCE REVIEW — OCTOBER 2017"
    assert infer_publication_date([head, "Western front", story], (), [PartialDate(2021, 9, 10)]).iso == "2017-10"
    # a timeline's entry in sentence case is no running head
    entry = "Russia and Belarus - September 2017"
    assert infer_publication_date([entry, story], (), [PartialDate(2021, 9, 10)]).iso != "2017-09"


def test__infer_publication_date__a_latest_update_stamp_dates_it():
    from natorussia.clean import clean_text
    text = ("NATO switches on its missile shield\n\nText by FRANCE 24\nLatest update : 20/05/2012\n\n"
            "CHICAGO - NATO leaders on Sunday declared an interim capability for the shield, two years after Lisbon.")
    cleaned = clean_text(text)
    assert infer_publication_date(cleaned.paragraphs, cleaned.boilerplate, [PartialDate(2010, 11, 20)]).iso == "2012-05-20"


def test__anniversary_dates__an_ordinal_anniversary_of_a_dated_event_falls_that_many_years_on():
    text = "Monday marks the fifth anniversary of Russia's annexation of Crimea in March 2014, never recognised."
    assert anniversary_dates(text) == [PartialDate(2019, 3)]
    assert anniversary_dates("It was the 10th anniversary of the war in Georgia, which began in August 2008.") == \
        [PartialDate(2018, 8)]
    assert anniversary_dates("The anniversary of the war passed quietly. In 2008 it began.") == []
    assert anniversary_dates("A year has passed since March 18, 2014, when Putin signed the treaty.") == \
        [PartialDate(2015, 3, 18)]


def test__find_date_mentions__a_short_month_before_an_ordinal_day():
    assert [(d.kind, d.year, d.month, d.day) for d in find_date_mentions("Aug 28th 2008 | MOSCOW")] == \
        [("full", 2008, 8, 28)]


def test__infer_publication_date__a_stamp_after_the_outlet_and_a_slash():
    """Civil.ge stamps its news 'Civil Georgia, Tbilisi / 27 Jun.'09 / 21:07'."""
    paragraphs = ["Civil.Ge | NATO, Russia Agree to Resume Military Cooperation",
                  "Civil Georgia, Tbilisi / 27 Jun.'09 / 21:07",
                  "NATO and Russia agreed on Saturday to resume military cooperation, suspended after the August war."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2009, 4, 29)]).iso == "2009-06-27"


def test__infer_publication_date__a_day_month_and_two_digit_year_on_a_line_of_their_own():
    """Balkan Insight stamps its news with a line '05 Jun 17' under the byline."""
    paragraphs = ["Balkan Insight", "Montenegro Formally Joins NATO Despite Russian Opposition", "Dusica Tomovic",
                  "Podgorica", "05 Jun 17",
                  "Montenegro became the 29th member of the alliance on Monday, angering Moscow, which had opposed it "
                  "since 2015."]
    assert infer_publication_date(paragraphs, (), []).iso == "2017-06-05"
    found = infer_publication_date([*paragraphs[:4], "We had 05 Jun 17 ready", *paragraphs[5:]], (), [])
    assert found is None or found.iso != "2017-06-05"  # only a line that is the date alone


def test__find_date_mentions__the_present_after_when_is_the_future():
    mentions = find_date_mentions("They hoped to have an outline ready when the two leaders meet in London on April 1.")
    assert [(m.month, m.day, m.future) for m in mentions] == [(4, 1, True)]


def test__infer_publication_date__a_weekday_with_its_day_in_brackets_and_no_month_of_that_year():
    """EUobserver dates its news 'on Monday (22 June)'; 'in September that year' is a month of 2014. 22 June 2015
    was a Monday: the day of the lead."""
    paragraphs = ["EU foreign ministers on Monday (22 June) rubber-stamped a six-month extension of economic sanctions "
                  "on Russia, keeping them in place until 31 January 2016.",
                  "The sanctions were first imposed in July 2014 and were broadened in September that year.",
                  "That ban expires on 6 August, and officials say it is likely to be prolonged."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2014, 7, 29)]).iso == "2015-06-22"


def test__anniversary_dates__exactly_a_year_since_a_dated_event():
    text = "The US announced new sanctions, marking exactly one year since he collapsed on a flight on Aug. 20, 2020."
    assert anniversary_dates(text) == [PartialDate(2021, 8, 20)]
    paragraphs = ["LONDON (AP) - " + text, "Merkel held talks with Putin in the Kremlin on Friday."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2020, 10, 15)], anniversary_dates(text)).iso == \
        "2021-08-20"


def test__opens_story__a_sentence_of_twelve_words_not_a_headline_or_a_menu():
    from natorussia.dates import opens_story
    assert opens_story("NATO and Russia agreed on Saturday to resume military cooperation, suspended after the war.")
    assert not opens_story("Home | News | Business | Opinion | Life | Sports | Greek Edition | Search | More | Menu")
    assert not opens_story("NATO and Russia back at the table in Corfu")


def test__infer_publication_date__a_nordic_stamp_then_its_update_and_a_masthead_with_its_date():
    body = "Oslo said on Thursday it would expel two diplomats, a year after Moscow's move in May 2018."
    assert infer_publication_date(["Publisert 13.06.2019, kl. 21:05  Oppdatert 14.06.2019, kl. 07:12", body], (),
                                  []).iso == "2019-06-13"
    assert infer_publication_date(["The Moscow Times, 13.06.2019", body], (), []).iso == "2019-06-13"


def test__infer_publication_date__a_dateline_with_its_country_gives_the_day():
    body = "Russia and Norway signed a treaty on Wednesday. The outline was agreed in April, a year after the 2009 talks."
    assert infer_publication_date([body], ["MURMANSK, Russia, Sept 15 (Reuters) -"], []).iso == "2010-09-15"


@pytest.mark.parametrize("text, year, future", [
    ("Troops took part in the Zapad-2017 exercise.", 2017, False),
    ("The Kavkaz-2020 drills ended on Friday, and Moscow said it would hold more.", 2020, False),
    ("Zapad-2021, to be held with Belarus, is expected to be larger.", 2021, True),
])
def test__find_date_mentions__the_year_of_a_named_exercise(text, year, future):
    assert [(m.year, m.future) for m in find_date_mentions(text) if m.kind == "year"] == [(year, future)]


@pytest.mark.parametrize("words, anchor, year", [
    ("last autumn", PartialDate(2019, 10, 29), 2018),  # the autumn under way is 'this autumn'
    ("last autumn", PartialDate(2019, 12, 2), 2019),
    ("last summer", PartialDate(2019, 10, 29), 2019),
    ("last spring", PartialDate(2019, 4, 1), 2018),
])
def test__resolve_relative__last_season_is_the_last_one_over(words, anchor, year):
    assert resolve_relative("last_season", anchor, words) == PartialDate(year)


def test__infer_publication_date__more_stamps_datelines_and_copyright():
    body = "Moscow said on Thursday it would answer the sanctions, a year after the talks of May 2013 broke down."
    # RT's stamp: a comma before the year, an edit after it
    assert infer_publication_date(["RT", "Published time: 7 Aug, 2014 10:45 Edited time: 7 Aug, 2014 14:02", body],
                                  (), []).iso == "2014-08-07"
    assert infer_publication_date(["RT", "10 Sep, 2021 11:27", body], (), []).iso == "2021-09-10"
    # a dateline on a line of its own under the headline
    lead = "Russia and NATO agreed on Saturday to study missile defence together, the alliance's chief said."
    assert infer_publication_date(["Russia and NATO agree", "LISBON, November 20 (RIA Novosti)", lead], (),
                                  [PartialDate(2010, 11, 19)]).iso == "2010-11-20"
    # 'last year' never moves the story past its copyright year
    text = ["Talks resumed last year, and on Saturday, Nov. 20, 2010, the leaders met again in Lisbon at last."]
    assert infer_publication_date(text, ["Copyright 2010 The Associated Press."], []).year == 2010


def test__infer_publication_date__a_full_date_on_a_line_of_its_own_under_a_long_masthead():
    masthead = ["U.S. Department of State", "Diplomacy in Action", "Department Press Briefing", "Heather Nauert",
                "Department Spokesperson", "Washington, DC", "March 29, 2018", "Index for Today's Briefing", "RUSSIA",
                "NORTH KOREA", "TRANSCRIPT:", "2:21 p.m. EDT"]
    body = "MS NAUERT: Good afternoon, everyone. I want to start with Russia, which expelled 60 of our diplomats today."
    assert infer_publication_date([*masthead, body], (), []).iso == "2018-03-29"


def test__infer_publication_date__an_issued_on_stamp():
    body = "The European Union on Thursday imposed sanctions on six senior Russian officials over the poisoning."
    assert infer_publication_date(["FRANCE 24", "Issued on: 15/10/2020 - 18:04", body], (), []).iso == "2020-10-15"


@pytest.mark.parametrize("text, when", [
    ("Putin flew there to mark five years since the vote of March 2014.", PartialDate(2019, 3)),
    ("Ten years on, the war that began in August 2008 still shapes the region.", PartialDate(2018, 8)),
    ("Diplomats marked the council's 10th birthday; it was set up in May 2002 in Rome.", PartialDate(2012, 5)),
    ("It was the heaviest fighting in the 22 years since the 1994 truce that ended the war.", PartialDate(2016)),
    ("Ten years ago this week — on March 6, 2009 — Clinton handed Lavrov a red button.", PartialDate(2019, 3, 6)),
    ("Five years ago today, on 18 March 2014, Putin signed the treaty.", PartialDate(2019, 3, 18)),
    ("Two years ago this month, in April 2019, the council met.", PartialDate(2021, 4)),
])
def test__anniversary_dates__marking_years_since_years_on_and_a_birthday(text, when):
    assert anniversary_dates(text) == [when]


def test__infer_publication_date__a_year_estimate_takes_the_month_of_the_leads_day():
    lead = "A ceasefire agreed in Moscow appeared to be largely holding on April 6 after four days of heavy fighting."
    paragraphs = ["Karabakh truce holding", lead, "Troops had not fought so hard in the 22 years since the 1994 truce."]
    assert infer_publication_date(paragraphs, (), [], [PartialDate(2016)]).iso == "2016-04"


def test__find_date_mentions__days_before_a_date_put_it_ahead():
    (m,) = find_date_mentions("Critics warned of a conflict just days before the April 8 parliamentary election.")
    assert m.future
    (m,) = find_date_mentions("The ministry said on April 8 that it had expelled two diplomats.")
    assert not m.future


def test__infer_publication_date__a_date_line_under_a_long_menu_headline_and_deck():
    menu = ["Skip links", "Skip to Content", "Navigation menu", "News", "Middle East", "Africa", "Asia", "US & Canada",
            "Latin America", "Europe", "Features", "Opinion", "Video", "More", "NEWS / EUROPE",
            "Putin bans flights to Georgia as Tbilisi protests continue",
            "Russian president signs decree temporarily barring airlines from flying to Georgia, citing their safety."]
    body = "Russian President Vladimir Putin has temporarily banned Russian airlines from flying to Georgia on Friday."
    assert infer_publication_date([*menu, "22 Jun 2019", body], (), []).iso == "2019-06-22"


def test__infer_publication_date__a_head_stamp_a_day_off_the_dateline_is_the_datelines_day():
    body = "NATO and Russia on Friday held a meeting of the NATO-Russia Council on the INF treaty, diplomats said."
    paragraphs = ["NATO, Russia fail to bridge differences", "Source: Xinhua| 2019-07-06 03:14:52|Editor: Li Xia", body]
    assert infer_publication_date(paragraphs, ("BRUSSELS, July 5 (Xinhua) --",), []).iso == "2019-07-05"


def test__infer_publication_date__a_stamp_after_a_bar_with_no_space():
    body = "NATO called on Russia on Friday to cooperate with the chemical weapons watchdog over the poisoning."
    assert infer_publication_date(["Agency reporter   |04.09.2020", body], (), []).iso == "2020-09-04"


def test__find_date_mentions__the_date_an_extension_runs_to_is_ahead():
    extended = "Putin in June extended the embargo by another year, to August 2016."
    assert [(m.text, m.future) for m in find_date_mentions(extended)] == [("in June", False), ("August 2016", True)]
    assert not find_date_mentions("Russia moved troops from May to August 2016.")[-1].future


def test__find_date_mentions__had_been_expected_since_is_no_future():
    text = "The move had been expected since EU leaders agreed in March to tie the sanctions to Minsk."
    assert [(m.text, m.future) for m in find_date_mentions(text)] == [("in March", False)]
    assert find_date_mentions("The move is expected in March.")[0].future


def test__infer_publication_date__last_month_is_the_month_before_a_named_day():
    paragraphs = ["On July 28 Moscow ordered the U.S. to cut its staff and barred it from two compounds from Aug. 1.",
                  "Brussels said last month it was ready to act.", "The sanctions were first imposed in 2017."]
    assert infer_publication_date(paragraphs, (), [PartialDate(2017, 8, 2)]).iso == "2017-08"


def test__infer_publication_date__a_dotted_day_month_and_two_digit_year_with_its_time():
    """EUobserver stamps its news '28.02.12 @ 18:47' under the byline."""
    paragraphs = ["EU ambassadors to leave Minsk in row over blacklist", "By Marta Nowicka", "28.02.12 @ 18:47",
                  "All EU countries are to pull their ambassadors out of Belarus, the bloc said on Tuesday."]
    assert infer_publication_date(paragraphs, (), []).iso == "2012-02-28"
    found = infer_publication_date([*paragraphs[:2], "Version 28.02.12 of the list", *paragraphs[3:]], (), [])
    assert found is None or found.iso != "2012-02-28"


def test__copyright_year__a_known_outlets_line_with_a_c_in_brackets():
    from natorussia.dates import copyright_year
    assert copyright_year(["(c) 2017 The Canadian Press"]).iso == "2017"
    assert copyright_year(["(c) 2024 Baltic Daily Media Group"]) is None
    assert copyright_year(["Copyright © 2013, Los Angeles Times"]).iso == "2013"  # a comma after the year
    assert copyright_year(["© 2021 The Moscow Times, all rights reserved."]).iso == "2021"


def test__infer_publication_date__a_stamp_after_a_datelines_place_or_before_a_press_release_label():
    paragraphs = ["EU extends Russia blacklist", "By Martin Holst", "BRUSSELS, 29. Jan 2015, 19:06",
                  "EU foreign ministers on Thursday agreed to extend the asset freezes."]
    assert infer_publication_date(paragraphs, (), []).iso == "2015-01-29"
    paragraphs = ["Germany declares member of Russian Embassy staff persona non grata", "08.02.2021 - Press release",
                  "Following the expulsion of a German diplomat on Friday, the ministry informed the ambassador."]
    assert infer_publication_date(paragraphs, (), []).iso == "2021-02-08"


def test__infer_publication_date__a_datelines_year_is_never_after_the_outlets_copyright_year():
    body = ["TOKYO, April 29 (Kyodo) -- Japan on Tuesday imposed visa bans on 23 Russian individuals."]
    # an event of July 2014 seemed to be reported: April 29 would then be of 2015, but the footer says 2014
    assert infer_publication_date(body, ("(c) Kyodo News 2014",), [PartialDate(2014, 7, 29)]).iso == "2014-04-29"
    undated = [body[0].replace(" on Tuesday", "")]  # (with the weekday, 2014 is the year April 29 was a Tuesday)
    assert infer_publication_date(undated, (), [PartialDate(2014, 7, 29)]).iso == "2015-04-29"


def test__infer_publication_date__a_weekday_and_day_of_a_known_event_give_its_year():
    # 'for its duties in 2014' lies ahead; 2 November fell on a Saturday in 2013 (the known exercise) and in 2019
    text = ["NATO's largest live exercise in years is under way in Poland and the Baltic states.",
            "Steadfast Jazz, which began on Saturday, November 2, certifies the response force for its duties in 2014."]
    assert infer_publication_date(text, (), [PartialDate(2013, 11, 2)]).iso == "2013-11"
    assert infer_publication_date(text, (), []).iso == "2019-11"


def test__infer_publication_date__a_line_of_its_own_that_is_a_date_in_figures():
    body = "Russia has ordered 20 employees of the Czech embassy to leave, the ministry said on Sunday."
    assert infer_publication_date(["Russia expels 20 Czech diplomats", "18-04-2021", body], (), []).iso == "2021-04-18"


def test__stamp_date__a_year_run_into_the_time_after_it():
    body = "Russia said Friday it will expel 10 U.S. diplomats."
    assert stamp_date(["Russia Expels 10 U.S. Diplomats", "April 16, 20215:28 PM ET", body], ()).iso == "2021-04-16"


def test__infer_publication_date__the_day_a_measure_takes_effect_from_may_lie_ahead():
    text = ["Russia said on Friday it would expel ten US diplomats.",
            "On Thursday Washington expelled ten Russian diplomats and barred US banks from buying new debt from June 14."]
    assert infer_publication_date(text, (), [PartialDate(2021, 4, 15)]).iso[:7] == "2021-04"
    ran = ["Russia said on Friday the drills, which ran from June 14 to 20, had gone to plan."]
    assert infer_publication_date(ran, (), [PartialDate(2021, 4, 15)]).iso == "2021-06"


@pytest.mark.parametrize("head", [
    ["Frode Berg is free", "Published 15 November, 18:52 | Updated 15 November, 22:10"],
    ["Daily Bugle | Oslo, Nov. 15 | 18:52"],  # in a page's fields between bars
])
def test__infer_publication_date__a_stamp_with_no_year_on_the_weekday_of_the_lead(head):
    text = [*head,
            "Frode Berg, the retired border inspector who was convicted of espionage in Russia, was set free on "
            "Friday in a prisoner exchange involving Norway, Russia and Lithuania.",
            "He had been held in Lefortovo prison since his arrest in December 2017."]
    assert infer_publication_date(text, (), []).iso == "2019-11-15"  # 15 November 2019 was a Friday


def test__infer_publication_date__a_copyright_line_closing_the_last_paragraph_bounds_the_year():
    text = ["Relations have been at a low since Russia annexed Crimea last year.",
            "The sanctions were prolonged until 31 January 2016.",
            "ERR News is the English-language news service of Estonian Public Broadcasting. Copyright ERR 2015."]
    assert infer_publication_date(text, (), [PartialDate(2014, 3, 18)]).year == 2015


@pytest.mark.parametrize(("text", "found"), [
    ("In mid-March, Moscow launched exercises.", "mid-March"),
    ("Mid-March saw the first expulsions.", "Mid-March"),
    ("In mid- March, Moscow launched exercises.", "mid- March"),
    ("The anti-March protests went on.", None),
])
def test__find_date_mentions__the_middle_of_a_month_is_that_month(text: str, found: str | None) -> None:
    months = [(m.text, m.month) for m in find_date_mentions(text) if m.kind == "month"]
    assert months == ([(found, 3)] if found else [])


@pytest.mark.parametrize(("text", "future"), [
    ("Hamacek said he had called off a planned trip to Moscow on Monday.", True),
    ("Lavrov cancelled the scheduled talks with Kerry on Monday.", True),
    ("The foreign minister called off his trip on Monday.", False),
])
def test__find_date_mentions__the_day_of_a_planned_trip_is_ahead(text: str, future: bool) -> None:
    (m,) = find_date_mentions(text)
    assert m.future is future


@pytest.mark.parametrize("inferred, floor, expected", [
    ((2002, 3), (2018, 4, 26), (2019, 3)),  # 'March 14' in a story calling Pompeo Secretary of State
    ((2015, 2), (2017, 2, 1), (2017, 2)),
    ((2009, 2, 29 - 1), (2012, 5, 8), (2013, 2, 28)),
    ((2014,), (2019, 5, 20), (2019,)),
    ((2016, 12, 30), (2017, 1, 20), (2016, 12, 30)),  # weeks before: 'the policies of President Donald Trump'
    ((2018, 4), (2018, 4, 26), (2018, 4)),
    ((2020, 3), (2017, 1, 20), (2020, 3)),
])
def test__not_before__a_date_years_before_a_named_holder_took_office_moves_on(inferred, floor, expected):
    assert not_before(PartialDate(*inferred), PartialDate(*floor)) == PartialDate(*expected)


def test__publication_date__a_story_with_no_year_is_not_older_than_the_holders_it_titles():
    from natorussia.clean import clean_text
    from natorussia.corpus import RawArticle
    from natorussia.pipeline import process_article
    text = ("Kremlin rejects call to pull troops out\n\nUS Secretary of State Mike Pompeo told Russia's foreign "
            "minister this week that Washington would not stand idly by.\n\nThe troops are there under an "
            "agreement signed in 2001, the ministry said.\n\nThe US withdrew its remaining diplomats from "
            "Caracas on March 14.")
    assert clean_text(text).text
    assert process_article(RawArticle("t", text)).article["date"] == "2019-03"
