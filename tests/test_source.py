"""The library's source as text: a module-level constant bound twice silently replaces the first binding for
every function of the module (a rule written later changes rules written earlier), so none is."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import natorussia

SOURCES = sorted(Path(natorussia.__file__).parent.glob("*.py"))


def constants_bound_twice(source: str) -> list[str]:
    """Upper-case names assigned more than once at the top level of a module."""
    names = Counter(target.id for node in ast.parse(source).body if isinstance(node, ast.Assign | ast.AnnAssign)
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name) and target.id.isupper())
    return [name for name, n in names.items() if n > 1]


def test__constants_bound_twice__finds_a_rebinding():
    assert constants_bound_twice("A = 1\nB: int = 2\nA = 3\nb = 1\nb = 2\n") == ["A"]


def test__library__binds_each_module_constant_once():
    assert SOURCES
    assert {p.name: twice for p in SOURCES if (twice := constants_bound_twice(p.read_text()))} == {}
