"""Well-known dated events (data/reference_events.csv, each with its source): which one a mention refers
to, and the dates they lend to an article and its events."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from natorussia import lexicon
from natorussia.actors import find_actors
from natorussia.cues import Cue, Needle, cue_of, lead_of, shortest_literals, shortest_prefixes
from natorussia.dates import (
    DateMention,
    PartialDate,
    ago_year,
    anniversaries,
    anniversary_dates,
    find_date_mentions,
    is_future,
)

if TYPE_CHECKING:
    from natorussia.extract import EventMention


YEAR_AFTER_NAME = re.compile(r"[- ]?(?P<year>(?:19|20)\d\d|\d\d)\b")


@dataclass(frozen=True)
class KeywordIndex:
    """The references with keywords, the literal cues that screen them (every match of a reference's keywords
    holds one of its literals) and the literals their matches start with."""

    refs: tuple[lexicon.ReferenceEvent, ...]
    position: dict[int, int]  # id(ref) -> its index in refs (the references live as long as the process)
    cues: tuple[tuple[Needle, ...] | None, ...]  # each reference's literals (None: it is always searched)
    leads: tuple[tuple[str, ...] | None, ...]  # each reference's case-sensitive leads (None: searched everywhere)
    # whether a short text is screened with the literals first too: when they are fewer than the leads
    screened: tuple[bool, ...] = ()


def shortest_leads(lead: Cue | None) -> tuple[str, ...] | None:
    """The case-sensitive literals every match starts with, without those another of them begins: where they
    are is where a match can start."""
    if lead is None or any(ci for _, ci in lead):
        return None
    return tuple(shortest_prefixes(s for s, _ in lead))


@lru_cache(maxsize=1)
def keyword_index() -> KeywordIndex:
    refs = tuple(r for r in lexicon.reference_events() if r.keywords is not None)
    cues = tuple(None if cue is None else shortest_literals(cue) for cue in (cue_of(r.keywords) for r in refs))
    leads = tuple(shortest_leads(lead_of(r.keywords)) for r in refs)
    screened = tuple(cue is not None and (lead is None or len(cue) < len(lead))
                     for cue, lead in zip(cues, leads, strict=True))
    return KeywordIndex(refs, {id(r): i for i, r in enumerate(refs)}, cues, leads, screened)


def keyword_matches(i: int, text: str) -> Iterator[re.Match[str]]:
    """The matches of the ``i``-th reference's keywords (in :func:`keyword_index`) in ``text``, as ``finditer``
    gives them, tried only where one of its leads starts: a few substring searches and matches instead of a
    regex tried at every position of the article."""
    index = keyword_index()
    pattern, leads = index.refs[i].keywords, index.leads[i]
    if leads is None:
        yield from pattern.finditer(text)
        return
    starts = set()
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            starts.add(at)
            at = text.find(lead, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


# Below this length a text is searched for a reference's keywords straight away (unless it has fewer literals than
# leads); above it, for its literals first.
CUE_PASS_FROM = 400


def may_name(i: int, text: str) -> bool:
    """False when ``text`` holds none of the literals of the ``i``-th reference (in :func:`keyword_index`): a
    substring test or two instead of a regex search of the whole article."""
    cue = keyword_index().cues[i]
    if cue is None:
        return True
    lower = None
    for s, ci in cue:
        if ci and lower is None:
            lower = text.lower()
        if s in (lower if ci else text):
            return True
    return False


def names_it(ref: lexicon.ReferenceEvent, text: str) -> bool:
    """True when ``text`` holds the reference's keywords, and no other year straight after them: 'Trident
    Juncture 2015' is not the 2018 exercise, 'Zapad-2017' not Zapad 2021."""
    return _names(keyword_index().position[id(ref)], text)


# 'its own Magnitsky law': another party's like of the well-known one, not that one
OWN = "own "


@lru_cache(maxsize=128)
def _names(i: int, text: str) -> bool:
    """:func:`names_it` for the i-th reference: one article's sentences are asked about again and again (kept
    for one article or so: a cache across articles would only measure how often a corpus repeats itself)."""
    index = keyword_index()
    if (len(text) >= CUE_PASS_FROM or index.screened[i]) and not may_name(i, text):
        return False
    ref = index.refs[i]
    return any(year_after(text, m.end()) in (None, ref.date.year) and not text.endswith(OWN, 0, m.start())
               for m in keyword_matches(i, text))



