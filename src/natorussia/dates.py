"""Dates of day, month or year precision: find date expressions in text, resolve relative ones against the
article's own date, and infer a publication date when neither header nor metadata gives one.

Precision is never invented: "May 18 or 19" is a month, "last summer" a year.
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation
from dateutil.relativedelta import relativedelta
from text_to_num import alpha2digit, text2num

from natorussia import clean
from natorussia.cues import CueIndex, Screened, holds_any, matches_at, shortest_literals
from natorussia.paths import data_file

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|" \
        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d)\b))"  # 'Aug 21', 'Aug 28th'
# Month names as a headline or a timeline writes them too ('SEPTEMBER 2017 - ...'); never 'may' or 'MAY 2017'
# in lower case, which is a verb.
MONTH_CAPS = MONTH[:-1] + "|" + "|".join(m.upper() for m in calendar.month_name if m) + ")"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19\d|20[0-4])\d)"
NOT_A_YEAR_AFTER = r"(?![\d,.]\d|\s*(?:troops|soldiers|servicemen|people|pages|diplomats|km|miles|euros?|dollars)\b)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(rf"\b(?:{WEEKDAY},? )?{MONTH} {DAY}(?:[-–]\d{{1,2}})?,? {YEAR}\b", re.I)),  # 'August 7-8, 2008' too
    ("full", re.compile(rf"\b(?:{WEEKDAY},? )?{DAY} {MONTH},? {YEAR}\b", re.I)),
    ("full_numeric", re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    ("full_iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_year", re.compile(rf"\b{MONTH_CAPS},? (?:of )?{YEAR}\b")),
    ("month_day", re.compile(rf"\b(?:{WEEKDAY},? )?{MONTH} {DAY}(?P<alt>(?: or |-|–| and | to ){DAY.replace('day', 'day2')})?\b(?![,.]?\d)")),
    ("month_day", re.compile(rf"\b(?:{WEEKDAY}(?:,? | \())?{DAY} {MONTH}\b")),  # 'on Monday (22 June)' too
    ("last_month_name", re.compile(rf"\b[Ll]ast {MONTH}(?:'s)?\b")),
    ("month_possessive", re.compile(rf"\b{MONTH}'s\b")),
    ("month_last_year", re.compile(rf"\b{MONTH},? (?:of )?last year\b")),
    ("month_this_year", re.compile(rf"\b{MONTH},? (?:of )?this year\b")),
    ("month", re.compile(rf"\b(?:(?:(?i:in|since|until|till|by|from|during|early|late|mid-|last|this|next|of|before|after|for)|That)\s+|"
                         rf"(?i:mid)-){MONTH}(?!\s*\d)\b")),  # 'mid-March' too
    ("since_year", re.compile(rf"\bsince {YEAR}\b{NOT_A_YEAR_AFTER}")),
    ("year", re.compile(rf"(?:(?<![\d,.$/-])|(?<=[A-Za-z]{{2}}-)){YEAR}\b{NOT_A_YEAR_AFTER}(?!-\d)")),  # 'Zapad-2017' too
    ("weekday", re.compile(rf"\b(?P<last>[Ll]ast )?(?P<weekday>{WEEKDAY})\b")),
]
# The pattern of a month after a word ('in May', 'of June'): its words ('in', 'of', 'by', ...) are everywhere, a
# month's name seldom, so where it can match is found from the month's name back (see month_word_starts).
MONTH_AFTER_WORD = [kind for kind, _ in PATTERNS].index("month")
MONTH_NAME_START = re.compile("|".join(name[:3] for name in calendar.month_name if name))
# The same, as the literals of a lead found at word starts only: the scan of date_cues gives where the month's
# name of MONTH_AFTER_WORD can begin, instead of its matches' starts, a superset of where MONTH_NAME_START
# follows a space (every match holds one, so the pattern is a candidate exactly where its cue is found).
MONTH_NAME_LEAD = frozenset((name[:3], False, True) for name in calendar.month_name if name)
# What every match of each of PATTERNS holds, looked for once in a text (a pattern that needs what the text
# lacks is not run): the start of a month's name, a digit, a weekday's name, a day before a month's name
# ('18 May', '1st Sept.'), a slash.
NEEDS: tuple[frozenset[str], ...] = tuple(map(frozenset, (
    {"month", "digit"}, {"month", "digit", "day_month"}, {"digit", "slash"}, {"digit"}, {"month", "digit"},
    {"month", "digit"}, {"month", "digit", "day_month"}, {"month"}, {"month"}, {"month"}, {"month"}, {"month"},
    {"digit"}, {"digit"}, {"weekday"})))
# '\b(?:jan|feb|...)' (case aside), its first letter first: re then skips to the letters a month can start with.
ANY_MONTH = re.compile(r"[jfmasond](?<=\b.)(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
                       r"(?<=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
ANY_WEEKDAY = re.compile(WEEKDAY)
DIGIT = re.compile(r"\d")
DAY_MONTH = re.compile(r"\d(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
# A future tense right after a date that opens its clause ('In June, Russia will hold ...', 'Anakonda, in June, will
# involve ...'): the date is ahead too.
FUTURE_AFTER = re.compile(r",?\s+(?:[\w'-]+\s+){0,3}?(?:will|(?:is|are) (?:due|scheduled|expected|set) to)\b")
# Words that put what their clause says ahead ('will meet on May 6', 'plans to hold talks in June', not 'had been
# expected since ... in March'; an event one will not attend; the present after 'when': 'when the two leaders meet
# in London on April 1'; 'the ban expires on 6 August') ...
FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|due|scheduled|to be held|(?:is|are) to be|planned for|pencilled in|penciled in|as soon as|"
    r"upcoming|probably|possibly|expects?|(?<!had been )expected|hop(?:es?|ing) (?:to|for)|plans? to|aims? to|intends? to|offer(?:s|ed)? to|"
    r"propos(?:e|es|ed) to|agree(?:s|d)? to hold|not to (?:send|attend|travel|go)|expires?|runs? out|(?:is|are) set to|"
    r"when (?:[\w-]+ ){1,4}(?:meet|visit|gather|convene|travel)s?)\b", re.I)
# ... and those that do it only right before the date ('until June 1', 'by May', 'starting next week', 'days before the
# April 8 election', 'a planned trip to Moscow on Monday'; the 'by' of 'angered by the exercises which began on May 6'
# is not one).
FUTURE_BEFORE = re.compile(
    r"\b(?:ahead of|next|until|till|through|beyond|by|later|(?<!the )beginning|starting|as of|effective|(?<!had been )(?:set|slated) for|"
    r"to(?=\s+the\s+(?:end|close)\b)|"
    r"(?:planned|scheduled)\s+(?:[\w-]+\s+)?(?:trips?|visits?|meetings?|talks|summits?|sessions?)"
    r"(?:\s+(?:to|in|with)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?|"
    r"(?:days|weeks|hours)\s+before)\s+"
    r"(?:(?:on|in|at|from|the|end|start|beginning|middle|close|of|early|late|mid)[\s-]+)*$", re.I)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, iso: str) -> PartialDate:
        """'2021-10-19', '2021-10' or '2021'; ValueError otherwise."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", iso.strip())
        if not m:
            raise ValueError(f"not an ISO date of day, month or year precision: {iso!r}")
        year, month, day = (int(g) if g else 0 for g in m.groups())
        if month:
            date(year, month, day or 1)
        return cls(year, month, day)

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        """A day-precision date from a ``datetime.date``."""
        return cls(d.year, d.month, d.day)

    def truncate(self, precision: str) -> PartialDate:
        """This date at a coarser precision ('month' of 2021-10-19 is 2021-10)."""
        if precision == "year":
            return PartialDate(self.year)
        if precision == "month":
            return PartialDate(self.year, self.month)
        return self

    def start(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def compatible(self, other: PartialDate) -> bool:
        """True when the two agree at the coarser precision of the two: when the :attr:`iso` of one starts with that
        of the other (compared by their parts, without the strings, for years of four digits)."""
        if self.year != other.year:
            return False
        a, b = (self, other) if (2 if self.day else 1 if self.month else 0) <= \
            (2 if other.day else 1 if other.month else 0) else (other, self)  # a is the coarser
        if a.day:
            return a.month == b.month and a.day == b.day
        return not a.month or a.month == b.month


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, not yet resolved against the article's date."""

    start: int
    end: int
    kind: str
    text: str
    year: int = 0
    month: int = 0
    day: int = 0
    ambiguous_day: bool = False
    weekday: int = -1
    future: bool = False
    since: bool = False  # after 'since': a day that has passed

    @property
    def absolute(self) -> bool:
        """True when the expression names its year itself."""
        return self.kind in ("full", "full_numeric", "full_iso", "month_year", "year", "since_year")


@lru_cache(maxsize=1)
def relative_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Relative expressions ('earlier this month', 'last summer') and their rule, from data/relative_dates.csv."""
    with data_file("relative_dates.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rules = [r["rule"] for r in rows]
    if len(set(rules)) != len(rules):
        raise ValueError("relative_dates.csv: a rule is listed twice")
    return tuple((re.compile(r["pattern"], re.I), r["rule"]) for r in rows)


@lru_cache(maxsize=128)
def date_cues(live: frozenset[int] | None = None) -> CueIndex:
    """The literal cues of :data:`PATTERNS` then of the relative rules (in that order): which of them can
    match a text at all, so that the others are not run. ``live``: only these patterns are looked for (the
    others keep their place in the numbering but have no literal): fewer literals, fewer hits to go through."""
    if live is None:
        return CueIndex.build([p for _, p in PATTERNS] + [p for p, _ in relative_rules()])
    every = date_cues()  # the literals of each pattern are worked out once, then only picked for each live set
    # a pattern not live has a cue of no literal: it is never a candidate (one without a cue always is)
    cues = tuple(cue if i in live else frozenset() for i, cue in enumerate(every.cues))
    leads = tuple(lead if i in live else None for i, lead in enumerate(every.leads))
    if MONTH_AFTER_WORD in live:  # its "lead": where a month's name can begin (see month_word_starts)
        leads = leads[:MONTH_AFTER_WORD] + (MONTH_NAME_LEAD,) + leads[MONTH_AFTER_WORD + 1:]
    needles = sorted({n for cue in cues if cue is not None for n in cue})
    members = tuple(tuple(i for i, cue in enumerate(cues) if cue is not None and n in cue) for n in needles)
    return CueIndex(cues, tuple(needles), members, tuple(i for i, cue in enumerate(cues) if cue is None), leads)


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def pattern_kinds() -> tuple[frozenset[str], ...]:
    """The kinds of mention each of :data:`PATTERNS`, then each relative rule, can give."""
    kinds = [frozenset({"full"}) if kind.startswith("full") else frozenset({"weekday", "last_weekday"})
             if kind == "weekday" else frozenset({kind}) for kind, _ in PATTERNS]
    return tuple(kinds + [frozenset({rule}) for _, rule in relative_rules()])


@lru_cache(maxsize=16)
def patterns_for(kinds: frozenset[str]) -> int:
    """How many patterns (:data:`PATTERNS` then the relative rules) to try for mentions of these kinds."""
    return max((i + 1 for i, k in enumerate(pattern_kinds()) if k & kinds), default=0)


# The features of a text as bits of a mask: those :data:`NEEDS` names, and RELATIVE, a literal of a relative rule.
FEATURE_BITS = {"month": 1, "digit": 2, "weekday": 4, "day_month": 8, "slash": 16}
MONTH_BIT, DIGIT_BIT, WEEKDAY_BIT, DAY_MONTH_BIT, SLASH_BIT = FEATURE_BITS.values()
RELATIVE = 32


@lru_cache(maxsize=1)
def relative_literals() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The literals, case-sensitive then lower-cased, one of which every match of a relative rule holds (None
    when a rule has none): a text with none of them needs no relative rule."""
    cues = date_cues().cues[len(PATTERNS):]
    if any(cue is None for cue in cues):
        return None
    words = shortest_literals((s, ci) for cue in cues for s, ci, _ in cue)
    return tuple(sorted(s for s, ci in words if not ci)), tuple(sorted(s for s, ci in words if ci))


DIGITS = tuple("0123456789")
MONTH_STARTS = tuple(name[:3].lower() for name in calendar.month_name if name)  # 'jan', ..., 'dec'
DAY_SUFFIXES = ("st", "nd", "rd", "th")


@lru_cache(maxsize=1)
def ascii_finder() -> Callable[[str, bool], list[tuple[int, int, int]]]:
    """One automaton for the lower-cased twin of an ASCII text: the first three letters of each month's name
    (:data:`MONTH_STARTS`, indexes 0-11), then the lower-cased literals of the relative rules."""
    literals = relative_literals()
    words = list(MONTH_STARTS) + list(literals[1] if literals else ())  # a word in both: reported as each
    return AhoCorasick(words, implementation=Implementation.DFA).find_matches_as_indexes


def day_before(lower: str, space: int) -> bool:
    """True when a day ends at the space at ``space`` ('3 ', '21st '), what :data:`DAY_MONTH` needs before a
    month's name; ``lower`` is an ASCII text lower-cased."""
    if space >= 1 and "0" <= lower[space - 1] <= "9":
        return True
    return space >= 3 and lower[space - 2: space] in DAY_SUFFIXES and "0" <= lower[space - 3] <= "9"


def ascii_feature_mask(text: str, lower: str, wanted: int) -> int:
    """:func:`feature_mask` of an ASCII text: a test for each digit and one pass of :func:`ascii_finder` over
    ``lower`` instead of a regular expression for each feature (a third of the time)."""
    mask = DIGIT_BIT if wanted & DIGIT_BIT and holds_any(text, DIGITS) else 0
    if wanted & WEEKDAY_BIT and "day" in text and ANY_WEEKDAY.search(text) is not None:
        mask |= WEEKDAY_BIT
    if wanted & SLASH_BIT and "/" in text:
        mask |= SLASH_BIT
    literals = relative_literals()
    if wanted & RELATIVE and (literals is None or holds_any(text, literals[0])):
        mask |= RELATIVE
    if not wanted & (MONTH_BIT | RELATIVE) or mask & RELATIVE and not wanted & MONTH_BIT:
        return mask
    want_day = wanted & DAY_MONTH_BIT and mask & DIGIT_BIT
    for k, i, _ in ascii_finder()(lower, True):
        if k >= len(MONTH_STARTS):
            mask |= wanted & RELATIVE
        elif wanted & MONTH_BIT and (i == 0 or not ((c := lower[i - 1]).isalnum() or c == "_")):  # a word's start
            mask |= MONTH_BIT
            if want_day and i and c == " " and day_before(lower, i - 1):
                mask |= DAY_MONTH_BIT
    return mask


def feature_mask(text: str, lower: str, wanted: int = 63) -> int:
    """The bits of :data:`FEATURE_BITS` and :data:`RELATIVE` that ``text`` holds, of those ``wanted`` (the others
    are left out); ``lower`` is ``text.lower()``."""
    if text.isascii():  # then its lower-cased twin has the same letters at the same places
        return ascii_feature_mask(text, lower, wanted)
    return regex_feature_mask(text, wanted)


def regex_feature_mask(text: str, wanted: int) -> int:
    """:func:`feature_mask` by a regular expression for each feature, for any text (RELATIVE whenever wanted: the
    relative rules' literals are judged on ASCII texts only)."""
    mask = DIGIT_BIT if wanted & DIGIT_BIT and DIGIT.search(text) is not None else 0
    if wanted & MONTH_BIT and ANY_MONTH.search(text) is not None:
        mask |= MONTH_BIT
    if wanted & WEEKDAY_BIT and ANY_WEEKDAY.search(text) is not None:
        mask |= WEEKDAY_BIT
    if wanted & DAY_MONTH_BIT and mask & (DIGIT_BIT | MONTH_BIT) == DIGIT_BIT | MONTH_BIT and \
            DAY_MONTH.search(text) is not None:
        mask |= DAY_MONTH_BIT
    if wanted & SLASH_BIT and "/" in text:
        mask |= SLASH_BIT
    return mask | (wanted & RELATIVE)


# The non-ASCII letters re's IGNORECASE reads as ASCII ones ('İ' and 'ı' as 'i', 'ſ' as 's', the Kelvin sign as 'k').
ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=1)
def ascii_literals() -> bool:
    """True when every literal of :func:`date_cues` is ASCII without a '?' (see :func:`ascii_twin`)."""
    every = date_cues()
    words = list(every.needles) + [w for lead in every.leads if lead for w in lead]
    return all(s.isascii() and "?" not in s for s, *_ in words)


