"""Merge event mentions across articles: one row per event, with how many articles and outlets report it
(GDELT's NumArticles / NumSources)."""

from __future__ import annotations

import hashlib

import pandas as pd

from natorussia import tables

KEY = ["event_type", "actor", "target", "year"]
# article_ids lists at most this many ids (the smallest); n_articles always counts them all. The per-mention events
# table links every mention to its merged row through merged_id, so nothing is lost, and a merged row stays
# small however many articles report the event (memory does not grow with the corpus).
MAX_LISTED_ARTICLES = 100


def merged_id(event_type: str, actor: str, target: str, date: str) -> str:
    """The id of the merged row that an event mention of this type, actor, target and date belongs to."""
    key = (event_type, actor, target, date[:4])
    return hashlib.sha256("|".join(map(str, key)).encode()).hexdigest()[:10]


def merge_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions of the same event type, actor, target and year across articles merged into one row.

    The merged date is the most precise date the mentions agree on; the count is the largest reported.
    """
    if events.empty:
        return tables.frame("merged_events", [])
    df = events.copy()
    df["year"] = df["date"].str[:4]
    outlet = articles.set_index("article_id")["source"].to_dict()
    rows = []
    for key, group in df.groupby(KEY, sort=True, dropna=False):
        event_type, actor, target, year = key
        dated = group[group["date"] != ""]
        date, precision = common_date(list(dated["date"]))
        ids = sorted(set(group["article_id"]))
        sources = sorted({outlet.get(a, "") or f"article:{a}" for a in ids})
        counts = group["count"].dropna()
        rows.append({
            "merged_id": merged_id(event_type, actor, target, year),
            "event_type": event_type, "actor": actor, "target": target,
            "date": date, "date_precision": precision,
            "count": int(counts.max()) if len(counts) else None,
            "cameo": group["cameo"].iloc[0], "goldstein": group["goldstein"].iloc[0],
            "n_articles": len(ids), "n_sources": len(sources),
            "article_ids": ";".join(ids[:MAX_LISTED_ARTICLES]), "sources": ";".join(s for s in sources if not s.startswith("article:")),
            "sentence": group.sort_values(["article_id", "sentence_index"])["sentence"].iloc[0],
        })
    return tables.frame("merged_events", rows)


def common_date(dates: list[str]) -> tuple[str, str]:
    """The longest date prefix (year, month or day) shared by every dated mention."""
    if not dates:
        return "", ""
    prefix = dates[0]
    for d in dates[1:]:
        while not d.startswith(prefix):
            prefix = prefix[:-3] if len(prefix) > 4 else ""
            if not prefix:
                return "", ""
    return prefix, {4: "year", 7: "month", 10: "day"}[len(prefix)]


def _common(a: str | None, b: str) -> str:
    """common_date of two dates (or partial results), '' when they share nothing."""
    if a is None:
        return b
    if a == b and len(a) in (4, 7, 10):  # the usual case: mentions of the same date
        return a
    return common_date([a, b])[0] if a and b else ""


class _Group:
    """What one merged row needs to know of its mentions so far; two of them combine in any order."""

    __slots__ = ("n_articles", "outlets", "n_unnamed", "date", "count", "first", "ids")

    def __init__(self) -> None:
        self.n_articles = 0
        self.outlets: set[str] = set()
        self.n_unnamed = 0          # articles that name no outlet: each counts as a source of its own
        self.date: str | None = None  # common date of the dated mentions (None: no dated mention yet)
        self.count: int | None = None
        self.first: tuple | None = None  # (article_id, sentence_index, event_id, sentence, cameo, goldstein)
        self.ids: list[str] = []    # the smallest article ids, at most MAX_LISTED_ARTICLES, sorted

    def combine(self, other: _Group) -> None:
        self.n_articles += other.n_articles
        self.outlets |= other.outlets
        self.n_unnamed += other.n_unnamed
        if other.date is not None:
            self.date = _common(self.date, other.date)
        if other.count is not None and (self.count is None or other.count > self.count):
            self.count = other.count
        if other.first is not None and (self.first is None or other.first[:3] < self.first[:3]):
            self.first = other.first
        if not other.ids or (self.ids and len(self.ids) >= MAX_LISTED_ARTICLES and other.ids[0] > self.ids[-1]):
            return  # nothing to list: the usual case of chunks taken in in id order once the list is full
        if self.ids and other.ids[0] > self.ids[-1]:
            self.ids = (self.ids + other.ids)[:MAX_LISTED_ARTICLES]
        else:
            self.ids = sorted(set(self.ids) | set(other.ids))[:MAX_LISTED_ARTICLES]


class MergeAccumulator:
    """:func:`merge_events` computed chunk by chunk in memory that does not grow with the corpus.

    Feed it each chunk's typed events and articles (an article's mentions all in one chunk), combine
    accumulators of different chunks in any order, and ask for the table at the end: the result equals
    ``merge_events`` over all chunks at once. It keeps per merged row only counters, the outlets, the common
    date, the largest count, the first mention and at most MAX_LISTED_ARTICLES ids.
    """

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str, str, str], _Group] = {}

    def add(self, events: pd.DataFrame | tables.Columns, articles: pd.DataFrame | tables.Columns) -> None:
        """Take in one chunk: events and articles typed as by ``tables.frame`` (or their ``tables.columns``)."""
        if isinstance(events, pd.DataFrame):
            events = tables.frame_columns(events)
        if isinstance(articles, pd.DataFrame):
            articles = tables.frame_columns(articles)
        if not tables.n_rows(events):
            return
        outlet = dict(zip(articles["article_id"], articles["source"], strict=True))
        chunk: dict[tuple[str, str, str, str], _Group] = {}
        seen: set[tuple] = set()
        columns = ["event_type", "actor", "target", "date", "article_id", "count", "sentence_index", "event_id",
                   "sentence", "cameo", "goldstein"]
        for etype, actor, target, date, aid, count, sidx, eid, sentence, cameo, goldstein in zip(
                *(events[c] for c in columns), strict=True):
            key = (etype, actor, target, date[:4])
            group = chunk.get(key)
            if group is None:
                group = chunk[key] = _Group()
            if (key, aid) not in seen:
                seen.add((key, aid))
                group.n_articles += 1
                group.ids.append(aid)
                name = outlet.get(aid, "")
                if name:
                    group.outlets.add(name)
                else:
                    group.n_unnamed += 1
            if date:
                group.date = _common(group.date, date)
            if count is not None and (group.count is None or count > group.count):
                group.count = count
            rank = (aid, float("inf") if sidx is None else sidx, eid)
            if group.first is None or rank < group.first[:3]:
                group.first = (*rank, sentence, cameo, goldstein)
        for key, group in chunk.items():
            group.ids = sorted(set(group.ids))[:MAX_LISTED_ARTICLES]
            self._combine(key, group)

    def update(self, other: MergeAccumulator) -> None:
        """Take in what another accumulator has seen (other chunks of the same corpus)."""
        for key, group in other.groups.items():
            self._combine(key, group)

    def _combine(self, key: tuple[str, str, str, str], group: _Group) -> None:
        mine = self.groups.get(key)
        if mine is None:
            self.groups[key] = group
        else:
            mine.combine(group)

    def rows(self) -> list[dict]:
        """The merged-events rows of everything taken in, unsorted."""
        rows = []
        for (event_type, actor, target, year), g in self.groups.items():
            date, precision = (g.date, {4: "year", 7: "month", 10: "day"}[len(g.date)]) if g.date else ("", "")
            _, _, _, sentence, cameo, goldstein = g.first
            rows.append({
                "merged_id": merged_id(event_type, actor, target, year),
                "event_type": event_type, "actor": actor, "target": target,
                "date": date, "date_precision": precision, "count": g.count,
                "cameo": cameo, "goldstein": goldstein,
                "n_articles": g.n_articles, "n_sources": len(g.outlets) + g.n_unnamed,
                "article_ids": ";".join(g.ids), "sources": ";".join(sorted(g.outlets)),
                "sentence": sentence,
            })
        return rows

    def frame(self) -> pd.DataFrame:
        """The merged-events table of everything taken in."""
        return tables.frame("merged_events", self.rows())

    def columns(self) -> tables.Columns:
        """The merged-events table of everything taken in, as ``tables.columns``."""
        return tables.columns("merged_events", self.rows())
