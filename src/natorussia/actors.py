"""Who is named in a sentence: actor codes for names, places, people and nationalities (data/actors.csv),
and who is the subject, the speaker or the antecedent of a pronoun."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation

from natorussia import lexicon
from natorussia.cues import cue_of, first_chars, holds_any, lead_of, shortest_needles, shortest_prefixes
from natorussia.figures import NUM

# The kinds of name that are places: where something happened, or whose land it is.
PLACE_KINDS = frozenset({"state", "territory", "capital"})
PARTICIPANT_KINDS = {*PLACE_KINDS, "person", "org", "group", "group_count"}
WESTERN = {"NATO", "WEST", "EU"}
PREPOSITIONS = {"of", "to", "from", "with", "against", "in", "on", "by", "for", "at", "into", "over", "about",
                "between", "toward", "towards", "among", "including", "like", "than", "across", "near", "under",
                "after", "before", "since", "during", "per", "within", "inside", "outside", "via", "through", "besides",
                "except", "without"}
# Names inside these are not actors; the parts are kept apart to tell where each can start.
NON_PARTICIPANT_PARTS = (
    r"(?:NATO|Nato)[-–](?:Russia|Russian)\s+(?:Council|Founding Act|relations|agreement|[Ss]ummit|ties)",
    r"Russia[-–](?:NATO|Nato)\s+Council", r"\bNRC\b", r"NATO[-–]Russia\b", r"Russia[-–]NATO\b",
    r"\b(?:pro|anti)-(?:Russian|Kremlin|Western|NATO)", r"\bex-Soviet", r"\bSoviet\b",
    r"\b(?:NATO|Nato) (?:member|members|allies|countries|states|nations|partners)\b(?=\s+(?:like|such as|including))",
    r"\b[A-Z][a-z]+ (?:Convention|Document|Accords?|Agreements?|Protocol|Memorandum|Charter|Format)\b",  # 'Vienna Convention'
)
# An aircraft or missile model as a noun: F-16, Su-24M, MiG-29s, Tu-160
AIRCRAFT_MODEL = r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}s?"
NON_PARTICIPANT = re.compile("|".join(NON_PARTICIPANT_PARTS))
NRC = re.compile(r"(?:NATO|Nato)[-–]Russia\s+Council|Russia[-–](?:NATO|Nato)\s+Council|\bNRC\b")
MODIFIER_OF = re.compile(
    r"\s+(?:(?!(?:[a-z]+ed|the|an?|its|their|his|her|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty)\s)[a-z-]+\s+){0,2}(?:mission|missions|delegation|embassy|consulate|office|offices|team|bureau|"
    r"headquarters|liaison|war games|exercises?|drills?|manoeuvres?|diplomats|envoys|staff|personnel|spies|"
    r"nationals|citizens|banks|companies|firms|sanctions)\b")
# A reporting verb with its object just before a pronoun ('told Norway it', 'informed the alliance that they').
TOLD_OBJECT = re.compile(r"\b(?:told|tells|tell|informed|informs|inform|warned|warns|warn|assured|assures|assure|"
                         r"notified|notifies|notify|reminded|reminds|remind|promised|promises|promise)\s+(?!by\b)"
                         r"(?:[\w.'-]+\s+){1,8}?(?:that\s+)?$")
# What joins the names of a coordination ('Russia and Belarus', 'Denmark, the Netherlands, and Italy').
COORDINATED = re.compile(r"\s*(?:,|and|, and)(?:\s+then)?\s*(?:the\s+)?")  # 'Washington and then Moscow' too
MISSION_WORDS = re.compile(r"\b(?:mission|delegation|embassy|consulate|office|team|bureau|headquarters)\b", re.I)


class ActorMention(NamedTuple):
    """A name, place, person or nationality in a sentence with its actor code (a named tuple: a frozen
    dataclass costs four times as much to build, a few times each sentence)."""

    start: int
    end: int
    code: str
    kind: str
    text: str
    participant: bool


@lru_cache(maxsize=1)
def institution_pattern() -> re.Pattern[str]:
    nouns = sorted(lexicon.people_nouns()["institutions"], key=len, reverse=True)
    return re.compile(r"^(?:'s)?\s*(?:(?:[A-Z][\w.-]*|naval|military|army|air force|defen[cs]e|parliamentary|"
                      r"government|trade|political|senior|top|state|security|intelligence|diplomatic|border-guard|coast-guard|patrol|"
                      r"consumer|food|agricultur(?:e|al)|customs|health|safety|protection|veterinary)\s+){0,2}?"
                      r"(?:" + "|".join(map(re.escape, nouns)) + "|" + AIRCRAFT_MODEL + r")\b")


COORDINATED_DEMONYM = re.compile(r"\s+and\s+[A-Z][a-z]+(?:an|ish|ese|i|ch)\b")


@lru_cache(maxsize=1)
def head_noun_before_verb() -> re.Pattern[str]:
    """A nationality's noun phrase between it and its verb ('Russian coast guard vessels rammed'): a few words
    that end with a noun of data/people_nouns.toml's institutions or an aircraft's model ('a Turkish F-16 shot')."""
    nouns = sorted(lexicon.people_nouns()["institutions"], key=len, reverse=True)
    return re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(map(re.escape, nouns)) + "|" + AIRCRAFT_MODEL + r")"
                      r"\s+(?:(?:has|have|had|was|were|is|are|will|also|then|\w+ly)\s+)*")


def long_lead(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals (case-sensitive, two characters or more) one of which every match of ``pattern`` starts
    with, or None: a lead of single characters ('[A-Z]') or none at all leaves the pattern to be tried
    almost everywhere."""
    lead = lead_of(pattern)
    if lead is None or any(ci or len(s) < 2 for s, ci in lead):
        return None
    return tuple(sorted(s for s, _ in lead))


@lru_cache(maxsize=1)
def non_participant_literals() -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """Where :data:`NON_PARTICIPANT` can start, read off its parts: the literals that every match of a part
    starts with ('NATO-Russia', 'pro-Kremlin', ...); and for the parts without such literals, the literals one
    of which is in every match ('Convention', ...; None when some part has none: then the pattern is searched
    everywhere)."""
    words: set[str] = set()
    needles: set[str] | None = set()
    for part in map(re.compile, NON_PARTICIPANT_PARTS):
        lead, cue = long_lead(part), cue_of(part)
        if lead is not None:
            words.update(lead)
        elif cue is not None and not any(ci for _, ci in cue) and needles is not None:
            needles.update(s for s, _ in cue)
        else:
            needles = None
    return tuple(sorted(words)), (shortest_needles(needles) if needles is not None else None)


