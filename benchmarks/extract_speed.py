"""How fast ``natorussia extract`` is, how its time and memory grow with the corpus, what --jobs and the cache
gain, and how it compares with the date-only baseline a user would otherwise reach for.

    make bench-extract                                         # N = 1k, 10k, 100k (about 40 minutes)
    python benchmarks/extract_speed.py --sizes 200,2000 --baseline-sample 20   # a quick look

Corpora come from ``benchmarks/make_corpus.py`` (real articles recombined and varied) under ``--work``
(default ``build/bench``), made once and reused. Every run is the real command in a child process, timed
from start to exit (start-up, reading, extraction, writing CSV and Parquet), and its peak memory is the
child's maximum resident set (``wait4``'s ``ru_maxrss``; with --jobs, the largest of its processes). The
baseline is ``dateparser.search.search_dates`` (default settings, as a user would call it) over the first
``--baseline-sample`` articles of the smallest corpus: the same texts. Last, the report notebooks' memory on
tables of a million events against the seeds' (``benchmarks/report_memory.py``; ``--report-events 0`` skips
it). Each figure is printed with its goal.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus  # noqa: E402
import report_memory  # noqa: E402

TABLES = ("articles", "events", "staff_counts", "merged_events")


def natorussia_command() -> list[str]:
    script = Path(sys.executable).parent / "natorussia"
    return [str(script)] if script.exists() else [sys.executable, "-m", "natorussia.cli"]


def corpus(work: Path, n: int) -> tuple[Path, int]:
    """The benchmark corpus of N articles (made once) and its size in bytes."""
    folder = work / f"corpus_{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"  making corpus of {n:,} articles in {folder} ...", file=sys.stderr, flush=True)
        size = make_corpus.write_corpus(n, folder)
        stamp.write_text(str(size))
    return folder, int(stamp.read_text())


def run_extract(folder: Path, out: Path, *args: str) -> dict:
    """Run ``natorussia extract`` in a child process: wall seconds and peak memory (MiB)."""
    cmd = [*natorussia_command(), "extract", str(folder), "--out", str(out), *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    last = stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
    if proc.returncode not in (0, 1):  # 1: some articles failed extraction, reported; the rest written
        raise SystemExit(f"extract failed ({proc.returncode}): {' '.join(cmd)}\n{stderr.decode()[-2000:]}")
    return {"seconds": seconds, "peak_mib": usage.ru_maxrss / 1024, "summary": last[0], "status": proc.returncode}


def same_tables(a: Path, b: Path) -> bool:
    return all((a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes() for t in TABLES)


def baseline(folder: Path, sample: int) -> dict:
    """dateparser's search_dates over the first ``sample`` readable articles of ``folder``; and our own
    process_article over the very same texts, in this process."""
    from dateparser.search import search_dates

    from natorussia.corpus import RawArticle, iter_corpus
    from natorussia.pipeline import process_article

    articles = []
    for item in iter_corpus([folder]):
        if isinstance(item, RawArticle):
            articles.append(item)
            if len(articles) == sample:
                break
    search_dates(articles[0].text)  # first call loads dateparser's data
    start = time.perf_counter()
    for article in articles:
        search_dates(article.text)
    dateparser_seconds = time.perf_counter() - start
    process_article(articles[0])
    start = time.perf_counter()
    for article in articles:
        process_article(article)
    ours_seconds = time.perf_counter() - start
    return {"n": len(articles), "dateparser_per_s": len(articles) / dateparser_seconds,
            "ours_in_process_per_s": len(articles) / ours_seconds}


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="corpus sizes, comma-separated (default: 1000,10000,100000)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="corpora and outputs")
    parser.add_argument("--baseline-sample", type=int, default=300, metavar="K",
                        help="articles for the dateparser baseline (it is slow; default 300)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes for the speed-up figure (default: every core)")
    parser.add_argument("--report-events", type=int, default=1_000_000, metavar="E",
                        help="events of the tables the report notebooks' memory is measured on (0: skip)")
    parser.add_argument("--at", type=int, default=None, metavar="N",
                        help="size for the --jobs and cache figures (default: 10000 if measured, else the largest)")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    at = args.at or (10_000 if 10_000 in sizes else sizes[-1])
    sizes = sorted({*sizes, at})
    jobs = args.jobs or len(os.sched_getaffinity(0))
    results: dict = {"sizes": {}, "cores": len(os.sched_getaffinity(0)), "jobs": jobs, "at": at,
                     "load_before": os.getloadavg()[0]}

    print(f"natorussia extract benchmark: sizes {', '.join(f'{n:,}' for n in sizes)}; "
          f"{results['cores']} cores; work folder {work}", file=sys.stderr, flush=True)
    for n in sizes:
        folder, size = corpus(work, n)
        print(f"  extract {n:,} articles, --jobs 1 --no-cache ...", file=sys.stderr, flush=True)
        r = run_extract(folder, work / f"out_{n}", "--jobs", "1", "--no-cache")
        r.update(n=n, bytes=size, articles_per_s=n / r["seconds"], mb_per_s=size / 1e6 / r["seconds"])
        results["sizes"][n] = r
        if n == at:  # right after the serial run of the same corpus: both timed in the same conditions
            print(f"  extract {at:,} articles, --jobs {jobs} --no-cache ...", file=sys.stderr, flush=True)
            parallel = run_extract(folder, work / f"out_{at}_jobs{jobs}", "--jobs", str(jobs), "--no-cache")
            parallel["same_output"] = same_tables(work / f"out_{at}", work / f"out_{at}_jobs{jobs}")
            results["parallel"] = parallel

    folder, _ = corpus(work, at)

    cached_out = work / f"out_{at}_cache"
    shutil.rmtree(cached_out, ignore_errors=True)
    print(f"  extract {at:,} articles twice with the cache, --jobs 1 ...", file=sys.stderr, flush=True)
    first = run_extract(folder, cached_out, "--jobs", "1")
    second = run_extract(folder, cached_out, "--jobs", "1")
    second["same_output"] = same_tables(work / f"out_{at}", cached_out)
    results["cache"] = {"first": first, "second": second}

    print(f"  dateparser baseline on {args.baseline_sample} articles ...", file=sys.stderr, flush=True)
    results["baseline"] = baseline(corpus(work, sizes[0])[0], args.baseline_sample)
    if args.report_events:
        results["reports"] = report_memory.measure(args.report_events, work / "tables")
    results["load_after"] = os.getloadavg()[0]
    (work / "results.json").write_text(json.dumps(results, indent=2, default=str))
    report(results)
    return 0


def report(results: dict) -> None:
    sizes, at, jobs = results["sizes"], results["at"], results["jobs"]
    rows = []
    print(f"\n{'N':>9} {'seconds':>9} {'articles/s':>11} {'MB/s':>7} {'peak MiB':>9}")
    for n, r in sizes.items():
        print(f"{n:>9,} {r['seconds']:>9.1f} {r['articles_per_s']:>11.0f} {r['mb_per_s']:>7.2f} {r['peak_mib']:>9.0f}")
    print("(one process, --jobs 1 --no-cache; time from start to exit, CSV and Parquet written)\n")

    base = results["baseline"]
    ours = sizes[at]["articles_per_s"]
    rows.append((f"full extraction vs dateparser, articles/s (one core, {at:,} articles, end to end)",
                 f"{ours:.0f} / {base['dateparser_per_s']:.1f} = {ours / base['dateparser_per_s']:.0f}x", ">= 100x",
                 ours / base["dateparser_per_s"] >= 100))
    same_text = base["ours_in_process_per_s"] / base["dateparser_per_s"]
    rows.append((f"  the same on the same {base['n']} texts, in one process (extraction alone)",
                 f"{base['ours_in_process_per_s']:.0f} / {base['dateparser_per_s']:.1f} = {same_text:.0f}x",
                 ">= 100x", same_text >= 100))
    ns = sorted(sizes)
    pairs = [(a, b) for a, b in zip(ns, ns[1:], strict=False) if b >= 10 * a] or [(ns[0], ns[-1])]
    for small, large in pairs[-1:]:
        ratio, factor = sizes[large]["seconds"] / sizes[small]["seconds"], large / small
        rows.append((f"time linear in N: t({large:,}) / t({small:,})", f"{ratio:.2f}",
                     f"<= {1.1 * factor:.1f}", ratio <= 1.1 * factor))
        mem = sizes[large]["peak_mib"] / sizes[small]["peak_mib"]
        rows.append((f"memory flat in N: peak({large:,}) / peak({small:,})",
                     f"{sizes[large]['peak_mib']:.0f} / {sizes[small]['peak_mib']:.0f} MiB = {mem:.2f}", "<= 1.2",
                     mem <= 1.2))
    par = results["parallel"]
    speedup = sizes[at]["seconds"] / par["seconds"]
    rows.append((f"--jobs {jobs} speed-up at {at:,} ({results['cores']} cores)",
                 f"{sizes[at]['seconds']:.1f} s / {par['seconds']:.1f} s = {speedup:.2f}x", ">= 1.7x",
                 speedup >= 1.7))
    rows.append((f"  --jobs {jobs} output identical to --jobs 1", str(par["same_output"]), "True", par["same_output"]))
    cache = results["cache"]
    gain = cache["first"]["seconds"] / cache["second"]["seconds"]
    rows.append((f"cache: second run on the unchanged {at:,} corpus",
                 f"{cache['first']['seconds']:.1f} s / {cache['second']['seconds']:.1f} s = {gain:.1f}x faster",
                 ">= 10x", gain >= 10))
    rows.append(("  cached output identical to uncached", str(cache["second"]["same_output"]), "True",
                 cache["second"]["same_output"]))
    if "reports" in results:
        n_events = results["reports"]["counts"]["events"]
        for nb, r in results["reports"]["notebooks"].items():
            rows.append((f"report memory: {nb} on {n_events:,} events / on the seeds",
                         f"{r['large_mib']:.0f} / {r['seeds_mib']:.0f} MiB = {r['ratio']:.2f}",
                         f"<= {report_memory.GOAL}", r["ratio"] <= report_memory.GOAL))
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<34} {'goal':<9} ")
    for name, measured, goal, ok in rows:
        print(f"{name:<{width}}  {measured:<34} {goal:<9} {verdict(ok)}")
    print(f"\nload average (1 min) {results['load_before']:.1f} before, {results['load_after']:.1f} after, on "
          f"{results['cores']} cores: above 0.5 or so, other work shared the cores and the times are pessimistic")
    failed = {n: r["status"] for n, r in sizes.items() if r["status"]}
    if failed:
        print(f"\nnote: some articles failed extraction (exit status 1) at N = {', '.join(map(str, failed))}")


if __name__ == "__main__":
    sys.exit(main())
