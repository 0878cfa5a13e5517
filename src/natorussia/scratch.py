"""Temporary folders that do not outlive their process, even one killed without clean-up.

A notebook kernel stopped by nbval or JupyterLab is often killed, so ``atexit`` never removes the tables it
extracted into the temporary folder. Each folder here holds a lock for as long as its process lives; making a new
one first removes the folders whose lock nobody holds any more.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here, so folders are removed at exit only, as before
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".owner"

_held: list[IO[bytes]] = []  # the open lock files of this process's folders: closing one releases its lock


def owned_folder(prefix: str) -> Path:
    """A new folder ``<tmp>/<prefix>XXXX``, removed when this process ends, however it ends (at the next call
    by any process); leftovers of processes that have died are removed first."""
    if fcntl is None:
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        atexit.register(shutil.rmtree, folder, True)
        return folder
    remove_orphans(prefix)
    start = Path(tempfile.mkdtemp(prefix=f".new-{prefix}"))  # a name remove_orphans does not look at
    lock = open(start / LOCK_FILE, "wb")  # noqa: SIM115 (held open on purpose until the process ends)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    _held.append(lock)
    folder = start.with_name(start.name.removeprefix(".new-"))
    start.rename(folder)
    atexit.register(shutil.rmtree, folder, True)
    return folder


def remove_orphans(prefix: str) -> list[Path]:
    """Remove the folders ``<tmp>/<prefix>*`` whose owning process has died (their lock is free)."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    for folder in Path(tempfile.gettempdir()).glob(f"{prefix}*"):
        try:
            with open(folder / LOCK_FILE, "rb") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:  # no lock file (not ours), or a live owner holds the lock
            continue
    return removed