@lru_cache(maxsize=1)
def non_participant_starts() -> tuple[re.Pattern[str] | None, tuple[str, ...] | None]:
    """:func:`non_participant_literals` with the starts as one pattern (None if there are none)."""
    words, needles = non_participant_literals()
    return (re.compile("|".join(map(re.escape, words))) if words else None), needles


def non_participant_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans ``NON_PARTICIPANT.finditer`` finds, the pattern tried only where one of its parts can start
    (most sentences have none): a fifth of the time of searching all of the sentence."""
    starts, needles = non_participant_starts()
    if starts is None or needles is None or holds_any(sentence, needles):
        return [m.span() for m in NON_PARTICIPANT.finditer(sentence)]
    found = []
    pos = 0
    while (hit := starts.search(sentence, pos)) is not None:  # every position where a part's literal starts
        pos = hit.start()
        found.append(pos)
        pos += 1
    return non_participant_spans_at(sentence, found)


def non_participant_spans_at(sentence: str, starts: Iterable[int]) -> list[tuple[int, int]]:
    """The spans of :data:`NON_PARTICIPANT` that start at ``starts`` (ascending; each place where a part's literal
    starts when the sentence has no needle of a part without one: see :func:`non_participant_literals`)."""
    spans = []
    end = 0
    for pos in starts:
        if pos >= end and (m := NON_PARTICIPANT.match(sentence, pos)) is not None:
            end = m.end()
            spans.append((pos, end))
    return spans


ACTOR_PRE, ACTOR_POST = r"(?<![\w-])(?:", r")(?![\w-])"


@lru_cache(maxsize=1)
def actor_bodies() -> tuple[str, ...]:
    """Each actor rule's pattern as a named group ``r<i>`` (i its row), for the combined patterns."""
    bodies = []
    for i, rule in enumerate(lexicon.actor_rules()):
        body = rule.pattern.pattern
        if not (body.startswith(ACTOR_PRE) and body.endswith(ACTOR_POST)):
            raise ValueError(f"actor pattern not built by lexicon.actor_rules: {body!r}")
        bodies.append(f"(?P<r{i}>{body[len(ACTOR_PRE):-len(ACTOR_POST)]})")
    return tuple(bodies)


@lru_cache(maxsize=1)
def combined_actor_pattern() -> re.Pattern[str]:
    """Every actor rule in one pattern, a named group per rule, tried in file order where a word starts."""
    return re.compile(ACTOR_PRE + "|".join(actor_bodies()) + ACTOR_POST)


@lru_cache(maxsize=4)
def actor_patterns_by_first_char(skip: frozenset[int] = frozenset()) -> tuple[dict[str, re.Pattern[str]],
                                                                            re.Pattern[str] | None]:
    """:func:`combined_actor_pattern` split by the character a name starts with: for each character, the
    rules (in file order, same group names) whose matches can start with it; for any other character, those
    whose first character cannot be told (None if there are none). At a position whose character is known,
    the rules that cannot start with it are not tried, and the first rule to match is the same. The rules in
    ``skip`` (rows) are left out, for a sentence they cannot match."""
    firsts = [first_chars(rule.pattern) for rule in lexicon.actor_rules()]
    kept = [(b, f) for i, (b, f) in enumerate(zip(actor_bodies(), firsts, strict=True)) if i not in skip]

    def compile_for(c: str | None) -> re.Pattern[str] | None:
        chosen = [b for b, f in kept if f is None or (c is not None and c in f)]
        return re.compile(ACTOR_PRE + "|".join(chosen) + ACTOR_POST) if chosen else None

    chars = sorted({c for _, f in kept if f is not None for c in f})
    return {c: p for c in chars if (p := compile_for(c)) is not None}, compile_for(None)


@lru_cache(maxsize=1)
def costly_actor_rules() -> tuple[frozenset[int], tuple[str, ...]]:
    """The actor rules (rows) whose matches start with no literal of two characters or more ('X and its
    allies', '20 countries'): they are tried in full at most name starts, the bulk of the time of matching
    names. Also the literals one of which is in every text any of them matches (read off the patterns; none of
    them is needed where none of these is)."""
    costly: set[int] = set()
    needles: set[str] = set()
    for i, rule in enumerate(lexicon.actor_rules()):
        cue = cue_of(rule.pattern)
        if long_lead(rule.pattern) is None and cue is not None and not any(ci for _, ci in cue):
            costly.add(i)
            needles.update(s for s, _ in cue)
    return frozenset(costly), shortest_needles(needles)


# Where an actor name can start: a capital or a digit, or one of the few lower-case words that open one.
NAME_START = re.compile(r"(?<![\w-])(?:[A-Z0-9À-ÖØ-Þ]|(?:the|allie[sd]|alliance|several|many|other|some|a|roughly|about|two|three|four|"
                        r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                        r"nineteen|twenty|thirty)\b)")


@lru_cache(maxsize=1)
def lead_words() -> tuple[str, ...] | None:
    """The leads of the actor rules but the costly ones (:func:`costly_actor_rules`), none that another one
    starts with; None if one of them has no lead."""
    costly, _ = costly_actor_rules()
    leads: set[str] = set()
    for i, rule in enumerate(lexicon.actor_rules()):
        if i not in costly:
            if (lead := long_lead(rule.pattern)) is None:
                return None
            leads.update(lead)
    return tuple(shortest_prefixes(leads))


@lru_cache(maxsize=1)
def lead_finder() -> Callable[[str, bool], list[tuple[int, int, int]]] | None:
    """Where the actor rules but the costly ones (:func:`costly_actor_rules`) can start, in one pass: an
    automaton of their leads (overlapping hits: index, start, end). None if one of them has no lead."""
    leads = lead_words()
    return None if leads is None else AhoCorasick(leads, implementation=Implementation.DFA).find_matches_as_indexes


class SentenceFinder(NamedTuple):
    """One automaton for every literal :func:`find_actors` looks for in a sentence (one pass instead of one
    for the leads, a search for each needle and a pattern for where the non-actor names start), and where
    the indexes of each kind of literal end: the leads (:func:`lead_words`), then the needles of the costly
    rules, then those of :func:`non_participant_literals`, then its starts."""

    find: Callable[[str, bool], list[tuple[int, int, int]]]
    leads_end: int
    costly_end: int
    needles_end: int


