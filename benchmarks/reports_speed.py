"""How long ``natorussia reports`` takes against the floor of running the same notebooks bare.

    .venv/bin/python benchmarks/reports_speed.py [--repeat N] [--jobs N]     (make bench runs it)

In one run, after a warm-up (one notebook executed untimed, so that both sides find the imports compiled and
the files in the page cache):

* floor: every notebook of every parameter set of reports.yml executed with nbclient, one after the other, in
  one process, parameters injected as papermill does, nothing else (no HTML, no tables, no index);
* reports: the ``natorussia reports`` command itself, as a user runs it (process start-up, parameter checks,
  the process pool, HTML export, the tables, the index), into a temporary folder.

It prints both times and their ratio (reports / floor). The build does more than the floor (HTML export, a
table task per set), so only running notebooks in parallel can bring the ratio below 1.0; the goal is below
1.0 on two cores. With ``--repeat N`` each side runs N times and the best time counts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbclient import NotebookClient
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from natorussia import paths, reports

GOAL = 1.0


def bare_run(notebook: Path, parameters: dict, workdir: Path) -> float:
    """Execute one notebook with nbclient, parameters injected, in ``workdir``; return the seconds taken."""
    nb = load_notebook_node(str(notebook))   # as papermill reads it (every cell gets its tags list)
    nb = parameterize_notebook(nb, {**parameters, "figures_dir": notebook.stem})
    start = time.perf_counter()
    NotebookClient(nb, kernel_name=reports.KERNEL_NAME, timeout=600,
                   resources={"metadata": {"path": str(workdir)}}).execute()
    return time.perf_counter() - start


def floor(config: reports.Config, workdir: Path) -> tuple[float, list[tuple[str, float]]]:
    runs = []
    start = time.perf_counter()
    for s in config.sets:
        for nb in config.notebooks:
            folder = workdir / s.name
            folder.mkdir(parents=True, exist_ok=True)
            runs.append((f"{s.name}/{nb.stem}", bare_run(nb, s.parameters, folder)))
    return time.perf_counter() - start, runs


def build(out: Path, jobs: int | None) -> float:
    command = [str(Path(sys.executable).with_name("natorussia")), "reports", "--force", "--out", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=paths.PROJECT_DIR)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"natorussia reports failed ({result.returncode}):\n{result.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the best counts (default 1)")
    parser.add_argument("--jobs", type=int, default=None, help="processes for natorussia reports (default: cores)")
    args = parser.parse_args()
    config = reports.load_config()
    reports.check_config(config)
    cores = reports.default_jobs()
    tasks = len(config.sets) * len(config.notebooks)
    print(f"reports_speed: {len(config.notebooks)} notebooks x {len(config.sets)} sets = {tasks} notebook runs; "
          f"{cores} cores, natorussia reports --jobs {args.jobs or cores}")
    with tempfile.TemporaryDirectory(prefix="natorussia-bench-") as tmp:
        tmp = Path(tmp)
        warm = bare_run(config.notebooks[0], config.sets[0].parameters, tmp)
        print(f"  warm-up: {config.sets[0].name}/{config.notebooks[0].stem} in {warm:.1f} s (not counted)")
        floors, builds = [], []
        for i in range(args.repeat):
            work = tmp / f"floor{i}"
            seconds, runs = floor(config, work)
            floors.append(seconds)
            print(f"  floor (nbclient, serial) run {i + 1}: {seconds:.1f} s  "
                  + ", ".join(f"{name} {s:.1f}" for name, s in runs))
            shutil.rmtree(work, ignore_errors=True)
            out = tmp / f"reports{i}"
            seconds = build(out, args.jobs)
            builds.append(seconds)
            print(f"  natorussia reports run {i + 1}: {seconds:.1f} s")
            shutil.rmtree(out, ignore_errors=True)
    best_floor, best_build = min(floors), min(builds)
    ratio = best_build / best_floor
    verdict = "met" if ratio < GOAL else "NOT met"
    print(f"floor {best_floor:.1f} s, natorussia reports {best_build:.1f} s: ratio {ratio:.2f} "
          f"(goal < {GOAL:.1f} on two cores: {verdict}; cores here: {os.cpu_count()})")


if __name__ == "__main__":
    main()
