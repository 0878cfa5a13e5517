"""The cache: a re-run re-extracts only the files that changed, and never serves a stale result."""

from __future__ import annotations

import shutil
from pathlib import Path

import fake_extraction as fx
import pytest

from natorussia import cache, engine, tables
from natorussia.cli import main
from natorussia.pipeline import extract_to

TABLES = ["articles", "events", "staff_counts", "merged_events"]
calls: list[str] = []


def counting(raw):
    """fx.process, recording which articles it was called on (jobs=1 runs in this process)."""
    calls.append(raw.article_id)
    return fx.process(raw)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return fx.write_corpus(tmp_path / "corpus", 30)


def run(corpus: Path, out: Path, **kwargs):
    calls.clear()
    return extract_to([corpus], out, jobs=1, chunk_size=5, process=counting, **kwargs)


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLES}


def test__cache__second_run_extracts_nothing_and_writes_the_same(corpus, tmp_path):
    first = run(corpus, tmp_path / "out")
    before = snapshot(tmp_path / "out")
    assert len(calls) == 30 and first.n_cached == 0
    second = run(corpus, tmp_path / "out")
    assert calls == [] and second.n_cached == 30
    assert snapshot(tmp_path / "out") == before
    assert (tmp_path / "out" / ".cache" / cache.fingerprint()).is_dir()


def test__cache__a_changed_file_is_re_extracted_and_nothing_else(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    path = corpus / "art_00012.txt"
    path.write_text("Russia said it would expel 44 diplomats of NATO in 2019.\n")
    summary = run(corpus, tmp_path / "out")
    assert calls == ["art_00012"]
    assert summary.n_cached == 29
    fresh = run(corpus, tmp_path / "fresh", use_cache=False)
    assert fresh.n_cached == 0 and len(calls) == 30
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "fresh")
    staff = tables.read_table(tmp_path / "out", "staff_counts")
    assert 44 in set(staff.loc[staff["article_id"] == "art_00012", "value"])


@pytest.mark.parametrize("name", ["art_00500", "art_00012b", "a_first"])  # after, among, before the others
def test__cache__an_added_file_is_extracted_and_nothing_else(corpus, tmp_path, name):
    run(corpus, tmp_path / "out")
    (corpus / f"{name}.txt").write_text(fx.article_text(500), encoding="utf-8")
    summary = run(corpus, tmp_path / "out")
    assert calls == [name] and summary.n_articles == 31


def test__cache__a_removed_file_leaves_nothing_to_extract(corpus, tmp_path):
    chunks = [[engine.item_id(i) for i in chunk] for chunk in engine.chunked(engine.list_articles([corpus])[1], 5)]
    removed = {chunks[1][0], chunks[3][-1], chunks[5][1]}  # the first, the last and a middle file of chunks
    run(corpus, tmp_path / "out")
    for name in removed:
        (corpus / f"{name}.txt").unlink()
    summary = run(corpus, tmp_path / "out")
    assert calls == [] and summary.n_articles == 30 - len(removed) == 27