@lru_cache(maxsize=1)
def sentence_finder() -> SentenceFinder | None:
    """The :class:`SentenceFinder` of the actor rules; None when a rule or a part of :data:`NON_PARTICIPANT`
    has no literal to look for."""
    leads, (_, costly) = lead_words(), costly_actor_rules()
    starts, needles = non_participant_literals()
    if leads is None or needles is None:
        return None
    words = [*leads, *costly, *needles, *starts]  # a word of two kinds is reported as each
    automaton = AhoCorasick(words, implementation=Implementation.DFA)
    return SentenceFinder(automaton.find_matches_as_indexes, len(leads), len(leads) + len(costly),
                          len(leads) + len(costly) + len(needles))


def name_starts(sentence: str, find: Callable[[str, bool], list[tuple[int, int, int]]]) -> list[int]:
    """The places (ascending) where :data:`NAME_START` matches and one of the leads ``find`` looks for starts: a
    rule with a lead can match nowhere else."""
    return starts_at_leads(sentence, [s for _, s, _ in find(sentence, True)])


def starts_at_leads(sentence: str, leads: list[int]) -> list[int]:
    """The places of ``leads`` (where a lead starts, in any order) at which :data:`NAME_START` matches,
    ascending. A lead with a capital or a digit first has a name start wherever a rule can match: the rules'
    patterns open with the same look-behind."""
    starts = []
    for s in leads:
        c = sentence[s]
        if ("A" <= c <= "Z" or "0" <= c <= "9") or NAME_START.match(sentence, s) is not None:
            starts.append(s)
    if len(starts) > 1:
        starts = sorted(set(starts))
    return starts


@lru_cache(maxsize=1)
def rule_of_group() -> dict[str, tuple[str, str, bool]]:
    """For each group name of the combined patterns (``r<i>``): the code and kind of its rule, and whether the
    kind is a participant's."""
    return {f"r{i}": (rule.code, rule.kind, rule.kind in PARTICIPANT_KINDS)
            for i, rule in enumerate(lexicon.actor_rules())}


@lru_cache(maxsize=64)  # one article's sentences, asked about several times (not a cache across articles)
def find_actors(sentence: str) -> tuple[ActorMention, ...]:
    """Actor mentions of a sentence, left to right (where rules overlap, the one listed first in
    data/actors.csv); names inside 'NATO-Russia Council' and the like are not actors. Tried where a name can
    start: where a rule's lead is when no costly rule is needed (most sentences), else at every name start."""
    finder = sentence_finder()
    if finder is None:
        by_char, other = actor_patterns_by_first_char()
        return actors_at(sentence, [m.start() for m in NAME_START.finditer(sentence)], by_char, other,
                         non_participant_spans(sentence))
    leads: list[int] = []
    np_starts: list[int] = []
    costly = np_needed = False
    leads_end, costly_end, needles_end = finder.leads_end, finder.costly_end, finder.needles_end
    for k, s, _ in finder.find(sentence, True):
        if k < leads_end:
            leads.append(s)
        elif k < costly_end:
            costly = True
        elif k < needles_end:
            np_needed = True
        else:
            np_starts.append(s)
    if np_needed:
        blocked = [m.span() for m in NON_PARTICIPANT.finditer(sentence)]
    elif np_starts:
        blocked = non_participant_spans_at(sentence, sorted(set(np_starts)))
    else:
        blocked = []
    if costly:
        by_char, other = actor_patterns_by_first_char()
        found = actors_at(sentence, [m.start() for m in NAME_START.finditer(sentence)], by_char, other, blocked)
    else:
        by_char, other = actor_patterns_by_first_char(costly_actor_rules()[0])
        found = actors_at(sentence, starts_at_leads(sentence, leads), by_char, other, blocked)
    return bloc_of_the_alliance(found) if "bloc" in sentence else found


def bloc_of_the_alliance(found: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """'The bloc' is the EU in the news, but the alliance in a sentence that names NATO and not the EU ('NATO froze
    the council, and Russia cut military contacts with the bloc')."""
    blocs = [a for a in found if a.code == "EU" and a.text.lower().endswith("bloc")]
    if not blocs or not any(a.code == "NATO" for a in found) or len(blocs) < sum(a.code == "EU" for a in found):
        return found
    return tuple(a._replace(code="NATO") if a in blocs else a for a in found)


# A verb after a nationality that names its people with 'the' ('the Dutch', 'the British', 'the French').
PEOPLE_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:have|has|had|are|were|will|would|say|said|also|then|sent|[a-z]+ed)\b")


def actors_at(sentence: str, starts: Iterable[int], by_char: dict[str, re.Pattern[str]],
              other: re.Pattern[str] | None, blocked: list[tuple[int, int]]) -> tuple[ActorMention, ...]:
    """The actor mentions of :func:`find_actors` tried at ``starts`` (ascending) with the patterns for each first
    character (``other`` for the rest), those overlapping a ``blocked`` span left out."""
    groups = rule_of_group()
    found: list[ActorMention] = []
    end = 0
    for s in starts:
        if s < end:
            continue
        pattern = by_char.get(sentence[s], other)
        if pattern is None or (m := pattern.match(sentence, s)) is None:
            continue
        end = e = m.end()
        if blocked and any(s < be and e > bs for bs, be in blocked):
            continue
        code, kind, participant = groups[m.lastgroup]
        text = m.group(0)
        if not participant and kind == "demonym":
            shared = COORDINATED_DEMONYM.match(sentence, e)  # 'Russian and Syrian jets': the jets are Russian too
            participant = bool(institution_pattern().match(sentence[shared.end() if shared else e:])) or (
                text[0].isupper() and text.endswith("s") and not re.match(r"\s+[a-z]+s\b", sentence[e:])) or (
                text.endswith(("ch", "sh")) and sentence[max(0, s - 4): s] in ("the ", "The ") and
                PEOPLE_VERB_AFTER.match(sentence, e) is not None)  # 'The Dutch sent two diplomats home'
        found.append(ActorMention(s, e, code, kind, text, participant))
    return tuple(found)


WORD_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'")


def word_before(text: str, pos: int) -> str:
    """The last word before ``pos`` (lower-cased), what ``([A-Za-z']+)\\W*$`` finds in ``text[:pos]``:
    read from the right instead of trying every start of the text."""
    if not 0 <= pos <= len(text):
        pos = len(text[:pos])  # where text[:pos] ends
    if pos > 1 and text[pos - 1] == " ":  # most often a word of letters and a space: the word after the space before
        word = text[text.rfind(" ", 0, pos - 1) + 1: pos - 1]
        if word.isalpha() and word.isascii():
            return word.lower()
    tail = pos  # start of the run of non-word characters that ends text[:pos]
    while tail > 0:
        c = text[tail - 1]
        if c.isalnum() or c == "_":
            break
        tail -= 1
    start = tail
    while start > 0 and text[start - 1] in WORD_LETTERS:
        start -= 1
    if start == tail:  # no letter there: the word can only be apostrophes among the non-word characters
        start = text.find("'", tail, pos)
        if start < 0:
            return ""
    stop = max(start, tail)
    while stop < pos and text[stop] == "'":
        stop += 1
    return text[start:stop].lower()


