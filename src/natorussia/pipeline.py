"""Compose the stages for one article and for a whole corpus: corpus -> clean -> dates -> extract -> tables.

- :func:`process_article` is the unit of work: one article in, its rows out; pure.
- :func:`extract_corpus` gives the tables of a corpus as DataFrames (notebooks; small and medium corpora).
- :func:`extract_to` writes them to a folder streaming in chunks, in bounded memory whatever the corpus size,
  on all cores or on a Dask cluster, re-extracting only changed files (``natorussia extract``).
- :func:`extract_stream` does the same for any iterable of articles (a generator, a database cursor...).

The merged-events table is accumulated chunk by chunk (:class:`natorussia.merge.MergeAccumulator`): each chunk
contributes counters per merged row, never its mentions, so it too takes memory independent of the corpus.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from natorussia import clean, dates, engine, extract, merge, paths, references, scratch, tables
from natorussia.cache import CACHE_FOLDER, Cache
from natorussia.corpus import RawArticle, ReadProblem

ENGINES = ("local", "dask")
TABLES_PREFIX = "natorussia-tables-"


@dataclass
class ArticleResult:
    """The rows one article contributes to each table."""

    article: dict
    events: list[dict]
    staff_counts: list[dict]


@dataclass
class Corpus:
    """The extracted tables of a corpus, and the files that could not be read."""

    articles: pd.DataFrame
    events: pd.DataFrame
    staff_counts: pd.DataFrame
    merged_events: pd.DataFrame
    problems: list[ReadProblem] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "events": self.events, "staff_counts": self.staff_counts,
                "merged_events": self.merged_events}


@dataclass
class Summary:
    """What a run wrote: counts, the files that were skipped, and how long it took."""

    out: Path
    n_articles: int = 0
    n_events: int = 0
    n_staff: int = 0
    n_merged: int = 0
    n_cached: int = 0
    n_bytes: int = 0
    n_failed: int = 0  # articles whose extraction raised (a bug): reported among the problems
    problems: list[ReadProblem] = field(default_factory=list)
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)


def process_article(raw: RawArticle) -> ArticleResult:
    """Clean one article, date it and extract its events and staff counts."""
    cleaned = clean.clean_text(raw.text)
    source = raw.metadata.get("source") or cleaned.source
    mentions = extract.event_mentions(cleaned.text, extract.official_voice(source))
    dated = dates.given_date(raw)
    if dated is None:  # the well-known events the article refers to are read only to infer its date
        anchors = references.reference_anchors(cleaned.text, mentions)
        estimates = references.publication_estimates(mentions, cleaned.text)
        dated = dates.publication_date(raw, cleaned, anchors, estimates, references.in_office_since(cleaned.text))
    published, date_source = dated
    events = extract.article_events(raw.article_id, mentions, published, source, cleaned.text)
    article = {
        "article_id": raw.article_id,
        "date": published.iso if published else "",
        "date_precision": published.precision if published else "",
        "date_source": date_source,
        "source": source,
        "n_paragraphs": len(cleaned.paragraphs),
        "n_duplicate_paragraphs": cleaned.n_duplicate_paragraphs,
        "n_words": cleaned.n_words,
        "n_month_fixes": cleaned.n_month_fixes,
        "n_boilerplate": cleaned.n_boilerplate,
        "encoding": raw.encoding,
        "url": raw.metadata.get("url", ""),
    }
    return ArticleResult(article, events, extract.staff_counts(events))


def content_id(text: str) -> str:
    """A short stable hash of a text, for ids that survive re-runs."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def build_corpus(results: Iterable[ArticleResult], problems: list[ReadProblem] | None = None) -> Corpus:
    """The four tables from per-article results (all in memory)."""
    return _corpus([engine.tabulate(0, list(results), list(problems or []))])


def _corpus(outputs: Iterable[engine.ChunkOutput]) -> Corpus:
    parts: dict[str, list[pa.Table]] = {name: [] for name in engine.TABLES}
    acc, problems = merge.MergeAccumulator(), []
    for out in outputs:
        for name in engine.TABLES:
            parts[name].append(out.arrow[name])
        acc.update(out.merge)
        problems.extend(out.problems)
    frames = {name: tables.frame(name, pa.concat_tables(parts[name]).to_pandas() if parts[name] else [])
              for name in engine.TABLES}
    return Corpus(frames["articles"], frames["events"], frames["staff_counts"], acc.frame(), problems)


