"""The extracted tables shaped for the charts and tables of the reports: filtered to a period, event types and
actors, classified by direction, numbered, and each event tied to its sentences and outlets.

Every view reads its tables batch by batch (:func:`natorussia.tables.batches`) from an ``extract`` output
folder (Parquet, streamed, only the columns it needs) or from tables in memory (``natorussia.extract_corpus``),
and keeps only aggregates and a bounded number of rows: a report on a table of millions of events takes about
the memory of one on the seeds. Where a corpus is too large to show row by row, a view keeps the rows a reader
needs most (the most reported events, the first articles by date) or groups them by year, and says so.
:mod:`natorussia.plots` draws what these functions return, and :mod:`natorussia.present` shows it in a
notebook. Every function returns rows sorted in a stable order, so a notebook's output is the same run after
run, and the same whatever the batch size.
"""

from __future__ import annotations

import calendar
import datetime
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import Protocol

import numpy as np
import pandas as pd

from natorussia import lexicon, tables
from natorussia.tables import Source

# The eleven event types of the contract, most hostile first (the order of the timeline's lanes, top down),
# with the label a reader sees and the short noun used to label a key event on the timeline.
EVENT_TYPES: dict[str, tuple[str, str]] = {
    "armed_conflict": ("Armed conflict", "war"),
    "annexation": ("Annexation", "annexation"),
    "sanctions": ("Sanctions", "sanctions"),
    "poisoning": ("Poisoning", "poisoning"),
    "military_exercise": ("Military exercise", "exercise"),
    "suspend_cooperation": ("Cooperation suspended", "cooperation suspended"),
    "cancel_meeting": ("Meeting called off", "meeting called off"),
    "expel_diplomats": ("Diplomats expelled", "expelled"),
    "reduce_mission": ("Mission cut", "mission cut"),
    "suspend_mission": ("Mission or office closed", "mission closed"),
    "talks": ("Talks held", "talks"),
}

# Directions, relative to Russia (actor -> target). The order is the legend's order and the index chart's.
DIRECTIONS: dict[str, str] = {
    "west_to_russia": "NATO/West → Russia",
    "russia_to_west": "Russia → NATO/West",
    "other_to_russia": "Others → Russia",
    "russia_to_other": "Russia → others or unnamed",
    "other": "No Russian party named",
}

# Staff-count measures and the event type each belongs to (an event-type filter keeps or drops them too).
MEASURE_EVENT_TYPE = {"expelled": "expel_diplomats", "mission_cap": "reduce_mission"}
QUALIFIER_SIGNS = {"exact": "", "more_than": "≥", "about": "~", "up_to": "≤"}
QUALIFIER_WORDS = {"exact": "", "more_than": "more than ", "about": "about ", "up_to": "up to "}
RUSSIA = "RUS"
NATO = "NATO"
# An actor that stands for several states at once: its figure may already include the named states' figures.
AGGREGATE_ACTORS = {"WEST"}
UNNAMED_OUTLET = "Outlet not named"
KEY_EVENTS = 6
# How much a report shows row by row; beyond, the views keep the rows named in each function and say so.
MAX_EVENTS = 100        # merged events drawn on the timeline and listed (the most reported)
MAX_EVIDENCE = 10       # sentences listed for one event or staff figure (in article order)
MAX_ARTICLE_ROWS = 60   # articles drawn one row each; beyond, one row per publication year
MAX_TABLE_ROWS = 100    # rows of the articles and staff tables


class Filters(Protocol):
    """What the views need of the notebook's parameters (see :class:`natorussia.params.Params`)."""

    start_year: int
    end_year: int
    event_types: list[str]
    actors: list[str]


def west_actors() -> frozenset[str]:
    """Actor codes counted as NATO/West (``data/west.csv``: each code with the reason it is there)."""
    return lexicon.west_codes()


def direction(actor: str, target: str) -> str:
    """The direction key of an event or a staff figure, from its actor (who acts) and target (who it hits).

    ======================  ==================  ===================
    actor                   target              direction
    ======================  ==================  ===================
    RUS                     NATO/West code      russia_to_west
    NATO/West code          RUS                 west_to_russia
    RUS                     other or empty      russia_to_other
    other (not West)        RUS                 other_to_russia
    anything else                               other
    ======================  ==================  ===================
    """
    west = west_actors()
    actor, target = (actor or "").strip(), (target or "").strip()
    if actor == RUSSIA and target in west:
        return "russia_to_west"
    if actor in west and target == RUSSIA:
        return "west_to_russia"
    if actor == RUSSIA and target != RUSSIA:
        return "russia_to_other"
    if target == RUSSIA and actor != RUSSIA:
        return "other_to_russia"
    return "other"


def directions(actors: pd.Series, targets: pd.Series) -> pd.Series:
    """:func:`direction` of each (actor, target) pair, computed once per distinct pair."""
    pairs = list(zip(actors.astype(str), targets.astype(str), strict=True))
    known = {pair: direction(*pair) for pair in set(pairs)}
    return pd.Series([known[pair] for pair in pairs], index=actors.index, dtype="object")


@dataclass(frozen=True)
class Span:
    """Where a date of day, month or year precision sits on a time axis in decimal years."""

    x: float   # the middle of the day, month or year
    x0: float  # its first instant
    x1: float  # its last instant


def decimal_year(year: int, month: int = 1, day: int = 1) -> float:
    """The instant a day starts as a decimal year (2008-01-01 -> 2008.0)."""
    days = 366 if calendar.isleap(year) else 365
    return year + (datetime.date(year, month, day).timetuple().tm_yday - 1) / days