def year_after(text: str, pos: int) -> int | None:
    """The year written straight after a name ending at ``pos`` ('Zapad-2017', 'Trident Juncture 15'), or None."""
    if (year := YEAR_AFTER_NAME.match(text, pos)) is None:
        return None
    value = int(year.group("year"))
    return value if value > 99 else 2000 + value


def named_with_another_year(ref: lexicon.ReferenceEvent, text: str) -> bool:
    """True when ``text`` names the reference's keywords with another year straight after them: an article on
    'Trident Juncture 2015' means that one by a bare 'Trident Juncture' too, not the 2018 exercise."""
    return ref.keywords is not None and _named_with_another_year(keyword_index().position[id(ref)], text)


@lru_cache(maxsize=128)
def _named_with_another_year(i: int, text: str) -> bool:
    """:func:`named_with_another_year` for the i-th reference (asked again and again of one article's text)."""
    if len(text) >= CUE_PASS_FROM and not may_name(i, text):
        return False
    year_of_ref = keyword_index().refs[i].date.year
    return any(year_after(text, m.end()) not in (None, year_of_ref) for m in keyword_matches(i, text))


@lru_cache(maxsize=1)
def events_by_type() -> dict[str, tuple[lexicon.ReferenceEvent, ...]]:
    """The well-known events of each event type, in file order: a mention is only compared with those of its
    own type."""
    out: dict[str, list[lexicon.ReferenceEvent]] = {}
    for ref in lexicon.reference_events():
        out.setdefault(ref.event_type, []).append(ref)
    return {etype: tuple(refs) for etype, refs in out.items()}


# A figure that marks out one well-known act when the text names no one (60 expelled in 2018; not 2 or 4, which many
# acts have).
DISTINCT_FIGURE = 10


@lru_cache(maxsize=256)
def candidates(event_type: str, actor: str, target: str, count: int | None) -> tuple[lexicon.ReferenceEvent, ...]:
    """The well-known events a mention of this type, parties and figure may refer to, in file order (kept for
    the few combinations of them a corpus has)."""
    out = []
    for ref in events_by_type().get(event_type, ()):
        if ref.actor and actor and ref.actor != actor:
            continue
        if ref.target and target and target not in ref.target.split("|"):  # 'EU|USA|...': any of them
            continue
        if ref.count is not None and count != ref.count:
            continue
        if ref.keywords is None and not ((actor == ref.actor or not actor and (ref.count or 0) >= DISTINCT_FIGURE) and
                                         (not target or target == ref.target)):
            continue  # known by its parties, or by its figure when no one is named ('the administration expelled 60')
        out.append(ref)
    return tuple(out)


def match_reference(ev: EventMention, article_text: str = "", published: PartialDate | None = None
                    ) -> lexicon.ReferenceEvent | None:
    """The well-known event a mention refers to: same type, parties and figure, and its keywords in the
    sentence or, failing that, elsewhere in the article (a landmark any time; a news event only when the
    article is from the same weeks)."""
    refs = candidates(ev.event_type, ev.actor, ev.target, ev.count)
    for ref in refs:
        if ref.keywords is None and not ev.actor and ev.date is not None and ev.date.year != ref.date.year:
            continue  # known only by its figure: not an act of another year that has the same one
        if (ref.keywords is None or names_it(ref, ev.sentence)) and not named_with_another_year(ref, article_text):
            if not ev.actor and article_text:
                return most_named(ref, [r for r in refs if r.date == ref.date and r.keywords is not None and
                                        names_it(r, ev.sentence)], article_text)
            return ref
    for ref in refs:
        if ref.scope != "news" or not ev.actor or published is None or \
                not 0 <= months_between(ref.date, published) <= 2:
            continue
        if article_text and names_it(ref, article_text):
            return ref
    if ev.event_type == "poisoning" and article_text:  # 'he had been poisoned with Novichok': the one the article names
        named = [ref for ref in refs if ref.keywords is not None and names_it(ref, article_text)]
        if len(named) == 1:
            return named[0]
    return None


def most_named(first: lexicon.ReferenceEvent, same_day: Sequence[lexicon.ReferenceEvent],
               article_text: str) -> lexicon.ReferenceEvent:
    """Of well-known events of one day by different parties that a mention naming no one may refer to (the US's
    and the EU's sectoral sanctions of July 2014), the one whose party the article names most; else the first."""
    if len({r.actor for r in same_day}) < 2:
        return first
    named = Counter(a.code for a in find_actors(article_text) if a.participant)
    return max(same_day, key=lambda r: named[r.actor])  # the first of the most named, as max keeps the first