def _dirs(dirs: str | Path | Iterable[str | Path]) -> list[str | Path]:
    return [dirs] if isinstance(dirs, (str, Path)) else list(dirs)


def extract_corpus(dirs: str | Path | Iterable[str | Path], jobs: int = 1,
                   cache_dir: str | Path | None = None, chunk_size: int = engine.DEFAULT_CHUNK,
                   process: Callable[[RawArticle], ArticleResult] | None = None) -> Corpus:
    """Read, clean and extract every article of one or more corpus folders (bad files are listed in .problems).

    The tables are held in memory: for corpora larger than memory write them with :func:`extract_to` and read
    the Parquet back by columns or in batches (``tables.read_table``, ``tables.iter_table``).
    """
    _, items = engine.list_articles(_dirs(dirs))
    options = _options(process or process_article, cache_dir)
    return _corpus(engine.run_local(engine.chunked(items, chunk_size), options, jobs))


def _options(process: Callable, cache_dir: str | Path | None, strict: bool = True) -> engine.Options:
    if cache_dir is None:
        return engine.Options(process, strict=strict)
    cache = Cache(cache_dir)
    cache.prune()
    return engine.Options(process, str(Path(cache_dir).resolve()), cache.fingerprint, strict)


def extract_to(dirs: str | Path | Iterable[str | Path], out: str | Path, *, jobs: int | None = None,
               engine_name: str = "local", scheduler: str | None = None, use_cache: bool = True,
               cache_dir: str | Path | None = None, parquet: bool = True, chunk_size: int = engine.DEFAULT_CHUNK,
               on_problem: Callable[[ReadProblem], None] | None = None,
               on_progress: Callable[[int, int | None], None] | None = None,
               process: Callable[[RawArticle], ArticleResult] | None = None) -> Summary:
    """Extract the corpus folders into ``OUT/<table>.csv`` and ``.parquet``, streaming chunk by chunk.

    ``jobs`` worker processes (default: every core; 1 runs here), or with ``engine_name="dask"`` (implied by
    ``scheduler``) partitions of the file list on a ``dask.distributed`` cluster: the one at ``scheduler``
    (e.g. ``tcp://host:8786``), else a local one of ``jobs`` worker processes; each worker writes its
    partitions as part files of ``OUT/<table>.parquet/``. The output is the same in every case. The cache
    (``OUT/.cache`` unless ``cache_dir``) makes a re-run re-extract only changed files. An article whose
    extraction raises is reported (``on_problem``, ``Summary.n_failed``) and skipped, not fatal.
    """
    out = Path(out)
    jobs = jobs or engine.default_jobs()
    engine_name = "dask" if scheduler else engine_name
    if engine_name not in ENGINES:
        raise ValueError(f"unknown engine {engine_name!r} (one of {', '.join(ENGINES)})")
    dirs = _dirs(dirs)
    if engine_name == "dask":  # workers resolve paths in their own working folder
        dirs = [Path(d).absolute() for d in dirs]
    total, items = engine.list_articles(dirs)
    options = _options(process or process_article, (cache_dir or out / CACHE_FOLDER) if use_cache else None,
                       strict=False)
    chunks = engine.chunked(items, chunk_size)
    if engine_name == "local":
        return _write(out, engine.run_local(chunks, options, jobs), parquet, on_problem, on_progress, total)
    return _write_dask(out, chunks, options, scheduler, jobs, parquet, on_problem, on_progress, total)


def extract_stream(articles: Iterable[RawArticle | ReadProblem], out: str | Path, *, jobs: int = 1,
                   parquet: bool = True, chunk_size: int = engine.DEFAULT_CHUNK,
                   on_problem: Callable[[ReadProblem], None] | None = None,
                   process: Callable[[RawArticle], ArticleResult] | None = None) -> Summary:
    """Extract articles from any iterable (read lazily, one chunk at a time) into ``OUT`` like
    :func:`extract_to`. Rows keep the iterable's order (sorted within each chunk)."""
    chunks = engine.chunked(articles, chunk_size)
    options = engine.Options(process or process_article, strict=False)
    return _write(Path(out), engine.run_local(chunks, options, jobs), parquet, on_problem, None, None)


