"""Escalation events and diplomatic-staff counts from cleaned article text.

Rule-based and sentence-level: a trigger phrase (data/triggers.csv) marks an event; the clause around it
gives the actor (its subject, or the agent of a passive), the target (the object, or the nationality of the
people expelled), the figure and the date expression. Negated, hypothetical and merely proposed actions
(data/modality.csv) yield nothing. Mentions of one event within an article are then merged into one row,
taken from the sentence that gives its figure.
"""

from __future__ import annotations

import ctypes
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache, partial

import blingfire

from natorussia import lexicon
from natorussia.actors import (
    COORDINATED,
    EMBEDDED,
    LIST_AND,
    NRC,
    PLACE_KINDS,
    PREPOSITIONS,
    WESTERN,
    ActorMention,
    after_preposition,
    antecedent,
    embedded_clauses,
    find_actors,
    first_subject,
    is_host,
    joined_clause_subject,
    last_pronoun,
    possessor,
    subject_before,
    subject_of,
    word_before,
)
from natorussia.cues import CueIndex, Screened, holds_any
from natorussia.dates import (
    LATE_NEWS,
    MONTHS,
    PAST_UNTIL,
    DateMention,
    PartialDate,
    anniversaries,
    find_date_mentions,
    opens_story,
    resolve,
    told_as_past,
    valid_day,
)
from natorussia.figures import (
    NUM,
    NUM_IN_WORDS,
    QUAL,
    may_hold_figure,
    mission_size,
    mission_size_qualifier,
    qualifier,
    staff_figure,
    to_int,
    troop_figure,
)
from natorussia.references import match_reference, months_between

# An active perfect before a participle ('Moscow had also called off a visit by ...'): a 'by' after it is no agent.
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+|now\s+)?$", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|also\s+|then\s+|not\s+)?$", re.I)
# A participle joined to a passive one before it: 'were caught red-handed and expelled'.
JOINED_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ght|wn)\b(?:\s+[\w-]+){0,6}?"
                                   r"\s+and\s+(?:\w+ly\s+)?$")
# What follows a passive participle with no object: a phrase ('from the Netherlands', 'by Russia') or the end.
NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:from|by|in|on|over|after|for|at|last|this|earlier|as|and|without|"
                             r"following|amid|within)\b")
LIGHT_VERB = Screened(re.compile(
    r"\b(?:impos\w*|announc\w*|unveil\w*|rubber-stamp\w*|passed|slapp?\w*|introduc\w*|agreed on|approv\w*|extend\w*|expand\w*|adopt\w*|"
    r"launch\w*|held|hold\w*|conduct\w*|stag\w+|start\w*|began|begin\w*|carr\w+ out|perform\w*|"
    r"press on with|(?:went|go(?:es|ing)?|gone|press(?:ed|es|ing)?|push(?:ed|es|ing)?) ahead with|organi[sz]\w*|lift\w*|participat\w* in|t(?:a|oo)k\w* part in|involved in|join\w*|agree(?:d|s)|"
    r"order(?:s|ed|ing)?|roll(?:s|ed|ing)? over|renew\w*|prolong\w*|(?:answer|respond|retaliat|react|counter)\w*(?:\s+[\w-]+){0,3}? with|"
    r"follow(?:s|ed)(?: up| suit)? with|hit(?:s|ting)? back(?:\s+[\w-]+){0,3}? with|"
    r"maintain\w*|kept|keep(?:s|ing)?|retain\w*|tighten\w*|broaden\w*|uphold\w*|upheld|ha(?:s|ve|d) had|"
    r"(?:put|putting|puts|br(?:ought|ing|ings|inging))\s+into\s+(?:force|effect)|enact\w*|levied|levy\w*|re-?impos\w*)\b"
    r"(?:(?!\b(?:over|after|following|amid|since|despite|against)\b)[^.;,]){0,30}$",
    re.I))
RETALIATION = re.compile(
    r"(?:in (?:response|retaliation|reaction|return) (?:to|for)|in protest (?:at|of|against)|following|"
    r"after|over|because of|in the wake of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
REPORTING = Screened(re.compile(r"\b(?:said|says|say|saying|stated|stating|announced|announces|announcing|told|telling|added|confirmed|confirming|reported|wrote)\b(?:\s+that)?", re.I))
# Where a clause about other parties begins after an object: '..., and a handful of other countries one apiece',
# '... as EU states, Ukraine and Canada join', 'Albania expelled two, Moldova three' (a figure in words: not
# 'Aurora 17').
OTHER_CLAUSE = re.compile(r",\s+and\s+(?=(?:the\s+|a\s+)?(?:handful|number|several|many|some|other|[A-Z]))|"
                          r"\s(?:as|while|whereas|when|because|although)\s+(?=(?:the\s+)?[A-Z])|"
                          rf",\s+(?=(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}\s+(?:{NUM_IN_WORDS}|\d+\s+(?:each|apiece))\b)")
# A participle naming what the subject has just been said to do ('..., calling the deployment snap exercises').
NAMING = re.compile(r",\s+(?:calling|describing|dubbing|labell?ing|terming|branding|billing|presenting)\b"
                    r"(?![^,;]*\b(?:response|reply|retaliation|reaction|answer)\s+(?:to|for)\b)[^,;]*$")  # not what it answers
# What follows the act such a participle judges rather than names ('calling the expulsions an unfriendly act',
# 'describing the sanctions as illegal'): the speaker did not do it.
JUDGED_AFTER = re.compile(r"\s+(?:as\s+)?(?:an?\s+|(?:\w+ly\s+)?(?:unjustified|unfounded|illegal|illegitimate|unlawful|"
                          r"unacceptable|provocative|hostile|unfriendly|absurd|baseless|groundless|counterproductive|"
                          r"regrettable|outrageous|disproportionate)\b)")
DECISIONS = r"(?:decision|move|plan|order|announcement|demand|request)"
DECISION_OF = re.compile(rf"(?:'s|’s)\s+{DECISIONS}\b[^,;]{{0,40}}$")
PARTICIPLE = re.compile(r"\w+(?:ed|en|wn)\b|told\b|thrown\b|kicked\b", re.I)
LIST_CONTEXT = re.compile(r"\b(?:including|such as|like|namely)\b|,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*$")
# The NATO-Russia Council, searched only in texts that hold 'Council' or 'NRC'.
NRC_NAMED = Screened(NRC)


@dataclass
class EventMention:
    """One trigger in one sentence with what the clause says about it; dates not yet resolved."""

    event_type: str
    sentence: str
    sentence_index: int
    trigger: str
    trigger_start: int
    actor: str = ""
    actor_text: str = ""
    actor_origin: str = ""
    target: str = ""
    target_text: str = ""
    count: int | None = None
    count_qualifier: str = ""
    previous_value: int | None = None
    date_mentions: list[DateMention] = field(default_factory=list)
    counterpart_of: str = ""
    date: PartialDate | None = None
    date_origin: str = ""
    shift: tuple[str, int] | None = None  # 'a day later': the unit and number added to its date mention
    anaphoric: bool = False  # 'since the war', 'the expulsions': one named before, whose parties and date it takes
    story_date: PartialDate | None = None  # the date its paragraph last named before its month of no year ('in 2009')


def copied(ev: EventMention, **changes: object) -> EventMention:
    """``dataclasses.replace`` of a mention (a shallow copy with ``changes``), without its checks of every field:
    a mention is copied for each party of a list, and for the row of each event."""
    new = ev.__class__.__new__(ev.__class__)
    new.__dict__.update(ev.__dict__)
    new.__dict__.update(changes)
    return new


# -- sentences and actors -----------------------------------------------------------------------------------

def split_sentences(text: str) -> list[str]:
    """Sentences of a cleaned text, paragraph by paragraph (Bling Fire's sentence breaker)."""
    return list(_sentences(text))


def _sentences(text: str) -> tuple[str, ...]:
    """:func:`split_sentences`, kept for the few calls on one article (its events, then its main counterpart)."""
    return _paragraphs_of_sentences(text)[0]


def paragraph_of_sentences(text: str) -> tuple[int, ...]:
    """For each sentence of :func:`split_sentences`, the index of the paragraph it belongs to."""
    return _paragraphs_of_sentences(text)[1]


@lru_cache(maxsize=8)
def _paragraphs_of_sentences(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    out: list[str] = []
    paragraph_of: list[int] = []
    for i, paragraph in enumerate(_broken_paragraphs(text)):
        sentences = [s.strip() for s in paragraph.split("\n") if s.strip()]
        out.extend(sentences)
        paragraph_of.extend([i] * len(sentences))
    return tuple(out), tuple(paragraph_of)


# Bling Fire's sentence breaker as a function object of our own (the library's attribute is left as it is), with
# its argument types declared so that ctypes converts the bytes and ints itself.
_TEXT_TO_SENTENCES = blingfire.blingfire["TextToSentences"]
_TEXT_TO_SENTENCES.argtypes = (ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
_TEXT_TO_SENTENCES.restype = ctypes.c_int


def _broken_paragraphs(text: str) -> list[str]:
    """``blingfire.text_to_sentences`` of each non-blank paragraph (the same call of its C library with the same
    limit on the output), with one output buffer for the article instead of a new one per paragraph."""
    paragraphs = [p.encode("utf-8") for p in text.split("\n") if p.strip()]
    # a power of two: ctypes makes (and keeps) an array type for each size it is asked for
    buffer = ctypes.create_string_buffer(1 << (2 * max(map(len, paragraphs), default=0)).bit_length())
    out = []
    for data in paragraphs:
        limit = 2 * len(data)
        n = _TEXT_TO_SENTENCES(data, len(data), buffer, limit)
        # what the library wrote, up to its first NUL (Bling Fire's own reads a fresh zeroed buffer up to there)
        out.append("" if n == -1 or n > limit else buffer[:n].split(b"\0", 1)[0].decode("utf-8"))
    return out


# -- clauses ------------------------------------------------------------------------------------------------

CLAUSE_BREAK = re.compile(r";\s|\s[—–-]{1,2}\s|,\s(?=(?:which|who|while|whereas|but|although|mirroring|echoing|matching|citing)\b)|"
                          r",\s(?=after\s+(?:[A-Z][\w.-]*\s+){1,3}(?:\w+ly\s+)?(?:has|have|had|was|were|\w+ed)\b)|"
                          r",\s(?=(?:a|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?\s+(?:after|before)\s)")
# What a text needs for a match of CLAUSE_BREAK: a ';' or a dash, else a ',' and a word after it ('wh' for four)
CLAUSE_MARKS = (";", "-", "—", "–")
CLAUSE_WORDS = ("wh", "but", "although", "after", "before", "mirroring", "echoing", "matching", "citing")
JOINED_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bbut)\s+(?:the\s+)?$")
AND_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
JOINED_WHEN_BEFORE = re.compile(r"(?:,|\band|\bbut)\s+(?P<when>(?:(?:earlier|later|early|late)\s+)?"
                                r"(?:in|on|last|this|that|earlier|later)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,4})?,?\s+|(?:neighbou?ring|fellow|nearby|tiny|neutral)\s+|"
                                r"(?:(?:several|many|some|most|a few|two|three|four|five)\s+)?other\s+|(?:several|many|most)\s+|"
                                r"(?:(?:about|some|around|nearly|roughly|more than|over|up to)\s+)?\d[\d,]*\s+)(?:the\s+)?$")
ARTICLE_BEFORE = re.compile(r"(?:the\s+)?$")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3}\s+and\s+(?:the\s+)?$")
# The last word opening a subordinate clause, with no comma after it ('..., when Russia')
LAST_SUBORDINATOR = re.compile(r"\b(?:when|while|whereas|after|before|since|because|as|although|though|once|until)\s+(?=[^,]*$)")
# A time phrase opening a clause before its subject ('In September, ', 'Last month ', 'On Thursday, ')
FRONTED_TIME = re.compile(r"(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arlier|[Ll]ater|[Tt]his)\s+[\w .-]{1,25}?,\s*|"
                          r"(?:[Ll]ast|[Ee]arlier|[Ll]ater|[Tt]his)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\s+)")
# The part of a whole opening a clause before its subject ('Among them, ')
FRONTED_PART = re.compile(r"(?:[Aa]mong|[Oo]f)\s+(?:them|those|these)\s*,\s*")
DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|your)\s+$", re.I)
# A verb of its own right after a party: it opens a clause ('..., and Moscow has ...', '... but Russia expelled')
OWN_VERB = re.compile(r"(?:'s\s+\w+\s+)?\s*(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|also|"
                      r"then|\w+ed\b|\w+s\b|in\s+(?:turn|response|return|retaliation),?\s+[a-z])")  # 'Moscow in turn froze'
# Past tenses OWN_VERB leaves out ('and neighbouring Moldova told three diplomats to go'): read only after the time
# phrase or adjective that opens a joined clause, where a compound subject ('Russia and Belarus held') cannot be.
IRREGULAR_PAST = re.compile(r"\s+(?:\w+ly\s+)?(?:told|sent|gave|took|made|held|met|froze|began|broke|kept|left|shut|threw|"
                            r"brought|sought)\b")


BARE_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:in|on|at|of|from|to|for|with|and|or|but|who|whom|whose|which|that|near|"
                       r"along|into|under|over|by|as|than|the|a|an|this|these|those|its|their|his|her|across|around)\b)"
                       r"[a-z]+\b")


@lru_cache(maxsize=1)
def people_noun_after() -> re.Pattern[str]:
    """A plural noun of people or bodies right after a name ('Russian officials'), or an aircraft's model ('Turkish
    F-16s'): a noun, not a verb in -s."""
    kinds = ("staff", "troops", "forces", "institutions", "plural_nouns")
    nouns = {n.lower() for kind in kinds for n in lexicon.people_nouns()[kind]}
    return re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) +
                      r"|[A-Z][a-z]{0,2}-\d{1,3}[A-Z]?s?)\b(?P<rest>.*)", re.I | re.S)


def own_verb_after(after: str) -> bool:
    """A verb of its own follows a party ('..., and Moscow has ...', '... but Russian officials said')."""
    if (noun := people_noun_after().match(after)) is not None:
        after = noun.group("rest")  # after a plural noun a bare verb is one too ('while Russian troops remain')
        return not people_noun_after().match(after) and (OWN_VERB.match(after) is not None or
                                                          BARE_VERB.match(after) is not None)
    return OWN_VERB.match(after) is not None


# What may follow the first name of a list of names ('Russia, Belarus, the Baltic states'); 'the' may precede it.
NAME_LIST_TAIL = re.compile(r"(?:\s*,\s*(?:the\s+)?[\w.'-]+(?:\s[\w.'-]+){0,3})*")
THE_BEFORE = re.compile(r"[Tt]he\s+")