def ascii_twin(text: str) -> str | None:
    """``text`` with each non-ASCII character as '?', for a scan of the date patterns' literals: an ASCII
    literal is there where it is in ``text`` (without case too), '?' is no word character (a literal after a
    letter such as 'é' counts as at a word's start: more places to try, the same matches), and no candidate is
    left unsure (tried all over a text). None when ``text`` holds a letter IGNORECASE reads as an ASCII one."""
    if not ascii_literals() or holds_any(text, ASCII_FOLDS):
        return None
    return text.encode("ascii", "replace").decode("ascii")


def features(text: str) -> frozenset[str]:
    """Which of the things :data:`NEEDS` names ``text`` holds."""
    mask = feature_mask(text, text.lower())
    return frozenset(name for name, bit in FEATURE_BITS.items() if mask & bit)


@lru_cache(maxsize=32)
def screen_of(last: int) -> tuple[int, bool]:
    """For the first ``last`` patterns: the feature bits any of them needs, and whether all of them need a digit
    (then a text without one is done with)."""
    wanted = RELATIVE if last > len(PATTERNS) else 0
    for needs in NEEDS[:last]:
        wanted |= sum(FEATURE_BITS[name] for name in needs)
    return wanted, last <= len(PATTERNS) and all("digit" in needs for needs in NEEDS[:last])


@lru_cache(maxsize=128)
def live_patterns(last: int, mask: int) -> frozenset[int]:
    """Indexes of the first ``last`` patterns (:data:`PATTERNS` then the relative rules, which need nothing)
    that can match a text holding only the :func:`feature_mask` ``mask``."""
    present = frozenset(name for name, bit in FEATURE_BITS.items() if mask & bit)
    return frozenset(i for i in range(last) if i >= len(PATTERNS) or NEEDS[i] <= present)


def month_word_starts(text: str, months: Iterable[int] | None = None) -> list[int]:
    """Where a match of the pattern of a month after a word (:data:`MONTH_AFTER_WORD`) can start, ascending: the
    start of the word ('in', 'mid-') before the spaces before each place a month's name can begin. ``months``:
    those places (ascending; at least each match of :data:`MONTH_NAME_START` after a space), if known."""
    starts = []
    if months is None:
        months = [m.start() for m in MONTH_NAME_START.finditer(text)]
    for month in months:
        spaces = month
        while spaces > 0 and text[spaces - 1].isspace():  # str.isspace is re's \s
            spaces -= 1
        if spaces == 0 or spaces == month and text[month - 1] != "-":
            continue
        start = spaces - 1 if text[spaces - 1] == "-" else spaces  # 'mid- March', 'mid-March'
        while start > 0 and ((c := text[start - 1]).isalnum() or c == "_"):  # re's \w
            start -= 1
        starts.append(start)
    return starts


# A capitalised word right before a month's name that makes it a person's ('Theresa May', 'Mrs May').
NAME_BEFORE = re.compile(r"\b(?!(?:In|On|By|Since|Last|This|Next|Early|Late|Mid|Until|From|Before|After|During)\b)"
                         r"[A-Z][a-z]+\.? $")
