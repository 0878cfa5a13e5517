"""Clean an article's text and count each change: Unicode and whitespace, hard-wrapped lines (print and
PDF copy), repeated paragraphs, misspelt month names, and wire-service boilerplate (which names the outlet);
a paragraph set in capitals (a ticker, a wire flash) is put in title case, its acronyms kept.

Cleaning is idempotent (cleaning clean text changes nothing) and loses no content: every paragraph of
the input (its wrapped lines joined) is in the output unless it repeats an earlier one or is boilerplate,
and every piece of boilerplate removed is listed in :attr:`CleanArticle.boilerplate`.

Speed: ftfy (mojibake, HTML entities, odd characters) costs about 0.7 ms per article, so it only runs on
the lines that contain a character outside :data:`PLAIN`; on plain lines it would only straighten
quotes, which :func:`normalise` does itself. ``normalise(text, repair_all=True)`` runs ftfy everywhere
and gives the same result (the tests check it).

The rules are data (``data/outlets.csv``, ``data/boilerplate.csv``, ``data/months.toml``): every rule
carries a ``reason`` and an ``example`` sentence written for it, with the outcome expected on it;
:func:`check_outlet`, :func:`check_boilerplate_rule` and :func:`check_month_rule` raise ValueError when
a rule does not do what its row says, and loading a file with a repeated rule raises ValueError.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ftfy
from rapidfuzz.distance import OSA

from natorussia.cues import Screened, any_of, cue_of
from natorussia.paths import data_file

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Characters on which ftfy does nothing but straighten quotes: printable ASCII, tab, newline, curly
# quotes, dashes, ellipsis and no-break space (none of them can start a UTF-8 sequence read in a single-byte
# code page, so they cannot be mojibake), as long as no '&' starts an HTML entity (ftfy's own pattern).
PLAIN = re.compile("[\t\n\x20-\x7e\u00a0\u02bc\u2013\u2014\u2018-\u201f\u2026]*")
ENTITY = re.compile(r"&#?[0-9A-Za-z]{1,24};")
# ftfy's uncurl_quotes, as str.replace calls (str.translate is ten times slower); the common ones first.
UNCURL = (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u02bc", "'"),
          ("\u201a", "'"), ("\u201b", "'"), ("\u201e", '"'), ("\u201f", '"'))
# ftfy's defaults except that HTML entities are always unescaped: its "auto" mode stops unescaping for
# the rest of a text once a line contains '<', which would make the result depend on other lines.
FTFY_CONFIG = ftfy.TextFixerConfig(unescape_html=True, normalization="NFC", explain=False)
SEGMENT = re.compile(r"[^\n]*\n|[^\n]+")
MAX_PASSES = 8

# A month name is fixed only where it is part of a date: a capitalised word ("Apirl", four to ten
# letters) followed by a day ("Apirl 29", "Apirl. 29th", not "Apirl 29.5"), or between a day and a year
# ("29 Apirl 2009", "29 Apirl, 2009"). CAPWORD starts with a character class so that re skips ahead fast.
CAPWORD = re.compile(r"[A-Z][a-z]{3,9}\b")
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_FOLLOWS = re.compile(rf"\.?[^\S\n]+{DAY}\b(?![\d,.:]\d)")
YEAR_FOLLOWS = re.compile(r",?[^\S\n]+\d{4}\b")
DAY_PRECEDES = re.compile(rf"(?<![\d.,:])\b{DAY}[^\S\n]+\Z")

BOILERPLATE_KINDS = ("dateline", "credit", "signoff", "outlet_line", "byline", "web", "inline_credit")
# Kinds that count only when the text they match names a known outlet.
NEED_OUTLET = ("dateline", "credit", "outlet_line", "inline_credit")


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
class Hit:
    """What a boilerplate rule did to a paragraph: the text kept, the text removed, the outlet named
    (canonical) and the outlet's name as written."""

    kept: str
    removed: str
    outlet: str = ""
    outlet_text: str = ""


