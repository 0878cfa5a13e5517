"""Actor mentions, subjects, speakers and pronouns in sentences written for the tests."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia import actors
from natorussia.actors import find_actors, speaker, subject_before, subject_of
from natorussia.extract import sentence_events


def codes(text: str) -> list[tuple[str, bool]]:
    return [(a.code, a.participant) for a in find_actors(text)]


def test__find_actors__council_and_compounds_are_not_actors():
    assert codes("The NATO-Russia Council met; pro-Russian rebels and ex-Soviet states watched.") == []


def test__find_actors__nationality_is_a_participant_only_before_an_institution():
    assert codes("The Russian Foreign Ministry protested the Russian occupation.") == [("RUS", True), ("RUS", False)]


def test__sentence_events__of_two_nationalities_sharing_a_noun_the_first_acts():
    [ev] = sentence_events("Russian and Syrian jets bombed rebel-held Aleppo on Monday.", 0)
    assert ev.actor == "RUS"


def test__find_actors__groups_of_states_are_the_west():
    assert codes("Twenty countries and the West acted.") == [("WEST", True), ("WEST", True)]
    assert codes("Dozens of envoys were sent home by Washington's allies.") == [("WEST", True)]


def test__find_actors__the_treasury_with_no_name_before_it_is_washington():
    assert codes("The Treasury blacklisted seven tycoons.") == [("USA", True)]
    assert codes("The Treasury Department blacklisted seven tycoons.") == [("USA", True)]


@pytest.mark.parametrize("sentence", ["More than 20 EU and Nato countries expelled Russian diplomats.",
                                      "Some 25 EU and NATO member states expelled Russian diplomats.",
                                      "A large number of allied and partner states expelled Russian diplomats.",
                                      "A number of EU countries expelled Russian diplomats."])
def test__find_actors__a_count_of_eu_and_nato_states_is_the_west_not_either_body(sentence):
    assert codes(sentence)[:1] == [("WEST", True)] and "EU" not in {c for c, _ in codes(sentence)}


@pytest.mark.parametrize("sentence", ["Alliance foreign ministers put the council's meetings on hold.",
                                      "The alliance leaders met in Lisbon."])
def test__find_actors__the_alliances_ministers_or_leaders_are_nato(sentence: str) -> None:
    assert codes(sentence) == [("NATO", True)]


def test__find_actors__the_two_countries_refers_back_and_is_no_group():
    assert codes("Troops from the two countries took part; two countries objected.") == [("WEST", True)]


def test__find_actors__the_continents_of_america_are_not_the_united_states():
    assert codes("Ministers from South America and North America met America's envoy.") == [("USA", True)]


def test__speaker__of_a_quote_is_named_after_it():
    s = '"We will suspend the talks," the alliance said.'
    assert speaker(s, find_actors(s), s.index("suspend")).code == "NATO"
    s = '"We will suspend the talks," the ministers said after their first meeting since Russian forces seized Crimea.'
    assert speaker(s, find_actors(s), s.index("suspend")) is None  # a name after 'since' speaks no quote


def test__subject_of__a_people_after_a_preposition_and_the_is_in_its_phrase():
    s = "In the spirit of parity invoked by the Russians, the Americans are closing the consulate."
    assert subject_of(s, find_actors(s), 0, len(s)).text == "Americans"
    s = "According to the Russian Defence Ministry, Russian troops took part."  # an adjective: as before
    assert subject_of(s, find_actors(s), 0, len(s)).start == s.index("Russian Defence")


def test__find_actors__the_dutch_or_the_british_doing_something_are_their_state():
    s = "The Dutch sent two diplomats home, and the British expelled 23."
    assert [(a.code, a.participant) for a in find_actors(s)] == [("NLD", True), ("GBR", True)]
    s = "The Dutch diplomats left."  # a nationality before a noun: as before
    assert [(a.code, a.participant) for a in find_actors(s)] == [("NLD", False)]


def test__subject_of__skips_possessives_of_other_things():
    s = "Russia's relationship soured and Poland protested."
    assert subject_of(s, find_actors(s), 0, len(s)).code == "POL"


@pytest.mark.parametrize(("sentence", "code"), [
    ("In March, after Russia annexed Crimea, Canberra imposed sanctions on Russian individuals.", "AUS"),
    ("When Moscow expelled two Estonian diplomats, Tallinn answered in kind.", "EST"),
    ("After talks in Brussels, Russia and NATO agreed to meet again.", "RUS"),  # no clause: as before
    ("After Russia annexed Crimea.", "UKR"),  # nothing named after the clause: as before
])
def test__subject_of__not_in_a_clause_the_sentence_opens_with(sentence: str, code: str) -> None:
    assert subject_of(sentence, find_actors(sentence), 0, len(sentence)).code == code


def test__find_actors__same_with_the_patterns_split_by_first_character(monkeypatch):
    from natorussia import clean, extract, lexicon
    from natorussia.corpus import RawArticle, iter_corpus
    from natorussia.paths import CORPUS_DIR, SEEDS_DIR
    texts = [clean.clean_text(a.text).text for a in iter_corpus([CORPUS_DIR, SEEDS_DIR]) if isinstance(a, RawArticle)]
    sentences = [s for t in texts for s in extract.split_sentences(t)] + [r.example for r in lexicon.actor_rules()]
    actors.find_actors.cache_clear()
    split = [actors.find_actors(s) for s in sentences]
    actors.find_actors.cache_clear()
    monkeypatch.setattr(actors, "actor_patterns_by_first_char", lambda skip=frozenset(): ({}, actors.combined_actor_pattern()))
    try:
        assert split == [actors.find_actors(s) for s in sentences]
    finally:
        actors.find_actors.cache_clear()
    assert sum(map(len, split)) > 1000


def test__actor_patterns_by_first_char__each_rule_under_its_first_characters():
    by_char, other = actors.actor_patterns_by_first_char()
    from natorussia import lexicon
    i = next(i for i, r in enumerate(lexicon.actor_rules()) if (r.code, r.kind) == ("RUS", "state"))
    assert f"(?P<r{i}>" in by_char["R"].pattern and f"(?P<r{i}>" not in by_char["M"].pattern  # Russia, not Moscow
    assert other is None or all(g in p.groupindex for p in by_char.values() for g in other.groupindex)


@settings(max_examples=2000, deadline=None)
@given(st.text("ab Z'_1é-\n.,", max_size=30), st.integers(0, 32))
def test__word_before__what_the_regular_expression_finds(text, pos):
    import re
    m = re.search(r"([A-Za-z']+)\W*$", text[:pos])
    assert actors.word_before(text, pos) == (m.group(1).lower() if m else "")


@pytest.mark.parametrize("text, pos, expected", [
    ("Talks with Russia", 11, "with"), ("the allies' own", 12, "allies'"), ("in 2014, Russia", 9, ""),
    ("rock 'n' roll", 9, "'n'"), ("", 0, ""), ("x9 ''", 5, "''"),
])
def test__word_before__examples(text, pos, expected):
    assert actors.word_before(text, pos) == expected


@pytest.mark.parametrize("sentence", [
    "The NATO-Russia Council met; pro-Russian rebels and ex-Soviet states watched.",
    "Russia–NATO ties, the NRC and NATO members such as Norway; anti-Western, Soviet-era Nato allies like Spain.",
    "Nothing blocked here, said Russia.", "ſoviet — NATO–Russia", "", "NATO-Russia-NATO Council", "UNATO–Russia",
    "the Vienna Document and NATO-Russia ties", "anti-NATO-Russia relations",
])
def test__non_participant_spans__found_where_the_pattern_finds_them(sentence):
    assert actors.non_participant_spans(sentence) == [m.span() for m in actors.NON_PARTICIPANT.finditer(sentence)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["NATO", "Nato", "-", "–", "Russia", "Russian", " ", "  ", "Council", "pro", "anti",
                                 "ex", "Soviet", "NRC", "members", "like", "Vienna", "Convention", "U", "x", "é"]),
                max_size=12))
def test__non_participant_spans__same_as_the_pattern_on_made_up_text(pieces):
    sentence = "".join(pieces)
    assert actors.non_participant_spans(sentence) == [m.span() for m in actors.NON_PARTICIPANT.finditer(sentence)]


def test__subject_before__pronoun_after_told_with_an_object_is_who_told():
    s = "Finland has told Sweden it is suspending all joint patrols with Russia."
    assert subject_before(s, find_actors(s), 0, s.index("suspending")).code == "FIN"
    s = "Russia warned the alliance that it would close the office."
    assert subject_before(s, find_actors(s), 0, s.index("close")).code == "RUS"


def test__possessor__skips_a_place_set_off_by_a_comma():
    from natorussia.actors import possessor
    s = "The alliance staged Cold Response in Finland, its biggest drill in years."
    assert possessor(s, find_actors(s), s.index("its")).code == "NATO"
    s = "Moscow closed the airspace near its frontier with Abkhazia and Georgia, citing its 2008 war."
    assert possessor(s, find_actors(s), s.rindex("its")).code == "RUS"
    s = "NATO froze cooperation with Russia over its annexation of Crimea."
    assert possessor(s, find_actors(s), s.index("its")).code == "RUS"
    # every name in a phrase: the owner of the noun before
    s = "Ties have been strained by Russia's annexation of Crimea in 2014, its intervention in Syria and a poisoning."
    assert possessor(s, find_actors(s), s.index("its")).code == "RUS"


def test__find_actors__the_bloc_beside_nato_and_no_eu_is_the_alliance():
    s = "NATO froze the council, and Russia cut military contacts with the bloc."
    assert [a.code for a in find_actors(s)] == ["NATO", "RUS", "NATO"]
    s = "The bloc renewed its sanctions on Russia."
    assert [a.code for a in find_actors(s)] == ["EU", "RUS"]  # the news's bloc
    s = "NATO met as the EU said the bloc would renew its sanctions."
    assert [a.code for a in find_actors(s)] == ["NATO", "EU", "EU"]  # the EU named beside it


def test__find_actors__the_council_that_adopts_or_extends_sanctions_is_the_eus():
    assert codes("On 1 July the Council extended the economic sanctions until January.") == [("EU", True)]
    assert codes("The Council today adopted restrictive measures against 21 officials.") == [("EU", True)]
    assert codes("The Council met on Wednesday and agreed to resume talks.") == []  # which council: not told


def test__find_actors__western_is_the_west_but_not_western_europe():
    assert codes("Western sanctions hurt; Western Europe shrugged.") == [("WEST", False)]


def test__subject_before__object_of_a_first_coordinated_verb_is_not_the_subject():
    s = "Moscow passed a law that bans Americans from adopting children and blacklists U.S. judges."
    assert subject_before(s, find_actors(s), 0, s.index("blacklists")).code == "RUS"
    s = "Britain expelled Russians and closed a consulate."
    assert subject_before(s, find_actors(s), 0, s.index("closed")).code == "GBR"
    # an aside naming the object's owner: 'blamed the GRU, Russia's military intelligence agency, and expelled'
    s = "Britain blamed the GRU, Russia's military intelligence agency, and expelled 23 diplomats."
    assert subject_before(s, find_actors(s), 0, s.index("expelled")).code == "GBR"
    # the object's head before 'of': 'summoned the envoys of the four countries and declared ...'
    s = "Moscow summoned the envoys of the four countries and declared two diplomats persona non grata."
    assert subject_before(s, find_actors(s), 0, s.index("declared")).code == "RUS"


def test__find_actors__a_state_and_its_allies_or_counted_member_states_are_the_west():
    assert codes("Canada and its allies acted.") == [("WEST", True)]
    assert codes("The United States and its partners acted.") == [("WEST", True)]
    assert codes("EU states and their allies acted.") == [("WEST", True)]
    assert codes("The United States and its main allies acted.") == [("WEST", True)]
    assert codes("Fourteen EU member states acted.") == [("WEST", True)]
    assert codes("Russia and its allies acted.")[0] == ("RUS", True)
    assert codes("The U.S. and more than two dozen allies acted.") == [("WEST", True)]
    assert codes("Britain and 25 other countries acted.") == [("WEST", True)]
    assert codes("More than 20 allies, led by the U.S., acted.")[0] == ("WEST", True)
    assert codes("Russia and 12 other countries acted.")[0] == ("RUS", True)


def test__find_actors__nationality_before_a_service_adjective_and_an_institution():
    assert codes("A Finnish naval delegation arrived.") == [("FIN", True)]
    assert codes("The Russian Navy held a drill and the Russian Air Force joined in.") == [("RUS", True), ("RUS", True)]


def test__subject_before__they_after_a_group_and_its_listed_members_is_the_group():
    s = "On Friday the G7 – Japan, Italy and Canada among them – said they would skip the summit."
    assert subject_before(s, find_actors(s), s.index("said"), s.index("would skip")).code == "WEST"


def test__possessor__their_after_two_names_is_led_by_the_first():
    from natorussia.extract import event_mentions
    (ev,) = event_mentions("Russia and Belarus staged their joint Union Shield-2011 exercise, involving 12,000 troops.")
    assert (ev.event_type, ev.actor, ev.count) == ("military_exercise", "RUS", 12000)


def test__event_mentions__a_nationality_before_ships_or_guards_names_the_actor():
    from natorussia.extract import event_mentions
    evs = event_mentions("Russian coast guard vessels rammed and fired on three Ukrainian Navy boats.")
    assert {(e.event_type, e.actor) for e in evs} == {("armed_conflict", "RUS")}


def test__subject_before__a_name_closing_a_phrase_before_the_subject_is_not_one_of_its_list():
    s = "After the attack on a defector in England, Oslo and Copenhagen each expelled a diplomat."
    assert subject_before(s, find_actors(s), 0, s.index("each")).text == "Oslo"
    s = "Britain, France and Germany expelled a diplomat each."
    assert subject_before(s, find_actors(s), 0, s.index("expelled")).text == "Britain"


def test__find_actors__a_city_naming_a_treaty_is_no_party():
    assert [a.text for a in find_actors("It breached the Vienna Convention, Ankara said.")] == ["Ankara"]


def test__subject_before__a_nationality_whose_noun_phrase_stands_before_the_verb_after_a_preposition():
    s = "It came a week after Russian border guard vessels rammed a tug."
    assert subject_before(s, find_actors(s), 0, s.index("rammed")).text == "Russian"


def test__find_actors__may_is_the_prime_minister_only_before_a_verb_of_saying():
    assert [(a.code, a.text) for a in find_actors("On Wednesday May told MPs the envoys must go.")] == [("GBR", "May")]
    assert find_actors("In May the talks resumed.") == ()


def test__find_actors__russian_intelligence_services_stand_for_russia():
    assert [(a.code, a.text) for a in find_actors("Washington imposed sanctions on the GRU and the FSB.")] == \
        [("USA", "Washington"), ("RUS", "GRU"), ("RUS", "FSB")]



def test__shortest_needles__drops_the_literals_that_hold_another():
    assert actors.shortest_needles(["countries", "European countries", "G7", "allies", "Western allies"]) == \
        ("G7", "allies", "countries")


def test__holds_any__one_of_the_needles_in_the_text():
    assert actors.holds_any("twenty countries", ("G7", "countries")) and not actors.holds_any("Russia", ("G7",))
    assert not actors.holds_any("Russia", ())


def test__costly_actor_rules__have_no_long_lead_and_their_needles_are_in_their_examples():
    from natorussia import lexicon
    costly, needles = actors.costly_actor_rules()
    rules = lexicon.actor_rules()
    assert costly and all(actors.long_lead(rules[i].pattern) is None for i in costly)
    for i in costly:
        assert actors.holds_any(rules[i].example, needles), rules[i].example


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("It came after Congress approved new sanctions.", "sanctions", "USA"),  # a clause after 'after'
    ("It came after sanctions on Moscow.", "sanctions", None),  # no verb after the name: a phrase
    ("Officials have feared it since Russia began air strikes in Syria.", "air strikes", "RUS"),  # an irregular past
])
def test__subject_before__a_name_opening_a_clause_after_a_conjunction(sentence, verb, expected):
    found = actors.subject_before(sentence, actors.find_actors(sentence), 0, sentence.index(verb))
    assert (found.code if found else None) == expected


def test__subject_before__the_object_of_a_headlines_first_verb_does_not_do_the_second():
    sentence = "NATO expels eight Russian officials, halves Moscow's mission"
    found = actors.subject_before(sentence, actors.find_actors(sentence), 0, sentence.index("halves"))
    assert found is not None and found.code == "NATO"


def test__shortest_prefixes__drops_the_words_another_one_starts():
    assert actors.shortest_prefixes(["the ", "the Kremlin", "NATO", "Nato", "NATO-led"]) == ["NATO", "Nato", "the "]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["the ", "The ", "Russia", "n", "Moscow", "NATO", "-", " ", "allies", "de Hoop Scheffer",
                                 "US", "U.S.", "x", "May", "said", "Council", "alliance", "Western ", "é", "2"]),
                max_size=12))
def test__find_actors__same_at_every_name_start_as_at_the_leads(pieces):
    from unittest import mock
    sentence = "".join(pieces)
    actors.find_actors.cache_clear()
    by_leads = actors.find_actors(sentence)
    actors.find_actors.cache_clear()
    with mock.patch.object(actors, "lead_finder", lambda: None), mock.patch.object(actors, "sentence_finder", lambda: None):
        assert actors.find_actors(sentence) == by_leads
    actors.find_actors.cache_clear()


def test__subject_before__a_pronoun_opening_a_joined_clause_is_the_subject_before():
    s = ("NATO has put its cooperation with Russia under review, and earlier this month it suspended planning "
         "for a joint mission.")
    assert actors.subject_before(s, actors.find_actors(s), 0, s.index("suspended")).code == "NATO"
    s = "Poland protested to Russia, which said it suspended the talks."  # no joined clause: the nearest
    assert actors.subject_before(s, actors.find_actors(s), 0, s.index("suspended")).code == "RUS"


def test__find_actors__the_bloc_is_the_eu_the_military_bloc_is_nato():
    assert [(a.code, a.text) for a in find_actors("The 27-member bloc imposed sanctions.")] == [("EU", "The 27-member bloc")]
    assert [a.code for a in find_actors("The bloc's broader sanctions remain.")] == ["EU"]
    assert [a.code for a in find_actors("Moscow fears the Western military bloc.")] == ["RUS", "NATO"]
    assert find_actors("the former Soviet bloc states") == ()


def test__sentence_finder__one_pass_finds_each_kind_of_literal():
    finder = actors.sentence_finder()
    assert finder is not None and 0 < finder.leads_end < finder.costly_end < finder.needles_end
    kinds = {k for k, _, _ in finder.find("NATO allies and the Vienna Convention: 20 countries", True)}
    assert any(k < finder.leads_end for k in kinds) and any(finder.leads_end <= k < finder.costly_end for k in kinds)
    assert any(finder.costly_end <= k < finder.needles_end for k in kinds) and any(k >= finder.needles_end for k in kinds)


def test__non_participant_spans_at__each_start_once_after_the_last_span():
    s = "The NATO-Russia Council and the NRC met."
    assert actors.non_participant_spans_at(s, [4, 9, 32]) == [(4, 23), (32, 35)] == actors.non_participant_spans(s)
    assert actors.non_participant_spans_at(s, [0, 28]) == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["it", "It", "IT", "they", "we", "We", "he", "the country", "The Country", " ", "'",
                                 "s", "x", "é", "\u212a", ",", "sheet"]), max_size=10))
def test__last_pronoun__the_last_match_of_the_pattern(pieces):
    sentence = "".join(pieces)
    for lo in range(0, len(sentence) + 1, 3):
        text = sentence[lo:]
        # not 'they' or 'the country' as the object of a verb or preposition ('exit they' from 'we'+'x'+'it'+' they')
        found = [m for m in actors.PRONOUN.finditer(text) if not (
            m.group(0).lower() in ("they", "the country", "the government") and text[m.start() - 1: m.start()] == " "
            and actors.word_before(text, m.start()) in actors.AFTER_VERB_OR_PREPOSITION)]
        last = actors.last_pronoun(sentence, lo, len(sentence))
        assert (last.span(), last.group(0).lower()) == (found[-1].span(), found[-1].group(0).lower()) if found \
            else last is None


@pytest.mark.parametrize("sentence", ["the embassy's mission to Norway", "the mission to the\nNorway talks",
                                      "a delegation sent to the Norway", "the toto Norway office", "Norway",
                                      "shut the consulate, in response to Norway's move"])
def test__is_host__as_the_patterns_say(sentence):
    a = next(x for x in actors.find_actors(sentence) if x.code == "NOR")
    before = sentence[max(0, a.start - 60): a.start]
    expected = (actors.word_before(sentence, a.start) == "to" and bool(actors.MISSION_WORDS.search(before)) or
                bool(actors.TO_BEFORE.search(before) and actors.MISSION_WORDS.search(before))) and \
        not actors.PHRASE_TO_BEFORE.search(before)
    assert actors.is_host(sentence, a) == expected


def test__is_host__not_after_in_response_to():
    sentence = "Lavrov withdrew consent for the US consulate, in response to Washington's expulsion of 60 Russians."
    assert not actors.is_host(sentence, next(a for a in actors.find_actors(sentence) if a.text == "Washington"))
    rows = [e for e in sentence_events("On Thursday, Lavrov announced that 60 US diplomats would be expelled and that "
                                       "Russia was withdrawing its consent for the US Consulate General in St. "
                                       "Petersburg, in response to Washington's expulsion of 60 Russian diplomats.", 0)
            if e.event_type == "expel_diplomats"]
    assert sorted((e.actor, e.target, e.count) for e in rows) == [("RUS", "USA", 60), ("USA", "RUS", 60)]


def test__possessor__its_is_not_a_nationality_of_people_before_it():
    s = "The EU added eight Russian officials to its sanctions list."
    assert actors.possessor(s, find_actors(s), s.index("its")).code == "EU"
    s = "Russia recalled its ambassador."
    assert actors.possessor(s, find_actors(s), s.index("its")).code == "RUS"
    s = "Russia has been under U.S. and European sanctions since its annexation of Crimea."
    assert actors.possessor(s, find_actors(s), s.index("its")).code == "RUS"  # names that qualify a noun


@pytest.mark.parametrize(("sentence", "verb", "code"), [
    pytest.param("NATO expels seven staff of the Russian mission and cuts its size.", "cuts", "NATO",
                 id="a_verb_and_its_counted_object_are_no_modifier_of_the_name"),
    pytest.param("The G7 leaders have shut Russia out of the Group of Eight and scrapped the summit in Sochi.", "scrapped", "WEST",
                 id="the_object_of_an_irregular_first_verb_is_no_subject_of_the_second"),
    pytest.param("After talks with Russia, Norway expelled two diplomats.", "expelled", "NOR",
                 id="nearest_subject_not_in_a_prepositional_phrase"),
    pytest.param("Latvia, Lithuania and Estonia expelled Russian envoys.", "expelled", "LVA",
                 id="first_of_a_coordinated_subject"),
    pytest.param("Russia announced that it will close the office.", "close", "RUS",
                 id="pronoun_takes_its_antecedent"),
    pytest.param("The Netherlands accused Russia's GRU of hacking, saying it had expelled four Russian officers.", "expelled", "NLD",
                 id="a_pronoun_after_saying_is_the_subject_that_says_it"),
    pytest.param("Russia annexed Crimea in 2014 and the same year started a war in the Donbas.", "started", "RUS",
                 id="the_object_of_a_first_verb_is_no_subject_of_a_second_after_a_time_phrase"),
    pytest.param("NATO said it was told by Russia that the country was halting cooperation.", "halting", "RUS",
                 id="the_country_takes_the_state_before_it"),
    pytest.param("More than 20 countries, including Canada and Australia, said they are expelling envoys.", "expelling", "WEST",
                 id="pronoun_skips_a_list_of_examples"),
    pytest.param("Ten countries, including Spain, have acted, besides the 12 Russians that Norway expelled.", "expelled", "NOR",
                 id="a_list_of_examples_ends_at_a_verb"),
    pytest.param("More than 30 states, including Japan, have sent home over 90 Russian envoys.", "have sent", "WEST",
                 id="a_counted_group_after_more_than_is_the_subject"),
    pytest.param("Washington decided to throw out 60 Russians and shut Russia's consulate in Seattle.", "shut", "USA",
                 id="the_object_of_a_phrasal_verb_before_and_is_not_the_next_verbs_subject"),
    pytest.param("Putin spoke. Measures were introduced after a Turkish F-16 fighter shot down a Russian Su-24 bomber.", "shot", "TUR",
                 id="a_nationality_before_a_warplane_acts"),
    pytest.param("Relations between Moscow and the alliance have soured since NATO foreign ministers decided last "
                 "Tuesday to freeze the council.", "freeze", "NATO",
                 id="a_name_after_since_with_its_head_nouns_and_a_verb_opens_a_clause"),
    pytest.param("The Government of the Republic of Macedonia has decided to expel one Russian diplomat.", "expel",
                 "MKD", id="the_government_of_a_state_is_the_state"),
    pytest.param("Russia banned imports of Moldovan wine in 2013, shortly before Moldova signed a deal with the EU, and "
                 "restricted imports of fruit in 2014.", "restricted", "RUS",
                 id="a_verb_joined_after_a_clause_set_off_by_commas_is_the_subject_before_it"),
])
def test__subject_before__who_does_what_the_verb_says(sentence, verb, code):
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index(verb)).code == code


def test__find_actors__leaders_former_and_of_greece_and_the_alliance_in_lower_case():
    assert codes("Boris Yeltsin met Bill Clinton in Helsinki.") == [("RUS", True), ("USA", True), ("FIN", True)]
    assert codes("Alexis Tsipras met alliance leaders.") == [("GRC", True), ("NATO", True)]  # 'alliance' in lower case


def test__find_actors__a_states_territories_are_places_of_their_own_kind():
    assert [(a.code, a.kind) for a in find_actors("Ukraine said Crimea and the Donbas were occupied; Georgia said "
                                                      "the same of Abkhazia.")] == \
        [("UKR", "state"), ("UKR", "territory"), ("UKR", "territory"), ("GEO", "state"), ("GEO", "territory")]


def test__find_actors__balkan_and_island_members_of_europe():
    assert [a.code for a in find_actors("Bosnia and Herzegovina, Cyprus and Malta protested; Sarajevo objected.")] == \
        ["BIH", "CYP", "MLT", "BIH"]


def test__find_actors__the_administration_and_ofac_are_washington():
    assert codes("The administration acted.") == [("USA", True)]
    assert codes("OFAC acted.") == [("USA", True)]
    assert codes("The administration of Moldova's president acted.")[0] != ("USA", True)


def test__find_actors__the_baltic_states_are_the_west():
    assert codes("The Baltic states expelled four Russian diplomats.")[0] == ("WEST", True)
    assert codes("Washington sent troops to the Baltics.") == [("USA", True), ("WEST", True)]


def test__find_actors__nationality_before_an_aircraft_model_is_a_participant():
    assert codes("A Turkish F-16 and Polish MiG-29s flew; a Turkish-made drone did not.") == [("TUR", True), ("POL", True)]


def test__subject_before__aircraft_of_a_nationality_after_a_preposition_did_it():
    s = "Russia cut contacts with Turkey, a day after a Turkish F-16 shot down a Russian warplane."
    assert subject_before(s, find_actors(s), s.index("a day"), s.index("shot down")).code == "TUR"


def test__find_actors__leaders_under_the_transliterations_wires_use():
    assert codes("Zelenskiy met Putin; Lukashenka watched.") == [("UKR", True), ("RUS", True), ("BLR", True)]


@pytest.mark.parametrize("sentence, verb", [
    ("Washington decided to expel 60 Russians and shut the Russian consulate in Seattle.", "shut"),  # an infinitive's
    ("The US responded by expelling 60 Russians and ordering the closure of the consulate.", "closure"),  # a gerund's
    ("The US expelled 60 Russians it said were spies and ordered the closure of the consulate.", "closure"),
    ("The US expels 60 Russians it says are spies and orders the closure of the consulate.", "closure"),  # present
    ("The US is expelling 60 Russians and has ordered the closure of the consulate.", "closure"),  # perfect
    ("Washington said it would close the consulate.", "close"),  # a pronoun after a verb of saying still refers back
    ("Washington said it would expel 60 Russians and close the Russian consulate.", "close"),  # a modal's verb
])
def test__subject_before__an_object_or_a_relative_clause_before_a_joined_verb_is_not_its_subject(sentence, verb):
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index(verb)).code == "USA"


@pytest.mark.parametrize("sentence, verb, code", [
    ("Babis said officers of Russia's GRU were involved, and the government expelled 18 Russian staff.", "expelled", "CZE"),
    ("In Prague, the government on Thursday ordered Moscow to cut the staff of its embassy.", "ordered", "CZE"),
    ("The first expulsions from Germany since 2018, when the government ordered four diplomats out.", "ordered", "DEU"),
])
def test__subject_before__the_government_is_that_of_the_clause_it_joins_or_of_its_place(sentence, verb, code):
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index(verb)).code == code


def test__subject_before__the_government_is_not_a_party_a_phrase_before_it_names():
    sentence = "Following Russia's annexation of Crimea, the government imposed sanctions."
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index("imposed")) is None


@pytest.mark.parametrize("sentence", [
    "Putin told Obama that he would not attend the summit.",
    "Putin told President Obama by phone on Wednesday that he would not attend the summit.",
])
def test__subject_before__a_pronoun_after_whom_someone_told_is_the_teller(sentence):
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index("would")).code == "RUS"


def test__find_actors__the_leader_of_a_us_led_coalition_acts_for_it():
    s = "On September 17, US-led coalition warplanes struck Syrian army positions."
    assert subject_before(s, find_actors(s), 0, s.index("struck")).code == "USA"
    assert codes("The U.S.-led alliance planned drills.") == [("NATO", True)]


def test__find_actors__brussels_is_the_eu_when_it_takes_a_measure():
    assert codes("Washington and Brussels imposed sanctions.") == [("USA", True), ("EU", True)]
    assert codes("NATO envoys met in Brussels on Friday.") == [("NATO", True)]


@pytest.mark.parametrize("text", [
    "Washington and Brussels first imposed sanctions on Moscow in 2014.",
    "Washington and Brussels responded with sanctions against officials close to the Kremlin.",
    "Brussels targeted 21 Russian and Crimean officials.",
])
def test__find_actors__brussels_is_the_eu_when_it_first_imposes_or_answers_with_sanctions(text):
    assert "EU" in [a.code for a in find_actors(text)]


def test__find_actors__brussels_that_responded_with_words_is_no_actor():
    assert "EU" not in [a.code for a in find_actors("Brussels responded with a statement on Friday.")]


def test__find_actors__the_north_atlantic_alliance_is_nato():
    assert [a.code for a in find_actors("On Wednesday the North Atlantic Alliance withdrew their accreditation.")] == ["NATO"]


@pytest.mark.parametrize("text, code", [
    ("New Zealand has put its free trade negotiations with Russia on hold.", "NZL"),
    ("Tony Abbott has announced tougher sanctions against Russia.", "AUS"),
    ("Abe met Putin in Vladivostok.", "JPN"),
])
def test__find_actors__the_states_and_leaders_of_allies_far_from_europe(text, code):
    assert code in [a.code for a in find_actors(text)]


@pytest.mark.parametrize("sentence", [
    "Leaders of the Group of Seven meeting in The Hague announced they would boycott the summit in Sochi.",
    "Leaders of the G7, gathered at a summit in The Hague, said they would stay away from the summit in Sochi.",
])
def test__subject_before__where_a_meeting_was_held_is_not_whom_a_pronoun_stands_for(sentence):
    verb = re.search(r"boycott|stay away", sentence).start()
    assert subject_before(sentence, find_actors(sentence), 0, verb).code == "WEST"
    # a capital after 'in' that is no meeting's place still may be ('telling Norway's embassy in Moscow that it')
    sentence = "Moscow hit back, telling Norway's embassy in Moscow that it was halting cooperation."
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index("halting")).code == "RUS"


def test__subject_before__members_set_off_after_a_groups_longer_name_leave_they_to_the_group():
    sentence = ("The leaders of the Group of Seven industrialised nations — the United States, Britain, Canada, "
                "France, Germany, Italy and Japan — said they were suspending their participation.")
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index("suspending")).code == "WEST"


def test__subject_before__where_a_plane_flew_is_not_whom_a_pronoun_stands_for():
    sentence = "Russia's ministry insisted the plane had remained over Syria and said it would sever contacts."
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index("sever")).code == "RUS"


@pytest.mark.parametrize("sentence, verb, code", [
    ("Russia ordered 10 U.S. diplomats to leave the country and blacklisted eight officials.", "blacklisted", "RUS"),
    ("Trump ordered 60 Russians out of the country and shut the consulate in Seattle.", "shut", "USA"),
    ("Moscow said the country would expel two diplomats.", "expel", "RUS"),  # a subject still stands for who came before
])
def test__subject_before__the_country_after_a_verb_or_preposition_is_no_subject(sentence, verb, code):
    assert subject_before(sentence, find_actors(sentence), 0, sentence.index(verb)).code == code


@pytest.mark.parametrize("sentence, verb, code", [
    ("NATO, which promised Georgia membership at its Bucharest summit, froze its contacts with Moscow.", "froze", "NATO"),
    ("Turkey, a NATO member, shot down a Russian Su-24 in November.", "shot", "TUR"),
    ("Niinisto, who is one of the few Western leaders to keep up contacts, met Putin in Sochi.", "met", "FIN"),
    ("NATO, of which Canada is a founding member, froze formal contacts with Moscow.", "froze", "NATO"),
    ("Tokyo, the biggest donor among them, also suspended talks with Moscow.", "suspended", "JPN"),
    ("NATO, of which Norway is a founding member, on Tuesday withdrew the accreditation of seven Russian staff.",
     "withdrew", "NATO"),
    ("Sarkozy, whose country holds the presidency of the European Union, flew to Moscow for talks with Medvedev.",
     "talks", "FRA"),
])
def test__embedded_clauses__a_relative_clause_before_an_irregular_past_verb_holds_no_subject(sentence, verb, code):
    found = find_actors(sentence)
    assert any(lo < sentence.index(",") + 2 <= hi for lo, hi in actors.embedded_clauses(sentence, found))
    assert [e.actor for e in sentence_events(sentence, 0)][:1] == [code]


@pytest.mark.parametrize("sentence", ["Nato's naval groups also began exercises in the Baltic.",
                                      "NATO's Baltic Sea naval group began exercises on Monday.",
                                      "Russia's paratroop units began exercises near the border."])
def test__sentence_events__a_military_unit_after_a_possessive_is_the_possessors(sentence):
    assert [e.actor for e in sentence_events(sentence, 0)] == [find_actors(sentence)[0].code]


@pytest.mark.parametrize("sentence", ["Icelandic political leaders will not attend the World Cup.",
                                      "Russian senior officials denied the report.",
                                      "Czech security officials named two GRU officers.",
                                      "Russian and Syrian aircraft have pounded the east of the city."])
def test__find_actors__a_nationality_before_an_adjective_and_an_institution_acts(sentence):
    first = find_actors(sentence)[0]
    assert first.kind == "demonym" and first.participant


def test__find_actors__the_month_of_may_before_a_verb_is_no_prime_minister():
    assert ("GBR", True) not in codes("Moscow denounced the expulsions and in early May ordered two officials out.")
    assert ("GBR", True) in codes("May told parliament that Britain would expel 23 Russian diplomats.")


def test__find_actors__the_black_sea_peninsula_is_crimea():
    assert [a.code for a in find_actors("Russian troops seized control of the Black Sea peninsula.")] == ["RUS", "UKR"]


def test__find_actors__the_foreign_affairs_council_is_the_eus():
    assert [a.code for a in find_actors("The Foreign Affairs Council agreed travel bans on 21 individuals.")] == ["EU"]


def test__find_actors__us_departments_by_their_american_names_are_washington():
    for text in ("The Defense Department suspended contacts.", "The Department of Defense suspended contacts.",
                 "The Justice Department charged seven officers.", "The Commerce Department blacklisted five firms."):
        assert [a.code for a in find_actors(text)] == ["USA"], text
    assert [a.code for a in find_actors("Canada's Department of National Defence suspended contacts.")] == ["CAN"]


def test__embedded_clauses__a_relative_clause_may_end_with_a_name_in_apposition():
    sentence = ("Lavrov, who had been due to meet his Turkish counterpart, Mevlut Cavusoglu, cancelled the visit.")
    spans = actors.embedded_clauses(sentence, find_actors(sentence))
    assert [sentence[a:b] for a, b in spans] == [", who had been due to meet his Turkish counterpart, Mevlut Cavusoglu, "]
    assert [(e.actor, e.event_type) for e in sentence_events(sentence, 0)] == [("RUS", "cancel_meeting")]


@pytest.mark.parametrize("sentence, code", [("Gen. Joe Dunford met his Russian counterpart in Baku.", "USA"),
                                            ("Gen. Mark Milley met Gerasimov in Helsinki.", "USA"),
                                            ("Rudskoy said all military contacts with Turkey were cut.", "RUS")])
def test__find_actors__military_chiefs_act_for_their_state_not_the_place_they_meet_in(sentence, code):
    assert find_actors(sentence)[0].code == code
    events = sentence_events(sentence, 0)
    assert all(ev.actor == code for ev in events if ev.event_type == "talks")


@pytest.mark.parametrize("sentence, expected", [
    ("Washington ordered 60 Russians to leave -- 48 at diplomatic posts and 12 at Russia's mission to the United "
     "Nations -- and told Moscow to shut its consulate in Seattle.", ("USA", "RUS")),
    ("Washington ordered 60 Russians to leave (48 at diplomatic posts and 12 at Russia's mission to the United "
     "Nations) and told Moscow to shut its consulate in Seattle.", ("USA", "RUS")),
    ("It ordered out 60 Russians -- 48 from the embassy and 12 from the mission to the United Nations -- and told "
     "Moscow to close its consulate in Seattle.", ("", "RUS")),  # not the Russians: whom 'it' stands for
])
def test__subject_before__a_verb_after_an_aside_between_dashes_or_brackets_is_the_first_subjects(sentence, expected):
    [mission] = [(e.actor, e.target) for e in sentence_events(sentence, 0) if e.event_type == "suspend_mission"]
    assert mission == expected


def test__subject_before__a_participle_after_a_clause_that_says_when_is_the_main_subjects():
    sentence = ("Putin signed a decree on 28 November, four days after a Turkish F-16 shot down a Russian Su-24 bomber "
                "near the Syrian border, banning imports of Turkish fruit.")
    assert [(e.event_type, e.actor) for e in sentence_events(sentence, 0)] == [
        ("armed_conflict", "TUR"), ("sanctions", "RUS")]


@pytest.mark.parametrize("sentence", ["Russia's army chief refused to attend a meeting with his NATO counterparts.",
                                      "Russia's chief of general staff pulled out of a meeting with NATO military chiefs."])
def test__possessive_of_other__a_states_top_officer_acts_for_it(sentence):
    assert [(e.actor, e.target) for e in sentence_events(sentence, 0)] == [("RUS", "NATO")]


def test__possessor__its_after_a_states_relations_with_another_is_the_first_states():
    sentence = "Russia's relations with the West sank to a post-Cold War low after its five-day war with Georgia."
    assert [(e.actor, e.target) for e in sentence_events(sentence, 0)] == [("RUS", "GEO")]


def test__after_preposition__a_name_after_a_preposition_and_a_regions_word_is_no_subject():
    sentence = ("The sanctions, imposed after the downing of flight MH17 over eastern Ukraine, limit access to "
                "capital markets and ban exports of arms to Russia.")
    assert subject_of(sentence, find_actors(sentence), 0, len(sentence)) is None
    assert "UKR" not in {e.actor for e in sentence_events(sentence, 0)}


def test__possessive_of_other__a_states_own_sanctions_act_for_it():
    sentence = "The EU's sectoral sanctions limit access to capital markets and ban exports of arms to Russia."
    assert {(e.actor, e.target) for e in sentence_events(sentence, 0)} == {("EU", "RUS")}
    sentence = "Russia's relationship with NATO broke down after the alliance suspended cooperation."  # no act of its own
    assert [e.actor for e in sentence_events(sentence, 0)] == ["NATO"]


def test__find_actors__a_western_military_district_is_no_western_party():
    assert codes("Shoigu said units from the Southern and Western military districts would hold drills.") == [("RUS", True)]


def test__find_actors__all_the_counted_nato_members_are_the_alliance():
    assert codes("Foreign ministers from the 28 NATO states and Russia met in Corfu.") == [("NATO", True), ("RUS", True)]
    assert codes("All 30 NATO allies agreed.") == [("NATO", True)]
    assert codes("More than 20 NATO countries expelled diplomats.") == [("WEST", True)]  # some of them: a group


def test__find_actors__russias_military_districts_fleets_and_food_watchdogs_stand_for_russia():
    assert codes("The Central Military District and the Baltic Fleet began drills.") == [("RUS", True), ("RUS", True)]
    assert [(a.code, a.text) for a in find_actors("Rospotrebnadzor banned Georgian wine.")][0] == ("RUS", "Rospotrebnadzor")
    sentence = "In September, Onishchenko's agency banned imports of Moldovan wine."  # his agency acts for Russia
    assert {(e.actor, e.target) for e in sentence_events(sentence, 0)} == {("RUS", "MDA")}
    sentence = "Russia's consumer protection watchdog banned imports of Polish fruit."
    assert {(e.actor, e.target) for e in sentence_events(sentence, 0)} == {("RUS", "POL")}


def test__subject_before__a_place_before_comma_and_is_no_first_of_a_compound_subject():
    sentence = ("In 2018, Prague expelled three Russian diplomats in response to the poisoning of Sergei Skripal in "
                "England, and Moscow sent three Czechs home.")
    assert [(e.actor, e.target) for e in sentence_events(sentence, 0) if e.event_type == "expel_diplomats"] == [
        ("CZE", "RUS"), ("RUS", "CZE")]


def test__subject_before__he_or_she_stands_for_a_person_named_before_not_a_place():
    s = "Mr Hamacek had been due to travel to Moscow on Monday for talks; he called the trip off."
    assert subject_before(s, find_actors(s), s.index("he called"), s.index("called the trip")).code == "CZE"
    s = "Moscow said on Monday that it would respond."  # 'it' may still be a capital
    assert subject_before(s, find_actors(s), s.index("it"), s.index("would")).code == "RUS"