def _write(out: Path, outputs: Iterator[engine.ChunkOutput], parquet: bool,
           on_problem: Callable | None, on_progress: Callable | None, total: int | None,
           staging: Path | None = None, rows_written_by_workers: bool = False) -> Summary:
    """Append every chunk's rows to the tables in a staging folder, then put them in place in OUT (a failed
    run leaves the previous tables as they were)."""
    start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    staging = staging or out / f".extract-tmp-{uuid.uuid4().hex[:8]}"
    summary = Summary(out)
    acc = merge.MergeAccumulator()
    try:
        with tables.TableWriter(staging, engine.TABLES, parquet and not rows_written_by_workers) as writer:
            for chunk in outputs:
                for name in engine.TABLES:
                    if rows_written_by_workers:
                        writer.write(name, csv=engine.take_csv_part(staging, name, chunk.index))
                    else:
                        writer.write(name, csv=chunk.csv[name], arrow=chunk.arrow[name])
                acc.update(chunk.merge)
                for problem in chunk.problems:
                    if on_problem:
                        on_problem(problem)
                summary.problems.extend(chunk.problems)
                summary.n_articles += chunk.n_articles
                summary.n_events += chunk.n_events
                summary.n_staff += chunk.n_staff
                summary.n_cached += chunk.n_cached
                summary.n_bytes += chunk.n_bytes
                summary.n_failed += chunk.n_failed
                if on_progress:
                    on_progress(summary.n_articles + len(summary.problems), total)
        merged = acc.columns()
        summary.n_merged = tables.n_rows(merged)
        with tables.TableWriter(staging, ["merged_events"], parquet) as writer:
            writer.write("merged_events", cols=merged)
        tables.write_problems(staging, summary.problems)
        summary.files = _publish(staging, out, parquet)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    summary.seconds = time.perf_counter() - start
    return summary


def _publish(staging: Path, out: Path, parquet: bool) -> list[Path]:
    files = []
    for name in tables.TABLE_FILES:
        tables.remove_table(out, name)
        for suffix in (".csv", ".parquet") if parquet else (".csv",):
            src = staging / f"{tables.TABLE_FILES[name]}{suffix}"
            src.replace(out / src.name)
            files.append(out / src.name)
    (staging / tables.PROBLEMS_FILE).replace(out / tables.PROBLEMS_FILE)
    files.append(out / tables.PROBLEMS_FILE)
    return files


def _write_dask(out: Path, chunks: Iterator[list], options: engine.Options, scheduler: str | None, jobs: int,
                parquet: bool, on_problem: Callable | None, on_progress: Callable | None,
                total: int | None) -> Summary:
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        staging = out / f".extract-tmp-{uuid.uuid4().hex[:8]}"
        outputs = engine.run_dask(chunks, options, staging, client)
        summary = _write(out, outputs, parquet, on_problem, on_progress, total, staging=staging,
                         rows_written_by_workers=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary


def tables_folder(corpus_dirs: Iterable[str | Path], tables_dir: str | Path | None = None) -> Path:
    """The folder of tables a notebook reads: ``tables_dir`` when given (written by ``natorussia extract`` on any
    engine), else the corpus folders extracted into a new temporary folder, removed when the process ends (or, if
    it is killed, by the next call).

    That extraction keeps its cache in the project's ``.cache/extract``, so a notebook run again re-extracts
    only the files that changed; a corpus of more than two chunks is extracted on every core.
    """
    if tables_dir:
        return Path(tables_dir)
    dirs = [Path(d) for d in corpus_dirs]
    out = scratch.owned_folder(TABLES_PREFIX)
    n_files = sum(1 for d in dirs for _ in d.glob("*.txt"))
    extract_to(dirs, out, jobs=None if n_files > 2 * engine.DEFAULT_CHUNK else 1,
               cache_dir=paths.extract_cache_dir())
    return out


def progress_printer(every: float = 2.0) -> Callable[[int, int | None], None]:
    """A progress callback printing ``n/total articles, rate`` to stderr at most every ``every`` seconds."""
    start = last = time.perf_counter()

    def show(done: int, total: int | None) -> None:
        nonlocal last
        now = time.perf_counter()
        if now - last >= every or (total is not None and done >= total):
            last = now
            of = f"/{total}" if total else ""
            print(f"natorussia: {done}{of} articles, {done / max(now - start, 1e-9):.0f}/s", file=sys.stderr)
    return show