# What a person has and a month cannot ("May's government", "May's spokesman"): 'May' is then the prime minister.
PERSON_NOUN_AFTER = re.compile(r"\s+(?:government|cabinet|administration|spokes(?:man|woman|person)|office|party|"
                               r"ministers?|aides?|team|premiership|husband)\b")


def find_date_mentions(text: str, kinds: Collection[str] | None = None) -> list[DateMention]:
    """Every date expression of a text, longest first where they overlap, in text order.

    ``kinds``: only the mentions of these kinds are wanted. The patterns are tried in order, each only where
    the earlier ones found nothing, so those after the last one that can give such a mention are not run:
    they could not change them.
    """
    last = len(pattern_kinds()) if kinds is None else patterns_for(frozenset(kinds))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return not taken or all(b <= s or a >= e for s, e in taken)

    wanted, digits_only = screen_of(last)
    if digits_only and not (holds_any(text, DIGITS) or not text.isascii() and DIGIT.search(text) is not None):
        return []
    lower = text.lower()
    mask = feature_mask(text, lower, wanted)
    if not mask:  # nothing a pattern needs, no literal of a relative rule
        return []
    live = live_patterns(last, mask & ~RELATIVE)  # the same few sets whatever the relative rules' literals
    if not live:
        return []
    cues = date_cues(live)
    if not text.isascii() and (twin := ascii_twin(text)) is not None:
        scan = cues.scan(twin, twin.lower())  # the places are those of text
    else:
        scan = cues.scan(text, lower)
    tried = scan.candidates  # live ones only
    if not tried:
        return []
    for i in tried:
        if i >= len(PATTERNS):
            break
        kind, pattern = PATTERNS[i]
        matches = matches_at(pattern, text, month_word_starts(text, scan.starts.get(i))) if i == MONTH_AFTER_WORD \
            else cues.finditer(i, pattern, text, scan)
        for m in matches:
            start, end = m.span()
            if not free(start, end):
                continue
            g = m.groupdict()
            year = int(g["year"]) if g.get("year") else 0
            month = MONTHS[g["month"].lower().rstrip(".")] if g.get("month") and not g["month"].isdigit() \
                else int(g["month"]) if g.get("month") else 0
            day = int(g["day"]) if g.get("day") else 0
            if month and not 1 <= month <= 12:
                continue
            if kind == "month_possessive" and (NAME_BEFORE.search(text, max(0, start - 20), start) or
                                               PERSON_NOUN_AFTER.match(text, end)):
                continue  # 'Theresa May's decision', 'Mrs May's government'
            if day and not valid_day(year, month, day):
                continue
            weekday = WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else -1
            mention_kind = "last_weekday" if kind == "weekday" and g.get("last") else kind
            if kind.startswith("full"):
                mention_kind = "full"
            before = text[max(0, start - 100): start]
            found.append(DateMention(start, end, mention_kind, m.group(0), year, month, day, bool(g.get("alt")),
                                     weekday, is_ahead(text, start, end, year), before.endswith(("since ", "Since "))))
            taken.append((start, end))
    rules = relative_rules()
    for i in tried:
        if i < len(PATTERNS):
            continue
        pattern, rule = rules[i - len(PATTERNS)]
        for m in cues.finditer(i, pattern, text, scan):
            if free(m.start(), m.end()):
                future = rule == "season" and is_future(text[max(0, m.start() - 100): m.start()])  # 'will meet in the autumn'
                found.append(DateMention(m.start(), m.end(), rule, m.group(0), future=future))
                taken.append((m.start(), m.end()))
    if kinds is not None:
        found = [d for d in found if d.kind in kinds]
    return sorted(found, key=lambda d: d.start)


# FUTURE_CUES and FUTURE_BEFORE, each tried only in a text that holds one of its words (most text before a date
# holds none: a pass of an automaton costs less than the case-insensitive search).
FUTURE_CUES_SCREENED, FUTURE_BEFORE_SCREENED = Screened(FUTURE_CUES), Screened(FUTURE_BEFORE)
# The date from which a decision takes effect ('the alliance decided to deploy four battalions ... from 2017'):
# after the decision.
DECIDED_FROM = Screened(re.compile(r"\b(?:decided|agreed|voted|pledged|promised|resolved) to\b[^.;]{0,140}?\bfrom\s+$"))
# The date an extension runs to ('extended the embargo by another year, to August 2016'): when it ends, ahead of
# when it was decided.
EXTENDED_TO = Screened(re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|roll(?:s|ed|ing)? over)\b"
                                  r"[^.;]{0,60}?\bto\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$", re.I))


BY_THEN = re.compile(r"\b[Bb]y\s+(?:the\s+(?:end|start|beginning|middle)\s+(?:of\s+)?)?$")
HAD_DONE_AFTER = re.compile(r"[^.;]{0,80}?\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b")
PAST_UNTIL = re.compile(r"\b(?:did not|didn't|had not|hadn't)\s[^.;,]{0,60}\buntil\s+$")


def is_ahead(text: str, start: int, end: int, year: int) -> bool:
    """Whether the date at ``text[start:end]`` is ahead of the article, by the words before it ('will meet on May
    6'; 'planned for September', whose cue ends with the date's own 'for'; 'decided to deploy ... from 2017') or, for
    a date without its year that opens its clause, by a future tense after it ('In June, Poland will host ...'); the
    year of a name ('Zapad-2021') by a cue of the future in the words right after it."""
    before = text[max(0, start - 160): start]
    if before.endswith("until ") and PAST_UNTIL.search(before):
        return False  # 'did not meet again until April 20, 2016': when it at last did
    if BY_THEN.search(before) and HAD_DONE_AFTER.match(text, end):
        return False  # 'By the end of March, 150 diplomats had been sent home': a time passed
    if is_future(before + text[start: start + 4] if text[start: start + 4].lower() == "for " else before):
        return True
    if text[start - 5: start] == "from " and DECIDED_FROM.search(text, max(0, start - 160), start):
        return True  # 'decided to deploy four battalions ... from 2017'
    if before.endswith("-") and FUTURE_CUES.search(clause_head(text[end: end + 40])):
        return True  # the year of a name ahead: 'Zapad-2021, to be held with Belarus, is expected to ...'
    opens_clause = not before.strip() or before.rstrip().endswith(",")
    return not year and opens_clause and FUTURE_AFTER.match(text, end) is not None


# A clause told in the past ('Moscow retaliated on 17 March', 'On 26 March, the US ... announced'), with nothing that
# puts its date ahead or in the present ('suspending ... from Nov. 1', 'comes a month before leaders meet on July 8').
PAST_TENSE = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|told|sent|gave|took|made|held|met|froze|began|broke|kept|left|"
                        r"shut|came|went|said|won|lost|fell|spoke|struck|shot|drew|led|ran|threw|wrote|withdrew|saw|became|"
                        r"brought|flew|found|got|grew|paid|rose|sold|stood|sought|fought|caught|hit back|hit out)\b")
NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|am|comes|begins|starts|meets?|opens|ends)\b", re.I)
STARTS_FROM = re.compile(r"\b(?:from|as of|effective|until|till|through|by)\s+(?:on\s+)?$", re.I)
LATE_NEWS = timedelta(days=7)  # how long after its date an article may still report a day as passed


def told_as_past(text: str, start: int, end: int) -> bool:
    """Whether the clause of the date at ``text[start:end]`` tells it in the past tense: then a day and month more
    than a week after the article is of the year before ('On 12 March, May told MPs ...' in a story of 4 March)."""
    head = text[max(0, start - 120): start]
    head = head[max(head.rfind(";"), head.rfind(". ")) + 1:]
    tail = text[end: end + 120].split(";")[0]
    return PAST_TENSE.search(head + " " + tail) is not None and NOT_PAST.search(head[-60:] + " " + tail[:60]) is None \
        and STARTS_FROM.search(head) is None


def is_future(before: str) -> bool:
    """True when what comes ``before`` a date (up to 100 characters) puts it ahead: a cue of the future in its
    clause, or one right before the date ('until', 'by the end of', 'extended ... to')."""
    if FUTURE_CUES_SCREENED.may_match(before) and FUTURE_CUES.search(clause_tail(before)):  # its clause is in it
        return True
    return FUTURE_BEFORE_SCREENED.search(before, len(before) - 40) is not None or \
        EXTENDED_TO.search(before, len(before) - 90) is not None


# not the full stop of an abbreviation or an initial ('St. Petersburg', 'Mr. Obama', 'John F. Kennedy')
CLAUSE_BOUNDARY = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s|[;!?—]\s|,")


def clause_head(text: str) -> str:
    """The part of a text before its first sentence end, semicolon or dash."""
    return re.split(r"[.;!?—]\s", text, maxsplit=1)[0]


# A place's country or state set off by commas after it ('in Los Cabos, Mexico, in June'): no clause boundary.
PLACE_APPOSITION = re.compile(r"(?<=[a-z]), ([A-Z][a-z]+(?: [A-Z][a-z]+)?),(?= )")


def clause_tail(text: str) -> str:
    """The part of a text after its last clause boundary (sentence end, semicolon, dash, comma), at most
    80 characters: where a cue of the future can still govern a date."""
    if ", " in text:
        text = PLACE_APPOSITION.sub(r" \1", text)
    return CLAUSE_BOUNDARY.split(text)[-1][-150:]


def season_year(anchor: PartialDate, last: bool, text: str = "summer") -> int:
    """Year of 'last autumn' / 'this autumn' relative to the anchor (seasons are given to the year only): the
    last one over by the article's month ('last autumn' in October is the year before)."""
    if not last:
        return anchor.year
    start = next((m for s, m in SEASON_START.items() if s in text.lower()), 6)
    over = bool(anchor.month) and anchor.month > start + 2
    return anchor.year if over else anchor.year - 1


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 1}


