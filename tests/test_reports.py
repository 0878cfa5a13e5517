"""natorussia reports: configuration and parameter checks before any kernel, the offline HTML export, and a
build in which one notebook fails: reported with its cell, the others built, the previous good report kept."""

from __future__ import annotations

import re
import time

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from natorussia import cli, paths, reports

PARAMS = ('corpus_dirs: list = ["seeds"]  # corpus folders\n'
          'figures_dir: str = ""  # where charts go')


def write_notebook(path, *sources, title="A tiny report"):
    """A notebook of a heading, a parameters cell and the given code cells."""
    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                               "language": "python"},
                                "language_info": {"name": "python"}})
    cell = new_code_cell(PARAMS)
    cell.metadata.tags = ["parameters"]
    nb.cells = [new_markdown_cell(f"# {title}"), cell, *[new_code_cell(s) for s in sources]]
    nbformat.write(nb, path)
    return path


def write_config(tmp_path, notebooks, sets=None, settings=""):
    sets = sets or {"s": "corpus_dirs: [seeds]"}
    body = "".join(f"  {name}:\n    title: Set {name}\n    parameters: {{{p}}}\n" for name, p in sets.items())
    text = f"notebooks_dir: nbs\nnotebooks: [{', '.join(notebooks)}]\n{settings}sets:\n{body}"
    cfg = tmp_path / "reports.yml"
    cfg.write_text(text, encoding="utf-8")
    return cfg


# ------------------------------------------------------------------------------------------- configuration

def test__reports_yml__has_the_seeds_and_all_sets_and_fits_every_notebook():
    config = reports.load_config()
    sets = {s.name: s.parameters for s in config.sets}
    assert sets["seeds"]["corpus_dirs"] == ["seeds"]
    assert sets["all"]["corpus_dirs"] == ["seeds", "data/corpus"]
    assert [nb.name for nb in config.notebooks] == ["01_corpus.ipynb", "02_escalation.ipynb", "03_staff.ipynb"]
    reports.check_config(config)


@pytest.mark.parametrize(("text", "message"), [
    ("sets: {}\n", "must have a 'sets' mapping of at least one parameter set"),
    ("sets:\n  'a b': {}\n", "set name 'a b' must be letters, digits"),
    ("sets:\n  a: {paramters: {}}\n", "set 'a' takes only 'title' and 'parameters'"),
    ("sets:\n  a: {parameters: {figures_dir: x}}\n", "figures_dir is chosen by the build"),
    ("sets:\n  a: {}\nextra: 1\n", "unknown key 'extra'"),
    ("notebooks_dir: nowhere\nsets:\n  a: {}\n", "notebooks folder not found: nowhere"),
    ("settings: {cell_timeout: -1}\nsets:\n  a: {}\n", "settings.cell_timeout must be a positive number"),
    ("notebooks: [nope]\nsets:\n  a: {}\n", "notebook not found: nope.ipynb"),
    ("sets: [\n", "cannot read reports.yml"),
])
def test__load_config__each_mistake_is_one_line(tmp_path, text, message):
    cfg = tmp_path / "reports.yml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(reports.ConfigError) as info:
        reports.load_config(cfg, paths.NOTEBOOKS_DIR)
    assert message in str(info.value) and "\n" not in str(info.value)


def test__cli__parameter_mistake_exits_2_before_any_kernel_starts(tmp_path, capsys):
    cfg = tmp_path / "reports.yml"
    cfg.write_text("sets:\n  seeds:\n    parameters: {start_yaer: 2010}\n", encoding="utf-8")
    start = time.perf_counter()
    status = cli.main(["reports", "--config", str(cfg), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert "natorussia: error: reports.yml: set 'seeds': 01_corpus: unknown parameter 'start_yaer'" in err
    assert not (tmp_path / "out").exists()
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize(("argv", "message"), [
    (["--set", "nope"], "no parameter set 'nope'"),
    (["--notebook", "nope"], "no notebook 'nope'"),
    (["--jobs", "0"], "--jobs must be at least 1"),
])
def test__cli__unknown_set_notebook_or_jobs_exit_2(tmp_path, capsys, argv, message):
    assert cli.main(["reports", "--out", str(tmp_path / "out"), *argv]) == 2
    assert message in capsys.readouterr().err


# --------------------------------------------------------------------------------------------- HTML export

def exported_notebook():
    nb = new_notebook()
    cell = new_code_cell("SECRET_CODE = 1\nprint('shown')")
    cell.outputs = [
        new_output("stream", name="stdout", text="shown\n"),
        new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "chart"},
                   metadata={"image/png": {"width": 600, "alt": 'Chart: <script>alert(1)</script> "q"'}}),
        new_output("display_data", data={"text/html": "<table><tr><td>&lt;b&gt;</td></tr></table>",
                                         "text/plain": "table"}),
    ]
    params = new_code_cell("corpus_dirs = ['/some/where']")
    params.metadata.tags = ["parameters"]
    nb.cells = [new_markdown_cell("# Title"), params, cell]
    return nb


