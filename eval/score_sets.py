"""Extract every held-out set (and the shipped corpus with the seeds) and score each with ../shared/tools/score.py;
or compare two such runs set by set, to see what a rule changed before keeping it.

    .venv/bin/python eval/score_sets.py run OUT [SET ...]      # OUT/<set>/ tables and score.txt, then the totals
    .venv/bin/python eval/score_sets.py totals OUT [SET ...]   # per-set and pooled figures of a run
    .venv/bin/python eval/score_sets.py diff OLD NEW [SET ...] # per-set changes, with the misses and false rows that moved

A set is a folder name under eval/ without 'heldout_' ('a', 'cf'); '_dev' is the shipped corpus with the seeds. Run it
with PYTHONPATH pointing at another copy of src/ to score that code instead of this checkout's.
"""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EVAL = Path(__file__).resolve().parent
PROJECT = EVAL.parent
SHARED = PROJECT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"
DATES = re.compile(r"dates (\d+)/\d+ \| sources (\d+)/")
COUNTS = re.compile(r"events recall \S+ \((\d+)/(\d+)\) precision \S+ \((\d+)/(\d+)\) \| "
                    r"staff recall \S+ \((\d+)/(\d+)\) precision \S+ \((\d+)/(\d+)\)")
FIELDS = ("event hits", "required", "right rows", "rows", "staff hits", "staff required", "staff right", "staff rows",
          "dates", "sources")


def all_sets() -> list[str]:
    """Every held-out set under eval/, then the shipped corpus with the seeds."""
    return sorted(p.name.removeprefix("heldout_") for p in EVAL.glob("heldout_*") if p.is_dir()) + ["_dev"]


def inputs(name: str) -> tuple[list[Path], list[Path]]:
    """The folders to extract and the gold files of a set."""
    if name == "_dev":
        dev = SHARED / "corpus" / "dev"
        return [dev, PROJECT / "seeds"], [*sorted(dev.glob("gold_*.json")), SHARED / "gold" / "seeds.json"]
    folder = EVAL / f"heldout_{name}"
    return [folder], sorted(folder.glob("gold_*.json"))


def run_one(name: str, out: Path) -> None:
    """Extract one set into out/<name> and write score.py's verbose report to out/<name>/score.txt."""
    folders, golds = inputs(name)
    target = out / name
    extract = [sys.executable, "-c", "import sys; from natorussia.cli import main; sys.exit(main())", "extract",
               *map(str, folders), "--out", str(target), "--no-cache", "--jobs", "1"]
    subprocess.run(extract, check=True, capture_output=True)
    report = subprocess.run([sys.executable, str(SCORE), str(target), *map(str, golds), "-v"], capture_output=True,
                            text=True)
    (target / "score.txt").write_text(report.stdout + report.stderr, encoding="utf-8")


def figures(out: Path, name: str) -> tuple[list[int], set[str]] | None:
    """The counts of a set's score report and its lines of misses and false rows (None if it has no report)."""
    path = out / name / "score.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    counts, dated = COUNTS.search(text), DATES.search(text)
    if counts is None or dated is None:
        return None
    return [int(x) for x in counts.groups()] + [int(x) for x in dated.groups()], \
        {line.strip() for line in text.splitlines() if line.startswith("  ")}


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def line(label: str, v: list[int]) -> str:
    return (f"{label:8} events {ratio(v[0], v[1]):.3f} / {ratio(v[2], v[3]):.3f} ({v[0]}/{v[1]}, {v[2]}/{v[3]})  "
            f"staff {ratio(v[4], v[5]):.3f} / {ratio(v[6], v[7]):.3f}  dates {v[8]}  sources {v[9]}")


def totals(out: Path, names: list[str]) -> None:
    """Print each set's figures and the pooled ones."""
    pooled = [0] * len(FIELDS)
    for name in names:
        if (found := figures(out, name)) is None:
            continue
        print(line(name, found[0]))
        pooled = [a + b for a, b in zip(pooled, found[0], strict=True)]
    print(line("pooled", pooled))


def diff(old: Path, new: Path, names: list[str]) -> None:
    """Print, for each set whose figures moved, the change in each count and the report lines that came and went."""
    moved = [0] * len(FIELDS)
    for name in names:
        a, b = figures(old, name), figures(new, name)
        if a is None or b is None:
            continue
        change = [y - x for x, y in zip(a[0], b[0], strict=True)]
        moved = [m + c for m, c in zip(moved, change, strict=True)]
        if any(change):
            print(name, " ".join(f"{f} {c:+d}" for f, c in zip(FIELDS, change, strict=True) if c))
            for text in sorted(a[1] - b[1]):
                print("   -", text[:220])
            for text in sorted(b[1] - a[1]):
                print("   +", text[:220])
    print("total", " ".join(f"{f} {c:+d}" for f, c in zip(FIELDS, moved, strict=True)))


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("run", "totals", "diff") or (argv[0] == "diff" and len(argv) < 3):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    if argv[0] == "diff":
        diff(Path(argv[1]), Path(argv[2]), argv[3:] or all_sets())
        return 0
    out, names = Path(argv[1]), argv[2:] or all_sets()
    if argv[0] == "run":
        out.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=2) as pool:  # each set is a process of its own
            list(pool.map(lambda name: run_one(name, out), names))
    totals(out, names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