TO_BEFORE = re.compile(r"\bto (?:the )?$")
# A 'to' of a phrase, not of a mission's host: '..., in response to Washington's expulsion'
PHRASE_TO_BEFORE = re.compile(r"\b(?:response|reply|retaliation|reaction|addition|contrast|according|due|thanks|owing|"
                              r"next|similar|close)\s+to (?:the )?$")
# 'NATO member Norway', "Russia's ally Belarus": a name that only qualifies the next one
MEMBER_OF = re.compile(r"(?:'s)?\s+(?:member|ally|partner|neighbou?r)s?(?:\s+(?:state|country|nation)s?)?\s+[A-Z]")
# What a name's possessive owns that it acts by: "Moscow's decision to", "the EU's sectoral sanctions ... ban"
OWN_DECISION = re.compile(r"'s\s+(?:decision|move|plan|announcement|order|(?:[\w-]+\s+){0,2}?(?:sanctions|measures)\b(?!-))\b")


def is_host(sentence: str, a: ActorMention) -> bool:
    """True for the X of 'mission/delegation ... to X' (the host, not the owner)."""
    before = sentence[max(0, a.start - 60): a.start]
    to = word_before(sentence, a.start) == "to" or (  # TO_BEFORE only where it can match: most names have no 'to'
        "to " in before[-8:] and TO_BEFORE.search(before) is not None)  # 'to ', 'to the ' (and a final newline)
    return to and MISSION_WORDS.search(before) is not None and PHRASE_TO_BEFORE.search(before) is None


def possessive_of_other(sentence: str, a: ActorMention) -> bool:
    """'Russia's relationship' (a possessive of something else), unlike 'Russia's Foreign Ministry'; and
    'NATO member Norway' (a name that only qualifies another)."""
    end = a.end
    first = sentence[end: end + 1]
    if (first == "'" or first.isspace()) and MEMBER_OF.match(sentence, end, end + 40):
        return True
    if not sentence.startswith(("'s", "' "), end):
        return False
    after = sentence[end: end + 40]
    return not institution_pattern().match(after) and not OWN_DECISION.match(after)


# 'than' of a quantifier before a counted group ('More than 20 countries'): no preposition.
QUANTIFIER_THAN = re.compile(r"\b(?:more|fewer|less)\s+than\s+$", re.I)


# 'The Government of the Republic of Macedonia has decided': the state acts through the body named before it
GOVERNMENT_OF = re.compile(r"\b(?:[Gg]overnment|[Aa]uthorities|[Cc]abinet|[Pp]arliament)\s+of\s+(?:the\s+)?"
                           r"(?:(?:Republic|Kingdom|Federation|Grand Duchy|Principality)\s+of\s+)?$")


REGION_WORDS = frozenset({"eastern", "western", "northern", "southern", "central", "north-eastern", "north-western",
                          "south-eastern", "south-western", "northeastern", "northwestern", "southeastern",
                          "southwestern"})


def after_preposition(sentence: str, a: ActorMention) -> bool:
    """True for a name right after a preposition, or after one and a region's word ('over eastern Ukraine'); not
    the 'than' of 'more than 20 countries', nor the 'of' of 'the Government of the Republic of Macedonia'."""
    word = word_before(sentence, a.start)
    if word == "the" and a.kind == "demonym" and a.text.endswith("s"):  # 'invoked by the Russians' (the people)
        word = word_before(sentence, sentence.rfind("the", 0, a.start))
    if word in REGION_WORDS:  # 'over eastern Ukraine': the preposition before the region's word
        word = word_before(sentence, sentence.lower().rfind(word, 0, a.start))
    if word == "of" and GOVERNMENT_OF.search(sentence, max(0, a.start - 60), a.start):
        return False
    return word in PREPOSITIONS and not (word == "than" and a.kind == "group_count" and
                                         bool(QUANTIFIER_THAN.search(sentence, max(0, a.start - 12), a.start)))


# A clause the span opens with before its own subject ('In March, after Russia annexed Crimea, Canberra ...').
OPENING_CLAUSE = re.compile(r"\s*(?:[\w ]{0,30},\s*)?(?:after|before|since|when|while|although|though|because|once|"
                            r"until|as soon as)\s+[^,;:]{3,120}?,\s+", re.I)


def subject_of(sentence: str, actors: Sequence[ActorMention], start: int, end: int) -> ActorMention | None:
    """The first participant of a span that is not inside a prepositional phrase nor a possessive of
    something else ('Russia's relationship' is not Russia acting; 'Russia's Foreign Ministry' is), nor in a
    clause the span opens with, if one is named after it."""
    found = [a for a in actors if start <= a.start < end and a.participant and not after_preposition(sentence, a)
             and not possessive_of_other(sentence, a)]
    if len(found) > 1 and (opening := OPENING_CLAUSE.match(sentence, start, end)) is not None:
        return next((a for a in found if a.start >= opening.end()), found[0])
    return found[0] if found else None


LIST_AND = re.compile(r"\s*(?:and|, and)(?:\s+then)?\s*(?:the\s+)?")
LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
AUXILIARIES = re.compile(r"\s*(?:(?:has|have|had|was|were|is|are|will|also|then|\w+ly)\s+)*")
PRONOUN = re.compile(r"\b(?:it|they|he|she|we|the country|the government)\b(?!')", re.I)
PRONOUN_LOWER = re.compile(PRONOUN.pattern)  # for a lower-cased ASCII text: re is faster without IGNORECASE


# Words after which 'the country' is an object or a place, not the subject of a verb after it.
AFTER_VERB_OR_PREPOSITION = frozenset({"leave", "left", "leaving", "leaves", "enter", "entered", "entering", "enters",
                                       "visit", "visited", "visiting", "quit", "exit", "of", "from", "in", "into", "to",
                                       "across", "within", "throughout", "inside", "outside"})


# An aside on the members of a group before it ('25 countries, most of them EU members, ...'): no subject is in it.
ASIDE_OPEN = re.compile(r",\s+(?:most|many|all|some|several|half|both|each|none|\w+)\s+of\s+them\b[^,]*$")


