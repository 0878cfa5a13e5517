"""The three lists of pinned packages agree: pyproject.toml (dependencies and every optional group),
environment.yml (for conda users) and requirements.lock (the whole tree)."""

from __future__ import annotations

import re
import tomllib

import yaml

from natorussia import paths

PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)\s*$")


def normalised(name: str) -> str:
    """PEP 503 name: lower case, runs of '-', '_' and '.' as one '-'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lines: list[str]) -> dict[str, str]:
    """Normalised name -> version of every 'name==version' line (others ignored)."""
    found: dict[str, str] = {}
    for line in lines:
        m = PIN.match(line)
        if m:
            assert normalised(m.group(1)) not in found, f"{m.group(1)} pinned twice"
            found[normalised(m.group(1))] = m.group(2)
    return found


def pyproject_requirements() -> list[str]:
    project = tomllib.loads((paths.PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + [r for group in project["optional-dependencies"].values() for r in group]


def environment_pip_requirements() -> list[str]:
    env = yaml.safe_load((paths.PROJECT_DIR / "environment.yml").read_text(encoding="utf-8"))
    pip = [d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(pip) == 1, "environment.yml needs one pip: section"
    return list(pip[0])


def test__pyproject__every_requirement_is_pinned():
    requirements = pyproject_requirements()
    assert [r for r in requirements if not PIN.match(r)] == []
    assert len(pins(requirements)) == len(requirements)


def test__environment_yml__pins_exactly_the_pyproject_packages():
    assert pins(environment_pip_requirements()) == pins(pyproject_requirements())


def test__environment_yml__has_nothing_else_but_the_project_itself():
    others = [r for r in environment_pip_requirements() if not PIN.match(r)]
    assert others == ["-e ."]


def test__requirements_lock__pins_every_pyproject_package_at_the_same_version():
    lock = pins((paths.PROJECT_DIR / "requirements.lock").read_text(encoding="utf-8").splitlines())
    wanted = pins(pyproject_requirements())
    assert {name: lock.get(name) for name in wanted} == wanted


def test__normalised__follows_pep_503():
    assert normalised("charset_normalizer") == normalised("Charset.Normalizer") == "charset-normalizer"
    assert pins(["RapidFuzz == 3.14.6", "# comment", "-e .", "pip"]) == {"rapidfuzz": "3.14.6"}


def test__pyproject__package_data_ships_every_data_file():
    # a wheel (a non-editable install) holds only what these patterns name: a rules file left out breaks it
    patterns = tomllib.loads((paths.PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["natorussia"]
    package = paths.PROJECT_DIR / "src" / "natorussia"
    shipped = {p for pattern in patterns for p in package.glob(pattern)}
    data = {p for p in (package / "data").iterdir() if p.is_file()}
    assert data and data <= shipped, sorted(p.name for p in data - shipped)




def test__pytest_config__keeps_each_notebook_on_one_xdist_worker():
    """nbval's cells share one kernel: `pytest -n N` must not spread a notebook over workers (nbval #121)."""
    options = tomllib.loads((paths.PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]
    assert "--dist loadscope" in options["ini_options"]["addopts"]
