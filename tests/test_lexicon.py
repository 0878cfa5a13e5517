"""Every rule of the rules files at work on a sentence of its own (the `example` of its row)."""

import pytest

from natorussia import actors, extract, lexicon, references
from natorussia.dates import find_date_mentions, relative_rules
from natorussia.lexicon import RulesError

CONTRACT = {  # event_type: (CAMEO, Goldstein) as fixed by CONTRACT.md
    "expel_diplomats": ("161", -4.0), "reduce_mission": ("161", -4.0), "suspend_mission": ("161", -4.0),
    "cancel_meeting": ("125", -5.0), "suspend_cooperation": ("164", -7.0), "military_exercise": ("150", -7.2),
    "armed_conflict": ("190", -10.0), "annexation": ("192", -9.5), "sanctions": ("163", -8.0),
    "poisoning": ("185", -8.0), "talks": ("040", 1.0),
}


def test__event_types__codes_and_weights_are_the_contracts():
    assert {k: (v.cameo, v.goldstein) for k, v in lexicon.event_types().items()} == CONTRACT


@pytest.mark.parametrize("rule", lexicon.trigger_rules(), ids=lambda r: f"{r.event_type}:{r.reason}")
def test__trigger_rule__fires_on_its_example(rule):
    hits = extract.find_triggers(rule.example)
    assert any(r is rule for r, _ in hits), f"{rule.pattern.pattern} did not fire on {rule.example!r}"
    assert any(e.event_type == rule.event_type for e in extract.sentence_events(rule.example, 0))


@pytest.mark.parametrize("rule", lexicon.trigger_rules(), ids=lambda r: f"{r.event_type}:{r.reason}")
def test__trigger_cues__let_each_rule_run_on_its_example(rule):
    lower = rule.example.lower()
    index = lexicon.trigger_rules().index(rule)
    assert index in lexicon.trigger_cues().candidates(lower, lower)
    assert lexicon.trigger_cues().cues[index] is not None, "no literal cue: the rule runs on every sentence"


@pytest.mark.parametrize("rule", lexicon.actor_rules(), ids=lambda r: f"{r.code}:{r.kind}")
def test__actor_rule__names_its_code_in_its_example(rule):
    mentions = actors.find_actors(rule.example)
    assert any(m.code == rule.code and rule.pattern.fullmatch(m.text) for m in mentions), mentions


@pytest.mark.parametrize("kind, pattern, reason, example", lexicon.modality_rules(), ids=lambda x: str(x)[:30])
def test__modality_rule__blocks_the_event_of_its_example(kind, pattern, reason, example):
    # a rule that ends with '$' reads the words just before a trigger
    assert pattern.search(example) or any(pattern.search(example[: m.start()]) for _, m in extract.find_triggers(example))
    assert extract.sentence_events(example, 0) == []


@pytest.mark.parametrize("pattern, reason, example", lexicon.in_kind_rules(), ids=lambda x: str(x)[:30])
def test__in_kind_rule__answers_the_measure_of_its_example(pattern, reason, example):
    assert pattern.search(example.lower())
    index = lexicon.in_kind_rules().index((pattern, reason, example))
    assert index in lexicon.in_kind_cues().candidates(example.lower(), example.lower())
    mentions = extract.event_mentions(example)
    answers = [m for m in mentions if pattern.search(m.trigger.lower())]
    assert answers and any((m.event_type, m.actor, m.target) == (a.event_type, a.target, a.actor)
                           for a in answers for m in mentions if m is not a)


@pytest.mark.parametrize("pattern, rule", relative_rules(), ids=lambda x: str(x)[:30])
def test__relative_date_rule__found_in_its_example(pattern, rule):
    import csv

    from natorussia.paths import data_file
    rows = {r["rule"]: r["example"] for r in csv.DictReader(data_file("relative_dates.csv").open(encoding="utf-8"))}
    assert rule in [m.kind for m in find_date_mentions(rows[rule])]


