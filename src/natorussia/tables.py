"""The contract's tables as DataFrames: fixed columns, stable order, CSV and Parquet in and out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

ARTICLE_COLUMNS = [
    "article_id", "date", "date_precision", "date_source", "source", "n_paragraphs",
    "n_duplicate_paragraphs", "n_words", "n_month_fixes", "n_boilerplate", "encoding", "url",
]
EVENT_COLUMNS = [
    "event_id", "article_id", "event_type", "actor", "target", "date", "date_precision", "count",
    "count_qualifier", "cameo", "goldstein", "quad_class", "sentence", "sentence_index", "actor_text",
    "target_text", "trigger", "source",
]
STAFF_COLUMNS = [
    "article_id", "date", "date_precision", "measure", "value", "qualifier", "previous_value",
    "staff_of", "by", "sentence", "event_id",
]
MERGED_COLUMNS = [
    "merged_id", "event_type", "actor", "target", "date", "date_precision", "count", "cameo", "goldstein",
    "n_articles", "n_sources", "article_ids", "sources", "sentence",
]
INT_COLUMNS = {"n_paragraphs", "n_duplicate_paragraphs", "n_words", "n_month_fixes", "n_boilerplate",
               "count", "value", "previous_value", "sentence_index", "n_articles", "n_sources"}
TABLE_FILES = {"articles": "articles", "events": "events", "staff_counts": "staff_counts",
               "merged_events": "merged_events"}
COLUMNS = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "staff_counts": STAFF_COLUMNS,
           "merged_events": MERGED_COLUMNS}
SORT_KEYS = {"articles": ["article_id"], "events": ["article_id", "sentence_index", "event_id"],
             "staff_counts": ["article_id", "event_id"], "merged_events": ["date", "event_type", "merged_id"]}


def frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    """A table with the contract's columns in order, integers as nullable ints, text as strings, sorted."""
    columns = COLUMNS[name]
    df = pd.DataFrame(list(rows), columns=columns)
    for col in columns:
        if col in INT_COLUMNS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col == "goldstein":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].fillna("").astype("string")
    return df.sort_values(SORT_KEYS[name], kind="stable").reset_index(drop=True)


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path, parquet: bool = True) -> list[Path]:
    """Write each table as ``OUT/<name>.csv`` (and ``.parquet``); return the files written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        csv_path = out / f"{TABLE_FILES[name]}.csv"
        df.to_csv(csv_path, index=False, encoding="utf-8")
        written.append(csv_path)
        if parquet:
            pq_path = out / f"{TABLE_FILES[name]}.parquet"
            df.to_parquet(pq_path, index=False)
            written.append(pq_path)
    return written


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """One table of an ``extract`` output folder, from Parquet when present, else CSV, typed as written."""
    folder = Path(folder)
    pq_path = folder / f"{TABLE_FILES[name]}.parquet"
    if pq_path.exists():
        return frame(name, pd.read_parquet(pq_path).to_dict("records"))
    df = pd.read_csv(folder / f"{TABLE_FILES[name]}.csv", dtype=str, keep_default_na=False)
    return frame(name, df.to_dict("records"))
