"""Merge event mentions across articles: one row per event, with how many articles and outlets report it
(GDELT's NumArticles / NumSources)."""

from __future__ import annotations

import hashlib

import pandas as pd

from natorussia import tables

KEY = ["event_type", "actor", "target", "year"]


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
            "merged_id": hashlib.sha256("|".join(map(str, key)).encode()).hexdigest()[:10],
            "event_type": event_type, "actor": actor, "target": target,
            "date": date, "date_precision": precision,
            "count": int(counts.max()) if len(counts) else None,
            "cameo": group["cameo"].iloc[0], "goldstein": group["goldstein"].iloc[0],
            "n_articles": len(ids), "n_sources": len(sources),
            "article_ids": ";".join(ids), "sources": ";".join(s for s in sources if not s.startswith("article:")),
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
