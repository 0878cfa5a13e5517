"""Read a corpus: every ``*.txt`` of one or more folders, the ``date`` header and ``metadata.csv``.

Reading never stops at one bad file or one bad metadata row: it yields a :class:`ReadProblem` (a
one-line reason) for it and goes on. A file that is read but not as plain UTF-8 is an article with a
note (:attr:`RawArticle.notes`), so callers can report it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

HEADER = re.compile(r"^\s?date (\d{4}-\d{2}(?:-\d{2})?)\b ?")
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("article_id", "date", "source", "url")
MAX_BYTES = 20_000_000
UTF8 = "utf-8"
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Encodings tried for a file that is not UTF-8: single-byte code pages only, because multi-byte guesses
# (UTF-16 without a mark, CJK code pages) turn short Western texts into nonsense.
FALLBACK_ENCODINGS = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "latin_1", "iso8859_15",
                      "koi8_r", "mac_roman"]
PREFERRED_FALLBACK = "cp1252"
# Control characters (Unicode category Cc) other than tab, newline, vertical tab, form feed and return.
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Every byte but those of CONTROL's one-byte characters; in UTF-8 its others are 0xC2 0x80-0x9F.
NOT_CONTROL_BYTES = bytes(b for b in range(256) if not CONTROL.match(chr(b)) or b >= 0x80)


class CorpusError(Exception):
    """A user's mistake about the corpus as a whole (missing folder, no articles)."""


@dataclass(frozen=True)
class RawArticle:
    """One article as read from disk, before cleaning.

    ``notes`` holds one-line remarks about how it was read (not UTF-8, an ignored date header) that a
    caller should pass on to the user; the article itself is usable.
    """

    article_id: str
    text: str
    path: str = ""
    encoding: str = UTF8
    header_date: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadProblem:
    """A file (or a ``metadata.csv`` row, path ``FILE:LINE``) that was skipped, with the reason in one line."""

    path: str
    message: str


def encoding_note(encoding: str) -> str:
    """The one-line note for an article read in ``encoding`` ('' when it is UTF-8)."""
    return "" if encoding == UTF8 else f"not UTF-8: read as {encoding}"


def article_files(dirs: Iterable[str | Path]) -> list[Path]:
    """The ``*.txt`` files of the given folders, sorted; raise CorpusError for a missing folder or none at all."""
    dirs = list(dirs)
    files: list[Path] = []
    for d in dirs:
        folder = Path(d)
        if not folder.exists():
            raise CorpusError(f"corpus folder not found: {folder}")
        if not folder.is_dir():
            raise CorpusError(f"not a folder: {folder}")
        files.extend(sorted(p for p in folder.glob("*.txt") if p.is_file()))
    if not files:
        raise CorpusError(f"no articles (*.txt) in {', '.join(str(d) for d in dirs)}")
    return files


def check_date(value: str) -> str:
    """``value`` if it is an ISO date of year, month or day precision that exists, else ValueError."""
    m = ISO_DATE.fullmatch(value)
    if not m:
        raise ValueError(f"bad date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g is not None else 1 for g in m.groups())
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"bad date {value!r} (no such date)") from None
    return value


