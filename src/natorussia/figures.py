"""Figures in a sentence: numbers in digits or words with their qualifier ('more than 100 Russian
diplomats'), a mission's size before and after a cut, the size of a force."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from natorussia import lexicon
from natorussia.cues import Screened

NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
# A number in words, with its hundreds and thousands: 'eight', 'twenty-five', 'twelve thousand seven hundred',
# 'three hundred thousand', 'two hundred and fifty'.
NUM_IN_WORDS = (rf"(?:{NUMBER_WORDS})(?:[- ](?:{NUMBER_WORDS})|\s(?:hundred|thousand)\b|(?:(?<=hundred)|(?<=thousand))"
                rf"(?:\sand)?\s(?:{NUMBER_WORDS}))*")
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a |about a |roughly a )?dozen|{NUM_IN_WORDS})"
QUALIFIERS = {"more than": "more_than", "over": "more_than", "at least": "more_than", "upwards of": "more_than",
              "in excess of": "more_than", "about": "about", "close to": "about",
              "around": "about", "some": "about", "nearly": "about", "almost": "about", "roughly": "about",
              "approximately": "about", "up to": "up_to", "as many as": "up_to"}
QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True))


DIGIT = re.compile(r"\d")
NUMBER_WORD = Screened(re.compile(rf"(?i:dozen|{NUMBER_WORDS})"))


def may_hold_figure(text: str) -> bool:
    """False only when ``text`` has neither a digit nor a number word: then no figure (:data:`NUM`) is in it, and
    the costly patterns built on it need not be tried."""
    return DIGIT.search(text) is not None or NUMBER_WORD.may_match(text)


def qualifier(word: str | None) -> str:
    """The qualifier code of the word before a figure ('more than' -> 'more_than'; none -> 'exact')."""
    return QUALIFIERS.get((word or "").lower(), "exact")
SUBSET = re.compile(r"\binclud(?:e|es|ed|ing)\s*$", re.I)


def to_int(words: str) -> int | None:
    """'1,300' -> 1300, 'eight' -> 8, 'twenty-five' -> 25, 'a dozen' -> 12."""
    w = words.strip().lower()
    if "dozen" in w:
        return 12
    if re.fullmatch(r"[\d,]+", w):
        return int(w.replace(",", ""))
    try:
        return int(text2num(w.replace(" ", "-") if " hundred" not in w and " thousand" not in w else w, "en"))
    except ValueError:
        try:
            return int(text2num(w, "en"))
        except ValueError:
            return None


@lru_cache(maxsize=4)
def people_pattern(kind: str) -> re.Pattern[str]:
    nouns = sorted(lexicon.people_nouns()[kind], key=len, reverse=True)
    alt = "|".join(map(re.escape, nouns))
    modifier = r"(?:and(?=\s+[A-Z])|[A-Z][\w.'’-]*|[\"“”']?undeclared[\"“”']?|[a-z]+(?:ian|ese|ish|al|ary|ic|ed|ive)|top|senior|junior|" \
               r"other|own|more|embassy|intelligence|military|defence|defense|consular|technical|UN|mission|" \
               r"artillery|infantry|airborne|tank|combat|ground|air|assault|special|elite|reserve|active-duty)"
    return re.compile(
        rf"(?:\b(?P<qual>(?i:{QUAL}))\s+)?(?<![\w,.-])(?P<num>(?i:{NUM}))(?![\w,.-]*\d)(?:\s+of\s+(?:(?:the\s+other|each\s+other|one\s+another|[A-Z][\w.-]*)(?:'s|’s)|our|their|its|the|his|her))?"
        rf"(?:\s+{modifier}){{0,4}}?\s+(?P<noun>(?i:{alt}))\b")


@lru_cache(maxsize=4)
def screened_people(kind: str) -> Screened:
    """:func:`people_pattern`, tried only on texts that hold one of its nouns."""
    return Screened(people_pattern(kind))


def staff_figure(text: str, last: bool = False) -> tuple[int | None, str]:
    """The number of people a phrase names ('more than 100 Russian diplomats' -> 100, more_than)."""
    if not may_hold_figure(text):
        return None, ""
    matches = [m for m in screened_people("staff").finditer(text) if not SUBSET.search(text[: m.start()])]
    matches = [m for m in matches if to_int(m.group("num")) is not None and
               not re.match(r"\s*(?:percent|%|years?|days?)", text[m.end("num"):])]
    if not matches:
        return None, ""
    m = matches[-1] if last else matches[0]
    return to_int(m.group("num")), qualifier(m.group("qual"))


CAP_LIMIT = r"(?:no more than|not more than|a maximum of|at most|up to)"


# A ceiling on a mission's size: 'to no more than 32 people', 'allowed no more than 32 staff', 'employ no more than 455'
# (or at the start of a text that follows such a verb)
CAPPED_AT = re.compile(rf"(?:\b(?:to|employ|allowed|permitted|keep|retain)\s+|^\s*){CAP_LIMIT} (?P<b>\d+|{NUMBER_WORDS})\b",
                       re.I)


def mission_size_qualifier(text: str) -> str:
    """'up_to' for a ceiling ('to no more than 32 people'), else 'exact'."""
    return "up_to" if CAPPED_AT.search(text) else "exact"


# The whole of a mission given after its parts: '32 people in total', 'a total of 32'.
MISSION_TOTAL = re.compile(rf"\b(?P<b>{NUM})\s+(?:[a-z]+\s+)?in total\b|\ba total of (?P<c>{NUM})\b", re.I)


CEILING = re.compile(rf"\b(?:ceiling|cap|limit) of (?P<b>{NUM})\b(?:[^.;,]{{0,20}}?\b(?:instead of|down from|rather than) "
                     rf"(?P<a>{NUM})\b)?", re.I)


# A mission's size after a cut and before it: 'from 30 to 20', 'to 20 from 30', '20 out of 30', 'to 10', 'at 20'.
FROM_TO = re.compile(rf"\bfrom (?P<a>{NUM})\s+(?:[\w-]+\s+){{0,2}}(?:down\s+)?to (?P<b>{NUM})\b", re.I)
TO_FROM = re.compile(rf"\b(?:to|at) (?:{CAP_LIMIT} )?(?P<b>{NUM})\s+(?:\w+\s*)?,?\s*(?:down\s+from|from|instead of|rather than) "
                     rf"(?P<a>{NUM})\b", re.I)
OUT_OF = re.compile(rf"\b(?P<b>{NUM}) out of (?P<a>{NUM})\b", re.I)
# A cut by so many to a size: 'by ten people, to twenty' -> (20, 30)
BY_TO = re.compile(rf"\bby (?P<by>{NUM})(?!\s*(?:percent|per cent|%))(?:\s+[a-z]+)?\s*,?\s+(?:down\s+)?to (?P<b>{NUM})\b"
                   rf"(?!\s*(?:percent|per cent|%))", re.I)
DOWN_TO = re.compile(rf"\b(?:down\s+)?to (?:{CAP_LIMIT} )?(?P<b>\d+|{NUMBER_WORDS})\b(?!\s*(?:percent|%))", re.I)
AT_FIGURE = re.compile(rf"\bat (?P<b>\d+|{NUMBER_WORDS})\b", re.I)


def mission_size(text: str) -> tuple[int | None, int | None]:
    """Size after a cut and before it: 'from 30 to 20', 'to 20 from 30' and 'at 20 instead of 30' -> (20, 30), '20 out
    of 30' and 'by 10, to 20' -> (20, 30), 'to 10'."""
    if not may_hold_figure(text):
        return None, None
    if m := FROM_TO.search(text):
        return to_int(m.group("b")), to_int(m.group("a"))
    if m := TO_FROM.search(text):
        return to_int(m.group("b")), to_int(m.group("a"))  # 'to 20 from 30', 'at 20 people, down from 30', 'at 20 instead of 30'
    if m := OUT_OF.search(text):
        return to_int(m.group("b")), to_int(m.group("a"))
    if (m := BY_TO.search(text)) and (cut := to_int(m.group("by"))) is not None and cut < 1000 and \
            (size := to_int(m.group("b"))) is not None:
        return size, size + cut  # 'by ten people, to twenty': twenty, from thirty (not 'by 2020 to 10')
    if m := CEILING.search(text):  # 'a ceiling of 20 posts instead of 30'
        return to_int(m.group("b")), to_int(m.group("a")) if m.group("a") else None
    if m := DOWN_TO.search(text):
        return to_int(m.group("b")), None
    if m := CAPPED_AT.search(text):  # 'allowed no more than 32 staff'
        return to_int(m.group("b")), None
    if m := MISSION_TOTAL.search(text):  # 'seven diplomats and 25 other employees, 32 people in total'
        return to_int(m.group("b") or m.group("c")), None
    if m := AT_FIGURE.search(text):
        return to_int(m.group("b")), None
    return None, None


# The size of a standing force, not of those in an exercise ('the army, which numbers about 2,000 personnel').
STANDING_SIZE = re.compile(r"\b(?:numbers?|numbering|totals?|totall?ing|strength of|(?:is|are)\s+made up of)\s+$", re.I)


def troop_figure(text: str) -> tuple[int | None, str]:
    """Size of a force ('some 12,700 servicemen' -> 12700, about); ranges give none."""
    if not may_hold_figure(text):
        return None, ""
    for m in screened_people("troops").finditer(text):
        if re.search(r"\bbetween\s*(?:\S+\s+and\s*)?$", text[: m.start()]) or STANDING_SIZE.search(text, 0, m.start()):
            continue
        value = to_int(m.group("num"))
        if value is not None:
            return value, qualifier(m.group("qual"))
    return None, ""
