"""Run the per-article extraction over chunks of a corpus: in this process, in a pool of processes
(``--jobs``), or on a Dask cluster (``--engine dask`` / ``--scheduler``).

The unit of work is a *chunk*: a few hundred articles in corpus order. :func:`run_chunk` reads them, extracts
each (or takes it from the cache), and turns the chunk into finished table rows: CSV bytes, an Arrow table
per table, and the chunk's share of the merged-events table (a :class:`~natorussia.merge.MergeAccumulator`).
Whoever runs the chunks only appends those rows, in chunk order, so the output is the same byte for byte
whichever engine and however many processes ran them, and memory holds a bounded number of chunks.

Chunk boundaries depend only on article ids (content-defined, like rsync's): adding or removing one file
changes the chunk it falls in and no other, so the chunk-level cache still serves the rest.
"""

from __future__ import annotations

import bisect
import heapq
import multiprocessing
import os
import re
import threading
import uuid
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from natorussia import merge, tables
from natorussia.cache import Cache, article_key, chunk_key
from natorussia.corpus import METADATA_FILE, CorpusError, RawArticle, ReadProblem, read_article, read_metadata

TABLES = ("articles", "events", "staff_counts")
DEFAULT_CHUNK = 200

NAME = re.compile(r"[^\0]+")  # file names joined with NUL, which no name contains
FileItem = tuple[str, str, dict]  # (article_id, path, metadata row)
Item = FileItem | RawArticle | ReadProblem


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# --- the corpus as a stream of items, in order -------------------------------------------------------------

def list_articles(dirs: Iterable[str | Path]) -> tuple[int, Iterator[FileItem | ReadProblem]]:
    """The number of ``*.txt`` files of the folders, and an iterator over them as (article_id, path, metadata)
    ordered by article id, so that output rows come out sorted as the tables are; ReadProblems first for the
    skipped rows of the ``metadata.csv`` files.

    The same articles, problems and errors as :func:`natorussia.corpus.iter_corpus` (a folder given twice is
    read once; an id met again in a later folder is skipped and reported), but nothing is read here, and the
    listing is kept as one string of sorted file names per folder (about 20 bytes an article, rather than 75
    in a list or 300 for a Path each), merged lazily across folders.
    """
    unique: dict[Path, Path] = {}
    for d in dirs:
        unique.setdefault(Path(d).resolve(), Path(d))
    listings, problems = [], []
    for index, folder in enumerate(unique.values()):
        if not folder.exists():
            raise CorpusError(f"corpus folder not found: {folder}")
        if not folder.is_dir():
            raise CorpusError(f"not a folder: {folder}")
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if e.name.endswith(".txt") and e.is_file()]
        names.sort(key=lambda n: n[:-4])
        rows, bad_rows = read_metadata(folder)
        problems.extend(bad_rows)
        for article_id in sorted(rows):
            at = bisect.bisect_left(names, article_id, key=lambda n: n[:-4])
            if at == len(names) or names[at][:-4] != article_id:
                problems.append(ReadProblem(str(folder / METADATA_FILE),
                                            f"no article {article_id!r} in the folder; row ignored"))
        listings.append((index, str(folder), len(names), "\0".join(names), rows))  # one string: 1/4 the memory
        del names
    total = sum(count for _, _, count, _, _ in listings)
    if not total:
        raise CorpusError(f"no articles (*.txt) in {', '.join(str(d) for d in unique.values())}")

    def folder_items(index: int, folder: str, _: int, names: str, metadata: dict) -> Iterator[tuple]:
        for m in NAME.finditer(names):
            name = m.group()
            yield name[:-4], index, folder, name, metadata.get(name[:-4]) or {}

    def items() -> Iterator[FileItem | ReadProblem]:
        yield from problems
        previous_id, previous_path = None, ""
        for stem, _, folder, name, metadata in heapq.merge(*(folder_items(*x) for x in listings),
                                                           key=lambda item: (item[0], item[1])):
            path = os.path.join(folder, name)
            if stem == previous_id:  # the same id in a later folder: adjacent in id order
                yield ReadProblem(path, f"article id {stem!r} already read from {previous_path}")
                continue
            previous_id, previous_path = stem, path
            yield stem, path, metadata

    return total, items()


def item_id(item: Item) -> str:
    if isinstance(item, RawArticle):
        return item.article_id
    if isinstance(item, ReadProblem):
        return item.path
    return item[0]