def test__export_html__hides_code_and_loads_nothing_from_the_network():
    page = reports.export_html(exported_notebook(), title="T <x>")
    soup = BeautifulSoup(page, "html5lib")
    assert "SECRET_CODE" not in page and "/some/where" not in page
    assert not soup.select(".jp-CodeCell .jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt")
    assert soup.find("title").text == "T <x>"
    assert not soup.find_all("script")
    for tag in soup.find_all(["link", "img", "iframe", "source"]):
        for attr in ("href", "src"):
            assert not str(tag.get(attr, "")).startswith(("http:", "https:", "//")), tag
    assert not re.search(r"require\.js|mathjax|mermaid|cdn\.", page, re.I)
    img = soup.find("img")
    assert img["src"].startswith("data:image/png;base64,")
    assert img["alt"] == 'Chart: <script>alert(1)</script> "q"'      # the attribute, escaped in the source
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert "shown" in soup.get_text()


def test__export_html__show_code_keeps_the_input():
    page = reports.export_html(exported_notebook(), show_code=True)
    soup = BeautifulSoup(page, "html5lib")
    assert "SECRET_CODE" in soup.get_text()
    assert soup.select(".jp-CodeCell .jp-InputArea")
    assert not soup.find_all("script", src=True)


# ----------------------------------------------------------------------------------------------- building

def links_resolve(page, folder):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert hrefs
    missing = [h for h in hrefs if not (folder / h.split("#")[0]).exists()]
    assert missing == []
    return hrefs


def test__build__a_failing_notebook_is_reported_the_others_built_the_previous_report_kept(tmp_path, capsys):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    write_notebook(nbs / "good.ipynb", "print('good run 1')")
    write_notebook(nbs / "bad.ipynb", "x = 1", "y = x / 0\nprint(y)", "print('never')")
    cfg = write_config(tmp_path, ["good", "bad"])
    out = tmp_path / "reports"
    argv = ["reports", "--config", str(cfg), "--out", str(out), "--jobs", "2"]

    assert cli.main(argv) == 1                                   # one failure
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith("[")]
    assert len(lines) == 3
    # a kernel that failed to start and was started again says so ('ok in 1.5 s, kernel retried (2 attempts)')
    assert all(re.match(r"^\[[123]/3\] s/(good|bad|tables) (ok in \d+\.\d s(?:, kernel retried \(\d+ attempts\))?|"
                        r"FAILED .+) \(elapsed \d+\.\d s\)$", x) for x in lines), lines
    assert "s/bad FAILED cell 4 (`y = x / 0`): ZeroDivisionError: division by zero" in err
    assert "1 failed" in err
    set_dir = out / "s"
    good = (set_dir / "good.html").read_text(encoding="utf-8")
    assert "good run 1" in good
    assert not (set_dir / "bad.html").exists()
    assert (set_dir / "failed" / "bad.ipynb").exists() and (set_dir / "failed" / "bad.log").exists()
    assert (set_dir / "good" / "good.ipynb").exists() and (set_dir / "good" / "good.log").exists()
    assert {p.name for p in (set_dir / "data").iterdir()} >= {"articles.csv", "events.csv", "staff_counts.csv",
                                                               "merged_events.csv"}
    assert not (out / reports.BUILD_DIR).exists()
    index = out / "index.html"
    hrefs = links_resolve(index, out)
    assert "s/good.html" in hrefs and "s/data/events.csv" in hrefs and "s/failed/bad.ipynb" in hrefs
    assert "ZeroDivisionError" in index.read_text(encoding="utf-8")

    # the good notebook now fails too: its previous report stays, byte for byte
    write_notebook(nbs / "good.ipynb", "raise RuntimeError('broken <b>now</b>')")
    assert cli.main(argv) == 2
    assert "s/tables skipped (unchanged)" in capsys.readouterr().err      # same corpus, same library
    assert (set_dir / "good.html").read_text(encoding="utf-8") == good
    text = index.read_text(encoding="utf-8")
    assert "the previous report is kept" in text
    assert "RuntimeError: broken &lt;b&gt;now&lt;/b&gt;" in text
    links_resolve(index, out)

    # fixed again: a new report, and what the failure left is gone
    write_notebook(nbs / "good.ipynb", "print('good run 3')")
    assert cli.main(argv + ["--notebook", "good"]) == 0
    assert "good run 3" in (set_dir / "good.html").read_text(encoding="utf-8")
    assert not (set_dir / "failed" / "good.ipynb").exists()
    assert (set_dir / "failed" / "bad.ipynb").exists()         # not rebuilt this time: still listed
    links_resolve(index, out)
    capsys.readouterr()

    # nothing changed: nothing runs, unless forced
    assert cli.main(argv + ["--notebook", "good"]) == 0
    assert "s/good skipped (unchanged)" in capsys.readouterr().err
    assert cli.main(argv + ["--notebook", "good", "--force"]) == 0
    assert re.search(r"s/good ok in", capsys.readouterr().err)


