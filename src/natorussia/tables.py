"""The contract's tables as DataFrames: fixed columns, stable order, CSV and Parquet in and out.

Tables are written chunk by chunk (:class:`TableWriter`): each chunk's CSV rows are appended to
``OUT/<table>.csv`` and its Arrow rows to ``OUT/<table>.parquet`` (a row group every few MB), so writing a
corpus of any size holds a bounded amount. A distributed run writes ``OUT/<table>.parquet/`` as a folder of part files
instead (partitioned Parquet); :func:`read_table` and ``pandas.read_parquet`` read both the same way.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterable, Iterator
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

ARTICLE_COLUMNS = [
    "article_id", "date", "date_precision", "date_source", "source", "n_paragraphs",
    "n_duplicate_paragraphs", "n_words", "n_month_fixes", "n_boilerplate", "encoding", "url",
]
EVENT_COLUMNS = [
    "event_id", "article_id", "event_type", "actor", "target", "date", "date_precision", "count",
    "count_qualifier", "cameo", "goldstein", "quad_class", "sentence", "sentence_index", "actor_text",
    "target_text", "trigger", "source", "merged_id", "previous_value", "date_origin", "n_mentions",
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
               "count", "value", "previous_value", "sentence_index", "n_articles", "n_sources",
               "n_mentions"}
FLOAT_COLUMNS = {"goldstein"}
TABLE_FILES = {"articles": "articles", "events": "events", "staff_counts": "staff_counts",
               "merged_events": "merged_events"}
COLUMNS = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "staff_counts": STAFF_COLUMNS,
           "merged_events": MERGED_COLUMNS}
PROBLEMS_FILE = "problems.csv"  # OUT/problems.csv: the files that were skipped, each with its reason
PROBLEM_COLUMNS = ["path", "message"]
BATCH_ROWS = 4_096  # rows a view holds at once (about 1.5 MB of events with their sentences)
SORT_KEYS = {"articles": ["article_id"], "events": ["article_id", "sentence_index", "event_id"],
             "staff_counts": ["article_id", "event_id"], "merged_events": ["date", "event_type", "merged_id"]}


def frame(name: str, rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """A table with the contract's columns in order, integers as nullable ints, text as strings, sorted.

    ``rows`` is an iterable of dicts or a DataFrame (extra columns are dropped, missing ones added empty).
    """
    columns = COLUMNS[name]
    if isinstance(rows, pd.DataFrame):
        df = rows.reindex(columns=columns)
    else:
        df = pd.DataFrame(list(rows), columns=columns)
    return _typed(df).sort_values(SORT_KEYS[name], kind="stable").reset_index(drop=True)


@cache
def schema(name: str) -> pa.Schema:
    """The Arrow schema of a table as written to Parquet (the same for every chunk and every engine)."""
    def arrow_type(col: str) -> pa.DataType:
        return pa.int64() if col in INT_COLUMNS else pa.float64() if col in FLOAT_COLUMNS else pa.string()
    return pa.schema([pa.field(col, arrow_type(col)) for col in COLUMNS[name]])


def to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    """A typed table (from :func:`frame`) as an Arrow table of :func:`schema`."""
    return pa.Table.from_pandas(df, schema=schema(name), preserve_index=False).replace_schema_metadata(None)


def csv_header(name: str) -> bytes:
    return (",".join(COLUMNS[name]) + "\n").encode("utf-8")


def csv_rows(df: pd.DataFrame) -> bytes:
    """A typed table's rows as CSV without header: chunks concatenated equal the whole table's CSV."""
    buf = io.StringIO()
    df.to_csv(buf, index=False, header=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")


# --- a table as column lists: the chunk's rows without a DataFrame ------------------------------------------

Columns = dict[str, list]  # column -> values: str; int or None; float (NaN) or None
SAFE_INT = 2 ** 53  # pandas reads whole numbers next to a None as floats: exact up to here


def columns(name: str, rows: list[dict]) -> Columns:
    """The table of :func:`frame` as one list per column (None for a missing number), same values, same order.

    Built straight from the rows when each value already has its column's plain type (str; int or None;
    float or None), as ``process_article`` makes them: a chunk's rows are then typed, sorted and written
    without a DataFrame. Any other row takes the way through :func:`frame`.
    """
    cols = _plain_columns(name, rows)
    if cols is None:
        return frame_columns(frame(name, rows))
    order = _sort_order(name, cols)
    if order is not None:
        cols = {col: [values[i] for i in order] for col, values in cols.items()}
    return cols


def _plain_columns(name: str, rows: list[dict]) -> Columns | None:
    """The rows' columns as they are, '' for a missing text; None if a value would need converting."""
    cols: Columns = {}
    for col in COLUMNS[name]:
        try:
            values = list(map(itemgetter(col), rows))
        except KeyError:
            values = [row.get(col) for row in rows]
        kinds = set(map(type, values))
        if col in INT_COLUMNS:
            if not kinds <= {int, type(None)}:
                return None
            numbers = [v for v in values if v is not None] if type(None) in kinds else values
            if numbers and (min(numbers) < -SAFE_INT or max(numbers) > SAFE_INT):
                return None
        elif col in FLOAT_COLUMNS:
            if not kinds <= {float, type(None)}:
                return None
        elif not kinds <= {str}:
            if not kinds <= {str, type(None)}:
                return None
            values = ["" if v is None else v for v in values]
        cols[col] = values
    return cols