@dataclass(frozen=True)
class BoilerplateRule:
    """One row of data/boilerplate.csv."""

    kind: str
    pattern: re.Pattern[str]
    reason: str
    example: str = ""
    removed: str = ""
    outlet: str = ""

    def apply(self, paragraph: str) -> Hit | None:
        """The rule's effect on one paragraph, or None when it does not apply.

        ``dateline`` removes the matched start of the paragraph; ``inline_credit`` removes nothing but
        names the outlet; every other kind removes the whole paragraph when it matches all of it.
        """
        if self.kind == "inline_credit":
            for m in self.pattern.finditer(paragraph):
                outlet, written = outlet_in(m.group("outlet"))
                if outlet:
                    return Hit(paragraph, "", outlet, written)
            return None
        m = self.pattern.match(paragraph) if self.kind == "dateline" else self.pattern.fullmatch(paragraph)
        if not m:
            return None
        outlet = written = ""
        if "outlet" in self.pattern.groupindex and m.group("outlet"):
            written = m.group("outlet").strip()
            outlet = known_outlet(written)
        if self.kind in NEED_OUTLET and not outlet:
            return None
        if self.kind == "dateline":
            return Hit(paragraph[m.end():].strip(), paragraph[: m.end()].strip(), outlet, written)
        return Hit("", paragraph, outlet, written)


@dataclass(frozen=True)
class OutletAlias:
    """One row of data/outlets.csv: a name as written and the outlet it stands for."""

    alias: str
    outlet: str
    reason: str
    example: str


@dataclass(frozen=True)
class MonthRule:
    """One entry of data/months.toml: a month name (``fixed`` set) or a word that is not a month."""

    word: str
    is_month: bool
    reason: str
    example: str
    fixed: str = ""


def read_csv_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The rows of a rules CSV with their line numbers; ValueError if a required column is missing or empty."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            values = {k: (v or "") for k, v in row.items() if k}
            for c in ("reason", "example"):
                if c in required and not values[c].strip():
                    raise ValueError(f"{path.name}:{reader.line_num}: empty {c}")
            rows.append((reader.line_num, values))
    return rows


def load_outlets(path: Path) -> tuple[OutletAlias, ...]:
    """The aliases of an outlets file (``alias,outlet,reason,example``); ValueError for an alias listed twice."""
    aliases: dict[str, OutletAlias] = {}
    for line, row in read_csv_rows(path, ("alias", "outlet", "reason", "example")):
        alias = row["alias"].strip()
        if not alias or not row["outlet"].strip():
            raise ValueError(f"{path.name}:{line}: empty alias or outlet")
        if alias in aliases:
            raise ValueError(f"{path.name}:{line}: alias {alias!r} listed twice")
        aliases[alias] = OutletAlias(alias, row["outlet"].strip(), row["reason"], row["example"])
    in_capitals: dict[str, str] = {}
    for a in aliases.values():
        if in_capitals.setdefault(a.alias.upper(), a.outlet) != a.outlet:
            raise ValueError(f"{path.name}: {a.alias.upper()!r} in capitals names two outlets")
    return tuple(aliases.values())


def load_boilerplate(path: Path) -> tuple[BoilerplateRule, ...]:
    """The rules of a boilerplate file (``kind,pattern,reason,example,removed,outlet``), compiled;
    ValueError for an unknown kind, a bad pattern or a pattern listed twice."""
    rules: list[BoilerplateRule] = []
    seen: set[str] = set()
    for line, row in read_csv_rows(path, ("kind", "pattern", "reason", "example", "removed", "outlet")):
        kind, pattern = row["kind"].strip(), row["pattern"]
        if kind not in BOILERPLATE_KINDS:
            raise ValueError(f"{path.name}:{line}: unknown kind {kind!r} (one of {', '.join(BOILERPLATE_KINDS)})")
        if pattern in seen:
            raise ValueError(f"{path.name}:{line}: pattern listed twice")
        seen.add(pattern)
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{path.name}:{line}: bad pattern ({exc})") from None
        if kind in NEED_OUTLET and "outlet" not in compiled.groupindex:
            raise ValueError(f"{path.name}:{line}: a {kind} pattern needs an (?P<outlet>...) group")
        rules.append(BoilerplateRule(kind, compiled, row["reason"], row["example"], row["removed"].strip(),
                                     row["outlet"].strip()))
    return tuple(rules)