def last_pronoun(sentence: str, lo: int, pos: int) -> re.Match[str] | None:
    """The last match of :data:`PRONOUN` in ``sentence[lo:pos]`` (its places are those of the slice), found in
    the slice lower-cased when it is ASCII (the same places, the same words)."""
    text = sentence[lo: pos]
    pattern = PRONOUN
    if text.isascii():
        text, pattern = text.lower(), PRONOUN_LOWER
    last = None
    for m in pattern.finditer(text):
        if m.group(0).lower() in ("they", "the country", "the government") and text[m.start() - 1: m.start()] == " " and \
                word_before(text, m.start()) in AFTER_VERB_OR_PREPOSITION:
            continue  # 'ordered them to leave the country and ...': an object, no subject
        last = m
    return last


# 'after Congress approved new sanctions', 'since NATO foreign ministers decided': these open a clause when a verb
# follows the name (or its head nouns)
CONJUNCTIONS = {"after", "before", "since", "until"}
FINITE_VERB_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:\w+ly\s+)?(?:has|have|had|was|were|is|are|\w+ed|began|sent|took|"
                               r"made|held|met|froze|broke|struck|shot|seized|fought|went|came|won|lost)\b")


# A verb joined to the clause before with no subject of its own (', and restricted'), and a clause of time or
# cause set off by commas in between (', shortly before Moldova initialled an agreement with the EU,').
JOINED_VERB_BEFORE = re.compile(r",\s+and\s+(?:(?:then|later|also|subsequently)\s+)?$")
# A verb joined with 'and' after an aside between dashes or brackets, and the aside's opening: '-- 58 from the
# embassy in Moscow -- and withdraw', '(48 at diplomatic posts) and told'.
ASIDE_JOINED_BEFORE = re.compile(r"(?:\s[—–-]{1,2}|\))\s+and\s+(?:(?:then|later|also)\s+)?$")
ASIDE_OPENING = re.compile(r"\s[—–-]{1,2}\s|\s\(")
# A clause that says when the main one's act came ('four days after a Turkish F-16 shot down ...'): a participle
# after it, set off by a comma (', banning imports'), is the main clause's subject's act.
WHEN_CLAUSE_OPEN = re.compile(r"(?:(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?|hours?)\s+)?(?:shortly\s+|soon\s+|just\s+)?"
                              r"(?:after|before|when|since|once|until)\s")
PARTICIPLE_NEXT = re.compile(r"[a-z]+ing\b")
# What may stand before a sentence's subject: names, numbers, time words, 'the' ('On Thursday, the'), but no verb
# ('which ordered 60 Russians': no subject) and no pronoun ('It ordered out 60 Russians').
SUBJECT_LEAD = re.compile(r"(?:[\W\d_]+|\b(?:the|on|in|at|last|this|earlier|later|then|also|and|of)\b|\b(?!It\b)[A-Z][\w.'’-]*)*")
SAID = re.compile(r"\b(?:said|says|announced)\s+(?:that\s+)?")  # 'Lavrov said Russia would expel': Russia's verb
SUBORDINATE_BEFORE = re.compile(r"\b(?:while|as long as|because|although|though|whereas|until)\s+$")  # a clause opening
SET_OFF_CLAUSE = re.compile(r",\s+(?:(?:shortly|soon|just|only|long|days|weeks|months|years)\s+)?"
                            r"(?:before|after|when|while|as|since|because|although|though|until)\s+")


# A participle aside that names the leader of a group before it: ', led by the United States,'.
LED_BY_BEFORE = re.compile(r",\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$")


