"""Every engine gives the same tables: this process (--jobs 1), a pool of processes (--jobs 2) and a Dask
cluster of two worker processes on loopback; bad files are reported and skipped in each."""

from __future__ import annotations

from pathlib import Path

import fake_extraction as fx
import pandas as pd
import pytest
from distributed import LocalCluster

from natorussia import engine, tables
from natorussia.pipeline import extract_to

TABLES = ["articles", "events", "staff_counts", "merged_events"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = fx.write_corpus(tmp_path_factory.mktemp("corpus") / "news", 60)
    (folder / "metadata.csv").write_text("article_id,date,source,url\nart_00003,2014-03-18,BBC,https://x\n")
    (folder / "art_00007.txt").write_text("NATO will expel 7 diplomats. boom\n")  # fx.failing raises on it
    return folder


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as c:
        yield c


def run(corpus: Path, out: Path, **kwargs) -> tuple:
    problems = []
    summary = extract_to([corpus], out, use_cache=False, chunk_size=6, on_problem=problems.append,
                         process=kwargs.pop("process", fx.process), **kwargs)
    return summary, sorted((Path(p.path).name, p.message) for p in problems)


def assert_same_output(a: Path, b: Path) -> None:
    for name in TABLES:
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name
        pd.testing.assert_frame_equal(tables.read_table(a, name), tables.read_table(b, name))


def test__jobs__two_processes_give_the_same_tables_as_one(corpus, tmp_path):
    one, problems_one = run(corpus, tmp_path / "one", jobs=1)
    two, problems_two = run(corpus, tmp_path / "two", jobs=2)
    assert_same_output(tmp_path / "one", tmp_path / "two")
    assert problems_one == problems_two
    assert (one.n_articles, one.n_events, one.n_staff) == (two.n_articles, two.n_events, two.n_staff)
    assert one.n_articles == 60 and one.n_events > 60 and one.n_staff > 10 and one.n_merged > 5


def test__pool_context__forks_a_single_threaded_process_else_uses_a_fork_server(monkeypatch):
    monkeypatch.setattr(engine.threading, "active_count", lambda: 1)
    assert engine.pool_context().get_start_method() == "fork"
    monkeypatch.setattr(engine.threading, "active_count", lambda: 2)  # e.g. a notebook's kernel
    assert engine.pool_context().get_start_method() == "forkserver"


def test__jobs__a_fork_server_gives_the_same_tables_as_forked_workers(corpus, tmp_path, monkeypatch):
    """The workers' start method is chosen by the threads the caller runs: both give the same output."""
    run(corpus, tmp_path / "fork", jobs=2)
    ctx = engine.multiprocessing.get_context("forkserver")
    monkeypatch.setattr(engine, "pool_context", lambda: ctx)
    run(corpus, tmp_path / "forkserver", jobs=2)
    assert_same_output(tmp_path / "fork", tmp_path / "forkserver")


def test__dask__a_local_cluster_gives_the_same_tables_as_one_process(corpus, tmp_path, cluster):
    run(corpus, tmp_path / "one", jobs=1)
    summary, problems = run(corpus, tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert_same_output(tmp_path / "one", tmp_path / "dask")
    assert summary.n_articles == 60
    parts = sorted((tmp_path / "dask" / "events.parquet").glob("part-*.parquet"))
    assert len(parts) > 3  # partitioned Parquet, one part per partition
    assert not list((tmp_path / "dask").glob(".extract-tmp-*"))
    assert (tmp_path / "one" / "problems.csv").read_bytes() == (tmp_path / "dask" / "problems.csv").read_bytes()


def test__dask__the_notebooks_views_read_partitioned_parquet_as_a_single_file(corpus, tmp_path, cluster):
    """A report on a cluster's output is the report on a local run's: no line of the notebooks changes."""
    from natorussia import params, views

    run(corpus, tmp_path / "one", jobs=1)
    run(corpus, tmp_path / "dask", scheduler=cluster.scheduler_address)
    (tmp_path / "one" / "events.csv").unlink()          # the views read Parquet, not the CSV
    p = params.check(tables_dir=str(tmp_path / "dask"))
    for view in (views.timeline, views.yearly_index, views.staff_figures):
        pd.testing.assert_frame_equal(view(tmp_path / "one", p), view(tmp_path / "dask", p))
    one, dask = views.article_summary(tmp_path / "one", p), views.article_summary(tmp_path / "dask", p)
    pd.testing.assert_frame_equal(one.first, dask.first)
    assert (one.n_read, one.n_mentions, one.n_reporting) == (dask.n_read, dask.n_mentions, dask.n_reporting) != (0, 0, 0)


@pytest.mark.parametrize("engine", [{"jobs": 1}, {"jobs": 2}, {"engine_name": "dask"}])
def test__bad_files__reported_and_skipped_in_every_engine(corpus, tmp_path, engine, cluster):
    if engine.get("engine_name"):
        engine = {"scheduler": cluster.scheduler_address}
    summary, problems = run(corpus, tmp_path / "out", **engine)
    assert [name for name, _ in problems] == ["binary.txt", "empty.txt"]
    ids = set(tables.read_table(tmp_path / "out", "articles")["article_id"])
    assert "empty" not in ids and "binary" not in ids and len(ids) == 60


@pytest.mark.parametrize("engine", [{"jobs": 1}, {"jobs": 2}, {"engine_name": "dask"}])
def test__extraction_failure__reported_skipped_and_counted_in_every_engine(corpus, tmp_path, engine, cluster):
    if engine.get("engine_name"):
        engine = {"scheduler": cluster.scheduler_address}
    summary, problems = run(corpus, tmp_path / "out", process=fx.failing, **engine)
    assert summary.n_failed == 1
    assert ("art_00007.txt", "extraction failed: RuntimeError: rule crashed") in problems
    assert summary.n_articles == 59


def test__dask__csv_only_leaves_no_parquet(corpus, tmp_path, cluster):
    summary = extract_to([corpus], tmp_path, scheduler=cluster.scheduler_address, parquet=False, use_cache=False,
                         process=fx.process, chunk_size=6)
    assert summary.n_articles == 60
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{t}.csv" for t in TABLES] + ["problems.csv"])


def test__metadata__overrides_reach_the_tables_in_every_engine(corpus, tmp_path):
    run(corpus, tmp_path, jobs=2)
    row = tables.read_table(tmp_path, "articles").set_index("article_id").loc["art_00003"]
    assert (row["date"], row["source"], row["url"]) == ("2014-03-18", "BBC", "https://x")