# A well-known event spoken of as still to come ('at a summit in Warsaw in July', 'after the summit next week').
AWAITED_BEFORE = re.compile(r"\b(?:will|would|shall|next|upcoming|forthcoming|ahead of|expected|due|scheduled|planned|"
                            r"as soon as|preparing for|prepare for|set to|before|run-up to|eve of)\b[^.;]*$", re.I)
AWAITED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:next (?:week|month|year)|later this (?:week|month|year)|in (?:January|"
                           r"February|March|April|May|June|July|August|September|October|November|December)\b(?! \d)|"
                           r"to be held|(?:is|are) (?:expected|due|scheduled|set|planned) to\b|(?:scheduled|planned|slated) for\b)")

# A trigger in the past ('annexed Crimea from Ukraine in March') tells of a done event, whatever month follows it.
PAST_VERB = re.compile(r"[a-z]+ed\b")


def awaited(ref: lexicon.ReferenceEvent, text: str) -> bool:
    """True when every mention of the event speaks of it as still to come (then it bounds nothing)."""
    for m in ref.keywords.finditer(text):
        before = text[max(0, m.start() - 160): m.start()]  # the sentence's cue may be far ('expected to approve ...')
        if not AWAITED_BEFORE.search(before) and not AWAITED_AFTER.match(text, m.end()):
            return False
    return True


def reference_anchors(text: str, mentions: Sequence[EventMention]) -> list[PartialDate]:
    """Dates of the well-known events an article refers to: lower bounds for its publication date. A
    reference counts when the article reports an event of its type with its parties and figure, and names
    its keywords."""
    anchors = []
    by_type: dict[str, list[EventMention]] = {}
    for ev in mentions:
        by_type.setdefault(ev.event_type, []).append(ev)
    # when every sentence is a part of the text, a reference whose literals the text lacks is named in none
    inside = None
    position = keyword_index().position
    for ref in lexicon.reference_events():
        if ref.event_type == "anchor":
            if ref.keywords is not None and names_it(ref, text) and (ref.scope == "title" or not awaited(ref, text)):
                anchors.append(ref.date)
            continue
        if ref.event_type not in by_type:
            continue
        if ref.keywords is not None and ref.scope == "news":
            if inside is None:
                inside = all(ev.sentence in text for ev in mentions)
            if inside and not may_name(position[id(ref)], text):
                continue
        for ev in by_type[ref.event_type]:
            if (ref.actor and ev.actor and ref.actor != ev.actor) or (ref.target and ev.target and ev.target not in ref.target.split("|")):
                continue
            if ref.count is not None and ev.count != ref.count:
                continue
            if ref.keywords is None and not (ev.actor == ref.actor and (not ev.target or ev.target == ref.target)):
                continue
            if ref.keywords is not None and (is_future(ev.sentence[max(0, ev.trigger_start - 100): ev.trigger_start]) or
                                             (not PAST_VERB.match(ev.trigger) and
                                              AWAITED_AFTER.match(ev.sentence, ev.trigger_start + len(ev.trigger)))):
                continue  # 'Russia and Belarus will hold the Zapad-2017 exercise', 'Zapad-2021, to be held': to come
            if (ref.keywords is None or names_it(ref, ev.sentence) or
                    (ref.scope == "news" and names_it(ref, text) and not awaited(ref, text))) and \
                    not named_with_another_year(ref, text):
                anchors.append(ref.date)
                break
    return anchors


def in_office_since(text: str) -> PartialDate | None:
    """The latest day on which an office holder the text names with the title ('Secretary of State Mike
    Pompeo') took office (data/office_terms.csv): the story is not older."""
    return max((term.start for term in lexicon.office_terms() if term.name in text and term.pattern.search(text)),
               default=None)


RELATIVE_DAYS = {"last_week": 7, "yesterday": 1, "today": 0, "this_week": 0}
RELATIVE_MONTHS = {"this_month": 0, "last_month": 1}
RELATIVE_YEARS = {"this_year": 0, "last_year": 1}


# A relative date written straight after a well-known event's name: 'its Lisbon summit last year'.
# The event's noun must stand between them ('Lisbon last year' may be a trip), unless the name is an exercise's.
EVENT_NOUN = (r"\s+(?:summit|exercises?|drills|war games|talks|meeting|attack|poisoning|referendum|crisis|war|conflict|"
              r"annexation|expulsions?)")
