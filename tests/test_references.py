"""Reference events: which well-known event a mention refers to, and the dates they lend."""

import pytest

from natorussia.dates import PartialDate
from natorussia.extract import EventMention
from natorussia.references import (
    in_office_since,
    match_reference,
    months_between,
    publication_estimates,
    reference_anchors,
)


def mention(event_type: str, sentence: str, actor: str = "", target: str = "", count: int | None = None):
    return EventMention(event_type, sentence, 0, "", 0, actor=actor, target=target, count=count)


def test__match_reference__a_poisoning_told_of_a_pronoun_is_the_one_the_article_names():
    ev = mention("poisoning", "He had been poisoned with a Novichok nerve agent.", "RUS")
    article = "Navalny returned to Moscow in January. He had been poisoned with a Novichok nerve agent."
    assert match_reference(ev, article).date.iso == "2020-08-20"
    assert match_reference(ev, "Like Skripal, Navalny survived. " + article) is None  # two named: which one?


def test__match_reference__by_figure_and_parties():
    ref = match_reference(mention("expel_diplomats", "The US expelled 35 diplomats.", "USA", "RUS", 35))
    assert ref.date.iso == "2016-12-29"


def test__match_reference__by_keyword_in_the_sentence():
    assert match_reference(mention("poisoning", "The Salisbury attack shocked Britain.")).date.iso == "2018-03-04"


def test__match_reference__a_downing_is_the_su24_only_where_turkey_is_named():
    assert match_reference(mention("armed_conflict", "Turkish jets shot down a Russian bomber.")).date.iso == "2015-11-24"
    assert match_reference(mention("armed_conflict", "The trial over the downing of the plane began.")) is None


def test__match_reference__other_parties_do_not_match():
    assert match_reference(mention("expel_diplomats", "Oslo expelled 35 diplomats.", "NOR", "RUS", 35)) is None


def test__match_reference__news_events_only_from_the_same_weeks_of_the_article():
    ev = mention("sanctions", "Washington imposed sanctions.", "USA", "RUS")
    text = "Washington imposed sanctions. The 2020 presidential election was cited."
    assert match_reference(ev, text, PartialDate(2021, 4)) is not None
    assert match_reference(ev, text, PartialDate(2023, 4)) is None


def test__reference_anchors__lower_bounds_for_the_publication_date():
    text = "Zapad 2017 began. The exercise will last a week."
    anchors = reference_anchors(text, [mention("military_exercise", "Zapad 2017 began.", "RUS")])
    assert [a.iso for a in anchors] == ["2017-09-14"]
    # a plot made public later: told of only from the day it was revealed
    text = "The four GRU officers had tried to break into the network of the OPCW in The Hague."
    assert [a.iso for a in reference_anchors(text, [])] == ["2018-10-04"]


def test__reference_anchors__an_accession_still_to_come_bounds_nothing():
    assert [a.iso for a in reference_anchors("Montenegro became NATO's 29th member.", [])] == ["2017-06-05"]
    text = "Leaders confirmed the invitation to Montenegro to become the 29th member of the alliance."
    assert reference_anchors(text, []) == []


def test__reference_anchors__a_bare_name_is_the_one_the_article_names_with_its_year():
    bare = "Russia was invited to send observers to Trident Juncture."
    assert [a.iso for a in reference_anchors(bare, [mention("military_exercise", bare, "NATO")])] == ["2018-10-25"]
    text = "NATO held Trident Juncture 2015 in Spain. " + bare
    anchors = reference_anchors(text, [mention("military_exercise", bare, "NATO")])
    assert "2018-10-25" not in [a.iso for a in anchors]


def test__months_between():
    assert months_between(PartialDate(2008, 8), PartialDate(2009, 3)) == 7


def test__publication_estimates__relative_date_beside_a_known_event():
    from natorussia import extract
    from natorussia.references import publication_estimates
    mentions = extract.event_mentions("Last month Russia staged its Vostok-2018 war games.")
    assert [e.iso for e in publication_estimates(mentions)] == ["2018-10"]
    # not when the act is dated by a month of its own after it: the relative date is of the verb that reports it
    mentions = extract.event_mentions("Last month, Moscow revealed that Russia had staged its Vostok-2018 war games "
                                      "in September.")
    assert publication_estimates(mentions) == []


def test__publication_estimates__so_many_years_after_a_known_event():
    from natorussia import extract
    mentions = extract.event_mentions("Since Russia's annexation of Crimea seven years ago, little has changed.")
    assert [e.iso for e in publication_estimates(mentions)] == ["2021"]
    # 'nearly three years' after March 2014 is a little before March 2017
    mentions = extract.event_mentions("Washington has kept sanctions in place since Russia annexed Crimea nearly "
                                      "three years ago.")
    assert {e.iso for e in publication_estimates(mentions)} == {"2016"}


