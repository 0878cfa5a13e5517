"""Literal cues of regular expressions, derived from the rules themselves, to skip the rules that cannot match.

Most rules (triggers, date expressions) fail on most sentences, yet ``re`` tries each of them at every
position of the sentence (a pattern that opens with ``\\b`` gets no literal-prefix speed-up). Every match of
``\\bexpel(?:s|led|ling)?\\b`` contains ``expel``; every match of ``\\b(?:declared?|considered)\\b`` contains
``declare`` or ``considered``. :func:`cue_of` reads such a set of literals off a compiled pattern (its parse
tree, not a hand-written list), and :class:`CueIndex` tells, with one ``in`` test per distinct literal, which
rules of a list can match a text at all; the others are not run. The result is the same as running them all:
a rule is skipped only when a literal that every one of its matches contains is absent from the text.

Literals under IGNORECASE are compared lower-cased, and only on ASCII text (where ``re``'s case folding and
``str.lower`` agree); on other text such a rule is always run. A pattern the analysis does not understand has
no cue and is always run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

try:  # the parser of the standard ``re`` (Python 3.11+); without it, no cues: every rule runs
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

Needle = tuple[str, bool]  # (literal, compared case-insensitively)
Cue = frozenset[Needle]  # at least one of these literals is in every match


def cue_of(pattern: re.Pattern[str]) -> Cue | None:
    """Literals of which every match of ``pattern`` contains at least one, or None when there are none to
    rely on (then the pattern must always be run). The most selective set is chosen (longest literals)."""
    if _p is None:  # pragma: no cover
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        return _sequence(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unknown construct: no cue, the rule always runs
        return None


def _better(a: Cue | None, b: Cue | None) -> Cue | None:
    """The more selective of two cues: the longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(len(s) for s, _ in a), -len(a))
    key_b = (min(len(s) for s, _ in b), -len(b))
    return a if key_a >= key_b else b


def _sequence(items: Sequence, ignorecase: bool) -> Cue | None:
    """The best cue of a sequence of parse nodes: a run of consecutive literals, or the cue of one node
    that every match of the sequence goes through."""
    best: Cue | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({("".join(run), ignorecase)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and (not ignorecase or av < 128):
            run.append(chr(av).lower() if ignorecase else chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            ci = (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            best = _better(best, _sequence(list(sub), ci))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _sequence(list(av), ignorecase))
        elif op is _c.BRANCH:
            alternatives = [_sequence(list(b), ignorecase) for b in av[1]]
            if all(alt is not None for alt in alternatives):
                best = _better(best, frozenset().union(*alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _sequence(list(sub), ignorecase))
        # anything else (classes, anchors, lookarounds, back-references) only ends the run of literals
    flush()
    return best


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a non-empty match of ``pattern`` can start with, or None when they cannot be told
    (classes such as ``\\w``, case-insensitive letters, an empty match...)."""
    if _p is None:  # pragma: no cover
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        chars, nullable = _first(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unknown construct: any character
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first(items: Sequence, ignorecase: bool) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parse nodes (None: any), and whether it can match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        node, nullable = _first_node(op, av, ignorecase)
        if node is None:
            return None, False
        chars |= node
        if not nullable:
            return chars, False
    return chars, True


def _first_node(op: object, av: object, ignorecase: bool) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        c = chr(av)
        return (None if ignorecase and (av >= 128 or c.lower() != c.upper()) else {c}), False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # negation, categories, big sets
                return None, False
        if ignorecase and any(ord(c) >= 128 or c.lower() != c.upper() for c in chars):
            return None, False
        return chars, False
    if op is _c.SUBPATTERN:
        _group, add, delete, sub = av
        return _first(list(sub), (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE)
    if op is _c.ATOMIC_GROUP:
        return _first(list(av), ignorecase)
    if op is _c.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            sub, empty = _first(list(branch), ignorecase)
            if sub is None:
                return None, False
            chars |= sub
            nullable = nullable or empty
        return chars, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, empty = _first(list(sub), ignorecase)
        return chars, empty or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the next node gives the first character
        return set(), True
    return None, False


def present(cue: Cue | None, text: str, lower: str) -> bool:
    """False only when no literal of ``cue`` is in the text (``lower`` is ``text.lower()``)."""
    if cue is None:
        return True
    ascii_text = text.isascii()
    return any((s in lower if ascii_text else True) if ci else s in text for s, ci in cue)


def trie_pattern(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words`` (non-empty), as a trie: at a position it matches the
    longest of them that starts there, testing each character once ('order(?:ed)?')."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are tried first
            body = f"(?:{body})?"
        return body
    return build(trie)


TRIE_FROM = 48  # literals from which one trie pass beats one ``in`` test per literal (measured: 134 vs 35)


class _Scanner:
    """Every literal of a set present in a text. Many literals: in one pass of a trie pattern, which finds the
    longest literal starting at each position (with it, every literal it contains); few: an ``in`` test each."""

    def __init__(self, words: Sequence[str], members: Sequence[frozenset[int]]) -> None:
        self.words = tuple(words)
        self.word_members = tuple(members)
        self.pattern = re.compile(f"(?=({trie_pattern(words)}))") if len(words) >= TRIE_FROM else None
        self.closure = {w: frozenset().union(*(m for v, m in zip(words, members, strict=True) if v in w))
                        for w in words}
        self.every = frozenset().union(*members)

    def members(self, text: str) -> set[int]:
        """The members of the literals found in ``text``."""
        found: set[int] = set()
        if self.pattern is not None:
            for word in set(self.pattern.findall(text)):
                found |= self.closure[word]
        else:
            for word, members in zip(self.words, self.word_members, strict=True):
                if word in text:
                    found |= members
        return found


@dataclass(frozen=True)
class CueIndex:
    """The cues of a list of patterns, for telling at once which of them can match a text."""

    cues: tuple[Cue | None, ...]
    needles: tuple[Needle, ...]  # every distinct literal of every cue
    members: tuple[tuple[int, ...], ...]  # for each needle, the patterns whose cue holds it
    always: tuple[int, ...]  # the patterns without a cue

    def __post_init__(self) -> None:
        for ci in (False, True):
            pairs = [(s, frozenset(m)) for (s, c), m in zip(self.needles, self.members, strict=True) if c is ci]
            scanner = _Scanner([s for s, _ in pairs], [m for _, m in pairs])
            object.__setattr__(self, "_ci" if ci else "_cs", scanner)

    @classmethod
    def build(cls, patterns: Sequence[re.Pattern[str]]) -> CueIndex:
        """The index of ``patterns`` (in their order)."""
        cues = tuple(cue_of(p) for p in patterns)
        needles = sorted({n for cue in cues if cue is not None for n in cue})
        members = tuple(tuple(i for i, cue in enumerate(cues) if cue is not None and n in cue) for n in needles)
        always = tuple(i for i, cue in enumerate(cues) if cue is None)
        return cls(cues, tuple(needles), members, always)

    def candidates(self, text: str, lower: str | None = None) -> list[int]:
        """Indexes (ascending) of the patterns that can match ``text``; ``lower`` is ``text.lower()`` if known."""
        found = self._cs.members(text)
        found.update(self.always)
        if self._ci.words:
            if not text.isascii():
                found |= self._ci.every
            else:
                found |= self._ci.members(text.lower() if lower is None else lower)
        return sorted(found)