def date_span(iso: str) -> Span | None:
    """The span of an ISO date of day, month or year precision; None when empty or not a date."""
    parts = (iso or "").strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            y = numbers[0]
            return Span(y + 0.5, float(y), float(y + 1))
        if len(numbers) == 2:
            y, m = numbers
            x0 = decimal_year(y, m)
            x1 = decimal_year(y + 1) if m == 12 else decimal_year(y, m + 1)
            return Span((x0 + x1) / 2, x0, x1)
        if len(numbers) == 3:
            y, m, d = numbers
            x0 = decimal_year(y, m, d)
            x1 = x0 + 1 / (366 if calendar.isleap(y) else 365)
            return Span((x0 + x1) / 2, x0, x1)
    except ValueError:
        return None
    return None


def year_of(iso: str) -> int | None:
    """The year of an ISO date of any precision, None when empty."""
    head = (iso or "")[:4]
    return int(head) if head.isdigit() else None


def in_period(dates: pd.Series, f: Filters) -> pd.Series:
    """True for dates whose year lies in [start_year, end_year] (undated: False)."""
    years = pd.to_numeric(dates.astype("string").str[:4], errors="coerce")
    return years.between(f.start_year, f.end_year).fillna(False).astype(bool)


def keeps_actors(first: pd.Series, second: pd.Series, f: Filters) -> pd.Series:
    """True where no actor filter is set, or either party is one of the actors kept."""
    if not f.actors:
        return pd.Series(True, index=first.index)
    keep = set(f.actors)
    return first.isin(keep) | second.isin(keep)


def keeps_types(event_types: pd.Series, f: Filters) -> pd.Series:
    if not f.event_types:
        return pd.Series(True, index=event_types.index)
    return event_types.isin(set(f.event_types))


def period_label(f: Filters) -> str:
    return str(f.start_year) if f.start_year == f.end_year else f"{f.start_year}–{f.end_year}"


def outlets_of(source: Source, article_ids: set[str]) -> dict[str, str]:
    """The outlet of each of the given articles ('' when it names none), read from the articles table."""
    outlet: dict[str, str] = {}
    if not article_ids:
        return outlet
    for b in tables.batches(source, "articles", ["article_id", "source"]):
        b = b[b["article_id"].isin(article_ids)]
        outlet.update(zip(b["article_id"].astype(str), b["source"].astype(str), strict=True))
    return outlet


def article_index(source: Source) -> pd.Index:
    """Every article id of the tables, once each, in one index (Arrow-backed strings): the positions by which
    the views count articles in a bit or an integer per article rather than in sets of ids."""
    parts = [b["article_id"] for b in tables.batches(source, "articles", ["article_id"])]
    ids = pd.Index(pd.concat(parts, ignore_index=True))
    return ids if ids.is_unique else ids.drop_duplicates()


def positions(ids: pd.Index, values: pd.Series) -> np.ndarray:
    """The positions in ``ids`` of the values found there (values not there are left out)."""
    pos = ids.get_indexer(values)
    return pos[pos >= 0]


def evidence_line(sentence: str, article_id: str, outlet: str) -> str:
    """A sentence with where it was read: ``Text. (a2, AP)``."""
    return f"{sentence} ({article_id}{', ' + outlet if outlet else ''})"


class FirstRows:
    """The ``limit`` first rows of a stream of frames in the order of ``by`` (ties kept in arrival order),
    holding at most ``limit`` + one batch of rows at any time."""

    def __init__(self, by: list[str], limit: int, ascending: bool | list[bool] = True) -> None:
        self.by, self.limit, self.ascending = by, limit, ascending
        self.rows: pd.DataFrame | None = None

    def add(self, df: pd.DataFrame) -> None:
        both = df if self.rows is None else pd.concat([self.rows, df], ignore_index=True)
        self.rows = both.sort_values(self.by, ascending=self.ascending, kind="stable").head(self.limit)

    def frame(self) -> pd.DataFrame:
        return (self.rows if self.rows is not None else pd.DataFrame()).reset_index(drop=True)


# --------------------------------------------------------------------------------------------------- events

TIMELINE_COLUMNS = [
    "number", "merged_id", "event_type", "type_label", "actor", "target", "direction", "direction_label",
    "date", "date_precision", "year", "x", "x0", "x1", "count", "goldstein", "n_articles", "n_sources",
    "outlets", "article_ids", "evidence", "key", "short_label",
]
MERGED_VIEW_COLUMNS = ["merged_id", "event_type", "actor", "target", "date", "date_precision", "count",
                       "goldstein", "n_articles", "n_sources"]


def short_label(event_type: str, actor: str, target: str, count: object) -> str:
    """A few words for a key event on the timeline: ``NATO→RUS: 8 expelled``."""
    noun = EVENT_TYPES.get(event_type, (event_type, event_type))[1]
    has_count = count is not None and not pd.isna(count)
    if has_count and event_type == "expel_diplomats":
        noun = f"{int(count)} expelled"
    elif has_count and event_type == "reduce_mission":
        noun = f"mission cut to {int(count)}"
    parties = f"{actor}→{target}" if target else actor
    return f"{parties}: {noun}" if parties else noun


def merged_in_view(source: Source, f: Filters) -> Iterator[pd.DataFrame]:
    """The merged events of the period, event types and actors kept, batch by batch, each row with its
    ``direction`` and ``year`` (undated events are not in the period)."""
    for b in tables.batches(source, "merged_events", MERGED_VIEW_COLUMNS):
        b = b[in_period(b["date"], f) & keeps_types(b["event_type"], f) & keeps_actors(b["actor"], b["target"], f)]
        if len(b):
            yield b.assign(direction=directions(b["actor"], b["target"]), year=b["date"].str[:4].astype(int))


