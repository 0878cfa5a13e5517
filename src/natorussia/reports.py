"""``natorussia reports``: every notebook run with papermill for every parameter set of ``reports.yml``, exported
to standalone HTML under ``reports/<set>/``, with ``reports/index.html`` linking every report and table.

How a build goes:

1. ``reports.yml`` is read and every (set, notebook) pair's parameters are checked against the notebook's
   ``parameters`` cell (:func:`natorussia.params.check_notebook`) before any kernel starts: a mistake is one
   line and exit status 2.
2. Tasks (one per set and notebook, plus one per set that writes its CSV/Parquet tables) run in a process pool
   of up to ``--jobs`` processes (default: the cores), one kernel per process: papermill's ``cwd`` is a
   process-wide ``chdir``, safe in a process of its own and not in a thread. A kernel that fails to start is
   retried once. Each finished task prints a line: ``[n/total] set/notebook ok in 4.1 s (elapsed 9.8 s)``.
3. A task works in ``reports/.build/<unique>/`` and only on success moves its HTML and its folder (charts as
   PNG and SVG, the executed notebook, its log) into ``reports/<set>/``, replacing the previous ones. A
   notebook that fails (an error in a cell, a dead kernel, a cell or notebook over its time limit) leaves the
   previous good report in place; its partly executed notebook and log go to ``reports/<set>/failed/``, and
   the failure is reported with its cell number, the cell's first line, the error's name and message.
4. ``reports/index.html`` links every report and table, marks failures, and the command exits with the number
   of failed tasks (0 when all were built).

A task whose inputs have not changed since its last good build (library, notebook, parameters, corpus files:
:func:`inputs_fingerprint`) is skipped, ``skipped (unchanged)``; ``--force`` rebuilds everything.

The HTML is standalone and works offline: images are embedded, no script is loaded from anywhere (require.js,
MathJax, Mermaid and widget loaders are left out of the template), input code is hidden unless ``--show-code``.
"""

from __future__ import annotations

import concurrent.futures as cf
import html
import json
import multiprocessing
import os
import re
import shutil
import signal
import sys
import time
import traceback
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import yaml

from natorussia import params, paths

# nbformat validates with jsonschema, which imports rfc3987_syntax when it is installed (jupyter-events brings
# it); that module compiles a grammar when imported: about a second in every process of a build (the command,
# each worker). Notebooks never use the "iri" formats it checks, and jsonschema skips a checker whose module
# cannot be imported, so the build's processes do without it.
if "rfc3987_syntax" not in sys.modules:
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

SET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
TABLES = "tables"             # the pseudo-notebook name of a set's table-writing task
DATA_DIR = "data"             # reports/<set>/data/: the set's tables
FAILED_DIR = "failed"         # reports/<set>/failed/: what a failed run left
BUILD_DIR = ".build"          # reports/.build/: work folders of running tasks
STATUS_FILE = "status.json"   # reports/<set>/status.json: the last outcome of each notebook of the set
KERNEL_NAME = "python3"
DEFAULT_CELL_TIMEOUT = 600
DEFAULT_NOTEBOOK_TIMEOUT = 1800
TABLE_NAMES = ["articles", "events", "staff_counts", "merged_events"]


class ConfigError(ValueError):
    """A mistake in reports.yml or in the command's options; the message is one line."""


@dataclass(frozen=True)
class ReportSet:
    name: str
    title: str
    parameters: dict


@dataclass(frozen=True)
class Config:
    path: Path
    sets: list[ReportSet]
    notebooks: list[Path]
    cell_timeout: int = DEFAULT_CELL_TIMEOUT
    notebook_timeout: int = DEFAULT_NOTEBOOK_TIMEOUT

    def set(self, name: str) -> ReportSet:
        for s in self.sets:
            if s.name == name:
                return s
        raise ConfigError(f"no parameter set {name!r} in {self.path.name} (sets: "
                          f"{', '.join(s.name for s in self.sets)})")


