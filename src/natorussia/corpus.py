"""Read a corpus: every ``*.txt`` of one or more folders, the ``date`` header and ``metadata.csv``.

Reading never stops at one bad file: it yields a :class:`ReadProblem` for it and goes on.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

HEADER = re.compile(r"^\s?date (\d{4}-\d{2}(?:-\d{2})?)\b ?")
METADATA_FILE = "metadata.csv"
MAX_BYTES = 20_000_000


class CorpusError(Exception):
    """A user's mistake about the corpus as a whole (missing folder, no articles)."""


@dataclass(frozen=True)
class RawArticle:
    """One article as read from disk, before cleaning."""

    article_id: str
    text: str
    path: str = ""
    encoding: str = "utf-8"
    header_date: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadProblem:
    """A file that could not be read as an article, with the reason in one line."""

    path: str
    message: str


def article_files(dirs: Iterable[str | Path]) -> list[Path]:
    """The ``*.txt`` files of the given folders, sorted; raise CorpusError for a missing folder or none at all."""
    files: list[Path] = []
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise CorpusError(f"corpus folder not found: {folder}")
        files.extend(sorted(p for p in folder.glob("*.txt") if p.is_file()))
    if not files:
        raise CorpusError(f"no articles (*.txt) in {', '.join(str(d) for d in dirs)}")
    return files


def read_metadata(folder: str | Path) -> dict[str, dict[str, str]]:
    """Rows of the folder's optional ``metadata.csv`` keyed by article id (empty if there is none)."""
    path = Path(folder) / METADATA_FILE
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = csv.DictReader(f)
        return {r["article_id"].strip(): {k: (v or "").strip() for k, v in r.items() if k}
                for r in rows if (r.get("article_id") or "").strip()}


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a file: UTF-8 if it is, else the best guess; ValueError for binary data."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not text in any known encoding")
    return str(best), best.encoding


def split_header(text: str) -> tuple[str, str]:
    """The ISO date of a leading `` date YYYY-MM[-DD]`` header (or '') and the text without it."""
    m = HEADER.match(text)
    if not m:
        return "", text
    return m.group(1), text[m.end():]


def read_article(path: str | Path, metadata: dict[str, str] | None = None) -> RawArticle:
    """Read one article file; raise ValueError with a one-line reason when it is not a usable article."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"unreadable: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise ValueError(f"too large ({len(data)} bytes)")
    text, encoding = decode(data)
    header_date, body = split_header(text)
    if not body.strip():
        raise ValueError("empty article")
    return RawArticle(path.stem, body, str(path), encoding, header_date, dict(metadata or {}))


def iter_corpus(dirs: Iterable[str | Path]) -> Iterator[RawArticle | ReadProblem]:
    """Every article of the folders in order, or a ReadProblem for each file that cannot be read."""
    dirs = [Path(d) for d in dirs]
    files = article_files(dirs)
    metadata = {d: read_metadata(d) for d in dirs}
    for path in files:
        try:
            yield read_article(path, metadata[path.parent].get(path.stem))
        except ValueError as exc:
            yield ReadProblem(str(path), str(exc))
