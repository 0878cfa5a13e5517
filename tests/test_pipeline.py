"""The pipeline streams: the tables written chunk by chunk equal the tables computed at once, the merged table
is accumulated without holding the mentions, and memory does not grow with the number of articles."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import fake_extraction as fx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia import engine, merge, paths, tables
from natorussia.cli import main
from natorussia.corpus import RawArticle, ReadProblem, iter_corpus
from natorussia.pipeline import extract_corpus, extract_stream, extract_to

TABLES = ["articles", "events", "staff_counts", "merged_events"]


def raw(i: int) -> RawArticle:
    return RawArticle(f"art_{i:06d}", fx.article_text(i % 40), header_date="2019-05-04")


def test__extract_corpus__equals_the_tables_written_by_extract_to(tmp_path):
    corpus = fx.write_corpus(tmp_path / "corpus", 25)
    in_memory = extract_corpus(corpus, process=fx.process, chunk_size=4)
    extract_to([corpus], tmp_path / "out", jobs=1, use_cache=False, process=fx.process)
    for name, df in in_memory.tables().items():
        pd.testing.assert_frame_equal(df, tables.read_table(tmp_path / "out", name))
    assert sorted(Path(p.path).name for p in in_memory.problems) == ["binary.txt", "empty.txt"]


def test__extract_corpus__merged_table_equals_merge_events_of_the_whole(tmp_path):
    corpus = extract_corpus(fx.write_corpus(tmp_path, 80), process=fx.process, chunk_size=3)
    pd.testing.assert_frame_equal(corpus.merged_events, merge.merge_events(corpus.events, corpus.articles))
    assert corpus.merged_events["n_articles"].max() > 3


def test__events__carry_the_id_of_their_merged_row(tmp_path):
    corpus = extract_corpus(fx.write_corpus(tmp_path, 30), process=fx.process)
    counts = corpus.events.groupby("merged_id")["article_id"].nunique()
    merged = corpus.merged_events.set_index("merged_id")["n_articles"]
    assert counts.sort_index().tolist() == merged.sort_index().tolist()


def test__merge_accumulator__article_ids_are_capped_but_counted(tmp_path):
    events = tables.frame("events", [
        {"event_id": f"e{i}", "article_id": f"a{i:04d}", "event_type": "talks", "actor": "RUS", "target": "NATO",
         "date": "2016-04-20", "sentence": "Talks.", "sentence_index": 0, "cameo": "040", "goldstein": 1.0}
        for i in range(merge.MAX_LISTED_ARTICLES + 30)])
    articles = tables.frame("articles", [{"article_id": a} for a in events["article_id"]])
    acc = merge.MergeAccumulator()
    for start in range(0, len(events), 17):
        part = merge.MergeAccumulator()
        part.add(events.iloc[start:start + 17], articles.iloc[start:start + 17])
        acc.update(part)
    row = acc.frame().iloc[0]
    assert row["n_articles"] == merge.MAX_LISTED_ARTICLES + 30 == row["n_sources"]
    assert row["article_ids"].split(";") == [f"a{i:04d}" for i in range(merge.MAX_LISTED_ARTICLES)]
    pd.testing.assert_frame_equal(acc.frame(), merge.merge_events(events, articles))


mention = st.fixed_dictionaries({
    "article_id": st.sampled_from([f"a{i}" for i in range(8)]),
    "event_type": st.sampled_from(["talks", "sanctions"]),
    "actor": st.sampled_from(["RUS", "NATO", ""]),
    "target": st.sampled_from(["RUS", ""]),
    "date": st.sampled_from(["", "2014", "2014-03", "2014-03-18", "2014-03-20", "2015-01", "2015-01-02"]),
    "count": st.one_of(st.none(), st.integers(1, 500)),
    "sentence_index": st.integers(0, 5),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(mention, max_size=30), st.dictionaries(st.sampled_from([f"a{i}" for i in range(8)]),
                                                       st.sampled_from(["", "BBC", "Reuters"])),
       st.integers(1, 5))
def test__merge_accumulator__equals_merge_events_however_the_articles_are_chunked(mentions, outlets, size):
    for i, m in enumerate(mentions):
        m.update(event_id=f"e{i:03d}", sentence=f"s{m['sentence_index']}", cameo="040", goldstein=1.0)
    events = tables.frame("events", mentions)
    ids = sorted(set(events["article_id"]))
    articles = tables.frame("articles", [{"article_id": a, "source": outlets.get(a, "")} for a in ids])
    acc = merge.MergeAccumulator()
    for start in range(0, len(ids), size):  # chunks of whole articles, merged in reverse order
        chunk_ids = set(ids[start:start + size])
        part = merge.MergeAccumulator()
        part.add(events[events["article_id"].isin(chunk_ids)], articles[articles["article_id"].isin(chunk_ids)])
        part.update(acc)
        acc = part
    pd.testing.assert_frame_equal(acc.frame(), merge.merge_events(events, articles))


def test__list_articles__same_articles_and_problems_as_iter_corpus(tmp_path):
    a = fx.write_corpus(tmp_path / "a", 6)
    b = fx.write_corpus(tmp_path / "b", 3, start=4, bad=False)  # art_00004, art_00005 also in a
    (a / "metadata.csv").write_text("article_id,date,source,url\nart_00001,2014-02,BBC,\nmissing,2014,,\n"
                                    "art_00002,2014-13-01,,\n")
    total, items = engine.list_articles([a, b, a])
    items = list(items)
    expected = list(iter_corpus([a, b, a]))
    assert total == 11
    read = {x.article_id for x in expected if isinstance(x, RawArticle)}
    assert [i[0] for i in items if isinstance(i, tuple)] == sorted(read | {"binary", "empty"})
    mine = sorted((Path(p.path).name, p.message) for p in items if isinstance(p, ReadProblem))
    theirs = sorted((Path(p.path).name, p.message) for p in expected
                    if isinstance(p, ReadProblem) and p.message not in {"empty file", "binary file (NUL bytes)"})
    assert mine == theirs
    metadata = dict((i[0], i[2]) for i in items if isinstance(i, tuple))
    assert metadata["art_00001"]["source"] == "BBC" and metadata["art_00003"] == {}


def test__chunked__boundaries_depend_on_ids_only():
    ids = [f"art_{i:05d}" for i in range(3000)]
    chunks = [[x[0] for x in c] for c in engine.chunked([(i, "", {}) for i in ids], 100)]
    assert sum(map(len, chunks)) == 3000 and all(len(c) <= 200 for c in chunks)
    assert all(len(c) >= 50 for c in chunks[:-1])
    with_one_more = [[x[0] for x in c] for c in engine.chunked(
        [(i, "", {}) for i in sorted([*ids, "art_01234x"])], 100)]
    changed = [c for c in with_one_more if c not in chunks]
    assert len(changed) == 1 and "art_01234x" in changed[0]


def peak_memory(n: int, out: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        summary = extract_stream((raw(i) for i in range(n)), out, chunk_size=100, process=fx.process)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert summary.n_articles == n


def test__extract_stream__memory_does_not_grow_with_the_number_of_articles(tmp_path, monkeypatch):
    """Python's peak allocation streaming 400 and then 1,600 articles (from a generator, read lazily): the
    same within 20%. Holding the articles, their rows or their mentions would make it grow about 4x."""
    monkeypatch.setattr(merge, "MAX_LISTED_ARTICLES", 10)  # the bounded id lists fill up at this small scale
    peak_memory(100, tmp_path / "warm-up")  # imports and caches of first use
    small = peak_memory(400, tmp_path / "small")
    large = peak_memory(1600, tmp_path / "large")
    assert large < 1.2 * small, (small, large)


def test__extract_stream__takes_any_iterable_and_reports_its_problems(tmp_path):
    def articles():
        yield raw(2)
        yield ReadProblem("feed://item/9", "no body")
        yield raw(1)
    problems = []
    summary = extract_stream(articles(), tmp_path, process=fx.process, on_problem=problems.append)
    assert problems == [ReadProblem("feed://item/9", "no body")] and summary.n_articles == 2
    assert tables.read_table(tmp_path, "articles")["article_id"].tolist() == ["art_000001", "art_000002"]


def test__extract_to__an_interrupted_run_leaves_the_previous_tables(tmp_path):
    corpus = fx.write_corpus(tmp_path / "corpus", 12)
    extract_to([corpus], tmp_path / "out", jobs=1, process=fx.process, use_cache=False)
    before = {n: (tmp_path / "out" / f"{n}.csv").read_bytes() for n in TABLES}
    (corpus / "art_00011.txt").write_text("interrupt\n")
    with pytest.raises(KeyboardInterrupt):
        extract_to([corpus], tmp_path / "out", jobs=1, process=interrupting, use_cache=False, chunk_size=2)
    assert before == {n: (tmp_path / "out" / f"{n}.csv").read_bytes() for n in TABLES}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"{n}.{s}" for n in TABLES for s in ("csv", "parquet")] + ["problems.csv"])


def interrupting(article: RawArticle):
    if "interrupt" in article.text:
        raise KeyboardInterrupt
    return fx.process(article)


def test__process_article__the_real_rules_give_the_same_tables_on_any_number_of_processes(tmp_path):
    one = extract_to([paths.SEEDS_DIR, paths.CORPUS_DIR], tmp_path / "one", jobs=1, use_cache=False, chunk_size=8)
    two = extract_to([paths.SEEDS_DIR, paths.CORPUS_DIR], tmp_path / "two", jobs=2, use_cache=False, chunk_size=8)
    assert one.n_failed == 0 and one.n_articles == two.n_articles >= 35
    for name in TABLES:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--chunk-size", "x"], ["--engine", "spark"]])
def test__cli__bad_extract_options_exit_2(tmp_path, args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), *args])
    assert exc.value.code == 2 and "Traceback" not in capsys.readouterr().err


def test__cli__failed_extractions_exit_1_with_the_rest_written(tmp_path, monkeypatch, capsys):
    corpus = fx.write_corpus(tmp_path / "corpus", 4, bad=False)
    (corpus / "art_00001.txt").write_text("boom\n")
    monkeypatch.setattr("natorussia.pipeline.process_article", fx.failing)
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert "extraction failed on 1 articles" in capsys.readouterr().err
    assert len(tables.read_table(tmp_path / "out", "articles")) == 3


def test__tables_folder__given_tables_are_read_as_they_are(tmp_path):
    from natorussia.pipeline import tables_folder

    assert tables_folder([paths.SEEDS_DIR], tmp_path) == tmp_path


def test__tables_folder__extracts_the_corpus_into_a_temporary_folder_of_parquet(tmp_path, monkeypatch):
    from natorussia import pipeline

    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")
    folder = pipeline.tables_folder([paths.SEEDS_DIR])
    assert folder != paths.SEEDS_DIR and not folder.is_relative_to(paths.PROJECT_DIR)
    assert {p.name for p in folder.iterdir()} >= {"articles.parquet", "events.parquet", "staff_counts.parquet",
                                                  "merged_events.parquet", "problems.csv"}
    assert tables.count_rows(folder, "articles") == len(list(paths.SEEDS_DIR.glob("*.txt")))
    assert (tmp_path / "cache" / "extract").is_dir()          # a second run re-extracts only changed files