def load_config(path: str | Path | None = None, notebooks_dir: str | Path | None = None) -> Config:
    """Read ``reports.yml``: ``sets`` (name -> ``title`` and ``parameters``), optional ``notebooks`` (names in
    the notebooks folder; default: every ``*.ipynb`` there), ``notebooks_dir`` (that folder, relative to the
    file; default: the project's ``notebooks/``) and ``settings`` (``cell_timeout``, ``notebook_timeout`` in
    seconds). Raises :class:`ConfigError` with one line for any mistake."""
    path = Path(path) if path else paths.REPORTS_CONFIG
    notebooks_dir = Path(notebooks_dir) if notebooks_dir else paths.NOTEBOOKS_DIR
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"report configuration not found: {path}") from None
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path.name}: {' '.join(str(exc).split())}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("sets"), dict) or not raw["sets"]:
        raise ConfigError(f"{path.name} must have a 'sets' mapping of at least one parameter set")
    unknown = sorted(set(raw) - {"sets", "notebooks", "notebooks_dir", "settings"})
    if unknown:
        raise ConfigError(f"{path.name}: unknown key {unknown[0]!r} (known: sets, notebooks, notebooks_dir, "
                          "settings)")
    if raw.get("notebooks_dir") is not None:
        if not isinstance(raw["notebooks_dir"], str):
            raise ConfigError(f"{path.name}: 'notebooks_dir' must be a folder name")
        notebooks_dir = (path.parent / raw["notebooks_dir"]).resolve()
        if not notebooks_dir.is_dir():
            raise ConfigError(f"{path.name}: notebooks folder not found: {raw['notebooks_dir']}")
    sets = []
    for name, body in raw["sets"].items():
        name = str(name)
        if not SET_NAME.match(name):
            raise ConfigError(f"{path.name}: set name {name!r} must be letters, digits, '-' or '_' (a folder name)")
        body = body or {}
        if not isinstance(body, dict) or set(body) - {"title", "parameters"}:
            raise ConfigError(f"{path.name}: set {name!r} takes only 'title' and 'parameters'")
        parameters = body.get("parameters") or {}
        if not isinstance(parameters, dict):
            raise ConfigError(f"{path.name}: 'parameters' of set {name!r} must be a mapping")
        if "figures_dir" in parameters:
            raise ConfigError(f"{path.name}: set {name!r}: figures_dir is chosen by the build, not by a set")
        sets.append(ReportSet(name, str(body.get("title") or name), dict(parameters)))
    names = raw.get("notebooks")
    if names is None:
        notebooks = sorted(p for p in notebooks_dir.glob("*.ipynb") if p.is_file())
    else:
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ConfigError(f"{path.name}: 'notebooks' must be a list of notebook names")
        notebooks = [notebooks_dir / (n if n.endswith(".ipynb") else f"{n}.ipynb") for n in names]
        missing = [n for n in notebooks if not n.is_file()]
        if missing:
            raise ConfigError(f"{path.name}: notebook not found: {missing[0].name}")
    if not notebooks:
        raise ConfigError(f"no notebooks (*.ipynb) in {notebooks_dir}")
    reserved = [nb.name for nb in notebooks if nb.stem in (TABLES, DATA_DIR, FAILED_DIR, BUILD_DIR)]
    if reserved:
        raise ConfigError(f"notebook name {reserved[0]!r} is reserved for the build's own folders; rename it")
    settings = raw.get("settings") or {}
    timeouts = {}
    for key, default in (("cell_timeout", DEFAULT_CELL_TIMEOUT), ("notebook_timeout", DEFAULT_NOTEBOOK_TIMEOUT)):
        value = settings.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"{path.name}: settings.{key} must be a positive number of seconds, got {value!r}")
        timeouts[key] = value
    extra = sorted(set(settings) - set(timeouts))
    if extra:
        raise ConfigError(f"{path.name}: unknown setting {extra[0]!r} (known: cell_timeout, notebook_timeout)")
    return Config(path, sets, notebooks, **timeouts)


def check_config(config: Config, sets: Iterable[ReportSet] | None = None,
                 notebooks: Iterable[Path] | None = None) -> None:
    """Check every parameter set against every notebook's parameters cell (no kernel is started)."""
    for s in sets if sets is not None else config.sets:
        for nb in notebooks if notebooks is not None else config.notebooks:
            try:
                params.check_notebook(nb, s.parameters)
            except params.ParameterError as exc:
                raise ConfigError(f"{config.path.name}: set {s.name!r}: {exc}") from None


