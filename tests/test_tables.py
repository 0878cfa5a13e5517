"""Tables written chunk by chunk equal tables written whole; Parquet (file or partitioned folder) and CSV read
back typed the same."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia import tables

EVENTS = [
    {"event_id": f"e{i}", "article_id": f"a{i // 3:03d}", "event_type": "expel_diplomats", "actor": "RUS",
     "target": "NATO" if i % 2 else "", "date": "2021-10" if i % 4 else "", "count": i if i % 5 else None,
     "cameo": "161", "goldstein": -4.0, "sentence": f'He said: "expel {i}, now",\nthen left.', "sentence_index": i % 3}
    for i in range(40)
]


def test__frame__takes_rows_or_a_dataframe_alike():
    from_rows = tables.frame("events", EVENTS)
    from_frame = tables.frame("events", pd.DataFrame(EVENTS).sample(frac=1, random_state=1))
    pd.testing.assert_frame_equal(from_rows, from_frame)
    assert list(from_rows.columns) == tables.EVENT_COLUMNS
    assert str(from_rows["count"].dtype) == "Int64" and from_rows["goldstein"].dtype == "float64"
    assert from_rows["merged_id"].eq("").all()


ODD_EVENTS = [{**e, "count": str(e["count"]) if e["count"] else None, "goldstein": -4, "target": None}
              for e in EVENTS]  # values that frame converts: the column lists take its way


@pytest.mark.parametrize("rows", [EVENTS, EVENTS[::-1], ODD_EVENTS, EVENTS[:1], []])
def test__columns__the_same_table_csv_and_arrow_as_frame(rows):
    df = tables.frame("events", rows)
    cols = tables.columns("events", rows)
    assert cols == tables.frame_columns(df)
    assert tables.csv_from_columns("events", cols) == tables.csv_rows(df)
    assert tables.arrow_from_columns("events", cols).equals(tables.to_arrow("events", df))
    assert tables.arrow_from_columns("events", cols).schema == tables.schema("events")


text = st.text(st.sampled_from(list('ab ,"\n\r\t\x00\x1f\\\'é\u2028')), max_size=6)
staff_row = st.fixed_dictionaries({"article_id": text, "event_id": text, "sentence": text, "by": text,
                                   "value": st.one_of(st.none(), st.integers(-10**15, 10**15))})


@settings(max_examples=200, deadline=None)
@given(st.lists(staff_row, max_size=8))
def test__csv_from_columns__the_bytes_pandas_writes(rows):
    cols = tables.columns("staff_counts", rows)
    assert tables.csv_from_columns("staff_counts", cols) == tables.csv_rows(tables.frame("staff_counts", rows))


def test__frame__empty_table_has_every_column():
    df = tables.frame("staff_counts", [])
    assert df.empty and list(df.columns) == tables.STAFF_COLUMNS


def test__table_writer__chunks_equal_one_write(tmp_path):
    whole = tables.frame("events", EVENTS)
    tables.write_tables({"events": whole}, tmp_path / "whole")
    chunk_bytes = tables.to_arrow("events", whole.iloc[:7]).nbytes
    with tables.TableWriter(tmp_path / "chunks", ["events"], row_group_bytes=2 * chunk_bytes) as writer:
        for start in range(0, 40, 7):
            chunk = whole.iloc[start:start + 7]
            writer.write("events", csv=tables.csv_rows(chunk), arrow=tables.to_arrow("events", chunk))
    assert (tmp_path / "whole" / "events.csv").read_bytes() == (tmp_path / "chunks" / "events.csv").read_bytes()
    # six chunks buffered into row groups of about two chunks: the footer does not grow chunk by chunk
    assert pq.ParquetFile(tmp_path / "chunks" / "events.parquet").num_row_groups == 3
    assert pq.ParquetFile(tmp_path / "whole" / "events.parquet").num_row_groups == 1
    pd.testing.assert_frame_equal(tables.read_table(tmp_path / "chunks", "events"), whole)
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "chunks" / "events.csv", dtype=str, keep_default_na=False)
                                  .pipe(lambda df: tables.frame("events", df)), whole)


def test__read_table__csv_and_parquet_read_back_the_same(tmp_path):
    whole = tables.frame("events", EVENTS)
    tables.write_tables({"events": whole}, tmp_path / "both")
    tables.write_tables({"events": whole}, tmp_path / "csv", parquet=False)
    pd.testing.assert_frame_equal(tables.read_table(tmp_path / "both", "events"), whole)
    pd.testing.assert_frame_equal(tables.read_table(tmp_path / "csv", "events"), whole)


def test__read_table__partitioned_folder_reads_as_one_table(tmp_path):
    whole = tables.frame("events", EVENTS)
    folder = tmp_path / "events.parquet"
    folder.mkdir()
    for i, start in enumerate(range(0, 40, 15)):
        pq.write_table(tables.to_arrow("events", whole.iloc[start:start + 15]), folder / f"part-{i:06d}.parquet")
    pd.testing.assert_frame_equal(tables.read_table(tmp_path, "events"), whole)
    some = tables.read_table(tmp_path, "events", columns=["article_id", "count"])
    assert list(some.columns) == ["article_id", "count"] and len(some) == 40 and str(some["count"].dtype) == "Int64"


def test__iter_table__batches_cover_the_table_once(tmp_path):
    tables.write_tables({"events": tables.frame("events", EVENTS)}, tmp_path)
    batches = list(tables.iter_table(tmp_path, "events", columns=["article_id"], batch_rows=16))
    assert [len(b) for b in batches] == [16, 16, 8]
    assert pd.concat(batches)["article_id"].nunique() == 14


def test__iter_table__reads_csv_in_batches_when_there_is_no_parquet(tmp_path):
    whole = tables.frame("events", EVENTS)
    tables.write_tables({"events": whole}, tmp_path, parquet=False)
    batches = list(tables.iter_table(tmp_path, "events", batch_rows=16))
    assert [len(b) for b in batches] == [16, 16, 8]
    pd.testing.assert_frame_equal(pd.concat(batches, ignore_index=True), whole)


def test__iter_table__missing_table_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        next(tables.iter_table(tmp_path, "events"))


def test__write_tables__csv_only_removes_a_stale_parquet(tmp_path):
    tables.write_tables({"events": tables.frame("events", EVENTS)}, tmp_path)
    tables.write_tables({"events": tables.frame("events", EVENTS[:3])}, tmp_path, parquet=False)
    assert not (tmp_path / "events.parquet").exists()
    assert len(tables.read_table(tmp_path, "events")) == 3


def test__schema__the_same_for_an_empty_and_a_full_chunk():
    assert tables.to_arrow("events", tables.frame("events", [])).schema == \
        tables.to_arrow("events", tables.frame("events", EVENTS)).schema == tables.schema("events")