def test__match_reference__a_figure_alone_needs_the_same_actor():
    assert match_reference(mention("expel_diplomats", "Two were ordered out.", "", "RUS", 2)) is None
    assert match_reference(mention("expel_diplomats", "NATO expelled two.", "NATO", "", 2)).date.iso == "2009-04-29"


def test__events_by_type__every_reference_event_once_in_file_order():
    from natorussia import lexicon, references
    by_type = references.events_by_type()
    assert [r for refs in by_type.values() for r in refs] == sorted(
        lexicon.reference_events(), key=lambda r: list(by_type).index(r.event_type))
    assert all(r.event_type == etype for etype, refs in by_type.items() for r in refs)


def test__match_reference__a_name_with_another_year_is_another_edition():
    edition = "Last year NATO held Trident Juncture {}, its largest drills in a decade."
    assert match_reference(mention("military_exercise", edition.format("2018"), "NATO")).date.iso == "2018-10-25"
    assert match_reference(mention("military_exercise", edition.format("2015"), "NATO")).date.iso == "2015-10-03"
    assert match_reference(mention("military_exercise", "Russia staged Zapad-2013 near Poland.", "RUS")).date.iso \
        == "2013-09-20"


def test__publication_estimates__a_relative_date_straight_after_a_named_event():
    text = "Officials insist that the shield, which NATO agreed at its Lisbon summit last year to build, is no threat."
    assert [e.iso for e in publication_estimates([], text)] == ["2011"]
    assert publication_estimates([], "The minister flew to Lisbon last year on holiday.") == []


def test__names_it__another_partys_own_like_of_a_known_event_is_not_it():
    from natorussia import lexicon
    from natorussia.references import names_it
    law = next(r for r in lexicon.reference_events() if r.event_type == "sanctions" and r.keywords is not None and
               r.keywords.search("the Magnitsky Act"))
    assert names_it(law, "The Magnitsky Act angered Moscow.")
    assert not names_it(law, "Ottawa passed its own Magnitsky law in 2017.")


def test__names_it__the_cue_pass_on_a_long_text_agrees_with_the_search():
    from natorussia import lexicon
    from natorussia.references import names_it
    text = "Filler about budgets and weather. " * 20 + "NATO held Trident Juncture 2015 in Spain."
    assert len(text) >= 400
    named = [ref.date.iso for ref in lexicon.reference_events()
             if ref.keywords is not None and names_it(ref, text) != names_it(ref, text[-45:])]
    assert named == []  # the filler names nothing; the cue pass finds what the short search finds
    assert any(ref.keywords is not None and names_it(ref, text) for ref in lexicon.reference_events())


def test__reference_anchors__an_event_spoken_of_as_still_to_come_bounds_nothing():
    past = "Russia recalled its envoy after NATO leaders met at their summit in Wales."
    assert [a.iso for a in reference_anchors(past, [])] == ["2014-09-04"]
    for text in ("Allies are expected to approve the plan at a summit in Warsaw in July.",
                 "The drill comes weeks before a NATO summit in Warsaw."):
        assert reference_anchors(text, []) == []


def test__reference_anchors__a_reported_event_still_to_come_bounds_nothing():
    from natorussia import extract
    for text, expected in (("Russia and Belarus held the Zapad-2017 strategic exercise.", ["2017-09-14"]),
                           ("Russia and Belarus will hold the Zapad-2017 strategic exercise in September.", []),
                           ("Zapad-2017, to be held with Belarus, is expected to be larger.", []),
                           ("Russian troops wrapped up drills. Zapad-2017, to be held with Belarus, will be larger.", []),
                           ("Moscow is getting ready for Zapad-2017, a joint strategic exercise scheduled for "
                            "September.", [])):
        assert [a.iso for a in reference_anchors(text, extract.event_mentions(text))] == expected


def test__keyword_matches__as_finditer_finds_them():
    from natorussia import clean
    from natorussia.corpus import RawArticle, iter_corpus
    from natorussia.paths import CORPUS_DIR, SEEDS_DIR
    from natorussia.references import keyword_index, keyword_matches
    texts = [clean.clean_text(a.text).text for a in iter_corpus([CORPUS_DIR, SEEDS_DIR]) if isinstance(a, RawArticle)]
    texts += ["Zapad-2017 and Zapad 2021, G8 G-8, the Group of Eight, 1 2 12 countries, Skripal, Salisbury."]
    index = keyword_index()
    found = 0
    for i, ref in enumerate(index.refs):
        for text in texts:
            expected = [m.span() for m in ref.keywords.finditer(text)]
            assert [m.span() for m in keyword_matches(i, text)] == expected, ref.keywords.pattern
            found += len(expected)
    assert found > 100