# ------------------------------------------------------------------------------------------------- tasks

@dataclass(frozen=True)
class Task:
    """One notebook (or, with ``notebook == TABLES``, the tables) of one set, as sent to a worker process."""

    set_name: str
    notebook: str                  # path of the source notebook, or TABLES
    parameters: dict
    out_dir: str                   # the reports folder
    show_code: bool = False
    cell_timeout: int = DEFAULT_CELL_TIMEOUT
    notebook_timeout: int = DEFAULT_NOTEBOOK_TIMEOUT
    title: str = ""
    fingerprint: str = ""          # of everything the result depends on (see inputs_fingerprint)

    @property
    def name(self) -> str:
        return TABLES if self.notebook == TABLES else Path(self.notebook).stem

    def outputs_exist(self) -> bool:
        set_dir = Path(self.out_dir) / self.set_name
        if self.notebook == TABLES:
            return all((set_dir / DATA_DIR / f"{t}.csv").is_file() for t in TABLE_NAMES)
        return (set_dir / f"{self.name}.html").is_file() and (set_dir / self.name).is_dir()


@dataclass
class Outcome:
    """What became of a task."""

    set_name: str
    name: str
    ok: bool
    seconds: float
    error: str = ""        # "cell 7 (`present.figure(...)`): KeyError: 'x'"
    cell: int | None = None  # 1-based cell of the source notebook where it failed
    attempts: int = 1
    files: list[str] = field(default_factory=list)  # what it wrote, relative to the reports folder
    fingerprint: str = ""
    skipped: bool = False  # unchanged since the last good build: not run again

    @property
    def label(self) -> str:
        return f"{self.set_name}/{self.name}"


class NotebookTimeout(Exception):
    """The whole notebook ran longer than its wall-clock limit."""


def _alarm(signum: int, frame: object) -> None:
    raise NotebookTimeout("notebook ran over its time limit")


def run_task(task: Task) -> Outcome:
    """Run one task in this (worker) process; never raises."""
    start = time.perf_counter()
    out_dir = Path(task.out_dir)
    work = out_dir / BUILD_DIR / f"{task.set_name}.{task.name}.{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    try:
        if task.notebook == TABLES:
            outcome = _tables(task, work)
        else:
            outcome = _notebook(task, work)
    except Exception as exc:  # a bug in the build itself: report it as this task's failure
        outcome = Outcome(task.set_name, task.name, False, 0.0, f"{type(exc).__name__}: {one_line(str(exc))}")
        (work / "traceback.txt").write_text(traceback.format_exc(), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    outcome.seconds = round(time.perf_counter() - start, 2)
    outcome.fingerprint = task.fingerprint
    return outcome


def inputs_fingerprint(task: Task) -> str:
    """A hash of what a task's result depends on: the library (its version, modules and rules files), the
    notebook's source, the parameters, the corpus files (text and metadata.csv), the code flag and the cell
    time limits. An unchanged fingerprint with the outputs in place means there is nothing to rebuild."""
    import hashlib

    from natorussia.cache import fingerprint

    h = hashlib.sha256(f"reports 1|{fingerprint()}|{task.show_code}|{task.cell_timeout}".encode())
    h.update(json.dumps(task.parameters, sort_keys=True).encode())
    h.update(task.title.encode() + b"\0")
    if task.notebook != TABLES:
        h.update(Path(task.notebook).read_bytes())
    if task.parameters.get("tables_dir"):  # tables of any size: their files' names, sizes and times
        root = params.resolve_dir(task.parameters["tables_dir"])
        for path in sorted(root.rglob("*")):
            if path.is_file() and ".cache" not in path.relative_to(root).parts:
                stat = path.stat()
                h.update(f"{path.relative_to(root)}|{stat.st_size}|{stat.st_mtime_ns}\0".encode())
        return h.hexdigest()[:24]
    folders = task.parameters.get("corpus_dirs", params.Params().corpus_dirs)
    for folder in folders:
        root = params.resolve_dir(folder)
        for path in sorted([*root.glob("*.txt"), root / "metadata.csv"]):
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:24]


