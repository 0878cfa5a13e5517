"""Write the tables of an extraction with about N event mentions, shaped like a real one, for measuring the
reports on large tables without extracting a large corpus first.

    python benchmarks/make_tables.py N OUT [--seed S]

The shipped real articles (seeds/ and data/corpus/) are extracted once; their results are then repeated under
new article ids, each copy with every date moved by the same whole number of years (-3 to +3), and written by
the library's own streaming writer (``pipeline.extract_stream``), so that every table, the merged events and
``problems.csv`` are what ``natorussia extract`` writes for a corpus of that many articles. Copy ``i`` depends
only on the seed and ``i``: the same command writes the same tables.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from natorussia.corpus import RawArticle, iter_corpus  # noqa: E402
from natorussia.paths import CORPUS_DIR, SEEDS_DIR  # noqa: E402
from natorussia.pipeline import ArticleResult, extract_stream, process_article  # noqa: E402

YEAR_AT_START = re.compile(r"^(\d{4})")


def base_results() -> list[ArticleResult]:
    """Every shipped real article, extracted."""
    return [process_article(item) for item in iter_corpus([SEEDS_DIR, CORPUS_DIR]) if isinstance(item, RawArticle)]


def shifted(value: str, years: int) -> str:
    """An ISO date (any precision) moved by whole years; '' stays ''."""
    m = YEAR_AT_START.match(value or "")
    if not m:
        return value
    moved = value.replace(m.group(1), str(int(m.group(1)) + years), 1)
    return moved[:4] + "-02-28" if moved[5:10] == "02-29" else moved


def copy_of(result: ArticleResult, article_id: str, years: int) -> ArticleResult:
    """An article's rows under a new id, every date moved by ``years``."""
    def move(row: dict) -> dict:
        row = dict(row, article_id=article_id, date=shifted(str(row.get("date") or ""), years))
        if row.get("event_id"):
            row["event_id"] = f"{article_id}-{row['event_id']}"
        return row
    return ArticleResult(move(result.article), [move(e) for e in result.events],
                         [move(s) for s in result.staff_counts])


class Copies:
    """Picklable: the extraction of the i-th article of the stream is a dated copy of a real one."""

    def __init__(self, results: list[ArticleResult], seed: int) -> None:
        self.results, self.seed = results, seed

    def __call__(self, raw: RawArticle) -> ArticleResult:
        i = int(raw.article_id.rsplit("_", 1)[1])
        rng = random.Random(self.seed * 1_000_003 + i)
        return copy_of(rng.choice(self.results), raw.article_id, rng.randint(-3, 3))


def stubs(n_articles: int) -> Iterator[RawArticle]:
    template = RawArticle("", "", "")
    for i in range(n_articles):
        yield replace(template, article_id=f"tbl_{i:08d}")


def make_tables(n_events: int, out: str | Path, seed: int = 1) -> dict:
    """Write tables with about ``n_events`` event mentions into ``out``; return the counts written."""
    results = base_results()
    per_article = sum(len(r.events) for r in results) / len(results)
    n_articles = max(1, round(n_events / per_article))
    summary = extract_stream(stubs(n_articles), out, process=Copies(results, seed), chunk_size=2000)
    return {"articles": summary.n_articles, "events": summary.n_events, "staff_counts": summary.n_staff,
            "merged_events": summary.n_merged}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="event mentions (about)")
    parser.add_argument("out", type=Path, help="output folder (its tables are replaced)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = make_tables(args.n, args.out, args.seed)
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()) + f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