def mention_evidence(source: Source, merged_ids: set[str],
                     limit: int | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """For each merged event, its first ``limit`` distinct (sentence, article id, outlet as the mention gives
    it), in article order: read from the events table, holding at most ``limit`` rows per event."""
    columns = ["merged_id", "article_id", "sentence_index", "event_id", "sentence", "source"]
    kept = None
    for b in tables.batches(source, "events", columns):
        b = b[b["merged_id"].isin(merged_ids)]
        if not b.empty:
            kept = first_per(kept, b, "merged_id", ["article_id", "sentence_index", "event_id"],
                             limit or MAX_EVIDENCE, distinct=["sentence", "article_id"])
    evidence: dict[str, list[tuple[str, str, str]]] = {}
    if kept is None:
        return evidence
    for mid, aid, sentence, src in zip(kept["merged_id"], kept["article_id"], kept["sentence"], kept["source"],
                                       strict=True):
        evidence.setdefault(str(mid), []).append((str(sentence), str(aid), str(src)))
    return evidence


def timeline(source: Source, f: Filters) -> pd.DataFrame:
    """Merged events of the period, numbered in date order, each with direction, place on the time axis, and
    its evidence: the distinct sentences that report it (the first :data:`MAX_EVIDENCE`), with the article and
    outlet each was read in. Beyond :data:`MAX_EVENTS` events, the most reported ones (articles, then the most
    hostile) are kept (:func:`escalation_facts` says so).

    The numbers are the markers' labels on the timeline and the ``No.`` column of the events table, so a
    reader goes from a marker to its sentences by its number (see :func:`natorussia.plots.timeline`).
    """
    first = FirstRows(["n_articles", "goldstein", "date", "merged_id"], MAX_EVENTS, [False, True, True, True])
    for b in merged_in_view(source, f):
        first.add(b[b["date"].map(date_span).notna()])
    rows = first.frame()
    if rows.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    ids = set(rows["merged_id"].astype(str))
    listed: dict[str, tuple[str, str, str]] = {}
    for b in tables.batches(source, "merged_events", ["merged_id", "article_ids", "sources", "sentence"]):
        b = b[b["merged_id"].isin(ids)]
        for mid, aids, srcs, sentence in zip(b["merged_id"], b["article_ids"], b["sources"], b["sentence"],
                                             strict=True):
            listed[str(mid)] = (str(aids), str(srcs), str(sentence))
    evidence = mention_evidence(source, ids)
    wanted = {aid for items in evidence.values() for _, aid, _ in items}
    wanted |= {a for aids, _, _ in listed.values() for a in aids.split(";")[:1] if a}
    outlet = outlets_of(source, wanted)
    out = []
    for r in rows.itertuples(index=False):
        span = date_span(r.date)
        aids, srcs, sentence = listed.get(str(r.merged_id), ("", "", ""))
        items = [(s, aid, outlet.get(aid, "") or src) for s, aid, src in evidence.get(str(r.merged_id), [])]
        items = items or [(sentence, aid, outlet.get(aid, "")) for aid in aids.split(";") if aid][:1]
        article_ids = sorted({aid for _, aid, _ in items} | {a for a in aids.split(";") if a})
        named = sorted({name for _, _, name in items if name} | {s for s in srcs.split(";") if s})
        out.append({
            "merged_id": str(r.merged_id), "event_type": str(r.event_type),
            "type_label": EVENT_TYPES.get(str(r.event_type), (str(r.event_type), ""))[0],
            "actor": str(r.actor), "target": str(r.target), "direction": str(r.direction),
            "date": str(r.date), "date_precision": str(r.date_precision), "year": int(r.year),
            "x": span.x, "x0": span.x0, "x1": span.x1,
            "count": None if pd.isna(r.count) else int(r.count),
            "goldstein": float(r.goldstein) if not pd.isna(r.goldstein) else 0.0,
            "n_articles": int(r.n_articles) if not pd.isna(r.n_articles) else len(article_ids),
            "n_sources": int(r.n_sources) if not pd.isna(r.n_sources) else len(named),
            "outlets": named, "article_ids": article_ids, "evidence": items,
            "short_label": short_label(str(r.event_type), str(r.actor), str(r.target), r.count),
        })
    df = pd.DataFrame(out, columns=[c for c in TIMELINE_COLUMNS if c not in ("number", "direction_label", "key")])
    lane = {t: i for i, t in enumerate(EVENT_TYPES)}
    df["_lane"] = df["event_type"].map(lane).fillna(len(lane))
    df = df.sort_values(["x", "_lane", "actor", "target", "merged_id"], kind="stable").drop(columns="_lane")
    df = df.reset_index(drop=True)
    df.insert(0, "number", range(1, len(df) + 1))
    df["direction_label"] = df["direction"].map(DIRECTIONS)
    ranked = df.sort_values(["n_articles", "goldstein", "number"], ascending=[False, True, True], kind="stable")
    df["key"] = df["number"].isin(set(ranked["number"].head(KEY_EVENTS)))
    return df[TIMELINE_COLUMNS]


def undated_events(source: Source, f: Filters) -> int:
    """How many merged events (of the types and actors kept) have no date and so cannot be drawn."""
    n = 0
    for m in tables.batches(source, "merged_events", ["event_type", "actor", "target", "date"]):
        keep = (m["date"] == "") & keeps_types(m["event_type"], f) & keeps_actors(m["actor"], m["target"], f)
        n += int(keep.sum())
    return n


def yearly_index(source: Source, f: Filters) -> pd.DataFrame:
    """The escalation index: the sum of the Goldstein weights of the merged events of each year, by direction
    (negative is hostile), over every merged event of the period (not only those drawn). One row per year of
    the period and direction present, zero where nothing happened."""
    columns = ["year", "direction", "direction_label", "index", "n_events"]
    sums: pd.DataFrame | None = None
    for b in merged_in_view(source, f):
        part = b.assign(goldstein=b["goldstein"].fillna(0.0)).groupby(["year", "direction"])["goldstein"].agg(
            ["sum", "size"])
        sums = part if sums is None else sums.add(part, fill_value=0)
    if sums is None:
        return pd.DataFrame(columns=columns)
    present = [d for d in DIRECTIONS if d in set(sums.index.get_level_values("direction"))]
    grid = pd.MultiIndex.from_product([range(f.start_year, f.end_year + 1), present], names=["year", "direction"])
    sums = sums.reindex(grid, fill_value=0).reset_index()
    sums = sums.rename(columns={"sum": "index", "size": "n_events"})
    sums["index"] = sums["index"].astype(float).round(2)
    sums["n_events"] = sums["n_events"].astype(int)
    sums["direction_label"] = sums["direction"].map(DIRECTIONS)
    return sums[columns]


def events_table(events: pd.DataFrame) -> pd.DataFrame:
    """The numbered events as a reader's table: what, who to whom, when, how many sources, and the evidence."""
    columns = ["No.", "Date", "Event", "Actor", "Target", "Direction", "Count", "Articles", "Outlets", "Evidence"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame({
        "No.": events["number"].astype(int),
        "Date": events["date"],
        "Event": events["type_label"],
        "Actor": events["actor"],
        "Target": events["target"],
        "Direction": events["direction_label"],
        "Count": events["count"].map(lambda c: "" if c is None or pd.isna(c) else str(int(c))),
        "Articles": events["n_articles"].astype(int),
        "Outlets": events["outlets"].map(lambda xs: "; ".join(xs) if xs else UNNAMED_OUTLET),
        "Evidence": events["evidence"].map(lambda items: [evidence_line(s, aid, name) for s, aid, name in items]),
    })[columns].reset_index(drop=True)


def escalation_facts(source: Source, events: pd.DataFrame, f: Filters) -> list[str]:
    """Counts behind the escalation charts: events of the period (and how many are drawn), the mentions and
    articles they were merged from, directions, events reported more than once, undated events, filters."""
    n_events, n_repeated, by_dir = 0, 0, Counter()
    for b in merged_in_view(source, f):
        n_events += len(b)
        n_repeated += int((b["n_articles"].fillna(1) > 1).sum())
        by_dir.update(b["direction"])
    ids = article_index(source)
    n_mentions, reporting = 0, np.zeros(len(ids), dtype=bool)
    for m in tables.batches(source, "events", ["article_id", "event_type", "actor", "target", "date"]):
        m = m[in_period(m["date"], f) & keeps_types(m["event_type"], f) & keeps_actors(m["actor"], m["target"], f)]
        n_mentions += len(m)
        reporting[positions(ids, m["article_id"])] = True
    facts = [f"{n_events:,} events in {period_label(f)}, merged from {n_mentions:,} mentions in {int(reporting.sum()):,} "
             f"articles ({len(ids):,} articles read)."]
    if len(events) < n_events:
        facts.append(f"The timeline and the table show the {len(events)} events reported by the most articles; "
                     "the index counts all of them.")
    if n_events:
        facts.append("By direction: " + ", ".join(f"{DIRECTIONS[d]} {by_dir[d]:,}" for d in DIRECTIONS
                                                  if by_dir[d]) + ".")
        facts.append(f"{n_repeated:,} events are reported by more than one article.")
    undated = undated_events(source, f)
    if undated:
        facts.append(f"{undated:,} events have no date and are not drawn.")
    facts.append("Filters: " + ("all event types" if not f.event_types else "event types " + ", ".join(f.event_types))
                 + "; " + ("all actors" if not f.actors else "actors " + ", ".join(f.actors)) + ".")
    return facts


# ------------------------------------------------------------------------------------------------- articles

ARTICLE_TABLE_COLUMNS = ["article_id", "date", "date_precision", "date_source", "outlet", "n_paragraphs",
                         "n_duplicate_paragraphs", "n_month_fixes", "n_boilerplate", "n_words", "n_mentions"]
DATE_SOURCES = {"header": "Header line", "metadata": "metadata.csv", "inferred": "Inferred from the text"}
CLEANING_CHANGES = {"n_duplicate_paragraphs": "Repeated paragraphs removed",
                    "n_month_fixes": "Misspelt month names fixed",
                    "n_boilerplate": "Datelines and credit lines removed"}
COUNT_COLUMNS = ["n_paragraphs", "n_duplicate_paragraphs", "n_month_fixes", "n_boilerplate", "n_words"]
UNDATED = "undated"


@dataclass
class ArticleSummary:
    """What the corpus report shows of the articles published in the period (or of unknown date).

    ``cleaning`` and ``event_matrix`` have one row per article, or one per publication year (``by_year``) when
    the articles are more than :data:`MAX_ARTICLE_ROWS`; ``first`` holds the first :data:`MAX_TABLE_ROWS`
    articles by date, each with its event mentions.
    """

    n_read: int                  # articles in the tables
    n_shown: int                 # published in the period or undated
    n_undated: int
    date_sources: dict[str, int]
    n_named_outlet: int
    years: pd.DataFrame          # articles per publication year (rows) and date source (columns)
    outlets: pd.DataFrame        # outlet, n_articles: most first, unnamed last
    cleaning: pd.DataFrame       # label, n_articles, one column per kind of change: rows with a change only
    n_changed: int               # articles that cleaning changed
    event_matrix: pd.DataFrame   # event mentions per row (article or year) and event type
    n_reporting: int             # articles with at least one event mention kept
    n_mentions: int
    first: pd.DataFrame          # ARTICLE_TABLE_COLUMNS
    by_year: bool


def article_summary(source: Source, f: Filters) -> ArticleSummary:
    """Every figure of the corpus report, in one pass over the articles and one over the event mentions.

    The articles of the period are counted by position (their ids in one Arrow-backed index, a counter array
    beside it), so memory grows by a few bytes per article and not at all with the number of events.
    """
    columns = ["article_id", "date", "date_precision", "date_source", "source", *COUNT_COLUMNS]
    n_read = n_undated = n_named = 0
    sources, outlet_counts, year_counts = Counter(), Counter(), Counter()
    shown_ids: list[pd.Series] = []
    shown_rows: list[pd.Series] = []       # each shown article's row label: its year, or 'undated'
    changed_rows: list[dict] = []
    changed_years: dict[str, Counter] = {}
    first = FirstRows(["undated", "date", "article_id"], MAX_TABLE_ROWS)
    for a in tables.batches(source, "articles", columns):
        n_read += len(a)
        a = a[in_period(a["date"], f) | (a["date"] == "")].copy()
        if a.empty:
            continue
        a["outlet"] = a["source"]
        for col in COUNT_COLUMNS:
            a[col] = a[col].fillna(0).astype(int)
        a["undated"] = a["date"] == ""
        a["row_year"] = a["date"].str[:4].where(~a["undated"], UNDATED)
        n_undated += int(a["undated"].sum())
        n_named += int((a["outlet"] != "").sum())
        sources.update(a["date_source"])
        outlet_counts.update(a["outlet"].where(a["outlet"] != "", UNNAMED_OUTLET))
        dated = a[~a["undated"]]
        year_counts.update(dated.groupby(["row_year", "date_source"]).size().to_dict())
        shown_ids.append(a["article_id"])
        shown_rows.append(a["row_year"])
        changes = a[a[list(CLEANING_CHANGES)].sum(axis=1) > 0]
        for r in changes.itertuples(index=False):
            counts = changed_years.setdefault(r.row_year, Counter())
            counts.update({"n_articles": 1, **{c: int(getattr(r, c)) for c in CLEANING_CHANGES}})
            if len(changed_rows) <= MAX_ARTICLE_ROWS:
                changed_rows.append({"label": r.article_id, "n_articles": 1,
                                     **{c: int(getattr(r, c)) for c in CLEANING_CHANGES}})
        first.add(a[["undated", *ARTICLE_TABLE_COLUMNS[:5], *COUNT_COLUMNS]])
    ids = pd.Index(pd.concat(shown_ids, ignore_index=True) if shown_ids else pd.Series([], dtype="string"))
    row_labels = pd.concat(shown_rows, ignore_index=True) if shown_rows else pd.Series([], dtype="string")
    if not ids.is_unique:  # ids repeat only in hand-made tables: count each article once
        unique = ~ids.duplicated()
        ids, row_labels = ids[unique], row_labels[unique].reset_index(drop=True)
    n_shown = len(ids)
    by_year = n_shown > MAX_ARTICLE_ROWS
    if not by_year:
        row_labels = pd.Series(ids, dtype="string")
    mentions = np.zeros(n_shown, dtype=np.int64)
    per_row: Counter = Counter()
    for e in tables.batches(source, "events", ["article_id", "event_type", "actor", "target"]):
        e = e[keeps_types(e["event_type"], f) & keeps_actors(e["actor"], e["target"], f)]
        pos = ids.get_indexer(e["article_id"])
        kept = pos >= 0
        mentions += np.bincount(pos[kept], minlength=n_shown)
        rows = pd.DataFrame({"row": row_labels.to_numpy()[pos[kept]], "type": e["event_type"].to_numpy()[kept]})
        per_row.update(rows.groupby(["row", "type"]).size().to_dict())
    shown = first.frame()
    if not shown.empty:
        shown["n_mentions"] = mentions[ids.get_indexer(shown["article_id"])]
        shown = shown[ARTICLE_TABLE_COLUMNS]
    else:
        shown = pd.DataFrame(columns=ARTICLE_TABLE_COLUMNS)
    if by_year:
        labels = [str(y) for y in range(f.start_year, f.end_year + 1)] + ([UNDATED] if n_undated else [])
        changed = pd.DataFrame([{"label": y, **changed_years[y]} for y in labels if y in changed_years],
                               columns=["label", "n_articles", *CLEANING_CHANGES])
    else:
        labels = sorted_ids(shown, list(ids))
        changed = pd.DataFrame(changed_rows, columns=["label", "n_articles", *CLEANING_CHANGES])
        changed = changed.set_index("label").reindex([x for x in labels if x in set(changed["label"])]).reset_index()
    return ArticleSummary(
        n_read=n_read, n_shown=n_shown, n_undated=n_undated, date_sources=dict(sources),
        n_named_outlet=n_named, years=publication_years(year_counts, f),
        outlets=outlet_table(outlet_counts), cleaning=changed.fillna(0).astype(
            {c: int for c in ["n_articles", *CLEANING_CHANGES]}).reset_index(drop=True),
        n_changed=sum(c["n_articles"] for c in changed_years.values()),
        event_matrix=event_matrix(per_row, labels, by_year), n_reporting=int((mentions > 0).sum()),
        n_mentions=int(mentions.sum()), first=shown, by_year=by_year)


def sorted_ids(first: pd.DataFrame, ids: list[str]) -> list[str]:
    """Article ids in the order of the articles table (dated by date, then undated; ties by id)."""
    order = {aid: i for i, aid in enumerate(first["article_id"])}
    return sorted(ids, key=lambda aid: (order.get(aid, len(order)), aid))


def publication_years(counts: Counter, f: Filters) -> pd.DataFrame:
    """Articles per publication year of the period (rows) and date source (header, metadata, inferred)."""
    years = list(range(f.start_year, f.end_year + 1))
    table = pd.DataFrame([{"year": y, **{s: int(counts.get((str(y), s), 0)) for s in DATE_SOURCES}} for y in years],
                         columns=["year", *DATE_SOURCES])
    return table if table[list(DATE_SOURCES)].to_numpy().sum() else pd.DataFrame(columns=["year", *DATE_SOURCES])


def outlet_table(counts: Counter) -> pd.DataFrame:
    """Articles per outlet, most first, articles naming none grouped as 'Outlet not named' (last)."""
    df = pd.DataFrame(sorted(counts.items()), columns=["outlet", "n_articles"])
    if df.empty:
        return df
    df["_unnamed"] = df["outlet"] == UNNAMED_OUTLET
    df = df.sort_values(["_unnamed", "n_articles", "outlet"], ascending=[True, False, True], kind="stable")
    return df.drop(columns="_unnamed").reset_index(drop=True)


def event_matrix(counts: Counter, rows: list[str], by_year: bool) -> pd.DataFrame:
    """Event mentions per row (article or publication year, in the given order) and event type (most hostile
    first, only the types present); the index is named ``article_id`` or ``year``. Empty when none."""
    if not counts:
        return pd.DataFrame()
    present = {t for _, t in counts}
    types = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    matrix = pd.DataFrame([[int(counts.get((r, t), 0)) for t in types] for r in rows], index=rows, columns=types)
    if by_year:
        matrix = matrix[(matrix.sum(axis=1) > 0) | ~matrix.index.isin([UNDATED])]
    matrix.index.name = "year" if by_year else "article_id"
    return matrix.astype(int)


def articles_table(articles_df: pd.DataFrame) -> pd.DataFrame:
    """The articles as a reader's table."""
    return articles_df.rename(columns={
        "article_id": "Article", "date": "Published", "date_precision": "Precision", "date_source": "Date from",
        "outlet": "Outlet", "n_paragraphs": "Paragraphs", "n_duplicate_paragraphs": "Repeats removed",
        "n_month_fixes": "Months fixed", "n_boilerplate": "Credit lines removed", "n_words": "Words",
        "n_mentions": "Event mentions",
    }).assign(**{"Date from": lambda d: d["Date from"].map(lambda s: DATE_SOURCES.get(s, s))})


def articles_caption(summary: ArticleSummary) -> str:
    """The articles table's caption: all of them by date, or the first ones when there are more."""
    if len(summary.first) < summary.n_shown:
        return f"The first {len(summary.first)} of {summary.n_shown} articles, by publication date"
    return "Articles, by publication date"


def problems_table(source: Source) -> pd.DataFrame:
    """Files that could not be read as articles: file name (not its path) and reason, sorted."""
    problems = tables.read_problems(source)
    rows = [{"File": PurePath(p).name, "Reason": m} for p, m in zip(problems["path"], problems["message"],
                                                                      strict=True)]
    return pd.DataFrame(rows, columns=["File", "Reason"]).sort_values(["File"], kind="stable").reset_index(drop=True)


def corpus_facts(source: Source, summary: ArticleSummary, f: Filters) -> list[str]:
    """What a reader should know of the corpus before the charts, as short sentences with counts."""
    s = summary
    facts = [f"{s.n_shown:,} of {s.n_read:,} articles are dated {period_label(f)} or undated and shown here."]
    facts.append("Publication date taken from: " + ", ".join(
        f"{v.lower() if k != 'metadata' else v} {int(s.date_sources.get(k, 0)):,}" for k, v in DATE_SOURCES.items())
        + f"; undated {s.n_undated:,}.")
    facts.append(f"{s.n_named_outlet:,} articles name their outlet, {s.n_shown - s.n_named_outlet:,} do not.")
    facts.append(f"{s.n_mentions:,} event mentions ({'all types' if not f.event_types else ', '.join(f.event_types)}"
                 f"; {'all actors' if not f.actors else 'actors ' + ', '.join(f.actors)}).")
    if s.by_year:
        facts.append(f"More than {MAX_ARTICLE_ROWS} articles: cleaning and event mentions are shown per publication "
                     "year, not per article.")
    n_problems = len(tables.read_problems(source))
    facts.append(f"{n_problems} files could not be read as articles." if n_problems else
                 "Every file was read as an article.")
    return facts


# ---------------------------------------------------------------------------------------------------- staff

STAFF_FIGURE_COLUMNS = ["date", "date_precision", "year", "x", "measure", "value", "qualifier", "previous_value",
                        "staff_of", "by", "direction", "direction_label", "n_articles", "article_ids", "outlets",
                        "sentences"]
FIGURE_KEY = ["measure", "by", "staff_of", "year", "value", "qualifier"]


def staff_in_view(source: Source, f: Filters, columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """The staff figures of the period, actors and event types kept, batch by batch, with their ``year``."""
    for s in tables.batches(source, "staff_counts", columns):
        keep = in_period(s["date"], f) & keeps_actors(s["by"], s["staff_of"], f) & s["value"].notna()
        if f.event_types:
            keep &= s["measure"].isin({m for m, t in MEASURE_EVENT_TYPE.items() if t in set(f.event_types)})
        s = s[keep]
        if len(s):
            yield s.assign(year=s["date"].str[:4].astype(int))


def staff_figures(source: Source, f: Filters) -> pd.DataFrame:
    """The staff figures of the period, one row per distinct figure: mentions of the same measure, by, staff_of,
    year, value and qualifier in several articles become one row that counts their articles, is dated to the
    most precise date they give, and lists their first :data:`MAX_EVIDENCE` sentences (most precise date
    first, then in article order). Held per batch: one row per figure, its sentences, and one hash per
    (figure, article) to count the articles."""
    figure_ids: dict[tuple, int] = {}
    best = evidence = pairs = prev = None
    for s in staff_in_view(source, f):
        s = s.assign(neg_len=-s["date"].str.len()).sort_values(["neg_len", "date", "article_id", "event_id"],
                                                                kind="stable")
        s["fid"] = [figure_ids.setdefault(k, len(figure_ids)) for k in zip(*(s[c] for c in FIGURE_KEY), strict=True)]
        best = first_per(best, s[["fid", "neg_len", "date", "date_precision"]], "fid", ["neg_len", "date"])
        batch_prev = s.groupby("fid")["previous_value"].max().dropna()
        prev = batch_prev if prev is None else pd.concat([prev, batch_prev]).groupby(level=0).max()
        evidence = first_per(evidence, s[["fid", "neg_len", "date", "article_id", "event_id", "sentence"]], "fid",
                             ["neg_len", "date", "article_id", "event_id"], MAX_EVIDENCE,
                             distinct=["article_id", "sentence"])
        batch_pairs = pd.DataFrame({"fid": s["fid"].to_numpy(),
                                    "article": pd.util.hash_pandas_object(s["article_id"], index=False).to_numpy()})
        pairs = (batch_pairs if pairs is None else pd.concat([pairs, batch_pairs])).drop_duplicates()
    if not figure_ids:
        return pd.DataFrame(columns=STAFF_FIGURE_COLUMNS)
    outlet = outlets_of(source, set(evidence["article_id"].astype(str)))
    n_articles = pairs.groupby("fid").size()
    best = best.set_index("fid")
    listed = {fid: list(zip(g["article_id"].astype(str), g["sentence"].astype(str), strict=True))
              for fid, g in evidence.groupby("fid", sort=False)}
    rows = []
    for key, fid in sorted(figure_ids.items()):
        measure, by, staff_of, year, value, qualifier = key
        date, precision = str(best.at[fid, "date"]), str(best.at[fid, "date_precision"])
        items = listed.get(fid, [])
        span = date_span(date)
        rows.append({
            "date": date, "date_precision": precision, "year": int(year), "x": span.x if span else float(year) + .5,
            "measure": str(measure), "value": int(value), "qualifier": str(qualifier or "exact"),
            "previous_value": int(prev[fid]) if prev is not None and fid in prev.index else None,
            "staff_of": str(staff_of), "by": str(by), "direction": direction(str(by), str(staff_of)),
            "n_articles": int(n_articles[fid]), "article_ids": sorted({a for a, _ in items}),
            "outlets": sorted({outlet[a] for a, _ in items if outlet.get(a)}),
            "sentences": [evidence_line(t, a, outlet.get(a, "")) for a, t in items],
        })
    df = pd.DataFrame(rows)
    df["direction_label"] = df["direction"].map(DIRECTIONS)
    df = df.sort_values(["date", "measure", "by", "staff_of", "value"], kind="stable").reset_index(drop=True)
    return df[STAFF_FIGURE_COLUMNS]


def first_per(kept: pd.DataFrame | None, rows: pd.DataFrame, key: str, order: list[str], limit: int = 1,
              distinct: list[str] | None = None) -> pd.DataFrame:
    """The first ``limit`` rows per ``key`` in the ``order`` of the columns given, of the rows kept so far and
    new ones, rows repeating the ``distinct`` columns of a key counted once: a stream of batches reduced to a
    bounded number of rows per key."""
    both = rows if kept is None else pd.concat([kept, rows], ignore_index=True)
    both = both.sort_values([key, *order], kind="stable").drop_duplicates([key, *(distinct or [])])
    return both.groupby(key, sort=False).head(limit)


def expelled_per_year(figures: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Diplomats expelled per year and direction.

    Several mentions of one expulsion give several figures; this counts one figure per expelling actor, staff
    and year (the largest; an exact figure beats a lower bound of the same size) and adds them up per
    direction. A figure of an aggregate actor (``WEST``: several unnamed states) may already include the named
    states' figures of that year, so the year's total is the larger of that aggregate and the sum of the rest,
    not their sum. ``lower_bound`` is true when the total rests on a "more than" figure (drawn as a lower bound),
    ``approximate`` when on an "about" or "up to" one.
    """
    columns = ["year", "direction", "direction_label", "total", "lower_bound", "approximate", "n_figures"]
    ex = figures[figures["measure"] == "expelled"] if not figures.empty else figures
    if ex.empty:
        return pd.DataFrame(columns=columns)
    ex = ex.assign(_exact=(ex["qualifier"] == "exact").astype(int))
    best = (ex.sort_values(["value", "_exact"], ascending=[False, False], kind="stable")
              .groupby(["year", "direction", "by", "staff_of"], sort=True).head(1))
    rows = []
    for (year, d), g in best.groupby(["year", "direction"], sort=True):
        named = g[~g["by"].isin(AGGREGATE_ACTORS)]
        agg = g[g["by"].isin(AGGREGATE_ACTORS)]
        named_total = int(named["value"].sum())
        agg_total = int(agg["value"].max()) if len(agg) else 0
        used = agg.loc[[agg["value"].idxmax()]] if agg_total > named_total else named
        rows.append({
            "year": int(year), "direction": d, "direction_label": DIRECTIONS[d],
            "total": max(named_total, agg_total),
            "lower_bound": bool((used["qualifier"] == "more_than").any()),
            "approximate": bool(used["qualifier"].isin(["about", "up_to"]).any()),
            "n_figures": len(g),
        })
    out = pd.DataFrame(rows, columns=columns)
    out = out[(out["year"] >= f.start_year) & (out["year"] <= f.end_year)]
    order = {d: i for i, d in enumerate(DIRECTIONS)}
    out = out.assign(_d=out["direction"].map(order)).sort_values(["year", "_d"], kind="stable")
    return out.drop(columns="_d").reset_index(drop=True)


MISSION_COLUMNS = ["x", "date", "date_precision", "kind", "value", "previous_value", "label", "article_ids",
                   "sentences"]


def mission_suspensions(source: Source, f: Filters) -> pd.DataFrame:
    """Mentions of Russia suspending its mission to NATO in the period (none when the event-type filter
    leaves ``suspend_mission`` out), each with its place on the time axis ``_x``."""
    columns = ["article_id", "event_type", "actor", "target", "date", "date_precision", "sentence"]
    parts = []
    if f.event_types and "suspend_mission" not in f.event_types:
        return pd.DataFrame(columns=[*columns, "_x"])
    for e in tables.batches(source, "events", columns):
        parts.append(e[(e["event_type"] == "suspend_mission") & (e["actor"] == RUSSIA) & (e["target"] == NATO)
                       & in_period(e["date"], f)])
    susp = pd.concat(parts, ignore_index=True)
    return susp.assign(_x=[date_span(d).x if date_span(d) else float("nan") for d in susp["date"]])


def mission_steps(source: Source, figures: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The authorised size of Russia's mission to NATO through each cut, then its suspension.

    One row per change in date order: ``kind`` is ``cap`` (NATO sets the number of posts; the same cap reported
    by several articles, or with a year in one and a month in another, is one change) or ``suspended`` (Russia
    suspends the mission: the first ``suspend_mission`` RUS→NATO event after the last cap; the mission then has
    no accredited posts). Empty when no article gives the mission's size in the period.
    """
    caps = figures[(figures["measure"] == "mission_cap") & (figures["staff_of"] == RUSSIA)
                   & (figures["by"] == NATO)] if not figures.empty else figures
    if caps.empty:
        return pd.DataFrame(columns=MISSION_COLUMNS)
    rows = []
    for (_year, value), g in caps.groupby(["year", "value"], sort=True):
        g = g.assign(_len=g["date"].str.len()).sort_values(["_len", "date"], ascending=[False, True], kind="stable")
        best = g.iloc[0]
        prev = g["previous_value"].dropna()
        rows.append({
            "x": float(best["x"]), "date": best["date"], "date_precision": best["date_precision"], "kind": "cap",
            "value": int(value), "previous_value": int(prev.max()) if len(prev) else None,
            "article_ids": sorted({a for ids in g["article_ids"] for a in ids}),
            "sentences": [s for ss in g["sentences"] for s in ss],
        })
    rows.sort(key=lambda r: (r["x"], -r["value"]))
    for before, row in zip(rows, rows[1:], strict=False):
        if row["previous_value"] is None:
            row["previous_value"] = before["value"]
    last = rows[-1]
    susp = mission_suspensions(source, f)
    susp = susp[susp["_x"] >= last["x"]].sort_values(["_x", "article_id"], kind="stable")
    if not susp.empty:
        first = susp.iloc[0]
        same = susp[susp["date"].str[:7] == str(first["date"])[:7]]
        outlet = outlets_of(source, set(same["article_id"].astype(str)))
        rows.append({
            "x": float(first["_x"]), "date": str(first["date"]), "date_precision": str(first["date_precision"]),
            "kind": "suspended", "value": 0, "previous_value": last["value"],
            "article_ids": sorted(set(same["article_id"].astype(str))),
            "sentences": list(dict.fromkeys(
                evidence_line(s, a, outlet.get(a, ""))
                for s, a in zip(same["sentence"].astype(str), same["article_id"].astype(str), strict=True))),
        })
    for row in rows:
        when = format_date(row["date"])
        if row["kind"] == "suspended":
            row["label"] = f"{when}: Russia suspends its mission"
        elif row["previous_value"] is not None and row["previous_value"] != row["value"]:
            row["label"] = f"{when}: cut from {row['previous_value']} to {row['value']}"
        else:
            row["label"] = f"{when}: capped at {row['value']}"
    return pd.DataFrame(rows, columns=MISSION_COLUMNS)


def format_date(iso: str) -> str:
    """``2021-10-18`` -> ``18 Oct 2021``, ``2021-10`` -> ``Oct 2021``, ``2021`` -> ``2021``."""
    parts = (iso or "").split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {calendar.month_abbr[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_abbr[int(parts[1])]} {parts[0]}"
    return iso


def figure_text(value: int, qualifier: str) -> str:
    """A staff figure as a reader says it: ``more than 100``."""
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{value}"


def staff_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The staff figures as a reader's table, with their sentences: all of them by date, or, beyond
    :data:`MAX_TABLE_ROWS`, the most reported ones by date (:func:`staff_caption` says so)."""
    columns = ["Date", "Measure", "Figure", "Before", "Staff of", "By", "Direction", "Articles", "Evidence"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    if len(figures) > MAX_TABLE_ROWS:
        top = figures.sort_values("n_articles", ascending=False, kind="stable").head(MAX_TABLE_ROWS)
        figures = figures.loc[sorted(top.index)]
    measure = {"expelled": "Expelled", "mission_cap": "Mission size after the cut"}
    return pd.DataFrame({
        "Date": figures["date"],
        "Measure": figures["measure"].map(lambda m: measure.get(m, m)),
        "Figure": [figure_text(v, q) for v, q in zip(figures["value"], figures["qualifier"], strict=True)],
        "Before": figures["previous_value"].map(lambda v: "" if v is None or pd.isna(v) else str(int(v))),
        "Staff of": figures["staff_of"],
        "By": figures["by"],
        "Direction": figures["direction_label"],
        "Articles": figures["n_articles"].astype(int),
        "Evidence": figures["sentences"],
    })[columns].reset_index(drop=True)


def staff_caption(figures: pd.DataFrame) -> str:
    """The staff table's caption: all figures by date, or the most reported ones when there are more."""
    if len(figures) > MAX_TABLE_ROWS:
        return f"The {MAX_TABLE_ROWS} staff figures reported by the most articles (of {len(figures)}), by date"
    return "Staff figures, by date"


def staff_facts(source: Source, figures: pd.DataFrame, f: Filters) -> list[str]:
    """Counts behind the staff charts."""
    ids = article_index(source)
    n_read, undated, reporting = 0, 0, np.zeros(len(ids), dtype=bool)
    for s in tables.batches(source, "staff_counts", ["article_id", "date"]):
        n_read += len(s)
        undated += int((s["date"] == "").sum())
        reporting[positions(ids, s["article_id"])] = True
    n = len(figures)
    facts = [f"{n:,} distinct staff figures in {period_label(f)}, from {n_read:,} figures read in "
             f"{int(reporting.sum()):,} articles."]
    if n:
        measures = figures["measure"].value_counts()
        facts.append(f"{int(measures.get('expelled', 0))} figures of people expelled, "
                     f"{int(measures.get('mission_cap', 0))} of a mission's size after a cut.")
        bounds = figures["qualifier"].value_counts()
        inexact = [f"{int(bounds[q])} {QUALIFIER_WORDS[q].strip()}" for q in ("more_than", "about", "up_to")
                   if q in bounds.index]
        if inexact:
            facts.append("Not exact: " + ", ".join(inexact) + " (drawn as such, not as exact counts).")
    if undated:
        facts.append(f"{undated:,} figures have no date and are left out.")
    return facts