def load_months(path: Path) -> tuple[MonthRule, ...]:
    """The month names and not-month words of a months file; ValueError for a word listed twice."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    rules: dict[str, MonthRule] = {}
    for section, key, is_month in (("months", "name", True), ("not_months", "word", False)):
        for i, entry in enumerate(data.get(section, []), 1):
            where = f"{path.name}: [[{section}]] #{i}"
            word = str(entry.get(key, "")).strip()
            if not word:
                raise ValueError(f"{where}: no {key}")
            if word in rules:
                raise ValueError(f"{where}: {word!r} listed twice")
            for field in ("reason", "example") + (("fixed",) if is_month else ()):
                if not str(entry.get(field, "")).strip():
                    raise ValueError(f"{where}: empty {field}")
            rules[word] = MonthRule(word, is_month, entry["reason"], entry["example"], entry.get("fixed", ""))
    if not any(r.is_month for r in rules.values()):
        raise ValueError(f"{path.name}: no months")
    return tuple(rules.values())


@lru_cache(maxsize=1)
def outlet_aliases() -> tuple[OutletAlias, ...]:
    """The rows of data/outlets.csv."""
    return load_outlets(data_file("outlets.csv"))


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Alias -> canonical outlet name, from data/outlets.csv."""
    return {a.alias: a.outlet for a in outlet_aliases()}


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The boilerplate patterns of data/boilerplate.csv, compiled, in the order they are tried."""
    return load_boilerplate(data_file("boilerplate.csv"))


@lru_cache(maxsize=1)
def month_rules() -> tuple[MonthRule, ...]:
    """The entries of data/months.toml."""
    return load_months(data_file("months.toml"))


@lru_cache(maxsize=1)
def month_lexicon() -> tuple[tuple[str, ...], frozenset[str]]:
    """Month names and the capitalised words that look like one but are not."""
    rules = month_rules()
    return tuple(r.word for r in rules if r.is_month), frozenset(r.word for r in rules if not r.is_month)


@lru_cache(maxsize=1)
def outlets_in_capitals() -> dict[str, str]:
    """Alias in capitals -> canonical outlet name ('AL JAZEERA' -> Al Jazeera)."""
    return {a.alias.upper(): a.outlet for a in outlet_aliases()}


def known_outlet(name: str) -> str:
    """Canonical outlet for a name as written, or '' when it is not a known outlet. A name written all in
    capitals ('SOURCE: AL JAZEERA', 'MOSCOW (REUTERS) -') is looked up in capitals; mixed case must match
    the alias exactly, but for '&' written for 'and'."""
    name = name.strip()
    found = outlets().get(name) or outlets().get(name.removeprefix("The ").strip(), "")
    if not found and " & " in name:
        return known_outlet(name.replace(" & ", " and "))
    if found or not name.isupper():
        return found
    return outlets_in_capitals().get(name) or outlets_in_capitals().get(name.removeprefix("THE ").strip(), "")


def outlet_in(name: str) -> tuple[str, str]:
    """The outlet named at the end of a run of words ('Yesterday Sky News' -> Sky News) and its name as
    written, or ('', '')."""
    words = name.split()
    for i in range(len(words)):
        written = " ".join(words[i:])
        if outlet := known_outlet(written):
            return outlet, written
    return "", ""


def is_plain(text: str) -> bool:
    """Whether ftfy would do nothing to ``text`` but straighten its quotes (see :data:`PLAIN`)."""
    return PLAIN.fullmatch(text) is not None and ("&" not in text or ENTITY.search(text) is None)


def uncurl(text: str) -> str:
    """Curly quotes straightened, as ftfy does."""
    if text.isascii():
        return text
    for curly, straight in UNCURL:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def repair(text: str, repair_all: bool = False) -> str:
    """ftfy's fixes (mojibake, entities, odd characters, straight quotes), line by line; lines of plain
    characters only get their quotes straightened, which is all ftfy would do to them."""
    if repair_all:
        return ftfy.fix_text(text, FTFY_CONFIG)
    if is_plain(text):
        return uncurl(text)
    return "".join(uncurl(seg) if is_plain(seg) else ftfy.fix_text(seg, FTFY_CONFIG)
                   for seg in SEGMENT.findall(text))


def tidy_lines(text: str) -> str:
    """One paragraph per line, single spaces, no blank lines: what ``" ".join(line.split())`` for each of
    ``text.splitlines()`` gives, without splitting the lines that hold no whitespace but single inner spaces
    (a printable line holds no whitespace but ' ')."""
    lines = []
    for line in text.split("\n"):
        if line.isprintable():
            line = line.strip(" ")
            if "  " in line:
                line = " ".join(line.split())
            if line:
                lines.append(line)
        else:  # other whitespace, maybe other line breaks ('\r', '\u2028')
            lines.extend(tidy for sub in line.splitlines() if (tidy := " ".join(sub.split())))
    return "\n".join(lines)


# Hard-wrapped copy (print pages, PDF and archive exports, e-mail): most lines stop near one width, under
# WRAP_WIDTH_MAX characters, and most of the full ones stop inside a sentence.
WRAP_WIDTH_MAX = 100
WRAP_WIDTH_MIN = 25
WRAP_FULL = 0.6  # a line this share of the width or longer was filled to the width: its break is a wrap
WRAP_MIN_FULL_LINES = 8
WRAP_OPEN_SHARE = 0.6
WRAP_RUN_ON_SHARE = 0.4  # of the open full lines, those whose next line starts in lower case: a sentence runs on
ENDS_SENTENCE = re.compile(r"[.!?:;][\"'”’)\]]*$")
SPLIT_WORD = re.compile(r"(?P<left>[A-Za-z]*[a-z])-$")
# A line that starts a block of its own, never a wrapped line's rest: a label ('Eds:', 'Section:'), a byline,
# a dateline ('MOSCOW (AP) -')
OPENS_BLOCK = re.compile(r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}:\s|By\s|[A-Z][A-Z.'/ -]{2,}(?:,[^(]{0,30})?\s*\()")


def wrap_width(lines: Sequence[str]) -> int:
    """The width at which ``lines`` (stripped, non-blank) were hard-wrapped, or 0 when they were not: the
    90th percentile of their lengths, if most lines about that long stop inside a sentence that the next
    line often carries on in lower case."""
    if len(lines) < WRAP_MIN_FULL_LINES:
        return 0
    lengths = sorted(map(len, lines))
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX:
        return 0
    full = [i for i, line in enumerate(lines) if len(line) >= WRAP_FULL * width]
    open_lines = [i for i in full if ENDS_SENTENCE.search(lines[i]) is None]
    run_on = sum(i + 1 < len(lines) and lines[i + 1][:1].islower() for i in open_lines)
    return width if (len({lines[i] for i in full}) >= WRAP_MIN_FULL_LINES
                     and len(open_lines) >= WRAP_OPEN_SHARE * len(full)
                     and run_on >= WRAP_RUN_ON_SHARE * len(open_lines)) else 0


def unwrap_lines(text: str) -> str:
    """Hard-wrapped text with each paragraph on one line again: a full line (see :func:`wrap_width`) that
    stops inside a sentence runs on into the next line; a word hyphenated across the break is mended
    ('coun-' 'tries'), unless the article writes it with its hyphen elsewhere. Mastheads (capitals, bars),
    labels, bylines and datelines stay lines of their own. Other text, and so unwrapped text (whose lines are
    paragraphs), is returned as it is."""
    lines = [line.strip() for line in text.split("\n")]
    width = wrap_width([line for line in lines if line])
    if not width:
        return text
    flat = text.replace("\n", " ")  # where a hyphenated word is looked for elsewhere in the article
    out: list[str] = []
    runs_on = False
    for line in lines:
        if runs_on and line and OPENS_BLOCK.match(line) is None and "|" not in line:
            split = SPLIT_WORD.search(out[-1])
            tail = re.match(r"[a-z]+", line)
            if split is None:
                out[-1] = f"{out[-1]} {line}"
            elif tail and f"{split.group('left')}-{tail.group()}" not in flat:
                out[-1] = out[-1][:-1] + line  # 'coun-' 'tries'
            else:
                out[-1] += line  # 'well-' 'known' where the article writes 'well-known'; 'mid-' 'August'
        else:
            out.append(line)
        runs_on = (bool(line) and len(line) >= WRAP_FULL * width and ENDS_SENTENCE.search(line) is None
                   and "|" not in line and not line.isupper())
    return "\n".join(out)


def tidy_repaired(text: str) -> str:
    """What :func:`normalise_once` does after the repair: NFC, no invisible characters, :func:`tidy_lines`."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", INVISIBLE.sub("", text))
    return tidy_lines(text)


