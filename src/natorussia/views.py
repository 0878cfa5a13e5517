"""The extracted tables shaped for the charts and tables of the reports: filtered to a period, event types and
actors, classified by direction, numbered, and each event tied to its sentences and outlets.

Everything here is plain pandas on the contract's tables (``natorussia.extract_corpus`` or ``tables.read_table``);
:mod:`natorussia.plots` draws what these functions return, and :mod:`natorussia.present` shows it in a notebook.
Every function returns rows sorted in a stable order, so a notebook's output is the same run after run.
"""

from __future__ import annotations

import calendar
import csv
import datetime
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import Protocol

import pandas as pd

from natorussia import paths

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


class Filters(Protocol):
    """What the views need of the notebook's parameters (see :class:`natorussia.params.Params`)."""

    start_year: int
    end_year: int
    event_types: list[str]
    actors: list[str]


class CorpusTables(Protocol):
    articles: pd.DataFrame
    events: pd.DataFrame
    staff_counts: pd.DataFrame
    merged_events: pd.DataFrame


@cache
def west_actors() -> frozenset[str]:
    """Actor codes counted as NATO/West (``data/west.csv``: each code with the reason it is there)."""
    with paths.data_file("west.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes = [r["code"].strip() for r in rows]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise ValueError(f"west.csv lists {', '.join(duplicates)} more than once")
    return frozenset(codes)


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


def outlets_by_article(articles: pd.DataFrame) -> dict[str, str]:
    return dict(zip(articles["article_id"].astype(str), articles["source"].fillna("").astype(str), strict=True))


# --------------------------------------------------------------------------------------------------- events

TIMELINE_COLUMNS = [
    "number", "merged_id", "event_type", "type_label", "actor", "target", "direction", "direction_label",
    "date", "date_precision", "year", "x", "x0", "x1", "count", "goldstein", "n_articles", "n_sources",
    "outlets", "article_ids", "evidence", "key", "short_label",
]


def mention_keys(events: pd.DataFrame) -> pd.Series:
    """The merged row each mention belongs to: the extractor's ``merged_id`` when it gives one, else the
    merge key (event type, actor, target, year) that :func:`natorussia.merge.merge_events` groups by."""
    key = (events["event_type"].astype(str) + "|" + events["actor"].astype(str) + "|"
           + events["target"].astype(str) + "|" + events["date"].astype(str).str[:4])
    if "merged_id" in events.columns:
        ids = events["merged_id"].fillna("").astype(str)
        return ids.where(ids != "", "key:" + key)
    return "key:" + key


def merged_keys(merged: pd.DataFrame, events: pd.DataFrame) -> pd.Series:
    """The key of each merged row in the same terms as :func:`mention_keys`."""
    if "merged_id" in events.columns and (events["merged_id"].fillna("").astype(str) != "").any():
        return merged["merged_id"].astype(str)
    return ("key:" + merged["event_type"].astype(str) + "|" + merged["actor"].astype(str) + "|"
            + merged["target"].astype(str) + "|" + merged["date"].astype(str).str[:4])


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


def timeline(corpus: CorpusTables, f: Filters) -> pd.DataFrame:
    """Merged events of the period, numbered in date order, each with direction, place on the time axis, and
    its evidence: every distinct sentence that reports it, with the article and outlet it was read in.

    The numbers are the markers' labels on the timeline and the ``No.`` column of the events table, so a
    reader goes from a marker to its sentences by its number (see :func:`natorussia.plots.timeline`).
    """
    merged, events = corpus.merged_events, corpus.events
    keep = (in_period(merged["date"], f) & keeps_types(merged["event_type"], f)
            & keeps_actors(merged["actor"], merged["target"], f))
    rows = merged[keep].copy()
    if rows.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    rows["mkey"] = merged_keys(rows, events).to_numpy()
    outlet = outlets_by_article(corpus.articles)
    evidence: dict[str, list[tuple[str, str, str]]] = {}
    if not events.empty:
        mentions = events.assign(mkey=mention_keys(events).to_numpy())
        mentions = mentions[mentions["mkey"].isin(set(rows["mkey"]))]
        mentions = mentions.sort_values(["article_id", "sentence_index", "event_id"], kind="stable")
        for key, group in mentions.groupby("mkey", sort=True):
            seen, items = set(), []
            for aid, sentence, src in zip(group["article_id"], group["sentence"], group["source"], strict=True):
                name = outlet.get(str(aid), "") or str(src or "")
                item = (str(sentence), str(aid), name)
                if item not in seen:
                    seen.add(item)
                    items.append(item)
            evidence[key] = items
    out = []
    for r in rows.itertuples(index=False):
        span = date_span(r.date)
        if span is None:
            continue
        items = evidence.get(r.mkey) or [(str(r.sentence), aid, outlet.get(aid, ""))
                                         for aid in str(r.article_ids).split(";") if aid][:1]
        article_ids = sorted({aid for _, aid, _ in items} | {a for a in str(r.article_ids).split(";") if a})
        named = sorted({name for _, _, name in items if name} | {s for s in str(r.sources).split(";") if s})
        out.append({
            "merged_id": str(r.merged_id), "event_type": str(r.event_type),
            "type_label": EVENT_TYPES.get(str(r.event_type), (str(r.event_type), ""))[0],
            "actor": str(r.actor), "target": str(r.target),
            "direction": direction(str(r.actor), str(r.target)),
            "date": str(r.date), "date_precision": str(r.date_precision), "year": int(str(r.date)[:4]),
            "x": span.x, "x0": span.x0, "x1": span.x1,
            "count": None if pd.isna(r.count) else int(r.count),
            "goldstein": float(r.goldstein) if not pd.isna(r.goldstein) else 0.0,
            "n_articles": int(r.n_articles) if not pd.isna(r.n_articles) else len(article_ids),
            "n_sources": int(r.n_sources) if not pd.isna(r.n_sources) else len(named),
            "outlets": named, "article_ids": article_ids, "evidence": items,
            "short_label": short_label(str(r.event_type), str(r.actor), str(r.target), r.count),
        })
    df = pd.DataFrame(out, columns=[c for c in TIMELINE_COLUMNS if c not in ("number", "direction_label", "key")])
    if df.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    lane = {t: i for i, t in enumerate(EVENT_TYPES)}
    df["_lane"] = df["event_type"].map(lane).fillna(len(lane))
    df = df.sort_values(["x", "_lane", "actor", "target", "merged_id"], kind="stable").drop(columns="_lane")
    df = df.reset_index(drop=True)
    df.insert(0, "number", range(1, len(df) + 1))
    df["direction_label"] = df["direction"].map(DIRECTIONS)
    ranked = df.sort_values(["n_articles", "goldstein", "number"], ascending=[False, True, True], kind="stable")
    df["key"] = df["number"].isin(set(ranked["number"].head(KEY_EVENTS)))
    return df[TIMELINE_COLUMNS]


def undated_events(corpus: CorpusTables, f: Filters) -> int:
    """How many merged events (of the types and actors kept) have no date and so cannot be drawn."""
    m = corpus.merged_events
    keep = (m["date"].astype(str) == "") & keeps_types(m["event_type"], f) & keeps_actors(m["actor"], m["target"], f)
    return int(keep.sum())


def yearly_index(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The escalation index: the sum of the Goldstein weights of the merged events of each year, by direction
    (negative is hostile). One row per year of the period and direction present, zero where nothing happened."""
    years = list(range(f.start_year, f.end_year + 1))
    if events.empty:
        return pd.DataFrame(columns=["year", "direction", "direction_label", "index", "n_events"])
    present = [d for d in DIRECTIONS if d in set(events["direction"])]
    grid = pd.MultiIndex.from_product([years, present], names=["year", "direction"])
    sums = events.groupby(["year", "direction"])["goldstein"].agg(["sum", "size"])
    sums = sums.reindex(grid, fill_value=0).reset_index()
    sums = sums.rename(columns={"sum": "index", "size": "n_events"})
    sums["index"] = sums["index"].astype(float).round(2)
    sums["n_events"] = sums["n_events"].astype(int)
    sums["direction_label"] = sums["direction"].map(DIRECTIONS)
    return sums[["year", "direction", "direction_label", "index", "n_events"]]


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
        "Evidence": events["evidence"].map(
            lambda items: [f"{s} ({aid}{', ' + name if name else ''})" for s, aid, name in items]),
    })[columns].reset_index(drop=True)


# ------------------------------------------------------------------------------------------------- articles

ARTICLE_TABLE_COLUMNS = ["article_id", "date", "date_precision", "date_source", "outlet", "n_paragraphs",
                         "n_duplicate_paragraphs", "n_month_fixes", "n_boilerplate", "n_words", "n_mentions"]


def articles(corpus: CorpusTables, f: Filters) -> pd.DataFrame:
    """The articles published in the period (or of unknown date), with what cleaning changed and how many
    event mentions (of the types and actors kept) each holds; sorted by date, then id."""
    a = corpus.articles
    undated = a["date"].astype(str) == ""
    a = a[in_period(a["date"], f) | undated].copy()
    ev = corpus.events
    ev = ev[keeps_types(ev["event_type"], f) & keeps_actors(ev["actor"], ev["target"], f)]
    n = ev.groupby("article_id").size()
    out = pd.DataFrame({
        "article_id": a["article_id"].astype(str),
        "date": a["date"].astype(str),
        "date_precision": a["date_precision"].astype(str),
        "date_source": a["date_source"].astype(str),
        "outlet": a["source"].fillna("").astype(str),
    })
    for col in ["n_paragraphs", "n_duplicate_paragraphs", "n_month_fixes", "n_boilerplate", "n_words"]:
        out[col] = pd.to_numeric(a[col], errors="coerce").fillna(0).astype(int) if col in a else 0
    out["n_mentions"] = out["article_id"].map(n).fillna(0).astype(int)
    out["_undated"] = out["date"] == ""
    out = out.sort_values(["_undated", "date", "article_id"], kind="stable").drop(columns="_undated")
    return out[ARTICLE_TABLE_COLUMNS].reset_index(drop=True)


DATE_SOURCES = {"header": "Header line", "metadata": "metadata.csv", "inferred": "Inferred from the text"}


def publication_years(articles_df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Articles per publication year and date source (header, metadata, inferred); undated ones left out."""
    years = list(range(f.start_year, f.end_year + 1))
    dated = articles_df[articles_df["date"] != ""]
    if dated.empty:
        return pd.DataFrame(columns=["year", *DATE_SOURCES])
    counts = pd.crosstab(dated["date"].str[:4].astype(int), dated["date_source"])
    counts = counts.reindex(index=years, columns=list(DATE_SOURCES), fill_value=0)
    counts.index.name = "year"
    return counts.reset_index().rename_axis(columns=None)


def outlet_counts(articles_df: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet, most first, articles naming none grouped as 'Outlet not named' (last)."""
    if articles_df.empty:
        return pd.DataFrame(columns=["outlet", "n_articles"])
    named = articles_df["outlet"].where(articles_df["outlet"] != "", UNNAMED_OUTLET)
    counts = named.value_counts().rename_axis("outlet").reset_index(name="n_articles")
    counts["_unnamed"] = counts["outlet"] == UNNAMED_OUTLET
    counts = counts.sort_values(["_unnamed", "n_articles", "outlet"], ascending=[True, False, True], kind="stable")
    return counts.drop(columns="_unnamed").reset_index(drop=True)


CLEANING_CHANGES = {"n_duplicate_paragraphs": "Repeated paragraphs removed",
                    "n_month_fixes": "Misspelt month names fixed",
                    "n_boilerplate": "Datelines and credit lines removed"}


def cleaning(articles_df: pd.DataFrame) -> pd.DataFrame:
    """The articles that cleaning changed, with each kind of change counted (others left out)."""
    cols = list(CLEANING_CHANGES)
    changed = articles_df[articles_df[cols].sum(axis=1) > 0] if not articles_df.empty else articles_df
    return changed[["article_id", *cols]].reset_index(drop=True)


def article_event_matrix(corpus: CorpusTables, articles_df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Event mentions per article (rows, in the order of ``articles_df``) and event type (columns, most hostile
    first; only the types present). Empty when no article reports an event."""
    ev = corpus.events
    ev = ev[keeps_types(ev["event_type"], f) & keeps_actors(ev["actor"], ev["target"], f)]
    ev = ev[ev["article_id"].isin(set(articles_df["article_id"]))]
    if ev.empty:
        return pd.DataFrame()
    counts = pd.crosstab(ev["article_id"].astype(str), ev["event_type"].astype(str))
    types = [t for t in EVENT_TYPES if t in counts.columns] + sorted(set(counts.columns) - set(EVENT_TYPES))
    counts = counts.reindex(index=list(articles_df["article_id"]), columns=types, fill_value=0)
    counts.index.name = "article_id"
    return counts.rename_axis(columns=None).astype(int)


# ---------------------------------------------------------------------------------------------------- staff

STAFF_FIGURE_COLUMNS = ["date", "date_precision", "year", "x", "measure", "value", "qualifier", "previous_value",
                        "staff_of", "by", "direction", "direction_label", "article_ids", "outlets", "sentences"]


def staff_figures(corpus: CorpusTables, f: Filters) -> pd.DataFrame:
    """The staff figures of the period, one row per distinct figure: mentions of the same measure, by, staff_of,
    year, value and qualifier in several articles become one row that lists them all (dated to the most precise
    date they give)."""
    s = corpus.staff_counts
    keep = in_period(s["date"], f) & keeps_actors(s["by"], s["staff_of"], f)
    if f.event_types:
        kept = {m for m, t in MEASURE_EVENT_TYPE.items() if t in set(f.event_types)}
        keep &= s["measure"].isin(kept)
    s = s[keep & s["value"].notna()]
    if s.empty:
        return pd.DataFrame(columns=STAFF_FIGURE_COLUMNS)
    outlet = outlets_by_article(corpus.articles)
    s = s.assign(year=s["date"].astype(str).str[:4].astype(int))
    s = s.sort_values(["article_id", "event_id"], kind="stable")
    rows = []
    for key, g in s.groupby(["measure", "by", "staff_of", "year", "value", "qualifier"], sort=True):
        measure, by, staff_of, year, value, qualifier = key
        g = g.assign(_len=g["date"].astype(str).str.len()).sort_values(["_len", "date"], ascending=[False, True],
                                                                         kind="stable")
        date, precision = str(g["date"].iloc[0]), str(g["date_precision"].iloc[0])
        prev = g["previous_value"].dropna()
        ids = sorted(set(g["article_id"].astype(str)))
        sentences = []
        for aid, sentence in zip(g["article_id"].astype(str), g["sentence"].astype(str), strict=True):
            item = f"{sentence} ({aid}{', ' + outlet[aid] if outlet.get(aid) else ''})"
            if item not in sentences:
                sentences.append(item)
        span = date_span(date)
        rows.append({
            "date": date, "date_precision": precision, "year": int(year), "x": span.x if span else float(year) + .5,
            "measure": str(measure), "value": int(value), "qualifier": str(qualifier or "exact"),
            "previous_value": int(prev.max()) if len(prev) else None,
            "staff_of": str(staff_of), "by": str(by), "direction": direction(str(by), str(staff_of)),
            "article_ids": ids, "outlets": sorted({outlet[a] for a in ids if outlet.get(a)}),
            "sentences": sentences,
        })
    df = pd.DataFrame(rows)
    df["direction_label"] = df["direction"].map(DIRECTIONS)
    df = df.sort_values(["date", "measure", "by", "staff_of", "value"], kind="stable").reset_index(drop=True)
    return df[STAFF_FIGURE_COLUMNS]


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


def mission_steps(corpus: CorpusTables, figures: pd.DataFrame, f: Filters) -> pd.DataFrame:
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
    ev = corpus.events
    susp = ev[(ev["event_type"] == "suspend_mission") & (ev["actor"] == RUSSIA) & (ev["target"] == NATO)
              & in_period(ev["date"], f)] if not ev.empty else ev
    if f.event_types and "suspend_mission" not in f.event_types:
        susp = susp.iloc[0:0]
    if not susp.empty:
        susp = susp.assign(_x=susp["date"].map(lambda d: date_span(d).x if date_span(d) else float("nan")))
        susp = susp[susp["_x"] >= last["x"]].sort_values(["_x", "article_id"], kind="stable")
    if not susp.empty:
        first = susp.iloc[0]
        same = susp[susp["date"].str[:7] == str(first["date"])[:7]]
        outlet = outlets_by_article(corpus.articles)
        rows.append({
            "x": float(first["_x"]), "date": str(first["date"]), "date_precision": str(first["date_precision"]),
            "kind": "suspended", "value": 0, "previous_value": last["value"],
            "article_ids": sorted(set(same["article_id"].astype(str))),
            "sentences": list(dict.fromkeys(
                f"{s} ({a}{', ' + outlet[a] if outlet.get(a) else ''})"
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
    """The staff figures as a reader's table, with their sentences."""
    columns = ["Date", "Measure", "Figure", "Before", "Staff of", "By", "Direction", "Articles", "Evidence"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    measure = {"expelled": "Expelled", "mission_cap": "Mission size after the cut"}
    return pd.DataFrame({
        "Date": figures["date"],
        "Measure": figures["measure"].map(lambda m: measure.get(m, m)),
        "Figure": [figure_text(v, q) for v, q in zip(figures["value"], figures["qualifier"], strict=True)],
        "Before": figures["previous_value"].map(lambda v: "" if v is None or pd.isna(v) else str(int(v))),
        "Staff of": figures["staff_of"],
        "By": figures["by"],
        "Direction": figures["direction_label"],
        "Articles": figures["article_ids"].map(len),
        "Evidence": figures["sentences"],
    })[columns].reset_index(drop=True)


# ---------------------------------------------------------------------------------------- summaries, tables

def articles_table(articles_df: pd.DataFrame) -> pd.DataFrame:
    """The articles as a reader's table."""
    return articles_df.rename(columns={
        "article_id": "Article", "date": "Published", "date_precision": "Precision", "date_source": "Date from",
        "outlet": "Outlet", "n_paragraphs": "Paragraphs", "n_duplicate_paragraphs": "Repeats removed",
        "n_month_fixes": "Months fixed", "n_boilerplate": "Credit lines removed", "n_words": "Words",
        "n_mentions": "Event mentions",
    }).assign(**{"Date from": lambda d: d["Date from"].map(lambda s: DATE_SOURCES.get(s, s))})


def problems_table(corpus: object) -> pd.DataFrame:
    """Files that could not be read as articles: file name (not its path) and reason, sorted."""
    rows = [{"File": PurePath(str(p.path)).name, "Reason": str(p.message)}
            for p in getattr(corpus, "problems", [])]
    return pd.DataFrame(rows, columns=["File", "Reason"]).sort_values(["File"], kind="stable").reset_index(drop=True)


def corpus_facts(corpus: CorpusTables, articles_df: pd.DataFrame, f: Filters) -> list[str]:
    """What a reader should know of the corpus before the charts, as short sentences with counts."""
    a = articles_df
    n_all = len(corpus.articles)
    facts = [f"{len(a)} of {n_all} articles are dated {period_label(f)} or undated and shown here."]
    by_source = a["date_source"].value_counts()
    facts.append("Publication date taken from: " + ", ".join(
        f"{v.lower() if k != 'metadata' else v} {int(by_source.get(k, 0))}" for k, v in DATE_SOURCES.items())
        + f"; undated {int((a['date'] == '').sum())}.")
    facts.append(f"{int((a['outlet'] != '').sum())} articles name their outlet, {int((a['outlet'] == '').sum())} "
                 "do not.")
    facts.append(f"{int(a['n_mentions'].sum())} event mentions ({'all types' if not f.event_types else ', '.join(f.event_types)}"
                 f"; {'all actors' if not f.actors else 'actors ' + ', '.join(f.actors)}).")
    n_problems = len(getattr(corpus, "problems", []))
    facts.append(f"{n_problems} files could not be read as articles." if n_problems else
                 "Every file was read as an article.")
    return facts


def escalation_facts(corpus: CorpusTables, events: pd.DataFrame, f: Filters) -> list[str]:
    """Counts behind the escalation charts."""
    mentions = corpus.events
    mentions = mentions[in_period(mentions["date"], f) & keeps_types(mentions["event_type"], f)
                        & keeps_actors(mentions["actor"], mentions["target"], f)]
    facts = [f"{len(events)} events in {period_label(f)}, merged from {len(mentions)} mentions in "
             f"{mentions['article_id'].nunique()} articles ({len(corpus.articles)} articles read)."]
    if not events.empty:
        by_dir = events["direction"].value_counts()
        facts.append("By direction: " + ", ".join(f"{DIRECTIONS[d]} {int(by_dir[d])}" for d in DIRECTIONS
                                                  if d in by_dir.index) + ".")
        facts.append(f"{int((events['n_articles'] > 1).sum())} events are reported by more than one article.")
    undated = undated_events(corpus, f)
    if undated:
        facts.append(f"{undated} events have no date and are not drawn.")
    facts.append("Filters: " + ("all event types" if not f.event_types else "event types " + ", ".join(f.event_types))
                 + "; " + ("all actors" if not f.actors else "actors " + ", ".join(f.actors)) + ".")
    return facts


def staff_facts(corpus: CorpusTables, figures: pd.DataFrame, f: Filters) -> list[str]:
    """Counts behind the staff charts."""
    n = len(figures)
    facts = [f"{n} distinct staff figures in {period_label(f)}, from {len(corpus.staff_counts)} figures read in "
             f"{corpus.staff_counts['article_id'].nunique()} articles."]
    if n:
        measures = figures["measure"].value_counts()
        facts.append(f"{int(measures.get('expelled', 0))} figures of people expelled, "
                     f"{int(measures.get('mission_cap', 0))} of a mission's size after a cut.")
        bounds = figures["qualifier"].value_counts()
        inexact = [f"{int(bounds[q])} {QUALIFIER_WORDS[q].strip()}" for q in ("more_than", "about", "up_to")
                   if q in bounds.index]
        if inexact:
            facts.append("Not exact: " + ", ".join(inexact) + " (drawn as such, not as exact counts).")
    undated = int((corpus.staff_counts["date"].astype(str) == "").sum())
    if undated:
        facts.append(f"{undated} figures have no date and are left out.")
    return facts