@pytest.mark.parametrize("ref", lexicon.reference_events(), ids=lambda r: r.description[:40])
def test__reference_event__matches_a_mention_of_it(ref):
    if ref.event_type == "anchor":
        assert ref.keywords.search(ref.description)
        return
    mention = extract.EventMention(ref.event_type, ref.description, 0, "", 0, actor=ref.actor,
                                   target=ref.target.split("|")[0], count=ref.count)  # 'EU|USA': any of them
    assert references.match_reference(mention) is not None
    assert ref.source.startswith("https://")


def test__rules_files__a_duplicate_rule_raises(monkeypatch):
    rows = lexicon.read_rows("triggers.csv")
    monkeypatch.setattr(lexicon, "read_rows", lambda name: rows + rows[:1])
    lexicon.trigger_rules.cache_clear()
    try:
        with pytest.raises(RulesError, match="listed twice"):
            lexicon.trigger_rules()
    finally:
        lexicon.trigger_rules.cache_clear()


def test__rules_files__an_unquoted_comma_in_a_row_raises(monkeypatch, tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text("event_type,pattern\nsanctions,a{0,9}b\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_file", lambda name: bad)
    with pytest.raises(RulesError, match="line 2 has more fields"):
        lexicon.read_rows("x.csv")


def test__rules_files__a_bad_pattern_raises():
    with pytest.raises(RulesError, match="bad pattern"):
        lexicon.compile_pattern("x.csv", "(unclosed")


def test__people_nouns__lists_are_present():
    nouns = lexicon.people_nouns()
    assert {"staff", "troops", "institutions"} <= set(nouns)


def test__exercise_series__holders_from_the_well_known_exercises():
    series = lexicon.exercise_series()
    assert series["Zapad"] == series["Vostok"] == "RUS" and series["Trident"] == "NATO"


@pytest.mark.parametrize("row", lexicon.read_rows("exercise_series.csv"), ids=lambda r: r["name"])
def test__exercise_series__each_listed_series_has_its_holder_and_a_source(row):
    assert lexicon.exercise_series()[lexicon.series_name(row["name"])] == row["holder"]
    assert row["source"].startswith("https://")


def test__war_sides__who_waged_the_well_known_wars_on_whom():
    sides = lexicon.war_sides()
    assert ("RUS", "GEO") in sides and ("RUS", "UKR") in sides and ("GEO", "RUS") not in sides


@pytest.mark.parametrize("row", lexicon.read_rows("co_belligerents.csv"), ids=lambda r: f"{r['force']}-{r['host']}")
def test__co_belligerents__each_pair_names_two_known_states_with_a_source(row):
    assert (row["force"], row["host"]) in lexicon.co_belligerents()
    assert lexicon.actor_names(row["force"], "demonym") and lexicon.actor_names(row["host"], "demonym")
    assert row["source"].startswith("https://")


def test__west_codes__the_alliance_its_members_and_not_russia():
    from natorussia import lexicon
    assert {"NATO", "EU", "WEST", "USA", "LTU"} <= lexicon.west_codes() and "RUS" not in lexicon.west_codes()


def test__reference_events__an_unknown_scope_raises(monkeypatch):
    rows = [dict(r, scope="someday") if i == 0 else r for i, r in enumerate(lexicon.read_rows("reference_events.csv"))]
    monkeypatch.setattr(lexicon, "read_rows", lambda name: rows)
    with pytest.raises(RulesError, match="scope"):  # the loader itself: the cached references stay as they are
        lexicon.reference_events.__wrapped__()


@pytest.mark.parametrize("term", lexicon.office_terms(), ids=lambda t: f"{t.holder}, {t.office}"[:40])
def test__office_term__names_its_holder_in_its_example(term):
    assert references.in_office_since(term.example) == term.start


def test__office_terms__a_row_that_does_not_name_its_example_raises(monkeypatch):
    rows = [dict(r, example="Nobody said anything.") if i == 0 else r
            for i, r in enumerate(lexicon.read_rows("office_terms.csv"))]
    monkeypatch.setattr(lexicon, "read_rows", lambda name: rows)
    with pytest.raises(RulesError, match="example"):
        lexicon.office_terms.__wrapped__()
