"""The ``natorussia`` command: ``extract`` writes the contract's tables; ``reports`` builds the HTML reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from natorussia import __version__
from natorussia.corpus import UTF8, CorpusError, ReadProblem, encoding_note
from natorussia.engine import DEFAULT_CHUNK
from natorussia.pipeline import ENGINES, extract_to, progress_printer
from natorussia.tables import iter_table


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


def report_encodings(out: Path) -> None:
    """One line on stderr per article that was read but not as UTF-8 (the articles table keeps the encoding)."""
    try:  # batch by batch: the table may be larger than memory
        for articles in iter_table(out, "articles", columns=["article_id", "encoding"]):
            for article_id, encoding in zip(articles["article_id"], articles["encoding"], strict=True):
                if encoding and encoding != UTF8:
                    print(f"natorussia: note: {article_id}: {encoding_note(encoding)}", file=sys.stderr)
    except (OSError, ValueError, KeyError):  # no table to read: nothing to report
        return


def positive_int(text: str) -> int:
    """argparse type: an integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


def cmd_extract(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_writable(out)

    def report(problem: ReadProblem) -> None:
        print(f"natorussia: skipped {problem.path}: {problem.message}", file=sys.stderr)

    try:
        summary = extract_to(
            args.dirs, out, jobs=args.jobs, engine_name=args.engine, scheduler=args.scheduler,
            use_cache=not args.no_cache, cache_dir=args.cache_dir, parquet=not args.csv_only,
            chunk_size=args.chunk_size, on_problem=report,
            on_progress=progress_printer() if args.progress else None)
    except OSError as exc:
        raise UsageError(f"cannot write to {out}: {exc.strerror or exc}") from None
    report_encodings(out)
    cached = f", {summary.n_cached} from cache" if summary.n_cached else ""
    print(f"{summary.n_articles} articles, {summary.n_events} events, {summary.n_staff} staff counts, "
          f"{len(summary.problems)} skipped -> {out} ({summary.seconds:.1f} s{cached})", file=sys.stderr)
    if summary.n_failed:  # a bug in the extractor, not the user's mistake: the tables hold the rest
        print(f"natorussia: extraction failed on {summary.n_failed} articles (see above)", file=sys.stderr)
        return 1
    return 0


def cmd_reports(args: argparse.Namespace) -> int:
    from natorussia import reports  # papermill and nbconvert load only for this command
    from natorussia.params import ParameterError

    try:
        return reports.run(args)
    except (reports.ConfigError, ParameterError) as exc:
        raise UsageError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="natorussia", description=__doc__)
    parser.add_argument("--version", action="version", version=f"natorussia {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract the tables of one or more corpus folders")
    ext.add_argument("dirs", nargs="+", metavar="CORPUS_DIR")
    ext.add_argument("--out", required=True, metavar="OUT_DIR")
    ext.add_argument("--csv-only", action="store_true", help="write CSV only, no Parquet")
    ext.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                     help="worker processes (default: every core); the output is the same for any N")
    ext.add_argument("--engine", choices=ENGINES, default="local",
                     help="local processes, or a dask.distributed cluster writing partitioned Parquet")
    ext.add_argument("--scheduler", metavar="ADDRESS",
                     help="run on the Dask cluster at ADDRESS (e.g. tcp://host:8786); implies --engine dask")
    ext.add_argument("--no-cache", action="store_true", help="re-extract every file, and keep no cache")
    ext.add_argument("--cache-dir", metavar="DIR", help="where the cache lives (default: OUT_DIR/.cache)")
    ext.add_argument("--chunk-size", type=positive_int, default=DEFAULT_CHUNK, metavar="N",
                     help=f"articles per chunk or Dask partition (default: {DEFAULT_CHUNK})")
    ext.add_argument("--progress", action="store_true", help="print progress to stderr every few seconds")
    ext.set_defaults(func=cmd_extract)
    rep = sub.add_parser("reports", help="run every notebook for every parameter set of reports.yml into HTML "
                                         "reports under reports/")
    from natorussia.reports import add_arguments
    add_arguments(rep)
    rep.set_defaults(func=cmd_reports)
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