def test__named_estimates__an_exercise_needs_no_noun_between_its_name_and_the_relative_date():
    from natorussia.references import named_estimates
    for text in ("Russia staged its Vostok-2018 war games last month, officials said.",
                 "Officials recalled Vostok 2018 last month."):
        assert [(kind, when.iso) for kind, when in named_estimates(text)] == [("last_month", "2018-09-11")]
    assert named_estimates("They met in Lisbon last year.") == []


def test__candidates__the_events_of_a_type_its_parties_and_figure_allow():
    from natorussia.references import candidates, events_by_type
    every = events_by_type()["expel_diplomats"]
    assert candidates("expel_diplomats", "", "", None) == tuple(r for r in every if r.keywords is not None)
    assert all(r.actor in ("", "RUS") for r in candidates("expel_diplomats", "RUS", "", None))
    assert candidates("no_such_type", "RUS", "", None) == ()


def test__reference_anchors__a_sentence_outside_the_text_is_still_read():
    sentence = "Zapad 2017 began."
    anchors = reference_anchors("Nothing here. " * 40, [mention("military_exercise", sentence, "RUS")])
    assert [a.iso for a in anchors] == ["2017-09-14"]


def test__match_reference__a_reference_with_several_targets_matches_any_and_no_other():
    def mention(target: str) -> EventMention:
        return EventMention("sanctions", "Russia's ban on food imports hits farmers.", 0, "", 0, actor="RUS",
                            target=target)
    assert match_reference(mention("NOR")) is not None
    assert match_reference(mention("TUR")) is None


def test__match_reference__the_kerch_strait_incident_by_its_ramming_of_ukrainian_gunboats():
    sentence = "Russian border guard ships rammed and fired on two Ukrainian gunboats and a tug."
    assert match_reference(mention("armed_conflict", sentence, "RUS", "UKR")).date.iso == "2018-11-25"


def test__reference_anchors__a_summit_still_to_come_bounds_nothing_even_far_from_its_cue():
    text = ("The alliance is expected to approve the deployment of four multinational battalions in Poland, Lithuania, "
            "Latvia and Estonia at its summit in Warsaw on July 8-9.")
    assert PartialDate(2016, 7, 8) not in reference_anchors(text, [])
    assert PartialDate(2016, 7, 8) in reference_anchors("Leaders approved the battalions at the summit in Warsaw.", [])


def test__publication_estimates__a_relative_date_owning_a_noun_is_not_the_events():
    from natorussia import extract
    from natorussia.references import publication_estimates
    text = ("Last week, the United States expelled 10 Russian diplomats and imposed sanctions over the SolarWinds hack, "
            "accusing Moscow of meddling in last year's election.")  # 'last year's' is the election's, not the act's
    assert [e.iso for e in publication_estimates(extract.event_mentions(text))] == ["2021-04", "2021-04"]


def test__match_reference__russias_mission_to_nato_is_not_any_mission():
    closed = mention("suspend_mission", "Russia suspended its mission to NATO on Monday.", "RUS")
    assert match_reference(closed).date.iso == "2021-10-18"
    vetoed = mention("suspend_mission", "Russia vetoed the resolution, ending a mission of UN observers.", "RUS")
    assert match_reference(vetoed) is None


@pytest.mark.parametrize("text, when", [
    ("Putin flew to the peninsula on Monday to mark five years since Moscow annexed Crimea from Ukraine.", "2019-03"),
    ("Ten years on, the Georgia war still divides the Caucasus.", "2018-08"),
    ("NATO marked its 70th birthday, seven decades after its founding treaty was signed in Washington.", "2019-04"),
])
def test__anniversary_estimates__so_many_years_after_a_landmark_named_with_no_date(text, when):
    from natorussia.references import anniversary_estimates
    assert [e.iso for e in anniversary_estimates(text)] == [when]


def test__reference_anchors__a_title_the_event_gave_bounds_even_before_what_is_to_come():
    text = "The step strains ties weeks before President-elect Joe Biden takes office."
    assert [a.iso for a in reference_anchors(text, [])] == ["2020-11-07"]


def test__reference_anchors__a_month_after_a_past_verb_is_no_event_to_come():
    from natorussia import extract
    text = "Russia has stepped up military activity in the region since it annexed Crimea from Ukraine in March."
    assert [a.iso for a in reference_anchors(text, extract.event_mentions(text))] == ["2014-03-18"]


