"""Literal cues read off regular expressions: every match contains one, so a text without any cannot match."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia import cues, dates, lexicon
from natorussia.cues import CueIndex, cue_of, lead_of


@pytest.mark.parametrize("pattern, expected", [
    (r"\bexpel(?:s|led|ling)?\b", {("expel", False)}),
    (r"\bmet\b|\b(?:is|are) meeting\b", {("met", False), ("meeting", False)}),  # 'meeting' after a space: a word start
    (r"\b(?:declared?|considered)\b", {("declare", False), ("considered", False)}),
    (r"(?<=xyz)[ab]c", {("c", False)}),
    (r"(?i)Last Week", {("last week", True)}),
    (r"(?i:in|on) May", {("May", False)}),
    (r"x+yz", {("yz", False)}),
    (r"(?:ab){2,}", {("ab", False)}),
])
def test__cue_of__the_longest_literals_every_match_holds(pattern, expected):
    assert cue_of(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern, expected", [
    (r"\bexpel", {("expel", False, True)}),
    (r"expel", {("expel", False, False)}),
    (r"\b(?:is|are)\s+(?:the )?meeting", {("meeting", False, True)}),
    (r"x-ray", {("ray", False, True)}),
    (r"(?a)\bexpel", {("expel", False, False)}),  # an ASCII \b: not the scan's
    (r"\b(?:ab|cd)?efg", {("efg", False, False)}),
])
def test__cue_words__literals_at_word_starts_are_marked(pattern, expected):
    assert cues._cue_words(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"a?b*", r"\w+", r"(?:abc|)", r"(?i)ſ", r"(?:(?!x).)+", r"[a-z]{3}"])
def test__cue_of__none_when_no_literal_is_certain(pattern):
    assert cue_of(re.compile(pattern)) is None


def test__candidates__ignorecase_literals_only_trusted_on_ascii_text():
    index = CueIndex.build([re.compile("stra", re.I)])
    assert re.search("stra", "ſtra", re.I)  # re folds the long s onto s: a lower-cased text would miss it
    assert index.candidates("ſtra") == [0]
    assert index.candidates("abc") == []
    assert index.candidates("xSTRAx") == [0]


def test__cue_index__candidates_are_the_rules_whose_cue_is_in_the_text():
    index = CueIndex.build([re.compile(r"\bexpel\w*"), re.compile(r"\w+"), re.compile(r"(?i)sanctions?")])
    assert index.candidates("They expelled him.") == [0, 1]
    assert index.candidates("New SANCTIONS.") == [1, 2]
    assert index.candidates("Nothing.") == [1]
    assert index.candidates("Nothing – ſanctions.") == [1, 2]  # not ASCII: ignorecase cues do not decide


def unfiltered(n: int) -> CueIndex:
    """An index that lets every rule run (the path without pre-filter)."""
    return CueIndex((None,) * n, (), (), tuple(range(n)))


def mutations(text: str) -> st.SearchStrategy[str]:
    """The text with characters deleted, doubled or changed in case: near misses and near hits of its rule."""
    def edit(ops: list[tuple[int, int]]) -> str:
        chars = list(text)
        for op, pos in ops:
            if not chars:
                break
            i = pos % len(chars)
            if op == 0:
                del chars[i]
            elif op == 1:
                chars.insert(i, chars[i])
            else:
                chars[i] = chars[i].swapcase()
        return "".join(chars)
    return st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10_000)), max_size=4).map(edit)


TRIGGER_EXAMPLES = [r.example for r in lexicon.trigger_rules()]
DATE_EXAMPLES = [
    "On Monday, March 3, 2014, and 12 May 2015, the ministers met; 03/04/2014, 2014-03-04.",
    "Last December's talks, in mid-May, since 2008, May 18 or 19, Sept. 4, earlier this month, last summer.",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TRIGGER_EXAMPLES).flatmap(mutations))
def test__cue_index__never_drops_a_trigger_rule_that_matches(text):
    lower = text.lower()
    candidates = set(lexicon.trigger_cues().candidates(lower, lower))
    for i, rule in enumerate(lexicon.trigger_rules()):
        if rule.lower.search(lower):
            assert i in candidates, (rule.lower.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DATE_EXAMPLES).flatmap(mutations))
def test__cue_index__never_drops_a_date_pattern_that_matches(text):
    patterns = [p for _, p in dates.PATTERNS] + [p for p, _ in dates.relative_rules()]
    candidates = set(dates.date_cues().candidates(text))
    for i, pattern in enumerate(patterns):
        if pattern.search(text):
            assert i in candidates, (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DATE_EXAMPLES).flatmap(mutations))
def test__date_features__a_text_a_date_pattern_matches_holds_what_it_needs(text):
    for (_, pattern), needs in zip(dates.PATTERNS, dates.NEEDS, strict=True):
        if pattern.search(text):
            assert needs <= dates.features(text), (pattern.pattern, text)


def test__unfiltered__runs_every_rule():
    assert unfiltered(3).candidates("anything") == [0, 1, 2]


def test__cue_index__overlapping_literals_all_found():
    index = CueIndex.build([re.compile(w) for w in ["order", "ordered", "or", "meeting", "meeting of", "ting"]])
    assert index.candidates("ordered a meeting oft ore") == [0, 1, 2, 3, 4, 5]
    assert index.candidates("orde") == [2]


def test__cue_index__leads_in_text_order_once_each():
    index = CueIndex.build([re.compile(r"(?:abcd|bc|b)x?")])
    assert index.scan("abcd bc").starts == {0: [0, 1, 5]}


def test__cue_index__word_start_literals_only_at_word_starts():
    index = CueIndex.build([re.compile(r"\bexpel"), re.compile(r"\bmet\b")])
    assert index.candidates("unexpelled, helmet") == []
    assert index.candidates("«expel» (met)") == [0, 1]
    assert index.candidates("éexpel") == []  # a non-ASCII letter is a word character to re
    assert index.scan("met, met").starts == {1: [0, 5]}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("abc ", min_size=1, max_size=4), min_size=1, max_size=60, unique=True), st.text("abcd ", max_size=40))
def test__cue_index__the_trie_finds_every_literal(words, text):
    index = CueIndex.build([re.compile(re.escape(w)) for w in words])
    assert index.candidates(text) == [i for i, w in enumerate(words) if w in text]


@pytest.mark.parametrize("pattern, expected", [
    (r"\bab", {"a"}), (r"(?:x|y)?z", {"x", "y", "z"}), (r"[a-c]+d", {"a", "b", "c"}), (r"(?<![\w-])(?:Moscow|[Tt]he)", {"M", "T", "t"}),
    (r"(?i)1", {"1"}), (r"\w", None), (r"a?", None), (r"(?i)a", None), (r"[^a]", None), (r".b", None),
])
def test__first_chars__what_a_match_can_start_with(pattern, expected):
    assert cues.first_chars(re.compile(pattern)) == (frozenset(expected) if expected is not None else None)


ACTOR_EXAMPLES = [r.example for r in lexicon.actor_rules()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ACTOR_EXAMPLES).flatmap(mutations))
def test__first_chars__every_actor_match_starts_with_one(text):
    for rule in lexicon.actor_rules():
        first = cues.first_chars(rule.pattern)
        for m in rule.pattern.finditer(text):
            assert first is None or text[m.start()] in first, (rule.pattern.pattern, text)


@pytest.mark.parametrize("pattern, expected", [
    (r"\bexpel(?:s|led)?\b", {"expel"}),
    (r"\b(?:is|are) meeting\b|\bmet\b", {"is meeting", "are meeting", "met"}),
    (r"(?:x|y)?z+", {"x", "y", "z"}),
    (r"(?<![\d,])[Ll]ast (?:May|June)", {"Last May", "Last June", "last May", "last June"}),
    (r"\b(?:would|will) not\b", {"would not", "will not"}),
])
def test__lead_of__every_match_starts_with_one(pattern, expected):
    assert {s for s, _ in lead_of(re.compile(pattern))} == expected


@pytest.mark.parametrize("pattern", [r"a?\wb", r"\w+b", r"(?:ab|)c", r"[a-z]x", r"(?i)ſx", r".b"])
def test__lead_of__none_when_a_match_can_start_anywhere(pattern):
    assert lead_of(re.compile(pattern)) is None


def test__lead_of__ignorecase_leads_are_lower_case():
    assert lead_of(re.compile(r"\bLast Week", re.I)) == {("last week", True)}


TRICKY = [r"\bab(?:c|d)?", r"\bb\s+a", r"(?<!\w)ya", r"x-?ab", r"\b(?i:last) week", r"(?:x|y)?z+", r"[Ll]ast (?:May|June)", r"(?i)last week", r"a(?=b)", r"(?<!q)ab",
          r"\bis meeting|\bmet\b", r"(?i:in|by)\s+May", r"ma?y\b", r"(?:ab)+c"]


@settings(max_examples=500, deadline=None)
@given(st.text("abcdxyzLlastMyJuneiwk qmeTBYIN-\nſé", max_size=50))
def test__cue_index__finditer_where_the_leads_are_is_finditer(text):
    patterns = [re.compile(p) for p in TRICKY]
    index = CueIndex.build(patterns)
    scan = index.scan(text)
    assert set(scan.candidates) >= {i for i, p in enumerate(patterns) if p.search(text)}
    for i, p in enumerate(patterns):
        assert [(m.span(), m.groups()) for m in index.finditer(i, p, text, scan)] == \
            [(m.span(), m.groups()) for m in p.finditer(text)], (p.pattern, text)


@settings(max_examples=500, deadline=None)
@given(st.text("abcdxyzLlastMyJuneiwk qmeTBYIN-\nſé", max_size=50))
def test__cue_index__matches_are_every_pattern_finditer_in_order(text):
    patterns = [re.compile(p) for p in TRICKY + [r"\w\s", r"[a-z]+ab", r"q"]]  # without a lead or a cue too
    expected = [(i, m.span(), m.groups()) for i, p in enumerate(patterns) for m in p.finditer(text)]
    assert [(i, m.span(), m.groups()) for i, m in CueIndex.build(patterns).matches(text, patterns)] == expected, text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TRIGGER_EXAMPLES).flatmap(mutations))
def test__cue_index__trigger_matches_are_every_rule_finditer(text):
    lower = text.lower()
    expected = [(i, m.span()) for i, rule in enumerate(lexicon.trigger_rules()) for m in rule.lower.finditer(lower)]
    assert [(i, m.span()) for i, m in lexicon.trigger_cues().matches(lower, [r.lower for r in lexicon.trigger_rules()], lower)] == expected


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TRIGGER_EXAMPLES + DATE_EXAMPLES).flatmap(mutations))
def test__cue_index__rules_found_where_their_leads_are_as_everywhere(text):
    lower = text.lower()
    index, rules = lexicon.trigger_cues(), lexicon.trigger_rules()
    scan = index.scan(lower, lower)
    for i, rule in enumerate(rules):
        expected = [m.span() for m in rule.lower.finditer(lower)]
        assert [m.span() for m in index.finditer(i, rule.lower, lower, scan)] == expected, rule.lower.pattern
    patterns = [p for _, p in dates.PATTERNS] + [p for p, _ in dates.relative_rules()]
    scan = dates.date_cues().scan(text)
    for i, pattern in enumerate(patterns):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in dates.date_cues().finditer(i, pattern, text, scan)] == expected


def test__cue_of__a_literal_of_spaces_and_one_letter_is_not_chosen():
    import re

    from natorussia.cues import cue_of
    cue = cue_of(re.compile(r"\b(?:after|during|at) (?:a|the) (?:NATO-Russia Council|NRC)\b"))
    assert cue is not None and min(len(s.strip()) for s, _ in cue) >= 2


@settings(max_examples=500, deadline=None)
@given(st.text("abcdxyzLlastMyJuneiwk qmeTBYIN-\nſé", max_size=50))
def test__screened__finds_what_the_pattern_finds(text):
    for p in [*TRICKY, r"(?i)\b(?:last|this) (?:week|June)\b", r"\w+"]:
        pattern = re.compile(p)
        screened = cues.Screened(pattern)
        assert screened.may_match(text) or pattern.search(text) is None, (p, text)
        assert [m.span() for m in screened.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert getattr(screened.match(text), "span", None) is None or \
            screened.match(text).span() == pattern.match(text).span()
        assert (screened.match(text) is None) == (pattern.match(text) is None)


def test__screened__skips_a_text_without_its_cue():
    screened = cues.Screened(re.compile(r"\b(?:responded|retaliated)\b", re.I))
    assert not screened.may_match("Moscow expelled two diplomats.")
    assert screened.search("Moscow RETALIATED at once.").group(0) == "RETALIATED"
    assert screened.may_match("Moscow retaliated with ſanctions.")  # not ASCII: the pattern decides


def test__cue_index__a_literal_at_word_starts_and_anywhere_keeps_both_patterns():
    index = CueIndex.build([re.compile(r"\bab"), re.compile(r"(?<=z)ab")])
    assert 1 in index.candidates("zab")  # the same literal found anywhere for one, at word starts for the other
    assert 0 not in index.candidates("zab")
    assert 0 in index.candidates("x ab")


def test__cue_index__finditer_without_a_lead_skips_a_text_without_the_cue():
    pattern = re.compile(r"\w+ Convention")  # no lead (a class first); its cue: 'Convention'
    index = CueIndex.build([pattern])
    assert lead_of(pattern) is None
    for text in ["the Vienna Convention, the Hague Convention", "no such thing"]:
        scan = index.scan(text)
        assert [m.span() for m in index.finditer(0, pattern, text, scan)] == [m.span() for m in pattern.finditer(text)]
    assert index.scan("no such thing").candidates == []


@pytest.mark.parametrize("pattern, expected", [
    (r"[Ll]ast", {"Last", "last"}), (r"\b[A-Z][a-z]+ Convention", set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    (r"(?i)[a-c]x", {"ax", "bx", "cx"}), (r"19[5-9]\d", {"195", "196", "197", "198", "199"}), (r"[–-]x", {"–x", "-x"}),
])
def test__lead_of__a_class_of_few_characters_starts_leads(pattern, expected):
    assert {s for s, _ in lead_of(re.compile(pattern))} == expected


@pytest.mark.parametrize("pattern", [r"[a-z]x", r"(?i)[A-Z]x", r"[\x00-\uffff]x", r"[^A-Z]x", r"[A-Z\d]x"])
def test__lead_of__no_lead_from_a_class_of_many_or_common_characters(pattern):
    assert lead_of(re.compile(pattern)) is None


def test__cue_index__a_lead_from_a_class_at_word_starts():
    pattern = re.compile(r"\b[A-Z][a-z]+ (?:Convention|Charter)\b|\bpro-\w+")
    index = CueIndex.build([pattern])
    assert index.scan("UN Charter, pro-Western xVienna").starts == {0: [0, 3, 12, 16]}  # capitals, 'pro-' at word starts
    text = "The UN Charter, a pro-Western Vienna Convention and NConvention or xVienna Charter."
    scan = index.scan(text)
    assert [m.group() for m in index.finditer(0, pattern, text, scan)] == [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize("strings", [["said"], ["editor", "reporter", "correspondent"],
                                     ["said", "says", "told", "added", "wrote", "stated"]])
@pytest.mark.parametrize("text", ["", "the editor said", "he told them", "nothing here", "reporters wrote"])
def test__few_or_many__tells_whether_any_string_is_in_the_text(strings, text):
    few, many = cues._few_or_many(strings)
    assert (any(s in text for s in few) or (many is not None and bool(many(text)))) == any(s in text for s in strings)
    assert (few, many) == (tuple(sorted(strings)), None) if len(strings) <= cues.FEW_LITERALS else not few
    assert cues._few_or_many([]) == ((), None)


def test__shortest_literals__drop_those_that_hold_another_of_the_same_case_mode():
    from natorussia.cues import shortest_literals
    cue = frozenset({("Simm", False), ("Herman Simm", False), ("herman", True), ("summit", True)})
    assert shortest_literals(cue) == (("Simm", False), ("herman", True), ("summit", True))
