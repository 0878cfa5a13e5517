"""The ``natorussia`` command: ``extract`` writes the contract's tables; ``reports`` builds the HTML reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natorussia import __version__
from natorussia.corpus import CorpusError
from natorussia.pipeline import extract_corpus
from natorussia.tables import write_tables


class UsageError(Exception):
    """A user's mistake: reported in one line, exit status 2."""


def check_writable(out: Path) -> None:
    """Raise UsageError unless OUT is (or can be made) a writable folder."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".natorussia-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to {out}: {exc.strerror or exc}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_writable(out)
    corpus = extract_corpus(args.dirs)
    for problem in corpus.problems:
        print(f"natorussia: skipped {problem.path}: {problem.message}", file=sys.stderr)
    try:
        write_tables(corpus.tables(), out, parquet=not args.csv_only)
    except OSError as exc:
        raise UsageError(f"cannot write to {out}: {exc.strerror or exc}") from None
    print(f"{len(corpus.articles)} articles, {len(corpus.events)} events, {len(corpus.staff_counts)} staff counts, "
          f"{len(corpus.problems)} skipped -> {out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="natorussia", description=__doc__)
    parser.add_argument("--version", action="version", version=f"natorussia {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract the tables of one or more corpus folders")
    ext.add_argument("dirs", nargs="+", metavar="CORPUS_DIR")
    ext.add_argument("--out", required=True, metavar="OUT_DIR")
    ext.add_argument("--csv-only", action="store_true", help="write CSV only, no Parquet")
    ext.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, CorpusError) as exc:
        print(f"natorussia: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("natorussia: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
