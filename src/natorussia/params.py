"""The notebooks' parameters: names, types and allowed values, checked before a kernel starts.

Every notebook's first cell is tagged ``parameters`` and assigns the same names with a type annotation
(``start_year: int = 2008``). :func:`check_notebook` compares the parameters a run asks for with those cells
(``papermill.inspect_notebook``) and with the rules below, and raises :class:`ParameterError` with a one-line
message: a misspelt name, a wrong type or a year out of range never reaches a kernel. The notebooks call
:func:`check` on their own values too, so a run from JupyterLab is held to the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from natorussia import paths
from natorussia.views import EVENT_TYPES

MIN_YEAR, MAX_YEAR = 1949, 2100  # NATO's founding year; a bound far enough ahead for any corpus
ACTOR_CODE = re.compile(r"^[A-Z]{2,4}$")

# name -> (type name as written in the parameters cell, what it is)
SPEC: dict[str, tuple[str, str]] = {
    "corpus_dirs": ("list", "corpus folders, relative to the project folder or absolute"),
    "start_year": ("int", "first year shown"),
    "end_year": ("int", "last year shown"),
    "event_types": ("list", "event types to keep (empty: all eleven)"),
    "actors": ("list", "actor codes to keep, as actor or target (empty: all)"),
    "figures_dir": ("str", "folder where each chart is saved as PNG and SVG, relative to the working folder"),
    "tables_dir": ("str", "tables written by `natorussia extract --out` (any engine) to read instead of "
                          "extracting corpus_dirs; empty: extract corpus_dirs"),
}


class ParameterError(ValueError):
    """A parameter a run cannot use; the message is one line naming the parameter."""


@dataclass(frozen=True)
class Params:
    """Checked parameters of one notebook run."""

    corpus_dirs: list[str] = field(default_factory=lambda: ["seeds"])
    start_year: int = 2008
    end_year: int = 2021
    event_types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    figures_dir: str = ""
    tables_dir: str = ""

    @property
    def tables_path(self) -> Path | None:
        """The folder of extracted tables to read, or None to extract the corpus folders."""
        return resolve_dir(self.tables_dir) if self.tables_dir else None

    @property
    def corpus_paths(self) -> list[Path]:
        """The corpus folders as paths (relative ones taken from the project folder)."""
        return [resolve_dir(d) for d in self.corpus_dirs]

    @property
    def period(self) -> str:
        return str(self.start_year) if self.start_year == self.end_year else f"{self.start_year}–{self.end_year}"


def resolve_dir(folder: str) -> Path:
    path = Path(folder).expanduser()
    return path if path.is_absolute() else paths.PROJECT_DIR / path


def _type_ok(value: object, type_name: str) -> bool:
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "str":
        return isinstance(value, str)
    if type_name.startswith("list"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return True


def _type_words(type_name: str) -> str:
    return {"int": "a whole number", "str": "a string"}.get(type_name, "a list of strings")


def _given(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check(**values: object) -> Params:
    """Check parameter values (any subset of :data:`SPEC`; the others keep their defaults) and return them.

    Raises :class:`ParameterError` with one line for an unknown name, a wrong type, a year out of range, an
    unknown event type, a malformed actor code or a missing corpus folder.
    """
    unknown = sorted(set(values) - set(SPEC))
    if unknown:
        raise ParameterError(f"unknown parameter {unknown[0]!r} (known: {', '.join(SPEC)})")
    for name, value in values.items():
        type_name = SPEC[name][0]
        if not _type_ok(value, type_name):
            raise ParameterError(f"parameter {name!r} must be {_type_words(type_name)}, got {_given(value)}")
    p = Params(**values)  # type: ignore[arg-type]
    for name in ("start_year", "end_year"):
        year = getattr(p, name)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ParameterError(f"parameter {name!r} must be between {MIN_YEAR} and {MAX_YEAR}, got {year}")
    if p.start_year > p.end_year:
        raise ParameterError(f"start_year ({p.start_year}) is after end_year ({p.end_year})")
    bad = [t for t in p.event_types if t not in EVENT_TYPES]
    if bad:
        raise ParameterError(f"unknown event type {bad[0]!r} in 'event_types' (known: {', '.join(EVENT_TYPES)})")
    bad = [a for a in p.actors if not ACTOR_CODE.match(a)]
    if bad:
        raise ParameterError(f"actor code {_given(bad[0])} in 'actors' is not 2-4 capital letters (e.g. RUS, NATO)")
    if p.tables_path is not None:
        if not p.tables_path.is_dir():
            raise ParameterError(f"tables folder {p.tables_dir!r} in 'tables_dir' not found")
        if not any((p.tables_path / f"articles.{ext}").exists() for ext in ("parquet", "csv")):
            raise ParameterError(f"tables folder {p.tables_dir!r} in 'tables_dir' has no articles table: "
                                 "write it with `natorussia extract CORPUS --out FOLDER`")
        return p
    if not p.corpus_dirs:
        raise ParameterError("parameter 'corpus_dirs' is empty: give at least one corpus folder")
    for folder, path in zip(p.corpus_dirs, p.corpus_paths, strict=True):
        if not path.is_dir():
            raise ParameterError(f"corpus folder {folder!r} in 'corpus_dirs' not found")
        if next(path.glob("*.txt"), None) is None:
            raise ParameterError(f"corpus folder {folder!r} in 'corpus_dirs' has no articles (*.txt)")
    return p


def notebook_parameters(notebook: str | Path) -> dict[str, dict]:
    """The parameters a notebook declares in its ``parameters`` cell (``papermill.inspect_notebook``)."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


def check_notebook(notebook: str | Path, values: Mapping[str, object]) -> Params:
    """Check a run's parameters against the notebook's ``parameters`` cell and the rules of :func:`check`."""
    declared = notebook_parameters(notebook)
    name = Path(notebook).stem
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise ParameterError(f"{name}: unknown parameter {unknown[0]!r} (the notebook declares: "
                             f"{', '.join(declared) or 'none'})")
    for key, value in values.items():
        type_name = declared[key].get("inferred_type_name") or "None"
        if type_name != "None" and not _type_ok(value, type_name):
            raise ParameterError(f"{name}: parameter {key!r} must be {_type_words(type_name)}, got {_given(value)}")
    try:
        return check(**{k: v for k, v in values.items() if k in SPEC})
    except ParameterError as exc:
        raise ParameterError(f"{name}: {exc}") from None