def _sort_order(name: str, cols: Columns) -> list[int] | None:
    """The row order of ``frame``'s stable sort (a missing number last), or None when the rows are in it."""
    keys = []
    for col in SORT_KEYS[name]:
        if col in INT_COLUMNS:
            keys.append([v is None for v in cols[col]])
        keys.append(cols[col])
    rows = list(zip(*keys, strict=True))
    order = sorted(range(len(rows)), key=rows.__getitem__)
    return None if order == list(range(len(rows))) else order


def frame_columns(df: pd.DataFrame) -> Columns:
    """A typed table's columns (from :func:`frame`) as lists, None for a missing integer."""
    cols: Columns = {}
    for col in df.columns:
        values = df[col].tolist()
        cols[col] = [None if v is pd.NA else v for v in values] if col in INT_COLUMNS else values
    return cols


def n_rows(cols: Columns) -> int:
    return len(next(iter(cols.values()))) if cols else 0


def csv_from_columns(name: str, cols: Columns) -> bytes:
    """The table's rows as CSV without header, the bytes :func:`csv_rows` writes for the same table.

    Fields are joined directly, quoted as ``csv.writer`` quotes them; a text holding a character that the
    writer treats otherwise (:func:`csv_quoting`) leaves the table to the writer itself.
    """
    texts = [_float_text(cols[col]) if col in FLOAT_COLUMNS else
             ["" if v is None else str(v) for v in cols[col]] if col in INT_COLUMNS else cols[col]
             for col in COLUMNS[name]]
    quoted, other = csv_quoting()
    for i, col in enumerate(COLUMNS[name]):
        if col in INT_COLUMNS or col in FLOAT_COLUMNS:
            continue
        whole = "".join(texts[i])
        if any(map(whole.__contains__, other)):
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerows(zip(*texts, strict=True))
            return buf.getvalue().encode("utf-8")
        if any(map(whole.__contains__, quoted)):
            texts[i] = ['"' + v.replace('"', '""') + '"' if any(map(v.__contains__, quoted)) else v
                        for v in texts[i]]
    if not texts or not texts[0]:
        return b""
    return ("\n".join(map(",".join, zip(*texts, strict=True))) + "\n").encode("utf-8")


@cache
def csv_quoting() -> tuple[str, str]:
    """The ASCII characters for which ``csv.writer`` (as pandas sets it up) quotes a field, and those it does
    anything else with (escapes, refuses): asked of the writer, as they vary across Python versions. Other
    characters it copies as they are."""
    quoted, other = "", ""
    for c in map(chr, range(128)):
        buf = io.StringIO()
        try:
            csv.writer(buf, lineterminator="\n").writerow([f"a{c}b", "x"])
        except csv.Error:
            other += c
            continue
        if buf.getvalue() == '"' + f"a{c}b".replace('"', '""') + '",x\n':
            quoted += c
        elif buf.getvalue() != f"a{c}b,x\n":
            other += c
    return quoted, other


def _float_text(values: list) -> list[str]:
    """Floats as pandas writes them to CSV (numpy's text, '' for a missing one)."""
    numbers = np.array([np.nan if v is None else v for v in values], dtype="float64")
    text = numbers.astype(str).astype(object)
    text[np.isnan(numbers)] = ""
    return text.tolist()