def season_of(text: str, anchor: PartialDate, future: bool = False) -> int:
    """Year of 'in the spring' with no year: the last such season begun by the article's month, or the next to
    come when it looks ahead (year precision; winter is the one of the article's year)."""
    start = next((m for s, m in SEASON_START.items() if s in text.lower()), 1)
    if not anchor.month:
        return anchor.year
    if future:
        return anchor.year if anchor.month <= start + 2 else anchor.year + 1
    return anchor.year if anchor.month >= start else anchor.year - 1


def closest_year(month: int, day: int, anchor: PartialDate, future: bool = False, past: bool = False,
                 ahead: int = 0) -> int:
    """Year for a month (and day) without one: the occurrence nearest the anchor, or the latest before it (or
    at most ``ahead`` months after it)."""
    if not anchor.month:
        return anchor.year
    ref = anchor.start() if not anchor.day else date(anchor.year, anchor.month, anchor.day)
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not valid_day(y, month, day or 1):
            continue
        d = date(y, month, day or 1)
        if past and d.year * 12 + d.month > ref.year * 12 + ref.month + ahead:
            continue
        if future and (d.year, d.month) < (ref.year, ref.month):
            continue
        candidates.append((abs((d - ref).days), y))
    return min(candidates)[1] if candidates else anchor.year


def resolve(mention: DateMention, anchor: PartialDate | None) -> PartialDate | None:
    """The date a mention stands for, at the precision it gives; relative ones need the anchor (article date)."""
    k = mention.kind
    if k == "full":
        return PartialDate(mention.year, mention.month, mention.day)
    if k == "month_year":
        return PartialDate(mention.year, mention.month)
    if k in ("year", "since_year"):
        return PartialDate(mention.year)
    if anchor is None:
        return None
    if k == "month_day":
        # a day with no cue of the future is at most a month ahead ('Russia expelled ... on February 5' in October)
        year = closest_year(mention.month, mention.day, anchor, future=mention.future, past=not mention.future,
                            ahead=0 if mention.since else 1)
        exact = not mention.ambiguous_day and valid_day(year, mention.month, mention.day)
        return PartialDate(year, mention.month, mention.day if exact else 0)
    if k in ("month", "month_possessive"):
        if mention.future:
            return PartialDate(closest_year(mention.month, 0, anchor, future=True), mention.month)
        return PartialDate(closest_year(mention.month, 0, anchor, past=True), mention.month)
    if k == "month_last_year":
        return PartialDate(anchor.year - 1, mention.month)
    if k == "month_this_year":
        return PartialDate(anchor.year, mention.month)
    if k == "last_month_name":  # the month just before is 'last month': 'last August' in September is a year back
        year = anchor.year - 1 if not anchor.month or mention.month >= anchor.month - 1 else anchor.year
        return PartialDate(year, mention.month)
    if k in ("weekday", "last_weekday"):
        if not anchor.day:
            return anchor.truncate("month") if anchor.month else anchor
        ref = anchor.start()
        if mention.future:
            return PartialDate.from_date(ref + timedelta(days=(mention.weekday - ref.weekday()) % 7))
        back = (ref.weekday() - mention.weekday) % 7
        if k == "last_weekday":
            back = back or 7
        return PartialDate.from_date(ref - timedelta(days=back))
    if k == "season":
        return PartialDate(season_of(mention.text, anchor, mention.future))
    if k.endswith("_ago"):
        return time_ago(k, mention.text, anchor)
    return resolve_relative(k, anchor, mention.text)


# 'the fifth anniversary of Russia's annexation of Crimea in March 2014', 'the 10th anniversary of the war', 'the
# alliance's 70th birthday'; 'A year has passed since March 18, 2014'; 'marking exactly one year since he collapsed
# on a flight on Aug. 20, 2020', 'to mark five years since Moscow annexed Crimea', 'in the 22 years since the 1994
# truce'; 'Five years on, Crimea annexation still divides ...'; 'Ten years ago this week - on March 6, 2009 - Clinton
# handed Lavrov ...' (to the day with 'today' or 'this week').
ANNIVERSARY = re.compile(r"\b(?P<nth>[\w-]+)\s+(?:anniversary\s+of\b|birthday\b)|\b(?:(?:marking|marks|marked|mark|it has been|"
                         r"exactly)\s+)?(?:exactly\s+)?(?P<n>one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
                         r"(?:(?:has|have)\s+passed\s+)?since\b|\b(?P<on>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+on(?:,|\s+from\b)|"
                         r"\b(?P<ago>one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\s+"
                         r"(?:this\s+month|(?P<today>today|this\s+week))\b",
                         re.I)
ANNIVERSARY_CUE = re.compile(r"anniversary\s+of\b|birthday\b|years?\s+(?:(?:has|have)\s+passed\s+)?since\b|years\s+on(?:,|\s+from\b)|"
                             r"years?\s+ago\s+(?:this\s+(?:week|month)|today)\b", re.I)
ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")  # not the point of 'Aug. 20'


def anniversaries(text: str) -> list[tuple[int, int, str, bool]]:
    """The anniversaries a text marks: how many years, where the words that name what is marked start and the
    words (to the sentence's end, at most 150 characters), and whether to the day ('exactly one year since')."""
    out: list[tuple[int, int, str, bool]] = []
    if "nniversar" not in text and "since" not in text and "irthday" not in text and "years on" not in text and \
            "ago t" not in text:
        return out
    end = 0
    for cue in ANNIVERSARY_CUE.finditer(text):  # the words every match ends with: far fewer places to try it
        if cue.start() < end or (m := ANNIVERSARY.search(text, max(end, cue.start() - 60), cue.end())) is None:
            continue
        end = m.end()
        if m.group("nth"):
            nth = ORDINAL.fullmatch(alpha2digit(m.group("nth").lower(), "en", threshold=0))
            years = int(nth.group(1)) if nth is not None else 0
        else:
            n = (m.group("n") or m.group("on") or m.group("ago")).lower()
            years = 1 if n in ("a", "one") else ago_count(n)
        stop = SENTENCE_END.search(text, m.end(), m.end() + 150)
        if years:
            out.append((years, m.end(), text[m.end(): stop.start() if stop else m.end() + 150],
                        bool(m.group("n") or m.group("today"))))
    return out


def anniversary_dates(text: str) -> list[PartialDate]:
    """When the anniversaries a text marks fall: an ordinal anniversary of something dated with its year in the
    words after it ('marks the fifth anniversary of ... in March 2014' falls in March 2019; 'marking exactly one
    year since ... Aug. 20, 2020' on Aug. 20, 2021); an article marking an anniversary is written about then."""
    out = []
    for years, _, after, exact in anniversaries(text):
        dated = [d for d in find_date_mentions(after) if d.year and not d.future]
        if dated:
            d = dated[0]
            day = d.day if exact and valid_day(d.year + years, d.month, d.day) else 0
            out.append(PartialDate(d.year + years, d.month, day))
    return out


# 'nearly three years ago' is a little less than three years before, 'more than three years ago' a little more
AGO_QUALIFIER = re.compile(r"(?:(?P<less>nearly|almost|just under)|more than|over) ", re.I)
AGO_MONTHS_OFF = 3  # how much less or more, in months: a season


def ago_count(text: str) -> int:
    """How many units a 'N units ago' says: 'a week ago' 1, 'seven years ago' 7, 'nearly three years ago' 3."""
    if (qualifier := AGO_QUALIFIER.match(text)) is not None:
        text = text[qualifier.end():]
    word = text.split()[0].lower()
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else text2num(word, "en")


def ago_months_off(text: str) -> int:
    """Months by which a qualified 'N years ago' falls after the plain count: 'nearly' (+3), 'more than' (-3)."""
    if (qualifier := AGO_QUALIFIER.match(text)) is None:
        return 0
    return AGO_MONTHS_OFF if qualifier.group("less") else -AGO_MONTHS_OFF


def ago_year(when: PartialDate, text: str, later: bool = False) -> int:
    """The year 'N years ago' (``text``) names, counted back from ``when`` (or on from it, with ``later``: the year of
    a story that calls ``when`` N years ago); 'nearly' or 'more than' N years moves it by a season when ``when`` has a
    month ('nearly three years' before December 2016: early 2014)."""
    n, off = ago_count(text), ago_months_off(text)
    if not (off and when.month):
        return when.year + n if later else when.year - n
    shift = relativedelta(years=n, months=-off)
    return (when.start() + shift).year if later else (when.start() - shift).year


def time_ago(rule: str, text: str, anchor: PartialDate) -> PartialDate | None:
    """'two years ago', 'three months ago', 'a week ago', 'five days ago' before the article's date, at the precision
    the unit and the article's date give (weeks to the month; years as :func:`ago_year` counts them)."""
    n = ago_count(text)
    if rule == "years_ago":
        return PartialDate(ago_year(anchor, text))
    if not anchor.month:
        return None
    if rule == "months_ago":
        d = anchor.start() - relativedelta(months=n)
        return PartialDate(d.year, d.month)
    d = anchor.start() - timedelta(days=7 * n if rule == "weeks_ago" else n)
    return PartialDate.from_date(d) if rule == "days_ago" and anchor.day else PartialDate(d.year, d.month)


def resolve_relative(rule: str, anchor: PartialDate, text: str = "") -> PartialDate | None:
    """'this_month', 'last_week', 'last_season', ... against the article's date, at the precision they give
    (``text`` the words, for the season of a season's rule)."""
    if rule == "this_year":
        return PartialDate(anchor.year)
    if rule == "last_year":
        return PartialDate(anchor.year - 1)
    if rule in ("last_season", "this_season"):
        return PartialDate(season_year(anchor, rule == "last_season", text))
    if not anchor.month:
        return PartialDate(anchor.year) if rule in ("this_month", "this_week", "today") else None
    if rule in ("this_month", "this_week"):
        return anchor.truncate("month")
    if rule == "last_month":
        d = anchor.start() - relativedelta(months=1)
        return PartialDate(d.year, d.month)
    if rule == "last_week":
        d = anchor.start() - timedelta(days=7)
        return PartialDate(d.year, d.month)
    if rule in ("yesterday", "today"):
        if not anchor.day:
            return anchor
        d = anchor.start() - timedelta(days=1 if rule == "yesterday" else 0)
        return PartialDate.from_date(d)
    return None


