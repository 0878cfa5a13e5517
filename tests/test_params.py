"""Parameters are checked before a kernel starts: one-line errors for every kind of mistake; and the notebooks
declare exactly the parameters the checks know, compose library calls only, and carry deterministic outputs."""

from __future__ import annotations

import re

import nbformat
import pytest

from natorussia import params, paths

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize(("values", "message"), [
    ({"start_yaer": 2010}, "unknown parameter 'start_yaer'"),
    ({"start_year": "2010"}, "parameter 'start_year' must be a whole number, got '2010'"),
    ({"start_year": True}, "parameter 'start_year' must be a whole number, got True"),
    ({"corpus_dirs": "seeds"}, "parameter 'corpus_dirs' must be a list of strings, got 'seeds'"),
    ({"actors": ["RUS", 3]}, "parameter 'actors' must be a list of strings"),
    ({"end_year": 2200}, "parameter 'end_year' must be between 1949 and 2100, got 2200"),
    ({"start_year": 2015, "end_year": 2010}, "start_year (2015) is after end_year (2010)"),
    ({"event_types": ["expulsion"]}, "unknown event type 'expulsion' in 'event_types'"),
    ({"actors": ["Russia"]}, "actor code 'Russia' in 'actors' is not 2-4 capital letters"),
    ({"corpus_dirs": []}, "parameter 'corpus_dirs' is empty"),
    ({"corpus_dirs": ["no/such/folder"]}, "corpus folder 'no/such/folder' in 'corpus_dirs' not found"),
])
def test__check__each_mistake_is_a_one_line_error(values, message):
    with pytest.raises(params.ParameterError) as info:
        params.check(**values)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test__check__a_folder_without_articles_is_refused(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    with pytest.raises(params.ParameterError, match=r"has no articles \(\*\.txt\)"):
        params.check(corpus_dirs=[str(tmp_path)])


def test__check__defaults_and_relative_folders_from_the_project():
    p = params.check()
    assert (p.start_year, p.end_year, p.event_types, p.actors) == (2008, 2021, [], [])
    assert p.corpus_paths == [paths.SEEDS_DIR]
    assert p.period == "2008–2021"
    assert params.check(corpus_dirs=[str(paths.SEEDS_DIR)]).corpus_paths == [paths.SEEDS_DIR]


def test__check_notebook__compares_with_the_parameters_cell():
    nb = paths.NOTEBOOKS_DIR / "02_escalation.ipynb"
    assert params.check_notebook(nb, {"start_year": 2014}).start_year == 2014
    with pytest.raises(params.ParameterError, match=r"02_escalation: unknown parameter 'year' \(the notebook "
                                                     r"declares: corpus_dirs, start_year"):
        params.check_notebook(nb, {"year": 2014})
    with pytest.raises(params.ParameterError, match="02_escalation: parameter 'end_year' must be a whole number"):
        params.check_notebook(nb, {"end_year": 20.5})


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test__notebook__declares_the_checked_parameters_with_types(path):
    declared = params.notebook_parameters(path)
    assert list(declared) == list(params.SPEC)
    for name, (type_name, _) in params.SPEC.items():
        assert declared[name]["inferred_type_name"] == type_name
        assert declared[name]["help"]
    defaults = {k: v["default"] for k, v in declared.items()}
    assert defaults["corpus_dirs"] == '["seeds"]'
    assert (defaults["start_year"], defaults["end_year"]) == ("2008", "2021")
    assert defaults["figures_dir"] == f'"../reports/notebooks/{path.stem}"'


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test__notebook__composes_library_calls_and_runs_on_python3(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    assert "parameters" in nb.cells[0].metadata.get("tags", [])         # the very first cell
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all("parameters" not in c.metadata.get("tags", []) for c in code[1:])
    for cell in code:
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", cell.source, re.M), cell.source
        assert "sys.path" not in cell.source and "import matplotlib" not in cell.source
        assert "os.chdir" not in cell.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test__notebook__committed_with_deterministic_outputs(path):
    """Every cell after the parameters has output, none an error or stderr, and no output holds a path, an
    object address or a time of day."""
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert not code[0].outputs
    for cell in code[1:]:
        assert cell.outputs, cell.source
        for out in cell.outputs:
            assert out.output_type in ("display_data", "execute_result"), out.output_type
            text = " ".join(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
            assert not re.search(r"0x[0-9a-f]{6,}|/work/|/home/|/tmp/|\d\d:\d\d:\d\d", text), text[:200]
            assert "execution" not in cell.metadata


def test__check__tables_dir_must_hold_extracted_tables(tmp_path):
    with pytest.raises(params.ParameterError, match="tables folder 'nowhere' in 'tables_dir' not found"):
        params.check(tables_dir="nowhere")
    with pytest.raises(params.ParameterError, match="has no articles table: write it with `natorussia extract"):
        params.check(tables_dir=str(tmp_path))
    (tmp_path / "articles.parquet").write_bytes(b"")
    p = params.check(tables_dir=str(tmp_path), corpus_dirs=["not/a/corpus"])   # the corpus is not needed then
    assert p.tables_path == tmp_path
    assert params.check().tables_path is None