def arrow_from_columns(name: str, cols: Columns) -> pa.Table:
    """The table as Arrow, equal to :func:`to_arrow` of the same table."""
    table_schema = schema(name)
    return pa.Table.from_arrays([pa.array(cols[f.name], type=f.type, from_pandas=True) for f in table_schema],
                                schema=table_schema)


ROW_GROUP_BYTES = 1 << 20  # Arrow bytes buffered per table before they become one Parquet row group


class TableWriter:
    """Write tables chunk by chunk: CSV rows appended at once; Parquet rows buffered up to ``row_group_bytes``
    per table, then written as one row group of a single file.

    Buffering keeps both memory and the file's footer bounded: a writer keeps the metadata of every row group
    it wrote until it closes (about 17 kB per row group of events), so one row group per small chunk would
    grow with the corpus. Use as a context manager; :meth:`write` takes a typed chunk (a DataFrame, or its
    ``cols`` from :func:`columns`), or its CSV bytes and Arrow table, as made by :func:`csv_from_columns` and
    :func:`arrow_from_columns`, e.g. in a worker process.
    """

    def __init__(self, out: str | Path, names: Iterable[str], parquet: bool = True,
                 row_group_bytes: int = ROW_GROUP_BYTES) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.parquet = parquet
        self.row_group_bytes = row_group_bytes
        self.files: list[Path] = []
        self._csv = {}
        self._pq: dict[str, pq.ParquetWriter] = {}
        self._buffer: dict[str, list[pa.Table]] = {}
        self._buffered: dict[str, int] = {}  # Arrow bytes in each table's buffer
        for name in names:
            path = self.out / f"{TABLE_FILES[name]}.csv"
            self._csv[name] = path.open("wb")
            self._csv[name].write(csv_header(name))
            self.files.append(path)
            if parquet:
                pq_path = self.out / f"{TABLE_FILES[name]}.parquet"
                self._pq[name] = pq.ParquetWriter(pq_path, schema(name))
                self._buffer[name] = []
                self._buffered[name] = 0
                self.files.append(pq_path)

    def write(self, name: str, df: pd.DataFrame | None = None, *, csv: bytes | None = None,
              arrow: pa.Table | None = None, cols: Columns | None = None) -> None:
        if df is not None:
            csv, arrow = csv_rows(df), to_arrow(name, df)
        elif cols is not None:
            csv, arrow = csv_from_columns(name, cols), arrow_from_columns(name, cols)
        if csv:
            self._csv[name].write(csv)
        if self.parquet and arrow is not None and arrow.num_rows:
            self._buffer[name].append(arrow)
            self._buffered[name] += arrow.nbytes
            if self._buffered[name] >= self.row_group_bytes:
                self._flush(name)

    def _flush(self, name: str) -> None:
        if self._buffer[name]:
            table = pa.concat_tables(self._buffer[name])
            self._pq[name].write_table(table, row_group_size=max(1, table.num_rows))
            self._buffer[name] = []
            self._buffered[name] = 0

    def close(self) -> None:
        for f in self._csv.values():
            f.close()
        for name, w in self._pq.items():
            self._flush(name)
            w.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path, parquet: bool = True) -> list[Path]:
    """Write each table as ``OUT/<name>.csv`` (and ``.parquet``); return the files written."""
    out = Path(out)
    for name in tables:
        remove_table(out, name)
    with TableWriter(out, tables, parquet) as writer:
        for name, df in tables.items():
            writer.write(name, frame(name, df))
    return writer.files


def remove_table(out: str | Path, name: str) -> None:
    """Delete a table's CSV and Parquet (file or partitioned folder) from an output folder, if there."""
    for path in (Path(out) / f"{TABLE_FILES[name]}.csv", Path(out) / f"{TABLE_FILES[name]}.parquet"):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _dataset(folder: str | Path, name: str) -> ds.Dataset | None:
    path = Path(folder) / f"{TABLE_FILES[name]}.parquet"
    if not path.exists():
        return None
    return ds.dataset(path, format="parquet", schema=schema(name))