def read_metadata(folder: str | Path) -> tuple[dict[str, dict[str, str]], list[ReadProblem]]:
    """Rows of the folder's optional ``metadata.csv`` keyed by article id, and the rows skipped.

    Every malformed row (wrong number of fields, no article id, a bad date, a repeated id) is skipped
    with a one-line :class:`ReadProblem` whose path is ``metadata.csv:LINE``; an unreadable file or a
    header without ``article_id`` skips the whole file. Values are stripped; an id may carry ``.txt``.
    """
    path = Path(folder) / METADATA_FILE
    if not path.is_file():
        return {}, []
    try:
        text, _ = decode(path.read_bytes())
    except OSError as exc:
        return {}, [ReadProblem(str(path), f"unreadable: {exc.strerror or exc}")]
    except ValueError as exc:
        return {}, [ReadProblem(str(path), str(exc))]
    rows: dict[str, dict[str, str]] = {}
    problems: list[ReadProblem] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] = []
    last_error = -1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if reader.line_num == last_error:  # the reader is stuck on this line: give up on the rest
                break
            last_error = reader.line_num
            problems.append(ReadProblem(f"{path}:{reader.line_num}", f"malformed CSV ({exc}); row skipped"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if not header:
            header = [h.strip().lower() for h in row]
            if "article_id" not in header:
                return {}, [ReadProblem(f"{path}:{reader.line_num}", "no article_id column in the header "
                                        f"({','.join(header)}); expected {','.join(METADATA_COLUMNS)}")]
            unknown = [h for h in header if h not in METADATA_COLUMNS]
            if unknown:
                problems.append(ReadProblem(f"{path}:{reader.line_num}",
                                            f"unknown column(s) {', '.join(unknown)} ignored"))
            continue
        where = f"{path}:{reader.line_num}"
        if len(row) != len(header):
            problems.append(ReadProblem(where, f"{len(row)} fields, the header has {len(header)}; row skipped"))
            continue
        record = {k: v.strip() for k, v in zip(header, row, strict=True) if k in METADATA_COLUMNS}
        article_id = record["article_id"].removesuffix(".txt")
        if not article_id:
            problems.append(ReadProblem(where, "empty article_id; row skipped"))
            continue
        if article_id in rows:
            problems.append(ReadProblem(where, f"article_id {article_id!r} repeated; row skipped"))
            continue
        if record.get("date"):
            try:
                check_date(record["date"])
            except ValueError as exc:
                problems.append(ReadProblem(where, f"{exc}; row skipped"))
                continue
        record["article_id"] = article_id
        rows[article_id] = record
    return rows, problems


def looks_binary(text: str) -> bool:
    """Whether decoded text is mostly not text: more than one character in twenty a control character."""
    if CONTROL.search(text) is None:
        return False
    return len(CONTROL.findall(text)) * 20 > len(text)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a file: UTF-8 if it is (a BOM is dropped), a UTF-16/32 BOM's encoding, else the
    best single-byte code page (``cp1252`` when it reads the same). ValueError for binary data.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ValueError(f"not valid {encoding} despite its byte-order mark") from None
            break
    else:
        if b"\x00" in data:
            raise ValueError("binary file (NUL bytes)")
        try:
            text, encoding = data.decode("utf-8-sig"), UTF8
        except UnicodeDecodeError:
            text, encoding = decode_fallback(data)
        else:
            if b"\xc2" not in data and not data.translate(None, NOT_CONTROL_BYTES):
                return text, encoding  # no control character: the cheap proof for UTF-8 bytes
    if looks_binary(text):
        raise ValueError("binary file (control characters)")
    return text, encoding


def decode_fallback(data: bytes) -> tuple[str, str]:
    """Text of bytes that are not UTF-8, in the single-byte code page that reads them best."""
    best = from_bytes(data, cp_isolation=FALLBACK_ENCODINGS).best()
    if best is None:
        raise ValueError("not text in any known encoding")
    encoding = PREFERRED_FALLBACK if PREFERRED_FALLBACK in best.could_be_from_charset else best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ValueError("not text in any known encoding") from None
    return text, codecs.lookup(encoding).name


def split_header(text: str) -> tuple[str, str]:
    """The ISO date of a leading `` date YYYY-MM[-DD]`` header (or '') and the text without it."""
    m = HEADER.match(text)
    if not m:
        return "", text
    return m.group(1), text[m.end():]


def read_article(path: str | Path, metadata: dict[str, str] | None = None) -> RawArticle:
    """Read one article file; raise ValueError with a one-line reason when it is not a usable article."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise ValueError(f"unreadable: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise ValueError(f"too large ({len(data)} bytes)")
    if not data or data.isspace():  # as not data.strip(), without the copy
        raise ValueError("empty file")
    text, encoding = decode(data)
    notes = [encoding_note(encoding)] if encoding != UTF8 else []
    header_date, body = split_header(text)
    if header_date:
        try:
            check_date(header_date)
        except ValueError as exc:
            notes.append(f"date header ignored: {exc}")
            header_date = ""
    if not body or body.isspace():
        raise ValueError("empty article")
    path = Path(path)
    return RawArticle(path.stem, body, str(path), encoding, header_date, dict(metadata or {}), tuple(notes))


def iter_corpus(dirs: Iterable[str | Path]) -> Iterator[RawArticle | ReadProblem]:
    """Every article of the folders in order, or a ReadProblem for each file or metadata row skipped.

    A folder given twice is read once; an article id met again in a later folder is skipped.
    """
    unique: dict[Path, Path] = {}
    for d in dirs:
        unique.setdefault(Path(d).resolve(), Path(d))
    folders = list(unique.values())
    files = article_files(folders)
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    for folder in folders:
        rows, problems = read_metadata(folder)
        yield from problems
        stems = {p.stem for p in files if p.parent == folder}
        for article_id in sorted(rows.keys() - stems):
            yield ReadProblem(str(folder / METADATA_FILE), f"no article {article_id!r} in the folder; row ignored")
        metadata[folder] = rows
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            yield ReadProblem(str(path), f"article id {path.stem!r} already read from {seen[path.stem]}")
            continue
        try:
            article = read_article(path, metadata[path.parent].get(path.stem))
        except ValueError as exc:
            yield ReadProblem(str(path), str(exc))
            continue
        seen[path.stem] = path
        yield article