def test__cache__a_chunks_articles_are_stored_together(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    entries = [p for p in (tmp_path / "out" / ".cache").rglob("*.pkl")]
    chunks = [p for p in entries if p.parent.parent.name == "chunk"]
    assert 2 <= len(chunks) <= 15 and len(entries) <= 3 * len(chunks)  # 32 files: one entry per file would be 32+


def test__cache__a_changed_metadata_row_is_re_extracted(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    (corpus / "metadata.csv").write_text("article_id,date,source,url\nart_00004,2015-06-01,CNN,\n")
    run(corpus, tmp_path / "out")
    assert calls == ["art_00004"]
    row = tables.read_table(tmp_path / "out", "articles").set_index("article_id").loc["art_00004"]
    assert (row["date"], row["source"]) == ("2015-06-01", "CNN")


def test__cache__a_damaged_entry_is_a_miss(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    before = snapshot(tmp_path / "out")
    for entry in (tmp_path / "out" / ".cache").rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    summary = run(corpus, tmp_path / "out")
    assert len(calls) == 30 and summary.n_cached == 0
    assert snapshot(tmp_path / "out") == before


def test__cache__no_cache_neither_reads_nor_writes_one(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    summary = run(corpus, tmp_path / "out2", use_cache=False)
    assert len(calls) == 30 and summary.n_cached == 0
    assert not (tmp_path / "out2" / ".cache").exists()


def test__cache__cache_dir_elsewhere_serves_another_output_folder(corpus, tmp_path):
    run(corpus, tmp_path / "a", cache_dir=tmp_path / "shared-cache")
    run(corpus, tmp_path / "b", cache_dir=tmp_path / "shared-cache")
    assert calls == [] and snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert not (tmp_path / "a" / ".cache").exists()


def test__cache__failed_extractions_are_not_cached(tmp_path):
    corpus = fx.write_corpus(tmp_path / "corpus", 5, bad=False)
    (corpus / "art_00002.txt").write_text("boom\n")
    first = extract_to([corpus], tmp_path / "out", jobs=1, process=fx.failing)
    assert first.n_failed == 1
    second = extract_to([corpus], tmp_path / "out", jobs=1, process=fx.failing)
    assert second.n_failed == 1 and second.n_cached == 4


def test__fingerprint__changes_with_a_rules_file(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(cache.DATA_DIR, data)
    monkeypatch.setattr(cache, "DATA_DIR", data)
    cache.fingerprint.cache_clear()
    try:
        before = cache.fingerprint()
        first = sorted(data.iterdir())[0]
        first.write_bytes(first.read_bytes() + b"\n# one more rule\n")
        cache.fingerprint.cache_clear()
        assert cache.fingerprint() != before
    finally:
        cache.fingerprint.cache_clear()


def test__cache__a_new_fingerprint_prunes_the_old_entries(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    old = cache.Cache(tmp_path / "out" / ".cache")
    stale = cache.Cache(tmp_path / "out" / ".cache", "0" * 20)
    stale.prune()
    assert not old.dir.exists() and stale.dir.is_dir()
    summary = run(corpus, tmp_path / "out")  # the current fingerprint again: everything re-extracted
    assert summary.n_cached == 0 and len(calls) == 30 and not stale.dir.exists()


def test__article_key__depends_on_bytes_id_and_metadata():
    key = cache.article_key("a", b"text", {"date": "2020"})
    assert key != cache.article_key("b", b"text", {"date": "2020"})
    assert key != cache.article_key("a", b"text!", {"date": "2020"})
    assert key != cache.article_key("a", b"text", {"date": "2021"})
    assert key == cache.article_key("a", b"text", {"date": "2020"})


def test__cli__second_run_says_how_many_came_from_the_cache(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("natorussia.pipeline.process_article", counting)
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--jobs", "1"]) == 0
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--jobs", "1"]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("30 articles, ") and "30 from cache" in last


def test__prune__leaves_what_is_not_this_caches(tmp_path):
    (tmp_path / "pip").mkdir()
    (tmp_path / "0123456789abcdef0123" / "wheels").mkdir(parents=True)  # a fingerprint-like name, not ours
    (tmp_path / "notes.txt").write_text("mine")
    ours = cache.Cache(tmp_path, "f" * 20)
    ours.prune()
    (ours.dir / "article").mkdir()
    cache.Cache(tmp_path, "e" * 20).prune()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["pip", "0123456789abcdef0123", "notes.txt", "e" * 20])


def test__prune__an_old_folder_another_process_removed_meanwhile_is_no_error(tmp_path, monkeypatch):
    old = tmp_path / ("a" * 20)
    (old / "article").mkdir(parents=True)
    real_iterdir = Path.iterdir

    def racing_iterdir(self):
        if self == old:  # the other process's rmtree lands between listing the root and reading this folder
            shutil.rmtree(old)
            raise FileNotFoundError(str(old))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", racing_iterdir)
    ours = cache.Cache(tmp_path, "f" * 20)
    ours.prune()
    assert ours.dir.is_dir() and not old.exists()