def normalise_once(text: str, repair_all: bool = False) -> str:
    """One pass of :func:`normalise`."""
    return tidy_repaired(repair(text, repair_all))


def normalise(text: str, repair_all: bool = False) -> str:
    """Unicode repair (mojibake, entities, NFC, straight quotes, no invisible characters) and whitespace:
    one paragraph per line, single spaces, no blank lines. Idempotent.

    ``repair_all`` runs ftfy on every line instead of only where needed; the result is the same.
    """
    for _ in range(MAX_PASSES):
        if not repair_all and is_plain(text):  # plain text comes out plain and already settled
            return tidy_repaired(uncurl(text))  # normalise_once(text), whose repair only uncurls plain text
        fixed = normalise_once(text, repair_all)
        if fixed == text:
            return fixed
        text = fixed
    return text


@lru_cache(maxsize=4096)
def correct_month(word: str) -> str | None:
    """The month a capitalised word misspells, or None ('Apirl' -> 'April'; 'Mary' -> None)."""
    months, not_months = month_lexicon()
    if word in months or word in not_months or len(word) < 4:
        return None
    return nearest_month(word, months)


def nearest_month(word: str, months: tuple[str, ...]) -> str | None:
    """The first month that ``word`` is close enough to (see data/months.toml), or None."""
    for month in months:
        if month[0] != word[0] or month.startswith(word):
            continue
        limit = 1 if len(month) <= 5 else 2
        if OSA.distance(word.lower(), month.lower()) <= limit:
            return month
    return None


