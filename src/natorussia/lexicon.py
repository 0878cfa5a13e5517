"""The rules files under ``data/``, loaded once and checked: a duplicate rule or a pattern that does not
compile raises, so a new case is a data edit, never a code edit."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from natorussia.cues import CueIndex
from natorussia.dates import PartialDate
from natorussia.paths import data_file


class RulesError(ValueError):
    """A rules file is malformed: duplicate rule, bad pattern or unknown code."""


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a rules file; a row with more fields than its header (an unquoted comma) is an error."""
    with data_file(name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = []
        for row in reader:
            if None in row:
                raise RulesError(f"{name}: line {reader.line_num} has more fields than the header "
                                 "(quote a field that holds a comma)")
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows


def compile_pattern(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise RulesError(f"{name}: bad pattern {pattern!r}: {exc}") from None


def unique(name: str, keys: list[tuple]) -> None:
    seen = set()
    for key in keys:
        if key in seen:
            raise RulesError(f"{name}: rule {key!r} is listed twice")
        seen.add(key)


@dataclass(frozen=True)
class ActorRule:
    code: str
    kind: str
    pattern: re.Pattern[str]
    reason: str
    example: str


@dataclass(frozen=True)
class TriggerRule:
    event_type: str
    form: str
    pattern: re.Pattern[str]
    reason: str
    example: str
    lower: re.Pattern[str] | None = None  # the same pattern for lower-cased text (faster than IGNORECASE)


@dataclass(frozen=True)
class EventType:
    event_type: str
    cameo: str
    goldstein: float
    quad_class: int
    default_actor: str
    default_target: str
    symmetric: bool


@dataclass(frozen=True)
class ReferenceEvent:
    event_type: str
    actor: str
    target: str
    count: int | None
    keywords: re.Pattern[str] | None
    date: PartialDate
    scope: str
    description: str
    source: str


@lru_cache(maxsize=1)
def actor_rules() -> tuple[ActorRule, ...]:
    """Actor names, places, people and nationalities with their codes (data/actors.csv)."""
    rows = read_rows("actors.csv")
    unique("actors.csv", [(r["code"], r["kind"]) for r in rows])
    return tuple(ActorRule(r["code"], r["kind"], compile_pattern("actors.csv", rf"(?<![\w-])(?:{r['pattern']})(?![\w-])"),
                           r["reason"], r["example"]) for r in rows)


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[TriggerRule, ...]:
    """Words and phrases that report an event, by event type (data/triggers.csv)."""
    rows = read_rows("triggers.csv")
    unique("triggers.csv", [(r["event_type"], r["pattern"]) for r in rows])
    types = event_types()
    for r in rows:
        if r["event_type"] not in types:
            raise RulesError(f"triggers.csv: unknown event type {r['event_type']!r}")
    for r in rows:
        if re.search(r"\\[A-Z]|\(\?P", r["pattern"]):
            raise RulesError(f"triggers.csv: use only lower-case escapes and no named groups: {r['pattern']!r}")
    return tuple(TriggerRule(r["event_type"], r["form"], compile_pattern("triggers.csv", r["pattern"], re.I),
                             r["reason"], r["example"], compile_pattern("triggers.csv", r["pattern"].lower()))
                 for r in rows)


@lru_cache(maxsize=1)
def trigger_cues() -> CueIndex:
    """The literal cues of the trigger rules' lower-case patterns (in rule order): which rules can match a
    lower-cased sentence at all, so that the others are not run (derived from the patterns, never listed)."""
    return CueIndex.build([r.lower for r in trigger_rules()])


@lru_cache(maxsize=1)
def in_kind_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Phrases of a measure answered with the same measure ('retaliated in kind', 'took mirror measures'),
    lower-case patterns for lower-cased text (data/in_kind.csv)."""
    rows = read_rows("in_kind.csv")
    unique("in_kind.csv", [(r["pattern"],) for r in rows])
    return tuple((compile_pattern("in_kind.csv", r["pattern"].lower()), r["reason"], r["example"]) for r in rows)


@lru_cache(maxsize=1)
def in_kind_cues() -> CueIndex:
    """The literal cues of :func:`in_kind_rules`: the rules run only on sentences that hold one."""
    return CueIndex.build([p for p, _, _ in in_kind_rules()])


@lru_cache(maxsize=1)
def modality_rules() -> tuple[tuple[str, re.Pattern[str], str, str], ...]:
    """Cues of negated, hypothetical or merely proposed actions (data/modality.csv)."""
    rows = read_rows("modality.csv")
    unique("modality.csv", [(r["kind"], r["pattern"]) for r in rows])
    return tuple((r["kind"], compile_pattern("modality.csv", r["pattern"], re.I), r["reason"], r["example"])
                 for r in rows)


def quad_class(cameo: str) -> int:
    """CAMEO quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> Goldstein weight, as published with the GDELT 1.0 codebook (data/cameo_goldstein.tsv)."""
    with data_file("cameo_goldstein.tsv").open(encoding="utf-8", newline="") as f:
        return {r["cameo_code"]: float(r["goldstein"]) for r in csv.DictReader(f, delimiter="\t")}


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The eleven event types of the contract with CAMEO code, Goldstein weight and defaults."""
    weights = goldstein_table()
    rows = read_rows("event_types.csv")
    unique("event_types.csv", [(r["event_type"],) for r in rows])
    table = {}
    for r in rows:
        if r["cameo"] not in weights:
            raise RulesError(f"event_types.csv: CAMEO code {r['cameo']!r} not in cameo_goldstein.tsv")
        table[r["event_type"]] = EventType(r["event_type"], r["cameo"], weights[r["cameo"]], quad_class(r["cameo"]),
                                           r["default_actor"], r["default_target"], r["symmetric"] == "yes")
    return table


# A reference's scope: a landmark is named any time after; news only around its day; a title ('President-elect
# Biden') is named only after the event that gave it, and never as one to come.
SCOPES = ("landmark", "news", "title")


@lru_cache(maxsize=1)
def reference_events() -> tuple[ReferenceEvent, ...]:
    """Well-known dated events, each with its source (data/reference_events.csv)."""
    rows = read_rows("reference_events.csv")
    unique("reference_events.csv", [(r["event_type"], r["actor"], r["target"], r["count"], r["keywords"], r["date"])
                                    for r in rows])
    out = []
    for r in rows:
        if not r["source"].startswith("http"):
            raise RulesError(f"reference_events.csv: {r['description']!r} has no source")
        if not r["keywords"] and not r["count"]:
            raise RulesError(f"reference_events.csv: {r['description']!r} needs keywords or a count")
        if r["scope"] not in SCOPES:
            raise RulesError(f"reference_events.csv: {r['description']!r} has scope {r['scope']!r}, not one of {SCOPES}")
        out.append(ReferenceEvent(
            r["event_type"], r["actor"], r["target"], int(r["count"]) if r["count"] else None,
            compile_pattern("reference_events.csv", r["keywords"]) if r["keywords"] else None,
            PartialDate.parse(r["date"]), r["scope"], r["description"], r["source"]))
    return tuple(out)


@dataclass(frozen=True)
class OfficeTerm:
    holder: str
    office: str
    name: str  # a literal every match of the pattern holds: the text is searched only when it has it
    pattern: re.Pattern[str]
    start: PartialDate
    example: str
    source: str


@lru_cache(maxsize=1)
def office_terms() -> tuple[OfficeTerm, ...]:
    """When office holders took office (data/office_terms.csv, each with its source), and how a story names them
    with the title ('Secretary of State Mike Pompeo')."""
    rows = read_rows("office_terms.csv")
    unique("office_terms.csv", [(r["pattern"],) for r in rows])
    out = []
    for r in rows:
        if not r["source"].startswith("http"):
            raise RulesError(f"office_terms.csv: {r['holder']!r} has no source")
        term = OfficeTerm(r["holder"], r["office"], r["name"], compile_pattern("office_terms.csv", r["pattern"]),
                          PartialDate.parse(r["start"]), r["example"], r["source"])
        if not term.pattern.search(term.example) or term.name not in term.example:
            raise RulesError(f"office_terms.csv: {r['holder']!r} ({r['office']}) does not name its own example")
        out.append(term)
    return tuple(out)


@lru_cache(maxsize=1)
def official_voices() -> dict[str, str]:
    """Outlet -> the party its own statements speak for, as the actors lexicon names it ('U.S. Department of
    State' -> 'the United States'), from data/official_voices.csv: on their sites 'we' is that party."""
    rows = read_rows("official_voices.csv")
    unique("official_voices.csv", [(r["outlet"],) for r in rows])
    return {r["outlet"]: r["speaks_as"] for r in rows}


@lru_cache(maxsize=1)
def war_sides() -> frozenset[tuple[str, str]]:
    """Who waged which war on whom, from the wars of data/reference_events.csv ('RUS', 'GEO'): a war 'between
    Georgia and Russia' or that Georgia 'fought with Russia' is still Russia's on Georgia."""
    return frozenset((r.actor, r.target) for r in reference_events()
                     if r.event_type == "armed_conflict" and r.actor and r.target)


def series_name(name: str) -> str:
    """The name that keys an exercise series: the first word of an exercise's name or trigger, without a year
    ('Zapad-2017 drills': Zapad; 'Cold Response': Cold)."""
    return name.split()[0].split("-")[0]


@lru_cache(maxsize=1)
def exercise_series() -> dict[str, str]:
    """Who holds an exercise series, by the first word of its name ('Zapad': RUS), from the well-known exercises
    of data/reference_events.csv and the series of data/exercise_series.csv: 'the previous Zapad drills' are
    Russia's whatever their year."""
    series: dict[str, str] = {}
    for ref in reference_events():
        name = re.match(r"[A-Z][a-z]+", ref.keywords.pattern) if ref.keywords is not None else None
        if ref.event_type == "military_exercise" and ref.actor and name:
            series.setdefault(name.group(0), ref.actor)
    for row in read_rows("exercise_series.csv"):
        if not row["source"].startswith("https://"):
            raise RulesError(f"exercise_series.csv: {row['name']!r} has no source")
        series.setdefault(series_name(row["name"]), row["holder"])
    return series


@lru_cache(maxsize=1)
def people_nouns() -> dict[str, list[str]]:
    """Nouns naming staff, troops and government bodies (data/people_nouns.toml)."""
    with data_file("people_nouns.toml").open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def co_belligerents() -> tuple[tuple[str, str], ...]:
    """(force, host): a state whose forces fight beside a host government in its war (data/co_belligerents.csv,
    each pair with its source): the war they wage together is the force's, used in the host's country."""
    rows = read_rows("co_belligerents.csv")
    pairs = [(r["force"], r["host"]) for r in rows]
    unique("co_belligerents.csv", pairs)
    return tuple(pairs)


def actor_names(code: str, kind: str) -> str:
    """The pattern of the names of one kind ('demonym', 'state') for an actor code in data/actors.csv, as written
    there (no word boundaries added), '' if none."""
    return "|".join(r["pattern"] for r in read_rows("actors.csv") if r["code"] == code and r["kind"] == kind)


@lru_cache(maxsize=1)
def west_codes() -> frozenset[str]:
    """Actor codes counted as NATO/West (data/west.csv: each code with the reason it is there)."""
    codes = [r["code"] for r in read_rows("west.csv")]
    unique("west.csv", codes)
    return frozenset(codes)
