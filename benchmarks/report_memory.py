"""Peak memory of the report notebooks on a table of a million events, against the same notebooks on the seeds.

    make bench-reports-memory                       # 10^6 events (about 3 minutes)
    python benchmarks/report_memory.py --events 200000

Tables come from ``benchmarks/make_tables.py`` (the shipped articles' extraction repeated under new ids and
dates, written by the library's streaming writer) under ``--work`` (default ``build/bench-tables``), made once
and reused; the seeds' tables are written by ``natorussia extract seeds``. Every notebook runs with papermill in
a child process with ``tables_dir`` set, and its memory is the kernel's maximum resident set (``wait4``'s
``ru_maxrss`` of the child's children). Goal: every notebook within 1.2x of its memory on the seeds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_tables  # noqa: E402

from natorussia import paths, tables  # noqa: E402
from natorussia.pipeline import extract_to  # noqa: E402

GOAL = 1.2
NOTEBOOKS = sorted(p.stem for p in paths.NOTEBOOKS_DIR.glob("*.ipynb"))
RUN = """
import json, resource, sys, time
import papermill
nb, tables_dir, out = sys.argv[1:4]
start = time.perf_counter()
papermill.execute_notebook(nb, out, parameters={"tables_dir": tables_dir, "figures_dir": ""},
                           kernel_name="python3", progress_bar=False, cwd=str(__import__("pathlib").Path(out).parent))
seconds = time.perf_counter() - start
print(json.dumps({"kernel_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "seconds": seconds}))
"""


def kernel_peak(notebook: str, tables_dir: Path) -> dict:
    """Run one notebook on a tables folder in a child process: the kernel's peak memory (MiB) and the time."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run([sys.executable, "-c", RUN, str(paths.NOTEBOOKS_DIR / f"{notebook}.ipynb"),
                               str(tables_dir), str(Path(tmp) / f"{notebook}.ipynb")],
                              capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"report_memory: {notebook} failed: {done.stderr.strip().splitlines()[-1:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {"mib": result["kernel_kib"] / 1024, "seconds": result["seconds"]}


def measure(n_events: int, work: Path) -> dict:
    """Each notebook's kernel peak memory on the seeds' tables and on tables of about ``n_events`` events."""
    seeds = work / "seeds"
    large = work / f"events-{n_events}"
    if not (seeds / "articles.parquet").exists():
        extract_to([paths.SEEDS_DIR], seeds, jobs=1, use_cache=False)
    if not (large / "articles.parquet").exists():
        print(f"  writing tables of about {n_events:,} events ...", file=sys.stderr, flush=True)
        make_tables.make_tables(n_events, large)
    counts = {name: tables.count_rows(large, name) for name in ("articles", "events", "staff_counts",
                                                                 "merged_events")}
    notebooks = {}
    for nb in NOTEBOOKS:
        print(f"  notebook {nb} on the seeds' tables and on {counts['events']:,} events ...", file=sys.stderr,
              flush=True)
        small, big = kernel_peak(nb, seeds), kernel_peak(nb, large)
        notebooks[nb] = {"seeds_mib": small["mib"], "large_mib": big["mib"], "ratio": big["mib"] / small["mib"],
                         "large_seconds": big["seconds"]}
    return {"counts": counts, "parquet_mib": sum(f.stat().st_size for f in large.glob("*.parquet")) / 2**20,
            "notebooks": notebooks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="event mentions of the large tables")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench-tables")
    args = parser.parse_args(argv)
    result = measure(args.events, args.work)
    counts = result["counts"]
    print(f"large tables: {', '.join(f'{v:,} {k}' for k, v in counts.items())} "
          f"({result['parquet_mib']:.0f} MiB of Parquet)")
    print(f"{'notebook':<16}{'seeds MiB':>11}{'large MiB':>11}{'ratio':>8}{'goal':>8}  {'large s':>8}  ok")
    for nb, r in result["notebooks"].items():
        print(f"{nb:<16}{r['seeds_mib']:>11.0f}{r['large_mib']:>11.0f}{r['ratio']:>8.2f}{'<= ' + str(GOAL):>8}  "
              f"{r['large_seconds']:>8.1f}  {'yes' if r['ratio'] <= GOAL else 'NO'}")
    worst = max(r["ratio"] for r in result["notebooks"].values())
    print(f"worst ratio {worst:.2f} (goal <= {GOAL}): {'met' if worst <= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