def opens_name_list(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` (after an optional 'the') and the rest of a list of names after it."""
    starts = [0] + ([the.end()] if (the := THE_BEFORE.match(text)) is not None else [])
    return any(text.startswith(name, i) and NAME_LIST_TAIL.fullmatch(text, i + len(name)) is not None for i in starts)


# Where a sentence goes on after a pair of spaced dashes: 'and' or a word in lower case ('-- 58 from the embassy --
# and withdraw permission', '-- three from Slovakia, two from Lithuania -- in what it called').
AFTER_DASH_ASIDE = re.compile(r"(?:and\s+|or\s+)?[a-z]")
DASHES = frozenset("—–-")  # what CLAUSE_BREAK's spaced dash is made of


def dash_aside(sentence: str, breaks: Sequence[re.Match[str]], i: int) -> bool:
    """Whether break ``i`` is one of two spaced dashes, next to each other, around an aside the sentence goes on
    after ('would expel 60 diplomats -- 58 from the embassy -- and withdraw permission'): no clause starts there."""
    def is_dash(k: int) -> bool:
        return 0 <= k < len(breaks) and set(breaks[k].group(0).strip()) <= DASHES
    if not is_dash(i) or is_dash(i - 1) == is_dash(i + 1):
        return False  # a dash alone, or one of three or more: no pair
    closing = i + 1 if is_dash(i + 1) else i
    return AFTER_DASH_ASIDE.match(sentence, breaks[closing].end()) is not None


def split_clauses(sentence: str, actors: Sequence[ActorMention],
                  embedded: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Clause spans: a new clause starts at ';', a spaced dash (not a pair around an aside the sentence goes on
    after: :func:`dash_aside`), ', which/who', ', while/but/whereas', or
    before a state, person or group that follows ',' or 'and' and has its own verb (not inside a list).
    ``embedded``: the sentence's :func:`embedded_clauses`, if already known."""
    cuts = {0, len(sentence)}
    if holds_any(sentence, CLAUSE_MARKS) or ("," in sentence and holds_any(sentence, CLAUSE_WORDS)):
        breaks = list(CLAUSE_BREAK.finditer(sentence))
        for i, m in enumerate(breaks):
            if not dash_aside(sentence, breaks, i):
                cuts.add(m.end())
    for lo, hi in embedded_clauses(sentence, actors) if embedded is None else embedded:
        cuts.update((lo + 2, hi))
    for a in actors:
        if not a.participant:
            continue
        head = sentence[max(0, a.start - 12): a.start]
        when = None
        if not ("," in head or "and" in head or "but" in head or "while" in head) or not JOINED_BEFORE.search(head):
            # 'and in July the EU extended', 'and neighbouring Moldova told': the time phrase or adjective opens it
            wide = sentence[max(0, a.start - 40): a.start]
            if not ("and " in wide or ", " in wide or "but " in wide) or \
                    not (when := JOINED_WHEN_BEFORE.search(sentence, max(0, a.start - 40), a.start)):
                continue
            head = sentence[when.start(): a.start]
        segment = sentence[max([c for c in cuts if c <= a.start]): a.start]
        if BETWEEN_BEFORE.search(segment):
            continue  # 'contacts between Russia and NATO were frozen': the second of a pair, no subject
        # what stands before the joining word: a lone name is the first of a compound subject ('Russia and Belarus
        # will hold ...'), however short the clause before it
        joined = JOINED_BEFORE.search(segment) if when is None else None
        lone = (segment[: joined.start()] if joined else segment[: max(0, len(segment) - len(head))]).strip()
        if (opener := LAST_SUBORDINATOR.search(lone)) is not None:
            lone = lone[opener.end():]  # '..., and in September, when Russia and Belarus staged ...'
        elif lone.endswith(","):
            lone = lone[:-1]  # 'Germany, France, and Poland were each told': a list with a serial comma
        if (opening := FRONTED_TIME.match(lone) or FRONTED_PART.match(lone)) is not None:
            lone = lone[opening.end():]  # 'In September, Russia and Belarus staged ...': still a compound subject
        if any(b.text in lone and opens_name_list(lone, b.text) for b in actors if b.participant and b.end <= a.start):
            continue
        if AND_BEFORE.search(head) and LIST_CONTEXT.search(segment[:-len(head)] if len(segment) > len(head) else ""):
            continue
        if in_prepositional_list(sentence, actors, a):
            continue  # 'diplomats from Germany, France and Poland have been declared ...': the last of a list after 'from'
        if any(b.end < a.start and LIST_AND.fullmatch(sentence, b.end, a.start) and
               DETERMINER_BEFORE.search(sentence, max(0, b.start - 8), b.start) for b in actors):
            continue  # 'its EU and NATO partners': two names sharing a determiner modify one noun
        after = sentence[a.end: a.end + 40]
        if own_verb_after(after) or (when is not None and IRREGULAR_PAST.match(after)):
            cuts.add(when.start("when") if when else a.start - article_before(sentence, a.start))
    bounds = sorted(cuts)
    return list(zip(bounds, bounds[1:], strict=False))  # distinct cuts: every span is not empty


# A preposition opening a list of names ('from Germany, France and Poland').
LIST_OPENER_BEFORE = re.compile(r"\b(?:from|of|on|against|in|with|to|by)\s+(?:the\s+)?$")


def in_prepositional_list(sentence: str, actors: Sequence[ActorMention], a: ActorMention) -> bool:
    """Whether ``a`` closes a list of three or more names with one 'and' that a preposition opens: no subject of a
    clause ('Apart from the Baltic states and Slovakia, Romania and Bulgaria have ...' is two lists)."""
    chain = list_ending_at(sentence, actors, a.end)
    ands = sum(" and " in sentence[b.end: c.start + 1] for b, c in zip(chain, chain[1:], strict=False))
    return len(chain) >= 3 and ands == 1 and \
        LIST_OPENER_BEFORE.search(sentence, max(0, chain[0].start - 10), chain[0].start) is not None


def article_before(sentence: str, end: int) -> int:
    """The length of :data:`ARTICLE_BEFORE`'s match in ``sentence[:end]`` ('the' and the spaces after it at its
    end, else 0), read from its end instead of searched for at every position of it."""
    head = sentence[:end]
    words = head.rstrip()
    return len(head) - len(words) + 3 if len(words) < len(head) and words.endswith("the") else 0


def clause_of(clauses: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return clauses[-1]


@lru_cache(maxsize=1)
def modality_cues() -> CueIndex:
    """The literal cues of the modality rules: only the rules whose cue is in a window are tried on it."""
    return CueIndex.build([p for _, p, _, _ in lexicon.modality_rules()])


# Where the words that can modify a trigger end, looking back from it ('roll over' the sanctions is a verb, not 'over'
# a cause; 'as' before a name opens a clause of its own, 'had not lived up to its commitments as Russian warplanes
# pounded Aleppo', but not in 'such as' nor 'as long as').
MODALITY_BREAK = re.compile(r"[,;:\"“”]|\s[—–-]\s|\b(?:after|(?<!roll )(?<!rolls )(?<!rolled )(?<!rolling )over|following|"
                            r"because of|amid|while|whereas)\b|(?<!such )(?<!long )(?<!soon )(?<!far )(?<!well )\bas\s(?=[A-Z])")


# What a noun trigger is the subject of has yet to happen: 'the exercise, Steadfast Jazz, is due to take place'.
FUTURE_AFTER = re.compile(r"(?:\s*,\s+(?!which|that|who)[^,;.]{1,60},|\s*,)?(?:\s+(?!that\b|which\b)[\w'’-]+){0,6}?\s+(?:is|are)\s+(?:\w+ly\s+)?"
                          r"(?:due|scheduled|expected|set|slated|planned)\s+to\s+(?:take place|begin|start|be held|"
                          r"open|kick off|get under way|go ahead)\b")
# What a noun trigger is the subject of and will not or did not take place: 'a joint drill in the Barents Sea,
# which the navies have held in previous years, will not take place'.
NOT_HELD_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,8}?(?:\s*,\s+[^,;.]{1,80},)?\s+(?:will|would|did|does|is|are|was|were)\s+"
                            r"[\"“]?not\s+(?:take place|go ahead|be held|happen|on the table)\b")
# A measure 'on the table' is one still talked of ('sanctions had never been seriously on the table', 'remain on
# the table'), not one taken.
ON_THE_TABLE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:is|are|was|were|remains?|remained|(?:had|has|have)\s+(?:\w+\s+)?been)\s+"
                                r"(?:\w+\s+){0,2}?on the table\b")
# A condition right after a noun trigger: 'warns Putin of strong sanctions if Russia invades Ukraine' (none yet).
IF_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+if\s")
# What a noun trigger is the object of in a relative clause with a modal: 'any sanctions the West might impose',
# 'the drills that Moscow could hold' (not held).
MODALS = ("might", "could", "may", "would")
MODAL_RELATIVE_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:might|could|may|would)\s+"
                                  r"(?:\w+\s+)?(?:impose|introduce|adopt|hold|stage|conduct|take)\b")
# A word or two in quotes right before a trigger: a quoted term, not the edge of a quotation.
SCARE_QUOTES = re.compile(r"[\"“](\w+(?:[ -]\w+){0,2})[\"”]\s$")


MARKS = ',;:"“”'  # the one-character breaks: no other break holds one, so the last one ends a break
# What the other breaks of MODALITY_BREAK hold: a text with none of them is not split
BREAK_LITERALS = ("-", "—", "–", "after", "over", "following", "because of", "amid", "while", "whereas", "as ")


# A word of the clause right before an opening quotation mark ('want to start "', 'the threat of a "'), not a verb
# of saying: the quoted words are part of the clause, within reach of its negation or modal.
QUOTED_IN_CLAUSE = re.compile(r"\b(?!(?:said|says|say|told|tells|added|adds|stated|declared|wrote|tweeted|asked|"
                              r"warned|insisted|replied|noted)\b)[a-z]+\s$")


def last_mark(text: str) -> int:
    """Where the last of :data:`MARKS` is in ``text`` (-1 if none): the words after it are split by
    :data:`MODALITY_BREAK` as they are in all of the text, and only they are (a few searches for a character
    instead of the pattern tried at every position of a long clause)."""
    return max([text.rfind(c) for c in MARKS])


# A verb in the past joined after a phrase: after a denial's object ('denied the claims and retaliated'), after a noun
# a year dates ('the 2020 election and expelled ten', 'the 2020 election, and had ordered ten')
JOINED_PAST_VERB = re.compile(r"\s(?:and|or|but)\s+(?:had\s+|has\s+|have\s+)?(?:then\s+|later\s+|also\s+)?[a-z]+ed\b")
# A relative pronoun right before a trigger: a clause of its own, out of reach of a negation before it, when it is
# of a counted group ('25 countries that expelled')
RELATIVE_BEFORE_TRIGGER = re.compile(rf"(?i:\b{NUM})\s+(?:other\s+|[A-Z][\w-]+\s+)?(?:countries|states|nations|allies|"
                                     r"governments)\s+(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")
# A plan or plot whose list of verbs runs on to a trigger ('accused of planning to storm parliament, fire on ...')
PLANNED_LIST = re.compile(r"\b(?:plann(?:ed|ing)|plots?|plotted|plotting|plans|intend(?:ed|ing|s)|conspir\w+|aim(?:ed|ing|s)?|"
                          r"sought|seeking|threaten(?:ed|ing|s)?)\s+to\s+[^.;]{0,160}?(?:,|\band)\s*$")
# 'would have', 'would already have been': what would have happened, never a decision reported ('would have to' is
# an obligation: 'said the US would have to reduce its staff' reports an order).
COUNTERFACTUAL_AFTER = re.compile(r"\s+(?:\w+ly\s+|already\s+|long\s+|surely\s+)?have\b(?!\s+to\b)")
# Verbs whose object is an act that took place, whatever is said of them ('never recognized the annexation').
PRESUPPOSING = re.compile(r"\b(?:recogni[sz]\w*|accept\w*|acknowledg\w*|forg[io]\w*|condon\w*)\b")
# Joining or backing another's measures, refused or not, presupposes them: 'has refused to join EU sanctions'.
JOINED_MEASURE = re.compile(r"\b(?:join(?:ing)?|back(?:ing)?|align(?:ing)?\s+(?:itself\s+)?with|alignment\s+with)\s+"
                            r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$")


# Sanctions told as imposed, whatever is said of them now ('called for an easing of EU sanctions imposed on Russia',
# 'could ease the sanctions that Washington imposed on Moscow'): they were imposed.
IMPOSED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?!(?:would|could|will|may|might|must|should|shall|can|be|been|being|was|were|is|are|"
                           r"not|to)\b)[\w.'’-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:first\s+|originally\s+|initially\s+|"
                           r"already\s+)?imposed\s+(?:on|against|over|in\s+(?:19|20)\d\d|by\s+executive\s+order|from\s+(?:19|20)\d\d|"
                           r"after|following|since)\b")
# Drills as one of the kinds of cooperation frozen or once held ('froze military cooperation with NATO, including joint
# exercises and ship visits', 'cooperation had included joint exercises') or of a list of measures or projects
# ('develop further reinforcement measures, including appropriate exercises'): no one exercise held.
KINDS_LISTED_BEFORE = re.compile(r"\b(?:[Cc]ooperation\b[^.;]{0,60}?\b(?:including|included|includes|such as|applied to|"
                                 r"covering|covered|from)|(?:measures|steps|projects|plans|options|activities)\b[^.;]{0,60}?"
                                 r"\b(?:including|such as))\s+(?:[\w-]+\s+){0,3}$")
# What lists the things a suspension or a call-off stopped: '..., including exercises, port visits and ...'
HALTED_ITEMS = re.compile(r"\b(?:including|such as|among them|ranging from)\b[^;.]*$")
# A clause opened by a contrast ('..., while Russia launched its own war games'), and a word that names drills.
CONTRAST_OPENS = re.compile(r",\s+(?:while|whereas|but)\s+$")
EXERCISE_NOUN = re.compile(r"(?i)\b(?:exercises?|drills?|war games|manoeuvres|maneuvers)\b")
# Drills as a kind, then an example of it: 'Western drills near Russia's borders, such as NATO's Trident Juncture'.
KIND_OF_DRILLS = re.compile(r"(?i)(?:[\w-]+\s+)?(?:exercises|drills|war games|manoeuvres|maneuvers)")
SUCH_AS_AFTER = re.compile(r"[^.;]{0,50}?,?\s+such as\s+")
# More of a kind of act, as a policy: 'has since increased air policing and exercises in the Baltic states'
STEPPED_UP_BEFORE = re.compile(r"\b(?:increas(?:ed|es|ing)|step(?:ped|s|ping)\s+up|boost(?:ed|s|ing)|intensif(?:ied|ies|ying)|"
                               r"ramp(?:ed|s|ing)\s+up|scal(?:ed|es|ing)\s+up)\s+(?:[\w-]+\s+){0,3}$")


# The sanctions that name whom a measure is aimed at, told before it: 'and other countries that had imposed sanctions'.
THOSE_WHO_HAD_IMPOSED = re.compile(r"\b(?:countries|states|nations|governments)\s+(?:that|which|who)\s+(?:had|have)\s+"
                                   r"(?:\w+\s+)?(?:imposed|introduced|slapped|joined)\s+$")
# Drills named only as the span of something else: 'moved 600 paratroopers to the Baltic states for the duration of
# the exercise' (an exercise told before, not one the subject holds).
DURATION_OF_BEFORE = re.compile(r"\bfor\s+the\s+duration\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$", re.I)


# A clause that there can be no such thing, then a verb joined after it: the verb is not in its modal's reach
THERE_BE_NO_AND = re.compile(r"\bthere\s+(?:could|would|can|will|should|must)\s+be\s+no\b[^,;]{0,80}?\s+and\s+$")


# A gerund opening the sentence, then what doing it would be or mean ('Expelling diplomats or cancelling the visit would
# be a huge step back')
GERUND_JUDGED_AFTER = re.compile(r"[^,;.:]{0,80}?\b(?:would|could|might)\s+(?:be|mean|amount|constitute|send|cause|provoke)\b")


# Measures someone is preparing or drafting ('the bloc is preparing sanctions against Belarusian officials').
MEASURES_PREPARED = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:preparing|drafting|drawing up)\s+"
                               r"(?:(?:new|fresh|further|more|additional|its own|their own|targeted|possible)\s+)*$")


def blocked_by_modality(text_before: str, trigger: str, sentence_before: str = "", event_type: str = "",
                        sentence_after: str = "") -> bool:
    """True when the words just before a trigger negate it, make it hypothetical or only propose it (not a state's
    demand that another cut its mission: that demand is the cut, as an order is). ``sentence_after`` is the rest of
    the sentence: a verb of saying that closes it reports what 'would' be done."""
    if "," in sentence_before[-40:] and NEGATED_ACROSS_ASIDE.search(sentence_before[-60:]):
        return True  # 'The leaders did not, however, impose sanctions': the clause after the aside is negated
    if sentence_after and trigger[-3:] == "ing" and not text_before.strip(" \"“‘'(") and \
            GERUND_JUDGED_AFTER.match(sentence_after) is not None:
        return True  # 'Expelling diplomats would be a huge step back': what doing it would mean, not a deed
    reported = REPORTING.search(sentence_before) or (", " in sentence_after and SAID_AT_END.search(sentence_after))
    if " would be " in trigger and not reported:
        return True  # 'contacts would be suspended' is a decision only when reported ('said ... would be', '..., he said')
    if text_before.endswith((", ", "and ")) and "to " in sentence_before and PLANNED_LIST.search(sentence_before[-220:]):
        return True  # 'planning to storm parliament, fire on supporters and ...': each verb of the list is planned
    if text_before.endswith(('" ', '” ')):
        text_before = SCARE_QUOTES.sub(r"\1 ", text_before)  # 'said it was "considering" expelling'
    if (colon := text_before.rfind(": ")) >= 0 and ";" not in text_before[colon:] and \
            PROPOSED_BEFORE_COLON.search(text_before, max(0, colon - 90), colon + 2):
        return True  # 'went on television to recommend a mirror response: declaring 31 diplomats persona non grata'
    at = last_mark(text_before)
    if at > 0 and (text_before[at] == "“" or text_before[at] == '"' and text_before.count('"') % 2) and \
            QUOTED_IN_CLAUSE.search(text_before, 0, at):
        text_before = text_before[:at] + " " + text_before[at + 1:]  # 'did not want to start "a cycle of ... conflict"':
        at = last_mark(text_before)  # the quoted words are the verb's object, in reach of its negation
    window = text_before[at + 1:]
    steps = at > 0 and LIST_OF_STEPS.match(window) is not None
    if steps:  # 'argued for tougher steps, including calling off ...': those steps', whatever breaks the list holds
        window = text_before[last_mark(text_before[:at]) + 1:]
    elif holds_any(window, BREAK_LITERALS):
        window = MODALITY_BREAK.split(window)[-1]
    if text_before.endswith("and ") and (no_such := THERE_BE_NO_AND.search(window)) is not None:
        window = window[no_such.end():]  # 'said there could be no business as usual and put ... on hold': said's verb
    # a verb joined by 'and' to one before shares its modal ('could deploy missiles ... and pull out of the treaty')
    window = window[-160:] if text_before.endswith("and ") else window[-70:]
    if event_type == "sanctions" and "ing " in window and MEASURES_PREPARED.search(window):
        return True  # 'the bloc is preparing sanctions against ...': not yet imposed (an exercise prepared is held)
    rules = lexicon.modality_rules()
    for i in modality_cues().candidates(window):
        pattern = rules[i][1]
        hit = pattern.search(window)
        if not hit or pattern.search(trigger):
            continue
        if hit.group(0).lower() == "would" and (reported or ANNOUNCEMENT_THAT.search(sentence_before)) and \
                not COUNTERFACTUAL_AFTER.match(window, hit.end()):
            continue  # 'said it would expel' reports a decision; 'said they would have been expelled' does not
        if event_type == "reduce_mission" and hit.group(0).lower().startswith("demand"):
            continue
        if rules[i][0] == "negation" and window.startswith("since", hit.end() + 1):
            continue  # 'Not since the 2008 war in Georgia have relations ...': the war took place
        if rules[i][0] == "proposal" and event_type == "talks" and SETTING_BEFORE.search(window, hit.end()):
            continue  # 'proposed a summit during a phone call with Putin': the call in which it was proposed took place
        if rules[i][0] == "proposal" and " since " in window[hit.end():]:
            continue  # 'has pressed for a permanent presence since Russia's war with Georgia': the war took place
        if rules[i][0] == "negation" and PRESUPPOSING.search(window, hit.end()):
            continue  # 'has never recognized Russia's 2014 annexation': the annexation took place
        if rules[i][0] == "negation" and event_type == "sanctions" and JOINED_MEASURE.search(window, hit.end()):
            continue  # 'refused to join EU sanctions': the EU's sanctions were imposed
        if rules[i][0] == "denial" and JOINED_PAST_VERB.search(window, hit.end()):
            continue  # 'Moscow denied the claims and retaliated by expelling two': the denial is done
        if rules[i][0] == "negation" and RELATIVE_BEFORE_TRIGGER.search(window, hit.end()):
            continue  # 'did not join the 25 countries that expelled': the relative clause's own verb
        if rules[i][0] == "scenario" and event_type and event_type != "armed_conflict":
            continue  # 'simulated an attack', 'rehearsing' tell a drill, which is an exercise of its own
        if event_type == "military_exercise" and DUE_TO_BEGIN.search(hit.group(0)):
            continue  # 'are due to begin the annual Sea Breeze exercise': its dates are set, as a drill's are
        if text_before.endswith("and ") and PAST_FORM.match(trigger) and \
                (that := REPORTED_THAT.search(window, 0, hit.start())) is not None and "," not in window[that.end(): hit.start()]:
            continue  # 'declared that there could be no business as usual and suspended meetings': the modal is the
            # reported clause's; the trigger is a verb of its own, joined to the reporting one
        return True
    return False


# The meeting in which something was proposed or urged, right before its trigger: 'during a phone call with', 'at
# their summit'
SETTING_BEFORE = re.compile(r"\b(?:during|in the course of|on the sidelines of|at|in)\s+(?:a|an|the|their|his|her|its)\s+"
                            r"(?:[\w'’-]+\s+){0,3}$")
# An announcement that reports a decision: 'Thursday's announcement by Lavrov that Moscow would expel 60 diplomats'.
ANNOUNCEMENT_THAT = re.compile(r"\b(?:announcement|statement|declaration)\b[^.;,]{0,60}\bthat\s")
# A negation before an aside that splits it from its verb ('did not, however, impose').
NEGATED_ACROSS_ASIDE = re.compile(r"\b(?:not|never)\s*,\s+(?:however|though|therefore|moreover|in the end|in fact|so far|"
                                  r"yet|for now|as yet)\s*,\s+(?:[\w'’-]+\s+){0,2}$", re.I)
LIST_OF_STEPS = re.compile(r"\s*(?:including|such as|among them)\s")
# A proposal whose content a colon opens ('recommend a mirror response: declaring 31 ... persona non grata')
PROPOSED_BEFORE_COLON = re.compile(r"\b(?:recommend\w*|propos\w*|suggest\w*|call(?:ed|s|ing)? for|urg(?:e|es|ed|ing)|"
                                   r"option\w*|demand\w*)\b[^.;:]{0,60}:\s$")
# A reporting verb in the past and the 'that' opening what it reports; a simple past ('suspended')
REPORTED_THAT = re.compile(r"\b(?:said|declared|announced|stated|agreed|warned|insisted|argued|noted|made clear)\s+that\s")
PAST_FORM = re.compile(r"[a-z]+ed\b")


DUE_TO_BEGIN = re.compile(r"\b(?:due|scheduled|set|slated)\s+to\s+(?:begin|start|kick off|launch)\b")


# -- figures ------------------------------------------------------------------------------------------------

# -- one sentence -------------------------------------------------------------------------------------------

def watched_by_leader(sentence: str, actors: Sequence[ActorMention], m: re.Match[str], c_start: int) -> bool:
    """Whether a person the lexicon names watched or inspected the drills a noun trigger names: they are his state's."""
    if (watched := WATCHED_BEFORE.search(sentence, max(c_start, m.start() - 50), m.start())) is None:
        return False
    who = subject_before(sentence, actors, c_start, watched.start())
    return who is not None and who.kind == "person"


def light_verb_before(sentence: str, start: int, end: int) -> bool:
    """Whether a light verb makes a noun trigger an act ('imposed new sanctions'): :data:`LIGHT_VERB` in
    ``sentence[start:end]``, searched only after its last '.', ';' or ',' (none is in a match of it)."""
    before = sentence[start: end]
    return bool(LIGHT_VERB.search(before, max(before.rfind("."), before.rfind(";"), before.rfind(","), -1) + 1))


@lru_cache(maxsize=1)
def trigger_patterns() -> tuple[re.Pattern[str], ...]:
    """The trigger rules' lower-case patterns, in rule order (as :func:`lexicon.trigger_cues` indexes them)."""
    return tuple(r.lower for r in lexicon.trigger_rules())


def find_triggers(sentence: str) -> list[tuple[lexicon.TriggerRule, re.Match[str]]]:
    """Trigger matches of a sentence; where two overlap the one that holds a negation, or calls a meeting off,
    wins ('will not attend a council meeting', 'called off plans to attend a council meeting': no talks), else the
    longer, else a taking of territory ('troops seized Crimea': annexation, not the troops' attack)."""
    lower = sentence.lower()
    if len(lower) == len(sentence):
        rules = lexicon.trigger_rules()
        hits = [(rules[i], m) for i, m in lexicon.trigger_cues().matches(lower, trigger_patterns(), lower)]
    else:
        hits = [(rule, m) for rule in lexicon.trigger_rules() for m in rule.pattern.finditer(sentence)]
    if any(party_next(rule, m) for rule, m in hits):  # before overlaps are settled: one that fails yields
        hits = [(rule, m) for rule, m in hits
                if not (kind := party_next(rule, m)) or named_next(sentence, find_actors(sentence), m.end(), kind)]
    if len(hits) < 2:  # most sentences: none, else one
        return hits
    called_off = [m for rule, m in hits if rule.event_type == "cancel_meeting"]
    if called_off:  # a meeting called off is no meeting held
        hits = [(rule, m) for rule, m in hits if rule.event_type != "talks" or
                all(m.end() <= c.start() or m.start() >= c.end() for c in called_off)]
    hits.sort(key=lambda h: ("not " not in h[1].group(0) and "n't " not in h[1].group(0),
                             -(h[1].end() - h[1].start()), h[0].event_type != "annexation", h[1].start()))
    kept: list[tuple[lexicon.TriggerRule, re.Match[str]]] = []
    for rule, m in hits:
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((rule, m))
    return sorted(kept, key=lambda h: h[1].start())


# A sentence opening with a clause that may name its subject after a pronoun ('After it was hit, Turkey ...').
SUBORDINATE_OPEN = re.compile(r"\W*(?:after|when|before|since|as|while|although|though|once|until|if)\b", re.I)


def pronoun_first(sentence: str, start: int, pos: int) -> bool:
    """True when a pronoun stands in ``sentence[start:pos]`` of a sentence not opening with a subordinate clause
    ('On 29 March it announced that 60 US diplomats ...'): the subject is who it stands for, not a name after it."""
    pronoun = None if SUBORDINATE_OPEN.match(sentence) else last_pronoun(sentence, start, pos)
    return pronoun is not None and not EXPLETIVE_IT.match(sentence, start + pronoun.start())


# 'It is the choice of the American side', 'it was clear that': no one the pronoun stands for.
EXPLETIVE_IT = re.compile(r"[Ii]t(?:\s+(?:is|was)\b|['’]s\b)")


# The verbs of a host, whose guest a talks trigger names: 'hosted Putin at', 'received Vladimir Putin at'.
HOSTING = re.compile(r"(?:host|receiv|welcom)\w*\s", re.I)
GUEST_PRONOUN = re.compile(r"\s(?:him|her|them)\s")  # 'hosting him in Paris for talks': who it stands for


def guest_end(hosted: str) -> int:
    """Where the guest of a host's trigger ends: before the place it was received at or in, if one is named."""
    place = max(hosted.rfind(" at "), hosted.rfind(" in "))
    return place if place > 0 else len(hosted)


# An exercise's name with its year ('Zapad 2013', 'Kavkaz-2008'): a month of its clause is of that year.
NAME_YEAR = re.compile(r"\b(?!(?:In|Since|By|From|Until|Before|After|During|And|The|Of|As)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?[- ]"
                       r"((?:19|20)\d\d)\b")
# A figure told as the one before it in the sentence: 'ordered the same number of Russians to leave'.
SAME_NUMBER = re.compile(r"\bthe same number\b")


# Talks triggers that end in a look for a name and hold only if a party of some kind is named there ('visited
# Moscow', 'raised it with Putin'), by their first letters: the rules read no case, so 'visited the troops' or
# 'raised it with Moscow' match them too.
NAMED_NEXT = {"visi": "capital", "rais": "person"}


def party_next(rule: lexicon.TriggerRule, m: re.Match[str]) -> str:
    """The kind of party a trigger needs named right after it (see NAMED_NEXT), or ''."""
    if rule.event_type != "talks" or not rule.lower.pattern.endswith(r"\s+(?=[a-z])"):
        return ""
    return NAMED_NEXT.get(m.group(0)[:4], "")


def named_next(sentence: str, actors: Sequence[ActorMention], end: int, kind: str) -> bool:
    """Whether a party of ``kind`` is named right after a trigger ending at ``end`` ('visited Moscow': a capital;
    'raised it with Putin': a person), 'the' aside."""
    party = next((a for a in actors if a.start >= end), None)
    return party is not None and party.participant and party.kind == kind and sentence[end: party.start] in ("", "the ")


def sentence_events(sentence: str, index: int,
                    previous: ActorMention | Callable[[], ActorMention | None] | None = None,
                    council: bool = False, triggers: list | None = None,
                    pair: Sequence[ActorMention] = (), voice: ActorMention | None = None) -> list[EventMention]:
    """Every event mention of one sentence, with actor, target, figure and date expressions; ``previous`` is
    who the sentence before was about (for 'they' and 'we' with no antecedent here), or a function giving it,
    called only when this sentence's first clause has no subject (so only for a sentence unlike those before:
    a subject of its own is then never that one); ``triggers`` its :func:`find_triggers` if already known;
    ``pair`` the two parties named last before it ('the two leaders'); ``voice`` who 'we' is outside quotes."""
    if triggers is None:
        triggers = find_triggers(sentence)
    if not triggers:
        return []
    actors = find_actors(sentence)
    if voice is not None and ("we " in sentence or "We " in sentence):
        # on an official site 'we' outside quotes is the party it speaks for, in any clause ('..., when we expelled')
        actors = sorted([*actors, *(ActorMention(we.start(), we.end(), voice.code, voice.kind, we.group(0), True)
                                    for we in FIRST_PERSON.finditer(sentence)
                                    if QUOTE_MARK.search(sentence, 0, we.start()) is None)])
    hidden = embedded_clauses(sentence, actors)
    clauses = split_clauses(sentence, actors, hidden)
    main = subject_of(sentence, actors, *clauses[0]) if clauses else None
    if main is not None and main.start > triggers[0][1].start() and pronoun_first(sentence, clauses[0][0], triggers[0][1].start()):
        main = None  # 'In late February he ordered a snap drill ... in western Russia': he is who came before
    if voice is not None and (we := FIRST_PERSON.search(sentence, 0, triggers[0][1].start())) is not None and \
            (main is None or we.start() < main.start) and QUOTE_MARK.search(sentence, 0, we.start()) is None:
        main, carried = voice, True  # 'We have decided to suspend ...' on NATO's site: NATO
    elif main is None:
        main = previous() if callable(previous) else previous
        carried = main is not None
    else:  # the same object only when the sentence before is this one's twin (a function is then never given)
        carried = main is previous
    nrc = bool(NRC_NAMED.search(sentence)) or (council and bool(COUNCIL.search(sentence)))
    trigger_starts = [t.start() for _, t in triggers]
    trigger_ends = {t.start(): t.end() for _, t in triggers}
    dates: list[DateMention] | None = None  # found when the first mention needs them
    out: list[EventMention] = []
    for rule, m in triggers:
        c_start, c_end = clause_of(clauses, m.start())
        if blocked_by_modality(sentence[c_start: m.start()], m.group(0), sentence[: m.start()], rule.event_type,
                               sentence[m.end():]) and not (
                rule.form == "noun" and rule.event_type == "sanctions" and "impos" in sentence and
                IMPOSED_AFTER.match(sentence, m.end()) is not None) or (  # 'could ease the sanctions Washington imposed'
                rule.form == "noun" and (sentence.find(" to ", m.end(), c_end) >= 0 and FUTURE_AFTER.match(sentence, m.end(), c_end)
                                         or sentence.find("not ", m.end()) >= 0 and NOT_HELD_AFTER.match(sentence, m.end())
                                         or " on the table" in sentence and ON_THE_TABLE_AFTER.match(sentence, m.end())
                                         or holds_any(sentence, MODALS) and MODAL_RELATIVE_AFTER.match(sentence, m.end())
                                         or " if " in sentence and IF_AFTER.match(sentence, m.end()))):
            continue
        if rule.event_type == "sanctions" and rule.form == "noun" and " that " in sentence and \
                THOSE_WHO_HAD_IMPOSED.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # 'banned food from the US, the EU and other countries that had imposed sanctions': who they are
        if rule.event_type == "talks" and HOSTING.match(m.group(0)) and not GUEST_PRONOUN.search(m.group(0)) and not any(
                m.start() < a.start < m.start() + guest_end(m.group(0)) and a.participant for a in actors):
            continue  # a guest who is no party ('hosted exercises in', 'received reports at'): the rules read no case
        if rule.event_type == "military_exercise" and rule.form == "noun" and (
                CLAIMED_DRILLS_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) and
                not DRILLS_AS_COVER.search(sentence, max(c_start, m.start() - COVER_REACH), m.start()) or
                STEPPED_UP_BEFORE.search(sentence, max(c_start, m.start() - 50), m.start()) or
                "duration" in sentence and DURATION_OF_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) or
                ("ooperation" in sentence or "including" in sentence or "such as" in sentence) and
                KINDS_LISTED_BEFORE.search(sentence, max(0, m.start() - 90), m.start())):
            continue  # 'has since increased air policing and exercises', 'cooperation, including joint exercises', 'measures,
            # including more exercises': no one exercise; 'for the duration of the exercise': one told before
        if rule.event_type == "military_exercise" and rule.form == "noun" and "such as" in sentence and \
                KIND_OF_DRILLS.fullmatch(m.group(0)) and (such := SUCH_AS_AFTER.match(sentence, m.end())) is not None and \
                any(r.event_type == "military_exercise" and such.end() <= t.start() < such.end() + 40 for r, t in triggers):
            continue  # 'Western drills near Russia's borders, such as NATO's Trident Juncture': the example is the exercise
        if rule.event_type == "military_exercise" and any(
                r.event_type in ("suspend_cooperation", "cancel_meeting") and t.start() < m.start() and
                HALTED_ITEMS.search(sentence, t.start(), m.start()) for r, t in triggers):
            continue  # 'put all military engagements with Russia on hold, including exercises, port visits and ...'
        seen = actors  # the names of a relative clause the trigger is not in are not its parties
        if hidden and not any(lo <= m.start() < hi for lo, hi in hidden):
            seen = tuple(a for a in actors if not any(lo <= a.start < hi for lo, hi in hidden))
        light = rule.form == "noun" and (light_verb_before(sentence, c_start, m.start()) or (
            rule.event_type == "military_exercise" and (
                DRILLS_AS_COVER.search(sentence, max(c_start, m.start() - COVER_REACH), m.start()) or watched_by_leader(sentence, seen, m, c_start)))
            or rule.event_type == "sanctions" and "add" in sentence[c_start: m.start()]
            and ADDED_TO.search(sentence, c_start, m.start()) is not None)  # 'adding Iceland to its ban': a verb's act
        if hidden and (resumed := next((lo for lo, hi in hidden if hi == c_start and lo > 0), None)) is not None:
            # 'and Ukraine, which is not in the EU, expelled 13': the clause resumes after the relative clause
            c_start = clause_of(clauses, resumed - 1)[0]
        mentions = event_from_trigger(sentence, index, rule, m, seen, (c_start, c_end), main, nrc,
                                      carried=carried, pair=pair, light=light)
        if rule.event_type == "poisoning":
            for ev in mentions:
                if ev.target == "RUS" and ev.target_text.lower().startswith("russian"):
                    ev.target = ev.target_text = ""  # 'the attack on the former Russian spy': his nationality, no target
        if rule.event_type == "sanctions" and m.group(0).endswith("from entering"):
            mentions = [entry_ban_sides(ev, seen, sentence, m.start(), m.end()) for ev in mentions]
        if rule.event_type == "sanctions" and mentions and (
                "align" in sentence or "join" in sentence or "adopt" in sentence or "follow" in sentence or
                " line" in sentence or "signed up" in sentence):
            if joiner := joined_in_act(sentence, seen, m.start(), c_start, main):
                mentions = [copied(mentions[0], actor=joiner.code, actor_text=joiner.text, actor_origin="text")]
            elif aligned := aligned_with(mentions[0], sentence, seen, m.start(), c_start, main):
                # the owner's measures are an event of their own only where the sentence tells them as one
                # ('joined the EU sanctions imposed on Russia'), not in 'joined the EU sanctions against Russia'
                mentions = (mentions if OWNERS_ACT_AFTER.match(sentence, m.end()) else []) + aligned + mentions[1:]
        if rule.event_type in SEPARATE_ACTS:
            mentions = [c for ev in mentions for c in with_coordinated_actors(ev, sentence, seen, m.start())]
            if mentions and "each" in sentence:
                mentions = reciprocal(mentions, sentence, seen, m.start())
            if " by " in sentence or " from " in sentence:
                mentions = [c for ev in mentions for c in with_coordinated_agents(ev, sentence, seen, m.end())]
            if " that " in sentence or " which " in sentence:
                mentions = [c for ev in mentions for c in with_relative_agents(ev, sentence, seen, m.end())]
            if "respectively" in sentence:
                respective_figures(mentions, sentence, m.start())
            mentions = [c for ev in mentions for c in with_coordinated_targets(ev, sentence, seen, m.start())]
        if not mentions:
            continue
        if dates is None:
            dates = find_date_mentions(sentence)
        verbal = rule.form != "noun" or light
        for ev in mentions:
            ev.date_mentions = dates_for(dates, m.start(), (c_start, c_end), sentence, rule.event_type,
                                         trigger_starts, verbal, trigger_ends)
            if not ev.date_mentions and rule.form == "noun":
                ev.date_mentions = dates_of_relative_start(dates, sentence, m.end())
            if rule.event_type == "military_exercise" and ev.date_mentions and \
                    (named := NAME_YEAR.search(sentence, c_start, c_end)) is not None:
                year = DateMention(named.start(1), named.end(1), "year", named.group(1), int(named.group(1)))
                ev.date_mentions = [in_year_of(d, year) for d in ev.date_mentions]  # 'Zapad 2013 ... in September'
            if rule.event_type == "armed_conflict" and not ev.actor and not ev.target and \
                    (bare := BARE_WAR_BEFORE.search(sentence, max(0, m.start() - 30), m.start())) and \
                    WAR_WORD.fullmatch(m.group(0)) and not NAMED_AFTER_WAR.match(sentence, m.end()):
                ev.anaphoric = True  # 'frozen after the war': its parties and date are the war's, not the clause's
                ev.date_mentions = [d for d in ev.date_mentions if d.start >= bare.start() and (
                    d.end <= m.end() or DATE_AFTER_WAR.fullmatch(sentence, m.end(), d.start))]
            if rule.event_type == "expel_diplomats" and ev.count is None and not ev.actor_text and not ev.target_text and \
                    m.group(0).startswith("expulsions") and DEFINITE_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) \
                    and not OF_AFTER.match(sentence, m.end()):
                ev.anaphoric = True  # 'The expulsions come a day after ...': those the article reported
            if rule.event_type == "sanctions" and MEASURES_NAMED_BEFORE.search(m.group(0)):
                ev.anaphoric = True  # 'The measures were first imposed in 2014': the sanctions the article named
            if not ev.date_mentions and out and CONSEQUENCE_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
                ev.date_mentions = list(out[-1].date_mentions)  # '..., prompting the EU to impose sanctions'
            if not ev.date_mentions and out and verbal and out[-1].actor == ev.actor and \
                    (told := [d for d in out[-1].date_mentions if out[-1].trigger_start < d.start < m.start()
                              or 0 <= out[-1].trigger_start - d.end <= 2]) and \
                    SHARED_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                ev.date_mentions = told  # 'expelled 35 on Thursday and imposed sanctions on': the first verb's time

            if not ev.date_mentions and "s of " in sentence[max(0, m.start() - 40): m.start()] and \
                    (span := DURATION_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
                ev.shift = (span.group("unit").lower(), -(to_int(span.group("n")) or 0))  # 'six years of sanctions'
            if ev.event_type == "expel_diplomats" and ev.count is None and out and \
                    SAME_NUMBER.search(sentence, m.start(), m.end() + 25) and \
                    (told := next((o for o in reversed(out) if o.event_type == ev.event_type and o.count is not None), None)):
                ev.count = told.count  # 'Russia expelled 23 British diplomats after May ordered the same number of Russians'
            if ev.event_type == "expel_diplomats" and out and ELIDED_PEOPLE.match(sentence, m.end()):
                elided_target(ev, out)
            if ev.event_type == "expel_diplomats" and ev.count is None and rule.form == "verb" and \
                    ONE_PERSON_AFTER.match(sentence, m.end()):
                ev.count, ev.count_qualifier = 1, "exact"  # 'Austria has expelled a Russian diplomat': one
            out.append(ev)
            if ev.event_type == "expel_diplomats" and ev.count is not None and dates:
                out.extend(elliptical_half(ev, sentence, dates, m.end(), c_end, trigger_starts))
            if ev.event_type == "expel_diplomats" and ev.count is not None:
                if ev.actor:
                    out.extend(gapped_actor(ev, sentence, seen, m.end(), as_targets=rule.form == "passive" and (
                        SO_MANY_LOST.fullmatch(m.group(0)) is not None or WITHDRAW_SO_MANY.search(m.group(0)) is not None)))
                if ev.target and " from " in sentence:
                    out.extend(gapped_targets(ev, sentence, seen, m.end()))
            elif ev.event_type == "expel_diplomats" and " from " in sentence and (
                    "including" in sentence or "among them" in sentence or "of them" in sentence):
                out.extend(gapped_targets(ev, sentence, seen, m.end(), included=True))
    if out and len(out) > 1:
        date_by_twin(out, sentence)
        date_by_when_clause(out, sentence)
        date_by_cause(out, sentence)
        if any(ev.event_type == "expel_diplomats" for ev in out):
            out = [ev for ev in out if not (ev.event_type == "sanctions" and OTHERS_BARRED.match(ev.trigger))]
    return drop_accreditation_of_closed_missions(one_exercise_per_clause(out, clauses)) if out else out


# One person right after an expulsion's verb: 'expelled a Russian diplomat', 'declared an embassy official'.
ONE_PERSON_AFTER = re.compile(r"\s+(?:a|an)\s+(?:[\w.-]+\s+){0,3}?(?:diplomat|official|attach[eé]|envoy|staffer|employee|"
                              r"consul|counsellor|counselor|secretary)\b(?!\s+(?:and|or)\s+(?:a|an|two|three|\d))", re.I)
# A figure with no noun right after an expulsion's verb ('and Lithuania expelled three, officials said'): people of
# the kind named before.
ELIDED_PEOPLE = re.compile(rf"\s+(?:(?:another|a\s+further|a\s+total\s+of)\s+)?(?i:{NUM})(?=\s*(?:[,.;]|$|and\b|each\b))")


def elided_target(ev: EventMention, before: Sequence[EventMention]) -> None:
    """Whose people an expulsion of a bare figure sends home: those of the expulsion before it in the sentence
    ('Latvia expelled one Russian diplomat and Lithuania expelled three': Russians), or, if that one expelled the
    expeller's own, the other side's ('Russia expelled 23 British diplomats and Britain expelled 23'); the one
    read already from the verb before, if that was this one's ('X expelled one Russian and Y expelled three')."""
    last = next((o for o in reversed(before) if o.event_type == "expel_diplomats" and o.target and o.actor), None)
    if last is None or not ev.actor:
        return
    if last.actor == ev.actor and last.count == ev.count:  # the act already read from the verb before
        ev.target, ev.target_text = last.target, last.target_text
        return
    whose = last.actor if last.target == ev.actor else last.target
    if whose != ev.actor:
        ev.target, ev.target_text = whose, last.actor_text if whose == last.actor else last.target_text


def entry_ban_sides(ev: EventMention, actors: Sequence[ActorMention], sentence: str, start: int, end: int) -> EventMention:
    """'... adding eight U.S. officials to a list of people barred from entering Russia': the state they may not
    enter bans them, whoever the clause's subject seemed to be; 'eight US officials ... would be banned from
    entering Russia': the people banned are the ones named before."""
    entered = next((a for a in actors if 0 < a.start - end <= 5 and a.kind in PLACE_KINDS), None)
    if entered is not None and ev.actor == entered.code and not ev.target and (banned := [
            a for a in actors if a.end <= start and a.code != entered.code and a.kind in ("demonym", "state") and
            ORIGIN_NOUN_AFTER.match(sentence, a.end)]):
        return copied(ev, target=banned[-1].code, target_text=banned[-1].text)
    if entered is None or ev.actor == entered.code or ev.target != entered.code:
        return ev
    return copied(ev, actor=ev.target, actor_text=ev.target_text, target=ev.actor, target_text=ev.actor_text)


# 'expelling two Russian diplomats and barring two others from entering the country': more of the expelled kind
OTHERS_BARRED = re.compile(r"(?:bar|ban)\w*\s+(?:\w+\s+)?(?:others\b|other\s+(?:Russian\s+)?(?:nationals|Russians|citizens|people|"
                           r"individuals|officials|diplomats)\b)")


# Troops put through or massed under the name of drills: the drills are the subject's ('Russia put 150,000 troops
# through snap exercises', '... massed troops in what Moscow called snap checks', '... under the pretext of exercises').
# Forces ordered, put or sent into an exercise by the subject of the clause
FORCES_PUT_IN = re.compile(r"\b(?:ordered|put|placed|sent|mobili[sz]ed|deployed|moved|raised|brought)\b[^.;]{0,80}?\b"
                           r"(?:in|into|for|during|as part of)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}$")
# A deployment that one side says is for exercises ('Moscow says the troops are there for routine exercises', 'a
# deployment Moscow has described as exercises'): a claim about a build-up, no exercise of its own
CLAIMED_DRILLS_BEFORE = re.compile(r"\b(?:says?|said|describ(?:es|ed)|calls?|called|insist(?:s|ed)?|claim(?:s|ed)?|"
                                   r"maintain(?:s|ed)?)\b[^.;]{0,50}?\b(?:as|for|are|were)\s+"
                                   r"(?:(?:routine|planned|military|snap|training|defensive|scheduled)\s+)?$")
COVER_REACH = 60  # how far before drills a cover is looked for ('in what Moscow described as snap combat-readiness')
CALLED_AS = r"(?:called|calls|described as|describes as|dubbed|said (?:was|were)|says (?:is|are|was|were))"
DRILLS_AS_COVER = re.compile(r"\b(?:through|under the (?:pretext|guise|cover) of|as part of|(?:in|during|as part of) what \w+(?: \w+)? "
                             + CALLED_AS + r")\s+(?:[\w-]+\s+){0,3}$")
# Who said a move was part of drills: 'saying the transfer was part of regular military drills', 'said it was part of
# routine exercises', 'describing the step as part of routine drills'.
SAID_PART_OF = re.compile(r"\b(?:saying|said|says|describing|described|calling|called)\b[^.;]{0,60}?\b(?:was|were|is|are|as)\s+"
                          r"(?:a\s+)?part\s+of\s+(?:(?:regular|routine|planned|scheduled|military|snap|its|their)\s+){0,3}$")
WHAT_IT_CALLED = re.compile(r"\bwhat (?P<who>\w+(?: \w+)?) " + CALLED_AS + r"\s+(?:[\w-]+\s+){0,3}$")
# A leader or minister who watched or inspected drills ('Shoigu announced the pullback after watching exercises at
# Opuk'): his state's drills (an observer of another state's drills is no leader of it).
WATCHED_BEFORE = re.compile(r"\b(?:watch(?:ed|es|ing)?|observ(?:ed|es|ing)|overs(?:aw|ee|ees|eeing)|inspect(?:ed|s|ing)|"
                            r"review(?:ed|s|ing))\s+(?:[\w-]+\s+){0,3}$")
# 'since the war', 'after the five-day war', 'in protest at that war': a war the article has named, or a well-known one
BARE_WAR_BEFORE = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing|[Dd]uring|over|until|at|of|from|in|to|by)\s+"
                             r"(?:the|that|this)\s+(?:(?:[a-z]+-day|brief|short|August|\d{4})\s+)?$")
NAMED_AFTER_WAR = re.compile(r"\s+(?:in|with|over|between|against|on|of|there|that)\b(?!\s+(?:[A-Z][a-z]+\s+)?\d)")
OF_AFTER = re.compile(r"\s+(?:of|by)\b")
# Sanctions named by 'the measures' or 'them' (data/triggers.csv): those of an earlier sentence.
MEASURES_NAMED_BEFORE = re.compile(r"^(?:the|these|those|such)\s|\sthem$", re.I)
DATE_AFTER_WAR = re.compile(r"\s+(?:(?:began|started|broke out|erupted)\s+)?(?:in|of|on)\s+")

# 'its war in the Donbas, which began in April 2014, ...', 'sanctions on Russia, imposed over Crimea in 2014':
# a relative clause (or a participle) that says when the noun's event began
# What joins a measure to the act it answers ('sanctions imposed over Russia's annexation of Crimea in 2014').
CAUSE_BETWEEN = re.compile(r"\b(?:over|after|following|since|in response to|in retaliation for)\b[^;]*$")
ANSWERS = ("sanctions", "expel_diplomats", "suspend_cooperation")


# What joins a name to a noun in apposition: 'Sea Breeze 2019, a naval exercise', 'Zapad, the joint drills'.
APPOSITION = re.compile(r",\s+(?:a|an|the|this year's|last year's)\s+(?:[\w-]+\s+){0,3}")


def appositive_pair(a: EventMention, b: EventMention) -> bool:
    """Whether the later of two triggers stands in apposition to the earlier ('Sea Breeze 2019, a naval exercise')."""
    first, second = sorted((a, b), key=lambda e: e.trigger_start)
    return APPOSITION.fullmatch(first.sentence, first.trigger_start + len(first.trigger), second.trigger_start) is not None


def date_by_twin(events: list[EventMention], sentence: str) -> None:
    """Two triggers of one type a few words apart name one act ('was poisoned with a nerve agent in August', 'Sea
    Breeze 2019, a naval exercise'): the date the nearer one was given is the other's too."""
    for ev in events:
        if ev.date_mentions or ev.shift is not None:
            continue
        twin = next((o for o in events if o is not ev and o.event_type == ev.event_type and o.date_mentions and
                     0 < abs(o.trigger_start - ev.trigger_start) <= 30 and (
                         not re.search(r"[,;]", sentence[min(o.trigger_start, ev.trigger_start): max(o.trigger_start, ev.trigger_start)])
                         or appositive_pair(o, ev))),
                    None)
        if twin is not None:
            ev.date_mentions, ev.shift = list(twin.date_mentions), twin.shift


# A sentence that opens with what the main clause's act came with: 'When more than 20 Western countries expelled
# Russian diplomats ... in March 2018, Italy expelled two'.
WHEN_OPENING = re.compile(r"(?:When|As)\s")


def date_by_when_clause(events: list[EventMention], sentence: str) -> None:
    """An undated act of the main clause after an opening 'When ...' clause with an act of its type is of that
    clause's date ('When more than 20 Western countries expelled Russian diplomats after the poisoning ... in March
    2018, Italy expelled two')."""
    if not WHEN_OPENING.match(sentence):
        return
    for ev in events:
        if ev.date_mentions or ev.shift is not None or (comma := sentence.rfind(", ", 0, ev.trigger_start)) < 0:
            continue
        opening = [o for o in events if o.trigger_start < comma]
        donor = next((o for o in reversed(opening) if o.date_mentions), None)
        if donor is not None and any(o.event_type == ev.event_type for o in opening):
            ev.date_mentions, ev.shift = list(donor.date_mentions), donor.shift


def caused_by(sentence: str, measure: int, cause: int) -> bool:
    """Whether the trigger at ``cause`` names what the measure at ``measure`` answered ('sanctions over the
    annexation'); not after a superlative, whose 'since' bounds a time ('the toughest sanctions ... since the
    annexation of Crimea in 2014')."""
    link = CAUSE_BETWEEN.search(sentence, measure, cause)
    return link is not None and not (link.group(0).startswith("since") and
                                     SUPERLATIVE_BEFORE.search(sentence, max(0, measure - 40), measure) is not None)


def date_by_cause(events: list[EventMention], sentence: str) -> None:
    """An undated measure whose cause is dated after it ('the sanctions the EU imposed over its annexation of
    Crimea in 2014'): in the cause's year (a measure follows its cause within months)."""
    for ev in events:
        if ev.event_type not in ANSWERS or ev.date_mentions or ev.shift is not None or \
                PERFECT_JUST_BEFORE.search(sentence, max(0, ev.trigger_start - 30), ev.trigger_start):
            continue  # 'have slapped sanctions on Russia over the seizure ... last November': news of now
        cause = next((c for c in sorted(events, key=lambda c: c.trigger_start) if c.trigger_start > ev.trigger_start
                      and c.event_type != ev.event_type and caused_by(sentence, ev.trigger_start, c.trigger_start)),
                     None)  # the nearest: 'suspended ties after the war, and ... exercises that began in May' is the war's
        if cause is None:  # '... annexed Crimea in 2014, which prompted the EU to impose sanctions'
            cause = next((c for c in sorted(events, key=lambda c: -c.trigger_start) if c.trigger_start < ev.trigger_start
                          and c.event_type != ev.event_type and
                          RESULT_BETWEEN.search(sentence, c.trigger_start, ev.trigger_start)), None)
        if cause is not None and cause.date_mentions:
            ev.date_mentions, ev.shift = [cause.date_mentions[0]], ("year", 0)


PERFECT_JUST_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}$")
# A superlative before a measure: its 'since' bounds a time, it names no cause ('the toughest sanctions Washington
# has imposed on Moscow since the annexation of Crimea in 2014').
SUPERLATIVE_BEFORE = re.compile(r"\b(?:[a-z]+est|most\s+[a-z]+|first|worst)\s+(?:[\w-]+\s+){0,3}$")
# What someone was recovering from happened before the sentence's news ('On February 2, a court ... ruled that he had
# violated his probation while he was recovering in Germany from a near-fatal poisoning').
RECOVERING_FROM_BEFORE = re.compile(r"\brecover(?:s|ed|ing)?\b[^.;]{0,40}?\bfrom\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}$")
CLOSING_DATE = re.compile(r"\s*[.!]?[\"'’”]?\s*")  # a date that ends the sentence
# What an act led to, told after it: ', which prompted the EU to impose', ', leading Washington to expel'.
RESULT_BETWEEN = re.compile(r",\s+(?:which\s+(?:led|prompted|caused|pushed|forced|spurred|triggered|provoked)|leading|prompting|"
                            r"causing|pushing|forcing|spurring|triggering|provoking)\b[^;,]*$")
# What makes a measure news of now whatever its cause ('extended the sanctions imposed over Crimea'), or of many
# years ('a series of sanctions in recent years').
RENEWED_BEFORE = re.compile(r"\b(?:extend|renew|prolong|roll|tighten|expand|widen|broaden|new|fresh|further|additional|"
                            r"latest|more)\w*\b|\bseries of\b|\bin recent years\b|\bover the (?:past|last) \w+ years\b", re.I)


def date_by_known_cause(mentions: list[EventMention], published: PartialDate | None) -> None:
    """A measure dated only by its article whose cause in its sentence is a well-known event of an earlier year
    ('Norway joined EU sanctions after the annexation of Crimea', in 2018): in the cause's year, as
    :func:`date_by_cause` dates it by a cause the text dates."""
    if published is None:
        return
    for ev in mentions:
        if ev.event_type not in ANSWERS or ev.date_origin != "article":
            continue
        cause = next((c for c in mentions if c.sentence_index == ev.sentence_index and c.trigger_start > ev.trigger_start
                      and c.event_type != ev.event_type and c.date_origin == "reference" and c.date is not None
                      and c.date.year < published.year and months_between(c.date, published) >= 12  # else maybe news of now
                      and caused_by(ev.sentence, ev.trigger_start, c.trigger_start)),
                     None)
        if cause is None and (opening := SINCE_OPENING.match(ev.sentence)) is not None and ev.trigger_start > opening.end():
            # 'Since Russia's annexation of Crimea in 2014, Norway has aligned itself with EU sanctions': from then on
            cause = next((c for c in mentions if c.sentence_index == ev.sentence_index and c.trigger_start < opening.end()
                          and c.event_type != ev.event_type and c.date is not None and c.date_origin != "article"
                          and c.date.year < published.year), None)
        if cause is not None and not RENEWED_BEFORE.search(ev.sentence):
            ev.date, ev.date_origin = PartialDate(cause.date.year), "reference"


# A noun trigger named as the cause of a measure before it ('sanctions ... over the poisoning in October').
CAUSE_NOUN_BEFORE = re.compile(r"\b(?:over|for|after|following|in connection with)\s+(?:the|its|his|her|their)\s+"
                               r"(?:[\w'’-]+\s+){0,2}$")


def date_causes_by_reference(mentions: list[EventMention], text: str, published: PartialDate | None) -> None:
    """A well-known event named as the cause of a measure told before it in its sentence ('The EU imposed
    sanctions on six officials over the poisoning in October') takes the well-known event's date: the time
    the clause gives is the measure's."""
    for ev in mentions:
        if ev.date_origin != "text" or not CAUSE_NOUN_BEFORE.search(ev.sentence, max(0, ev.trigger_start - 40),
                                                                   ev.trigger_start):
            continue
        measures = [m for m in mentions if m.sentence_index == ev.sentence_index and m.event_type != ev.event_type
                    and m.trigger_start < ev.trigger_start]
        if measures and (ref := match_reference(ev, text, published)) is not None and ref.date != ev.date:
            told = ev.date
            ev.date, ev.date_origin = ref.date, "reference"
            for measure in measures if told is not None else ():
                if measure.date is None or measure.date_origin != "text" or (
                        measure.date.precision == "year" and measure.date.year == told.year):
                    measure.date, measure.date_origin = told, "text"  # 'in October': the sanctions', more precisely


def date_answers_by_reference(mentions: list[EventMention]) -> None:
    """An answer dated only by its article ('Moscow responded by expelling a similar number') to an act of the
    sentence before that is a well-known event ('Western countries expelled more than 150 Russian diplomats'): in
    that event's month, as :func:`carry_dates` dates an answer by the date the text gives."""
    for ev in mentions:
        if ev.date_origin != "article" or ev.sentence_index == 0 or not CARRIED_OVER.search(ev.sentence):
            continue
        source = next((m for m in mentions if m.sentence_index == ev.sentence_index - 1 and m.event_type == ev.event_type
                       and m.date_origin == "reference" and m.date is not None), None)
        if source is not None:
            ev.date, ev.date_origin = PartialDate(source.date.year, source.date.month), "reference"


# A sentence that opens with what its acts have followed from: 'Since Russia's annexation of Crimea in 2014, '
SINCE_OPENING = re.compile(r"[Ss]ince\s[^,;]{3,80},\s")


# A verb of the present or the future before the trigger, or one that reports it ('announced it was suspending'): the
# act is the news of the article's days, not of the story told.
PRESENT_BEFORE = re.compile(r"\b(?:has|have|is|are|will|would|now|currently|today|this (?:week|month|year)|said|says|told|"
                            r"announc\w*)\b", re.I)


OF_NOW = re.compile(r"[^,;.]*?(?:\bthis (?:week|month|year)\b|\btoday\b)")  # in the trigger's clause, after it


def without_asides(sentence: str) -> str:
    """The sentence with its asides between commas blanked out, offsets kept (see :data:`EMBEDDED`)."""
    return EMBEDDED.sub(lambda m: " " * len(m.group(0)), sentence) if ", " in sentence else sentence


def date_by_narrative(mentions: list[EventMention], published: PartialDate | None) -> None:
    """An act dated only by its article that the story tells right after an act the text dates in an earlier
    year ('The conflict erupted on Aug. 7, 2008 ... Moscow retaliated by suspending military cooperation'): of that
    time, to the month, as a reader follows a story told in the past."""
    if published is None:
        return
    for ev in mentions:
        # an aside's own verb is not the act's tense ('NATO, of which Canada is a member, froze ...')
        if ev.date_origin != "article" or PRESENT_BEFORE.search(without_asides(ev.sentence), 0, ev.trigger_start) or \
                " since " in ev.sentence or not ev.sentence.rstrip().endswith((".", '"', "”")) or \
                NAMED_CAUSE.search(ev.sentence) or OF_NOW.match(ev.sentence, ev.trigger_start):
            continue  # 'its first formal meeting since the conflict': after it; a headline is the news; 'pulled out of
            # a meeting pencilled in for this month': of the article's days
        before = [m for m in mentions if ev.sentence_index - 2 <= m.sentence_index < ev.sentence_index]
        if not before:
            continue
        told = max(before, key=lambda m: (m.sentence_index, m.trigger_start))
        if ev.event_type == "talks" and " since " in told.sentence and \
                SINCE_NAMED_BEFORE.search(told.sentence, max(0, told.trigger_start - 40), told.trigger_start):
            continue  # '... their first formal talks since the August 2008 war. Ministers met ...': talks of now
        if told.date_origin == "text" and told.date is not None and (told.date.year < published.year or (
                told.date.month and published.month and months_between(told.date, published) >= NARRATIVE_MONTHS)):
            ev.date, ev.date_origin = told.date.truncate("month") if told.date.month else told.date, "text"


SINCE_RIGHT_BEFORE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$")
SINCE_NAMED_BEFORE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$")
NARRATIVE_MONTHS = 3  # a story told of an act this many months before its article, in the same year, is a story too


STARTED_RELATIVE = re.compile(r"[^,;.]{0,40}?,\s(?=(?:(?:which|that)\s+(?:began|started|broke out|erupted|took place|came|"
                              r"(?:was|were)\s+(?:first\s+)?(?:launched|imposed|introduced|adopted)|"
                              r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:signed|approved|adopted|imposed|introduced|launched))|"
                              r"(?:first\s+)?(?:imposed|introduced|launched|adopted)\s)\b)")
RELATIVE_END = re.compile(r"[,;]|$")


def dates_of_relative_start(dates: Sequence[DateMention], sentence: str, trigger_end: int) -> list[DateMention]:
    """The dates of a relative clause right after a noun trigger's phrase that says when it began or was
    imposed ('the sanctions, which were imposed in 2014'); none when there is no such clause."""
    if not (m := STARTED_RELATIVE.match(sentence, trigger_end)):
        return []
    end = RELATIVE_END.search(sentence, m.end()).start()
    return [d for d in dates if m.end() <= d.start < end]


# '... annexed Crimea in 2014, prompting the US and the EU to impose sanctions', '..., a move that prompted sanctions':
# what it led to, at once
# A second verb of the same subject, with no time of its own: 'expelled 35 officials on Thursday and imposed sanctions'
SHARED_SUBJECT_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?(?:[a-z]+ed\s+(?:[a-z]+\s+)?)?$")
CONSEQUENCE_BEFORE = re.compile(r",\s+(?:prompting|forcing|leading|causing|pushing|spurring|triggering|"
                                r"(?:an?\s+(?:move|step|decision)\s+)?(?:that|which)\s+(?:prompted|triggered|led to|drew|brought))"
                                r"\b[^,;]*$")


ANOTHER_CLAUSE = re.compile(r"(?<!\bknown)(?<!\bsuch)\s(?:as|while|whereas|when|but|after|before)\s")
GENERIC_DRILL = re.compile(r"(?:[Ee]xercise|[Dd]rill|[Ww]ar games|[Mm]anoeuv|[Mm]aneuv)")


def one_exercise_per_clause(events: list[EventMention], clauses: Sequence[tuple[int, int]]) -> list[EventMention]:
    """Two words of one clause for an exercise are one exercise ('it put 38,000 troops on combat alert in an
    exercise'): the one that names no one takes the party (and, if it has none, the dates) of the other; one of the
    same party with no time of its own takes the other's."""
    drills = [e for e in events if e.event_type == "military_exercise"]
    for ev in drills:
        if ev.actor and not ev.date_mentions:  # 'Moscow put 30,000 troops on alert in an exercise': one, one time
            clause = clause_of(clauses, ev.trigger_start)
            ev.date_mentions = next((list(e.date_mentions) for e in drills if e is not ev and e.actor == ev.actor and
                                     e.date_mentions and clause_of(clauses, e.trigger_start) == clause), [])
        if ev.actor:
            continue
        clause = clause_of(clauses, ev.trigger_start)
        named = [e for e in drills if e.actor and clause_of(clauses, e.trigger_start) == clause and
                 not (ev.trigger[:1].isupper() and GENERIC_DRILL.match(ev.trigger) is None and
                      ANOTHER_CLAUSE.search(ev.sentence, *sorted((ev.trigger_start, e.trigger_start))))]
        # ('Zapad 2017 begins as Sweden's exercise continues': a named exercise is one of its own)
        if len({e.actor for e in named}) == 1:
            ev.actor, ev.actor_text, ev.actor_origin = named[0].actor, named[0].actor_text, "text"
            ev.date_mentions = ev.date_mentions or list(named[0].date_mentions)
    return events


NON_ALIGNED = {"UKR", "GEO", "BLR", "MDA", "ARM", "AZE", "KAZ", "KGZ", "UZB", "TJK", "SRB", "BIH", "CHN", "IRN"}
STAFF_NOUNS = "diplomats|officials|staff|envoys|employees|officers|members|workers|personnel"
# The people expelled as the speaker's own: 'four of its diplomats', 'a diplomat from its consulate'.
OWN_STAFF = re.compile(rf"\b(?:its|their|our)\s+(?:[\w-]+\s+){{0,2}}(?:{STAFF_NOUNS}|diplomat|consulate|embassy|mission)\b")
# The people expelled named before who expelled them ('the 23 Russians that Britain expelled').
OBJECT_RELATIVE = re.compile(
    rf"\b(?P<num>{NUM})\s+(?:more\s+)?(?P<noun>(?:[A-Z]\w+\s+)?(?:{STAFF_NOUNS}|diplomat)|[A-Z]\w+s)\s+"
    r"(?:(?:that|whom|who)\s+)?(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:had\s+|has\s+|have\s+)?$")
COUNCIL = Screened(re.compile(r"\b[Tt]he [Cc]ouncil\b"))
NATO_RUSSIA_MEETING = re.compile(r"\b(?:nato[-–]russia|russia[-–]nato)\b", re.I)  # in a trigger: the meeting's sides
# What may stand between two items of an enumeration of figures by country: a staff noun, perhaps where they
# served ('a Polish diplomat in St. Petersburg and a German diplomat'), and a separator.
ENUMERATED = re.compile(rf"(?:\s+(?:[\w-]+\s+)?(?:{STAFF_NOUNS}|diplomat|official|envoy|employee|officer)"
                        r"(?:\s+(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# What opens a clause about the move an expulsion answers ('..., retaliating for Moscow's expulsion of three', '...,
# retaliating in a coordinated move for ...').
ANSWERED = Screened(re.compile(r"(?:,\s*|\s+)(?:(?:retaliating|responding)(?:\s+(?!to\b|for\b|against\b)[\w-]+){0,4}|"
                      r"in\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:response|retaliation|reaction|return))\s+"
                      r"(?:to|for|against|after)\b|,\s*(?:after|following)\b|"
                      r"\s+after\s+(?-i:(?:[A-Z][\w.-]*\s+){1,3})(?:\w+ly\s+)?(?:has|have|had|was|were|\w+ed)\b", re.I))
ANSWERED_WORDS = ("retaliat", "respon", "reaction", "return", "after", "following")


def may_answer(text: str) -> bool:
    """False when :data:`ANSWERED` cannot match: each match holds one of :data:`ANSWERED_WORDS` (its own cue is
    'in'); case-insensitive, so judged on ASCII texts only."""
    if not text.isascii():
        return True
    lower = text.lower()
    return holds_any(lower, ANSWERED_WORDS)


# So many expulsions: the figure right before the noun ('each announced two expulsions').
SO_MANY_BEFORE = re.compile(rf"\b(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s+(?:more\s+|further\s+|new\s+)?$", re.I)
# When an expulsion happened, between 'expulsion' and its 'of' ('Moscow's expulsion last week of three envoys').
WHEN_BEFORE_OF = r"\s+(?:(?:last|this|next|on|in|earlier this|late last|early last)\s+[\w.]+\s+)?"
# 'Germany, Poland and Sweden each ordered a diplomat to leave': the act of each party on its own.
DISTRIBUTIVE = re.compile(r"\beach\s+(?:(?:\w+ly|also|then|have|has|had)\s+)?$")
SEPARATE_ACTS = {"sanctions", "expel_diplomats", "suspend_cooperation", "cancel_meeting", "suspend_mission"}
# The two parties of a coordinated subject acting on each other: '... each sending 23 of the other's diplomats home'.
EACH_OTHERS = re.compile(r"[^.;]{0,60}?\b(?:of\s+)?(?:the\s+other(?:'s|’s|\s+side's|\s+side’s)|each\s+other(?:'s|’s)?)")


# The second half of an elliptical coordination: '... two diplomats in June and two more in September'.
MORE = Screened(re.compile(rf"(?:,\s*|\s+)and\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s+(?:more|others?)\b|"
                  rf"(?:,\s*|\s+)and\s+(?:another|a further)\s+(?P<num2>{NUM})\b", re.I))


def elliptical_half(ev: EventMention, sentence: str, dates: Sequence[DateMention], end: int, c_end: int,
                    trigger_starts: Sequence[int]) -> list[EventMention]:
    """'Estonia expelled two Russian diplomats in June and two more in September': the figure and date after
    'and N more' are a second act of the same parties (``ev`` keeps the dates before it). Only when that half
    has a date of its own and no trigger stands after the act's own."""
    more = MORE.search(sentence, end, c_end)
    if more is None or any(end <= t < c_end for t in trigger_starts):
        return []  # another act between or after: '... and charged three Russians with poisoning X and two others'
    later = [d for d in dates if more.end() <= d.start < c_end]
    count = to_int(more.group("num") or more.group("num2"))
    gap = rf"\s*(?:(?:[A-Z][\w-]*\s+)?(?:{STAFF_NOUNS}|diplomat)\s*)?(?:(?:in|on|at|during)\s+)?"
    if not later or count is None or not re.fullmatch(gap, sentence[more.end(): later[0].start]):
        return []  # the date must follow at once ('two more in September'): 'two more left in May' is another act
    ev.date_mentions = [d for d in ev.date_mentions if d.start < more.start()]
    return [copied(ev, count=count, count_qualifier=qualifier(more.group("qual")),
                    date_mentions=later[:1])]


# A second subject with only its figure, the verb left out: '... two Russian diplomats and Latvia one'.
# One more party and its figure after the act of the first: ', Lithuania two', 'and Latvia one', ', and Latvia and
# Estonia one each', 'and Norway, Finland and Sweden one each'.
GAPPED = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<who>[A-Z][\w. ]{{1,30}}?"
                    rf"(?:,\s+(?:the\s+)?[A-Z][\w. ]{{1,30}}?)*(?:,?\s+and\s+(?:the\s+)?[A-Z][\w. ]{{1,30}}?)?)"
                    rf"\s+(?P<num>{NUM})(?:\s+(?:each|apiece))?"
                    rf"(?=\s*(?:[,.;]|$|and\b))")


def gapped_actor(ev: EventMention, sentence: str, actors: Sequence[ActorMention], end: int,
                 as_targets: bool = False) -> list[EventMention]:
    """'Lithuania is expelling two Russian diplomats and Latvia one', '..., Lithuania two, and Latvia and Estonia one
    each': each name and figure after the first act are the same act by another party against the same one; with
    ``as_targets`` the same act against other parties ('Italy lost two diplomats, and Finland and Sweden one each')."""
    gap = GAPPED.search(sentence, end)
    if gap is None or re.search(r"[,;:]", sentence[end: gap.start()]) or gap.start() - end > 60:
        return []
    out: list[EventMention] = []
    while gap is not None:
        who = [a for a in actors if gap.start("who") <= a.start and a.end <= gap.end("who") and a.participant]
        count = to_int(gap.group("num"))
        if not who or count is None or any(a.code in (ev.actor, ev.target) for a in who):
            break
        out += [copied(ev, target=a.code, target_text=a.text, count=count, count_qualifier="exact") if as_targets else
                copied(ev, actor=a.code, actor_text=a.text, count=count, count_qualifier="exact") for a in who]
        gap = GAPPED.match(sentence, gap.end())
    return out


# More figures of the same act against other parties after its first: ', along with one each from Latvia and
# Estonia', ', two from Lithuania and one each from Latvia and Estonia', ', as were four from Poland', ' — one each
# from Germany, Poland and Sweden'.
GAPPED_FROM = re.compile(rf"\s*(?:,\s*(?:and\s+)?(?:along with\s+|as\s+(?:were|was|did|had)\s+|(?P<including>including\s+|among them\s+))?|\s+and\s+|\s+along with\s+|(?:\s*[—–]|\s+-{{1,2}})\s*(?=(?i:{NUM})\s+(?:each|apiece)\b))(?P<num>{NUM})"
                         rf"(?P<each>\s+(?:each|apiece))?(?P<of_them>\s+of\s+them)?\s+from\s+(?:the\s+)?"
                         rf"(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)*)")


SENTENCE_BREAK = re.compile(r"[:;—–]|\s-\s|\b(?:but|while|whereas|after|before|when)\b")


def gapped_targets(ev: EventMention, sentence: str, actors: Sequence[ActorMention], end: int,
                   included: bool = False) -> list[EventMention]:
    """'Russia declared two Lithuanian diplomats persona non grata, along with one each from Latvia and Estonia':
    each figure 'from' another state after the first act is the same act against that state (a figure for two
    states counts only with 'each'); with ``included``, the figures a list opened by 'including' or 'among them'
    (or 'N of them from') gives of an act with none ('ordered diplomats from 23 countries to leave, including four
    from Germany'; of Russians expelled, the states that expelled them: 'including 60 from the United States')."""
    gap = GAPPED_FROM.search(sentence, end, end + 120)
    if gap is not None and (";" in sentence[end: gap.start()] or SENTENCE_BREAK.search(sentence, end, gap.start())):
        return []
    including = gap is not None and (gap.group("including") is not None or gap.group("of_them") is not None)
    if included and not including:
        return []
    out: list[EventMention] = []
    while gap is not None:
        whom = [a for a in actors if gap.start("who") <= a.start and a.end <= gap.end("who") and a.participant]
        count = to_int(gap.group("num"))
        if not out and gap.group("each") and len(whom) > 1 and count is not None and ev.count == count * len(whom) \
                and gap.start("who") <= sentence.find(ev.target_text, end) < gap.end("who") and \
                ev.actor not in {a.code for a in whom}:
            # 'expelled three European diplomats, one each from Sweden, Poland and Germany': the three are the
            # first act's, of Western states together (else of no one state); one from each of them
            western = {a.code for a in whom} <= lexicon.west_codes()
            ev.target, ev.target_text = ("WEST", sentence[gap.start("who"): gap.end("who")]) if western else ("", "")
        if not whom or count is None or any(a.code in (ev.actor, ev.target) for a in whom) or \
                (len(whom) > 1 and not gap.group("each")):
            break
        if including and ev.target == "RUS":  # 'Russians expelled from 25 countries, including 60 from the US': by it
            out += [copied(ev, actor=a.code, actor_text=a.text, count=count, count_qualifier="exact") for a in whom]
        else:
            out += [copied(ev, target=a.code, target_text=a.text, count=count, count_qualifier="exact") for a in whom]
        gap = GAPPED_FROM.match(sentence, gap.end())
    return out


# A figure that a coordinated subject reached together ('... which expelled 150 diplomats between them').
JOINT = re.compile(r"[^.;]*\b(?:between them|among them|between them all|in all|in total|combined|together)\b")


BY_THE_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# A group joined to a list of agents, with its size: ', more than two dozen other countries'
GROUP_JOINED = re.compile(r"\s*(?:,|and|, and)\s+(?:the\s+)?(?:(?:more than|some|about|nearly|over|almost|at least)\s+)?"
                          r"(?:[a-z-]+\s+){0,3}")
# An agent after the act ('sanctions imposed by the EU', 'sanctions from the EU').
AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")


def with_coordinated_agents(ev: EventMention, sentence: str, actors: Sequence[ActorMention],
                            pos: int) -> list[EventMention]:
    """'sanctions imposed by the European Union and the United States': one event for each agent joined to the one
    after 'by' or 'from'."""
    after = [a for a in actors if a.start >= pos and a.participant]
    first = next((i for i, a in enumerate(after) if a.code == ev.actor and a.text == ev.actor_text and
                  AGENT_BEFORE.search(sentence, max(0, a.start - 10), a.start)), None)
    if first is None or ev.actor == "WEST":
        return [ev]  # 'sent home by Western countries and NATO': the group, the others among them
    out, last = [ev], after[first]
    for a in after[first + 1:]:
        if a.code == "WEST" and GROUP_JOINED.fullmatch(sentence, last.end, a.start) and \
                BY_THE_BEFORE.search(sentence, max(0, after[first].start - 10), after[first].start):
            # 'by the United States, more than two dozen other countries and NATO': many states, as one
            return [copied(ev, actor="WEST", actor_text=sentence[after[first].start: a.end])]
        if not COORDINATED.fullmatch(sentence, last.end, a.start):
            break
        if a.code not in (ev.actor, ev.target) and a.code not in {o.actor for o in out}:
            out.append(copied(ev, actor=a.code, actor_text=a.text))
        last = a
    return out


def with_relative_agents(ev: EventMention, sentence: str, actors: Sequence[ActorMention],
                         end: int) -> list[EventMention]:
    """'the sanctions that Brussels and Washington imposed': one event for each agent of the relative clause right
    after a noun trigger, when the event's actor is one of them."""
    if (rel := RELATIVE_AFTER.match(sentence, end)) is None or not rel.group("that"):
        return [ev]
    names: list[ActorMention] = []
    for a in actors:
        if a.start < rel.end() or not a.participant:
            continue
        if (not names and a.start == rel.end()) or (names and COORDINATED.fullmatch(sentence, names[-1].end, a.start)):
            names.append(a)
        else:
            break
    if len(names) < 2 or ev.actor not in {a.code for a in names}:
        return [ev]
    out = [ev]
    for a in names:
        if a.code not in (ev.target, *(o.actor for o in out)):
            out.append(copied(ev, actor=a.code, actor_text=a.text))
    return out


def opens_phrase(sentence: str, a: ActorMention) -> bool:
    """True for a name right after a preposition, or after one and 'the' ('in coordination with the European
    Union, ...'): it opens a phrase, not the subject."""
    if word_before(sentence, a.start) == "the":
        return word_before(sentence, sentence.rfind("the", 0, a.start)) in PREPOSITIONS
    return after_preposition(sentence, a)


def reciprocal(mentions: list[EventMention], sentence: str, actors: Sequence[ActorMention],
               pos: int) -> list[EventMention]:
    """'The US and Russia each expelled 60 diplomats', 'Britain and Russia expelled each other's diplomats': Russia
    and a Western state joined right before the verb act on each other, each one's target the other."""
    before = [a for a in actors if a.end <= pos and a.participant][-2:]
    if len(before) < 2 or not COORDINATED.fullmatch(sentence, before[0].end, before[1].start):
        return mentions
    first, second = before
    pair = {first.code, second.code}
    if len(pair) < 2 or "RUS" not in pair or pair - {"RUS"} - lexicon.west_codes() or \
            any(ev.actor not in pair or ev.target not in pair | {""} for ev in mentions) or \
            not (DISTRIBUTIVE.search(sentence, max(0, pos - 30), pos) or EACH_OTHERS.match(sentence, pos)):
        return mentions
    return [copied(mentions[0], actor=first.code, actor_text=first.text, target=second.code, target_text=second.text),
            copied(mentions[0], actor=second.code, actor_text=second.text, target=first.code, target_text=first.text)]


# What adds names to a group or a state before it: 'A number of EU countries, as well as Ukraine, ...' ('together
# with' and 'along with' are the companions of actors.COMPANIONS)
AS_WELL_AS = re.compile(r",?\s+(?:as well as|plus)\s+(?:the\s+)?")


def with_coordinated_actors(ev: EventMention, sentence: str, actors: Sequence[ActorMention],
                            pos: int) -> list[EventMention]:
    """'The EU and the United States imposed sanctions': one event for each actor of a coordinated subject
    (for acts each party takes on its own, not joint ones such as exercises or talks)."""
    before = [a for a in actors if a.end <= pos]
    first = [i for i, a in enumerate(before) if a.code == ev.actor and a.text == ev.actor_text]
    if not first:
        return [ev]

    def joined(a: ActorMention, b: ActorMention) -> bool:
        return a.participant and b.participant and bool(
            COORDINATED.fullmatch(sentence, a.end, b.start))

    lo = hi = first[-1]
    headline_pair = len(before) >= 2 and before[0].start == 0 and sentence[before[0].end: before[1].start] == ", " and \
        lo <= 1  # a headline's 'US, EU impose sanctions'
    if not headline_pair and not any(LIST_AND.fullmatch(sentence[x.end: y.start])
                                     for x, y in zip(before, before[1:], strict=False)
                                     if x.start >= before[max(0, lo - 4)].start and
                                     y.end <= before[min(len(before) - 1, hi + 4)].end):
        return [ev]
    if re.search(r"\b(?:including|such as|like|among them|namely)\s+(?:the\s+)?$", sentence[: before[lo].start]):
        return [ev]
    def phrase_head(k: int) -> ActorMention:  # the first name of the 'X and Y' that ends with before[k]
        while k > 0 and joined(before[k - 1], before[k]) and sentence[before[k - 1].end] != ",":
            k -= 1
        return before[k]

    while lo > 0 and joined(before[lo - 1], before[lo]) and not (
            sentence[before[lo - 1].end] == "," and opens_phrase(sentence, phrase_head(lo - 1))):
        lo -= 1  # '... in England, Skopje and Podgorica expelled', 'on the initiative of Germany and France, the EU
        # imposed': a name closing a phrase is not the subject's
    while hi + 1 < len(before) and joined(before[hi], before[hi + 1]):
        hi += 1
    if hi == lo + 1 and re.fullmatch(r"\s*,\s*and\s*(?:the\s+)?", sentence[before[lo].end: before[hi].start]):
        return [ev]  # 'X, and Y ...' with two names joins two clauses ('... in eastern Ukraine, and Moscow retaliated')
    if lo > 0 and before[lo - 1].kind == "group_count" and \
            AS_WELL_AS.fullmatch(sentence, before[lo - 1].end, before[lo].start) is not None:
        # 'A number of EU countries, as well as Ukraine, Canada and Norway, expelled': one group, more added to it
        return [copied(ev, actor=before[lo - 1].code, actor_text=before[lo - 1].text)]
    if lo > 0 and before[lo - 1].participant and AS_WELL_AS.fullmatch(sentence, before[lo - 1].end, before[lo].start):
        lo -= 1  # 'Britain, as well as France and Germany, expelled': Britain too
    codes = dict.fromkeys(a.code for a in before[lo: hi + 1] if a.code not in (ev.actor, ev.target))
    texts = {a.code: a.text for a in before[lo: hi + 1]}
    counted_group = ev.count is not None and any(a.kind == "group_count" for a in before[lo: hi + 1])
    if "WEST" in (*codes, ev.actor) and (counted_group or JOINT.match(sentence, pos)):
        # '... 25 other countries and NATO, which sent home 150 diplomats between them', 'the US, a dozen EU states
        # and Canada expelled more than 100': one figure for a list with a number of states is the group's total
        return [copied(ev, actor="WEST", actor_text=texts.get("WEST", ev.actor_text))]
    return [ev] + [copied(ev, actor=c, actor_text=texts[c]) for c in codes]


# 'Latvia, Lithuania and Slovakia, which expelled one, two and three Russian diplomats respectively'
RESPECTIVELY = re.compile(rf"(?P<figures>{NUM}(?:,\s+{NUM})*,?\s+and\s+{NUM})\b[^.;]{{0,60}}?\brespectively\b", re.I)


def respective_figures(mentions: list[EventMention], sentence: str, pos: int) -> None:
    """Give each party of a list its own figure of a list that ends with 'respectively', in the order of both."""
    m = RESPECTIVELY.search(sentence, pos, pos + 160)
    parties = sorted({sentence.find(ev.actor_text): ev for ev in mentions if ev.actor_text}.items())
    if m is None or len(parties) != len(mentions):
        return
    figures = [to_int(f) for f in re.findall(NUM, m.group("figures"), re.I)]
    if len(figures) == len(parties) and None not in figures:
        for (_, ev), figure in zip(parties, figures, strict=True):
            ev.count, ev.count_qualifier = figure, "exact"


TARGET_LISTS = ("sanctions", "expel_diplomats")
MISSIONS_AFTER = re.compile(r"\s+(?:embassies|missions|consulates|delegations)\b")
TARGET_LIST_BEFORE = re.compile(r"\b(?:from|on|against)\s+(?:the\s+)?$")
# the staff of each state of a list: 'expelled the ambassadors of Montenegro and Macedonia'
STAFF_OF_LIST_BEFORE = re.compile(r"\b(?:ambassadors|envoys|diplomats|embassies|missions)\s+of\s+(?:the\s+)?$")


# A measure widened to states that had not been under it: 'extended its ban on Western food imports to (four more
# European countries,) Albania, Montenegro, Iceland and Liechtenstein'
EXTENDED_BEFORE = re.compile(r"\b(?:extend|expand|widen)(?:s|ed|ing)?\b")
EXTENDED_TO_BEFORE = re.compile(r"\bto\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                                r"(?:more|other|further|additional)\s+(?:[A-Z]\w+\s+)?(?:countries|states|nations),?\s+)?"
                                r"(?:the\s+)?$")


def extended_to_targets(ev: EventMention, sentence: str, actors: Sequence[ActorMention],
                        pos: int) -> list[EventMention] | None:
    """The states a measure is extended to, one event each ('extended its ban on Western food imports to Albania,
    Montenegro, Iceland and Liechtenstein': not of the West the goods are named for); None when the sentence does
    not extend a measure to states."""
    if not EXTENDED_BEFORE.search(sentence, max(0, pos - 40), pos + 1):
        return None
    after = [a for a in actors if a.start > pos and a.participant]
    first = next((i for i, a in enumerate(after)
                  if EXTENDED_TO_BEFORE.search(sentence, max(0, a.start - 50), a.start)), None)
    if first is None or ";" in sentence[pos: after[first].start]:
        return None
    listed = list_starting_at(sentence, after, first)
    codes = dict.fromkeys(a.code for a in listed if a.code != ev.actor)
    texts = {a.code: a.text for a in listed}
    return [copied(ev, target=c, target_text=texts[c]) for c in codes] or None


OTHERS_JOINED = re.compile(r",?\s+and\s+(?:(?:several|many|some|a few|a number of|most)\s+)?other\s+")


def with_coordinated_targets(ev: EventMention, sentence: str, actors: Sequence[ActorMention],
                             pos: int) -> list[EventMention]:
    """'banned food imports from the EU, the United States, Norway and Canada', 'ordered out a diplomat each from
    Germany, Poland and Sweden': one event for each state of a list after the trigger that holds its target.
    Not with a figure for the whole ('expelled ten diplomats from Germany and Poland' gives no one's share), nor
    for two names ('sanctions on Russia and Belarus' may be one measure), nor after other prepositions ('a
    conflict between Russia and Georgia')."""
    each = " each " in sentence[pos: pos + 40]
    if ev.event_type == "sanctions" and " to " in sentence and \
            (extended := extended_to_targets(ev, sentence, actors, pos)) is not None:
        return extended
    if ev.event_type not in TARGET_LISTS or not ev.target:
        return [ev]
    after = [a for a in actors if a.start >= pos]

    def party(a: ActorMention) -> bool:  # or a nationality of missions, one each ('the German and Polish embassies')
        return a.participant or each and a.kind == "demonym"

    first = next((i for i, a in enumerate(after) if a.code == ev.target and party(a)), None)
    if first is None and ev.event_type == "expel_diplomats":
        # the people expelled named before a passive: 'diplomats from Sweden, Poland and Germany had been declared'
        after = [a for a in actors if a.start < pos and a.participant]
        if named := [a for a in after if a.code == ev.target]:
            first = after.index(list_ending_at(sentence, after, named[-1].end)[0])
            # 'one diplomat each from Latvia and Estonia'
            each = each or " each " in sentence[max(0, after[first].start - 30): after[first].start]
    staff_of = first is not None and ev.event_type == "expel_diplomats" and \
        STAFF_OF_LIST_BEFORE.search(sentence, max(0, after[first].start - 20), after[first].start) is not None
    if first is None or not (staff_of or TARGET_LIST_BEFORE.search(sentence, max(0, after[first].start - 12),
                                                                   after[first].start)) or \
            ev.count is not None and not each:
        return [ev]
    listed = [after[first]]
    for a in after[first + 1:]:
        if not (party(a) and COORDINATED.fullmatch(sentence, listed[-1].end, a.start)):
            if a.code == "WEST" != ev.actor and a.kind == "group" and \
                    OTHERS_JOINED.fullmatch(sentence, listed[-1].end, a.start):
                # 'from the EU, the US and several other Western countries': the West as one, and the first named
                return [ev, copied(ev, target="WEST", target_text=sentence[listed[0].start: a.end])]
            break
        listed.append(a)
    # two are enough for the staff of two states ('diplomats from Sweden and Poland'), not for one measure on two
    fewest = 2 if each or staff_of or ev.event_type == "expel_diplomats" and listed[0].start > 5 and \
        sentence[listed[0].start - 5: listed[0].start] == "from " else 3
    if len(listed) < fewest or not LIST_AND.match(sentence, listed[-2].end) or \
            any(a.kind == "demonym" for a in listed) and not (each and MISSIONS_AFTER.match(sentence, listed[-1].end)):
        return [ev]  # a list closes with 'and': 'from Germany, Poland and Sweden', 'the German and Polish embassies'
    if ev.event_type == "sanctions" and listed[0].code == "RUS":
        return [ev]  # 'a bill imposing sanctions on Russia, Iran and North Korea': here it is Russia's measure
    codes = dict.fromkeys(a.code for a in listed if a.code not in (ev.target, ev.actor))
    texts = {a.code: a.text for a in listed}
    return [ev] + [copied(ev, target=c, target_text=texts[c]) for c in codes]


def drop_accreditation_of_closed_missions(events: list[EventMention]) -> list[EventMention]:
    """Withdrawing the accreditation of a mission's staff while closing it is part of closing it."""
    closing = {e.actor for e in events if e.event_type == "suspend_mission"}
    return [e for e in events if not (e.event_type == "expel_diplomats" and e.count is None and
                                      "accreditation" in e.trigger.lower() and (e.actor in closing or not e.actor)
                                      and closing)]


SENTENCE_DATE_BEFORE = re.compile(r"\W*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?|"
                                  r"\W*[Ww]hen\s+[^,;]{1,80}?\s+(?:(?:in|on)\s+)?")
# 'In 2017, ...', 'In 2017 Sweden held ...', 'On 5 March an extraordinary meeting of the council was held', 'When the
# virus reached Europe in March, ...'
SENTENCE_DATE_AFTER = re.compile(r"\s*(?:,|[-–—:]\s)|\s+(?=[A-Z]|(?:a|an|the)\s)")


def heads_sentence(d: DateMention, sentence: str) -> bool:
    """A date that opens the sentence on its own ('In April, ...', 'APRIL 2021 - ...'): it dates the act of the
    sentence even when a noun names it ('..., calling the build-up snap exercises')."""
    return bool(SENTENCE_DATE_BEFORE.fullmatch(sentence, 0, d.start) and SENTENCE_DATE_AFTER.match(sentence, d.end))


def fronted_after_clause(dates: Sequence[DateMention], start: int, pos: int, sentence: str) -> bool:
    """True when the 'after' clause at ``start`` follows a date opening the sentence and a comma closes it
    before the trigger at ``pos`` ('In 2007, after Russia refused ..., the two expelled'): the trigger is
    the main clause's, and the date too."""
    return ", " in sentence[start: pos] and any(
        heads_sentence(d, sentence) and not sentence[d.end: start].strip(" ,") for d in dates if d.end <= start)


WHEN_AFTER_DATE = re.compile(r",?\s+(?:when|after which)\b")
WHEN_AFTER_DATED_NOUN = re.compile(r"\s+[^,;]{1,40}?,\s+(?:when|after which)\b")


def date_before_when(dates: Sequence[DateMention], pos: int, sentence: str) -> DateMention | None:
    """The date a 'when' clause holding the trigger hangs on ('the largest since 2001, when Bush ordered 50
    diplomats out'; 'in March 2014, when Russia annexed Crimea'): when that act happened."""
    before = [d for d in dates if d.end <= pos]
    relative = before and (before[-1].kind.startswith("last_") or before[-1].kind.endswith("_ago"))
    if not before or not (before[-1].absolute or before[-1].kind in ("month", "month_day") or relative):
        return None  # 'in July, when the Sea Breeze exercise ...' too: July of the article's year
    d = before[-1]
    if relative and (any(later.start > pos for later in dates) or " since " in sentence[d.end: pos]):
        return None  # 'since last year, when ...', unless the act has a date of its own, or is what came since
    m = WHEN_AFTER_DATE.match(sentence, d.end)
    if m is None and d.kind == "year" and NOUN_AFTER.match(sentence, d.end):
        m = WHEN_AFTER_DATED_NOUN.match(sentence, d.end)  # "Russia's 2014 annexation of Crimea, after which ..."
    if m is None or re.search(r"[;:]", sentence[m.end(): pos]):
        return None
    if any(later.start > pos and not re.search(r"[,;:]", sentence[pos: later.start]) for later in dates):
        return None  # 'arrested on January 17 when he returned ..., where he was treated after being poisoned last
        # August': the trigger's phrase has a date of its own
    return replace(d, kind="year") if d.kind == "since_year" else d


# 'since' with no comma between it and the end of the text: the text ends inside its clause.
# 'since the end of communist rule in': the date of the noun after 'since', a time to measure from
SINCE_THE_BEFORE = re.compile(r"\bsince\s+the\s+(?!(?:end|start|beginning|middle)\s+of\s+$)(?:[\w'’-]+\s+){1,5}?(?:in|of)\s+$")
SINCE_TAIL = re.compile(r"\bsince\b[^,;]*$")


# 'until the end of', 'ends on': what follows is when a period ends, not when the event was
PERIOD_END_BEFORE = re.compile(r"\b(?:until|till|through|to|by)(?:\s+at\s+(?:the\s+)?(?:least|earliest|latest))?"
                               r"(?:\s+the\s+(?:end|start|beginning|middle|close)(?:\s+of)?)?\s*$|"
                               r"\b(?:ends|ended|end|finishes|finished|concludes|concluded|wraps up|wrapped up)\s+on\s*$")
# The first day of a range of days, before the last one the date mention holds ('the night of 7 to 8 August 2008');
# not the start of a period ('from 1 to 31 July'), whose mention is its end.
DAY_RANGE_OPEN = re.compile(r"(?<!\bfrom )\b\d{1,2}(?:st|nd|rd|th)?\s+to$")
PERIOD_END_LAST = ("until", "till", "through", "to", "by", "of", "on", "least", "earliest", "latest", "end", "start",
                   "beginning", "middle", "close")  # the last word of each match of it ('of' may start the date's own)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|of|by|from|until|during|before|after|early|late|mid)\s+$", re.I)


def preposition_before(sentence: str, end: int) -> bool:
    """:data:`PREPOSITION_BEFORE` in ``sentence[:end]``, tried only at its last word (the pattern is ``$``-anchored and
    its words have at most six letters) instead of at every position of the text before."""
    last = len(sentence[:end].rstrip())
    return PREPOSITION_BEFORE.search(sentence, max(0, last - 7), end) is not None


DETERMINER_RIGHT_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)|'s|’s)\s+$")
# A year used as an attribute ('the 2008 war'): a word after it that is not a function word
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|as|by|for|of|with|when|after|before|that|which|was|were|is|are|"
                        r"has|had|have|will)\b)[A-Za-z]")
JOINED_VERB = re.compile(r",\s+and\s+(?:only\s+|then\s+|\w+ly\s+)?(?:[a-z]+ed|made|took|gave|sent|held|met|said)\b")
AUXILIARY = re.compile(r"\b(?:was|were|is|are|had|has|have|been)\b")
PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?(?:set up|founded|established|created|formed|signed|launched|adopted|"
                              r"built|introduced|agreed|ratified)\b")
# A copula right before the date says when the trigger's act was ('The last time Britain expelled Russian diplomats
# was in 2007').
WAS_WHEN = re.compile(r"^[^,;]*\s(?:was|were)\s+(?:back\s+)?(?:in|on)?\s*$")
HELD = re.compile(r"^\s*(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+|first\s+)?(?:held|staged|conducted|carried out|"
                  r"hosted|imposed|introduced)\b")


def stated_apart(between: str) -> bool:
    """True when a verb stands between a trigger and a date, which then dates what that verb says ('the sanctions
    were extended in 2015'); not when it only says the event took place ('the exercise was held in 2013')."""
    if ", " in between and PARTICIPLE_ASIDE.search(between):
        return True  # 'the NATO-Russia Council, set up in 2002': the date is of the participle
    if ", and " in between and JOINED_VERB.search(between):
        return True  # 'froze the council's meetings in response, and agreed only in March to resume them'
    return bool(AUXILIARY.search(between)) and not HELD.match(between) and not WAS_WHEN.search(between)


CAUSE_PHRASE_BEFORE = re.compile(r"\b(?:over|for|after|following|amid)\s[^,;]*$")
ANSWERED_BEFORE = re.compile(r"\b(?:in (?:retaliation|response|reply) (?:for|to)|retaliating for|responding to)\s[^,;]*$")
# A date opening a verb phrase joined to the clause before, with no subject of its own ('..., and in 2017 began ...')
JOINED_DATE_BEFORE = re.compile(r"(?:,\s+|\s)(?:and|but)\s+(?:then\s+)?(?:in|on|by|from|during)?\s*$")
DATE_TO_VERB = re.compile(r",?\s+(?:it\s+|they\s+|he\s+|she\s+|we\s+|[A-Z][\w.-]+\s+)?(?:\w+ly\s+|also\s+)?")  # what may stand between such a date and its verb
VERB_AFTER_DATE = re.compile(r",?\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|began|made|took|gave|sent|held|met|became|won|broke|"
                             r"froze|left|set up)\b")
# An aside between a joined date and its verb: '... and in 2018, in retaliation for the expulsions, it closed ...'
ASIDE_THEN_VERB = re.compile(r",\s+(?:in|after|following|over|amid|despite)\s[^,;]{1,90},\s+(?:it|they|he|she|we|[A-Z][\w.-]+)\s+"
                             r"(?:\w+ly\s+|also\s+)?(?P<verb>[a-z]+ed|began|made|took|gave|sent|held|met|froze|left|shut|cut)\b")
# An aside between a noun and its verb: ', the forum set up in 2002,' or ', which invaded Georgia in 2008,'.
ASIDE = re.compile(r"(?<=\w),\s+(?:the|a|an|which|who|whose)\s[^,;:\"“”()]{1,120}?,\s")


def in_aside(sentence: str, d: DateMention, pos: int) -> bool:
    """True when a date stands in an aside that ends before the trigger at ``pos``: it dates the aside's noun,
    or, after 'since' in any aside, what the aside counts from ('Rasmussen, on his first visit since taking
    over in August, met Medvedev on Wednesday')."""
    if any(m.start() < d.start and d.end <= m.end() <= pos for m in ASIDE.finditer(sentence, 0, pos)):
        return True
    opens, closes = sentence.rfind(", ", 0, d.start), sentence.find(", ", d.end, pos)
    return opens >= 0 and closes >= 0 and SINCE_WORD.search(sentence, opens, d.start) is not None


SINCE_WORD = re.compile(r"\bsince\b")
AFTER_OPENER = re.compile(r"After\s[^,;]{1,160},\s")


# A date in an aside on when something named was founded ('The council, set up in 2002, was ...')
ASIDE_REST = re.compile(r"[^,;.]{0,80},")  # the rest of an aside, up to its closing comma
FOUNDED_NOUN_BEFORE = re.compile(r"\b(?:body|forum|council|alliance|organi[sz]ation|mechanism|channel|group|treaty|pact|"
                                 r"agreement)\s+(?:that\s+was\s+|which\s+was\s+)?(?:set up|founded|established|created|formed)"
                                 r"\s+(?:in|on)\s+$", re.I)
FOUNDED_ASIDE = re.compile(r",\s+(?:set up|founded|established|created|formed|launched|built|opened)(?:\s+(?:in|on))?\s+$")


# A past verb joined after the trigger with its time straight after it ('and resumed only last year').
JOINED_VERB_BEFORE_DATE = re.compile(r"\band\s+(?:(?:was|were|had been)\s+)?(?:\w+ly\s+)?(?:[a-z]{3,}ed|began|met|held|froze|broke|"
                                     r"came|went|rose|fell)\s+(?:(?:only|again|just|later|finally|then)\s+)?$")


# States that run from an act named after 'since' ('frozen since the annexation of Crimea in 2014'), and the words
# between the state and that act's noun
SINCE_STATES = ("suspend_cooperation", "suspend_mission", "sanctions")
STATE_SINCE = re.compile(r"\W*(?:\w+\s+){0,2}?since ")
SINCE_EVENT = re.compile(r"(?:the\s+|its\s+|[A-Z][\w.]*(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?")


# A noun of an act told as lately past ('NATO's recent exercise'): a weekday in its sentence is not its day.
RECENT_BEFORE = re.compile(r"\b(?:recent|latest)\s+(?:[\w-]+\s+){0,2}$")


def dates_for(dates: Sequence[DateMention], pos: int, clause: tuple[int, int], sentence: str,
              event_type: str, trigger_starts: Sequence[int], verbal: bool = True,
              trigger_ends: dict[int, int] | None = None) -> list[DateMention]:
    """Date expressions for a trigger: those of its clause that are nearer to it than to any other trigger,
    or that open the clause or sentence ('In 2018, ...'); a year before a noun ('the 2020 election') dates
    only that noun; 'since' dates only states, never 'the first time since'."""
    answering = "retaliat" in sentence or "respon" in sentence or "reply" in sentence  # a cheap screen of ANSWERED_BEFORE

    def distance(d: DateMention, p: int) -> int:
        return 0 if d.start <= p < d.end else min(abs(d.start - p), abs(d.end - p))

    state_since = -1  # where the 'since' of 'suspended since the war in Georgia in 2008' stands
    if event_type in SINCE_STATES and " since " in sentence[pos: pos + 60] and \
            (since := STATE_SINCE.match(sentence, (trigger_ends or {}).get(pos, pos))) is not None:
        state_since = since.end() - len("since ")

    def usable(d: DateMention) -> bool:
        before = sentence[max(0, d.start - 40): d.start].lower()
        words = before.rstrip()
        since = d.kind == "since_year" or words.endswith(("since", "since the"))  # 'since the August 2008 war'
        if since and (event_type in ("talks", "military_exercise", "expel_diplomats") or "first" in before) or \
                event_type in ("talks", "military_exercise", "expel_diplomats") and d.text.startswith(("since ", "Since ")):
            return False  # 'their first one-on-one meeting since June'
        if d.kind.endswith("_ago") and pos < d.start and CAUSE_PHRASE_BEFORE.search(sentence, pos, d.start):
            return False  # '... expulsion of 18 diplomats over a series of blasts seven years ago': the blasts' date
        if answering and pos < d.start and ANSWERED_BEFORE.search(sentence, pos, d.start):
            return False  # '... in retaliation for Athens's decision last month to expel ...': the decision's date
        if pos < d.start and JOINED_DATE_BEFORE.search(before) and (
                VERB_AFTER_DATE.match(sentence, d.end) or ASIDE_THEN_VERB.match(sentence, d.end)):
            return False  # '..., and in 2017 began hosting ...': the date of a verb joined after the trigger's
        if pos < d.start and " and " in sentence[pos: d.start] and JOINED_VERB_BEFORE_DATE.search(sentence, pos, d.start):
            return False  # '... were frozen after the conflict and resumed only last year': the joined verb's date
        if d.kind == "weekday" and not verbal and RECENT_BEFORE.search(sentence, max(0, pos - 30), pos):
            return False  # 'during NATO's recent exercise in Norway, the prime minister said on Sunday': the saying's day
        if FOUNDED_ASIDE.search(before) and ASIDE_REST.match(sentence, d.end):
            return False  # 'The council, set up in 2002 (to give Russia a voice), was suspended ...': its founding's
        if pos < d.start and FOUNDED_NOUN_BEFORE.search(before):
            return False  # '... suspended meetings of the council, the body set up in 2002 to ...': its founding's
        if (since_the := SINCE_THE_BEFORE.search(before)) and not (since_the.start() + d.start - len(before) < pos < d.start) \
                and since_the.start() + d.start - len(before) != state_since:
            return False  # 'the worst rupture since the end of communist rule in 1989': that end's date
        if d.kind == "month" and d.text.lower().startswith(("until ", "till ", "by ")):
            return False  # 'extends the sanctions until January': the month holds its own 'until'
        return not (words.endswith(PERIOD_END_LAST) and PERIOD_END_BEFORE.search(before) and
                    not (words.endswith("until") and PAST_UNTIL.search(sentence, max(0, d.start - 100), d.start)) and
                    not (words.endswith("to") and DAY_RANGE_OPEN.search(words)))

    def attributive(d: DateMention) -> bool:
        if d.kind.startswith("last_") and sentence.startswith(("'s ", "’s "), d.end) and \
                not sentence[: d.start].rstrip().endswith("since"):
            return True  # "last year's election"; not 'frozen since last year's war': since then
        if preposition_before(sentence, d.start):
            return False
        if d.kind == "month_year":  # 'the August 2008 war': of a trigger right after it ('At the April 2008 summit,
            # Putin addressed ...' dates the clause)
            return bool(DETERMINER_RIGHT_BEFORE.search(sentence, max(0, d.start - 10), d.start)) and \
                any(0 < t - d.end <= 2 for t in trigger_starts)
        return d.kind == "year" and bool(NOUN_AFTER.match(sentence, d.end))

    def owned(d: DateMention) -> bool:
        if JOINED_DATE_BEFORE.search(sentence, max(0, d.start - 40), d.start):
            joined = [t for t in trigger_starts if t >= d.end and DATE_TO_VERB.fullmatch(sentence, d.end, t)]
            if joined:  # '..., and in March expelled two diplomats': the verb right after the date
                return joined[0] == pos
            if (aside := ASIDE_THEN_VERB.match(sentence, d.end)) is not None and aside.start("verb") in trigger_starts:
                return aside.start("verb") == pos  # '..., and in 2018, in retaliation for ..., it closed'
        if trigger_ends and pos <= d.start and d.end <= trigger_ends.get(pos, pos) and event_type == "military_exercise":
            return True  # the year in an exercise's name ('Kavkaz 2008 exercise'), not a treaty's ('the 1987 INF Treaty')
        if d.kind == "month_year" and pos < d.start and " since " in sentence and \
                SINCE_RIGHT_BEFORE.search(sentence, max(0, d.start - 20), d.start) and \
                not any(pos < t < d.start for t in trigger_starts) and attributive(d):
            return True  # 'the regions Russia has occupied since its August 2008 war': the state began with it
        if attributive(d):  # not a verb joined after the noun ('the 2020 election and expelled ten')
            after = [t for t in trigger_starts if 0 <= t - d.end <= 45 and not JOINED_PAST_VERB.search(sentence, d.end, t + 20)]
            return bool(after) and min(after) == pos
        if len(trigger_starts) == 1 and pos < d.start and CLOSING_DATE.fullmatch(sentence, d.end) and \
                sentence.startswith(", ", d.start - 2) and \
                not stated_apart(sentence[(trigger_ends or {}).get(pos, pos): d.start]):
            return True  # 'held talks on the sidelines of the summit in Hamburg, Germany, in July.': the one act's
        before = [t for t in trigger_starts if t < d.start and (d.start - t <= 90 or d.start - (trigger_ends or {}).get(t, t) <= 10)
                  and not stated_apart(sentence[(trigger_ends or {}).get(t, t): d.start])
                  and not (answering and ANSWERED_BEFORE.search(sentence, t, d.start))]  # near it, or right after its words
        after = [t for t in trigger_starts if t >= d.start]
        owner = max(before) if before else min(after) if after else -1
        if owner > pos and state_since > 0 and SINCE_EVENT.fullmatch(sentence, state_since + len("since "), owner):
            return True  # 'suspended since Russia's war with Georgia last August': the state began with that war
        return owner == pos

    def opens(d: DateMention) -> bool:
        return not attributive(d) and d.end <= min(t for t in trigger_starts if clause[0] <= t < clause[1] or t == pos)

    if (when := date_before_when(dates, pos, sentence)) is not None:
        return [when]
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1] and usable(d)]
    own = [d for d in in_clause if owned(d)]
    if own and own[0].end < pos and "," in sentence[own[0].end: pos]:
        own = [d for d in own if not in_aside(sentence, d, pos)]
    held = []
    if (rel := HELD_RELATIVE.match(sentence, (trigger_ends or {}).get(pos, pos))) is not None:
        # 'the Joint Sea 2021 exercise, which the two countries held ... from Oct. 14 to 17': its days
        rel_end = min((i for i in (sentence.find(", ", rel.end()), sentence.find(";", rel.end())) if i >= 0),
                      default=len(sentence))
        held = [d for d in dates if rel.start() <= d.start < rel_end and usable(d) and d not in own]
    if not verbal and event_type == "sanctions" and " imposed " in sentence and \
            (imposed := IMPOSED_PASSIVE.search(sentence, (trigger_ends or {}).get(pos, pos))) is not None and \
            not any(pos < t < imposed.start() for t in trigger_starts) and ";" not in sentence[pos: imposed.start()]:
        # "The EU's economic sanctions, which target ..., were first imposed in July 2014": when they were imposed
        held += [d for d in dates if 0 <= d.start - imposed.end() <= 5 and usable(d) and d not in held]
    if not verbal:
        recovering = "recover" in sentence and RECOVERING_FROM_BEFORE.search(sentence, max(0, pos - 60), pos) is not None
        return held + sorted([d for d in own if d.start >= pos or attributive(d)], key=lambda d: distance(d, pos)) + \
            [d for d in dates if pos == min(trigger_starts) and d.end <= pos and usable(d) and heads_sentence(d, sentence)
             and not recovering] + \
            [d for d in in_clause if d.kind.startswith("last_") and sentence.startswith(("'s ", "’s "), d.end)
             and 0 <= pos - d.end <= 30 and not any(d.end < t < pos for t in trigger_starts)]  # 'Last year's Zapad exercise'
    opening = [d for d in in_clause if not owned(d) and opens(d)]
    if not (clause[0] and sentence.startswith("after", clause[0])) or fronted_after_clause(dates, clause[0], pos, sentence):
        # ', after NATO expelled ...' happened before; 'In 2007, after ..., the two expelled' is the main clause's
        opening += [d for d in dates if d.end <= min(trigger_starts) and usable(d) and not (clause[0] <= d.start < clause[1])]
    if opening and (opener := AFTER_OPENER.match(sentence)) is not None and opener.end() <= pos:
        # 'After Prague accused Moscow of the blasts in 2014, the Baltic states expelled ...': the opening
        # clause's dates are of what came before
        opening = [d for d in opening if d.end > opener.end()]
    if opening and "since" in sentence[opening[0].end: pos]:
        # a trigger inside a 'since' clause ('resumed last month, when they met for the first time since
        # relations were frozen') goes back before what opens the sentence
        opening = [d for d in opening if not SINCE_TAIL.search(sentence, d.end, pos)]
    if opening and ", " in sentence[opening[0].end: pos]:
        opening = [d for d in opening if not in_aside(sentence, d, pos)]  # 'Britain, which left the EU on January 31,'
    own = sorted(own, key=lambda d: distance(d, pos))
    if len(own) > 1 and any(d.start > pos and not CAUSE_PHRASE_BEFORE.search(sentence, pos, d.start) for d in own):
        # 'said on Thursday they had expelled four officers in April': the day of the saying comes after the act's own
        said = [d for d in own if d.end <= pos and SAID_ON_BEFORE.search(sentence, max(0, d.start - 30), d.start)]
        own = [d for d in own if d not in said] + said
    return held + own + opening


# The passive a measure named before is the subject of: 'were first imposed', 'had been introduced'
IMPOSED_PASSIVE = re.compile(r"\b(?:was|were|had been|have been|has been)\s+(?:first\s+|initially\s+|originally\s+)?imposed\b")
# A verb of saying right before a date: the day of the saying ('said on Thursday', 'announced Monday').
SAID_ON_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|revealed|disclosed|told\s+[\w.]+(?:\s+[\w.]+)?)\s+(?:on\s+)?$")


# A relative clause after an exercise or meeting (perhaps named after the trigger) that tells when it was held ('...,
# which the two navies held in the Sea of Japan from Oct. 14 to 17', 'stayed away from the summit that Obama hosted in
# May 2012').
HELD_RELATIVE = re.compile(r"(?:\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|conference|session|games|exercises?|drills))?"
                           r",?\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,5}?(?:held|hosted|staged|conducted|took place|began|started|"
                           r"(?:was|were) held)\b")


BETWEEN_NEAR = re.compile(r"\W*(?:\w+\W+){0,2}?between\s+(?:the\s+)?")
PASSIVE_AUX = re.compile(r"(?:was|were|been|being)\s")
BY_AFTER = re.compile(rf"\s+by\s(?!(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|a\s+)?(?:{NUM}|half|third|"
                      rf"quarter|fifth|tenth|\d+\s*(?:%|per\s*cent))\b)"  # not 'cut the mission by ten people': how much
                      r"(?!(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\b|(?:next\s+|this\s+)?(?:Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday|Sunday|midnight|noon|tomorrow|today|tonight|January|February|March|April|"
                      r"May|June|July|August|September|October|November|December)\b)")
# nor 'ordered 20 staff to leave by the end of today', 'by Friday': by when
# A headline's passive with no auxiliary: the people it happened to, then the participle ('Russian diplomats expelled')
HEADLINE_PASSIVE_BEFORE = re.compile(rf"(?:[-–—•*]\s*)?(?:(?:\d+|[A-Z][\w'’-]*)\s+){{1,3}}(?:{STAFF_NOUNS}|diplomat)\s+")
# The people a participle right after them tells of ('saw 100 Russian diplomats expelled from 20 countries'): a passive
PEOPLE_RIGHT_BEFORE = re.compile(rf"\b(?:{STAFF_NOUNS}|diplomat)\s+$")
# People right before 'banned (barred) from': those banned ('a list of 18 Americans banned from entering')
BANNED_PEOPLE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+s|\b(?:officials|politicians|people|individuals|citizens|lawmakers|"
                                  r"nationals|persons|figures|officers))\s+$")
# A participle used as an adjective of the people expelled, after a verb or word that takes a noun ('to allow
# expelled Czech diplomats to return', 'the return of expelled diplomats').
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:allow(?:s|ed|ing)?|let(?:s|ting)?|of|for|with|other|these|those)\s+$")
PEOPLE_NAMED_AFTER = re.compile(rf"\s+(?:[A-Z][\w-]+\s+)?(?:{STAFF_NOUNS}|diplomat)\b")
BY_BEFORE = Screened(re.compile(r"\bby\s+(?:\w+ly\s+)?$"))
# Where the phrase after a trigger stops: a comma, but not one of a series of things ('imports of beef, pork and
# fish from the EU'); for a noun trigger also an auxiliary or a gerund after 'by' ('sanctions by banning ...').
SERIES = r"(?!\s+[a-z-]+(?:\s[a-z-]+)?(?:,\s+[a-z-]+(?:\s[a-z-]+)?)*,?\s+and\s+[a-z-]+\b)"
COMMA = re.compile(rf",{SERIES}")
NOUN_PHRASE_STOP = re.compile(rf",{SERIES}|\b(?:has|have|had|is|are|was|were|will|would)\b|\bby\s+[a-z]+ing\b")
COUNCIL_WORD = re.compile("[Cc]ouncil")
WE = re.compile(r"\bwe\b", re.I)
# 'the decision of the Russian Government to', "Moscow's decision to", "the Kremlin's order that Britain"
DECISION_OF_BY = re.compile(rf"\b{DECISIONS}\s+(?:of|by)\s+(?P<who>.{{1,40}}?)\s+to\s+$")
# A decision a possessive owns, up to its 'to' or 'that': "the Kremlin's decision last month to", "Prague's 'unfriendly'
# demand that".
OWNED_DECISION_HEAD = rf"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[\"“‘']?[a-z-]+[\"”’']?\s+)?{DECISIONS}\s+(?:[\w-]+\s+){{0,3}}?"
OWNED_DECISION = re.compile(OWNED_DECISION_HEAD + r"(?:to|that\s+(?P<who>.{1,40}?))\s+$")
# A second act of the same decision: "Washington's decision to expel 60 Russians ... and (to) close the consulate".
OWNED_DECISION_JOINED = re.compile(OWNED_DECISION_HEAD + r"to\s+[^.;]{1,160}?,?\s+and\s+(?:to\s+)?$")
# The people of an expulsion and the place they were sent away from: ' of two Russian diplomats from (the) '.
EXPELLED_FROM = re.compile(r"\s+of\s+[^.;,]{0,60}?\bfrom\s+(?:the\s+)?")
# 'ordered Britain to', 'told the envoys to', 'is requiring Moscow to': who is made to act (not who 'agreed to' in
# what someone told: 'told MPs that 18 countries had agreed to')
MADE_TO = re.compile(r"\b(?i:order(?:ed|s|ing)?|forc(?:e|ed|es|ing)|compel(?:s|led|ling)?|told|tell(?:s|ing)?|"
                     r"ask(?:s|ed|ing)?|demand(?:s|ed|ing)|instruct(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+"
                     r"(?P<who>.{1,60}?)(?<!agreed)(?<!decided)(?<!voted)(?<!planned)(?<!promised)(?<!pledged)\s+[Tt]o\s+$")
# 'gave Russia 48 hours to close its consulate': as 'ordered Russia to'
GIVEN_DEADLINE = re.compile(r"\b(?:gave|give|gives|giving)\s+(?P<who>.{1,60}?)\s+(?:(?:a|an|one|two|three|\d{1,3})\s+"
                            r"(?:hours?|days?|weeks?|months?)|until\s+(?:[\w.,]+\s+){1,4}?)\s*to\s+$")
# 'demanding that the UK reduce': who is made to act, by a demand
DEMANDED_THAT = re.compile(r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|order(?:s|ed|ing)?)(?:\s+(?:in|on|last|this)\s+\w+)?"
                           r"\s+that\s+(?P<who>.{1,60}?)\s+$|"
                           r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?P<must>.{1,60}?)\s+(?:must|will have to|would have to)\s+$")
# What a subject is bound to do, just before it: 'Washington must ', 'London will have to ', 'was told to '
OBLIGED_TO = re.compile(r"\b(?:(?:ha(?:s|ve|d)|(?:will|would|shall)\s+have|was ordered|were ordered|was told|were told|"
                        r"(?:is|are|was|were)\s+(?:obliged|required))\s+to|must)\s+(?:\w+ly\s+)?$")


def ends_with_to(text: str) -> bool:
    """True when ``text`` ends with the word 'to' (or a headline's 'To') and a space, as all of the patterns above but
    :data:`OWNED_DECISION` need (``\\s+to\\s+$``): a test of its end instead of a search of all of it."""
    stripped = text.rstrip()
    return len(stripped) < len(text) and stripped.endswith(("to", "To")) and stripped[-3:-2].isspace()  # a headline's 'To'


def object_phrase_actors(sentence: str, actors: Sequence[ActorMention], form: str, end: int, start: int,
                         c_end: int) -> list[ActorMention]:
    """The names of the phrase after a trigger ending at ``end``, from ``start`` (its second word) on: up to 80
    characters, the clause's end, or its first comma (for a noun trigger, also its first auxiliary)."""
    phrase_end = min(c_end, end + 80)
    if (stop := (NOUN_PHRASE_STOP if form == "noun" else COMMA).search(sentence[end: c_end])) is not None:
        phrase_end = min(phrase_end, end + stop.start())
    return [a for a in actors if start <= a.start < phrase_end]


TOLD_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+|also\s+|each\s+|all\s+)?"
                                r"(?P<told>told|informed|notified)\b")
TOLD_ACTIVE_AFTER = re.compile(r"\s+(?:has\s+|had\s+|\w+ly\s+)?(?:told|informed|notified)\s+(?:the\s+)?$")


def told_that(sentence: str, actors: Sequence[ActorMention], start: int, end: int) \
        -> tuple[ActorMention | None, ActorMention] | None:
    """Who told whom before a passive expulsion ('Canada was told that four of its diplomats must leave': Canada
    was told; 'Moscow told Ottawa that ...': Moscow told, Ottawa was told), if the clause says so."""
    inside = [a for a in actors if start <= a.start and a.end <= end and a.participant]
    for i, a in enumerate(inside):
        if TOLD_PASSIVE_AFTER.match(sentence, a.end):
            return None, a
        if i + 1 < len(inside) and TOLD_ACTIVE_AFTER.match(sentence[: inside[i + 1].start], a.end) and \
                inside[i + 1].code != a.code:
            return a, inside[i + 1]
    return None


# A relative clause closed by a comma right before a verb: '(which says Russia was behind it), had already expelled'.
RELATIVE_CLOSED_BEFORE = re.compile(r"^[^,;]*,\s+(?:[a-z]+\s+){0,2}$")
# A participle clause opening right before the trigger ('..., sending two Russian diplomats home'): its subject is
# the sentence's.
PARTICIPLE_CLAUSE = re.compile(r",\s+(?:\w+ly\s+|also\s+)?$")
# A clause joined to the one before it ('Britain expelled 23 diplomats, and NATO withdrew ...'): a participle after
# it tells what its own subject did.
JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while)\s+(?=[A-Z])")


def last_joined_clause(sentence: str, start: int, end: int) -> int:
    """Where the last clause joined with ', and' (', but', '; and') before ``end`` begins, or ``start``."""
    return max((m.end() for m in JOINED_CLAUSE.finditer(sentence, start, end)), default=start)


# Where drills no one is named as holding were held: in Russia, where only Russia drills (Belarus hosts joint ones)
HELD_IN_RUSSIA = re.compile(r"\bin\s+(?:(?:western|eastern|northern|southern|central|north-western|south-western|far eastern)\s+)?"
                            r"(?P<place>Russia)\b(?!\s+and\b)")


NATO_NAMED = re.compile(r"\bNATO\b|\bNato\b|\b[Aa]lliance\b")


# The two sides of a war named right after it: 'war broke out between Armenia and Azerbaijan'
WAR_BETWEEN = re.compile(r"(?:\s+(?:broke\s+out|erupted|raged|began|started|flared(?:\s+up)?))?\s+between\s+(?:the\s+)?")


def sides_between(sentence: str, actors: Sequence[ActorMention], m: re.Match[str],
                  pair: Sequence[ActorMention]) -> Sequence[ActorMention]:
    """The two sides of what a passive trigger says was suspended: 'between the two' named last before the
    sentence (``pair``), or Russia and one other named in the trigger ('contacts between the UK and Russia'); else
    none."""
    if len(pair) == 2 and "between the two" in sentence:
        return pair
    if " between " not in m.group(0):
        return ()
    named = [a for a in actors if m.start() < a.start < m.end() and a.participant]
    codes = {a.code for a in named}
    return named if len(named) == 2 and "RUS" in codes and len(codes) == 2 else ()


def event_from_trigger(sentence: str, index: int, rule: lexicon.TriggerRule, m: re.Match[str],
                       actors: Sequence[ActorMention], clause: tuple[int, int], main: ActorMention | None,
                       nrc: bool, carried: bool = False, pair: Sequence[ActorMention] = (),
                       light: bool | None = None) -> list[EventMention]:
    """Actor, target and figure of one trigger in its clause; ``carried`` when ``main`` is who the sentence
    before was about (its offsets are that sentence's); ``pair`` who 'the two leaders' are; ``light`` the
    :func:`light_verb_before` of a noun trigger, if already known."""
    etype = rule.event_type
    ev = EventMention(etype, sentence, index, sentence[m.start(): m.end()], m.start())
    c_start, c_end = clause
    before = sentence[c_start: m.start()]
    if etype == "poisoning" and FIGURATIVE_POISON.search(before):
        return []  # 'relations were already poisoned': no one was
    window_start = m.start() + len(m.group(0).split()[0])
    window = (window_start, c_end)
    passive = rule.form == "passive" or bool(PASSIVE_AUX.match(m.group(0))) or (
        rule.form != "noun" and bool(PARTICIPLE.match(m.group(0))) and (
        bool(PASSIVE_BEFORE.search(before)) or
        (bool(JOINED_PASSIVE_BEFORE.search(before)) and bool(NO_OBJECT_AFTER.match(sentence, m.end()))) or
        (bool(BY_AFTER.match(sentence, m.end())) and not PERFECT_BEFORE.search(before)) or
        (c_start == 0 and HEADLINE_PASSIVE_BEFORE.fullmatch(before) is not None) or
        (etype == "expel_diplomats" and PEOPLE_RIGHT_BEFORE.search(before) is not None and
         NO_OBJECT_AFTER.match(sentence, m.end()) is not None) or
        (etype == "sanctions" and BANNED_PEOPLE_BEFORE.search(before) is not None and
         (listed := LISTED_WHO.search(sentence, c_start, m.start())) is not None and
         any(listed.start("people") <= a.start < listed.end("people") for a in actors))))
    attributive = etype == "expel_diplomats" and not passive and PARTICIPLE.match(m.group(0)) is not None and \
        ATTRIBUTIVE_BEFORE.search(before) is not None and PEOPLE_NAMED_AFTER.match(sentence, m.end()) is not None
    if other := OTHER_CLAUSE.search(sentence, m.end(), c_end):
        c_end = other.start()  # the object ends where a clause about others begins ('... as EU states join')

    actor = None
    weak_actor = None
    patients_end = m.start()  # where a list of the states whose people leave would end
    if rule.form == "intransitive":
        owner = [a for a in actors if a.end <= m.start() + 1 and a.end >= m.start() - 30]
        place = [a for a in actors if m.start() <= a.start < c_end and a.kind in PLACE_KINDS]
        if owner:
            ev.target, ev.target_text = owner[-1].code, owner[-1].text
        if place and (not owner or place[0].code != owner[-1].code):
            actor = place[0]
    elif passive and etype == "expel_diplomats" and THOSE_BEFORE.search(before) and \
            (listed := LISTED_AFTER_THOSE.match(sentence, m.end())) is not None:
        # 'Among those told to leave are four diplomats from Germany and 13 from Ukraine': the list after the verb
        # is who was expelled, by whom the sentence before was about
        window, passive = (listed.end(), c_end), False
        actor = main if main is not None and (carried or main.start < m.start()) else None
    elif passive and etype == "expel_diplomats" and (told := told_that(sentence, actors, c_start, m.start())) is not None:
        # 'Canada was told that four of its diplomats must leave', 'Moscow told Ottawa that four ... must leave': who
        # was told is whose people leave, who told expels them
        teller, told_party = told
        ev.target, ev.target_text = told_party.code, told_party.text
        actor = teller
        if (told_at := TOLD_PASSIVE_AFTER.match(sentence, told_party.end)) is not None:
            patients_end = told_at.start("told")  # 'Germany, France and Poland were each told that four ...'
    elif attributive:  # 'to allow expelled Czech diplomats to return': whose they are, expelled by someone not named
        if (people := next((a for a in actors if a.start == m.end() + 1), None)) is not None:
            ev.target, ev.target_text = people.code, people.text
        window = (m.end(), m.end())
    elif passive:
        actor = passive_agent(sentence, actors, m, c_end, main)
        local_main = subject_of(sentence, actors, 0, len(sentence)) if actor is None else None
        if actor is None and local_main is not None and local_main.start < m.start() and etype != "suspend_cooperation":
            ev.counterpart_of = ""
            if etype == "expel_diplomats" and OWN_STAFF.search(sentence, local_main.end, m.start()):
                # 'The German Foreign Ministry confirmed that four of its diplomats had been ordered to leave': its own
                ev.target, ev.target_text = local_main.code, local_main.text
            else:
                weak_actor = local_main
        if actor is None and etype == "suspend_cooperation" and (nrc or "ouncil" in before and COUNCIL_WORD.search(before)
                                                                 or m.group(0).startswith(("council", "Council"))):
            ev.actor, ev.target, ev.actor_origin = "NATO", "RUS", "default"
        elif actor is None and etype == "suspend_cooperation" and (sides := sides_between(sentence, actors, m, pair)):
            # 'contacts between the two countries (between the UK and Russia) have been suspended', with no one named
            # as suspending them: the one that is not Russia suspends them
            actor, other = sorted(sides, key=lambda a: a.code == "RUS")
            ev.target, ev.target_text = other.code, other.text
    elif rule.form == "noun" and not (etype == "armed_conflict" and WAGED_BEFORE.search(before)) and (
            not (light_verb_before(sentence, c_start, m.start()) if light is None else light) or
            nominal_actor(sentence, actors, m, etype, copied(ev), c_start)):
        actor = nominal_actor(sentence, actors, m, etype, ev, c_start, main)
        if actor is None and etype == "sanctions" and " with " in before and \
                (hit := HIT_WITH.search(sentence, c_start, m.start())) is not None:
            # 'Washington hit Moscow with new sanctions', 'the pipeline, which the US hit with sanctions'
            actor = subject_before(sentence, actors, c_start, hit.start(), main)
            struck = [a for a in actors if hit.group("obj") and hit.start("obj") <= a.start < hit.end("obj") and a.participant]
            if struck and (actor is None or struck[0].code != actor.code):
                ev.target, ev.target_text = struck[0].code, struck[0].text
        if actor is None and (named := NAMING.search(before)) and not JUDGED_AFTER.match(sentence, m.end()):
            # '..., calling the deployment snap exercises': what the subject of the clause did, named
            actor = subject_of(sentence, actors, c_start, c_start + named.start()) or main
        if actor is None and etype == "military_exercise" and (put := FORCES_PUT_IN.search(before)) is not None:
            # 'Putin ordered the Northern Fleet to full combat readiness in a snap exercise': the subject's
            actor = subject_of(sentence, actors, c_start, c_start + put.start())
        if actor is None and etype == "military_exercise" and (held := HELD_IN_RUSSIA.search(sentence, m.end(), c_end)):
            # 'a snap exercise involving 150,000 troops in western Russia': whose land it is held on
            actor = next((a for a in actors if a.start == held.start("place")), None)
        if actor is None and etype == "expel_diplomats" and " from " in sentence[m.end(): m.end() + 80]:
            # 'the expulsion of two Russian diplomats from NATO headquarters': who they were sent away from
            actor = next((a for a in actors if m.end() < a.start <= m.end() + 80 and a.participant and
                          EXPELLED_FROM.fullmatch(sentence, m.end(), a.start)), None)
        if actor is None and etype in ("expel_diplomats", "sanctions", "suspend_mission", "reduce_mission") and \
                (r := RETALIATION.search(sentence[c_start: m.start()])) and r.group(0):
            subj = subject_before(sentence, actors, c_start, m.start(), main)
            if subj is not None:
                ev.counterpart_of = subj.code
    elif (to_end := ends_with_to(before)) and (decided_of := DECISION_OF_BY.search(before)) and (owner := [a for a in actors if c_start + decided_of.start("who")
                                                           <= a.start < c_start + decided_of.end("who")]):
        actor = owner[0]  # 'the decision of the Russian Government to reduce ...'
    elif ("'" in before or "’" in before) and (decided := OWNED_DECISION.search(before) or (
            OWNED_DECISION_JOINED.search(before) if before.endswith(("and to ", "and ")) else None)) and \
            (owner := [a for a in actors if a.end == c_start + decided.start()]):
        actor = owner[0]
        if decided.groupdict().get("who"):
            obj = [a for a in actors if c_start + decided.start("who") <= a.start < c_start + decided.end("who")]
            if obj:
                ev.target, ev.target_text = obj[0].code, obj[0].text
    elif to_end and (made := MADE_TO.search(before) or GIVEN_DEADLINE.search(before)) and (obj := [a for a in actors if c_start + made.start("who") <= a.start
                                                   < c_start + made.end("who") and a.participant]):
        ev.target, ev.target_text = obj[0].code, obj[0].text
        actor = subject_before(sentence, actors, c_start, c_start + made.start(), main)
        if actor is None and (decision := DECISION_OF.search(sentence, c_start, c_start + made.start())):
            actor = next((a for a in actors if a.end == decision.start()), None)  # "the Kremlin's decision to force"
    elif (made := DEMANDED_THAT.search(before)) and (who := "who" if made.group("who") else "must") and \
            (obj := [a for a in actors if c_start + made.start(who) <= a.start < c_start + made.end(who) and a.participant]):
        ev.target, ev.target_text = obj[0].code, obj[0].text  # 'demanding that the UK reduce ...': the UK's
        actor = subject_before(sentence, actors, c_start, c_start + made.start(), main)
    elif to_end and OBLIGED_TO.search(before):
        subj = subject_before(sentence, actors, c_start, m.start(), main)
        if subj is not None:
            ev.target, ev.target_text = subj.code, subj.text
        says = speaker_after(sentence, actors, m.end())
        actor = says if says is not None and (subj is None or says.code != subj.code) else None
    else:
        lead = sentence[c_start: c_start + 12].lower().lstrip(", ")
        if lead.startswith(("which", "who")) and (not subject_of(sentence, actors, c_start, m.start()) or
                                                  RELATIVE_CLOSED_BEFORE.search(before.lstrip(", ")) is not None):
            # 'Britain, which says Russia was behind the attack, had already expelled': the verb after the relative
            # clause is its antecedent's
            actor = antecedent(sentence, actors, c_start)
        elif BY_BEFORE.search(before):
            actor = subject_of(sentence, actors, c_start, m.start()) or main
        else:
            # 'it' or 'they' with no antecedent here ('In 2018 it expelled ...') stands for who the sentence
            # before was about, wherever that stood in its own sentence ('we' is a speaker, not that)
            third = carried and not WE.search(before)
            actor = subject_before(sentence, actors, c_start, m.start(),
                                   main if main and (main.start < m.start() or third) else None)
            if actor is not None and PARTICIPLE_CLAUSE.search(before) and m.group(0).split()[0].endswith("ing") and \
                    (subject := first_subject(sentence, actors, last_joined_clause(sentence, c_start, actor.end),
                                              actor.start)) is not None:
                actor = subject  # 'Italy took part in the response to the attack in Salisbury, England, sending two'
            if actor is None and main is not None and main.start < m.start():
                actor = main
    if etype == "armed_conflict" and rule.form == "noun" and actor is None and " between " in sentence and \
            (between := WAR_BETWEEN.match(sentence, m.end())) is not None:
        # 'war broke out between Armenia and Azerbaijan': the two named, not the other side of these stories
        pair = [a for a in actors if a.start >= between.end() and a.participant][:2]
        if len(pair) == 2 and pair[0].start == between.end() and pair[0].code != pair[1].code and \
                LIST_AND.fullmatch(sentence, pair[0].end, pair[1].start):
            actor = pair[0]
            ev.target, ev.target_text = pair[1].code, pair[1].text
    if etype == "military_exercise" and rule.form == "noun" and "what " in before and \
            (called := WHAT_IT_CALLED.search(sentence, max(c_start, m.start() - COVER_REACH), m.start())) is not None:
        # 'moved missiles into Kaliningrad, between Poland and Lithuania, as part of what it described as drills': the
        # drills of who so calls them (a pronoun: the clause's subject)
        actor = next((a for a in actors if called.start("who") <= a.start < called.end("who") and a.participant), None) \
            or subject_of(sentence, actors, c_start, called.start()) or actor
    if etype == "military_exercise" and rule.form == "noun" and actor is None and "part of" in before and \
            (said := SAID_PART_OF.search(sentence, max(c_start, m.start() - 120), m.start())) is not None:
        # 'moved Iskander missiles into Kaliningrad, saying the transfer was part of regular military drills': the drills
        # of who said so
        actor = subject_before(sentence, actors, c_start, said.start(), main) or main
    if etype == "armed_conflict" and rule.form == "noun" and not ev.target and \
            (hit := VICTIMS_BEFORE.search(sentence, max(c_start, m.start() - 120), m.start())) is not None and \
            (victims := [a for a in actors if a.start == hit.start("who" if hit.group("who") else "loser")
                         and (actor is None or a.code != actor.code)]):
        ev.target, ev.target_text = victims[0].code, victims[0].text  # '33 Turkish soldiers were killed in an air strike'
    if etype == "sanctions" and rule.form == "noun" and actor is not None and \
            (subject := sanctioner_before(sentence, actors, actor, c_start, m.start())):
        ev.target, ev.target_text = actor.code, actor.text  # 'the EU extends Russia economic sanctions': on Russia
        actor = subject
    if actor is not None and actor.code == "NATO" and etype in ("expel_diplomats", "sanctions") and \
            actor.text.lower() in ("allies", "the allies") and NATO_NAMED.search(sentence) is None:
        # 'expelled by allies so far': each ally sends its own home; not 'NATO ... when allies ejected seven from the
        # mission', the alliance's act
        actor = actor._replace(code="WEST")
    if actor is not None:
        ev.actor, ev.actor_text, ev.actor_origin = actor.code, actor.text, "text"
    elif etype == "suspend_cooperation" and not passive and not ev.actor and (
            NRC.search(sentence, m.start(), m.end()) or
            (of := OF_THE_AFTER.match(sentence, m.end())) is not None and NRC.match(sentence, of.end())):
        # 'The ministers agreed to put meetings of the NATO-Russia Council on hold' ('... and suspended meetings of the
        # NATO-Russia Council'): the allies' act, on Russia
        ev.actor, ev.target, ev.actor_origin = "NATO", "RUS", "default"
        return [ev]

    if etype == "talks":
        if m.group(0).endswith((" with", " between")) and not any(
                m.end() < a.start <= PARTNER_REACH.match(sentence, m.end()).end() and a.participant for a in actors):
            return []  # 'after talks with his Mongolian counterpart', 'before talks with Jordan's King Abdullah, Mr Putin
            # said': with someone else
        if m.group(0).startswith("visit") and ev.actor and \
                (host := next((a for a in actors if a.start >= m.end()), None)) is not None:
            actors = [a for a in actors if a.code in (ev.actor, host.code)]  # the visitor and the place visited
        subject = next((a for a in actors if a.code == ev.actor and a.text == ev.actor_text), None)
        assign_talk_sides(ev, actors, sentence, nrc, pair, subject)
        return [ev] if ev.actor else []
    if etype == "expel_diplomats":
        out = expel_details(ev, sentence, actors, m, (c_start, c_end), passive, window)
        if passive and len(out) == 1 and (listed := listed_patients(sentence, actors, c_start, patients_end, m.group(0))):
            # 'Germany, France and Poland were each told to withdraw four diplomats': each one's staff
            kept = out[0].actor not in {a.code for a in listed}
            actor, origin = (out[0].actor, out[0].actor_origin) if kept else ("RUS", "default")
            out = [copied(out[0], actor=actor, actor_text=out[0].actor_text if kept else "", actor_origin=origin,
                          target=a.code, target_text=a.text) for a in listed]
        for e in out:
            if not e.actor and weak_actor is not None and weak_actor.code != e.target:
                e.actor, e.actor_text = weak_actor.code, weak_actor.text
        return out
    in_window = object_phrase_actors(sentence, actors, rule.form, m.end(), window_start, c_end)
    if etype == "reduce_mission":
        ev.count, ev.previous_value = mission_size(sentence[window_start: c_end])
        if ev.count is None and rule.form == "noun":
            ev.count, ev.previous_value = mission_size(sentence[m.start(): c_end])  # 'a ceiling of 20 posts'
        if ev.count is None and rule.form == "passive":
            ev.count, ev.previous_value = mission_size(m.group(0))  # 'the mission, which was cut from 30 to 20'
        ev.count_qualifier = mission_size_qualifier(sentence[window_start: c_end]) if ev.count is not None else ""
        owner = first_owner(sentence, in_window, ev.actor)
        if (left := LEFT_WITH.search(sentence, max(0, m.start() - 40), m.start())) is not None and \
                (left_with := [a for a in actors if a.start == left.start("who")]) and \
                (doer := subject_of(sentence, actors, 0, left.start())) is not None and doer.code != left_with[0].code:
            # '..., leaving Moscow with a ceiling of 20 posts': Moscow's mission, cut by the clause's subject
            owner = left_with[0]
            ev.actor, ev.actor_text, ev.actor_origin = doer.code, doer.text, "text"
            ev.target, ev.target_text = owner.code, owner.text
        subject = None
        if rule.form == "passive" and ", which " in m.group(0) and \
                (named := [a for a in actors if 0 <= m.start() - a.end <= 2]) and \
                (doer := subject_of(sentence, actors, 0, named[0].start)) is not None and doer.code != named[0].code:
            # 'NATO expelled eight members of the Russian mission, which was reduced from 30 to 20': the Russian
            # mission, cut by the sentence's subject
            ev.actor, ev.actor_text, ev.actor_origin = doer.code, doer.text, "text"
            ev.target, ev.target_text = named[0].code, named[0].text
            return [ev]
        if passive:
            near = [a for a in actors if c_start <= a.start and a.end <= m.start()]
            if near and (owner_of := mission_owner(sentence, actors, near[-1])) is not None:
                # 'the Russian embassy in Prague will be allowed ...': the Russian mission, capped by its host
                subject, ev.actor, ev.actor_text, ev.actor_origin = owner_of, near[-1].code, near[-1].text, "text"
            else:
                subject = subject_before(sentence, actors, c_start, m.start())
        if passive and subject is not None and subject.code != ev.actor:
            owner = subject  # 'London has been told to bring the number of its staff ...': London's mission
            ev.target, ev.target_text = subject.code, subject.text
            if not ev.actor and subject.code != "RUS":
                ev.actor, ev.actor_text, ev.actor_origin = "RUS", "", "default"  # as for people told to leave
        if not passive and (told := ORDERED_OBJECT_BEFORE.search(sentence, c_start, m.start())) is not None and \
                (ordered := [a for a in actors if told.start("obj") <= a.start < told.end("obj") and a.code != ev.actor]):
            # 'ordered the Russian embassy in Prague to cut its staff': the mission ordered is the one cut
            whose = mission_owner(sentence, actors, ordered[-1]) or ordered[0]
            if whose.code != ev.actor:
                ev.target, ev.target_text = whose.code, whose.text
        elif not passive and told is not None and ev.actor and \
                (obj := [a for a in actors if told.start("obj") <= a.start < told.end("obj") and a.participant]) and \
                obj[0].code == ev.actor and not any(a.participant and c_start <= a.start < told.start() for a in actors):
            # 'It ordered Russia to shrink its embassy': Russia's mission, cut by whom 'it' stands for, not by Russia
            ev.target, ev.target_text = obj[0].code, obj[0].text
            ev.actor, ev.actor_text, ev.actor_origin = "", "", ""
        if owner and not ev.target:
            ev.target, ev.target_text = owner.code, owner.text
        if not passive:
            bound_to_act(ev, sentence, actors, c_start, m.start())
        return [ev]
    if etype == "military_exercise":
        ev.count, ev.count_qualifier = troop_figure(sentence[c_start:c_end])
        if (said := FIGURE_RELATIVE.match(sentence, m.end())) is not None and \
                (own := troop_figure(sentence[said.start(): said.end() + 40]))[0] is not None:
            ev.count, ev.count_qualifier = own  # 'Vostok-2018, which Moscow said involved 300,000': its own figure
        if ev.count is None and not (CONTRAST_OPENS.search(sentence, max(0, c_start - 10), c_start) and
                                     EXERCISE_NOUN.search(sentence, 0, c_start) and troop_figure(sentence[:c_start])[0]):
            # the sentence's figure, unless it is the size of another exercise told before a contrast ('About 1,000
            # U.S. troops began an exercise ..., while Russia launched its own war games')
            ev.count, ev.count_qualifier = troop_figure(sentence)
        forces = force_nationalities(sentence, actors, c_start, c_end)
        holder = lexicon.exercise_series().get(lexicon.series_name(ev.trigger)) if ev.trigger[:1].isupper() else None
        if holder is not None and holder in {f.code for f in forces}:
            forces = [f for f in forces if f.code == holder]  # 'Zapad 2017, with Russian and Belarusian troops'
        if forces and (actor is None or actor.kind == "demonym" and actor.code in {f.code for f in forces}):
            return [copied(ev, actor=a.code, actor_text=a.text, actor_origin="text") for a in forces]
        if not ev.actor and " from " in sentence and allied_troops_pattern().search(sentence) is not None:
            ev.actor, ev.actor_text, ev.actor_origin = "NATO", "", "text"  # '1,300 troops from 19 Nato members'
        if not ev.actor and (own := own_military_speaking(sentence, actors, m.start())) is not None:
            ev.actor, ev.actor_text, ev.actor_origin = own.code, own.text, "text"
        return [ev]
    btw = BETWEEN_NEAR.match(sentence[m.end(): c_end])
    pair = [a for a in actors if btw and a.start >= m.end() + btw.end() and a.participant][:2]
    if etype in ("suspend_cooperation", "cancel_meeting") and len(pair) == 2:
        body = next((a for a in pair if a.code in ("NATO", "EU")), None)
        if not ev.actor or ev.actor == "WEST" and body is not None:  # the member states suspend their alliance's ties
            first = body if ev.actor == "WEST" and body is not None else pair[0]
            ev.actor, ev.actor_text, ev.actor_origin = first.code, first.text, "text"
        other = pair[1] if pair[0].code == ev.actor else pair[0]
        ev.target, ev.target_text = other.code, other.text
    if etype == "sanctions" and ev.actor != "RUS" and any(a.code == "RUS" for a in in_window):
        russia = next(a for a in in_window if a.code == "RUS")
        struck = next((a for a in in_window if a.start < russia.start and a.participant and a.code != ev.actor and
                       not ALLY_NOUN_AFTER.match(sentence, a.end) and
                       SANCTIONED_BEFORE.search(sentence, max(0, a.start - 40), a.start)), None)
        # 'sanctions on NATO ally Turkey over its purchase of a Russian S-400': Turkey's; else Russia's
        ev.target, ev.target_text = (struck.code, struck.text) if struck is not None else ("RUS", russia.text)
    if etype == "sanctions" and passive and (listed := LISTED_WHO.search(sentence, c_start, m.start())) is not None:
        # 'Russia has published a list of 18 US citizens who are barred from entering': the list's maker bars them
        maker = ev.actor or (weak_actor.code if weak_actor is not None and weak_actor.start < listed.start() else "")
        if people := [a for a in actors if listed.start("people") <= a.start < listed.end("people") and a.code != maker]:
            if not ev.actor and maker:
                ev.actor, ev.actor_text, ev.actor_origin = weak_actor.code, weak_actor.text, "text"
            ev.target, ev.target_text = people[0].code, people[0].text
    if etype == "sanctions" and not ev.target and " " not in m.group(0) and (direct := [a for a in in_window if a.code != ev.actor and
                                                              re.fullmatch(r"\s+(?:the\s+)?", sentence[m.end(): a.start])]):
        ev.target, ev.target_text = direct[0].code, direct[0].text  # 'blacklists U.S. officials'
    if etype == "armed_conflict" and rule.form == "noun" and not ev.actor and " by " in sentence[m.end(): c_end] and \
            (agent := next((a for a in actors if m.end() <= a.start < c_end and a.participant and
                            AGENT_BY_AFTER.fullmatch(sentence, m.end(), a.start)), None)) is not None:
        ev.actor, ev.actor_text, ev.actor_origin = agent.code, agent.text, "text"  # 'the bombing of Aleppo by Russian jets'
    if etype == "cancel_meeting" and not ev.target and (host := visit_host(sentence, actors, ev.actor)) is not None:
        ev.target, ev.target_text = host.code, host.text
    if not ev.target:
        tgt = object_of(sentence, in_window, ev.actor, etype, m.end())
        if tgt is not None:
            ev.target, ev.target_text = tgt.code, tgt.text
        elif ev.actor and (nrc and etype in ("suspend_cooperation", "cancel_meeting") or
                           etype == "cancel_meeting" and NATO_RUSSIA_MEETING.search(m.group(0))):
            ev.target = "RUS" if ev.actor != "RUS" else "NATO"  # 'Lavrov pulled out of a NATO-Russia ministerial meeting'
    if etype == "suspend_mission" and not passive:
        bound_to_act(ev, sentence, actors, c_start, m.start())
    if ev.target == ev.actor:
        ev.target = ""
    return [ev]


# The people of a list, told by a relative clause right before a passive sanction ('a list of 18 U.S. citizens who are
# barred from entering', 'its list of EU officials barred from entering')
LISTED_WHO = re.compile(r"\blist\s+of\s+(?P<people>(?:[^.;]|(?<=\b[A-Z])\.){1,100}?)\s+(?:(?:who|that)\s+"
                        r"(?:are|were|will be|would be|have been|had been)\s+(?:now\s+|also\s+)?)?$")


PARTNER_REACH = re.compile(r"[^,;]{0,50}")  # where the one talked 'with' is named: before a comma, near the word
OF_THE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")  # 'meetings of the NATO-Russia Council': the council after the trigger


def bound_to_act(ev: EventMention, sentence: str, actors: Sequence[ActorMention], c_start: int, trigger_start: int) -> None:
    """A party that must cut or close its own mission ('Washington must reduce its staff in Russia to 455', 'Russia
    must close its consulate in San Francisco') is the mission's owner, made to by its host: the target, with the
    host (the party the mission is in) or else the side opposite as the actor. Not where the party before 'must' is
    the mission's place ('the Russian embassy in Prague must cut its staff')."""
    if not ev.actor or (obliged := OBLIGED_TO.search(sentence, c_start, trigger_start)) is None:
        return
    bound = [a for a in actors if c_start <= a.start and a.end <= obliged.start()]
    if not bound or bound[-1].code != ev.actor or obliged.start() - bound[-1].end > 40 or \
            "," in sentence[bound[-1].end: obliged.start()] or sentence.endswith(("in ", "in the "), 0, bound[-1].start):
        return
    host = (ev.target, ev.target_text, "text") if ev.target else ("RUS" if ev.actor != "RUS" else "", "", "default")
    ev.target, ev.target_text = ev.actor, ev.actor_text
    ev.actor, ev.actor_text, ev.actor_origin = host


@lru_cache(maxsize=1)
def allied_troops_pattern() -> re.Pattern[str]:
    """The troops of an exercise (data/people_nouns.toml) drawn from the alliance's members: 'about 1,300 troops
    from 19 Nato members and partner countries', 'troops from nine allied countries'."""
    nouns = sorted(lexicon.people_nouns()["troops"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+from\s+(?:more\s+than\s+|some\s+|about\s+|"
                      r"around\s+)?(?:\w+\s+)?(?:NATO|Nato|allied|alliance)\s+(?:and\s+partner\s+)?"
                      r"(?:member\s+states|members|countries|nations|allies|states)\b")


@lru_cache(maxsize=1)
def forces_pattern() -> re.Pattern[str]:
    """A noun of armed forces (data/people_nouns.toml) right after a nationality, one word may stand between."""
    nouns = sorted(lexicon.people_nouns()["forces"], key=len, reverse=True)
    return re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(map(re.escape, nouns)) + r")\b")


# Who is struck with a measure and by whom: 'hit Moscow with new sanctions', 'which the US targeted with sanctions'.
HIT_WITH = re.compile(r"\b(?:hit|hits|hitting|slap(?:s|ped|ping)?|target(?:s|ed|ing)?|punish(?:es|ed|ing)?)\s+"
                      r"(?:(?P<obj>[^,;.]{1,60}?)\s+)?with\s+(?:[\w'’-]+\s+){0,3}$")


# A state's own defence ministry or military reporting what unnamed units did: 'Russia's defence ministry says
# troops ... returned to base after completing exercises'.
MILITARY_SPEAKING = re.compile(r"(?:'s|’s)?\s+(?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e|military|armed forces|"
                               r"[Gg]eneral [Ss]taff)\s+(?:said|says|reported|reports|announced|announces)\b")


def own_military_speaking(sentence: str, actors: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """Whose defence ministry or military, named before ``pos``, says what the sentence reports."""
    if "ilitary" not in sentence and "efen" not in sentence and "eneral" not in sentence and "armed" not in sentence:
        return None
    return next((a for a in actors if a.end < pos and a.kind in ("state", "demonym", "capital") and
                 MILITARY_SPEAKING.match(sentence, a.end)), None)


# Who takes the land in an annexation: 'reunification with Russia', 'absorbing Crimea into the Russian Federation'.
ANNEXER_BEFORE = re.compile(r"\b(?:with|into|(?:ma(?:de|ke|kes|king)|bec(?:ame|ome|omes|oming))\s+(?:it\s+)?part\s+of)\s+(?:the\s+)?$")
PARTNERS_BEFORE = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$")


def force_nationalities(sentence: str, actors: Sequence[ActorMention], c_start: int,
                        c_end: int) -> list[ActorMention]:
    """Whose forces a clause names ('19,000 Swedish troops', 'Polish and Lithuanian forces'): who holds an
    exercise no one is named as holding. Nationalities joined by 'and' or commas share the noun."""
    # a state's name right before a noun of forces is a nationality too ('US troops'; not 'Serbia sends paratroopers')
    demonyms = [a for a in actors if a.start < c_end and (a.kind == "demonym" or a.kind == "state" and (
        m := forces_pattern().match(sentence, a.end)) is not None and len(m.group(0).split()) == 1)]
    out: list[ActorMention] = []
    partners: list[ActorMention] = []
    for i, a in enumerate(demonyms):
        if a.start < c_start or not forces_pattern().match(sentence, a.end):
            continue
        group = [a]
        for b in reversed(demonyms[:i]):
            if not re.fullmatch(r"\s*(?:,|and|, and)\s*", sentence[b.end: group[0].start]):
                break
            group.insert(0, b)
        # 'American paratroopers ... for exercises with Polish forces': forces after 'with' or 'alongside' are the
        # partners
        into = partners if PARTNERS_BEFORE.search(sentence, max(0, group[0].start - 15), group[0].start) else out
        into.extend(g for g in group if g.code not in {o.code for o in into})
    return out or partners


def speaker_after(sentence: str, actors: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """The participant that says so after a statement ('..., Russia's foreign ministry announced')."""
    for a in actors:
        if a.start >= pos and a.participant and REPORTING.search(sentence[a.end: a.end + 40]):
            return a
    return None


# An expelled person named by a pronoun, and the envoy of a state named before it ("Estonia's consul", 'the Estonian
# consul')
PERSON_PRONOUN = re.compile(r"\s*(?:him|her)\b")
ENVOY_OF = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:consul|consul-general|ambassador|envoy|diplomat|attach[eé])\b")
# 'Among those told to leave are ...', 'Those expelled include ...': the people listed after the verb
THOSE_BEFORE = re.compile(r"(?:^|\b[Aa]mong\s+)[Tt]hose\s+$")
LISTED_AFTER_THOSE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:are|were|include|included|includes)\s+")
# After a passive: its agent ('by the Czech government'), the 'of' after 'ordered out', the place left.
BY_AGENT = re.compile(rf"\s+by\s+(?:the\s+)?(?:(?:{QUAL})\s+)?")
OF_AFTER_OUT = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:{QUAL})\s+)?")
LEFT_PLACE_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}?(?:out of|from|to leave|leave)\s+(?:the\s+)?(?:(?:{QUAL})\s+)?")


# An adverb between a speaker and the verb of saying ('May also announced').
SAYING_ADVERB = re.compile(r"^(?:also|later|then|earlier|again|further|separately)\s+")


# What joins the agents of a list after 'by': 'the United States, most EU members, NATO itself and several other ...'
AGENTS_JOINED = re.compile(r"(?:\s+(?:itself|members|member states|states|countries|allies|partners))?\s*(?:,|and|, and)\s*"
                           r"(?:(?:most|many|several|some|all|other|the|its)\s+)*")


def passive_agent(sentence: str, actors: Sequence[ActorMention], m: re.Match[str], c_end: int,
                  main: ActorMention | None) -> ActorMention | None:
    """Who did it, for a passive: 'by X'; the country left ('told to leave Russia', 'out of Prague');
    the host of the mission they were removed from; or the state that says so ('Poland said ... expelled')."""
    after = sentence[m.end(): c_end]
    if by := BY_AGENT.match(after):
        for i, a in enumerate(actors):
            if a.start == m.end() + by.end() and a.participant:
                listed = [a]
                for nxt in actors[i + 1:]:
                    if not (nxt.participant and AGENTS_JOINED.fullmatch(sentence, listed[-1].end, nxt.start)):
                        break
                    listed.append(nxt)
                if len({x.code for x in listed}) >= 3:  # 'sent home by the United States, most EU members, NATO itself ...'
                    return ActorMention(a.start, listed[-1].end, "WEST", "group", sentence[a.start: listed[-1].end], True)
                return a
    leave = re.search(r"\b(?:leave|out of|from)\s+(?:the\s+)?$", sentence[: m.end()]) or \
        (OF_AFTER_OUT.match(after) if re.search(r"\bout$", m.group(0)) else None) or \
        LEFT_PLACE_AFTER.match(after)
    if leave:
        pos = m.end() + leave.end() if leave.re.pattern.startswith(r"\s+") else m.end()
        for i, a in enumerate(actors):
            if a.start == pos and a.participant and a.code != "RUS" or a.start == pos and "leave" in leave.group(0):
                nxt = actors[i + 1] if i + 1 < len(actors) else None
                if nxt is not None and nxt.participant and nxt.code != a.code and \
                        COORDINATED.fullmatch(sentence, a.end, nxt.start):  # 'expelled from X, Y and Z': several states
                    return ActorMention(a.start, nxt.end, "WEST", "group", sentence[a.start: nxt.end], True)
                return a
    hosts = [a for a in actors if a.end <= c_end and is_host(sentence, a)]
    if hosts:
        return hosts[0]
    says = [a for a in actors if a.end <= m.start() and a.participant and
            REPORTING.match(SAYING_ADVERB.sub("", sentence[a.end: a.end + 30].lstrip(), count=1))]
    if says:
        return says[0]
    if (tail := SAID_AT_END.search(sentence, m.end())) is not None:
        # '..., were expelled from the country in April, the Dutch defence minister said.'
        who = [a for a in actors if tail.start("who") <= a.start < tail.end("who") and a.participant]
        if who:
            return who[0]
    if across := ACROSS_STATES.search(sentence, 0, c_end):
        return ActorMention(across.start(), across.end(), "WEST", "group", across.group(0), True)
    return None


# Who says so at the end of a sentence ('..., Dutch Defence Minister Ank Bijleveld said.').
SAID_AT_END = re.compile(r",\s+(?P<who>[^,;\"“”]{1,60}?)\s+(?:said|says|announced|reported|confirmed)\s*[.\"”]*\s*$")


# Where a passive act with no agent happened in many states at once ('expelled across Europe'): several states did it.
ACROSS_STATES = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]round)\s+(?:the\s+)?(?:Europe|European Union|EU|West|"
                           r"world|globe|continent|alliance|bloc)\b")


# A noun of leaving with who leaves after 'of' ('the withdrawal of Russia from the treaty').
LEAVER_OF = re.compile(r"(?i)(?:withdrawal|exit|departure|pull-?out|walk-?out|retreat)\s+of\s+(?:the\s+)?")


TITLED_NAME = re.compile(r"[A-Z][\w-]*(?:(?:\s+(?:for|of|and|the|in|on))+\s+[A-Z][\w-]*)+")


# What may stand between a party and a noun trigger it owns ("Russia's", "NATO's Trident Juncture 2018", "NATO's
# Steadfast Javelin II")
MODIFIERS = re.compile(r"(?:'s)?(?:[\s\"“”]+(?:\d{4}|[a-z-]+|[A-Z][a-z]+(?: (?:\d{4}|\d{1,2}|[IVX]{1,4}))?))*[\s\"“”]*")
TITLED_MODIFIERS = re.compile(r"(?:'s)?(?:[\s\"“”]+(?:\d{4}|-[a-z]+|[A-Z][\w-]*(?: \d{4})?))*[\s\"“”]*")
FUNCTION_WORD = re.compile(r"\b(?:" + "|".join(PREPOSITIONS) + r"|and|or|the|a|an|has|have|is|are|was|were)\b")
WAR_WORD = re.compile(r"(?i)wars?|conflicts?")
# A noun trigger's relative clause whose subject did it: 'the sanctions [that] the EU first imposed on Russia'.
AGENT_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?=[A-Z])")
AGENT_VERB = re.compile(r"(?:\s+(?:administration|government|authorities))?"  # 'the sanctions the Biden administration imposed'
                        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"  # '... Washington and the EU have kept'
                        r"\s+(?:(?:first|had|has|have|later|then|also|already|just|[a-z]+ly)\s+){0,2}"
                        r"(?:impos|introduc|slapp|adopt|announc|levi|order|extend|renew|stag|held|hold|conduct|maintain|"
                        r"suspend|froze|frozen|halt)\w*\b")  # 'the cooperation that Canada suspended in 2014'
# A possessive and two adjectives joined before a noun trigger ('Warsaw's "unfriendly and unfounded" expulsion'),
# which the modifiers above stop at.
OWNER_OF_PAIRED = re.compile(r"(?:'s|’s)\s+[\"“]?[a-z-]+,?\s+(?:and|but)\s+[a-z-]+[\"”]?\s+$")
# Who started a war ('Georgia started last year's war with Russia'): that side's, whatever the reference says.
STARTED_BEFORE = re.compile(r"\b(?:start(?!\s+of\b)|began|begin|launch|provok|trigger|unleash|initiat|instigat)\w*\s+"
                            r"(?:[\w'’-]+\s+){0,3}$")  # not 'the start of a five-day war with Russia'
# A war its subject waged ('Georgia, which fought a brief war with Russia'): the subject's, as after a light verb.
WAGED_BEFORE = re.compile(r"\b(?:fought|fight(?:s|ing)?|wag(?:ed|es|ing)|lost|won)\s+(?:[\w-]+\s+){0,3}$")
BY_AGENT_AFTER = re.compile(r"\s+(?:of\s+[^,.;]{0,60}?\s+|(?:bill|law|legislation|act)\s+(?:passed|signed)\s+|"
                            r"(?:ordered|called|launched|staged|held|led|hosted|"
                            r"conducted|organi[sz]ed|imposed|introduced|adopted|approved)\s+(?:(?:the\s+)?(?:same\s+)?(?:day|week|month|year)\s+)?)?"
                            r"(?:by|across|among)\s+(?:the\s+)?"
                            r"(?:(?:President|Prime Minister|Defen[cs]e Minister|Chancellor)\s+(?:[A-Z][a-z]+\s+)?)?")
FROM_AGENT_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
BETWEEN_AFTER = re.compile(r"\s+between\s+")
RELATIVE_AFTER = re.compile(r"\s+(?P<that>(?:that|which)\s+)?(?:the\s+)?")
# The verb of an object relative clause without 'that' ('the sanctions the EU imposed on Russia')
RELATIVE_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+ed|put|set)\b(?!\s+from\b)")  # not 'Americans banned from'
# A relative clause right after an exercise's name, or after where it is held, that gives its size ('Vostok-2018, which
# Moscow said involved', 'its Vostok 2018 drills in the country's east, which Moscow said involved').
FIGURE_RELATIVE = re.compile(r"(?:\s+(?:war games|exercises?|drills?|manoeuvres|maneuvers))?"
                             r"(?:\s+(?:in|near|off|across)\s+[^,;.]{1,40}?)?\s*,?\s+(?:which|that)\b[^.;,]{0,60}?"
                             r"\b(?:involv|brought|drew|includ|mobili[sz]|featur|gather)\w*")
# What the party of a relative clause after a noun says or thinks of it ('war games that Moscow has condemned'): it
# did not do it.
REACTION_VERB = re.compile(r"\s+(?:(?:has|have|had|also|repeatedly|long|strongly|sharply|publicly|already)\s+)*"
                           r"(?:condemn|critici[sz]|denounc|protest|oppos|slamm|describ|view|see|saw|consider|fear|regard|"
                           r"warn|complain|reject|object|lambast|blast|deplor|say|said|claim|accus|dismiss|back|support|endors|welcom|prais|"
                           r"applaud|hail|champion)\w*")
POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|the country's)\s+(?:[\w-]+\s+){0,3}(?:and\s+(?:[\w-]+\s+){1,3})?$")


# The measures' owner's own act, told after them: 'the EU sanctions imposed on Russia', '... the bloc adopted'.
OWNERS_ACT_AFTER = re.compile(r"\s+(?:(?:first\s+|originally\s+|already\s+)?(?:imposed|adopted|introduced|slapped)\b|"
                              r"(?:that|which)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:had\s+|has\s+)?(?:imposed|adopted|introduced)\b)")


# Taking up another's measures: 'aligned itself with the EU sanctions', 'joined the US sanctions'.
ALIGNED_WITH = re.compile(r"\b(?:align\w*|join\w*|adopt\w*|follow(?:s|ed|ing)?|lin(?:ed|es|ing) up behind|"
                          r"(?:fallen|fell|falls|falling) in line with|sign(?:s|ed|ing) up to)\s+(?:itself\s+|themselves\s+)?"
                          r"(?:with\s+|to\s+)?(?:the\s+)?$")


# 'Australia has joined the United States and the European Union in imposing sanctions on Russia': the act is the
# joiner's; those it joined acted before.
JOINED_IN_ACT = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:[^.;]|(?<=\b\w)\.){1,80}?\s+in\s+(?:imposing|introducing|adopting|slapping|"
                           r"announcing|levying)\s+(?:[\w-]+\s+){0,2}$")


def joined_in_act(sentence: str, actors: Sequence[ActorMention], pos: int, c_start: int,
                  main: ActorMention | None) -> ActorMention | None:
    """Who joined others in the act of the trigger at ``pos`` ('Ottawa joined the U.S. and the EU in imposing
    sanctions'): the subject before 'joined', else None."""
    if (joined := JOINED_IN_ACT.search(sentence, c_start, pos)) is None or \
            blocked_by_modality(sentence[c_start: joined.start()], joined.group(0), sentence[: joined.start()], "sanctions"):
        return None
    subject = subject_before(sentence, actors, c_start, joined.start(), main)
    return subject if subject is not None and subject.participant else None


def aligned_with(ev: EventMention, sentence: str, actors: Sequence[ActorMention], pos: int, c_start: int,
                 main: ActorMention | None) -> list[EventMention]:
    """'Norway aligned itself with the EU sanctions': the sanctions are the EU's and Norway's too."""
    owner = [a for a in actors if pos - 40 <= a.end <= pos and a.code == ev.actor and
             OWNER_GAP.fullmatch(sentence, a.end, pos)]
    if not owner or not (aligned := ALIGNED_WITH.search(sentence, max(c_start, owner[-1].start - 40), owner[-1].start)):
        return []
    if blocked_by_modality(sentence[c_start: aligned.start()], aligned.group(0), sentence[: aligned.start()], "sanctions"):
        return []  # 'Serbia has refused to join EU sanctions': the EU's, not Serbia's
    if sentence[max(c_start, aligned.start() - 4): aligned.start()].endswith("by "):
        # 'Montenegro angered Moscow by joining EU sanctions': the gerund after 'by' is the sentence subject's act
        subject = subject_of(sentence, actors, c_start, aligned.start())
    else:
        subject = subject_before(sentence, actors, c_start, owner[-1].start, main)
    if subject is None or subject.code == ev.actor:
        return []
    return [copied(ev, actor=subject.code, actor_text=subject.text, actor_origin="text")]


# What is poisoned only in a figure of speech ('Relations between Moscow and Tbilisi were already poisoned').
FIGURATIVE_POISON = re.compile(r"\b(?:relations|ties|relationship|atmosphere|climate|mood|debate|well)\b"
                               r"(?:\s+(?!(?:after|when|as|because|since|before|while|that|until|but)\b)[\w'-]+){0,8}?\s+"
                               r"(?:was|were|is|are|been|be|become|became)\s+(?:\w+ly\s+|already\s+|further\s+)*$", re.I)
PAIR_ADJECTIVE_BEFORE = re.compile(r"\b([A-Z][A-Za-z.]+)[-–]([A-Z][A-Za-z]+)\s+(?:[a-z-]+\s+){0,2}$")
LED_BEFORE = re.compile(r"\b(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-led\s+(?:[\w'-]+\s+){0,4}$")
# Whose forces an attack struck, before it: '33 Turkish soldiers were killed in an air strike', 'Turkey lost 34 soldiers in'.
VICTIMS_BEFORE = re.compile(r"(?:\b(?P<who>[A-Z][\w.-]*)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|sailors|pilots|"
                            r"airmen|marines|personnel)\s+(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured)|"
                            r"\b(?P<loser>[A-Z][\w.-]*)\s+lost\s+(?:[\w,-]+\s+){1,3}?(?:soldiers|troops|servicemen|sailors|pilots|airmen|"
                            r"marines))\s+(?:in|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
# Who a noun's act is blamed on after it: '..., which Turkey blamed on Syrian government forces'.
BLAMED_ON_AFTER = re.compile(r"[^.;]{0,60}?\bblamed\s+on\s+(?:the\s+)?")
# Who is blamed for what a noun names ('blamed Moscow for the poisoning', 'accused Russia of the attack').
BLAMED_FOR = re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|h(?:old|olds|eld|olding))\s+(?P<who>[^,;]{1,40}?)\s+"
                        r"(?:responsible\s+)?(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")


# What may stand between 'Russia' and 'sanctions' when Russia is sanctioned ('Russia economic sanctions').
SANCTIONS_ADJECTIVES = re.compile(r"\s+(?:(?i:economic|sectoral|new|fresh|broad|tough|tougher|further|additional|financial|"
                                  r"punitive|existing|targeted|wider|broader|harsher|more)\s+){0,2}")


OWNER_GAP = re.compile(r"(?:'s|’s)?" + SANCTIONS_ADJECTIVES.pattern)  # "the EU's economic sanctions"


def sanctioner_before(sentence: str, actors: Sequence[ActorMention], named: ActorMention, start: int,
                      pos: int) -> ActorMention | None:
    """Who imposes 'Russia sanctions' (Russia or Belarus named right before the noun, as headlines write it) if
    someone else is the subject before: then that state is the target ('EU extends Russia economic sanctions')."""
    if named.code not in EAST or named.kind != "state" or not SANCTIONS_ADJECTIVES.fullmatch(sentence, named.end, pos):
        return None
    subject = subject_of(sentence, actors, start, named.start)
    return subject if subject is not None and subject.code not in EAST else None


# Between the people a measure is aimed at and the measure ('Russians facing travel bans'): they do not impose it.
FACING = re.compile(r"\s+(?:who\s+(?:are|were|now)\s+)?(?:facing|face|faced|subject\s+to|targeted\s+by|hit\s+by)\s+"
                    r"(?:(?:new|further|more|fresh)\s+)?")
# 'Russia added Iceland to the list of countries covered by its ban on food imports': who is added is the target
ADDED_TO = re.compile(r"\badd(?:s|ed|ing)\s+(?P<whom>[^;]{1,80}?)\s+to\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,6}?$")


def nominal_actor(sentence: str, actors: Sequence[ActorMention], m: re.Match[str], etype: str,
                  ev: EventMention, c_start: int, main: ActorMention | None = None) -> ActorMention | None:
    """Who did what a noun names: a name just before it ('NATO war games', 'Moscow's 2014 annexation'),
    'by X' after it, or 'between X and Y'."""
    if etype == "sanctions" and "add" in sentence[c_start: m.start()] and \
            (added := ADDED_TO.search(sentence, c_start, m.start())) is not None and \
            (whom := [a for a in actors if added.start("whom") <= a.start < added.end("whom") and a.participant]):
        ev.target, ev.target_text = whom[0].code, whom[0].text
        return subject_before(sentence, actors, c_start, added.start())
    if (left := LEAVER_OF.match(sentence, m.start())) is not None:
        # 'the withdrawal of the United States from the treaty': who withdraws, not the other party
        who = [a for a in actors if a.start == left.end() and a.participant]
        if who:
            return who[0]
    if (agent := AGENT_AFTER.match(sentence, m.end())) is not None and \
            (doer := [a for a in actors if a.start == agent.end() and a.participant]) and \
            AGENT_VERB.match(sentence, doer[0].end) is not None:
        return doer[0]  # 'the economic sanctions the EU first imposed on Russia', 'the expulsions that Moscow ordered'
    pre = [a for a in actors if c_start <= a.end <= m.start() and a.end >= m.start() - 30]
    if (owned := OWNER_OF_PAIRED.search(sentence, max(c_start, m.start() - 50), m.start())) is not None and \
            (owner := [a for a in actors if a.end == owned.start() and a.participant]):
        return owner[0]  # 'Warsaw's "unfriendly and unfounded" expulsion of three Russian diplomats'
    if pre:
        a = pre[-1]
        # a name with small words inside ('NATO's Partnership for Peace exercises') is one word here
        gap = TITLED_NAME.sub("Name", sentence[a.end: m.start()])
        lower_ok = gap.startswith("'s") or a.kind == "demonym" or (
            etype == "sanctions" and a.code not in EAST and SANCTIONS_ADJECTIVES.fullmatch(gap) is not None)
        words = MODIFIERS if lower_ok else TITLED_MODIFIERS  # 'EU economic sanctions' too
        if FACING.fullmatch(gap):  # 'a list of Russians and Ukrainians facing travel bans': at whom it is aimed
            group = list_ending_at(sentence, actors, a.end)[0]
            ev.target, ev.target_text = group.code, group.text  # the first of them
            return subject_before(sentence, actors, c_start, group.start, main)
        if words.fullmatch(gap) and len(gap.split()) <= 4 and not FUNCTION_WORD.search(gap) and \
                not (gap.strip()[:1].isupper() and LIGHT_VERB.search(gap)):  # a headline's 'Belarus Launch Zapad'

            if etype == "armed_conflict" and not gap.startswith("'s") and (a.kind in PLACE_KINDS or (
                    a.kind == "demonym" and WAR_WORD.fullmatch(m.group(0)))):  # 'the Georgian war'
                ev.target, ev.target_text = a.code, a.text
            elif etype == "annexation" and not gap.startswith(("'s", "’s")) and a.code not in EAST:
                ev.target, ev.target_text = a.code, a.text  # 'the Crimea annexation': what was annexed
            elif etype == "sanctions" and (subject := sanctioner_before(sentence, actors, a, c_start, m.start())):
                ev.target, ev.target_text = a.code, a.text  # 'the EU agrees broad Russia sanctions': on Russia
                return subject
            elif not (etype == "military_exercise" and a.kind == "territory"):  # 'Crimea drills': drills held there
                return a
    if not pre and (pair := PAIR_ADJECTIVE_BEFORE.search(sentence, max(c_start, m.start() - 60), m.start())) is not None:
        # 'the joint Russian-Belarusian exercise', 'US-Russian talks': names joined by a hyphen, the first one acts
        parts = [next((a for a in find_actors(pair.group(k)) if a.kind in ("demonym", "state")), None) for k in (1, 2)]
        if parts[0] is not None and parts[1] is not None and parts[0].code != parts[1].code:
            if etype not in ("military_exercise", "armed_conflict") and not ev.target:
                ev.target, ev.target_text = parts[1].code, parts[1].text
            return parts[0]._replace(start=pair.start(1), end=pair.end(1))
    if "-led " in sentence[c_start: m.start()] and (led := LED_BEFORE.search(sentence, c_start, m.start())):
        # 'the US-led Saber Strike exercise': the name before '-led' (found on its own: names stop at a hyphen)
        leader = [a for a in find_actors(led.group("who")) if a.participant or a.kind == "demonym"]  # 'Norwegian-led'
        if leader:
            return leader[0]._replace(start=led.start("who"), end=led.end("who"))
    if (blamed := BLAMED_FOR.search(sentence, c_start, m.start())) is not None:
        # 'Britain blames Moscow for the March 4 poisoning': who is blamed did it
        who = [a for a in actors if a.start == blamed.start("who") and a.participant]
        if who:
            return who[0]
    if "blamed on" in sentence and (blamed_on := BLAMED_ON_AFTER.match(sentence, m.end())) is not None:
        # 'an air strike in northwest Syria blamed on Damascus', 'the attack, which London blamed on Moscow'
        who = [a for a in actors if a.start == blamed_on.end()]
        if who:
            return who[0]
    after = sentence[m.end(): m.end() + 60]
    if etype == "sanctions" and m.group(0).endswith(("sanctions", "Sanctions")) and \
            (by := FROM_AGENT_AFTER.match(after)) and (agent := [a for a in actors if a.start == m.end() + by.end()]):
        return agent[0]  # 'sanctions from the European Union'
    if by := BY_AGENT_AFTER.match(after):
        for a in actors:
            if a.start == m.end() + by.end():
                return a
    if btw := BETWEEN_AFTER.match(after):
        pair = [a for a in actors if a.start >= m.end() + btw.end() and a.start < m.end() + 60]
        if len(pair) >= 2:
            ev.target, ev.target_text = pair[1].code, pair[1].text
            return pair[0]
    if rel := RELATIVE_AFTER.match(after):
        for a in actors:
            if a.start == m.end() + rel.end() and a.participant and (rel.group("that") or
                                                                     RELATIVE_VERB.match(sentence, a.end)) and \
                    not REACTION_VERB.match(sentence, a.end):
                return a
    poss = POSSESSIVE_BEFORE.search(sentence[c_start: m.start()])
    if poss:
        at = c_start + poss.start()
        last = max((a.end for a in actors if a.end <= at and a.participant), default=0)
        owner = joined_clause_subject(sentence, actors, at, last) or possessor(sentence, actors, at) or main
        if owner is not None and (other := WITH_AFTER.match(sentence, m.end())) and \
                any(a.start == other.end() and a.code == owner.code for a in actors):
            # 'Russia has forces in South Ossetia since its 2008 war with Georgia': not the other side's war
            owner = subject_of(sentence, actors, c_start, at) or main
        return owner
    return None


WITH_AFTER = re.compile(r"\s+(?:with|against)\s+(?:the\s+)?")


# Where a visit was to take place ('a delegation that was due in the Norwegian town of Bodoe').
DUE_IN = re.compile(r"\b(?:due|scheduled|planned|expected|set)\s+(?:to\s+(?:visit|travel\s+to|arrive\s+in|be\s+in)|"
                    r"in|at|to\s+arrive\s+in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")


def visit_host(sentence: str, actors: Sequence[ActorMention], actor: str) -> ActorMention | None:
    """The host of a called-off visit: the state, capital or nationality of the place it was due in."""
    for due in DUE_IN.finditer(sentence):
        for a in actors:
            if a.start == due.end() and a.code != actor and (a.kind in PLACE_KINDS or a.kind == "demonym"):
                return a
    return None


# The mission a name hosts, right before it ('the Russian embassy in Prague')
HOSTED_MISSION = re.compile(r"\s+(?:embassy|mission|consulate|delegation)\s+(?:in|at|to)\s+(?:the\s+)?$", re.I)


# From a noun of force to its agent, with no verb between: 'the bombing of Aleppo by Russian jets', not 'the war ended
# with a ceasefire brokered by France'
AGENT_BY_AFTER = re.compile(r"[\w'’-]*(?:\s+(?!\w+(?:ed|en)\b)[\w'’-]+){0,4}?\s+by\s+(?:the\s+)?")
# Who is ordered to act, just before the act: 'ordered the Russian embassy in Prague to '
ORDERED_OBJECT_BEFORE = re.compile(r"\b(?:ordered|told|instructed|required|obliged|forced)\s+"
                                   r"(?P<obj>(?:(?!\b(?:and|ordered|told|of|from)\b)[^,;]){2,60}?)\s+to\s+$")


def mission_owner(sentence: str, actors: Sequence[ActorMention], host: ActorMention) -> ActorMention | None:
    """Whose mission a host holds, when the host closes a phrase naming it ('the Russian embassy in Prague':
    Russian): the name right before the mission's noun."""
    hosted = HOSTED_MISSION.search(sentence, max(0, host.start - 40), host.start)
    if hosted is None:
        return None
    return next((a for a in actors if a.end == hosted.start() and a.code != host.code), None)


def first_owner(sentence: str, in_window: Sequence[ActorMention], actor: str) -> ActorMention | None:
    """Whose mission or staff: the first name in the object that is not the host ('to NATO') nor the actor."""
    for a in in_window:
        if a.code != actor and not is_host(sentence, a) and not ALLY_BEFORE.search(sentence, max(0, a.start - 30), a.start):
            return a
    return None


# Who acts alongside the actor ('expelled three in solidarity with Britain'): an ally, not the other party.
ALLY_BEFORE = re.compile(r"\b(?:in solidarity with|together with|along with|alongside|in concert with|"
                         r"in coordination with|in step with)\s+(?:the\s+)?$", re.I)


# Words before a party that make it the context of an event, not its object ('after Russia's annexation')
CONTEXT_BEFORE = re.compile(r"\b(?:after|before|following|amid|during|since|because of|over|in eastern|in western|"
                            r"in the wake of|in (?:response|retaliation|reaction) to)\b[^,;]*$")
# 'sanctions on Russia', 'imports of food from the EU', 'imports of beef, pork and fish from the US', 'the delivery
# of S-300 missiles to Iran'
ON_AGAINST_BEFORE = re.compile(r"\b(?:on|against|(?:imports?|exports?|goods|products)\s+(?:of\s+(?:[\w,-]+\s+){1,12}?)?from|"
                               r"(?:exports?|deliver(?:y|ies)|sales?|suppl(?:y|ies)|shipments?)\s+(?:of\s+(?:[\w,-]+\s+){1,6}?)?to)\s+"
                               r"(?:[\w-]+\s+){0,3}$")


# The party a measure is 'on' or 'against', perhaps named as an ally first ('on NATO ally Turkey').
SANCTIONED_BEFORE = re.compile(r"\b(?:on|against|[Ss]anction(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:NATO|Nato|fellow|close|key|Western|western)\s+"
                               r"(?:[Aa]lly|[Mm]ember|[Pp]artner)\s+)?$")
ALLY_NOUN_AFTER = re.compile(r"\s+(?:[Aa]lly|[Aa]llies|[Mm]embers?|[Pp]artners?)\b")


def object_of(sentence: str, in_window: Sequence[ActorMention], actor: str, etype: str,
              trigger_end: int = 0) -> ActorMention | None:
    """The other party: the first name in the phrase after the trigger (which ends at ``trigger_end``) that is not
    the actor (for sanctions and poisonings, the one they are 'on', 'against' or 'over'); not a name after a word of
    context there ('over', 'after'), though one before the trigger ('after Russia banned imports of ...') is none."""
    for a in in_window:
        if a.code == actor or ALLY_BEFORE.search(sentence, max(0, a.start - 30), a.start):
            continue
        if CONTEXT_BEFORE.search(sentence[max(0, in_window[0].start - 60, trigger_end): a.start]) and \
                etype not in ("armed_conflict", "annexation"):
            continue
        if etype == "annexation" and ANNEXER_BEFORE.search(sentence, max(0, a.start - 40), a.start):
            continue
        if etype == "armed_conflict" and ONLOOKER_BEFORE.search(sentence, max(0, a.start - 40), a.start):
            return None  # 'a ceasefire mediated by France', 'a war that alarmed Poland and the Baltic states': no sides
        if etype == "sanctions" and a.kind in ("demonym", "state", "org") and ORIGIN_NOUN_AFTER.match(sentence, a.end):
            return a  # 'banned imports of Georgian wine', 'barring eight senior U.S. officials'
        if etype == "sanctions" and a.kind == "demonym" and a.text.endswith("s") and \
                COUNTED_BEFORE.search(sentence, max(0, a.start - 30), a.start):
            return a  # 'banned 13 Canadians from entering the country': people of a nationality, counted
        if etype in ("sanctions", "poisoning") and not ON_AGAINST_BEFORE.search(sentence[max(0, a.start - 120): a.start]):
            continue
        return a
    return None


# A figure before people named by their nationality ('13 Canadians', 'dozens of Americans').
COUNTED_BEFORE = re.compile(rf"\b(?:(?i:{NUM})|several|dozens of|hundreds of)\s+(?:more\s+|other\s+)?$")


# Who only watches, mediates or is moved by a war: 'a ceasefire mediated by France', 'a war that alarmed Poland'.
ONLOOKER_BEFORE = re.compile(r"\b(?:(?:mediated|brokered|negotiated|condemned|criticised|criticized)\s+by|"
                             r"(?:that|which)\s+(?:alarmed|worried|shocked|angered|unsettled|rattled|frightened|alerted))\s+"
                             r"(?:the\s+)?$")


# Goods, people or airlines of a nationality that a measure strikes ('Georgian wine', 'U.S. officials', 'Belarusian
# airlines').
ORIGIN_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:products|goods|wines?|mineral water|food|foods|fruit|vegetables|"
                               r"apples|pears|cheese|pork|beef|poultry|produce|chocolate|"
                               r"meat|dairy|fish|grain|imports|officials|politicians|parliamentarians|MPs|lawmakers|legislators|citizens|companies|banks|"
                               r"firms|individuals|nationals|entities|oligarchs|businessmen|airlines?|carriers|flights)\b")


# NATO's commission with a partner state: its meetings are NATO's talks with that state.
NATO_COMMISSION = re.compile(r"\b(?:NATO|Nato)[-–](?P<partner>Ukraine|Georgia) Commission\b")


def assign_talk_sides(ev: EventMention, actors: Sequence[ActorMention], sentence: str, nrc: bool,
                      pair: Sequence[ActorMention] = (), subject: ActorMention | None = None) -> None:
    """Talks are symmetric: coded with the Western party as actor and Russia as target, but for a Russian leader,
    the ``subject``, at a session of the NATO-Russia Council named before any allied party ('Medvedev attended a
    session of the council'): his act on NATO. They need both sides named in the sentence, or the NATO-Russia
    Council next to the trigger; 'the two leaders' are ``pair``, the two parties named last before the sentence."""
    codes = [a.code for a in actors if a.participant]
    if "RUS" not in codes and "Commission" in sentence and (commission := NATO_COMMISSION.search(sentence)) and \
            (partner := find_actors(commission.group("partner"))):
        ev.actor, ev.target, ev.actor_origin = "NATO", partner[0].code, "text"  # the NATO-Ukraine Commission met
        return
    if pair and may_name_pair(sentence) and PAIR_SUBJECT.search(sentence, 0, ev.trigger_start):
        codes = [a.code for a in pair] + codes
    western = sorted((c for c in codes if c != "RUS"), key=lambda c: c not in WESTERN | {"USA"})
    if "WEST" in western and len(set(western)) > 1 and \
            all(a.start > ev.trigger_start for a in actors if a.code == "WEST"):
        western = [c for c in western if c != "WEST"]  # 'Abe met Putin ... at the Olympics many Western leaders
        # stayed away from': Japan's talks
    council_near = any(abs(n.start() - ev.trigger_start) <= 40 or abs(n.end() - ev.trigger_start) <= 40 or
                       # 'The NATO-Russia Council, the main forum for dialogue between the two sides, last met'
                       (aside := EMBEDDED.match(sentence, n.end())) is not None and ev.trigger_start - aside.end() <= 40
                       for n in list(NRC_NAMED.finditer(sentence)) + (list(COUNCIL.finditer(sentence)) if nrc else []))
    if council_near and western and all(c in NON_ALIGNED for c in western):
        western = []  # 'took part in a summit of the Russia-NATO Council for the first time since the war with Georgia'
    if western and all(c in NON_ALIGNED for c in western) and "RUS" in codes:
        first = codes[0]
        ev.actor, ev.target = first, ("RUS" if first != "RUS" else western[0])
        ev.actor_origin = "text"
        return
    if "RUS" in codes and western:
        ev.actor, ev.target = western[0], "RUS"
    elif council_near:
        ev.actor, ev.target = "NATO", "RUS"
    else:
        ev.actor = ev.target = ""
    if (ev.actor, ev.target) == ("NATO", "RUS") and subject is not None and subject.code == "RUS" and \
            subject.kind == "person" and (council := NRC_NAMED.search(sentence)) and not any(
            a.participant and a.code != "RUS" and a.start < subject.start and
            not council.start() <= a.start < council.end() for a in actors):
        ev.actor, ev.target = "RUS", "NATO"  # not 'NATO ambassadors and Russia's envoy, Grushko, met in the council'
    ev.actor_origin = "text" if ev.actor else ""


# 'three from Slovakia, two from Lithuania'; 'two Czech, one Slovak diplomat'
FIGURE_FROM_PLACE = Screened(re.compile(rf"\b(?P<num>(?i:{NUM}))\s+(?:(?:\w+\s+)?(?:diplomats?|officials?)\s+)?(?:more\s+)?from\s+"
                               r"(?:the\s+)?(?P<place>[A-Z][\w ]+?)(?=,|\s+and\b|\s+to\b|$)"))
ONE_BY_ARTICLE = frozenset({"a", "an", "A", "An"})  # 'a Swedish diplomat': one, in a list of nationals
FIGURE_OF_NATIONALS = re.compile(rf"\b(?P<num>(?i:{NUM})|[Aa]n?)\s+(?P<place>[A-Z]\w+\b|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)"
                                 rf"(?=\s*(?:[,;.]|$|and\b|personae?\b|(?:\w+\s+)?(?:{STAFF_NOUNS}|diplomat\b|official\b|envoy\b)))")
FIGURE_AFTER = re.compile(rf"\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\b(?!\s+(?:percent|%|years?|days?|of\b(?!\s+(?:them|those|its|their|his|her)\b)))",
                          re.I)


# Where the people expelled, subject of a passive, begin: after a conjunction or a comma ('as' after a participle,
# 'identified as officers', is no conjunction).
PATIENT_BOUND = re.compile(r"\b(?:when|that|whether|after|(?<!ed )as|since|because|while|until|before)\b|[,:]")


# A participle naming what the people expelled were found to be, before its 'as' ('identified by Czech intelligence
# as officers'): the 'as' bounds nothing.
NAMED_AS_BEFORE = re.compile(r"\b(?:identified|described|named|designated|unmasked|exposed|suspected|outed)\b[^,;]{0,50}$")
NAMED_AS_ASIDE = re.compile(r",|\s(?:identified|described|named|accused|suspected|believed|said)\b")  # 'staff, identified as'
NAMES_JOINED_BEFORE = re.compile(r"(?<!,)\s[A-Z][\w.-]*\s+and\s+$")


def patient_bounds(sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """Where the people a passive expels may begin in ``sentence[start:end]``: after a verb of saying, a
    conjunction or a comma (:data:`PATIENT_BOUND`), not after the 'as' of 'identified by ... as officers'."""
    return list(REPORTING.finditer(sentence, start, end)) + [
        b for b in PATIENT_BOUND.finditer(sentence, start, end)
        if not (b.group(0) == "as" and NAMED_AS_BEFORE.search(sentence, max(start, b.start() - 60), b.start()))]


# An organisation's office the expelled worked at: 'from the NATO Information Office in Moscow'.
OFFICE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Oo]ffice|[Mm]ission|[Hh]eadquarters|[Dd]elegation|"
                          r"[Rr]epresentation)\b")


def employer_office(sentence: str, actors: Sequence[ActorMention], start: int, end: int) -> ActorMention | None:
    """The organisation whose office the expelled are sent from, named after the trigger: their employer."""
    if " from " not in sentence[start: end]:
        return None
    return next((a for a in actors if start <= a.start < end and a.kind == "org" and
                 re.search(r"\bfrom\s+(?:the\s+|its\s+)?$", sentence[max(start, a.start - 12): a.start]) and
                 OFFICE_AFTER.match(sentence, a.end)), None)


# 'The two officials, both Canadian nationals, were ...': whose passports they hold, not whom they work for.
NATIONALITY_ASIDE = re.compile(r"\s+(?:nationals?|citizens?|passport holders?)\s*,")


# The end of a passive's coordinated subject: 'Germany, France and Poland were each told ...'
PASSIVE_LIST_END = re.compile(r"\s+(?:were|have been|had been|are)\s+(?:each\s+|all\s+|also\s+)?$")
EACH = re.compile(r"\beach\b")
# Where the list of those who lost so many ends: 'France and Poland also lost four each', '... must each withdraw two'.
LOSERS_LIST_END = re.compile(r"\s+(?:(?:each|all|also|both|will|would)\s+)*$")


def listed_patients(sentence: str, actors: Sequence[ActorMention], start: int, pos: int,
                    trigger: str = "") -> list[ActorMention]:
    """The states of a list that is a passive's whole subject ('Germany, France and Poland were each told to
    withdraw four diplomats', 'France and Poland also lost four each', 'Italy and Spain must each withdraw two'), or
    [] when the subject is no such list of three or more, or of two with 'each'."""
    end = PASSIVE_LIST_END.search(sentence, start, pos) or \
        (LOSERS_LIST_END.search(sentence, start, pos) if SO_MANY_LOST.fullmatch(trigger) or
         WITHDRAW_SO_MANY.match(trigger) else None)
    if end is None:
        return []
    listed: list[ActorMention] = []
    for a in reversed([a for a in actors if start <= a.start and a.end <= end.start()]):
        gap = sentence[a.end: listed[-1].start] if listed else sentence[a.end: end.start()]
        if not (a.participant and a.kind in ("state", "capital")) or \
                (gap.strip() if not listed else not COORDINATED.fullmatch(gap)):
            break
        listed.append(a)
    listed.reverse()
    # the list opens the clause, maybe after a time or a part of a whole ('Among them, Germany, France and ...')
    lead = sentence[start: listed[0].start].lstrip(" ,") if listed else ""
    opens = bool(listed) and (not lead or FRONTED_TIME.fullmatch(lead) is not None or FRONTED_PART.fullmatch(lead) is not None)
    enough = len(listed) >= 3 or (len(listed) == 2 and ("each" in end.group(0) or EACH.search(trigger) is not None))
    return listed if opens and enough else []


# A passive trigger that holds the figure of those it sends home ('told to withdraw four diplomats').
WITHDRAW_SO_MANY = re.compile(r"\b(?:to|must)\s+(?:each\s+)?(?:withdraw|recall|pull out|bring home)\s")
SO_MANY_LOST = re.compile(rf"(?:lose|loses|lost|losing|had|has|have)\s+(?:(?P<qual>more than|about|some|at least)\s+)?"
                          rf"(?P<num>{NUM})(?:\s+(?:[\w\s-]*?\s)?(?:diplomats|officials|staff|employees|envoys|expelled|"
                          rf"ordered out|sent home)|(?:\s+each)?)", re.I)  # the whole trigger of the rules that hold the figure


# The 'of' phrase of an expulsion, a bare figure in it ('expulsion of three'), and 'sent three home'.
# (an initial's stop is no end: 'of 60 U.S. diplomats')
OF_PHRASE = re.compile(rf"{WHEN_BEFORE_OF}of\s+(?:the\s+)?(?:(?!\sby\s)(?:[^,.;]|(?<=\b[A-Z])\.)){{0,60}}")  # not the agent's 'by the four members'
BARE_OF_FIGURE = re.compile(rf"{WHEN_BEFORE_OF}of\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s*(?:[,;.]|$)", re.I)
SENT_HOME_FIGURE = re.compile(rf"\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s+(?:back\s+)?(?:home|out|packing)\b", re.I)


def carried_subject(ev: EventMention, sentence: str) -> bool:
    """Whether the mention's actor was carried from a sentence before: its name is not in this one."""
    return bool(ev.actor_text) and ev.actor_text not in sentence


# A bare figure that is a passive's whole subject, at the end of what comes before the verb
BARE_PATIENT_FIGURE = re.compile(rf"(?:^|[\s,:;])(?:the\s+)?(?:(?P<qual>{QUAL})\s+)?(?!(?:19|20)\d\d\b)(?P<num>(?i:{NUM}))\s+"
                                 rf"(?:more\s+)?(?:(?:were|have been|had been)\s*)?$", re.I)


def expel_details(ev: EventMention, sentence: str, actors: Sequence[ActorMention], m: re.Match[str],
                  clause: tuple[int, int], passive: bool, window: tuple[int, int]) -> list[EventMention]:
    """Figure and nationality of the people expelled; 'three from Slovakia, two from Lithuania' gives one
    event per country."""
    c_start, c_end = clause
    # the people sent home are after the trigger, or before a passive one ('Three Slovak diplomats, two Lithuanian
    # diplomats ... were ordered to leave')
    span = (c_start, m.start()) if passive else (window[0], c_end)
    obj = sentence[span[0]: span[1]]
    items = list(FIGURE_FROM_PLACE.finditer(obj))
    if len(items) < 2:
        # a state's short name qualifies people as a nationality does ('10 U.S. and five Polish diplomats')
        demonyms = [a for a in actors if span[0] <= a.start < span[1] and a.kind in ("demonym", "state")]
        items = [it for it in FIGURE_OF_NATIONALS.finditer(obj)
                 if any(a.start == span[0] + it.start("place") for a in demonyms) and
                 not (passive and it.group("num") in ONE_BY_ARTICLE)] \
            if len(demonyms) >= 2 and (may_hold_figure(obj) or " a" in obj) else []  # one per demonym: one is no list
        if len({it.group("place") for it in items}) < len(items):
            items = []
    if len(items) >= 2 and not all(ENUMERATED.fullmatch(obj[a.end(): b.start()]) for a, b in zip(items, items[1:], strict=False)):
        items = []  # figures in different clauses of the sentence ('ordered 20 ... in retaliation for ... 18') are no list
    if len(items) >= 2:
        out = []
        for it in items:
            place = [a for a in actors if a.start == span[0] + it.start("place")]
            if place and (count := 1 if it.group("num") in ONE_BY_ARTICLE else to_int(it.group("num"))) is not None:
                out.append(copied(ev, target=place[0].code, target_text=place[0].text, count=count,
                                   count_qualifier="exact"))  # 'a Swedish diplomat and a Polish diplomat': one each
        if out:
            return out
    if passive:
        patient_start = c_start
        ends, starts = {a.end for a in actors}, {a.start for a in actors}
        bounds = [b for b in patient_bounds(sentence, c_start, m.start())  # not the commas of a list of names
                  if not (b.group(0) == "," and b.start() in ends and b.end() + 1 in starts)]
        if bounds:
            patient_start = max(b.end() for b in bounds)
        patient = sentence[patient_start: m.start()]
        if len(bounds) >= 2 and re.fullmatch(r"\s*(?:(?:were|was|have|has|had|been|be|being|later|then|also|would|will|are|is)\s+)*", patient) and \
                sentence[patient_start - 1] == "," and (comma := sentence.rfind(",", c_start, patient_start - 1)) >= 0:
            # 'Four Russian officers, travelling on diplomatic passports, were expelled': who, before the aside
            earlier = [b.end() for b in bounds if b.end() <= comma]
            patient_start = max(earlier, default=c_start)
            patient = sentence[patient_start: comma] + patient
        if c_start and sentence.startswith(("who ", "whom ", "which "), c_start) and sentence[c_start - 2: c_start] == ", " and \
                (comma := sentence.rfind(", ", c_start, m.start())) > 0 and \
                re.fullmatch(r",\s+(?:(?:were|was|have|has|had|been|later|then|also)\s+)*", sentence[comma: m.start()]):
            # 'Four Russian officers, who had entered on diplomatic passports, were expelled': who, before the clause
            patient_start = max((b.end() for b in patient_bounds(sentence, 0, c_start - 2)), default=0)
            patient = sentence[patient_start: c_start - 2]
        ev.count, ev.count_qualifier = staff_figure(patient, last=True)
        if ev.count is None and (aside := NAMED_AS_ASIDE.search(m.group(0))) is not None:
            # 'eighteen Russian embassy staff, identified as officers ..., must leave': the people open the trigger
            ev.count, ev.count_qualifier = staff_figure(patient + m.group(0)[: aside.start()], last=True)
        if ev.count is None and c_start and NAMES_JOINED_BEFORE.search(sentence, max(0, c_start - 40), c_start):
            # '18 staff identified as officers of the SVR and GRU had been given 48 hours to leave': a clause seemed
            # to begin at the second of two names joined by 'and'; the figure is before them
            start = max((b.end() for b in patient_bounds(sentence, 0, c_start)), default=0)
            ev.count, ev.count_qualifier = staff_figure(sentence[start: m.start()], last=True)
        if ev.count is None and WITHDRAW_SO_MANY.search(m.group(0)):
            ev.count, ev.count_qualifier = staff_figure(m.group(0))  # 'was told to withdraw four diplomats'
            if ev.count is None and (alone := re.search(rf"\s(?P<num>(?i:{NUM}))(?:\s+of\s+(?:its|their)\s+own)?$", m.group(0))):
                ev.count, ev.count_qualifier = to_int(alone.group("num")), "exact"  # 'was told to recall four.'
        if ev.count is None and (lost := SO_MANY_LOST.fullmatch(m.group(0))) is not None:
            ev.count, ev.count_qualifier = to_int(lost.group("num")), qualifier(lost.group("qual"))  # 'lost four diplomats'
        if ev.count is None and (bare := BARE_PATIENT_FIGURE.search(patient)):
            # 'four were sent home', 'the 35 ordered out by ...', 'more than 150 were sent home'
            ev.count, ev.count_qualifier = to_int(bare.group("num")), qualifier(bare.group("qual"))
        nationals = [a for a in actors if patient_start <= a.start < m.start() and not is_host(sentence, a)
                     and a.code != ev.actor and not NATIONALITY_ASIDE.match(sentence, a.end)
                     and word_before(sentence, a.start) != "by"]  # 'caught by Dutch intelligence and expelled'
        if not nationals and re.fullmatch(r"\s*(?:who|which|that)\s+(?:\w+\s+){0,3}", patient):
            nationals = [a for a in actors if a.start < m.start() and not is_host(sentence, a) and a.code != ev.actor]
        if not nationals and not ev.actor and (hosted := next(
                ((h, o) for h in actors if c_start <= h.start < m.start() and (o := mission_owner(sentence, actors, h))),
                None)) is not None:
            # 'The diplomat, who worked at the Russian Embassy in Vienna, was declared persona non grata': by the host
            ev.actor, ev.actor_text, ev.actor_origin = hosted[0].code, hosted[0].text, "text"
            nationals = [hosted[1]]
        if nationals:
            ev.target, ev.target_text = nationals[0].code, nationals[0].text
        elif ev.actor and not ev.target and OWN_STAFF.search(patient):  # 'a diplomat from its consulate'
            hosted = next(((h, o) for h in actors if c_start <= h.start < patient_start and h.code == ev.actor and
                           (o := mission_owner(sentence, actors, h))), None)
            if hosted is not None:  # 'The Russian embassy in Oslo was told one of its diplomats was declared ...'
                ev.target, ev.target_text = hosted[1].code, hosted[1].text
            else:
                ev.target, ev.target_text = ev.actor, ev.actor_text  # 'France said four of its diplomats had been expelled'
        if ev.target == ev.actor:
            ev.actor = ""
        if not ev.actor and ev.target and ev.target != "RUS":
            # no one named as doing it to a Western state's staff: in these news the other party is Russia
            ev.actor, ev.actor_text, ev.actor_origin = "RUS", "", "default"
    elif m.group(0).lower().startswith("expulsion"):
        of = OF_PHRASE.match(sentence[m.end(): c_end])
        if of:
            ev.count, ev.count_qualifier = staff_figure(of.group(0))
            if ev.count is None and (bare := BARE_OF_FIGURE.match(sentence[m.end(): c_end])):
                ev.count = to_int(bare.group("num"))  # 'expulsion of three' (the people named before)
                ev.count_qualifier = qualifier(bare.group("qual")) if ev.count else ""
            owner = first_owner(sentence, [a for a in actors if m.end() <= a.start < m.end() + of.end()], ev.actor)
            if owner:
                ev.target, ev.target_text = owner.code, owner.text
        elif (so_many := SO_MANY_BEFORE.search(sentence, c_start, m.start())) is not None:
            ev.count = to_int(so_many.group("num"))  # 'Spain announced two expulsions'
            ev.count_qualifier = qualifier(so_many.group("qual")) if ev.count else ""
    else:
        # the figures of a clause naming the move this one answers are that move's, not this one's
        answered = ANSWERED.search(obj) if may_answer(obj) else None
        own = obj[: answered.start()] if answered else obj
        n = FIGURE_AFTER.match(sentence[max(m.end(), window[0] - 1): max(m.end(), window[0] + len(own))])  # after a copula too
        if n and to_int(n.group("num")) is not None:
            ev.count = to_int(n.group("num"))
            ev.count_qualifier = qualifier(n.group("qual"))
        elif sent := SENT_HOME_FIGURE.match(obj):
            ev.count = to_int(sent.group("num"))  # 'sent three home', 'kicked two out'
            ev.count_qualifier = qualifier(sent.group("qual")) if ev.count else ""
        elif each := FIGURE_EACH.search(sentence, m.start(), m.end()):
            ev.count = to_int(each.group("num"))  # 'ordered three each to leave', 'ordered four to leave'
            ev.count_qualifier = qualifier(each.group("qual")) if ev.count else ""
        else:
            ev.count, ev.count_qualifier = staff_figure(own)
        if ev.count is None and (out := OUT_FIGURE.search(m.group(0))) and to_int(out.group("num")) is not None and \
                not TIME_UNIT_AFTER.match(sentence, m.end()):
            ev.count, ev.count_qualifier = to_int(out.group("num")), qualifier(out.group("qual"))  # 'ordering out 60'
        if ev.count is None and (of_them := OUT_FIGURE_OF_THEM.search(m.group(0))) is not None and \
                (n := to_int(of_them.group("num"))) is not None:
            ev.count, ev.count_qualifier = n, "exact"  # 'sent home four of them'
        if ev.count is None:
            if re.search(r"\b(?:an?|one|its|his|her)\s+(?:[\w-]+\s+){0,3}(?:diplomat|attache|official|agent|envoy|spy)\b", obj) \
                    and not re.search(r"\b(?:diplomats|officials|agents|envoys|staff)\b", obj[:60]):
                ev.count, ev.count_qualifier = None, ""
                if DISTRIBUTIVE.search(sentence, c_start, m.start()) and \
                        re.match(r"\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:diplomat|attache|official|agent|envoy|spy|"
                                 r"member|employee|representative)\b", obj):
                    ev.count, ev.count_qualifier = 1, "exact"  # 'X, Y and Z each expelled a diplomat': one each
        in_object = [a for a in actors if window[0] <= a.start < c_end]
        owner = first_owner(sentence, in_object, ev.actor)
        if owner is None and carried_subject(ev, sentence) and \
                (own := first_owner(sentence, in_object, "")) is not None and own.kind == "demonym":
            owner = own  # 'five Polish diplomats' under a subject carried from before that was Poland: Poland's staff
        if owner is None and PERSON_PRONOUN.match(sentence, window[0]):
            # 'detained Estonia's consul ... and declared him persona non grata': the envoy named before
            owner = next((a for a in reversed(actors) if a.end <= m.start() and a.code != ev.actor
                          and ENVOY_OF.match(sentence, a.end)), None)
        if owner:
            ev.target, ev.target_text = owner.code, owner.text
        elif ev.count is None and (rel := OBJECT_RELATIVE.search(sentence, c_start, m.start())):
            # the people expelled named before who expelled them: 'the 23 Russians that Britain expelled'
            ev.count = to_int(rel.group("num"))
            ev.count_qualifier = "exact" if ev.count is not None else ""
            whose = [a for a in actors if rel.start("noun") <= a.start < rel.end("noun") and a.code != ev.actor]
            if whose:
                ev.target, ev.target_text = whose[0].code, whose[0].text
    if ev.actor and not passive and (office := employer_office(sentence, actors, m.end(), c_end)) is not None and \
            office.code != ev.actor:
        ev.target, ev.target_text = office.code, office.text  # 'two Canadian officials from the NATO Information Office'
    if (own_staff := OWN_STAFF_SENT_HOME.match(m.group(0))) and ev.actor:
        # 'Poland ... saw five of its own diplomats ordered out of Russia': Poland's staff, expelled by the other side
        ev.actor, ev.target, ev.target_text = (ev.target if ev.target and ev.target != ev.actor else "RUS"), ev.actor, ev.actor_text
        ev.actor_text = ""
        ev.count, ev.count_qualifier = to_int(own_staff.group("num")), qualifier(own_staff.group("qual"))
    if ev.target == ev.actor and not passive and carried_subject(ev, sentence):
        ev.actor = ""  # a subject carried from before ('Poland' over a section) does not expel its own nationals
    if ev.target == ev.actor:
        ev.actor = "" if passive else ev.actor
        ev.target = "" if ev.actor else ev.target
    first = next((a for a in actors if a.kind == "demonym" and a.code == ev.target and a.text == ev.target_text), None)
    if first is not None and (listed := coordinated_nationalities(sentence, actors, first)):
        return [ev] + [copied(ev, target=a.code, target_text=a.text) for a in listed if a.code != ev.actor]
    if passive and ev.target and (each := EACH_BEFORE.search(sentence, max(0, m.start() - 12), m.start())) is not None:
        listed = list_ending_at(sentence, actors, each.start())  # 'Germany, France and Poland each lost four diplomats'
        if len(listed) >= 2:
            return [copied(ev, target=a.code, target_text=a.text) for a in listed if a.code != ev.actor]
    return [ev]


EACH_BEFORE = re.compile(r"\s+each\s+(?:(?:will|would|have|has|had)\s+)?$")


def list_ending_at(sentence: str, actors: Sequence[ActorMention], end: int) -> list[ActorMention]:
    """The names of a list 'A, B and C' whose last name ends at ``end``, in order (none when no name ends there)."""
    before = [a for a in actors if a.end <= end]
    if not before or before[-1].end != end:
        return []
    k = len(before) - 1
    while k > 0 and COORDINATED.fullmatch(sentence, before[k - 1].end, before[k].start):
        k -= 1
    return before[k:]


def list_starting_at(sentence: str, names: Sequence[ActorMention], first: int) -> list[ActorMention]:
    """The names of a list 'A, B and C' that opens with ``names[first]``, in order (the mirror of
    :func:`list_ending_at`)."""
    listed = [names[first]]
    for a in names[first + 1:]:
        if not COORDINATED.fullmatch(sentence, listed[-1].end, a.start):
            break
        listed.append(a)
    return listed


OWN_STAFF_SENT_HOME = re.compile(rf"(?:saw|sees|seeing|had|has|have)\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s+of\s+(?:its|their)\s+own\b",
                                  re.I)
# The figure that ends 'ordered out 60' (the people named before), unless it counts time ('ordered out 10 days ago').
OUT_FIGURE = re.compile(rf"\bout\s+(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})$", re.I)
OUT_FIGURE_OF_THEM = re.compile(rf"\s(?P<num>{NUM})\s+of\s+(?:them|those)$", re.I)  # 'sent home four of them'
TIME_UNIT_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?)\b")


# Between the nationalities of a list of people: 'German, Polish and Swedish diplomats', 'a German, a Polish and a
# Swedish diplomat'; and after the last, the people
NATIONALITY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+)?")
PEOPLE_AFTER_LIST = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + STAFF_NOUNS + r"|diplomat|official|envoy|attach[eé])\b")


def coordinated_nationalities(sentence: str, actors: Sequence[ActorMention], first: ActorMention) -> list[ActorMention]:
    """The nationalities listed after ``first`` before the people they qualify ('German, Polish and Swedish
    diplomats': Polish, Swedish), or none when no such list follows it."""
    listed, last = [], first
    for a in actors:
        if a.start <= last.start:
            continue
        if a.kind != "demonym" or not NATIONALITY_LIST_GAP.fullmatch(sentence, last.end, a.start):
            break
        listed.append(a)
        last = a
    return listed if listed and PEOPLE_AFTER_LIST.match(sentence, last.end) else []


FIGURE_EACH = re.compile(rf"\b(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})\s+(?:(?:each|apiece)\b|(?=(?:out|to leave)\b))", re.I)


LEFT_WITH = re.compile(r"\b(?:leaving|leaves|left)\s+(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+with\s+"
                       r"(?:(?:a|an|the|new)\s+)?$")


# -- one article --------------------------------------------------------------------------------------------

# A yes-no question asserts no act ('Should Sweden close the consulate?'); 'Why did Sweden close it?' does.
OPEN_QUESTION = Screened(re.compile(r"(?:Q\s*:\s*)?(?![Ww]h\w*\b|[Hh]ow\b)[^?]*\?$"))
# A trail of a site's sections ('News | Middle East | Europe | Syria's Civil War'): four or more names of at most four
# words each, parted by bars, no sentence; a section named 'War' is no war. (Kept in the text, where it may name the
# outlet.)
SECTION_TRAIL = re.compile(r"(?:[\w'’&-]+ ){0,3}[\w'’&-]+(?: \| (?:[\w'’&-]+ ){0,3}[\w'’&-]+){3,}")


# A field of a fact box ('Size: around 12,500 troops', 'Who: Russia, Belarus')
FIELD_LINE = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?:\s")
TAKING_PART = re.compile(r"\b(?:(?:are|were|is|was) taking part|took part|take part|participat(?:e|ed|ing))\b")


def size_of_drills_before(before: Sequence[EventMention], sentence: str) -> None:
    """'Russia and Belarus stage the Zapad-2017 war games. Moscow declares 12,700 troops.': a sentence with no
    event of its own that gives a force's size gives it to the exercise of the sentence before, if it had none."""
    drills = [ev for ev in before if ev.event_type == "military_exercise" and ev.count is None]
    if drills and (size := troop_figure(sentence))[0] is not None:
        for ev in drills:
            ev.count, ev.count_qualifier = size


# A date that opens a timeline's entry: 'AUGUST 2008 - ', 'March 18, 2014: '
ENTRY_DATE_END = re.compile(r"\s*(?:--|[-–—:])\s")


# How a date can begin: a month's or a weekday's first three letters
DATE_WORD_STARTS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split())


def entry_date(sentence: str) -> list[DateMention]:
    """The date a paragraph opens with as a timeline's heading, if it does: the date of every event of its entry
    that gives none of its own. A bullet may stand before it ('- August 8, 2008: ...'); the date may be a line of its
    own ('August 2008' over the entry's text)."""
    lead = len(sentence) - len(sentence.lstrip("-–—•* "))
    if not (sentence[lead: lead + 1].isdigit() or sentence[lead: lead + 3].lower() in DATE_WORD_STARTS):
        return []
    first = find_date_mentions(sentence[lead: lead + 40])
    if first and first[0].start == 0 and first[0].year and (ENTRY_DATE_END.match(sentence, lead + first[0].end) or
                                                            not sentence[lead + first[0].end:].strip(" .:")):
        return [replace(first[0], start=lead + first[0].start, end=lead + first[0].end)]
    return []


def heads_section(sentence: str, opened: DateMention) -> bool:
    """Whether a paragraph that opens with a date is a heading of its own: the date alone ('August 2008') or with
    a short title and no full stop ('December 2016: the first blow'), over the paragraph after it."""
    rest = sentence[opened.end:].strip(" .:")
    title = rest.lstrip("-–— ")
    return not rest or (len(title.split()) <= 6 and not title.endswith(("!", "?", '"', "”")) and
                        not sentence.rstrip().endswith("."))


PART_OF_MONTH = re.compile(r"(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+")


def undated_entry(sentence: str) -> bool:
    """Whether a paragraph opens as a timeline's entry whose date has no year ('March 16 – A referendum is held',
    'Late August – Regular units cross'): under a year on a line of its own, it is of that year."""
    lead = len(sentence) - len(sentence.lstrip("-–—•* "))
    if sentence[lead: lead + 3].lower() not in DATE_WORD_STARTS and PART_OF_MONTH.match(sentence, lead) is None:
        return False
    first = find_date_mentions(sentence[lead: lead + 40])
    return bool(first) and first[0].start == 0 and not first[0].year and \
        ENTRY_DATE_END.match(sentence, lead + first[0].end) is not None


# 'The two leaders met in June': the two parties named last before
PAIR_SUBJECT = Screened(re.compile(r"\b(?:[Tt]he two|[Bb]oth) (?:(?P<people>leaders|presidents|heads of state|(?:foreign )?ministers|"
                          r"men)|sides|countries|governments|delegations)\b"))


def may_name_pair(sentence: str) -> bool:
    """False when :data:`PAIR_SUBJECT` cannot match: each match holds 'he two ' or 'oth ' (its cue, the nouns
    after them, is in most sentences: 'men' of 'government')."""
    return "he two " in sentence or "oth " in sentence


def pair_before(sentences: Sequence[str], i: int) -> list[ActorMention]:
    """The last two different parties named in the (up to three) sentences before the i-th, in their order:
    who 'the two leaders' (two people named) or 'the two sides' of the i-th sentence are; none unless two."""
    people = bool((m := PAIR_SUBJECT.search(sentences[i])) and m.group("people"))
    last: dict[str, ActorMention] = {}
    for j in range(i - 1, max(-1, i - 4), -1):
        for a in reversed(find_actors(sentences[j])):
            if a.participant and a.code not in last and (a.kind == "person" or not people):
                last[a.code] = a
                if len(last) == 2:
                    return list(reversed(last.values()))
    return []


def in_year_of(mention: DateMention, heading: DateMention) -> DateMention:
    """'- August 8, 2008: ... On August 19, NATO ...': a day or month without a year in a timeline's entry is in
    the year of the entry's date, not the one nearest the article's."""
    if mention.kind == "month_day" and not mention.ambiguous_day and not mention.future:
        return replace(mention, kind="full", year=heading.year)
    if mention.kind == "month" and not mention.future:
        return replace(mention, kind="month_year", year=heading.year)
    return mention


def official_voice(source: str) -> ActorMention | None:
    """The party an official site's own statements speak for (:func:`lexicon.official_voices`), or None for
    any other outlet."""
    name = lexicon.official_voices().get(source)
    return next((a for a in find_actors(name) if a.participant), None) if name else None


# 'we' before a trigger, outside a quote: on an official site, the party it speaks for
FIRST_PERSON = re.compile(r"\b[Ww]e\b")
QUOTE_MARK = re.compile(r"[\"“”]")


def event_mentions(text: str, voice: ActorMention | None = None) -> list[EventMention]:
    """Every event mention of a cleaned article, sentence by sentence (dates unresolved); ``voice``: who 'we'
    is outside quotes when no one else is named as the subject (an official site's :func:`official_voice`)."""
    out: list[EventMention] = []
    council = bool(NRC_NAMED.search(text))
    sentences = split_sentences(text)
    subjects: dict[int, ActorMention | None] = {}

    def previous(i: int) -> ActorMention | None:
        """Who the last sentence before the i-th that has a subject is about (read only for sentences with
        a trigger, back to the nearest such sentence)."""
        for j in range(i - 1, -1, -1):
            if j not in subjects:
                subject = subject_of(sentences[j], find_actors(sentences[j]), 0, len(sentences[j]))
                subjects[j] = None if subject is not None and pronoun_first(sentences[j], 0, subject.start) else subject
            if subjects[j] is not None:
                return subjects[j]
        return None

    found: list[EventMention] = []
    paragraph_of = paragraph_of_sentences(text)
    heading: list[DateMention] = []  # the date a timeline's entry opens with ('AUGUST 2008 - ...')
    heading_line = False  # the heading is a paragraph of its own
    heads_entries = False  # the entries after a heading of its own give no year
    box: list[EventMention] = []  # the events of a fact box's heading, while its fields ('When: ...') follow
    story_begun = False  # a sentence of the story came before: not the head any more
    said: set[str] = set()  # the sentences before
    for i, sentence in enumerate(sentences):
        said_before = sentence in said
        said.add(sentence)
        if i == 0 or paragraph_of[i] != paragraph_of[i - 1]:
            # a date on a line of its own in the story (not its head's date line) heads the paragraph after it
            # ('August 2008' over a timeline entry's text)
            opened = entry_date(sentence)
            # a year on a line of its own ('2014') heads every entry after it that gives no year
            heads_entries = bool(heading) and (heading_line or heads_entries) and not opened and undated_entry(sentence)
            heading = opened or (heading if heading and (heading_line or heads_entries) else [])
            heading_line = bool(opened) and story_begun and heads_section(sentence, opened[0])
        story_begun = story_begun or opens_story(sentence)
        before = found if found and found[0].sentence_index == i - 1 else []
        if not OPEN_QUESTION.match(sentence) and not ("|" in sentence and SECTION_TRAIL.fullmatch(sentence)) and \
                (triggers := find_triggers(sentence)):
            pair = pair_before(sentences, i) if may_name_pair(sentence) and PAIR_SUBJECT.search(sentence) else []
            # a sentence met before may find its own subject as who that sentence was about: asked at once
            found = sentence_events(sentence, i, previous(i) if said_before else partial(previous, i), council,
                                    triggers, pair, voice)
            if " each " in sentence:
                found = [e for ev in found for e in mutual(ev, sentences[i - 1] if i else "")]
            if THE_COUNTED.search(sentence):
                found = [e for ev in found for e in counted_group(ev, sentences[i - 1] if i else "")]
            if before and paragraph_of[i] == paragraph_of[i - 1]:
                carry_parties(found, before)
            if any(not ev.date_mentions for ev in found) and CARRIED_OVER.search(sentence):  # else nothing to date
                carry_dates(found, before)
                if i and paragraph_of[i] == paragraph_of[i - 1] and THAT_TIME.search(sentence):
                    date_as_sentence_before(found, sentences[i - 1])
            if "later" in sentence or "earlier" in sentence or "following " in sentence or "next " in sentence or \
                    "previous " in sentence or " before" in sentence:
                date_later_ones(found, sentence, " ".join(  # the last date before it, in its paragraph
                    s for j, s in enumerate(sentences[max(0, i - 2): i], max(0, i - 2))
                    if j == i - 1 or paragraph_of[j] == paragraph_of[i]),
                    sentences[i - 2] if i >= 2 and paragraph_of[i - 2] == paragraph_of[i - 1] != paragraph_of[i] else "")
            if found and (" after " in sentence or " before " in sentence):
                date_span_before_ones(found, sentence)
            if found and ("that " in sentence or "same " in sentence or "That " in sentence):
                date_that_period_ones(found, sentence, sentences[i - 1] if i else "", before)
            if before and paragraph_of[i] == paragraph_of[i - 1] and any(not ev.date_mentions for ev in found) and \
                    not ANSWERING.search(sentence):  # an answer is dated by CARRIED_OVER or by what it names
                date_details(found, before, sentence)
            for ev in found:
                if heading:
                    ev.date_mentions = [in_year_of(d, heading[0]) for d in ev.date_mentions] or list(heading)
                if (bare := next((d for d in ev.date_mentions if d.kind in ("month", "month_day")), None)) is not None:
                    # a day carried over from the sentence before is of that sentence's story ('... April 4. Four
                    # months later, ...')
                    if i and own_span(bare, sentence) == (0, 0) and own_span(bare, sentences[i - 1]) != (0, 0):
                        ev.story_date = story_date(sentences, paragraph_of, i - 1, bare.start)
                    else:
                        ev.story_date = story_date(sentences, paragraph_of, i, own_span(bare, sentence)[0])
                    if ev.story_date is None and before and paragraph_of[i] == paragraph_of[i - 1] and \
                            not NEWS_OF_NOW.search(sentence):
                        ev.story_date = counted_story_date(before)
        else:
            found = table_row_events(sentences, i) if len(sentence) <= TABLE_ROW_LONGEST and TABLE_ROW_START.match(sentence) else []
            if before and (paragraph_of[i] == paragraph_of[i - 1] or TAKING_PART.search(sentence)):
                size_of_drills_before(before, sentence)  # across a paragraph break only with 'taking part'
            elif box and FIELD_LINE.match(sentence):
                size_of_drills_before(box, sentence)  # 'Zapad 2009' / 'When: September 2009' / 'Size: 12,500 troops'
        box = found or (box if FIELD_LINE.match(sentence) else [])
        if any(m.event_type in ANSWERABLE and m.actor for m in before + found):
            found += answers_in_kind(sentence, i, before + found, previous)
        out.extend(found)
    return out


# A year the story names in a date ('The thaw began in the spring of 2009', 'Everything changed in 2014.', 'in April
# 2008'), not one a time runs from or to ('since June 2014', 'have been frozen since Moscow's annexation of Crimea in
# 2014', 'by 2020') nor a name's ('the 2014 annexation'); 'this year' or 'last year' after it brings the story to now.
STORY_YEAR = re.compile(r"(?:\b(?:in|of|during|throughout|early|late|mid)|\b(?P<name>[A-Z][a-z]+)\.?(?:\s+\d{1,2})?,?)[\s-]+"
                        r"(?P<year>(?:19|20)\d\d)(?![\w-])|\b(?:this|last) year\b")
NOT_STORY_YEAR = re.compile(r"\b(?:since|until|till|by|before)\s+(?:(?:early|late|mid|the end of)[\s-]+)?"
                            r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$|\bsince\b[^,;.]{0,80}$", re.I)
STORY_YEAR_OR_MONTH = re.compile(STORY_YEAR.pattern + r"|\b(?P<month>(?:January|February|March|April|May|June|July|"
                                 r"August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
                                 r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)(?![\w,]*\s+(?:of\s+)?(?:19|20)\d\d)")
# A sentence of now, not of the story told before it: 'The council met on 20 April for the first time in two years',
# 'last met in July'; a sentence before it in the present tells no story ('About 1,500 troops remain there, ...').
NEWS_OF_NOW = re.compile(r"\bfor the first time\b|\blast (?:met|convened|held|gathered)\b")
PRESENT_TENSE = re.compile(r"\b(?:is|are|has|have|remains?)\b")


def story_date(sentences: Sequence[str], paragraph_of: Sequence[int], i: int, upto: int) -> PartialDate | None:
    """The year (and month) the i-th sentence names last before ``upto``, or else the sentences before it in its
    paragraph told in the past: when its story is told (None: no such date, or the story is of now)."""
    text, j = without_asides(sentences[i])[:upto], i
    if NEWS_OF_NOW.search(sentences[i]):
        return None
    for m in reversed(list(STORY_YEAR.finditer(text))):
        if m.group("year") is None:
            return None
        aside = text.rfind(", ", 0, m.start())  # 'The council, set up in 2002 to ..., was put on ice': a noun's
        if not NOT_STORY_YEAR.search(text, max(0, m.start() - 100), m.start("year")) and \
                not (aside >= 0 and PARTICIPLE_ASIDE.match(text, aside) and ", " in text[m.end():]):
            return story_date_of(m)
    while (j := j - 1) >= 0 and paragraph_of[j] == paragraph_of[i] and not PRESENT_TENSE.search(sentences[j]):
        # the first date a sentence before names frames it: a year; a month of no year, of the story told before
        # it if any ('Everything changed in 2014. After Russia annexed Crimea in March, ... On April 1, ...'), else
        # of the article's time ('On April 17, ... in 2014'); 'this year' is the article's ('... in March this year')
        dates = list(STORY_YEAR_OR_MONTH.finditer(sentences[j]))
        if any(m.group("year") is None and not m.group("month") for m in dates):
            return None
        for m in dates:
            if m.group("month"):
                return story_date(sentences, paragraph_of, j, m.start())
            if not NOT_STORY_YEAR.search(sentences[j], max(0, m.start() - 100), m.start("year")):
                return story_date_of(m)
    return None


def counted_story_date(before: Sequence[EventMention]) -> PartialDate | None:
    """The year of the story the sentence before tells, if its events were dated by counting from a date with a
    year ('Two months earlier, Greece expelled two. Russia responded in August': July 2018, counted back from
    September 2018 in the paragraph before)."""
    for ev in before:
        if ev.shift is not None and ev.date_mentions and (d := ev.date_mentions[-1]).year and LATER.search(ev.sentence):
            return PartialDate(shifted(PartialDate(d.year, d.month, d.day), ev.shift).year)
    return None


def own_span(d: DateMention, sentence: str) -> tuple[int, int]:
    """Where a date mention stands in ``sentence``, or (0, 0) for one carried over from another sentence."""
    return (d.start, d.end) if sentence[d.start:d.end] == d.text else (0, 0)


def story_date_of(m: re.Match[str]) -> PartialDate:
    """The year of a STORY_YEAR match, and its month if it names one ('in December 2010')."""
    return PartialDate(int(m.group("year")), MONTHS.get((m.group("name") or "").lower(), 0))


# A row of a table of figures by country: 'Poland | 3 | 15 April', 'United States 60', 'Canada: 4', or of a bulleted
# list: '• United States - 60 diplomats, including 12 at its UN mission', '• Denmark, Italy and the Netherlands - 2 each'.
TABLE_ROW_START = re.compile(r"(?:[•*▪·]\s*)?[A-Z][\w.'’, -]{1,60}?\*?\s*(?:[|:\t–—-]\s*)?\d")
TABLE_ROW = re.compile(r"(?P<bullet>[•*▪·]\s*)?(?P<name>[A-Z][\w.'’, -]{1,60}?)\*?\s*(?:[|:\t–—-]\s*)?(?P<num>\d{1,4})"
                       r"(?:\s+each\b)?(?:\s*[|\t–—-]\s*(?P<rest>[^|]{1,40}?)|(?(bullet)\s+[a-z][^|]{0,80}?))?\s*\|?\s*")
TABLE_ROW_LONGEST = 170  # the most TABLE_ROW can match: a bullet, a name, a figure and what follows it
EXPULSION_WORD = re.compile(r"\bexpel|\bexpulsion|\bpersona non grata\b|\bordered (?:out|to leave)\b", re.I)
BY_RUSSIA = re.compile(r"\bby (?:Russia|Moscow)\b")
ROW_NAMES_SEPARATOR = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def row_parties(sentence: str, name_start: int, name_end: int) -> list[ActorMention]:
    """The parties a row names: one name, or a list of them ('Denmark, Italy and the Netherlands'), and nothing
    else before its figure."""
    parties, at = [], name_start
    for actor in find_actors(sentence):
        if actor.start < at or actor.start >= name_end:
            continue
        gap = sentence[at:actor.start]
        if not actor.participant or (gap and not (ROW_NAMES_SEPARATOR.fullmatch(gap) if parties else gap == "the ")):
            return []
        parties.append(actor)
        at = actor.end
    return parties if parties and at >= len(sentence[:name_end].rstrip()) else []


def table_row_events(sentences: Sequence[str], i: int) -> list[EventMention]:
    """An expulsion for each party of a row of a table of figures by country, or of a bulleted list, under a
    caption about expulsions ('Table 1: Russian diplomats expelled in solidarity with the UK, by country';
    'Country | Number expelled | Announced'; 'Most of the expulsions were announced on Monday. They include:'):
    the row's country expelled its figure of the caption's nationality (or was expelled, for a table of those
    expelled 'by Russia'), on the row's date, else the caption's."""
    sentence = sentences[i]
    row = TABLE_ROW.fullmatch(sentence)
    if row is None:
        return []
    parties = row_parties(sentence, row.start("name"), row.end("name"))
    if not parties:
        return []
    captions = []
    for j in range(i - 1, max(-1, i - 60), -1):
        if TABLE_ROW.fullmatch(sentences[j]) and TABLE_ROW_START.match(sentences[j]):
            continue
        captions.append(sentences[j])
        # a header row of the table's columns, or a list's opening words ('They include:'): go on
        if not (("|" in sentences[j] and not re.search(r"\d", sentences[j])) or
                (sentences[j].endswith(":") and len(captions) == 1 and not EXPULSION_WORD.search(sentences[j]))):
            break
    caption = " ".join(captions)
    if not EXPULSION_WORD.search(caption) or len(caption) > 300:
        return []
    rest = row.group("rest") or ""
    dated = find_date_mentions(rest) or [d for c in captions for d in find_date_mentions(c)][:1]
    out = []
    for party in parties:
        ev = EventMention("expel_diplomats", sentence, i, sentence, 0, count=int(row.group("num")),
                          count_qualifier="exact")
        nationality = next((a for a in find_actors(caption) if a.kind == "demonym" and a.code != party.code), None)
        if BY_RUSSIA.search(caption):
            ev.actor, ev.actor_origin, ev.target, ev.target_text = "RUS", "text", party.code, party.text
        else:
            ev.actor, ev.actor_text, ev.actor_origin = party.code, party.text, "text"
            ev.target, ev.target_text = (nationality.code, nationality.text) if nationality else ("RUS", "")
        ev.date_mentions = list(dated)
        out.append(ev)
    return out


# Measures one party can answer with the same measure against the other.
ANSWERABLE = ("expel_diplomats", "reduce_mission", "suspend_mission", "sanctions", "cancel_meeting",
              "suspend_cooperation")


@lru_cache(maxsize=1)
def in_kind_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of :func:`lexicon.in_kind_rules`, in order (as :func:`lexicon.in_kind_cues` indexes them)."""
    return tuple(p for p, _, _ in lexicon.in_kind_rules())


def answers_in_kind(sentence: str, index: int, before: Sequence[EventMention],
                    previous: Callable[[int], ActorMention | None]) -> list[EventMention]:
    """'..., and Moscow retaliated in kind' (data/in_kind.csv): the last measure reported before it (in this
    sentence or the one before) taken back by the other party; dated by its own words, else like that measure
    (unless it 'has' just been taken: then it is the article's news)."""
    lower = sentence.lower()
    if len(lower) != len(sentence):
        return []
    out: list[EventMention] = []
    for _i, m in lexicon.in_kind_cues().matches(lower, in_kind_patterns(), lower):
        answered = [e for e in before if e.event_type in ANSWERABLE and e.actor and
                    (e.sentence_index < index or e.trigger_start < m.start())]
        if not answered:
            continue
        last = answered[-1]
        actors = find_actors(sentence)
        c_start, c_end = clause_of(split_clauses(sentence, actors), m.start())
        if blocked_by_modality(sentence[c_start: m.start()], m.group(0), sentence[: m.start()]):
            continue
        who = subject_before(sentence, actors, c_start, m.start(), previous(index))
        code, text = (who.code, who.text) if who is not None else (last.target or ("RUS" if last.actor != "RUS" else ""),
                                                                    last.target_text)
        if not code or code == last.actor:
            continue
        own = [d for d in find_date_mentions(sentence) if m.end() <= d.start < c_end]
        recent = re.search(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+|just\s+)?$", sentence[c_start: m.start()])
        out.append(EventMention(last.event_type, sentence, index, sentence[m.start(): m.end()], m.start(),
                                actor=code, actor_text=text, actor_origin="text", target=last.actor,
                                target_text=last.actor_text,
                                date_mentions=own or ([] if recent else list(last.date_mentions))))
    return out


# 'the two countries each expelled 23 diplomats': two parties, each acting against the other; 'the three countries
# each expelled a Russian diplomat': three, each acting on its own.
EACH_OF_SEVERAL = Screened(re.compile(r"\b(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six)\s+)?"
                                      r"(?P<noun>countries|states|nations|sides|governments|capitals)\s+"
                                      r"(?:have\s+|had\s+|then\s+|also\s+|(?:to|yester)day\s+|on\s+\w+day\s+)*each\s+"
                                      r"(?:(?:responded|retaliated|reacted|replied|hit back)\s+by\s+)?$", re.I))
PARTIES_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTRY_NOUNS = {"countries", "states", "nations", "capitals"}
NO_COUNTRY = {"org", "group", "group_count"}  # kinds of name that are not one country: 'the EU', 'the West'


def parties_named_before(sentence: str, end: int, sentence_before: str, n: int, other: str,
                         countries: bool) -> dict[str, str]:
    """The parties (code: first name) a sentence names before ``end``, and those of the sentence before when that
    gives fewer than ``n`` besides ``other``, in the order named; with ``countries``, no group or organisation."""
    def named(text: str, stop: int) -> list[ActorMention]:
        return [a for a in find_actors(text) if a.participant and a.end <= stop and not (countries and a.kind in NO_COUNTRY)]
    found = named(sentence, end)
    if len({a.code for a in found} - {other}) < n and sentence_before:
        found += named(sentence_before, len(sentence_before))
    texts: dict[str, str] = {}
    for party in found:
        texts.setdefault(party.code, party.text)
    return texts


def mutual(ev: EventMention, sentence_before: str) -> list[EventMention]:
    """An act 'the two countries each' took: one for each of the two parties the sentence (else the sentence
    before) names, against the other, with the same figure; 'the three countries each' took (or 'both countries
    each', when two besides the act's target are named): one for each of those besides the target, against it."""
    if ev.event_type not in SEPARATE_ACTS or not (each := EACH_OF_SEVERAL.search(ev.sentence[: ev.trigger_start])):
        return [ev]
    n = PARTIES_IN_WORDS[(each.group("n") or "two").lower()]
    countries = each.group("noun").lower() in COUNTRY_NOUNS  # 'the three countries' are not the EU named near them
    texts = parties_named_before(ev.sentence, each.start(), sentence_before, n, ev.target if n > 2 else "", countries)
    others = [code for code in texts if code != ev.target] if ev.target else []
    if n > 2 or (len(others) == 2 and ev.target in texts):  # 'Russia had expelled one each from Poland and Sweden.
        if len(others) != n:                                    # Both countries each declared a Russian ...'
            return [ev]
        return [copied(ev, actor=x, actor_text=texts[x], actor_origin="text") for x in others]
    parties = list(texts)
    if len(parties) != 2:
        return [ev]
    a, b = parties
    return [copied(ev, actor=x, actor_text=texts[x], actor_origin="text", target=y, target_text=texts[y])
            for x, y in ((a, b), (b, a))]


# A group counted with 'the', as one of an act's parties: 'retaliating for Moscow's expulsion of diplomats from the
# three countries'
THE_COUNTED = Screened(re.compile(r"\bthe\s+(?P<n>two|three|four|five|six)\s+(?:countries|states|nations)\b", re.I))


SUBJECT_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s+")  # between a subject and its verb: ' had earlier '


def counted_group(ev: EventMention, sentence_before: str) -> list[EventMention]:
    """An act whose party is 'the three countries': one for each of the three countries the sentence names before
    that group (else the sentence before names) besides the other party, if just that many are named; not an act
    with a figure, which is of them all ('expelling seven diplomats from the four countries')."""
    if ev.event_type not in SEPARATE_ACTS or ev.count is not None:
        return [ev]
    side = "target" if ev.target == "WEST" else "actor" if ev.actor in ("WEST", "") else ""
    text = (ev.target_text if side == "target" else ev.actor_text).lower()
    group = next((m for m in THE_COUNTED.finditer(ev.sentence) if (
        m.group(0).lower().endswith(text) if text else  # or the subject no name was read in: 'The two countries had'
        side == "actor" and SUBJECT_GAP.fullmatch(ev.sentence, m.end(), ev.trigger_start))), None)
    if group is None:
        return [ev]
    other = ev.actor if side == "target" else ev.target
    n = PARTIES_IN_WORDS[group.group("n").lower()]
    named = parties_named_before(ev.sentence[: group.start()], group.start(), sentence_before, n, other, True)
    texts = {code: name for code, name in named.items() if code != other}
    if len(texts) != n:
        return [ev]
    return [copied(ev, **{side: code, side + "_text": name}) for code, name in texts.items()]


# A sentence that only answers or follows the one before ('Moscow retaliated by ...', '... expelled four at the
# time', 'At that time Tokyo suspended ...', '... were subsequently expelled', 'NATO then froze ...', 'In solidarity with Prague, Slovakia expelled ...'):
# its undated events happened when the events of that sentence did.
ANSWER_VERBS = r"\b(?:responded|retaliated|reciprocated|hit back|answered|replied)\b"
ANSWERING = re.compile(ANSWER_VERBS)
CARRIED_OVER = Screened(re.compile(ANSWER_VERBS +
                          r"(?!\s+(?:to|for|against|that|questions?)\b)|"
                          r"\bat (?:the|that) time\b|\bin turn\b|\b(?:on )?the same day\b|"
                          r"\bin (?:response|retaliation|return|kind)\b(?!\s+(?:to|for|against)\b)|"
                          r"\b(?:subsequently|afterwards|in the aftermath)\b|\bin solidarity with\b|\bfollowed (?:suit|with)\b|"
                          r"^[^,;]{0,60}?(?<!since )(?<!until )(?<!by )(?<!till )\bthen\b(?!-)", re.I))
# An answer that names its own cause ('Russia retaliated for the move by ...', 'in response to'): not dated by the
# story told before it.
NAMED_CAUSE = re.compile(ANSWER_VERBS + r"\s+(?:to|for|against)\b|\bin (?:response|retaliation|reaction|return) (?:to|for)\b",
                         re.I)


# The time the sentence before named: 'Back then, Germany expelled four', 'At the time, Moscow ...' (not 'at the time
# of the expulsion', which names its own)
THAT_TIME = re.compile(r"\b(?:back then|at (?:the|that) (?:time|point))\b(?!\s+(?:of|when|that|in|on)\b)", re.I)


def date_as_sentence_before(mentions: list[EventMention], before: str) -> None:
    """Date the undated mentions of a sentence that speaks of 'back then' by the last date the sentence before
    names that is past (:func:`counting_bases`: '... the poisoning of Sergei Skripal in March 2018. Back then,
    Germany expelled four'): that time, though no event of that sentence was dated by it."""
    named = counting_bases(before)
    for ev in mentions:
        if not ev.date_mentions and ev.shift is None and named:
            ev.date_mentions = [named[-1]]


def carry_dates(mentions: list[EventMention], before: Sequence[EventMention]) -> None:
    """Date the undated mentions of an answering sentence like the events it answers: an earlier dated event of
    its own sentence ('Germany expelled two last December, and Russia responded by expelling two'), else those
    of the sentence before (one of the same type by whom it answers if there is one, else one of the same type,
    else one by whom it answers, else the first with dates)."""
    for ev in mentions:
        own = [m for m in mentions if m.date_mentions and m.trigger_start < ev.trigger_start]
        dated = own or [m for m in before if m.date_mentions]
        if ev.date_mentions or not dated:
            continue
        source = next((m for m in dated if m.event_type == ev.event_type and ev.target and m.actor == ev.target), None) \
            or next((m for m in dated if m.event_type == ev.event_type), None) \
            or next((m for m in dated if ev.target and m.actor == ev.target), dated[0])  # what its target did
        ev.date_mentions = list(source.date_mentions)
        if ev.shift is None:
            ev.shift = source.shift  # '... the following spring. Moscow retaliated within weeks': that spring


def date_details(mentions: list[EventMention], before: Sequence[EventMention], sentence: str) -> None:
    """An undated mention told in the past right after a dated one of its type in the same paragraph gives its
    details ('..., when Norway joined some two dozen countries in expelling Russian diplomats. Denmark sent home
    two, while Norway expelled one.'): the same date. Not a noun with a determiner ('the drills could be used'):
    that names the event again, and its mentions are merged anyway."""
    for ev in mentions:
        if ev.date_mentions or ev.shift is not None or \
                NOT_SIMPLE_PAST_BEFORE.search(sentence, max(0, ev.trigger_start - 40), ev.trigger_start) or \
                DEFINITE_BEFORE.search(sentence, max(0, ev.trigger_start - 8), ev.trigger_start) and \
                not LISTED_AFTER_THOSE.match(sentence, ev.trigger_start + len(ev.trigger)):  # 'those told to leave are'
            continue
        source = next((m for m in before if m.event_type == ev.event_type and m.date_mentions), None)
        if source is None and ev.actor and ALSO_BEFORE.search(sentence, max(0, ev.trigger_start - 25), ev.trigger_start):
            # '... in December, when he expelled 35 Russian diplomats. Obama also imposed sanctions': that time too
            source = next((m for m in before if m.actor == ev.actor and m.date_mentions), None)
        if source is not None:
            ev.date_mentions = list(source.date_mentions)
            ev.shift = source.shift


ALSO_BEFORE = re.compile(r"\balso\s+(?:[a-z]+\s+){0,2}$")
# A determiner before a noun trigger: the event named again ('the drills').
DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|this|that|such)\s+$", re.I)
# A verb in the present, the future or a perfect before a trigger: news of now or to come, or of a time before
# the one just told.
NOT_SIMPLE_PAST_BEFORE = re.compile(r"\b(?:has|have|had|is|are|am|now|will|would)\b")


def carry_parties(mentions: list[EventMention], before: Sequence[EventMention]) -> None:
    """A measure on a mission that names no party, right after a diplomatic measure that does ('NATO withdrew the
    accreditation of seven staff at the Russian Mission. The maximum size of the Mission was reduced from 30 to
    20.'): the same parties took it."""
    for ev in mentions:
        if ev.event_type in ("reduce_mission", "suspend_mission") and not ev.actor and not ev.target and \
                (source := next((m for m in before if m.event_type in ANSWERABLE and m.actor and m.target), None)):
            ev.actor, ev.actor_text, ev.actor_origin = source.actor, source.actor_text, source.actor_origin
            ev.target, ev.target_text = source.target, source.target_text


# 'a day later', 'two weeks later', 'the following year', 'the next day' ('a day earlier', 'the day before', 'the
# previous year': before it): counted from a date the text gave before.
SPAN_NUMBER = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
LATER = re.compile(rf"\b(?:{SPAN_NUMBER} (?P<unit>day|week|month|year)s?"
                   r" (?P<way>later|earlier)|the (?:next|following) (?P<unit2>day|week|month|year)|"
                   r"the (?:next|following) (?P<season>spring|summer|autumn|fall|winter)|"
                   r"the (?:previous (?P<back>day|week|month|year)|(?P<back2>day|week|month|year) before(?=\s*[,;.]|$)))\b",
                   re.I)
SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def counting_bases(text: str) -> list[DateMention]:
    """Dates of ``text`` that 'a day later' may count from: past ones, not a year that only names a thing ('the
    2014 explosions')."""
    return [d for d in find_date_mentions(text) if not d.future and
            not (d.kind == "year" and NOUN_AFTER.match(text, d.end) and text[max(0, d.start - 4): d.start] == "the ")]


# Relative mentions that name a day ('yesterday', 'last Monday') or a month ('last month').
DAY_KINDS = frozenset({"weekday", "last_weekday", "yesterday", "today"})
MONTH_KINDS = DAY_KINDS | {"this_month", "last_month", "this_week", "last_week"}


def span_days(number: str, unit: str, back: bool) -> int:
    """How many units 'a day', 'two weeks' or 'three months' span (weeks in days), negative when counted back."""
    n = 1 if number.lower() in ("a", "an") else to_int(number) or 1
    n = 7 * n if unit == "week" else n
    return -n if back else n


def date_later_ones(mentions: list[EventMention], sentence: str, previous: str, earlier: str = "") -> None:
    """Date the events that happened 'a day later' or 'the following year' from the last date before those
    words, in their sentence or else the one before (or, for a day, a day named in the sentence ``earlier``
    still, across a paragraph break, and so for a month): the event just before them in their clause ('Russia suspended its own
    participation a day later'), or all of the sentence if they open it ('The next day, Moscow expelled ...')."""
    m = LATER.search(sentence)
    if m is None or not mentions:
        return
    season = (m.group("season") or "").lower()
    back = m.group("back") or m.group("back2")  # 'the day before', 'the previous year'
    unit = "year" if season else (m.group("unit") or m.group("unit2") or back).lower()
    n = span_days(m.group("n") or "a", unit, (m.group("way") or "").lower() == "earlier" or bool(back))  # before
    own = counting_bases(sentence[: m.start()])
    base = own or counting_bases(previous) or (counting_bases(earlier) if unit == "month" else [])
    if not base:
        return
    if season:  # 'the following spring': of the next year, unless the date before is earlier in the year than it
        n = 0 if 0 < base[-1].month < SEASON_MONTH[season] else 1
    # 'the following day' counts from a day if one is given, 'a month later' from a month, not from a bare year
    if unit != "year":
        days = [b for b in base if b.day or b.kind in DAY_KINDS] if unit in ("day", "week") else []
        if unit in ("day", "week") and not days and not own:
            days = [b for b in counting_bases(earlier) if b.day or b.kind in DAY_KINDS]
        base = days or [b for b in base if b.month or b.kind in MONTH_KINDS]
        if not base:  # a day after a bare year is anywhere in it: the event's own clues date it
            return
    if all(ev.trigger_start > m.start() for ev in mentions):
        chosen = mentions
    else:
        near = [ev for ev in mentions if ev.trigger_start < m.start() and not re.search(r"[,;]", sentence[ev.trigger_start: m.start()])]
        chosen = [ev for ev in near if ev.trigger_start == near[-1].trigger_start]  # each party of a list
    for ev in chosen:
        if back and any(d.year and d.start > m.end() for d in ev.date_mentions):
            continue  # 'The year before, Zapad 2017, held with Belarus, ...': its own year
        if own and base[-1].absolute and any((d.start, d.end) == (base[-1].start, base[-1].end) for d in ev.date_mentions) \
                and ";" not in sentence[base[-1].end: ev.trigger_start] and base[-1].start > ev.trigger_start:
            continue  # '... after the war in August 2008 and revived the following year': later than the war; but
            # 'capped the staff in 2017 and ordered the consulate closed the following year': the year after
        ev.date_mentions, ev.shift = [base[-1]], (unit, n)


# 'retaliating a day after the Czech Republic expelled 18', 'two weeks before NATO's summit': a span before or
# after what the sentence dated earlier.
SPAN_APART = re.compile(rf"\b{SPAN_NUMBER} (?P<unit>day|week|month|year)s? (?P<way>after|before)\s", re.I)


NEWS_COMES = re.compile(r"\bcomes?\s+$")  # the news of the article's own day, not what came some day


def date_span_before_ones(mentions: list[EventMention], sentence: str) -> None:
    """Date the events named after 'a day after' or 'two weeks before' from the last date the sentence gives
    before those words ('Russia on Sunday ordered 20 out, a day after Prague expelled 18': Saturday), or, when
    the words open the sentence, from the first date of its main clause; unless they have a date of their own
    after them."""
    m = SPAN_APART.search(sentence)
    if m is None:
        return
    end = len(sentence)
    if m.start() == 0 and (comma := sentence.find(", ", m.end())) > 0:
        # 'Two years after Russia seized Crimea, this summer of 2016 finds ...': from the main clause's date
        end, base = comma, counting_bases(sentence[comma:])
        base = base[:1]
    else:
        base = counting_bases(sentence[: m.start()])
        if FRONTED_TIME.fullmatch(sentence, 0, m.start()) and base and (comma := sentence.find(", ", m.end())) > 0:
            end = comma  # 'On March 18, two days after a referendum ..., Putin signed': the main clause's is March 18
    unit = m.group("unit").lower()
    n = span_days(m.group("n"), unit, m.group("way").lower() == "after")
    if not base:
        if NEWS_COMES.search(sentence, 0, m.start()):  # 'The expulsions come two months after Prague expelled two'
            for ev in mentions:
                if m.end() < ev.trigger_start and not ev.date_mentions:
                    ev.shift = (unit, n)  # that long before the article's own date
        return
    for ev in mentions:
        if m.end() < ev.trigger_start < end and not any(m.end() <= d.start < end for d in ev.date_mentions):
            ev.date_mentions, ev.shift = [base[-1]], (unit, n)


# 'later that month', 'the same year': the month or year of the date given last before.
MONTH_BEFORE_THAT = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)\s+(?:of\s+)?$")
THAT_PERIOD = re.compile(r"\b(?:(?:later|earlier)(?: in)? (?:that|the same)|that same|the same|that) (?:(?P<unit>month|year)|"
                         r"(?P<season>spring|summer|autumn|fall|winter))\b", re.I)


# 'in April that year after Russia annexed Crimea', '... to protest its annexation': what came before the period
CAUSE_AFTER_PERIOD = re.compile(r"\b(?:after|following|since|over|to protest|in (?:protest|response|retaliation) (?:at|to|for|against))\s")


def date_that_period_ones(mentions: list[EventMention], sentence: str, previous: str,
                          before: Sequence[EventMention] = ()) -> None:
    """Date the undated events of a sentence that says 'later that month' or 'the same year' by the month or
    year of the last date before those words, in the sentence or else the one before (or its events')."""
    m = THAT_PERIOD.search(sentence)
    if m is None:
        that_month = [d for ev in mentions for d in ev.date_mentions if d.kind == "month" and
                      d.text[:5].lower() == "that "]  # 'That July, the EU imposed ...': July of the year before
        years = [b.year for b in counting_bases(previous) if b.year] or \
            [d.year for ev in before for d in ev.date_mentions if d.year]
        if that_month and years:
            for ev in mentions:
                ev.date_mentions = [replace(d, kind="month_year", year=years[-1]) if d in that_month else d
                                    for d in ev.date_mentions]
        return
    if not (base := counting_bases(sentence[: m.start()]) or counting_bases(previous)):
        return
    unit = (m.group("unit") or "year").lower()  # 'that spring': of that year
    if m.group("season"):
        if not base[-1].year:
            return
        base = [replace(base[-1], kind="year", month=0, day=0)]
    # 'in March of that year': every month the sentence names alone is of that year ('..., and in April ...')
    of_that_year = unit == "year" and MONTH_BEFORE_THAT.search(sentence, 0, m.start()) is not None
    for ev in mentions:  # a date ahead is not the act's ('the sanctions imposed that summer expire at the end of July')
        if all(d.future for d in ev.date_mentions) and not (ev.trigger_start > m.end() and
                                                            CAUSE_AFTER_PERIOD.search(sentence, m.end(), ev.trigger_start)):
            ev.date_mentions, ev.shift = [base[-1]], (unit, 0)
        elif of_that_year and (years := [b.year for b in counting_bases(previous) + base if b.year]):
            ev.date_mentions = [replace(d, kind="month_year", year=years[-1]) if d.kind == "month" else d
                                for d in ev.date_mentions]


# 'six years of sanctions', 'two months of talks': they began that long before the article.
DURATION_BEFORE = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten) (?P<unit>year|month)s of "
                             r"(?:[\w-]+\s+){0,2}$", re.I)


def shifted(when: PartialDate, shift: tuple[str, int]) -> PartialDate:
    """A date moved on by 'a day later' or 'the following year', at the precision both give."""
    unit, n = shift
    if unit in ("day", "week") and when.day:
        return PartialDate.from_date(when.start() + timedelta(days=n))
    if unit == "year":
        return PartialDate(when.year + n)
    if not when.month:
        return PartialDate(when.year)
    month = when.month - 1 + (n if unit == "month" else 0)
    return PartialDate(when.year + month // 12, month % 12 + 1)


# A year that frames what the sentence tells: at its start ('In 2014, ...') or before 'when' ('came in 2014, when
# clashes in August ...'); a month the sentence names without a year is of that year.
YEAR_FRAME = re.compile(r"^(?:In|During|Throughout|Back in)\s+(?:(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b,?|"
                        r"\b(?:in|of)\s+(?P<year2>(?:19|20)\d\d),?\s+when\b")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def marked_years(ev: EventMention) -> int:
    """How many years ago the anniversary its sentence marks says the event was, when the trigger is in the words
    naming what is marked, up to a comma, and they give no year ('to mark ten years since the start of a five-day
    war'); else 0."""
    if "since" not in ev.sentence and "nniversar" not in ev.sentence and "years on" not in ev.sentence:
        return 0
    for years, start, after, _ in anniversaries(ev.sentence):
        named = after.split(",")[0]  # not a clause after it ('to mark the 100th anniversary of the chapel, and held talks')
        if start <= ev.trigger_start < start + len(named) and not YEAR_IN.search(after):
            return years
    return 0


# A future tense before a day ahead ('will take part in an exercise due to begin on 15 September'), not a plan told
# in the past ('a visit that had been planned for Nov. 25')
FUTURE_TENSE = re.compile(r"\b(?:will|shall|due to|set to|scheduled to|is to|are to)\b")


def date_event(ev: EventMention, published: PartialDate | None, article_text: str = "") -> None:
    """When the event happened, from the strongest evidence: the date its own words give (absolute or
    relative); else the well-known event the sentence names; else one the article names; else the article's
    own date (to the month). A weekday against an article dated only to the month says no more than the
    article's month."""
    weak = None
    if published is not None and (marked := marked_years(ev)):
        ev.date, ev.date_origin = PartialDate(published.year - marked, published.month), "text"
        if (ref := match_reference(ev, article_text, published)) is not None and ref.date.year == ev.date.year:
            ev.date, ev.date_origin = ref.date, "reference"
        return  # 'to mark ten years since the start of a five-day war': ten years before the article
    if ev.shift is not None and not ev.date_mentions and published is not None:
        ev.date, ev.date_origin = shifted(published, ev.shift), "text"
        return
    for d in ev.date_mentions:
        if d.future and ev.event_type == "cancel_meeting" and d.start > ev.trigger_start and published is not None:
            continue  # 'called off the summit planned for June', 'will not attend the World Cup in June': the
            # event's date, not that of the calling off or of the decision to stay away
        resolved = resolve(d, published)
        if d.kind in ("month", "month_day") and d.month and (framed := YEAR_FRAME.search(ev.sentence, 0, d.start)):
            year = int(framed.group("year") or framed.group("year2"))  # in 2014, ... in November: that year
            resolved = PartialDate(year, d.month, d.day if valid_day(year, d.month, d.day) else 0)
        elif d.kind in ("month", "month_day") and (head := next((h for h in ev.date_mentions if h.kind == "full" and
                                                             h.start < d.start and heads_sentence(h, ev.sentence)), None)):
            resolved = resolve(d, PartialDate(head.year, head.month, head.day))  # 'OCTOBER 18, 2021 - ... from November 1'
        if resolved is None:
            continue
        if d.kind in ("month", "month_day") and (story := ev.story_date) is not None and published is not None and \
                (year := story.year + (d.month < story.month)) < published.year and year != resolved.year and \
                not d.future and not d.text.lower().startswith("this") and \
                all(int(y) <= year for y in YEAR_IN.findall(ev.sentence, d.end)) and \
                told_as_past(ev.sentence, *own_span(d, ev.sentence)) and valid_day(year, d.month, d.day or 1):
            # 'the spring of 2009 ... in May': 2009's; 'in December 2010 ... In June': the June after it
            resolved = PartialDate(year, d.month, resolved.day)
        if d.kind == "month" and (ref := match_reference(ev, article_text, published)) is not None and \
                ref.date.month == d.month and ref.date.year != resolved.year and \
                (published is None or ref.date <= published):
            resolved = ref.date  # '... Crimea in 2014, ... the poisoning of Skripal in March': the known event's year
        if d.kind == "month_day" and resolved.day and published is not None and published.day and \
                not (d.future and FUTURE_TENSE.search(ev.sentence, 0, own_span(d, ev.sentence)[0])) and \
                resolved.start() > published.start() + LATE_NEWS and told_as_past(ev.sentence, *own_span(d, ev.sentence)) \
                and valid_day(resolved.year - 1, resolved.month, resolved.day):
            resolved = PartialDate(resolved.year - 1, resolved.month, resolved.day)
        if d.kind in ("weekday", "last_weekday") and (published is None or not published.day):
            weak = weak or resolved
            continue
        if ev.shift is not None:
            ev.date, ev.date_origin = shifted(resolved, ev.shift), "text"
            return
        ev.date, ev.date_origin = resolved, "text"
        if not resolved.day and (ref := match_reference(ev, article_text, published)) is not None and \
                ref.date.compatible(resolved) and len(ref.date.iso) > len(resolved.iso):
            ev.date, ev.date_origin = ref.date, "reference"  # 'in 2014' of the annexation is its day
        return
    ref = match_reference(ev, article_text, published)
    if ref is not None and (published is None or ref.date <= published or ref.date.compatible(published)) \
            and (ref.scope == "landmark" or published is None or months_between(ref.date, published) <= 12):
        ev.date, ev.date_origin = ref.date, "reference"
    elif weak is not None:  # 'on Thursday': the article's week, in words of its own
        ev.date, ev.date_origin = weak, "text"
    elif published is not None:
        ev.date, ev.date_origin = published.truncate("month") if published.month else published, "article"


def fill_parties(ev: EventMention, main_counterpart: str | Callable[[], str],
                 ref: lexicon.ReferenceEvent | None = None, east_side: str | Callable[[], str] = "RUS") -> None:
    """Actor and target the text leaves implicit: the well-known event it refers to, the event type's
    defaults, else the other side (``main_counterpart``, or a function giving it, called only if needed; for
    the West's side, ``east_side``: Russia, or Belarus in a story about it)."""
    def counterpart() -> str:
        return main_counterpart() if callable(main_counterpart) else main_counterpart

    def east() -> str:
        return east_side() if callable(east_side) else east_side

    etype = lexicon.event_types()[ev.event_type]
    if ev.event_type == "annexation" and ev.actor and ev.actor == etype.default_target:
        ev.actor, ev.target = etype.default_actor, ev.actor  # 'a step that clears the way for its annexation': Crimea's
    if ref is not None and not (ev.actor and ev.target):
        ev.actor = ev.actor or (ref.actor if ref.actor != ev.target else "")
        ev.target = ev.target or (ref.target if ref.target != ev.actor and "|" not in ref.target else "")
    if not ev.actor and ev.counterpart_of:
        ev.actor = east() if ev.counterpart_of not in EAST else counterpart()
    if not ev.actor and etype.default_actor and etype.default_actor != ev.target:
        ev.actor = etype.default_actor
    if not ev.target and etype.default_target and etype.default_target != ev.actor:
        ev.target = east() if etype.default_target == "RUS" and ev.actor not in EAST else etype.default_target
    if not ev.actor and ev.target:
        ev.actor = east() if ev.target not in EAST else counterpart()
    if not ev.target and ev.actor and ev.event_type not in ("military_exercise", "poisoning"):
        side = east() if ev.actor not in EAST else counterpart()
        if ev.event_type != "armed_conflict" or war_side_named(ev.sentence, ev.actor, side):
            ev.target = side
    if ev.target == ev.actor:
        ev.target = ""


def war_side_named(sentence: str, actor: str, side: str) -> bool:
    """Whether the other side a default gives a war is one its sentence names: Russia, for a Western actor (not
    'French jets struck armoured vehicles near Benghazi'); the ally a story is about, for Russia ('an air strike killed
    33 Turkish soldiers', not 'Russia has used exercises to mask military operations'), a state outside the West
    always."""
    if actor not in EAST:
        return names_east(sentence)
    return side not in lexicon.west_codes() or any(a.code == side for a in find_actors(sentence))


EAST_WORD = re.compile(r"\b(?:Russia|Moscow|Kremlin|Belarus|Minsk)")


def names_east(sentence: str) -> bool:
    """Whether a sentence names Russia or Belarus (by name, capital, people or nationality) at all, if only in a
    compound ('Russian-backed Syrian forces')."""
    return EAST_WORD.search(sentence) is not None or any(a.code in EAST for a in find_actors(sentence))


def outside_nato(sentence: str) -> list[ActorMention]:
    """The states outside NATO a sentence names (by name, territory, capital or nationality): whose land may be
    occupied."""
    return [a for a in find_actors(sentence) if a.code in NON_ALIGNED and
            (a.kind in PLACE_KINDS or a.kind == "demonym")]


def nearest_occupied(sentence: str, pos: int) -> str:
    """The state outside NATO named nearest to ``pos`` in a sentence ('' if none): 'Crimea, which Moscow annexed'."""
    near = outside_nato(sentence)
    return min(near, key=lambda a: abs(a.start - pos)).code if near else ""


def occupied_party(text: str) -> str:
    """The state outside NATO that a text names most often ('' if none): whose land an occupation it does not
    place is on ('Russian forces were still occupying the town of Gori' in a story on Georgia)."""
    counts = Counter(a.code for sentence in split_sentences(text) for a in outside_nato(sentence))
    return counts.most_common(1)[0][0] if counts else ""


# The side the West's measures in these stories are against: Russia, or Belarus, its ally, in a story about Belarus.
EAST = ("RUS", "BLR")


def parties_named(text: str) -> Counter[str]:
    """How often an article names each party (as a participant), in the order it first names them."""
    return Counter(a.code for sentence in split_sentences(text) for a in find_actors(sentence) if a.participant)


def russia_side(named: Counter[str]) -> str:
    """Belarus when an article names it as a party more often than Russia (a story about Minsk), else Russia;
    ``named`` is :func:`parties_named` of the article."""
    return "BLR" if named["BLR"] > named["RUS"] else "RUS"


def main_counterpart(named: Counter[str]) -> str:
    """Russia's main counterpart in an article: the non-Russian party it names most often (NATO if none);
    ``named`` is :func:`parties_named` of the article."""
    others = Counter({code: n for code, n in named.items() if code != "RUS"})
    return others.most_common(1)[0][0] if others else "NATO"


def same_event(a: EventMention, b: EventMention, published: PartialDate | None) -> int:
    """How well two mentions in one article can be one event: 2 surely compatible, 1 only if a mention
    dated by the article alone refers back to an earlier event, 0 not the same event."""
    if a.event_type != b.event_type:
        return 0
    for x, y in ((a.actor, b.actor), (a.target, b.target)):
        if x and y and x != y:
            return 0
    actor, target = a.actor or b.actor, a.target or b.target
    if actor and target and not (a.actor and a.target) and not (b.actor and b.target) and \
            {actor, target} <= lexicon.west_codes():
        return 0  # 'NATO cut the mission' and 'demanded that Britain reduce its staff': not NATO's against Britain
    if a.count is not None and b.count is not None and a.count != b.count:
        return 0
    if a.date is None or b.date is None:
        return 2
    if a.date_origin == "article" or b.date_origin == "article":
        other = b if a.date_origin == "article" else a
        if other.date_origin == "reference" and published is not None and published.month and other.date.month and \
                other.date.truncate("month").start() > published.truncate("month").start():
            return 0  # the news of the day is not a well-known event still to come ('Zapad-2021, scheduled for September')
        if other.date_origin == "article" or (published is not None and other.date.year == published.year):
            return 2
        return 1
    return 2 if a.date.truncate("month").compatible(b.date.truncate("month")) else 0


# What puts a trigger in a subordinate clause about something earlier ('... after they were frozen').
BACKGROUND_CLAUSE = re.compile(r"\b(?:after|since|following|amid|over|when|because|as)\b")


def is_lead_news(m: EventMention, lead: int = 1) -> bool:
    """True for a mention in the main clause of the headline or first sentence (``lead``: the index of the story's
    first sentence, after a headline, a date line or a byline): wire copy leads with its news, so it is not a
    reference back to an earlier event of the same kind."""
    return m.sentence_index <= lead and not BACKGROUND_CLAUSE.search(m.sentence[: m.trigger_start + len(m.trigger)])


def story_lead(text: str) -> int:
    """The index of the story's first sentence (:func:`opens_story`) among the first few, else 1."""
    return next((i for i, s in enumerate(split_sentences(text)[:8]) if opens_story(s)), 1) if text else 1


# What marks an act as a new one of its kind: 'tougher sanctions', 'a new round of expulsions'.
NEW_ACT_BEFORE = re.compile(r"\b(?:new|tougher|fresh|further|additional|latest|broader|wider|harsher|stiffer|"
                            r"expanded|another)\s+(?:round\s+of\s+|wave\s+of\s+|package\s+of\s+)?(?:[\w-]+\s+)?$", re.I)


def merge_mentions(mentions: list[EventMention], published: PartialDate | None,
                   lead: int = 1) -> list[list[EventMention]]:
    """Group the mentions of one article that are one event (complete mentions first, then the vaguer ones,
    which join the event they fit best); ``lead`` as for :func:`is_lead_news`."""
    groups: list[list[EventMention]] = []
    complete = [m for m in mentions if m.actor and m.target]
    partial = [m for m in mentions if not (m.actor and m.target)]
    ordered = [m for m in complete if m.date_origin != "article"] + \
        [m for m in complete if m.date_origin == "article"] + partial
    for m in ordered:
        best, best_fit = None, 0
        for g in groups:
            if g[0].event_type != m.event_type:
                continue  # a group holds one type of event: no fit (most groups, at a glance)
            fit = min(same_event(m, x, published) for x in g)
            if fit == 1 and (m.count is not None or m.date_origin != "article" or is_lead_news(m, lead) or
                             ALSO_BEFORE.search(m.sentence, max(0, m.trigger_start - 25), m.trigger_start)):
                fit = 0  # 'The administration also imposed sanctions': one more act of the news, not an earlier one
            if fit == 2 and m.date_origin == "article" and published is not None and \
                    NEW_ACT_BEFORE.search(m.sentence, max(0, m.trigger_start - 30), m.trigger_start) and \
                    any(x.date is not None and x.date_origin != "article" and x.date.month and
                        x.date.truncate("month") != published.truncate("month") for x in g):
                fit = 0  # 'announced tougher sanctions': a new act, not the one of another month named before
            if fit > best_fit:
                best, best_fit = g, fit
        if best is None:
            groups.append([m])
        else:
            best.append(m)
    return groups


def best_of(group: list[EventMention]) -> EventMention:
    """One row for a group: parties, figure and date from the mentions that give them; the sentence is the
    one that gives the figure (else the most explicit one)."""
    def score(m: EventMention) -> tuple:
        return (m.count is not None, m.actor_origin == "text", m.date_origin == "text", -m.sentence_index)

    best = max(group, key=score)
    row = copied(best)
    row.actor = row.actor or next((m.actor for m in group if m.actor), "")
    row.target = row.target or next((m.target for m in group if m.target), "")
    if row.previous_value is None and row.count is not None:  # 'cuts mission to 20' ... 'by ten people, to twenty'
        row.previous_value = next((m.previous_value for m in group if m.count == row.count and m.previous_value), None)
    order = {"text": 3, "reference": 2, "article": 1, "": 0}
    dated = [m for m in group if m.date is not None]
    if dated:
        top = max(dated, key=lambda m: (order[m.date_origin], len(m.date.iso)))
        if row.date is None or order[top.date_origin] > order[row.date_origin]:
            row.date, row.date_origin = top.date, top.date_origin
    return row


def name_exercise_holders(mentions: Sequence[EventMention], text: str, published: PartialDate | None) -> None:
    """An exercise named without its holder ('the previous Zapad exercise was held in 2013') is held by whoever
    holds the exercise of that name elsewhere in the article (in its words, or as the well-known event), else by
    the holder of the well-known series of that name; a nationality near a well-known series' name ('Estonian
    officials say Zapad ...') is not its holder."""
    named = [ev for ev in mentions if ev.event_type == "military_exercise" and ev.trigger[:1].isupper()]
    series = lexicon.exercise_series()
    west = lexicon.west_codes()
    for ev in named:
        holder = series.get(lexicon.series_name(ev.trigger), "")
        if holder and ev.actor and ev.actor != holder and (ev.actor_text and all(
                a.kind == "demonym" for a in find_actors(ev.actor_text)) or (holder in west) != (ev.actor in west)):
            # 'Estonian officials say Zapad ...', 'Norwegian soldiers in Trident Juncture'; 'Allies keep watch as
            # Zapad-2021 unfolds': a series' holder, where the party named is of the other side
            ev.actor, ev.actor_text = holder, ""
    if any(not ev.actor for ev in named):
        holders: dict[str, str] = {}
        for ev in named:
            holder = ev.actor or ((ref := match_reference(ev, text, published)) and ref.actor) or ""
            if holder:
                holders.setdefault(lexicon.series_name(ev.trigger), holder)
        for ev in named:
            if not ev.actor:
                name = lexicon.series_name(ev.trigger)
                ev.actor = series.get(name) or holders.get(name, "")  # a known series' holder before a headline's
                ev.actor_origin = "text" if ev.actor else ""
    for ev in mentions:
        if ev.event_type == "military_exercise" and not ev.actor and EDITION.search(ev.trigger):
            # 'The 2009 edition ... ended with a simulated strike': of the exercise named last before it
            before = [m for m in named if m.actor and m.sentence_index <= ev.sentence_index]
            if before:
                ev.actor, ev.actor_origin = before[-1].actor, "text"


EDITION = re.compile(r"\bedition\b")


# A clause of contrast after a trigger: the parties it names say something of the event, they do not hold it.
CONTRAST_AFTER = re.compile(r",\s+(?:though|although|but|while|whereas)\b")


def exercise_holder_from_context(ev: EventMention, mentions: Sequence[EventMention]) -> str:
    """Who holds an exercise no rule gave a holder: the one party its sentence names before it, by a name and not
    a nationality nor a place ('Russian defence minister Sergei Shoigu declared an end to snap drills near Ukraine'; not
    'Lithuanian officials believe that ... drills', nor 'the announcement in Crimea'), else, if it names none before a contrast, the holder of the last
    exercise told before it ('after watching exercises on the Opuk range'), or if it names only that holder (its place:
    'inspected units in the Central Military District')."""
    named = [a for a in find_actors(ev.sentence) if a.participant and a.kind != "territory"]
    if len(codes := {a.code for a in named if a.start < ev.trigger_start and a.kind != "demonym" and
                     not after_preposition(ev.sentence, a)}) == 1:  # not a place: 'the announcement in Kyiv'
        return codes.pop()
    turn = CONTRAST_AFTER.search(ev.sentence, ev.trigger_start)
    codes = {a.code for a in named if turn is None or a.start < turn.start()}  # not ', though NATO said ...'
    before = [m.actor for m in mentions if m.event_type == "military_exercise" and m.actor and
              m.sentence_index < ev.sentence_index]
    return before[-1] if before and (not codes or codes == {before[-1]}) else ""  # or only names that one's place


# A reply in kind to what was done to the subject ('Moscow retaliated the following day with expulsions of its own').
RETALIATED = re.compile(r"\b(?:retaliat(?:ed|es|ing)|hit back|in kind|in return|tit-for-tat|of (?:its|their) own)\b")


def retaliated_against(ev: EventMention, mentions: Sequence[EventMention]) -> str:
    """Whom a reply in kind with no object is against: who did the same to its actor in the sentences before
    (one the sentence names, if it names any: 'leaving the Czech embassy barely able to function'), else the one
    other party the sentence names."""
    if not RETALIATED.search(ev.sentence):
        return ""
    named = {a.code for a in find_actors(ev.sentence)} - {ev.actor}
    before = [m.actor for m in mentions if m.sentence_index < ev.sentence_index and m.event_type == ev.event_type
              and m.target == ev.actor and m.actor and m.actor != ev.actor and (not named or m.actor in named)]
    if before:
        return before[-1]
    return next(iter(named)) if len(named) == 1 else ""


def resolve_anaphora(mentions: list[EventMention]) -> None:
    """'Since the war', 'the expulsions' take the parties, and the date, of the last such event the article named
    before them (for a war, the last war or conflict named; a war keeps a date it says itself, and sanctions told as
    'the measures' any date of their own); with none, what the well-known event of the article or its date give."""
    for ev in mentions:
        if ev.anaphoric:
            before = [m for m in mentions if m.event_type == ev.event_type and not m.anaphoric and m.actor and m.target
                      and (m.sentence_index, m.trigger_start) < (ev.sentence_index, ev.trigger_start)]
            if ev.event_type == "armed_conflict":  # 'since the war': a war or conflict named, not one attack in it
                before = [m for m in before if WAR_WORD.fullmatch(m.trigger)]
            named = before[-1] if before else None
            if named is not None:
                ev.actor, ev.target = named.actor, named.target
                own = ev.date_origin == "text" if ev.event_type == "armed_conflict" else \
                    ev.event_type == "sanctions" and ev.date is not None
                if not own:
                    ev.date, ev.date_origin = named.date, named.date_origin


# A war named by a bare 'that war' opening the sentence ('After that war the alliance froze the council')
WAR_OPENING = re.compile(r"\W*(?:[\w,]+\s+){0,3}?(?:[Aa]fter|[Ff]ollowing|[Ss]ince|[Ii]n the wake of)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?$")


def date_by_war_named_before(mentions: list[EventMention]) -> None:
    """A measure dated only by its article whose cause in its sentence is 'the war' the article named before
    ('Nato froze formal contacts with Moscow after the conflict', 'in the weeks after the war'): in that war's month,
    once :func:`resolve_anaphora` has dated it."""
    for ev in mentions:
        if ev.event_type not in ANSWERS or ev.date_origin != "article":
            continue
        for war in mentions:
            if war.sentence_index != ev.sentence_index or not war.anaphoric or war.event_type != "armed_conflict" or \
                    war.date is None or war.date_origin == "article":
                continue
            if (war.trigger_start > ev.trigger_start and CAUSE_BETWEEN.search(ev.sentence, ev.trigger_start, war.trigger_start)) \
                    or (war.trigger_start < ev.trigger_start and WAR_OPENING.fullmatch(ev.sentence, 0, war.trigger_start)):
                ev.date, ev.date_origin = war.date.truncate("month"), war.date_origin
                break


@lru_cache(maxsize=1)
def fighting_together() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """For each force fighting beside a host government (:func:`lexicon.co_belligerents`): the words that name
    both as one side ('Syrian and Russian warplanes', 'Russian-backed Syrian forces', 'Syrian troops backed by
    Russia' or 'by Russian air power'), built from their names in data/actors.csv."""
    out = []
    for force, host in lexicon.co_belligerents():
        own, other = lexicon.actor_names(force, "demonym"), lexicon.actor_names(host, "demonym")
        state = lexicon.actor_names(force, "state")
        either = f"(?:{own}|{other})"
        out.append((force, host, re.compile(
            rf"\b{either}(?:\s+government)?\s+and\s+{either}\b|\b(?:{own})-backed\s+(?:{other})\b|"
            rf"\b(?:{other})\s+(?:government\s+)?(?:forces|troops),?\s+backed\s+by\s+(?:{state}|{own})\b")))
    return tuple(out)


# More Russian diplomats than any one state has expelled at once: with no expeller named, a wave of several.
WAVE_SIZE = 100


def article_events(article_id: str, mentions: list[EventMention], published: PartialDate | None, source: str,
                   text: str = "") -> list[dict]:
    """The rows of events.csv for one article: one per event it reports, dated and with both parties."""
    named: list[Counter[str]] = []

    def parties() -> Counter[str]:  # read off every sentence's actors: only when an event needs it
        if not named:
            named.append(parties_named(text))
        return named[0]

    def counterpart() -> str:
        return main_counterpart(parties())

    def east() -> str:
        return russia_side(parties()) if "Belarus" in text or "Minsk" in text else "RUS"

    for ev in mentions:
        date_event(ev, published, text)
    date_by_known_cause(mentions, published)
    date_causes_by_reference(mentions, text, published)
    date_answers_by_reference(mentions)
    date_by_narrative(mentions, published)
    if any(ev.anaphoric for ev in mentions):
        resolve_anaphora(mentions)
        date_by_war_named_before(mentions)
        # 'the measures' of no sanctions named before: none of ours
        mentions = [ev for ev in mentions if not (ev.anaphoric and ev.event_type == "sanctions" and not ev.target)]
    name_exercise_holders(mentions, text, published)
    groups = merge_mentions(mentions, published, max(1, story_lead(text)))
    rows = []
    for group in groups:
        ev = best_of(group)
        if not ev.target and ev.actor:
            ev.target = retaliated_against(ev, mentions)
        if ev.event_type == "expel_diplomats" and ev.count is not None and ev.count >= WAVE_SIZE and \
                ev.target in ("", "RUS") and ev.actor_origin != "text":
            ev.actor, ev.target = "WEST", "RUS"  # 'more than 100 Russian diplomats have been told to leave': a wave
        if ev.event_type == "annexation" and (sides := annexation_sides(ev.trigger)) is not None:
            ev.actor, ev.target = sides  # 'since March, when Crimea rejoined Russia': whoever the clause is about
        if ev.event_type == "annexation" and not ev.target and ev.actor in ("", "RUS"):
            ev.target = nearest_occupied(ev.sentence, ev.trigger_start) or occupied_party(text)  # 'occupying Gori
        given = ev.actor, ev.target
        fill_parties(ev, counterpart, match_reference(ev, text, published), east)
        if ev.event_type == "armed_conflict" and not given[0] and ev.actor in EAST and \
                given[1] in lexicon.west_codes() and not names_east(ev.sentence):
            continue  # 'NATO took over the air campaign from a US-led coalition': a war of others, not Russia's on them
        if ev.event_type == "military_exercise" and not ev.actor:
            ev.actor = exercise_holder_from_context(ev, mentions)
        if ev.event_type == "armed_conflict" and (ev.target, ev.actor) in lexicon.war_sides() and \
                WAR_WORD.fullmatch(ev.trigger) and not STARTED_BEFORE.search(ev.sentence, 0, ev.trigger_start):
            ev.actor, ev.target = ev.target, ev.actor  # 'Georgia's war with Russia': Russia's, as the reference has it
        if ev.event_type == "armed_conflict" and ev.actor in lexicon.west_codes() and \
                ev.target not in lexicon.west_codes() and ("RUS", ev.target) in lexicon.war_sides() and \
                (ev.actor, ev.target) not in lexicon.war_sides():
            ev.actor = "RUS"  # 'the alliance's criticism of its war in Georgia': the war Russia waged there
        if ev.event_type == "armed_conflict" and ev.actor and ev.target:
            for force, host, together in fighting_together():
                if {ev.actor, ev.target} == {force, host} and together.search(ev.sentence):
                    ev.actor, ev.target = force, host  # 'Syrian and Russian warplanes pounded Aleppo': Russia's force
        if ev.event_type == "talks" and not (ev.actor and ev.target):
            continue
        if ev.event_type in ("cancel_meeting", "suspend_cooperation") and not (ev.actor or ev.target):
            continue  # 'most of the opposition stayed away from the session': no party of ours
        if ev.event_type == "armed_conflict" and {ev.actor, ev.target} <= lexicon.west_codes():
            continue  # 'the U.S. sent paratroopers to Lithuania': allies' forces among allies are no war
        rows.append(event_row(article_id, ev, source, len(group)))
    return rows


def annexation_sides(trigger: str) -> tuple[str, str] | None:
    """Who annexed whose land, for an annexation whose trigger names a well-known one (data/reference_events.csv:
    'Crimea's incorporation into Russia' is Russia's, of Ukraine's territory), else None."""
    return next(((r.actor, r.target) for r in lexicon.reference_events() if r.event_type == "annexation" and
                 r.actor and r.target and r.keywords is not None and r.keywords.search(trigger)), None)


def event_row(article_id: str, ev: EventMention, source: str, n_mentions: int) -> dict:
    etype = lexicon.event_types()[ev.event_type]
    key = f"{article_id}|{ev.sentence_index}|{ev.event_type}|{ev.actor}|{ev.target}|{ev.count}"
    return {
        "event_id": hashlib.sha256(key.encode()).hexdigest()[:12],
        "article_id": article_id,
        "event_type": ev.event_type,
        "actor": ev.actor,
        "target": ev.target,
        "date": ev.date.iso if ev.date else "",
        "date_precision": ev.date.precision if ev.date else "",
        "count": ev.count,
        "count_qualifier": ev.count_qualifier,
        "previous_value": ev.previous_value,
        "cameo": etype.cameo,
        "goldstein": etype.goldstein,
        "quad_class": str(etype.quad_class),
        "sentence": ev.sentence,
        "sentence_index": ev.sentence_index,
        "actor_text": ev.actor_text,
        "target_text": ev.target_text,
        "trigger": ev.trigger,
        "source": source,
        "date_origin": ev.date_origin,
        "n_mentions": n_mentions,
    }


def staff_counts(events: list[dict]) -> list[dict]:
    """Rows of staff_counts.csv: the figures of expulsions (people expelled) and mission cuts (size after)."""
    rows = []
    for e in events:
        if e["count"] is None or e["event_type"] not in ("expel_diplomats", "reduce_mission"):
            continue
        rows.append({
            "article_id": e["article_id"], "date": e["date"], "date_precision": e["date_precision"],
            "measure": "expelled" if e["event_type"] == "expel_diplomats" else "mission_cap",
            "value": e["count"], "qualifier": e["count_qualifier"] or "exact",
            "previous_value": e.get("previous_value"), "staff_of": e["target"], "by": e["actor"],
            "sentence": e["sentence"], "event_id": e["event_id"],
        })
    return rows