def test__reference_anchors__the_illegals_arrested_in_june_2010():
    text = "Among the deported agents was Anna Chapman, whose photographs have filled tabloid front pages."
    assert [a.iso for a in reference_anchors(text, [])] == ["2010-06-27"]


def test__match_reference__the_wests_150_expulsions_of_2018_by_figure():
    ev = mention("expel_diplomats", "Western countries expelled some 150 Russian diplomats.", "WEST", "RUS", 150)
    assert match_reference(ev).date.iso == "2018-03-26"
    assert match_reference(mention("expel_diplomats", "Oslo expelled 150 diplomats.", "NOR", "RUS", 150)) is None


def test__reference_anchors__the_assassination_of_andrei_karlov():
    assert [a.iso for a in reference_anchors("Andrei Karlov was shot dead at a gallery in Ankara.", [])] == ["2016-12-19"]
    assert reference_anchors("Turkey summoned Russia's ambassador, Andrei Karlov, over the air strikes.", []) == []


@pytest.mark.parametrize("sentence", ["After the five-day war, NATO froze the work of the council.",
                                      "Contacts were frozen after the August war, when NATO suspended the council."])
def test__match_reference__the_five_day_or_august_war_is_the_georgia_war(sentence):
    ref = match_reference(mention("suspend_cooperation", sentence, "NATO", "RUS"))
    assert ref is not None and ref.date.iso == "2008-08-19"


def test__match_reference__natos_1999_bombing_is_of_yugoslavia_not_of_the_articles_other_side():
    ref = match_reference(mention("armed_conflict", "Serbia, which was bombed by NATO in 1999, stays neutral.", "NATO"))
    assert (ref.target, ref.date.iso) == ("SRB", "1999-03-24")
    assert match_reference(mention("armed_conflict", "NATO jets bombed targets in Libya in 2011.", "NATO")) is None


def test__match_reference__of_two_parties_acts_on_one_day_the_one_the_article_names_most():
    sentence = "The sanctions were first imposed in July 2014, after the downing of flight MH17."
    ev = mention("sanctions", sentence, target="RUS")
    about_the_eu = f"EU leaders met in Brussels. {sentence} The European Union will review them."
    about_the_us = f"Washington weighs more steps. {sentence} The United States will review them."
    assert match_reference(ev, about_the_eu).actor == "EU"
    assert match_reference(ev, about_the_us).actor == "USA"


def test__match_reference__russian_jets_beginning_their_air_campaign_is_the_syria_intervention():
    ev = mention("armed_conflict", "Russian jets began their own air campaign on 30 September, striking positions.", "RUS")
    ref = match_reference(ev)
    assert ref is not None and ref.date.iso == "2015-09-30"


def test__match_reference__the_withdrawal_from_the_inf_treaty_took_effect_in_august_2019():
    ev = mention("suspend_cooperation", "The withdrawal from the Intermediate-range Nuclear Forces treaty took effect "
                                        "six months after the announcement.")
    ref = match_reference(ev)
    assert ref is not None and ref.date.iso == "2019-08-02"


def test__match_reference__a_later_round_of_sanctions_is_not_the_first_one():
    first = mention("sanctions", "The EU imposed travel bans and asset freezes over Crimea.", "EU", "RUS")
    assert match_reference(first).date.iso == "2014-03-17"
    for later in ("The US and the EU tightened their sanctions over Ukraine.",
                  "Cameron said the new sanctions over Ukraine should go ahead."):
        assert match_reference(mention("sanctions", later, "EU", "RUS")) is None


def test__match_reference__russias_bans_on_moldovan_produce_are_their_own_events():
    fruit = mention("sanctions", "Moscow then banned imports of Moldovan fruit and vegetables.", "RUS", "MDA")
    assert match_reference(fruit).date.iso == "2014-07-21"
    wine = mention("sanctions", "A Russian ban on Moldovan wine has been in force for years.", "RUS", "MDA")
    assert match_reference(wine).date.iso == "2013-09-10"


def test__in_office_since__the_latest_holder_named_with_the_title():
    text = ("President Donald Trump said Russia had to get out. US Secretary of State Mike Pompeo told Lavrov "
            "that Washington would not stand idly by.")
    assert in_office_since(text) == PartialDate(2018, 4, 26)


@pytest.mark.parametrize("text", [
    "The freeze came days after Putin endorsed First Deputy Prime Minister Dmitry Medvedev as his successor.",
    "Vice President Joe Biden told Kiev that Washington stood by it.",
    "The question is whether a President Trump lifts these measures.",
    "Pompeo, then the CIA director, met Naryshkin.",
])
def test__in_office_since__no_title_held_no_bound(text):
    assert in_office_since(text) is None
