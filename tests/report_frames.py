"""Small hand-written tables for the view, chart and report tests: the contract's columns, a few rows each."""

from __future__ import annotations

from natorussia import merge, tables
from natorussia.pipeline import Corpus

GOLDSTEIN = {"expel_diplomats": -4.0, "reduce_mission": -4.0, "suspend_mission": -4.0, "cancel_meeting": -5.0,
             "suspend_cooperation": -7.0, "military_exercise": -7.2, "armed_conflict": -10.0, "annexation": -9.5,
             "sanctions": -8.0, "poisoning": -8.0, "talks": 1.0}
PRECISION = {4: "year", 7: "month", 10: "day"}


def article(article_id: str, date: str, source: str = "", date_source: str = "header", **counts: int) -> dict:
    return {"article_id": article_id, "date": date, "date_precision": PRECISION.get(len(date), ""),
            "date_source": date_source, "source": source, "n_paragraphs": 5, "n_words": 200,
            "n_duplicate_paragraphs": counts.get("dup", 0), "n_month_fixes": counts.get("months", 0),
            "n_boilerplate": counts.get("credit", 0)}


def event(article_id: str, event_type: str, actor: str, target: str, date: str, count: int | None = None,
          sentence: str = "", index: int = 0) -> dict:
    return {"event_id": f"{article_id}-{index}", "article_id": article_id, "event_type": event_type,
            "actor": actor, "target": target, "date": date, "date_precision": PRECISION.get(len(date), ""),
            "count": count, "cameo": "161", "goldstein": GOLDSTEIN[event_type],
            "sentence": sentence or f"{actor} {event_type} {target} ({article_id}).", "sentence_index": index}


def staff(article_id: str, measure: str, value: int, by: str, staff_of: str, date: str, qualifier: str = "exact",
          previous: int | None = None, sentence: str = "", index: int = 0) -> dict:
    return {"article_id": article_id, "date": date, "date_precision": PRECISION.get(len(date), ""),
            "measure": measure, "value": value, "qualifier": qualifier, "previous_value": previous,
            "staff_of": staff_of, "by": by, "sentence": sentence or f"{by} {measure} {value} {staff_of}.",
            "event_id": f"{article_id}-s{index}"}


def corpus(articles: list[dict] = (), events: list[dict] = (), staff_counts: list[dict] = ()) -> Corpus:
    a = tables.frame("articles", articles)
    e = tables.frame("events", events)
    e["merged_id"] = [merge.merged_id(t, a, g, str(d)[:4]) for t, a, g, d in
                      zip(e["event_type"], e["actor"], e["target"], e["date"], strict=True)]
    e["merged_id"] = e["merged_id"].astype("string")
    return Corpus(a, e, tables.frame("staff_counts", staff_counts), merge.merge_events(e, a))


def sample() -> Corpus:
    """Three articles, 2008-2021: the Georgia war, NATO expelling eight (reported twice), a mission cut and
    Russia's suspension, Western expulsions with a "more than" figure."""
    return corpus(
        [article("a1", "2008-08-20", "Reuters", dup=2), article("a2", "2021-10-07", "AP", credit=1),
         article("a3", "2021-10", "", date_source="inferred", months=1)],
        [event("a1", "armed_conflict", "RUS", "GEO", "2008-08", sentence="Russia invaded Georgia in August."),
         event("a1", "suspend_cooperation", "NATO", "RUS", "2008-08", index=1),
         event("a2", "expel_diplomats", "NATO", "RUS", "2021-10-06", 8,
               "NATO expelled eight members of the Russian mission.", 0),
         event("a3", "expel_diplomats", "NATO", "RUS", "2021-10", 8, "The alliance expelled eight Russians.", 0),
         event("a2", "reduce_mission", "NATO", "RUS", "2021-10", 10, index=1),
         event("a3", "suspend_mission", "RUS", "NATO", "2021-10-18", sentence="Russia suspended its mission.",
               index=1),
         event("a3", "talks", "NATO", "RUS", "2016-04", index=2)],
        [staff("a2", "expelled", 8, "NATO", "RUS", "2021-10"),
         staff("a3", "expelled", 8, "NATO", "RUS", "2021-10-06", index=1),
         staff("a3", "expelled", 100, "WEST", "RUS", "2018", "more_than", index=2),
         staff("a3", "expelled", 60, "USA", "RUS", "2018", index=3),
         staff("a3", "expelled", 60, "RUS", "USA", "2018", index=4),
         staff("a2", "mission_cap", 10, "NATO", "RUS", "2021-10", previous=20, index=5),
         staff("a3", "mission_cap", 20, "NATO", "RUS", "2018", previous=30, index=6),
         staff("a3", "mission_cap", 20, "NATO", "RUS", "2018-03", index=7)],
    )