def test__build__a_cell_over_its_time_limit_fails_with_its_cell(tmp_path):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    write_notebook(nbs / "slow.ipynb", "import time", "time.sleep(120)")
    cfg = write_config(tmp_path, ["slow"], settings="settings: {cell_timeout: 3}\n")
    config = reports.load_config(cfg, nbs)
    lines = []
    start = time.perf_counter()
    outcomes = reports.build(config, tmp_path / "out", jobs=2, echo=lines.append)
    slow = next(o for o in outcomes if o.name == "slow")
    assert not slow.ok and slow.cell == 4
    assert slow.error == "cell 4 (`time.sleep(120)`): CellTimeoutError: a cell ran over 3 s"
    assert time.perf_counter() - start < 60


def test__progress_line__counts_and_elapsed_time():
    ok = reports.Outcome("all", "02_escalation", True, 4.25)
    assert reports.progress_line(3, 12, ok, 9.81) == "[ 3/12] all/02_escalation ok in 4.2 s (elapsed 9.8 s)"
    bad = reports.Outcome("all", "03_staff", False, 1.0, "cell 5 (`x`): KeyError: 'a'", 5)
    assert reports.progress_line(12, 12, bad, 20) == "[12/12] all/03_staff FAILED cell 5 (`x`): KeyError: 'a' " \
                                                     "(elapsed 20.0 s)"


def test__replace_dir__swaps_in_the_new_folder(tmp_path):
    old, new = tmp_path / "target", tmp_path / "new"
    old.mkdir()
    (old / "a").write_text("old")
    new.mkdir()
    (new / "b").write_text("new")
    reports.replace_dir(new, old)
    assert [p.name for p in tmp_path.iterdir()] == ["target"]
    assert [p.name for p in old.iterdir()] == ["b"]


def test__plan__a_set_of_extracted_tables_has_no_table_task_and_its_fingerprint_follows_the_tables(tmp_path):
    from natorussia import tables
    from natorussia.pipeline import extract_to

    nbs = tmp_path / "nbs"
    nbs.mkdir()
    write_notebook(nbs / "good.ipynb", "print('ok')")
    big = tmp_path / "big"
    extract_to([paths.SEEDS_DIR], big, jobs=1, use_cache=False)
    cfg = write_config(tmp_path, ["good"], {"s": "corpus_dirs: [seeds]", "big": f"tables_dir: {big}"})
    config = reports.load_config(cfg)
    tasks = reports.plan(config, tmp_path / "out", config.sets, config.notebooks, False)
    assert [(t.set_name, t.name) for t in tasks] == [("s", "good"), ("big", "good"), ("s", "tables")]
    assert reports.corpus_size(config.set("big")) == tables.count_rows(big, "articles")
    task = next(t for t in tasks if t.set_name == "big")
    before = reports.inputs_fingerprint(task)
    (big / "problems.csv").write_text("path,message\nx.txt,empty article\n")
    assert reports.inputs_fingerprint(task) != before