def subject_before(sentence: str, actors: Sequence[ActorMention], start: int, pos: int,
                   fallback: ActorMention | None = None) -> ActorMention | None:
    """Who does what the verb at ``pos`` says: the nearest participant before it in its clause that is not
    in a prepositional phrase or a list of examples (the first of 'X and Y'), or what a pronoun between
    them ('it', 'they', 'the country', 'we') stands for; for a verb joined with ', and' after a clause set off
    by commas, the subject before that clause; with 'and' after an aside between dashes or brackets, the first
    subject before the aside (after 'said', if one is there); for a participle after a clause that says when,
    ``fallback`` (the sentence's main subject)."""
    if "and" in sentence[max(0, pos - 20): pos] and (joined := JOINED_VERB_BEFORE.search(sentence, start, pos)) and \
            (set_off := list(SET_OFF_CLAUSE.finditer(sentence, start, joined.start()))) and \
            "," not in sentence[set_off[-1].end(): joined.start()] and \
            (main := subject_before(sentence, actors, start, set_off[-1].start())) is not None:
        # 'Russia banned wine imports, shortly before Moldova signed a deal with the EU, and restricted ...' (not the
        # last of a series in that clause: ', when Washington expelled 35, shut two compounds, and sanctioned ...')
        return main
    if fallback is not None and fallback.start < start and "and" in sentence[max(0, pos - 20): pos] and \
            SUBORDINATE_BEFORE.search(sentence, max(0, start - 12), start) and JOINED_VERB_BEFORE.search(sentence, start, pos):
        # '... said there could be no business as usual while Russian troops remained in Georgia, and put meetings of
        # the council on hold': the clause begun at 'while' is closed by ', and'; the verb after it is the main subject's
        return fallback
    if "and" in sentence[max(0, pos - 12): pos] and (joined := ASIDE_JOINED_BEFORE.search(sentence, start, pos)) and \
            (opening := list(ASIDE_OPENING.finditer(sentence, start, joined.start()))):
        # 'Washington ordered 60 Russians to leave -- 48 at diplomatic posts ... -- and told': Washington; not a
        # name after a verb or pronoun ('It ordered out 60 Russians -- ... -- and told': not the Russians)
        said = max([start, *(r.end() for r in SAID.finditer(sentence, start, opening[-1].start()))])
        first = subject_of(sentence, actors, said, opening[-1].start())
        return first if first is not None and SUBJECT_LEAD.fullmatch(sentence, said, first.start) else fallback
    if fallback is not None and start > 0 and sentence.startswith(", ", pos - 2) and \
            PARTICIPLE_NEXT.match(sentence, pos) and WHEN_CLAUSE_OPEN.match(sentence, start):
        return fallback  # 'Putin signed a decree, four days after a Turkish F-16 shot down a bomber, banning': Putin
    cands = [a for a in actors if start <= a.start and a.end <= pos]
    chosen = None
    for a in reversed(cands):
        gap = sentence[a.end: pos]
        if not a.participant or possessive_of_other(sentence, a) or MODIFIER_OF.match(gap) or (
                after_preposition(sentence, a) and  # and not right before the verb, or opening a clause
                not (AUXILIARIES.fullmatch(gap) or head_noun_before_verb().fullmatch(gap) or (
                    word_before(sentence, a.start) in CONJUNCTIONS and FINITE_VERB_AFTER.match(gap)))):
            continue
        if object_of_first_verb(sentence, a, pos) and any(b.participant for b in cands if b.end <= a.start):
            continue
        if sentence[a.start - 2: a.start] == ", " and (head := next((b for b in cands if b.end == a.start - 2), None)) \
                is not None and object_of_first_verb(sentence, head, pos) and \
                any(b.participant for b in cands if b.end <= head.start):
            continue  # 'Britain blamed the GRU, Russia's military intelligence agency, and expelled': the object's aside
        if " by " in sentence[max(0, a.start - 20): a.start] and LED_BY_BEFORE.search(sentence, max(0, a.start - 20), a.start):
            continue  # 'More than 20 countries, led by the United States, have ordered': the countries did
        if "of them" in sentence and ASIDE_OPEN.search(sentence, max(start, a.start - 60), a.start):
            continue  # '25 countries, most of them EU and NATO members, have expelled': the countries did
        if EXAMPLES_BEFORE.search(sentence[start: a.start]) and (
                "," in sentence[a.end: pos] or any(b.participant and b.end <= a.start for b in cands)):
            continue
        chosen = a
        seen_and = False
        for b in reversed([c for c in cands if c.end <= chosen.start]):
            gap = sentence[b.end: chosen.start]
            if b.participant and LIST_AND.fullmatch(gap) and not ("," in gap and after_preposition(sentence, b)):
                chosen, seen_and = b, True  # not the place of '... in England, and Moscow sent': a clause ends there
            elif b.participant and seen_and and LIST_COMMA.fullmatch(gap) and not after_preposition(sentence, b):
                chosen = b  # 'X, Y and Z expelled'; not the X of '... in X, Y and Z expelled', which ends a phrase
            elif b.participant and b.start == start == 0 and gap == ", " and b.kind in ("state", "capital"):
                chosen = b  # a headline's 'Russia, Belarus Launch Zapad-2013 War Games': the first of a pair
            else:
                break
        break
    lo = chosen.end if chosen else start
    if (pronoun := last_pronoun(sentence, lo, pos)) is not None and not contact_clause_subject(sentence, lo + pronoun.start()):
        p = lo + pronoun.start()
        if pronoun.group(0).lower() == "we":
            return speaker(sentence, actors, p) or fallback
        told = TOLD_OBJECT.search(sentence, max(start, p - 80), p)
        if told is not None and told.end() == p:
            # 'Russia has told Norway it is freezing ...': the pronoun is who told, not who was told
            teller = subject_before(sentence, actors, start, told.start(), fallback)
            if teller is not None:
                return teller
        before = [a for a in actors if a.end <= p and not in_examples(sentence, a, actors) and
                  not in_member_list(sentence, a, actors) and not where_it_happened(sentence, a) and (
            a.participant or a.kind in PLACE_KINDS or (
            a.kind == "demonym" and (a.text.endswith("s") or not re.match(r"\s+[a-z]", sentence[a.end: a.end + 3]))))]
        if pronoun.group(0).lower() in ("he", "she") and (people := [a for a in before if a.kind == "person"]):
            before = people  # 'Hamacek had been due to travel to Moscow ...; he called the trip off': Hamacek
        if before and (subject := joined_clause_subject(sentence, actors, p, before[-1].end)) is not None:
            return subject
        if pronoun.group(0).lower() == "the government":  # not a party a phrase before it names ('following
            before = [a for a in before if sentence[a.end: a.end + 2] not in ("'s", "’s") and  # Russia's annexation
                      word_before(sentence, a.start) != "of"]  # of Crimea'); its place may be ('In Prague, the government')
        return before[-1] if before else fallback
    return chosen


# Where a meeting was held: 'meeting in', 'gathered at', 'a summit in'
MEETING_PLACE_BEFORE = re.compile(r"\b(?:meet(?:s|ing)?|met|gathered|summit|talks|convened)\s+(?:in|at)\s+$|"
                                  r"\b(?:over|above|across|throughout)\s+$", re.I)  # or a flight's: 'remained over Syria'


def where_it_happened(sentence: str, a: ActorMention) -> bool:
    """True for a state or capital where a meeting was held ('leaders meeting in The Hague said they') or a plane
    flew ('said the plane remained over Syria and that it would'): a place, not whom a pronoun after it stands for."""
    return a.kind in PLACE_KINDS and MEETING_PLACE_BEFORE.search(sentence, max(0, a.start - 20), a.start) is not None


# A pronoun opening a relative clause with no 'that' ('60 Russians it described as spies'): it says who judged them.
CONTACT_CLAUSE = re.compile(r"(?:it|they)\s+(?:said|says|described|calls|called|believed|believes|suspected|suspects|considered|"
                            r"identified|named|accused)\b")
NOT_A_NOUN = frozenset({"and", "but", "or", "that", "because", "when", "as", "after", "since", "while", "if", "so", "which",
                        "said", "says", "where", "though", "although", "before", "until", "once"})


def contact_clause_subject(sentence: str, p: int) -> bool:
    """True for a pronoun at ``p`` that opens a relative clause after a noun ('expelled 60 Russians it said were
    spies and closed'): the subject of that clause only, not of the verb after it."""
    return CONTACT_CLAUSE.match(sentence, p) is not None and sentence[p - 2: p - 1].isalpha() and \
        word_before(sentence, p) not in NOT_A_NOUN


# ', and earlier this month it ...', ', and its ...', ', saying it ...': a pronoun opening a clause joined to the one
# before, or what its subject said
CLAUSE_OPENED_BEFORE = re.compile(r"[,;]\s+(?:and|but|while)\s+(?:[\w-]+\s+){0,4}$|"
                                  r",\s+(?:saying|adding|announcing|explaining|noting|claiming)\s+(?:that\s+)?$")


def joined_clause_subject(sentence: str, actors: Sequence[ActorMention], pos: int,
                          last_end: int) -> ActorMention | None:
    """'NATO has put its cooperation with Russia under review, and earlier this month it suspended ...', 'Russia
    has occupied Crimea, and its war ...', 'The Netherlands accused Russia's GRU ..., saying it had expelled four':
    a pronoun (or 'its') at ``pos`` opening a clause joined to the one before, with no name between them (the
    last one ends at ``last_end``), stands for the subject of that clause, not for its object."""
    opened = CLAUSE_OPENED_BEFORE.search(sentence, max(0, pos - 50), pos)
    if opened is None or last_end > opened.start():
        return None
    return first_subject(sentence, actors, 0, pos)


