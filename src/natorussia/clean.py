"""Clean an article's text and count each change: Unicode and whitespace, repeated paragraphs,
misspelt month names, and wire-service boilerplate (which names the outlet).

Cleaning is idempotent: cleaning clean text changes nothing.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ftfy
from rapidfuzz.distance import OSA

from natorussia.paths import data_file

SPACES = re.compile(r"[^\S\n]+")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
DAY_AFTER_WORD = re.compile(r"\b([A-Z][a-z]{2,9})(?=\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.:]\d))")
WORD_AFTER_DAY = re.compile(r"(?<=\b\d)(?<!\d\d\d)(\s+)([A-Z][a-z]{2,9})(?=,?\s+\d{4}\b)")


@dataclass(frozen=True)
class CleanArticle:
    """An article's cleaned text with what cleaning changed and what it learnt on the way."""

    text: str
    paragraphs: tuple[str, ...]
    n_duplicate_paragraphs: int
    n_month_fixes: int
    n_boilerplate: int
    source: str
    boilerplate: tuple[str, ...]

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str
    pattern: re.Pattern[str]
    reason: str


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Alias -> canonical outlet name, from data/outlets.csv."""
    table: dict[str, str] = {}
    with data_file("outlets.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for alias in row["aliases"].split("|"):
                if alias in table:
                    raise ValueError(f"outlets.csv: alias {alias!r} listed twice")
                table[alias] = row["outlet"]
    return table


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The boilerplate patterns of data/boilerplate.csv, compiled."""
    with data_file("boilerplate.csv").open(encoding="utf-8", newline="") as f:
        return tuple(BoilerplateRule(r["kind"], re.compile(r["pattern"]), r["reason"]) for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def month_lexicon() -> tuple[tuple[str, ...], frozenset[str]]:
    """Month names and the capitalised words that look like one but are not."""
    with data_file("months.toml").open("rb") as f:
        data = tomllib.load(f)
    return tuple(data["months"]), frozenset(data["not_months"])


def known_outlet(name: str) -> str:
    """Canonical outlet for a name as written, or '' when it is not a known outlet."""
    name = name.strip()
    return outlets().get(name) or outlets().get(name.removeprefix("The ").strip(), "")


def normalise(text: str) -> str:
    """Unicode repair (mojibake, NFC, straight quotes) and whitespace: one paragraph per line, single spaces."""
    text = ftfy.fix_text(text, normalization="NFC")
    text = INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = (SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def correct_month(word: str) -> str | None:
    """The month a capitalised word misspells, or None ('Apirl' -> 'April'; 'Mary' -> None)."""
    months, not_months = month_lexicon()
    if word in months or word in not_months or len(word) < 4:
        return None
    for month in months:
        if month[0] != word[0] or month.startswith(word):
            continue
        limit = 1 if len(month) <= 5 else 2
        if OSA.distance(word.lower(), month.lower()) <= limit:
            return month
    return None


def fix_month_names(text: str) -> tuple[str, int]:
    """Misspelt month names that are part of a date fixed; returns the text and the number of fixes."""
    fixes = 0

    def fix(match: re.Match[str], group: int) -> str:
        nonlocal fixes
        month = correct_month(match.group(group))
        if month is None:
            return match.group(0)
        fixes += 1
        return match.group(0).replace(match.group(group), month)

    text = DAY_AFTER_WORD.sub(lambda m: fix(m, 1), text)
    text = WORD_AFTER_DAY.sub(lambda m: fix(m, 2), text)
    return text, fixes


def strip_boilerplate(paragraph: str, first: bool) -> tuple[str, str, str]:
    """One paragraph without boilerplate: (kept text, removed text, outlet named by it)."""
    for rule in boilerplate_rules():
        if rule.kind == "dateline":
            m = rule.pattern.match(paragraph)
            if m and known_outlet(m.group("outlet")):
                return paragraph[m.end():], paragraph[: m.end()].strip(), known_outlet(m.group("outlet"))
        elif rule.kind == "inline_credit":
            continue
        else:
            m = rule.pattern.match(paragraph)
            if not m:
                continue
            outlet = known_outlet(m.group("outlet")) if "outlet" in rule.pattern.groupindex else ""
            if rule.kind in ("outlet_line", "credit") and not outlet:
                continue
            return "", paragraph, outlet
    return paragraph, "", ""


def inline_outlet(paragraph: str) -> str:
    """An outlet credited inside a kept paragraph ('(The Associated Press)', 'Sky News has learnt')."""
    for rule in boilerplate_rules():
        if rule.kind == "inline_credit":
            for m in rule.pattern.finditer(paragraph):
                if outlet := known_outlet(m.group("outlet")):
                    return outlet
    return ""


def clean_text(text: str) -> CleanArticle:
    """Clean one article's text; see the module docstring for what changes."""
    normalised = normalise(text)
    fixed, n_month_fixes = fix_month_names(normalised)
    kept: list[str] = []
    seen: set[str] = set()
    removed: list[str] = []
    duplicates = 0
    source = ""
    inline_source = ""
    for i, paragraph in enumerate(fixed.split("\n") if fixed else []):
        body, junk, outlet = strip_boilerplate(paragraph, i == 0)
        if junk:
            removed.append(junk)
        source = source or outlet
        body = body.strip()
        if not body:
            continue
        if body in seen:
            duplicates += 1
            continue
        seen.add(body)
        inline_source = inline_source or inline_outlet(body)
        kept.append(body)
    return CleanArticle(
        text="\n".join(kept),
        paragraphs=tuple(kept),
        n_duplicate_paragraphs=duplicates,
        n_month_fixes=n_month_fixes,
        n_boilerplate=len(removed),
        source=source or inline_source,
        boilerplate=tuple(removed),
    )