def read_table(folder: str | Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of an ``extract`` output folder, from Parquet (file or partitioned folder) when present, else
    CSV, typed as written. ``columns`` reads only those (then in the order asked, unsorted)."""
    dataset = _dataset(folder, name)
    if dataset is not None:
        df = dataset.to_table(columns=columns).to_pandas()
    else:
        df = pd.read_csv(Path(folder) / f"{TABLE_FILES[name]}.csv", dtype=str, keep_default_na=False,
                         usecols=columns)
    if columns is not None:
        return _typed(df)
    return frame(name, df)


def iter_table(folder: str | Path, name: str, columns: list[str] | None = None,
               batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
    """A table of an output folder in batches of at most ``batch_rows`` rows, from Parquet when present, else
    CSV, for aggregating a table larger than memory one batch at a time (rows typed, in file order)."""
    path = Path(folder) / f"{TABLE_FILES[name]}.parquet"
    if path.exists():
        for part in sorted(path.glob("*.parquet")) if path.is_dir() else [path]:
            file = pq.ParquetFile(part, pre_buffer=False)
            for batch in file.iter_batches(batch_size=batch_rows, columns=columns, use_threads=False):
                yield _typed(batch.to_pandas())
        return
    with pd.read_csv(Path(folder) / f"{TABLE_FILES[name]}.csv", dtype=str, keep_default_na=False,
                     usecols=columns, chunksize=batch_rows) as reader:
        for batch in reader:
            yield _typed(batch)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Integers as nullable ints, goldstein as float, everything else as strings ('' for missing)."""
    for col in df.columns:
        if col in INT_COLUMNS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col in FLOAT_COLUMNS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    return df


class InMemoryTables(Protocol):
    """Tables held as DataFrames (``pipeline.Corpus``): ``articles``, ``events``, ``staff_counts``,
    ``merged_events``, and ``problems`` (read problems with ``path`` and ``message``)."""

    articles: pd.DataFrame
    events: pd.DataFrame
    staff_counts: pd.DataFrame
    merged_events: pd.DataFrame


Source = str | Path | InMemoryTables


def batches(source: Source, name: str, columns: list[str] | None = None,
            batch_rows: int | None = None) -> Iterator[pd.DataFrame]:
    """A table in batches of at most ``batch_rows`` rows, from an ``extract`` output folder (streamed from
    Parquet or CSV) or from tables in memory, so that one aggregation serves both. At least one batch (empty,
    with the columns asked for, when the table has no rows)."""
    wanted = columns or COLUMNS[name]
    batch_rows = batch_rows or BATCH_ROWS
    if isinstance(source, (str, Path)):
        parts = iter_table(source, name, columns, batch_rows)
    else:
        df = getattr(source, name)
        df = df.reindex(columns=wanted) if columns else df
        parts = (df.iloc[i:i + batch_rows] for i in range(0, len(df), batch_rows))
    empty = True
    for part in parts:
        empty = False
        yield part
    if empty:
        yield _typed(pd.DataFrame(columns=wanted))


def count_rows(source: Source, name: str) -> int:
    """The number of rows of a table (from Parquet metadata when the folder has Parquet)."""
    if isinstance(source, (str, Path)):
        dataset = _dataset(source, name)
        if dataset is not None:
            return int(dataset.count_rows())
        return sum(len(b) for b in iter_table(source, name, [COLUMNS[name][0]]))
    return len(getattr(source, name))


def write_problems(out: str | Path, problems: Iterable[object]) -> Path:
    """``OUT/problems.csv``: every skipped file (``path``, ``message``), so that a report read from the folder
    can list them."""
    rows = [{"path": str(getattr(p, "path", "")), "message": str(getattr(p, "message", ""))} for p in problems]
    path = Path(out) / PROBLEMS_FILE
    pd.DataFrame(rows, columns=PROBLEM_COLUMNS).to_csv(path, index=False, lineterminator="\n")
    return path


def read_problems(source: Source) -> pd.DataFrame:
    """The skipped files of a folder's ``problems.csv`` (none when absent) or of tables in memory."""
    if isinstance(source, (str, Path)):
        path = Path(source) / PROBLEMS_FILE
        if not path.is_file():
            return pd.DataFrame(columns=PROBLEM_COLUMNS)
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = [{"path": str(p.path), "message": str(p.message)} for p in getattr(source, "problems", [])]
    return pd.DataFrame(rows, columns=PROBLEM_COLUMNS)