MONTH_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|from|by|early|late|mid-?)\s+$", re.I)


def in_date(text: str, match: re.Match[str]) -> bool:
    """Whether the capitalised word matched stands where a month stands in a date."""
    start, end = match.span()
    if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False  # not the start of a word
    if DAY_FOLLOWS.match(text, end):
        return True
    return YEAR_FOLLOWS.match(text, end) is not None and (
        DAY_PRECEDES.search(text, 0, start) is not None or
        MONTH_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is not None)  # 'in Arpil 2015'


def date_words(text: str) -> list[str]:
    """The capitalised words of ``text`` that stand where a month stands in a date, misspelt or not."""
    return [m.group() for m in CAPWORD.finditer(text) if in_date(text, m)]


@lru_cache(maxsize=1)
def month_capword() -> re.Pattern[str]:
    """:data:`CAPWORD` for the words that start like a month (the only ones :func:`correct_month` can fix):
    a third of the capitalised words to look up."""
    months, _ = month_lexicon()
    initials = "".join(sorted({m[0] for m in months}))
    if not CAPWORD.pattern.startswith("[A-Z]") or not re.fullmatch("[A-Z]+", initials):
        return CAPWORD
    return re.compile(f"[{initials}]" + CAPWORD.pattern.removeprefix("[A-Z]"))


# A long month's name ('Decmber') misspelt after 'in' or 'since' is a month even with no day or year after it: no
# name of a place or person is that near to one (a short one is: 'in Marcy')
LONG_MONTH = 7


