"""A cache of extraction results so that a re-run re-extracts only the files that changed.

An entry is keyed by the article file's bytes, its id and metadata row, and the *fingerprint* of the library:
its version, the source of every module of the package and every rules file under ``data/``. Editing a rule, a
lexicon or the code therefore invalidates everything (never a stale table); touching a file without changing
it does not.

Two levels, both plain files written atomically (safe for several processes or Dask workers sharing a
folder):

- one entry per article (its :class:`~natorussia.pipeline.ArticleResult`, or the ReadProblem of a bad file),
  so a changed file is re-extracted and nothing else. A chunk's article entries are stored together, in one
  *pack* file: creating a file costs as much as extracting a short article on some file systems. The pack is
  stored under the chunk's first article id and again under its last, and looked up under every id of a
  chunk, so a file added or removed, which moves a cut or two, still finds the others' entries. An entry is
  used only if its key, which hashes the file's bytes, matches;
- one entry per chunk of articles (the chunk's finished table rows), keyed by the keys of its articles, so an
  unchanged chunk costs reading and hashing its files, and one file read.

The cache lives in ``<root>/<fingerprint>/``; opening it for a new fingerprint removes the folders of older
ones. The root defaults to ``OUT/.cache`` (``natorussia extract --cache-dir``, ``--no-cache``).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from natorussia.paths import DATA_DIR, PACKAGE_DIR

CACHE_FOLDER = ".cache"
LAYOUT = "2"  # bump when the layout or the pickled classes change
FINGERPRINT_NAME = re.compile(r"[0-9a-f]{20}")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of the library version, its modules' source and its rules data files."""
    from natorussia import __version__  # here: the package imports this module before it sets its version

    h = hashlib.sha256(f"natorussia {__version__} cache {LAYOUT}".encode())
    for root, pattern in ((PACKAGE_DIR, "*.py"), (DATA_DIR, "**/*")):
        for path in sorted(p for p in root.glob(pattern) if p.is_file()):
            h.update(f"{root.name}/{path.relative_to(root)}".encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.hexdigest()[:20]


def article_key(article_id: str, data: bytes, metadata: dict[str, str] | None) -> str:
    """The key of one article file: its id, its bytes and its metadata row."""
    h = hashlib.sha256(article_id.encode() + b"\0")
    h.update(json.dumps(metadata or {}, sort_keys=True).encode() + b"\0")
    h.update(data)
    return h.hexdigest()


def pack_name(article_id: str) -> str:
    """The name of the pack stored under an article id (any characters in, a file name out)."""
    return hashlib.sha256(article_id.encode()).hexdigest()


def chunk_key(keys: list[str], options: str = "") -> str:
    """The key of a chunk: the keys of its articles, in order, and what else shapes its output."""
    return hashlib.sha256("\n".join([options, *keys]).encode()).hexdigest()


class Cache:
    """Entries of one library fingerprint under ``root``; a corrupt or unreadable entry is a miss."""

    def __init__(self, root: str | Path, fp: str | None = None) -> None:
        self.root = Path(root)
        self.fingerprint = fp or fingerprint()
        self.dir = self.root / self.fingerprint

    def prune(self) -> None:
        """Create the folder and remove the entries of every other fingerprint (only folders that are
        recognisably this cache's: the root may be a folder shared with other things)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        for other in self.root.iterdir():
            try:
                if other != self.dir and FINGERPRINT_NAME.fullmatch(other.name) and other.is_dir() and \
                        {p.name for p in other.iterdir()} <= {"article", "chunk", "pack"}:
                    shutil.rmtree(other, ignore_errors=True)
            except FileNotFoundError:
                continue  # another process sharing the root (a second notebook, a Dask worker) removed it first

    def _path(self, kind: str, key: str) -> Path:
        return self.dir / kind / key[:2] / f"{key}.pkl"

    def get(self, kind: str, key: str) -> object | None:
        try:
            with self._path(kind, key).open("rb") as f:
                return pickle.load(f)
        except Exception:  # missing, or damaged: a miss, re-computed and rewritten
            return None

    def put(self, kind: str, key: str, value: object) -> None:
        self._write(self._path(kind, key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def get_pack(self, ids: list[str], keys: set[str]) -> dict[str, object]:
        """The entries of ``keys`` found in the packs stored under the chunk's ids: its two ends first, then
        the others, as an earlier run may have cut its chunks elsewhere."""
        found: dict[str, object] = {}
        for article_id in dict.fromkeys([*ids[:1], *ids[-1:], *ids]):
            if len(found) == len(keys):
                break
            pack = self.get("pack", pack_name(article_id))
            if isinstance(pack, dict):
                found.update((k, pack[k]) for k in keys - found.keys() if k in pack)
        return found

    def put_pack(self, ids: list[str], entries: dict[str, object]) -> None:
        """Store a chunk's article entries (key -> result) under its first and its last article id."""
        data = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        for article_id in dict.fromkeys([*ids[:1], *ids[-1:]]):
            self._write(self._path("pack", pack_name(article_id)), data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