# -- publication date ---------------------------------------------------------------------------------------

def later(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """The later of two dates, comparing at the precision both give (2009 is after 2008-08)."""
    if a is None:
        return b
    if b is None:
        return a
    if a.year != b.year:
        return a if a.year > b.year else b
    return a if (a.month, a.day) >= (b.month, b.day) else b


PLACE_FIRST = re.compile(r"[A-Z][A-Za-z.'/-]*(?: [A-Z][A-Za-z.'/-]*){0,2},")  # 'LISBON,', 'New York,'


def head_month_day(paragraphs: Sequence[str], boilerplate: Sequence[str]) -> DateMention | None:
    """A day and month without a year in a dateline at the head ('MOSCOW, May 18.', 'MURMANSK, Russia, Sept 15')."""
    # the story's first paragraph, or a dateline on a line of its own under the headline
    datelines = [*boilerplate, *paragraphs[:1], *[p for p in paragraphs[1:3] if len(p) <= 60 and PLACE_FIRST.match(p)],
                 story_lead(paragraphs)]  # the lead under a page's menu, headline and deck
    for line in datelines:
        m = re.match(rf"^[A-Z][A-Za-z .'/-]*,(?:\s+[A-Z][A-Za-z .'-]*,)?\s+{MONTH} {DAY}\b", line) or \
            re.match(rf"^[A-Z][A-Z'/-]+(?: [A-Z][A-Z'/-]+)?\.\s+{MONTH} {DAY}\b", line) or \
            UPPER_CASE_DATELINE.match(line)  # Interfax: 'MOSCOW. Oct 25'; ANSA: '(ANSA) - ROME, MAR 31 -'
        if m and (found := month_day_of(m)) is not None:
            return found
    for line in [*boilerplate, *paragraphs[:3]]:  # a wire's day before its name: 'Nov. 20 (Bloomberg) -- Russia agreed'
        if (m := DAY_THEN_OUTLET.match(line)) and (found := month_day_of(m)) is not None:
            return found
    return None


# A dateline all in capitals after the wire's name, its month cut short: '(ANSA) - ROME, MAR 31 - Italy has ...'
UPPER_CASE_DATELINE = re.compile(r"^(?:\([A-Z][\w .&/-]{1,30}\)\s*[-–—]\s*)?[A-Z][A-Z'/-]+(?: [A-Z][A-Z'/-]+){0,2},\s+"
                                 r"(?P<month>JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.? (?P<day>[0-3]?\d)\s+[-–—]\s")


def month_day_of(m: re.Match[str]) -> DateMention | None:
    """The day and month a match's ``month`` and ``day`` groups give, if such a day exists."""
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    return DateMention(m.start("month"), m.end(), "month_day", m.group(0), 0, month, day) if valid_day(0, month, day) else None


DAY_THEN_OUTLET = re.compile(rf"^{MONTH} {DAY}\s+\([A-Z][\w .&/-]{{1,30}}\)\s*(?:--|[-–—])")


LEAD_WEEKDAY = re.compile(rf"\b(?:(?:on|late|early)\s+)?(?P<weekday>{WEEKDAY})\b")
# The day a story's news was given out, after a one-sentence summary: 'the foreign ministry said on Friday'.
SAID_ON_WEEKDAY = re.compile(rf"\b(?:said|announced|stated|declared)\s+(?:on\s+)?(?P<weekday>{WEEKDAY})\b")


def story_paragraphs(paragraphs: Sequence[str]) -> Iterator[str]:
    """The paragraphs of the head that are sentences of twelve words or more (no menu, headline or deck)."""
    return (p for p in paragraphs[:12] if p.count(" ") >= 11 and p.rstrip().endswith((".", '"', "”")))


def story_lead(paragraphs: Sequence[str]) -> str:
    """The story's first paragraph (see :func:`story_paragraphs`); empty if there is none."""
    return next(story_paragraphs(paragraphs), "")


def lead_weekday(paragraphs: Sequence[str]) -> int | None:
    """The weekday the story's first sentence gives its news ('the ministry said on Monday'), which a wire's
    dateline day falls on; after a one-sentence summary with no weekday, the day the next paragraph's first sentence
    says the news was given out ('the ministry said on Friday')."""
    for pattern, lead in zip((LEAD_WEEKDAY, SAID_ON_WEEKDAY), story_paragraphs(paragraphs), strict=False):
        first = lead.find(". ")
        if m := pattern.search(lead, 0, first if first >= 0 else len(lead)):
            return WEEKDAYS[m.group("weekday").lower()]
        if first >= 0:
            return None
    return None


ON_WEEKDAY = re.compile(rf"\bon (?P<weekday>{WEEKDAY})\b")


def first_paragraph_weekday(paragraphs: Sequence[str]) -> int | None:
    """The weekday the story's first paragraph names first ('... announced the expulsions at a press conference on
    Friday'): which reading of a slashed stamp ('05/06/2020') is the story's day, when its lead gives none."""
    first = next(iter(story_paragraphs(paragraphs)), "")
    return WEEKDAYS[m.group("weekday").lower()] if (m := ON_WEEKDAY.search(first)) is not None else None


FULL = frozenset({"full"})
MONTH_DAY = frozenset({"month_day"})
WEEKDAY_FIRST = re.compile(WEEKDAY)
LAST_MONTH = re.compile(r"\blast month\b", re.I)
# The kinds of mention infer_publication_date reads.
INFERRED_FROM = frozenset({"full", "month_year", "year", "last_month_name", "month_day", "month"})


def opens_story(line: str) -> bool:
    """True for a paragraph of the story itself: a sentence of twelve words or more (not a headline or a menu)."""
    return line.count(" ") >= 11 and line.endswith((".", '"', "”"))


def head_of(paragraphs: Sequence[str], longest: int = 12, after: int = 0) -> Sequence[str]:
    """The article's head: its first six paragraphs, or more when page clutter (menus, topics, a byline) comes
    before the first paragraph of the story (:func:`opens_story`), up to that paragraph and ``after`` more; at
    most ``longest`` before it."""
    for i, line in enumerate(paragraphs[:longest]):
        if opens_story(line):
            return paragraphs[:max(6, i + 1 + after)]
    return paragraphs[:6]


# A date line with the month's name between slashes, as some sites print it: 'November/29/2015'.
SLASHED_DATE_LINE = re.compile(r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)")


# A line of the head that is only a month and a year: a magazine's issue ('April 2015', 'Issue: March 2014',
# 'Print edition - November 2015').
# A running head in capitals may come first: 'JANE'S INTELLIGENCE REVIEW — OCTOBER 2017'.
MONTH_YEAR_LINE = re.compile(rf"(?:(?-i:[A-Z][A-Z'’.& ]{{2,60}}?)\s+[—–|-]\s+)?"
                             rf"(?:(?:(?:Print|Online|Digital)\s+)?(?:Issue|Edition|Published|Date)\s*(?::|[—–-])?\s*)?"
                             rf"{MONTH_CAPS},?\s+{YEAR}", re.I)


def head_month_year(paragraphs: Sequence[str]) -> PartialDate | None:
    """The month of the one line before the story's first paragraph that names only a month and a year (a
    monthly's issue): the article is of that month. Not a timeline's entries ('May 1997', 'May 2002')."""
    found = []
    for line in head_of(paragraphs):
        if opens_story(line):
            break
        if (m := MONTH_YEAR_LINE.fullmatch(line.strip())) is not None:
            found.append(PartialDate(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")]))
    return found[0] if len(found) == 1 else None


# What follows the date that opens a news release's line: a dash and the place ('March 26, 2018 - Ottawa, Ontario
# - Global Affairs Canada'). Its date is the release's, whatever other dates the head gives.
RELEASE_PLACE = re.compile(r"\s+[-–—]\s+[A-Z]")


def head_dates(paragraphs: Sequence[str], boilerplate: Iterable[str]) -> tuple[list[PartialDate], set[int]]:
    """Full dates in the article's head (its first paragraphs) or its removed sign-offs (only the date of a news
    release's line, if the head has one: :data:`RELEASE_PLACE`), and the indexes of the head paragraphs that hold
    them."""
    found, lines, released = [], set(), []
    for line in boilerplate:
        found.extend(PartialDate(m.year, m.month, m.day) for m in find_date_mentions(line, FULL) if m.kind == "full")
    head = head_of(paragraphs)
    # past the head (after a long page menu, or the deck under the headline), only a line of its own that is a full
    # date ('March 29, 2018' under a long masthead, '22 Jun 2019' under the deck)
    for i, line in enumerate(head_of(paragraphs, longest=20, after=3)):
        mentions = find_date_mentions(line, FULL)
        full = [PartialDate(m.year, m.month, m.day) for m in mentions if m.kind == "full" and not m.future
                and (i < len(head) or (m.start, m.end) == (0, len(line)))]
        if not full and (slashed := SLASHED_DATE_LINE.fullmatch(line)) is not None and \
                valid_day(int(slashed.group("year")), MONTHS[slashed.group("month").lower()], int(slashed.group("day"))):
            full = [PartialDate(int(slashed.group("year")), MONTHS[slashed.group("month").lower()], int(slashed.group("day")))]
        if not full and STAMP_NUMERIC.fullmatch(line) and (numeric := short_stamp(line)) is not None:
            full = [numeric[0]]  # a line of its own that is a date in figures ('18-04-2021' under the headline)
        if full:
            found.extend(full)
            lines.add(i)
            if mentions and mentions[0].start == 0 and RELEASE_PLACE.match(line, mentions[0].end):
                released.append(full[0])
    if len(released) == 1 and len(set(found)) > 1:
        return released, lines
    return found, lines


# What may stand around the date of a time stamp line ('March 22, 2021, 11:48 AM', 'Updated: 5 May 2016 10:02 GMT').
# A label, a weekday and a time of day may come before the date ('Last Updated: 7:39PM BST 21 Aug 2008', 'Last
# modified on Tuesday 27 March 2018 22.40 BST').
STAMP_LABEL = re.compile(r"\s*(?:(?:published(?: time)?|issued|updated|posted|last updated|latest update|last modified|modified|first published|date|"
                         r"publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret)"
                         r"(?: on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                         r"(?:\d{1,2}[:.]\d\d(?![.\d])\s*(?:[ap]\.?m\.?)?\s*(?-i:(?:GMT|BST|CET|CEST|EET|EEST|MSK|UTC|EST|EDT|CST|CDT|"
                         r"PST|PDT)\s+)?)?", re.I)
STAMP_CUE = re.compile(r"\d[:.]\d\d(?:[ap]\.?m)?\b|\b(?:published|issued|updated?|posted|modified)\b|"
                       r"^[0-3]?\d (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* [0-2]\d$", re.I)  # '05 Jun 17'
# A byline and its stamp on one line: 'By Euronews with AP, Reuters • Updated: 01/11/2018 - 15:21', 'Civil Georgia, Tbilisi / 27 Jun.'09',
# a masthead and its date: 'Kommersant Daily, 22.11.2010'; a bar with no space after it: 'Agency reporter |04.09.2020'.
STAMP_PARTS = re.compile(r"\s[•|·/]\s|\s\|(?=[0-3]?\d[./])|, (?=[0-3]?\d[./][01]?\d[./](?:19|20)\d\d$)")
STAMP_TIME = re.compile(r",?\s*(?:[-–|]\s*)?(?:(?:at\s+|klo?\.?\s*|@\s*)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\b\)?)?)?\s*",
                        re.I)
# Time stamp dates in the short forms of web pages: 'Tue Mar 10, 2015', '14/09/2017' (day first when the first
# number cannot be a month; an order the numbers leave open is read as the full dates are, month first).
STAMP_SHORT = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|"
                         r"sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
STAMP_NUMERIC = re.compile(r"(?P<a>[0-3]?\d)([/.-])(?P<b>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)\b")
# A day before a month's short name, dotted as Nordic pages print it ('1. nov. 2018 kl. 13:20', '5. okt. 2017'), or with
# a comma before the year as RT does ('7 Aug, 2014 10:45').
STAMP_DAY_DOTTED = re.compile(r"(?P<day>[0-3]?\d)\.?\s*(?P<month>jan|feb|mar|apr|ma[iyj]|jun|jul|aug|sep|o[kc]t|nov|de[sc])"
                              r"[a-z]*\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
NORDIC_MONTHS = {"mai": 5, "maj": 5, "okt": 10, "des": 12}
# A day, a month's short name and the year's last two digits after an apostrophe, as Civil.ge stamps its news:
# '27 Jun.'09 / 21:07'; or on a line of their own with no apostrophe, as Balkan Insight does: '05 Jun 17'.
STAMP_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                              r"(?:\s*['’]|\s+(?=[0-2]\d$))(?P<yy>[0-2]\d)\b", re.I)
# Day, month and the year's last two digits, dotted, as EUobserver stamps its news: '28.02.12 @ 18:47'.
STAMP_DOTTED_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<yy>[0-2]\d)(?![\d.])")
# Month, day and the year's last two digits with slashes, as POLITICO stamps its pages: '3/28/18, 6:58 AM CEST'.
STAMP_SLASHED_SHORT_YEAR = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>[0-2]\d)(?![\d/])")
# ISO 8601 with a time, as pages put it in their markup: '2021-10-06T16:58:00+02:00'.
STAMP_ISO = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d\d:?\d\d)?")
# Year first, as Baltic, Hungarian and East Asian sites print it: '2021.04.23 15:40', or with the spaces and the
# closing stop of Hungarian style, '2018. 03. 26. 18:04' (always year, month, day).
STAMP_YEAR_FIRST = re.compile(r"(?P<year>(?:19|20)\d\d)([/.]) ?(?P<month>[01]?\d)\2 ?(?P<day>[0-3]?\d)\b(?:\.(?= |$))?")


def short_stamp(text: str) -> tuple[PartialDate, int] | None:
    """The date a time stamp in a short form starts ``text`` with, and where it ends."""
    if (m := STAMP_SHORT.match(text)) or (m := STAMP_DAY_DOTTED.match(text)):
        name = m.group("month").lower()
        year, month, day = int(m.group("year")), NORDIC_MONTHS.get(name) or MONTHS[name], int(m.group("day"))
    elif m := STAMP_SHORT_YEAR.match(text):
        year, month, day = 2000 + int(m.group("yy")), MONTHS[m.group("month").lower()], int(m.group("day"))
    elif m := STAMP_DOTTED_SHORT_YEAR.match(text):
        year, month, day = 2000 + int(m.group("yy")), int(m.group("month")), int(m.group("day"))
    elif m := STAMP_SLASHED_SHORT_YEAR.match(text):  # month first, as American pages write it, unless it cannot be
        a, b = int(m.group("a")), int(m.group("b"))
        year, month, day = 2000 + int(m.group("yy")), *((b, a) if a > 12 else (a, b))
    elif (m := STAMP_ISO.match(text)) or (m := STAMP_YEAR_FIRST.match(text)):
        year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    elif m := STAMP_NUMERIC.match(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif m.group(2) in ".-":  # dots and dashes are the day-first forms of Europe ('12.11.2018'); slashes either
            day, month = a, b
        else:
            return None
    else:
        return None
    return (PartialDate(year, month, day), m.end()) if valid_day(year, month, day) else None


# The time stamp of a later update after the first ('Published: 12.11.2018 | Updated: 13.11.2018').
STAMP_UPDATED = re.compile(r"\s*[|·–-]?\s*(?:last )?(?:updated?|modified|edited|oppdatert|uppdaterad|opdateret)\b|"
                           r"\s*(?:[|·–-]\s*)?(?:press release|press statement|statement|news release)\s*$", re.I)


# A dateline's place in capitals before a stamp on its line ('BRUSSELS, 29. Jan 2015, 19:06').
DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2},\s+(?=[0-3]?\d\b)")


def stamp_end(rest: str) -> bool:
    """True when what follows a stamp's date is its time of day, the stamp of a later update, or both
    ('at 18:42 | Updated 26.5.2015 at 09:10')."""
    after = rest[STAMP_TIME.match(rest).end():]  # STAMP_TIME matches the empty string too
    return not after or STAMP_UPDATED.match(after) is not None


def either_order(m: DateMention, anchors: Sequence[PartialDate], weekday: int | None = None) -> PartialDate:
    """A date written with slashes whose first two numbers could each be the month ('06/05/2009'): the one
    reading that falls on the weekday the lead gives its news ('05/07/2019' over 'failed on Friday': 5 July), else
    on the day after it (a story of Monday stamped early on Tuesday); else month first, unless the day-first
    reading is the one on or after the latest event the article refers to and nearer to it."""
    read = PartialDate(m.year, m.month, m.day)
    parts = re.match(r"(\d{1,2})/(\d{1,2})/", m.text)
    if parts is None or int(parts.group(1)) > 12 or int(parts.group(2)) > 12 or m.month == m.day or \
            not valid_day(m.year, m.day, m.month):
        return read
    readings = (read, PartialDate(m.year, m.day, m.month))
    if weekday is not None:
        for lag in (0, 1):
            on_weekday = [r for r in readings if (r.start().weekday() - lag) % 7 == weekday]
            if len(on_weekday) == 1:
                return on_weekday[0]
    if not anchors:
        return read
    latest = max(anchors).start()
    later = [r for r in readings if r.start() >= latest]
    return min(later, key=lambda r: r.start() - latest) if later else read


# A year and the time after it run together, as a page's two fields come out of a crawl ('April 16, 20215:28 PM ET')
GLUED_TIME = re.compile(r"(?<=[ ,](?:19|20)\d\d)(?=[0-2]?\d:\d\d\b)")


def stamp_date(paragraphs: Sequence[str], boilerplate: Iterable[str],
               anchors: Sequence[PartialDate] = ()) -> PartialDate | None:
    """The date of a time stamp line at the head: a line that is a full date with a time of day or a
    'Published'/'Updated' label, and nothing else. It says when the article was written, whatever dates the
    captions and the story give (a bare date line may be when the page was printed or retrieved)."""
    # a stamp may follow a long page menu, or the deck under the headline and the byline
    head = head_of(paragraphs, longest=20, after=3)
    weekday = lead_weekday(paragraphs)
    if weekday is None:  # for the order of a slashed date only: a weekday later in the first paragraph
        weekday = first_paragraph_weekday(paragraphs)
    for whole in [*boilerplate, *head, *paragraphs[len(head):][-8:]]:
        if len(whole) > 100 or not STAMP_CUE.search(whole):
            continue
        at_head = whole in head or whole in boilerplate
        whole = GLUED_TIME.sub(" ", whole)
        parts = [whole, *STAMP_PARTS.split(whole)]  # '08.06.2020 17:25 | Jakub Horák': the first part too
        if (place := DATELINE_PLACE.match(whole)) is not None:
            parts.append(whole[place.end():])  # 'BRUSSELS, 29. Jan 2015, 19:06': the stamp after a dateline's place
        for line in parts:
            if (found := line_stamp(line, at_head, anchors, weekday)) is not None:
                return found
    return None


# A labelled stamp with no year: 'Published April 19 at 6:05 pm', 'Published 15 November, 18:52 | Updated ...'.
YEARLESS_LABEL = r"^(?:Published|Updated|Posted)(?: on)?:?\s+"
STAMP_TIME_OF_DAY = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?(?:\s*\|.*)?$"
YEARLESS_STAMP = re.compile(rf"{YEARLESS_LABEL}{MONTH} {DAY}{STAMP_TIME_OF_DAY}", re.I)
YEARLESS_STAMP_DAY_FIRST = re.compile(rf"{YEARLESS_LABEL}{DAY} {MONTH}{STAMP_TIME_OF_DAY}", re.I)
# The same in a page's fields between bars, a place before the day and a time after it: 'BBJ | Budapest, Feb. 17 | 18:55'.
YEARLESS_FIELDS = re.compile(rf"^(?:[^|]{{1,40}}\|\s*)?(?:[A-Z][\w.' -]{{1,30}},\s+)?{MONTH} {DAY}\s*\|\s*\d{{1,2}}[:.]\d\d\b"
                             r"[^|]{0,12}(?:\|.*)?$")


def yearless_stamp(paragraphs: Sequence[str]) -> tuple[int, int] | None:
    """The month and day of a stamp with no year at the head ('Published April 19 at 6:05 pm', 'BBJ | Budapest,
    Feb. 17 | 18:55')."""
    for line in paragraphs[:8]:
        if len(line) <= 80 and ((m := YEARLESS_STAMP.match(line)) or (m := YEARLESS_STAMP_DAY_FIRST.match(line)) or
                                (m := YEARLESS_FIELDS.match(line))):
            return MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    return None


def line_stamp(line: str, at_head: bool, anchors: Sequence[PartialDate], weekday: int | None = None) -> PartialDate | None:
    """The date of one time stamp line (or of the part of a line after a byline), if it is one; ``weekday``
    the one its lead gives (:func:`lead_weekday`)."""
    if not at_head and not STAMP_LABEL.match(line).group(0).strip():
        return None  # below the head only a labelled stamp ('Date 24.11.2015' in a page's footer)
    for m in find_date_mentions(line, FULL):
        if m.kind == "full" and STAMP_LABEL.fullmatch(line[: m.start]) and stamp_end(line[m.end:]):
            return either_order(m, anchors, weekday)
    label = STAMP_LABEL.match(line)
    if (short := short_stamp(line[label.end():])) is not None and stamp_end(line[label.end() + short[1]:]):
        return short[0]
    return None


COPYRIGHT_YEAR = re.compile(r"^(?:Copyright|©|\([cC]\))\D{0,60}?\b((?:19|20)\d\d)\b")


def copyright_year(boilerplate: Iterable[str]) -> PartialDate | None:
    """The year of a known outlet's copyright line ('Copyright 2021 The Associated Press'): the story's year, a
    lower bound of its date. A site's own footer ('(c) 2024 Baltic Media') names no outlet and says when the
    page was built, so it does not count."""
    years = [int(y) for line in boilerplate if COPYRIGHT_YEAR.match(line) and clean.strip_boilerplate(line)[2]
             for y in re.findall(r"\b(?:19|20)\d\d\b", line)]  # '© 1996-2016': the last year
    return PartialDate(max(years)) if years else None


# A copyright line that closes the last sentence of a paragraph ('... of Estonian Public Broadcasting. Copyright ERR 2015.')
CLOSING_COPYRIGHT = re.compile(r"(?<=[.!?]\s)(?:Copyright|©)\s[^.]{2,80}\.?$")


def closing_copyrights(paragraphs: Sequence[str]) -> list[str]:
    """The copyright lines that end the last paragraphs of an article, as lines of their own."""
    return [m.group(0) for p in paragraphs[-4:] if (m := CLOSING_COPYRIGHT.search(p)) is not None]


DAY_RANGE_END = re.compile(r"\d\s*[–-]\s*(\d{1,2})\b")


def weekday_year(mentions: Sequence[DateMention], since: int, anchors: Sequence[PartialDate] = ()) -> PartialDate | None:
    """The year a day and month written with its weekday ('Thursday, June 1') must be in, the first from
    ``since`` on (within ten years) whose calendar agrees, or the year of a well-known event on that very day
    ('began on Saturday, November 2': Steadfast Jazz's, 2013): the month too if it is past; a week before it if it
    is ahead ('until Thursday, June 1': a deadline is set days before it falls)."""
    for m in mentions:
        if m.kind != "month_day" or not (w := WEEKDAY_FIRST.match(m.text)):
            continue
        weekday = WEEKDAYS[w.group(0).lower()]
        # a range ('from Thursday to Saturday, November 1-3'): the weekday may be its last day's
        days = [m.day] + [int(r.group(1)) for r in DAY_RANGE_END.finditer(m.text)]
        known = [a.year for a in anchors if a.day and (a.month, a.day) == (m.month, m.day) and a.year < since and
                 date(a.year, a.month, a.day).weekday() == weekday]
        for year in known + list(range(since, since + 11)):
            if any(valid_day(year, m.month, d) and date(year, m.month, d).weekday() == weekday for d in days):
                if m.future:
                    set_on = date(year, m.month, m.day) - timedelta(days=7)
                    return PartialDate(set_on.year, set_on.month)
                return PartialDate(year, m.month)
    return None


def months_before(a: PartialDate, b: PartialDate) -> int:
    """How many months ``a`` is before ``b`` (negative if after), by their months (a year alone counts as January)."""
    return (b.year * 12 + max(b.month, 1)) - (a.year * 12 + max(a.month, 1))


# The rest of a range after its first day ('from June 5 to 20'): a time that has run, unlike the day a measure
# takes effect from ('banned U.S. banks from buying new debt from June 14'), which may lie ahead of the article.
RANGE_GOES_ON = re.compile(r"\s*(?:[-–]|\bto\b|\buntil\b|\btill\b|\bthrough\b)")
# 'broadened in September that year': a month of a year told before, not of the article's.
THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:that|the same|the previous|the following)\s+year\b", re.I)


def infer_publication_date(paragraphs: Sequence[str], boilerplate: Sequence[str],
                           anchors: Sequence[PartialDate], estimates: Sequence[PartialDate] = ()) -> PartialDate | None:
    """Publication date inferred from the text: the date of a time stamp line at the head if there is one;
    else a full date at the head of the article (the one nearest the latest event the body refers to), else
    the latest past date the article mentions or refers to (reference events), refined by the month names it
    uses without a year; month precision at best.
    """
    if (stamp := stamp_date(paragraphs, boilerplate, anchors)) is not None:
        return stamp
    if (copyrighted := copyright_year(boilerplate) or copyright_year(closing_copyrights(paragraphs))) is not None:
        # the story's year: nothing it refers to came later
        anchors = [a for a in anchors if a.year <= copyrighted.year]
        estimates = [e for e in estimates if e.year <= copyrighted.year]
        if (day := yearless_stamp(paragraphs)) is not None and valid_day(copyrighted.year, *day):
            return PartialDate(copyrighted.year, *day)  # 'Published April 19 at 6:05 pm' above '© 2021 Kyiv Post'
    heads, head_lines = head_dates(paragraphs, boilerplate)
    if heads and copyrighted is not None:  # the story's year: a date after it lies ahead
        heads = [h for h in heads if h.year <= copyrighted.year]
    if heads and (dateline := head_month_day(paragraphs, boilerplate)) is not None:
        # a dateline's day and month ('MOSCOW, October 3.') say when it was written: a full date at the head
        # on another day is background ('states that joined after September 1, 2000'); one a day off is the
        # page's stamp in another time zone ('BRUSSELS, July 5 (Xinhua)' under 'Source: Xinhua| 2019-07-06 03:14')
        heads = [PartialDate(h.year, dateline.month, dateline.day) for h in heads if h.day and
                 valid_day(h.year, dateline.month, dateline.day) and
                 abs((date(h.year, dateline.month, dateline.day) - h.start()).days) <= 1]
        head_lines = head_lines if heads else set()
    if heads and anchors:  # a well-known event's own date at the head, in a story that refers to two events a year on
        heads = [h for h in heads if not (h.day and h in anchors and len({a for a in anchors if months_before(h, a) > 12}) > 1)]
    if heads and estimates:  # a date at the head whose anniversary the article marks is what it looks back on
        marked = [e for e in estimates if any(e.month == h.month and e.day in (0, h.day) and e.year > h.year
                                              for h in heads)]  # 'Five years on' of March 18, 2014: March 2019
        # and so are the dates at the head before that anniversary ('On Feb. 27, 2014, armed men seized ...')
        heads = [h for h in heads if not any(h.start() < e.start() for e in marked)]
    if len(heads) == 1:  # the one full date at the head, whatever the body says (the pool below is [it])
        return heads[0]
    if not heads and (issue := head_month_year(paragraphs)) is not None:
        return issue
    if anchors and estimates:  # an estimate before two events the article already looks back on is another event's
        estimates = [e for e in estimates if len({a for a in anchors if months_before(e, a) > 1}) < 2]
    if not heads and estimates:  # the latest estimate, whatever the body says, to the month of an anchor in it
        estimate = max(estimates)
        if not estimate.month and (body := infer_publication_date(paragraphs, boilerplate, anchors)) is not None \
                and body.year >= estimate.year:
            return body  # a year alone ('the annexation seven years ago') only rules out the years before it
        later_anchors = [a.truncate("month") for a in anchors if 0 < months_before(estimate, a) <= 1]
        if later_anchors:  # a dated event it reports in the month after the estimate: it is not older than that
            estimate = max(later_anchors)
        inside = [a for a in anchors if a.compatible(estimate) and a.month and not estimate.month]
        estimate = max(inside).truncate("month") if inside else estimate
        if not estimate.month and (lead := month_of_the_lead(paragraphs)) is not None:
            estimate = PartialDate(estimate.year, lead)  # 'in the 22 years since the 1994 truce ... on April 6'
        if (day := day_of_the_lead(estimate, anchors, paragraphs)) is not None:
            return day
        dateline = head_month_day(paragraphs, boilerplate)  # 'MOSCOW, October 7. /TASS/.': that day, in the month
        if dateline is not None and estimate.month and not estimate.day:  # of the estimate or one soon after it
            year = estimate.year if dateline.month >= estimate.month else estimate.year + 1
            written = PartialDate(year, dateline.month, dateline.day)
            if valid_day(year, dateline.month, dateline.day) and 0 <= months_before(estimate, written) <= 2:
                return written
        return estimate
    body = "\n".join(p for i, p in enumerate(paragraphs) if i not in head_lines)
    mentioned = find_date_mentions(body, INFERRED_FROM)
    past = [m for m in mentioned if not m.future]
    latest, latest_written = None, copyrighted  # 'last year' never moves the story past its copyright year
    if latest_written is not None:  # the outlet's copyright year is the story's: a date after it lies ahead
        past = [m for m in past if not m.year or m.year <= latest_written.year]
    for a in anchors:
        latest = later(latest, a.truncate("month") if a.month else a)
    for m in past:
        if m.kind in ("full", "month_year"):
            latest_written = later(latest_written, PartialDate(m.year, m.month))
        elif m.kind == "year":
            latest_written = later(latest_written, PartialDate(m.year))
    if latest_written is not None and (copyrighted is None or latest_written.year < copyrighted.year) and \
            later(latest, latest_written) == latest_written and re.search(r"\b[Ll]ast year\b", body) and not re.search(rf"{MONTH},? (?:of )?last year", body):
        latest_written = PartialDate(latest_written.year + 1)
    latest = later(latest, latest_written)
    if latest is not None and (weekday_dated := weekday_year(mentioned, latest.year, anchors)):
        latest = weekday_dated if weekday_dated.year < latest.year else later(latest, weekday_dated)
    for m in past:
        if m.kind == "last_month_name" and latest is not None and latest.month == m.month:
            latest = later(latest, PartialDate(latest.year + 1))
    if heads:
        if latest is None:
            return heads[0]
        after = [h for h in heads if later(h, latest) == h]
        pool = after or heads
        return min(pool, key=lambda h: abs((h.start() - latest.start()).days))
    if estimates:
        return max(estimates)
    if latest is None:
        return None
    if (dateline := head_month_day(paragraphs, boilerplate)) is not None:
        bumped = bool(latest.month) and latest.month > dateline.month  # the latest date came before it, a year on
        year = latest.year + 1 if bumped else latest.year
        if copyrighted is not None and year > copyrighted.year:
            year = copyrighted.year  # the outlet's copyright year is the story's, whatever an event seemed to say
        # 'Sofia, March 22 (BTA) - ... said on Monday': the year in which March 22 is a Monday, the next one, or
        # the one before when the date that moved it on came only weeks after the dateline's day, else the one after next
        for other in (year + 1, year - 1) if bumped else (year + 1, year + 2):
            if (weekday := lead_weekday(paragraphs)) is not None and valid_day(other, dateline.month, dateline.day) and \
                    valid_day(year, dateline.month, dateline.day) and \
                    date(year, dateline.month, dateline.day).weekday() != weekday == \
                    date(other, dateline.month, dateline.day).weekday():
                year = other
                break
        return PartialDate(year, dateline.month, dateline.day if valid_day(year, dateline.month, dateline.day) else 0)
    named = None  # the latest month the body names without a year, if it is the latest date of all
    for m in past:
        if m.kind in ("month_day", "month") and latest.year and not THAT_YEAR_AFTER.match(body, m.end) and \
                not (body.endswith("from ", 0, m.start) and not RANGE_GOES_ON.search(m.text) and
                     not RANGE_GOES_ON.match(body, m.end)):
            candidate = PartialDate(latest.year, m.month)
            soon = candidate.month > (latest.month or 12) and \
                COMES_SO_SOON_AFTER.search(body, max(0, m.start - 160), m.start) is not None
            if latest.month and not 0 <= candidate.month - latest.month <= 2 and not soon:
                continue
            if not latest.month and any(a.kind == "last_month_name" for a in past):
                continue
            latest = later(latest, candidate)
            named = latest if latest == candidate and not soon else named
    # 'last month' moves the article after the latest month it names, unless a day of that month is given with
    # its weekday ('On Thursday, October 15'), as the days of the week the article is written in are, or a day of
    # the month before it is given ('On July 28 ... from Aug. 1': 'last month' is July), or the story's first
    # paragraph gives a day of it ('the sanctions unveiled on April 15'): its news is of that month
    if named is not None and latest == named and LAST_MONTH.search(body) and month_of_the_lead(paragraphs) != named.month \
            and not any(
            m.kind == "month_day" and m.month == named.month and WEEKDAY_FIRST.match(m.text) for m in past) and not any(
            m.kind == "month_day" and m.month == (named.month - 2) % 12 + 1 for m in past):
        latest = PartialDate(latest.year + latest.month // 12, latest.month % 12 + 1)
    if (stamped := stamp_on_lead_weekday(paragraphs, latest)) is not None:
        return stamped
    return day_of_the_lead(latest, anchors, paragraphs) or latest


def stamp_on_lead_weekday(paragraphs: Sequence[str], latest: PartialDate) -> PartialDate | None:
    """A stamp's day with no year ('Published 15 November, 18:52') in the first year from the latest date the
    article tells on (within three) in which that day falls on the weekday its lead gives ('set free on Friday')."""
    if (day := yearless_stamp(paragraphs)) is None or (weekday := lead_weekday(paragraphs)) is None:
        return None
    for year in range(latest.year, latest.year + 3):
        if valid_day(year, *day) and date(year, *day).weekday() == weekday and PartialDate(year, *day) >= latest:
            return PartialDate(year, *day)
    return None


# The news of the day told as coming a few days or weeks after a date ('Tuesday's drills come less than two weeks
# after ... on December 4'): that date is of the article's own weeks.
COMES_SO_SOON_AFTER = re.compile(r"\bcom(?:e|es|ing)\s+(?:(?:just|only|less than|barely|about|some|nearly)\s+)*"
                                 r"(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+after\b[^.;]*$")


def month_of_the_lead(paragraphs: Sequence[str]) -> int | None:
    """The month of the day and month without a year that the story's first paragraph gives ('appeared to be
    holding on April 6'): the news it leads with is of that month."""
    lead = next((p for p in paragraphs[:20] if opens_story(p)), None)
    if lead is None:
        return None
    days = [m for m in find_date_mentions(lead, MONTH_DAY) if m.kind == "month_day" and not m.future]
    return days[0].month if days else None


def day_of_the_lead(month: PartialDate, anchors: Sequence[PartialDate], paragraphs: Sequence[str]) -> PartialDate | None:
    """The day in ``month`` of a dated event the article refers to, or of a day of that month it names, that falls
    on the weekday its lead gives ('NATO and Russia agreed Saturday' and the Lisbon summit of Saturday, November 20;
    'fired warning shots on Wednesday' and '... around midday on June 23'): the day it reports, the latest such."""
    if not month.month or month.day or (weekday := lead_weekday(paragraphs)) is None:
        return None
    named = [PartialDate(month.year, m.month, m.day) for p in paragraphs for m in find_date_mentions(p, MONTH_DAY)
             if m.kind == "month_day" and m.month == month.month and not m.future and valid_day(month.year, m.month, m.day)]
    days = [a for a in [*anchors, *named] if a.day and (a.year, a.month) == (month.year, month.month) and
            date(a.year, a.month, a.day).weekday() == weekday]
    return max(days) if days else None


def given_date(raw) -> tuple[PartialDate, str] | None:  # noqa: ANN001
    """The date metadata.csv (``metadata``) or the `` date`` line (``header``) gives the article, if any: then
    nothing in its text is read to date it."""
    for value, origin in ((raw.metadata.get("date", ""), "metadata"), (raw.header_date, "header")):
        if value:
            try:
                return PartialDate.parse(value), origin
            except ValueError:
                continue
    return None


def publication_date(raw, cleaned, anchors: Sequence[PartialDate] = (),  # noqa: ANN001
                     estimates: Sequence[PartialDate] = (),
                     in_office_since: PartialDate | None = None) -> tuple[PartialDate | None, str]:
    """The article's date and where it came from: ``metadata`` (metadata.csv), ``header`` (the `` date``
    line) or ``inferred`` from the text, the well-known events it refers to (``anchors``, lower bounds), what
    its relative dates say next to them (``estimates``: 'last month' beside a known event) and the day the
    latest office holder it names with the title took office (``in_office_since``)."""
    if (given := given_date(raw)) is not None:
        return given
    inferred = infer_publication_date(cleaned.paragraphs, cleaned.boilerplate, anchors, estimates)
    return not_before(inferred, in_office_since), "inferred"


def not_before(inferred: PartialDate | None, floor: PartialDate | None) -> PartialDate | None:
    """An inferred date a year or more before ``floor`` (the day an office holder the story names with the title
    took office) moved on by whole years until it is no longer before it, keeping its month and day: 'March 14'
    in a story that calls Pompeo Secretary of State is a March after he took office. Months before it, the title
    may be one still to be taken ('the policies of President Donald Trump' in December 2016)."""
    if inferred is None or floor is None or inferred.start() > floor.start() - timedelta(days=365):
        return inferred
    year = floor.year if PartialDate(floor.year, inferred.month, inferred.day) >= \
        floor.truncate(inferred.precision) else floor.year + 1
    return PartialDate(year, inferred.month, inferred.day if valid_day(year, inferred.month, inferred.day) else 0)