def fix_month_names(text: str) -> tuple[str, int]:
    """Misspelt month names that are part of a date, or long ones after a preposition of time ('in Decmber'),
    fixed; returns the text and the number of fixes."""
    pieces: list[str] = []
    last = 0
    for m in month_capword().finditer(text):
        month = correct_month(m.group())
        if month is not None and (in_date(text, m) or len(month) >= LONG_MONTH and
                                  MONTH_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            pieces += [text[last:m.start()], month]
            last = m.end()
    if not pieces:
        return text, 0
    return "".join(pieces) + text[last:], len(pieces) // 2


# Characters that every match of some rules holds (the two datelines, which cost half of the screen, need a '('
# or a '/'): those rules are screened apart, only in the paragraphs that hold their character.
SCREEN_CHARS = ("(", "/")


@lru_cache(maxsize=1)
def boilerplate_screens() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """All the rules but the inline credits as a few patterns, (character, pattern): a paragraph none of them
    matches at its start is left alone by every rule, so most paragraphs cost a match or two instead of one per
    rule. The rules that need a character of :data:`SCREEN_CHARS` are in its pattern, tried only on the
    paragraphs that hold it; the others in the first one ('': tried on every paragraph)."""
    groups: dict[str, list[re.Pattern[str]]] = {c: [] for c in ("", *SCREEN_CHARS)}
    for rule in boilerplate_rules():
        if rule.kind != "inline_credit":
            groups[next((c for c in SCREEN_CHARS if needs_any(rule, c)), "")].append(rule.pattern)
    return tuple((c, any_of(patterns)) for c, patterns in groups.items() if patterns)


def needs_any(rule: BoilerplateRule, chars: str) -> bool:
    """Whether every match of the rule holds one of ``chars``: each literal of its cue (one of which is in
    every match) holds one of them, case-sensitively."""
    cue = cue_of(rule.pattern)
    return bool(chars) and bool(cue) and all(not ci and any(c in s for c in chars) for s, ci in cue)


def may_be_boilerplate(paragraph: str) -> bool:
    """False when no rule but the inline credits can apply to the paragraph (see :func:`boilerplate_screens`)."""
    for char, screen in boilerplate_screens():
        if char in paragraph and screen.match(paragraph) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def inline_credit_rules() -> tuple[tuple[BoilerplateRule, Screened], ...]:
    """The inline credit rules (in file order), each with a screen of the literals one of which is in
    every match of its pattern (read off it): most paragraphs hold none ('has learnt', 'correspondent'), and
    searching a pattern that can start at every capital costs more than all the rest of cleaning."""
    return tuple((r, Screened(r.pattern)) for r in boilerplate_rules() if r.kind == "inline_credit")


def strip_boilerplate(paragraph: str) -> tuple[str, str, str]:
    """One paragraph without boilerplate: (kept text, removed text, outlet named by it).

    The first rule (in file order, inline credits aside) that applies wins; nothing removed gives
    ``(paragraph, '', '')``.
    """
    if not may_be_boilerplate(paragraph):
        return paragraph, "", ""
    for rule in boilerplate_rules():
        if rule.kind == "inline_credit":
            continue
        hit = rule.apply(paragraph)
        if hit is not None:
            return hit.kept, hit.removed, hit.outlet
    return paragraph, "", ""


def inline_outlet(paragraphs: Sequence[str]) -> str:
    """The first outlet credited inside kept paragraphs ('(The Associated Press)', 'Sky News has learnt'); the
    rules whose cues the whole text lacks are not tried on any of them."""
    text = "\n".join(paragraphs)
    rules = [(rule, screen) for rule, screen in inline_credit_rules() if screen.may_match(text)]
    for paragraph in paragraphs if rules else ():
        for rule, screen in rules:
            if screen.may_match(paragraph) and (hit := rule.apply(paragraph)) is not None:
                return hit.outlet
    return ""


# A site that is no known outlet names itself twice: in a masthead on one of its first lines and in its copyright
# footer ('BRNO DAILY' ... '© 2021 Brno Daily | Privacy Policy'). Either alone may be a menu item or a publisher.
COPYRIGHT_MARK = re.compile(r"©|\([cC]\)|\bCopyright\b")
NAME_BREAK = re.compile(r"\s+[-–—|/]\s+|\s*\|\s*|[.,]\s+|\b(?:19|20)\d\d\b")
MASTHEAD_LINES = 5
MASTHEAD_WORDS = 5


def name_parts(text: str) -> list[str]:
    """The short runs of words a line's separators, stops and years leave ('Vindobona.org - Vienna News © 2018'
    -> 'Vindobona.org', 'Vienna News')."""
    parts = (p.strip(" .:;©") for p in NAME_BREAK.split(text))
    return [p for p in parts if p and len(p.split()) <= MASTHEAD_WORDS]


def same_name(name: str) -> str:
    """A name as compared: 'THE SLOVENIA TIMES' and 'The Slovenia Times' are one."""
    return name.lower().removeprefix("the ")


def masthead_outlet(paragraphs: Sequence[str]) -> str:
    """The site a page's masthead and copyright footer both name, as the masthead writes it unless it is in
    capitals; '' when they do not agree."""
    footer = {same_name(part): part for p in paragraphs if COPYRIGHT_MARK.search(p)
              for piece in COPYRIGHT_MARK.split(p) for part in name_parts(piece)}
    for line in paragraphs[:MASTHEAD_LINES] if footer else ():
        head = name_parts(line)[:1]
        if head and (written := footer.get(same_name(head[0]))) is not None and not COPYRIGHT_MARK.search(line):
            return written if head[0].isupper() else head[0]
    return ""


def settle_paragraph(paragraph: str) -> tuple[str, list[str], str, int]:
    """A normalised paragraph with all its boilerplate removed and its month names fixed, repeated until
    nothing changes: (kept text, pieces removed, first outlet named, month fixes)."""
    removed: list[str] = []
    outlet = ""
    fixes = 0
    for _ in range(MAX_PASSES):
        kept, junk, named = strip_boilerplate(paragraph)
        if junk:
            removed.append(junk)
            outlet = outlet or named
        kept, n = fix_month_names(recase_capitals(kept))
        fixes += n
        if kept == paragraph:
            break
        paragraph = normalise(kept).replace("\n", " ")
    return paragraph, removed, outlet, fixes


# A paragraph set in capitals, as tickers and wire flashes are: five words or more, no lower-case letter (a
# shorter line in capitals is a running head or a dateline, read as such).
CAPITALS = re.compile(r"(?=(?:[^a-z]*?\b[A-Z][A-Z'’-]+\b){5})[^a-z]*")
CAPITAL_WORD = re.compile(r"\b[A-Z][A-Z'’]*\b")


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """Words kept in capitals when a paragraph in capitals is recased: those the actor names and outlet
    aliases write so ('NATO', 'EU', 'TASS'), and a few more of the field (data/acronyms.csv)."""
    words: set[str] = set()
    for _, row in read_csv_rows(data_file("actors.csv"), ("pattern",)):
        words.update(re.findall(r"(?<![\\\w])[A-Z]{2,}(?![a-z])", row["pattern"]))
    words.update(w for a in outlet_aliases() for w in re.findall(r"\b[A-Z]{2,}\b", a.alias))
    words.update(row["word"] for _, row in read_csv_rows(data_file("acronyms.csv"), ("word", "meaning")))
    return frozenset(words)


def recase_capitals(paragraph: str) -> str:
    """A paragraph set in capitals ('RUSSIA SUSPENDS ALL MILITARY CONTACTS WITH TURKEY') in title case, its
    acronyms kept, so that names and dates read as in any other paragraph; others unchanged."""
    if not CAPITALS.fullmatch(paragraph):
        return paragraph
    keep = acronyms()
    return CAPITAL_WORD.sub(lambda m: m.group(0) if m.group(0) in keep else m.group(0)[0] + m.group(0)[1:].lower(),
                            paragraph)


# A footnote's number printed after a word's punctuation, as print and PDF copy keep it ('in 880 tanks.3 Moscow
# said', 'could be involved,2 while'): after two lower-case letters, one or two digits and then a space or the end.
# (The punctuation first, the letters looked back at: a pattern that opens with a character set is searched for
# that set's characters only, four times as fast.)
FOOTNOTE_MARK = re.compile(r"([.,;:”\"’)])(?<=[a-z][a-z][.,;:”\"’)])\d{1,2}(?=\s|$)", re.M)


def drop_footnote_marks(text: str) -> str:
    """The text without footnote numbers glued to the punctuation after a word (:data:`FOOTNOTE_MARK`)."""
    return FOOTNOTE_MARK.sub(r"\1", text)


def clean_text(text: str) -> CleanArticle:
    """Clean one article's text; see the module docstring for what changes.

    ``n_month_fixes`` counts the fixes in the paragraphs kept (a fix in a repeated paragraph is not
    counted twice); ``source`` is the outlet named by the first boilerplate, else by an inline credit.
    """
    normalised = drop_footnote_marks(normalise(unwrap_lines(text)))
    kept: list[str] = []
    seen: set[str] = set()
    removed: list[str] = []
    duplicates = 0
    n_month_fixes = 0
    source = inline_source = ""
    for paragraph in normalised.split("\n") if normalised else []:
        body, junk, outlet, fixes = settle_paragraph(paragraph)
        removed.extend(junk)
        source = source or outlet
        if not body:
            continue
        if body in seen:
            duplicates += 1
            continue
        seen.add(body)
        n_month_fixes += fixes
        kept.append(body)
    if not source:  # an inline credit is read only for an article whose boilerplate names no outlet
        inline_source = inline_outlet(kept) or masthead_outlet(normalised.split("\n"))
    return CleanArticle(
        text="\n".join(kept),
        paragraphs=tuple(kept),
        n_duplicate_paragraphs=duplicates,
        n_month_fixes=n_month_fixes,
        n_boilerplate=len(removed),
        source=source or inline_source,
        boilerplate=tuple(removed),
    )


# Checks that each rule does what its row says on its own example (run by the tests).


def check_outlet(alias: OutletAlias) -> None:
    """ValueError unless cleaning the alias's example names its outlet through this very alias."""
    if alias.alias not in alias.example:
        raise ValueError(f"outlets.csv: the example for {alias.alias!r} does not contain it")
    written = ""
    for paragraph in normalise(alias.example).split("\n"):
        for rule in boilerplate_rules():
            hit = rule.apply(paragraph)
            if hit is not None and hit.outlet:
                written = written or hit.outlet_text
    if known_outlet(written) != alias.outlet or written.removeprefix("The ") != alias.alias.removeprefix("The "):
        raise ValueError(f"outlets.csv: the example for {alias.alias!r} names {written or 'no outlet'!r}")
    source = clean_text(alias.example).source
    if source != alias.outlet:
        raise ValueError(f"outlets.csv: the example for {alias.alias!r} gives source {source!r}, "
                         f"not {alias.outlet!r}")


def check_boilerplate_rule(rule: BoilerplateRule) -> None:
    """ValueError unless the rule applies to its example with the expected removal and outlet, and
    cleaning the example does the same (no earlier rule takes over)."""
    label = f"boilerplate.csv: {rule.kind} rule {rule.pattern.pattern[:40]!r}"
    hit = rule.apply(normalise(rule.example))
    if hit is None:
        raise ValueError(f"{label} does not match its example {rule.example!r}")
    if (hit.removed, hit.outlet) != (rule.removed, rule.outlet):
        raise ValueError(f"{label} removes {hit.removed!r} naming {hit.outlet!r} in its example, "
                         f"expected {rule.removed!r} naming {rule.outlet!r}")
    cleaned = clean_text(rule.example)
    expected = (rule.removed,) if rule.removed else ()
    if cleaned.boilerplate != expected or cleaned.source != rule.outlet:
        raise ValueError(f"{label}: cleaning its example removes {cleaned.boilerplate} naming "
                         f"{cleaned.source!r}, expected {expected} naming {rule.outlet!r}")


def check_month_rule(rule: MonthRule) -> None:
    """ValueError unless a month's example gets fixed as ``fixed`` says, or a not-month word's example
    would be 'fixed' without its entry and is left alone with it."""
    fixed, n = fix_month_names(rule.example)
    if rule.is_month:
        if n != 1 or rule.fixed not in fixed or rule.fixed in rule.example:
            raise ValueError(f"months.toml: the example for {rule.word} gives {fixed!r} ({n} fixes), "
                             f"expected one fix giving {rule.fixed!r}")
        return
    months, _ = month_lexicon()
    if rule.word not in date_words(rule.example) or nearest_month(rule.word, months) is None or len(rule.word) < 4:
        raise ValueError(f"months.toml: {rule.word!r} would not be taken for a month in its example "
                         f"{rule.example!r}; the entry is not needed")
    if n:
        raise ValueError(f"months.toml: the example for {rule.word!r} is still changed: {fixed!r}")