def first_subject(sentence: str, actors: Sequence[ActorMention], start: int, end: int) -> ActorMention | None:
    """The subject of the clause from ``start``: its first participant before ``end`` outside a phrase."""
    return next((a for a in actors if start <= a.start and a.end <= end and a.participant
                 and not in_phrase(sentence, a, actors)), None)


# A list of examples open before a position: no ';', '.' nor finite verb since its marker ('20 countries, including
# the United States, have ordered ... that Britain expelled': Britain is no example).
EXAMPLES_BEFORE = re.compile(r"\b(?:namely|including|such as|like|among them)\b"
                             r"(?![^;.]*\b(?:has|have|had|is|are|was|were|will|would)\b)[^;.]*$")


# Words ending in -s or -ed before a name that are not verbs taking it as their object.
NOT_OBJECT_VERBS = {"as", "was", "has", "is", "its", "his", "this", "thus", "says", "said", "announced", "claimed",
                    "reported", "added", "confirmed", "stated", "argued", "insisted", "noted", "whereas", "unless",
                    "indeed", "instead", "ahead", "towards", "besides", "plus", "yes", "perhaps", "meanwhile"}


# 'and' opening the second verb ('... and blacklists'), or its verb's object ('... and ordered the closure of')
# A headline's verbs joined by a comma alone: 'NATO expels eight Russian officials, halves Moscow's mission'
ASYNDETIC_VERB_BEFORE = re.compile(r"(?:\s+[a-z-]+){0,2},\s+")
AND_BEFORE = re.compile(r"\band\s+(?:(?:in\s+|on\s+|later\s+|that\s+|the\s+same\s+|the\s+following\s+|the\s+next\s+)+"
                        r"(?:year|month|week|day|spring|summer|autumn|winter|\d{4})\s+)?"
                        r"(?:\w+ly\s+|also\s+|then\s+)?(?:(?:has|have|had)\s+)?(?:\w+(?:ed|ing|s)\s+(?:the\s+|a\s+|an\s+|its\s+)?)?$")


# Determiners and figures between a verb and its object
QUANTIFIERS = re.compile(rf"(?<![\w-])(?:(?:the|a|an|some|all|its|their|several|more than|about|around|nearly|{NUM})\s+)+$")


# A verb, then the head of its object before 'of' ('summoned the envoys of', 'expelled two staff of')
HEAD_OF_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed)\s+(?:the|its|their|some|all|several)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+of\s+$")


INFINITIVE_MARKERS = ("to", "would", "will", "could", "should", "must", "might", "shall")


def object_of_first_verb(sentence: str, a: ActorMention, pos: int) -> bool:
    """True for the object of the first of two coordinated verbs, before the second ('a bill that bans Americans
    from adopting ... and blacklists U.S. officials': Americans do not blacklist)."""
    if not AND_BEFORE.search(sentence[a.end: pos]) and not ASYNDETIC_VERB_BEFORE.fullmatch(sentence, a.end, pos):
        return False
    start = max(0, a.start - 60)
    quantified = QUANTIFIERS.search(sentence, start, a.start)  # 'ordered 60 Russians', 'expelled the two Russians'
    at = quantified.start() if quantified else a.start
    verb = word_before(sentence, at)
    if verb == "of" and (head := HEAD_OF_BEFORE.search(sentence, start, at)) is not None:
        verb = head.group("verb")  # 'summoned the envoys of the four countries and declared': of the object
    if verb in ("out", "off", "away", "home", "down", "up"):  # a phrasal verb: 'threw out 60 Russians and shut'
        verb = word_before(sentence, sentence.rfind(verb, 0, at))
        if verb in ("throw", "kick", "send", "order", "cut", "shut", "call", "turn"):
            return True
    if verb and word_before(sentence, sentence.rfind(verb, 0, at)) in INFINITIVE_MARKERS and verb not in NOT_OBJECT_VERBS:
        return True  # an infinitive's object: 'decided to expel 60 Russians and shut', 'it would expel ... and close'
    return (verb.endswith(("s", "ed", "ing")) or verb in ("told", "sent", "put", "hit", "cut", "let", "threw", "kicked", "shut",
                                                         "kept", "left", "gave", "took", "made", "held", "brought")) and \
        verb not in NOT_OBJECT_VERBS


# Members listed between dashes or in brackets after a group ('leaders of the G7 – the US, Britain, ... – said').
GROUP_HEAD_REST = re.compile(r"(?:\s+[a-z]+){0,2}")  # the rest of a group's name: 'industrialised nations'
MEMBER_LIST = re.compile(r"\s[—–]\s[^—–;]{1,160}?\s[—–]\s|\s\([^()]{1,160}\)")


def in_member_list(sentence: str, a: ActorMention, actors: Sequence[ActorMention]) -> bool:
    """True for a name in a list of members set off after a group: 'they' after it is the group."""
    if "–" not in sentence and "—" not in sentence and "(" not in sentence:
        return False
    for m in MEMBER_LIST.finditer(sentence, max(0, a.start - 160)):
        if m.start() < a.start and a.end <= m.end():
            return any(b.participant and b.kind == "group" and GROUP_HEAD_REST.fullmatch(sentence, b.end, m.start())
                       for b in actors)  # 'the Group of Seven industrialised nations — the United States, ... —'
        if m.start() > a.start:
            break
    return False


def in_examples(sentence: str, a: ActorMention, actors: Sequence[ActorMention]) -> bool:
    """True for a name in a list of examples of a group named before it ('20 countries, including Canada')."""
    marker = EXAMPLES_BEFORE.search(sentence[: a.start])
    return bool(marker) and any(b.participant and b.end <= marker.start() for b in actors)


# A subordinate clause after a quote's attribution: its names are not the speaker's ('..." the ministers said after
# their first meeting since Russian forces seized Crimea').
ATTRIBUTION_ENDED = re.compile(r"\b(?:after|since|when|because|while|before|following|amid|as|until)\b")