def _tables(task: Task, work: Path) -> Outcome:
    """The set's tables (what ``natorussia extract`` writes, streamed, with the project's extraction cache)
    into ``reports/<set>/data/``."""
    from natorussia.pipeline import extract_to

    p = params.check(**{k: v for k, v in task.parameters.items() if k == "corpus_dirs"})
    data = work / DATA_DIR
    extract_to(p.corpus_paths, data, jobs=1, cache_dir=paths.extract_cache_dir())
    target = Path(task.out_dir) / task.set_name / DATA_DIR
    replace_dir(data, target)
    files = sorted(str(f.relative_to(task.out_dir)) for f in target.iterdir())
    return Outcome(task.set_name, TABLES, True, 0.0, files=files)


def _notebook(task: Task, work: Path) -> Outcome:
    import logging

    import nbformat
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    name = task.name
    assets = work / name
    assets.mkdir()
    executed = assets / f"{name}.ipynb"
    log_path = assets / f"{name}.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("papermill")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("set %s, notebook %s, parameters %s", task.set_name, name, json.dumps(task.parameters))
    parameters = {**task.parameters, "figures_dir": name}
    failure: Outcome | None = None
    attempts = 0
    previous = signal.signal(signal.SIGALRM, _alarm)
    # The kernel inherits this process's stderr: its own warnings go to the notebook's log, not the terminal.
    saved_stderr = os.dup(2)
    log_fd = os.open(log_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(log_fd, 2)
    try:
        while True:
            attempts += 1
            signal.alarm(task.notebook_timeout)
            try:
                papermill.execute_notebook(
                    task.notebook, str(executed), parameters=parameters, kernel_name=KERNEL_NAME,
                    cwd=str(work), execution_timeout=task.cell_timeout, progress_bar=False, log_output=True,
                    request_save_on_cell_execute=True, start_timeout=120)
                break
            except PapermillExecutionError as exc:
                failure = _cell_failure(task, executed, exc.ename, exc.evalue)
            except (CellTimeoutError, DeadKernelError, NotebookTimeout) as exc:
                _stop_children()
                what = {NotebookTimeout: f"NotebookTimeout: the notebook ran over {task.notebook_timeout} s",
                        CellTimeoutError: f"CellTimeoutError: a cell ran over {task.cell_timeout} s"}.get(
                    type(exc), f"{type(exc).__name__}: {one_line(str(exc))}")
                failure = _cell_failure(task, executed, what, "")
            except Exception as exc:
                _stop_children()
                if attempts == 1 and not _cells_started(executed):  # a kernel that failed to start: once more
                    logger.info("kernel start failed (%s: %s); retrying once", type(exc).__name__, exc)
                    continue
                failure = Outcome(task.set_name, name, False, 0.0, f"{type(exc).__name__}: {one_line(str(exc))}")
            finally:
                signal.alarm(0)
            break
    finally:
        os.dup2(saved_stderr, 2)
        os.close(saved_stderr)
        os.close(log_fd)
        signal.signal(signal.SIGALRM, previous)
        logger.removeHandler(handler)
        handler.close()
    set_dir = Path(task.out_dir) / task.set_name
    if failure is not None:
        failure.attempts = attempts
        failed = set_dir / FAILED_DIR
        failed.mkdir(parents=True, exist_ok=True)
        kept = []
        for src in (executed, log_path):
            if src.exists():
                shutil.copyfile(src, failed / src.name)
                kept.append(str((failed / src.name).relative_to(task.out_dir)))
        failure.files = kept
        return failure
    nb = nbformat.read(executed, as_version=4)
    page = work / f"{name}.html"
    page.write_text(export_html(nb, task.show_code, f"{notebook_title(nb, name)} — {task.title or task.set_name}"),
                    encoding="utf-8")
    set_dir.mkdir(parents=True, exist_ok=True)
    replace_dir(assets, set_dir / name)
    os.replace(page, set_dir / f"{name}.html")
    for stale in (set_dir / FAILED_DIR / f"{name}.ipynb", set_dir / FAILED_DIR / f"{name}.log"):
        stale.unlink(missing_ok=True)
    files = [f"{task.set_name}/{name}.html"] + sorted(
        str(f.relative_to(task.out_dir)) for f in (set_dir / name).iterdir())
    return Outcome(task.set_name, name, True, 0.0, attempts=attempts, files=files)


def _cells_started(executed: Path) -> bool:
    """Whether papermill got as far as running a cell (if not, the kernel never came up)."""
    import nbformat

    if not executed.exists():
        return False
    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:
        return False
    return any(c.get("metadata", {}).get("papermill", {}).get("start_time") for c in nb.cells)


def _stop_children() -> None:
    """End the kernels this worker started (after a timeout or a dead kernel nothing else will)."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.Error:
            pass


def _cell_failure(task: Task, executed: Path, ename: str, evalue: str) -> Outcome:
    """An outcome naming the failed cell as numbered in the source notebook, with its first line.

    The cell is the one papermill marked as failed (or still running, after a timeout or a dead kernel) in the
    saved output notebook; the cells papermill added (injected parameters, error banners) are not counted."""
    import nbformat

    cell, first_line = None, ""
    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:
        nb = None
    added = {"injected-parameters", "papermill-error-cell-tag"}
    cells = [c for c in (nb.cells if nb is not None else [])
             if not added & set(c.get("metadata", {}).get("tags", []))]
    meta = [c.get("metadata", {}).get("papermill", {}) for c in cells]
    failed = [i for i, m in enumerate(meta) if m.get("exception") or m.get("status") in ("failed", "running")]
    # after a timeout or a dead kernel papermill marks no cell: the culprit is the last cell that started
    started = [i for i, m in enumerate(meta) if m.get("start_time")]
    index = failed[0] if failed else started[-1] if started else None
    if index is not None:
        cell = index + 1
        lines = [x for x in cells[index].source.splitlines() if x.strip()]
        first_line = lines[0].strip() if lines else ""
    where = f"cell {cell}" if cell is not None else "before the first cell"
    if first_line:
        where += f" (`{first_line[:70]}{'…' if len(first_line) > 70 else ''}`)"
    message = f"{ename}: {one_line(evalue)}" if evalue else ename
    return Outcome(task.set_name, task.name, False, 0.0, f"{where}: {message}", cell)


def one_line(text: str, limit: int = 300) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def replace_dir(new: Path, target: Path) -> None:
    """Put the folder ``new`` where ``target`` is, replacing it: the old one is renamed away first and removed
    only once the new one is in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def notebook_titles(notebooks: list[Path]) -> list[str]:
    """Each notebook's title (its first heading), or its name when it has none or cannot be read."""
    import nbformat

    titles = []
    for nb in notebooks:
        try:
            titles.append(notebook_title(nbformat.read(nb, as_version=4), nb.stem))
        except Exception:
            titles.append(nb.stem)
    return titles


def notebook_title(nb: object, fallback: str) -> str:
    """The text of the notebook's first Markdown heading."""
    for cell in nb.cells:  # type: ignore[attr-defined]
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


# ---------------------------------------------------------------------------------------------- HTML export

# JupyterLab's template without anything fetched from the network: require.js, MathJax, Mermaid and the
# widget manager come from CDNs in the stock template, and a report needs none of them (its charts are images,
# its tables plain HTML). Charts keep an ``alt`` text (the chart's title, escaped) for screen readers.
TEMPLATE = r"""
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
main { max-width: 1180px; margin: 0 auto; }
.jp-RenderedHTMLCommon table.natorussia-table { border-collapse: collapse; font-size: 12px; margin: 0.5em 0 1.5em;
  table-layout: auto; width: 100%; }
.jp-RenderedHTMLCommon table.natorussia-table caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
.jp-RenderedHTMLCommon table.natorussia-table th, .jp-RenderedHTMLCommon table.natorussia-table td {
  border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; max-width: none; }
.jp-RenderedHTMLCommon table.natorussia-table td.num { text-align: right; }
.jp-RenderedHTMLCommon table.natorussia-table td.date { white-space: nowrap; }
.jp-RenderedHTMLCommon table.natorussia-table tr:target { background: #fff3c4; }
.jp-RenderedHTMLCommon table.natorussia-table ul { margin: 0; padding-left: 1.1em; }
.jp-RenderedHTMLCommon table.natorussia-table li { margin: 0 0 0.3em; text-align: left; }
.natorussia-files { font-size: 12px; color: #555; }
</style>
{%- endblock extra_css -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
alt="{{ ((output | get_metadata('alt', 'image/png')) or 'Chart') | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{%- endif %} style="max-width: 100%; height: auto;">
</div>
{%- endblock data_png %}
"""


def export_html(nb: object, show_code: bool = False, title: str = "") -> str:
    """A notebook as one standalone HTML page that works offline (input code hidden unless ``show_code``)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"natorussia.html.j2": TEMPLATE})],
                            template_file="natorussia.html.j2")
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = not show_code
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.mathjax_url = ""
    exporter.require_js_url = ""
    if not show_code:
        remove = TagRemovePreprocessor(remove_cell_tags={"parameters", "injected-parameters"}, enabled=True)
        exporter.register_preprocessor(remove, enabled=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title or "Report"}})
    return body


# ------------------------------------------------------------------------------------------------- building

def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def corpus_size(s: ReportSet) -> int:
    """How many articles a set reads (its notebooks' running time grows with it)."""
    if s.parameters.get("tables_dir"):
        from natorussia import tables

        return tables.count_rows(params.resolve_dir(s.parameters["tables_dir"]), "articles")
    folders = s.parameters.get("corpus_dirs", params.Params().corpus_dirs)
    return sum(sum(1 for _ in params.resolve_dir(d).glob("*.txt")) for d in folders)


def plan(config: Config, out_dir: Path, sets: list[ReportSet], notebooks: list[Path], show_code: bool) -> list[Task]:
    """The tasks of a build: every notebook of every set, the sets with the largest corpora first (so that the
    longest tasks do not start last and leave a core idle at the end), then each set's tables."""
    by_size = sorted(sets, key=corpus_size, reverse=True)
    tasks = [Task(s.name, str(nb), s.parameters, str(out_dir), show_code, config.cell_timeout,
                  config.notebook_timeout, s.title) for s in by_size for nb in notebooks]
    tasks += [Task(s.name, TABLES, s.parameters, str(out_dir), show_code, config.cell_timeout,
                   config.notebook_timeout, s.title) for s in sets if not s.parameters.get("tables_dir")]
    return tasks


def progress_line(n: int, total: int, outcome: Outcome, elapsed: float) -> str:
    width = len(str(total))
    if outcome.skipped:
        return f"[{n:>{width}}/{total}] {outcome.label} skipped (unchanged) (elapsed {elapsed:.1f} s)"
    if outcome.ok:
        retried = f", kernel retried ({outcome.attempts} attempts)" if outcome.attempts > 1 else ""
        return (f"[{n:>{width}}/{total}] {outcome.label} ok in {outcome.seconds:.1f} s{retried} "
                f"(elapsed {elapsed:.1f} s)")
    return f"[{n:>{width}}/{total}] {outcome.label} FAILED {outcome.error} (elapsed {elapsed:.1f} s)"


def build(config: Config, out_dir: str | Path | None = None, jobs: int | None = None, show_code: bool = False,
          set_names: list[str] | None = None, notebook_names: list[str] | None = None,
          echo: Callable[[str], None] | None = None, force: bool = False) -> list[Outcome]:
    """Build the reports (see the module's docstring); return every task's outcome, in plan order.

    A task whose inputs are unchanged since its last good build (same :func:`inputs_fingerprint`, outputs in
    place) is skipped, unless ``force``."""
    echo = echo or (lambda line: print(line, file=sys.stderr, flush=True))
    out_dir = Path(out_dir) if out_dir else paths.REPORTS_DIR
    sets = [config.set(n) for n in set_names] if set_names else list(config.sets)
    notebooks = config.notebooks
    if notebook_names:
        by_stem = {nb.stem: nb for nb in config.notebooks}
        unknown = [n for n in notebook_names if n.removesuffix(".ipynb") not in by_stem]
        if unknown:
            raise ConfigError(f"no notebook {unknown[0]!r} (notebooks: {', '.join(by_stem)})")
        notebooks = [by_stem[n.removesuffix(".ipynb")] for n in notebook_names]
    check_config(config, sets, notebooks)
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tasks = [replace(t, fingerprint=inputs_fingerprint(t))
             for t in plan(config, out_dir.resolve(), sets, notebooks, show_code)]
    outcomes: dict[int, Outcome] = {}
    n = 0
    for i, t in enumerate(tasks):
        last = load_status(out_dir, t.set_name).get(t.name, {})
        if not force and last.get("ok") and last.get("fingerprint") == t.fingerprint and t.outputs_exist():
            outcomes[i] = Outcome(t.set_name, t.name, True, 0.0, files=last.get("files", []),
                                  fingerprint=t.fingerprint, skipped=True)
    to_run = [i for i in range(len(tasks)) if i not in outcomes]
    jobs = max(1, min(jobs or default_jobs(), len(to_run) or 1))
    echo(f"natorussia reports: {len(notebooks)} notebooks x {len(sets)} sets "
         f"({', '.join(s.name for s in sets)}) and their tables, {len(tasks)} tasks "
         f"({len(tasks) - len(to_run)} unchanged) on {jobs} processes")
    for i in sorted(outcomes):
        n += 1
        echo(progress_line(n, len(tasks), outcomes[i], time.perf_counter() - start))
    context = multiprocessing.get_context("spawn")  # fresh workers: no inherited threads, sockets or kernels
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(run_task, tasks[i]): i for i in to_run}
        for k, future in enumerate(cf.as_completed(futures), n + 1):
            i = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # the worker process itself died
                t = tasks[i]
                outcome = Outcome(t.set_name, t.name, False, 0.0, f"{type(exc).__name__}: {one_line(str(exc))}",
                                  fingerprint=t.fingerprint)
            outcomes[i] = outcome
            echo(progress_line(k, len(tasks), outcome, time.perf_counter() - start))
    shutil.rmtree(out_dir / BUILD_DIR, ignore_errors=True)
    ordered = [outcomes[i] for i in range(len(tasks))]
    save_status(out_dir, ordered)
    write_index(config, out_dir)
    failed = [o for o in ordered if not o.ok]
    skipped = sum(o.skipped for o in ordered)
    echo(f"natorussia reports: {len(ordered) - len(failed)} of {len(ordered)} built ({skipped} unchanged) in "
         f"{time.perf_counter() - start:.1f} s, {len(failed)} failed; index: "
         f"{(out_dir / 'index.html').resolve().as_uri()}")
    for o in failed:
        echo(f"  failed: {o.label}: {o.error}")
    return ordered


def save_status(out_dir: Path, outcomes: list[Outcome]) -> None:
    """Record each task's last outcome in ``reports/<set>/status.json`` (what the index shows)."""
    by_set: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_set.setdefault(o.set_name, []).append(o)
    for set_name, items in by_set.items():
        path = out_dir / set_name / STATUS_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        status = load_status(out_dir, set_name)
        for o in items:
            status[o.name] = asdict(o)
        path.write_text(json.dumps(status, indent=1, sort_keys=True), encoding="utf-8")


def load_status(out_dir: Path, set_name: str) -> dict:
    try:
        return json.loads((out_dir / set_name / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_index(config: Config, out_dir: Path) -> Path:
    """``reports/index.html``: for each set, a link to each notebook's report (or its failure and what it left)
    and to each table. Only files that exist are linked; every text is escaped."""
    e = html.escape
    rows = []
    for s in config.sets:
        status = load_status(out_dir, s.name)
        parameters = ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in s.parameters.items())
        cells = []
        for nb in config.notebooks:
            name = nb.stem
            page = out_dir / s.name / f"{name}.html"
            st = status.get(name, {})
            parts = []
            if page.exists():
                parts.append(f'<a href="{e(s.name)}/{e(name)}.html">{e(name)}.html</a>')
            else:
                parts.append(f"{e(name)}: not built")
            if st and not st.get("ok"):
                note = "the previous report is kept" if page.exists() else "no report yet"
                parts.append(f'<div class="failed">failed in the last build ({note}): {e(st.get("error", ""))}</div>')
                left = [f for f in st.get("files", []) if (out_dir / f).exists()]
                if left:
                    parts.append('<div class="failed">left: ' + ", ".join(
                        f'<a href="{e(f)}">{e(Path(f).name)}</a>' for f in left) + "</div>")
            cells.append("<td>" + "".join(parts) + "</td>")
        data = out_dir / s.name / DATA_DIR
        links = [f'<a href="{e(s.name)}/{DATA_DIR}/{t}.csv">{t}.csv</a>' for t in TABLE_NAMES
                 if (data / f"{t}.csv").exists()]
        if s.parameters.get("tables_dir"):
            links = [f"read from {e(str(s.parameters['tables_dir']))}"]
        tables_status = status.get(TABLES, {})
        if tables_status and not tables_status.get("ok"):
            links.append(f'<div class="failed">tables failed: {e(tables_status.get("error", ""))}</div>')
        cells.append("<td>" + (" · ".join(links) if links else "no tables yet") + "</td>")
        rows.append(f'<tr id="set-{e(s.name)}"><th scope="row">{e(s.title)}<div class="params">{e(s.name)}: '
                    f"{e(parameters or 'notebook defaults')}</div></th>{''.join(cells)}</tr>")
    head = "".join(f"<th>{e(title)}</th>" for title in notebook_titles(config.notebooks))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NATO–Russia relations: reports</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px;
  color: #222; padding: 0 1em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 8px; text-align: left; vertical-align: top; }}
.params {{ font-weight: normal; font-size: 12px; color: #555; font-family: monospace; }}
.failed {{ color: #b00020; font-size: 12px; }}
</style>
</head>
<body>
<h1>NATO–Russia relations 2008–2021: reports</h1>
<p>Each row is a parameter set of <code>{e(config.path.name)}</code>; each report is a notebook run on it by
<code>natorussia reports</code>. Tables are what <code>natorussia extract</code> writes for the set's corpus
(CSV; Parquet beside them).</p>
<table>
<thead><tr><th>Parameter set</th>{head}<th>Tables</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""
    path = out_dir / "index.html"
    tmp = out_dir / f".index.html.{uuid.uuid4().hex[:8]}"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path


def run(args: object) -> int:
    """The ``reports`` command: build, then exit with the number of failed tasks (capped at 125)."""
    config = load_config(getattr(args, "config", None))
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, got {jobs}")
    outcomes = build(config, getattr(args, "out", None), jobs, getattr(args, "show_code", False),
                     getattr(args, "sets", None), getattr(args, "notebooks", None),
                     force=getattr(args, "force", False))
    return min(sum(not o.ok for o in outcomes), 125)


def add_arguments(parser: object) -> None:
    """The ``reports`` subcommand's options (on an argparse parser)."""
    parser.add_argument("--config", metavar="FILE", help="parameter sets (default: reports.yml)")
    parser.add_argument("--out", metavar="DIR", help="reports folder (default: reports/)")
    parser.add_argument("--set", dest="sets", action="append", metavar="NAME",
                        help="build only this parameter set (repeatable)")
    parser.add_argument("--notebook", dest="notebooks", action="append", metavar="NAME",
                        help="build only this notebook (repeatable)")
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="processes (default: every core)")
    parser.add_argument("--show-code", action="store_true", help="show the notebooks' code in the HTML")
    parser.add_argument("--force", action="store_true",
                        help="rebuild every report, even those whose inputs have not changed")


def refresh_notebooks(notebooks: Iterable[str | Path] | None = None, timeout: int = DEFAULT_CELL_TIMEOUT) -> None:
    """Re-run notebooks in place with their default parameters, as nbval runs them (working folder: the
    notebook's), so that their committed outputs are what ``pytest --nbval`` expects. No timing metadata is
    recorded, so an unchanged result leaves the file unchanged apart from the images."""
    import nbformat
    from nbclient import NotebookClient

    for path in [Path(n) for n in notebooks] if notebooks else sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout, record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        client.execute()
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, path)
        print(f"refreshed {path.name}", file=sys.stderr)


if __name__ == "__main__":  # python -m natorussia.reports refresh [NOTEBOOK ...]  (make notebooks)
    if sys.argv[1:2] != ["refresh"]:
        sys.exit("usage: python -m natorussia.reports refresh [NOTEBOOK ...]")
    refresh_notebooks(sys.argv[2:])