def chunked(items: Iterable[Item], size: int = DEFAULT_CHUNK) -> Iterator[list[Item]]:
    """Items in chunks of ``size`` on average (between size/2 and 3*size/2), cut after an item whose id hashes
    to 0 modulo ``size``: cuts depend on the ids alone, so one file added or removed changes one chunk."""
    low, high = max(1, size // 2), max(1, 3 * size // 2)
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= high or (len(chunk) >= low and zlib.crc32(item_id(item).encode()) % size == 0):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- one chunk --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Options:
    """What every chunk needs to know; sent with each chunk to a worker."""

    process: Callable  # RawArticle -> ArticleResult (natorussia.pipeline.process_article)
    cache_root: str | None = None
    fingerprint: str = ""
    strict: bool = True  # an article whose extraction raises stops the run; else it is reported and skipped


@dataclass
class ChunkOutput:
    """A chunk's finished rows and counts (csv and arrow are empty once a worker has written them itself)."""

    index: int
    csv: dict[str, bytes] = field(default_factory=dict)
    arrow: dict[str, pa.Table] = field(default_factory=dict)
    merge: merge.MergeAccumulator = field(default_factory=merge.MergeAccumulator)
    problems: list[ReadProblem] = field(default_factory=list)
    n_articles: int = 0
    n_events: int = 0
    n_staff: int = 0
    n_bytes: int = 0
    n_cached: int = 0
    n_failed: int = 0  # articles whose extraction raised (not strict): among the problems, never cached


class ExtractionFailed(ReadProblem):
    """An article that was read but whose extraction raised: a bug to report, not a bad file."""


def _extract(raw: RawArticle, options: Options) -> object:
    if options.strict:
        return options.process(raw)
    try:
        return options.process(raw)
    except Exception as exc:  # one article's failure must not sink a corpus of millions: reported, skipped
        return ExtractionFailed(raw.path or raw.article_id, f"extraction failed: {type(exc).__name__}: {exc}")


def run_chunk(index: int, items: list[Item], options: Options) -> ChunkOutput:
    """Read, extract (or take from the cache) and tabulate one chunk."""
    cache = Cache(options.cache_root, options.fingerprint) if options.cache_root else None
    n_bytes = 0
    keyed: list[tuple[Item, str | None]] = []
    keys: list[str] = []
    for item in items:
        key = None
        if cache is not None and isinstance(item, tuple):
            aid, path, metadata = item
            try:
                data = Path(path).read_bytes()
            except OSError:
                pass  # read_article reports it below
            else:
                n_bytes += len(data)
                key = article_key(aid, data, metadata)
                keys.append(key)
        keyed.append((item, key))
    # the paths too: a chunk's problems name its files
    whole_key = chunk_key(keys + [i[1] for i in items]) if cache is not None and len(keys) == len(items) else None
    if whole_key is not None:
        hit = cache.get("chunk", whole_key)
        if isinstance(hit, ChunkOutput):
            hit.index, hit.n_cached = index, hit.n_articles
            return hit

    ids = [item_id(item) for item in items]
    packed = cache.get_pack(ids, set(keys)) if cache is not None else {}
    entries: dict[str, object] = {}
    results, problems = [], []
    n_cached, cacheable = 0, whole_key is not None
    for item, key in keyed:
        if isinstance(item, ReadProblem):
            problems.append(item)
            continue
        result = packed.get(key) if key is not None else None
        if isinstance(result, ReadProblem):  # the same bytes, maybe under another folder
            result = ReadProblem(item[1], result.message)
        elif result is not None:
            n_cached += 1
        else:
            if isinstance(item, RawArticle):
                raw = item
            else:
                try:
                    raw = read_article(item[1], item[2])
                except ValueError as exc:
                    raw = ReadProblem(item[1], str(exc))
                if cache is None:
                    n_bytes += os.path.getsize(item[1]) if isinstance(raw, RawArticle) else 0
            result = raw if isinstance(raw, ReadProblem) else _extract(raw, options)
            if isinstance(result, ExtractionFailed):
                cacheable = False
        if key is not None and not isinstance(result, ExtractionFailed):
            entries[key] = result
        if isinstance(result, ReadProblem):
            problems.append(result)
        else:
            results.append(result)

    out = tabulate(index, results, problems)
    out.n_bytes = n_bytes
    out.n_failed = sum(isinstance(p, ExtractionFailed) for p in problems)
    if entries:
        cache.put_pack(ids, entries)
    if cacheable:
        cache.put("chunk", whole_key, out)
    out.n_cached = n_cached
    return out


def tabulate(index: int, results: list, problems: list[ReadProblem]) -> ChunkOutput:
    """The chunk's table rows from its per-article results."""
    articles = tables.columns("articles", [r.article for r in results])
    events = tables.columns("events", [e for r in results for e in r.events])
    keys = list(zip(events["event_type"], events["actor"], events["target"], [d[:4] for d in events["date"]],
                    strict=True))
    merged_ids = {key: merge.merged_id(*key) for key in set(keys)}  # a year is its own date[:4]
    events["merged_id"] = [merged_ids[key] for key in keys]
    staff = tables.columns("staff_counts", [s for r in results for s in r.staff_counts])
    acc = merge.MergeAccumulator()
    acc.add(events, articles)
    chunk = {"articles": articles, "events": events, "staff_counts": staff}
    return ChunkOutput(
        index,
        csv={name: tables.csv_from_columns(name, cols) for name, cols in chunk.items()},
        arrow={name: tables.arrow_from_columns(name, cols) for name, cols in chunk.items()},
        merge=acc, problems=problems,
        n_articles=tables.n_rows(articles), n_events=tables.n_rows(events), n_staff=tables.n_rows(staff),
    )


# --- local: this process or a pool of processes -------------------------------------------------------------

def _run_indexed(args: tuple[int, list[Item], Options]) -> ChunkOutput:
    return run_chunk(*args)


def pool_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked from this process when it runs no other thread (the command line),
    so they start at once with the library imported; else (a notebook's kernel, a Dask client) from a fork
    server, as forking a process with threads can deadlock."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["natorussia.worker"])  # the library with its rule indexes built
    return ctx


def run_local(chunks: Iterable[list[Item]], options: Options, jobs: int = 1) -> Iterator[ChunkOutput]:
    """Chunk outputs in chunk order, computed here (jobs=1) or by ``jobs`` worker processes, with at most
    2*jobs chunks in flight (memory bounded whatever the corpus size)."""
    tasks = ((i, chunk, options) for i, chunk in enumerate(chunks))
    if jobs <= 1:
        yield from map(_run_indexed, tasks)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=pool_context())
    try:
        pending: deque = deque()
        for task in tasks:
            pending.append(pool.submit(_run_indexed, task))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # on an error or an interrupt, drop the chunks not started yet
        pool.shutdown(wait=True, cancel_futures=True)


# --- Dask -------------------------------------------------------------------------------------------------

def part_name(index: int) -> str:
    return f"part-{index:06d}"


def write_part(index: int, items: list[Item], options: Options, staging: str) -> ChunkOutput:
    """Run on a Dask worker: extract one partition and write its rows under ``staging`` (a shared folder):
    ``<table>.parquet/part-NNNNNN.parquet`` and ``.csv-parts/<table>/part-NNNNNN.csv``. Returns the counts,
    problems and merge share only."""
    out = run_chunk(index, items, options)
    for name in TABLES:
        pq_dir = Path(staging) / f"{tables.TABLE_FILES[name]}.parquet"
        csv_dir = Path(staging) / ".csv-parts" / name
        pq_dir.mkdir(parents=True, exist_ok=True)
        csv_dir.mkdir(parents=True, exist_ok=True)
        pq.write_table(out.arrow[name], pq_dir / f"{part_name(index)}.parquet")
        (csv_dir / f"{part_name(index)}.csv").write_bytes(out.csv[name])
    out.csv, out.arrow = {}, {}
    return out


def run_dask(chunks: Iterable[list[Item]], options: Options, staging: str | Path,
             client: object) -> Iterator[ChunkOutput]:
    """Partitions extracted on a ``dask.distributed`` cluster, each written by its worker under ``staging``;
    yields their (row-less) outputs in partition order, with a bounded number of partitions in flight."""
    from distributed import as_completed

    staging = str(Path(staging).resolve())
    window = max(4, 2 * sum(client.nthreads().values()))
    run = uuid.uuid4().hex[:8]
    chunks = iter(chunks)
    queue = as_completed()
    next_index, in_flight = 0, 0

    def submit() -> bool:
        nonlocal next_index, in_flight
        chunk = next(chunks, None)
        if chunk is None:
            return False
        queue.add(client.submit(write_part, next_index, chunk, options, staging, key=f"natorussia-{run}-{next_index}",
                                pure=False))
        next_index += 1
        in_flight += 1
        return True

    while in_flight < window and submit():
        pass
    done: dict[int, ChunkOutput] = {}
    emitted = 0
    for future in queue:
        out = future.result()
        future.release()
        in_flight -= 1
        done[out.index] = out
        while emitted in done:
            yield done.pop(emitted)
            emitted += 1
        while in_flight < window and submit():
            pass
    while emitted in done:
        yield done.pop(emitted)
        emitted += 1


def take_csv_part(staging: str | Path, name: str, index: int) -> bytes:
    """A partition's CSV rows as written by :func:`write_part`; the part file is deleted."""
    part = Path(staging) / ".csv-parts" / name / f"{part_name(index)}.csv"
    data = part.read_bytes()
    part.unlink()
    return data