def speaker(sentence: str, actors: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """Who speaks a quote: the first participant after its closing quote mark in the words that attribute it,
    else before its opening one."""
    quotes = [m.start() for m in re.finditer(r"[\"“”]", sentence)]
    opened = [q for q in quotes if q < pos]
    closed = [q for q in quotes if q > pos]
    if len(opened) % 2 == 1 and closed:
        after = [a for a in actors if a.start > closed[0] and a.participant]
        if after and not ATTRIBUTION_ENDED.search(sentence, closed[0], after[0].start):
            return after[0]
    if opened:
        before = [a for a in actors if a.end <= opened[-1] and a.participant]
        if before:
            return before[-1]
    return None


def antecedent(sentence: str, actors: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """The nearest participant before a position (for 'which', 'its', 'their', 'the country')."""
    before = [a for a in actors if a.end <= pos and a.participant]
    return before[-1] if before else None


# A relative or appositive clause set off by commas between a name and its verb ('Sweden, which is not a member
# of the alliance, is holding ...'; 'Poland, a NATO member, expelled ...'; 'Bulgaria, Romania's southern neighbour, ...';
# 'NATO, of which Canada is a founding member, froze ...'), with a name in apposition at its end ('Lavrov, who was due
# to meet his Turkish counterpart, Mevlut Cavusoglu, cancelled ...').
EMBEDDED = re.compile(r",\s+(?:which|who|whose|(?:of|in|to|for|with|by|among) (?:which|whom)|a|an|another|the|[A-Z][\w.-]*(?:'s|’s))\s[^,;:\"“”()]{1,120}?"
                      r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)?,\s+(?=(?:\w+ly\s+|also\s+|then\s+|last\s+|first\s+|again\s+|on\s+[A-Z][a-z]+day\s+)?"
                      r"(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|said|says|[a-z]+ed|froze|broke|cut|"
                      r"shut|sent|held|met|began|took|made|put|kept|gave|told|struck|shot|threw|withdrew|left|"
                      r"fought|seized|won|lost|went|came|flew|spoke|paid|led|sat|stood|became|brought|sought|hit|set|"
                      r"got|saw|found|ran|wrote|chose)\b)")


# Partners named in a phrase of their own, between a name and its verb or before the subject: 'the United States,
# together with the European Union, Britain and Canada, sanctioned ...'; 'In coordination with the EU and Britain,
# Washington sanctioned ...'
ITEM = r"[^,;:\"“”()]{1,60}"
COMPANIONS = (r"(?:together|along|jointly|in (?:coordination|partnership|concert|step|tandem|cooperation))\s+with\s"
              rf"(?:(?:{ITEM},\s+)*{ITEM}\s(?:and|or)\s{ITEM}|{ITEM}),\s+")  # one name, or a list closed by 'and'

EMBEDDED_COMPANIONS = re.compile(rf",\s+{COMPANIONS}(?=(?:\w+ly\s+|also\s+)?(?:is|are|was|were|has|have|had|will|[a-z]+ed)\b)")
OPENING_COMPANIONS = re.compile(rf"(?:[A-Z][\w ]{{0,30}},\s+)?(?P<phrase>(?i:{COMPANIONS}))(?=(?:the\s+)?[A-Z])")


def embedded_clauses(sentence: str, actors: Sequence[ActorMention]) -> list[tuple[int, int]]:
    """Spans of the relative or appositive clauses that stand between a participant and its verb, and of a
    phrase of partners opening the sentence: the names in them are neither that verb's subject nor what a later
    'its' stands for."""
    if ", " not in sentence:
        return []
    ends = {a.end for a in actors if a.participant}
    spans = [(m.start(), m.end()) for m in EMBEDDED.finditer(sentence) if m.start() in ends]
    if " with " in sentence:
        spans += [(m.start(), m.end()) for m in EMBEDDED_COMPANIONS.finditer(sentence) if m.start() in ends]
        if (opening := OPENING_COMPANIONS.match(sentence)) is not None:
            spans.append((opening.start("phrase"), opening.end()))  # 'In addition, in coordination with ...,'
        spans.sort()
    return spans


def in_phrase(sentence: str, a: ActorMention, actors: Sequence[ActorMention]) -> bool:
    """True for a name in a prepositional phrase, also as a later item of one ('with Abkhazia and South
    Ossetia')."""
    while word_before(sentence, a.start) in ("and", "or"):
        prior = [b for b in actors if b.end <= a.start and re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?",
                                                                         sentence[b.end: a.start])]
        if not prior:
            return False
        a = prior[-1]
    return word_before(sentence, a.start) in PREPOSITIONS


PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]{2,}s\b")


# A state's ties with another, the second in a phrase of the first ('Russia's relations with the West').
RELATIONS_WITH = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:relations|ties|relationship)\s+with\s+(?:the\s+)?")


def possessor(sentence: str, actors: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """Who 'its' or 'their' at ``pos`` stands for: the nearest participant before it, unless a comma stands
    between them and that one is in a prepositional phrase: then the nearest one that is not ('NATO holds
    Trident Juncture in Norway, its largest exercise': NATO; 'Moscow cut flights near its border with Georgia,
    citing its 2008 war': Moscow; but 'cooperation with Russia over its annexation': Russia). 'Their' after
    'X and Y' stands for both, led by the first ('Russia and Belarus held their exercises': Russia). After 'X's
    relations with Y', X ('Russia's relations with the West sank after its war': Russia)."""
    before = [a for a in actors if a.end <= pos and a.participant]
    if len(before) >= 2 and RELATIONS_WITH.fullmatch(sentence, before[-2].end, before[-1].start):
        return before[-2]  # 'Russia's relations with the West sank after its war with Georgia': Russia's war
    if sentence.startswith("its", pos) and any(a.kind != "demonym" for a in before):
        # 'The EU added eight Russian officials to its list': 'its' is not a nationality of people; nor the names
        # that qualify a noun ('under U.S. and European sanctions since its annexation': Russia's)
        adjectives: set[int] = set()
        for k in range(len(before) - 1, -1, -1):
            a = before[k]
            if (a.kind == "demonym" or a.text.endswith(("an", "ish", "ese"))) and PLURAL_NOUN_AFTER.match(sentence, a.end) \
                    or k + 1 < len(before) and k + 1 in adjectives and \
                    re.fullmatch(r"\s+and\s+", sentence[a.end: before[k + 1].start]):
                adjectives.add(k)
        before = [a for k, a in enumerate(before) if k not in adjectives]
    if not before or "," not in sentence[before[-1].end: pos] or not in_phrase(sentence, before[-1], actors):
        i = len(before) - 1
        while i > 0 and sentence.startswith(("their", "Their"), pos) and \
                COORDINATED.fullmatch(sentence, before[i - 1].end, before[i].start):
            i -= 1
        return before[i] if before else None
    for a in reversed(before):
        if not in_phrase(sentence, a, actors) and not in_examples(sentence, a, actors):
            return a
    # all in phrases: the owner of a noun before ('strained by Russia's annexation of Crimea, its intervention')
    return next((a for a in reversed(before) if sentence.startswith(("'s", "’s"), a.end)), before[-1])