RELATIVE_AFTER = r",?\s+(?P<kind>last|this) (?P<unit>year|month|week)\b"
RELATIVE_AFTER_NAME = re.compile(rf"(?P<noun>{EVENT_NOUN})?{RELATIVE_AFTER}")
RELATIVE_AFTER_NOUN = re.compile(EVENT_NOUN + RELATIVE_AFTER)  # without one, only an exercise's name can have it
RELATIVE_WORDS = re.compile(r"\b(?:last|this) (?:year|month|week)\b")


def named_estimates(text: str) -> list[tuple[str, PartialDate]]:
    """(relative kind, reference date) for each well-known event named with a relative date straight after
    its name, in or out of an event mention ('NATO agreed at its Lisbon summit last year to build it')."""
    if not RELATIVE_WORDS.search(text):
        return []
    out = []
    exercises_only = RELATIVE_AFTER_NOUN.search(text) is None
    for i, ref in enumerate(keyword_index().refs):
        if (exercises_only and ref.event_type != "military_exercise") or not may_name(i, text):
            continue
        for m in keyword_matches(i, text):
            rel = RELATIVE_AFTER_NAME.match(text, m.end())
            if rel is not None and (rel.group("noun") or ref.event_type == "military_exercise") and \
                    names_it(ref, text[m.start():]):
                out.append((f"{rel.group('kind')}_{rel.group('unit')}", ref.date))
                break
    return out


def publication_estimates(mentions: Sequence[EventMention], text: str = "") -> list[PartialDate]:
    """Publication dates implied by a relative date next to a well-known event ('Vostok 2018 last month'
    puts the article a month after Vostok 2018; 'the Skripal poisoning last year' a year after; 'the annexation
    of Crimea seven years ago' seven years after): in the sentence of a mention of it, or straight after its
    name anywhere in ``text``; and the anniversaries ``text`` marks (:func:`dates.anniversary_dates`)."""
    pairs = []
    estimates = []
    for ev in mentions:
        relative = sorted((d for d in ev.date_mentions if (d.kind in {**RELATIVE_DAYS, **RELATIVE_MONTHS, **RELATIVE_YEARS}
                           or d.kind == "years_ago") and not ev.sentence.startswith(("'s", "’s"), d.end)),
                          key=lambda d: abs(d.start - ev.trigger_start))  # the nearest, not 'last year's election'
        if not relative or dated_after_trigger(ev, relative[0]):
            continue
        ref = match_reference(ev)
        if ref is None or ref.event_type == "anchor":
            continue
        if relative[0].kind == "years_ago":
            estimates.append(PartialDate(ago_year(ref.date, relative[0].text, later=True)))
        else:
            pairs.append((relative[0].kind, ref.date))
    for kind, when in pairs + named_estimates(text):
        if kind in RELATIVE_YEARS:
            estimates.append(PartialDate(when.year + RELATIVE_YEARS[kind]))
        elif kind in RELATIVE_DAYS and when.day:
            later = when.start() + timedelta(days=RELATIVE_DAYS[kind])
            estimates.append(PartialDate(later.year, later.month))
        elif when.month:
            month = when.month - 1 + RELATIVE_MONTHS.get(kind, 0)
            estimates.append(PartialDate(when.year + month // 12, month % 12 + 1))
    return estimates + anniversary_dates(text) + anniversary_estimates(text)


def dated_after_trigger(ev: EventMention, relative: DateMention) -> bool:
    """Whether the act is dated by a month named after its verb in its own clause while the relative date stands
    before the verb ('Earlier this month, the Dutch revealed that they had expelled four officers in April'): the
    relative date is of another verb."""
    end = ev.trigger_start + len(ev.trigger)
    return relative.end <= ev.trigger_start and any(
        d.month and d.start >= end and not any(c in ev.sentence[end: d.start] for c in ",;:") for d in ev.date_mentions)


def anniversary_estimates(text: str) -> list[PartialDate]:
    """When the anniversaries of well-known events that a text marks with no date of their own fall ('to mark
    five years since Moscow annexed the peninsula' in March 2019; 'Ten years on, the Georgia war ...' in August
    2018): the first landmark named in the words after, so many years on."""
    out = []
    for years, _, after, _ in anniversaries(text):
        if any(d.year for d in find_date_mentions(after)):
            continue  # dated in its own words: dates.anniversary_dates
        ref = next((r for r in keyword_index().refs if r.scope == "landmark" and names_it(r, after)), None)
        if ref is not None:
            out.append(PartialDate(ref.date.year + years, ref.date.month))
    return out


def months_between(a: PartialDate, b: PartialDate) -> int:
    return (b.year - a.year) * 12 + ((b.month or 1) - (a.month or 1))
