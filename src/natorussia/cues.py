"""Literals read off regular expressions (the rules themselves, never a hand-written list), to run a rule
only on the texts, and only at the positions, where it can match.

Most rules (triggers, date expressions) fail on most sentences, yet ``re`` tries each of them at every
position of the sentence (a pattern that opens with ``\\b`` gets no literal-prefix speed-up).

- Cue (:func:`cue_of`): literals one of which every match contains. Every match of
  ``\\bexpel(?:s|led|ling)?\\b`` contains ``expel``; of ``\\b(?:declared?|considered)\\b``, ``declare`` or
  ``considered``. A rule whose cue is absent from a text is not run on it.
- Lead (:func:`lead_of`): literals one of which every match starts with (``is meeting``, ``are meeting`` or
  ``met`` for ``\\bmet\\b|\\b(?:is|are) meeting\\b``). A rule with a lead is tried (``match``) only where one
  starts, which finds what ``finditer`` finds.
- First characters (:func:`first_chars`): what a match can start with, to split an alternation of rules by
  the character at hand (the actor names).

:class:`CueIndex` finds every literal of a list of patterns in one search of a trie pattern, and tells which
patterns can match and where. The results are the same as running every rule everywhere (the tests run
both). Literals under IGNORECASE are compared lower-cased and only on ASCII text, where ``re``'s case folding
and ``str.lower`` agree; on other text such a rule is run as before. A pattern the analysis does not
understand has no cue, no lead and no first characters, and is run as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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
    """The more selective of two cues: the longer shortest literal (spaces aside), then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(len(s.strip()) for s, _ in a), -len(a))  # spaces are in every sentence: they select nothing
    key_b = (min(len(s.strip()) for s, _ in b), -len(b))
    return a if key_a >= key_b else b


def _group_body(av: tuple, ignorecase: bool) -> tuple[list, bool]:
    """A group's nodes and whether they compare case-insensitively (its own flags '(?i:...)' may change it)."""
    _group, add, delete, sub = av
    return list(sub), (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE


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
            best = _better(best, _sequence(*_group_body(av, ignorecase)))
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


def any_of(patterns: Sequence[re.Pattern[str]], flags: int = 0) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (their named groups made plain): a text it finds
    nothing in is left alone by all of them, for one search instead of one per pattern."""
    alternatives = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns]
    return re.compile("|".join(f"(?:{a})" for a in alternatives) or "(?!)", flags)


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
        return _first(*_group_body(av, ignorecase))
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


LEAD_LIMIT = 256  # most literals in a lead (they multiply through classes such as [Ll])


def lead_of(pattern: re.Pattern[str]) -> Cue | None:
    """Literals one of which every match of ``pattern`` starts with (after its zero-width assertions), or
    None. Matches can then only start where one of them is: ``pattern.match`` there finds what ``finditer``
    would, without trying every position of the text."""
    if _p is None:  # pragma: no cover
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        lead = _lead(list(tree), bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unknown construct: no lead
        return None
    return frozenset(lead) if lead and all(s for s, _ in lead) and len(lead) <= LEAD_LIMIT else None


def _lead(items: Sequence, ignorecase: bool) -> set[Needle] | None:
    """The leads of a sequence of parse nodes: a run of literals, else those of its first consuming node."""
    run = ""
    for k, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            if run:
                break
            continue
        if op is _c.LITERAL and (not ignorecase or av < 128):
            run += chr(av).lower() if ignorecase else chr(av)
            continue
        if run:  # the run, followed by what the rest starts with when that is known ('w' + 'ould'|'ill')
            rest = _lead(list(items[k:]), ignorecase)
            if rest is None or any(c != ignorecase for _, c in rest):
                break
            return {(run + s, ignorecase) for s, _ in rest}
        exact = _exact([(op, av)], ignorecase)
        if exact is not None and "" not in exact:  # a group of plain words: they, then what follows
            rest = _lead(list(items[k + 1:]), ignorecase)
            if rest is None or any(c != ignorecase for _, c in rest) or len(exact) * len(rest) > LEAD_LIMIT:
                return {(e, ignorecase) for e in exact}
            return {(e + s, ignorecase) for e in exact for s, _ in rest}
        if op is _c.SUBPATTERN:
            return _lead(*_group_body(av, ignorecase))
        if op is _c.ATOMIC_GROUP:
            return _lead(list(av), ignorecase)
        if op is _c.BRANCH:
            alternatives = [_lead(list(b), ignorecase) for b in av[1]]
            return set().union(*alternatives) if all(a is not None for a in alternatives) else None
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            first = _lead(list(sub), ignorecase)
            if low >= 1 or first is None:
                return first
            rest = _lead(list(items[k + 1:]), ignorecase)  # the optional part may be absent
            return first | rest if rest is not None else None
        if op is _c.IN and len(av) <= 4 and all(kind is _c.LITERAL and (not ignorecase or v < 128) for kind, v in av):
            chars = {chr(v).lower() if ignorecase else chr(v) for _, v in av}
            rest = _lead(list(items[k + 1:]), ignorecase)
            if rest is None or any(c != ignorecase for _, c in rest) or len(chars) * len(rest) > LEAD_LIMIT:
                return {(c, ignorecase) for c in chars}
            return {(c + s, ignorecase) for c in chars for s, _ in rest}
        return None
    return {(run, ignorecase)} if run else None


def _exact(items: Sequence, ignorecase: bool) -> set[str] | None:
    """Every string a sequence of parse nodes can match, when it is made of literals and groups and
    alternatives of them only (lower-cased under IGNORECASE), else None."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL and (not ignorecase or av < 128):
            c = chr(av).lower() if ignorecase else chr(av)
            out = {s + c for s in out}
        elif op is _c.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:
            sub = _exact(list(av[3]), ignorecase)
            if sub is None:
                return None
            out = {s + t for s in out for t in sub}
        elif op is _c.BRANCH:
            alternatives = [_exact(list(b), ignorecase) for b in av[1]]
            if any(a is None for a in alternatives):
                return None
            out = {s + t for s in out for a in alternatives for t in a}
        else:
            return None
        if len(out) > LEAD_LIMIT:
            return None
    return out


@dataclass
class Scan:
    """What one pass over a text found: the patterns that can match it, and where each pattern with a lead
    can start (ascending); ``unsure``: patterns with a case-insensitive lead on a non-ASCII text."""

    candidates: list[int]
    starts: dict[int, list[int]]
    unsure: frozenset[int]


class _Trie:
    """Literals of one case mode found with a trie pattern, searched again one character after each hit (re
    then skips fast to the next character that can start one): at each position the longest literal that
    starts there, hence every literal it contains (for the cues) and that it starts with (for the leads)."""

    def __init__(self, cue_words: dict[str, frozenset[int]], lead_words: dict[str, frozenset[int]]) -> None:
        words = sorted(set(cue_words) | set(lead_words))
        self.pattern = re.compile(trie_pattern(words)) if words else None
        self.cue = {w: frozenset().union(*(m for v, m in cue_words.items() if v in w)) for w in words}
        self.lead = {w: tuple(sorted(frozenset().union(*(m for v, m in lead_words.items() if w.startswith(v)))))
                     for w in words}
        self.every_cue = frozenset().union(*cue_words.values())
        self.every_lead = frozenset().union(*lead_words.values())

    def scan(self, text: str, candidates: set[int], starts: dict[int, list[int]]) -> None:
        if self.pattern is None:
            return
        seen: set[str] = set()
        search, pos = self.pattern.search, 0
        while (m := search(text, pos)) is not None:  # the next position where a literal starts, from pos on
            word, pos = m.group(), m.start()
            if word not in seen:
                seen.add(word)
                candidates |= self.cue[word]
            for i in self.lead[word]:
                starts.setdefault(i, []).append(pos)
            pos += 1


@dataclass(frozen=True)
class CueIndex:
    """The cues and leads of a list of patterns: which of them can match a text, and where."""

    cues: tuple[Cue | None, ...]
    needles: tuple[Needle, ...]  # every distinct literal of every cue
    members: tuple[tuple[int, ...], ...]  # for each needle, the patterns whose cue holds it
    always: tuple[int, ...]  # the patterns without a cue
    leads: tuple[Cue | None, ...] = ()

    def __post_init__(self) -> None:
        for ci in (False, True):
            cue_words = {s: frozenset(m) for (s, c), m in zip(self.needles, self.members, strict=True) if c is ci}
            lead_words: dict[str, frozenset[int]] = {}
            for i, lead in enumerate(self.leads):
                for s, c in lead or ():
                    if c is ci:
                        lead_words[s] = lead_words.get(s, frozenset()) | {i}
            object.__setattr__(self, "_ci" if ci else "_cs", _Trie(cue_words, lead_words))
        mixed = frozenset(i for i, lead in enumerate(self.leads) if lead and {c for _, c in lead} == {False, True})
        object.__setattr__(self, "_mixed", mixed)

    @classmethod
    def build(cls, patterns: Sequence[re.Pattern[str]]) -> CueIndex:
        """The index of ``patterns`` (in their order)."""
        cues = tuple(cue_of(p) for p in patterns)
        needles = sorted({n for cue in cues if cue is not None for n in cue})
        members = tuple(tuple(i for i, cue in enumerate(cues) if cue is not None and n in cue) for n in needles)
        always = tuple(i for i, cue in enumerate(cues) if cue is None)
        return cls(cues, tuple(needles), members, always, tuple(lead_of(p) for p in patterns))

    def scan(self, text: str, lower: str | None = None) -> Scan:
        """One pass over ``text`` (``lower`` is ``text.lower()`` if known): see :class:`Scan`."""
        candidates = set(self.always)
        starts: dict[int, list[int]] = {}
        self._cs.scan(text, candidates, starts)
        unsure: frozenset[int] = frozenset()
        if self._ci.pattern is not None:
            if text.isascii():
                self._ci.scan(text.lower() if lower is None else lower, candidates, starts)
                for i in self._mixed & starts.keys():
                    starts[i].sort()
            else:
                candidates |= self._ci.every_cue
                unsure = self._ci.every_lead
        return Scan(sorted(candidates), starts, unsure)

    def candidates(self, text: str, lower: str | None = None) -> list[int]:
        """Indexes (ascending) of the patterns that can match ``text``; ``lower`` is ``text.lower()`` if known."""
        return self.scan(text, lower).candidates

    def finditer(self, i: int, pattern: re.Pattern[str], text: str, scan: Scan) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for the ``i``-th pattern, tried only where its lead is (all of the text
        when it has none). ``scan`` is this index's scan of the text (of its lower-cased ASCII twin for the
        case-insensitive leads, whose positions are the same)."""
        if i >= len(self.leads) or self.leads[i] is None or i in scan.unsure:
            yield from pattern.finditer(text)
            return
        end = 0
        for start in scan.starts.get(i, ()):
            if start >= end and (m := pattern.match(text, start)) is not None:
                end = m.end()
                yield m


class Screened:
    """A pattern searched only in texts that hold a literal of its cue: ``re`` tries a case-insensitive
    alternation at every position (tens of microseconds a sentence), a substring test costs next to nothing."""

    __slots__ = ("pattern", "_plain", "_folded")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        cue = cue_of(pattern)
        self._plain = tuple(s for s, ci in cue or () if not ci)
        self._folded = tuple(s for s, ci in cue or () if ci) if cue is not None else None

    def may_match(self, text: str) -> bool:
        """False only when no match can be in ``text`` (its case-insensitive literals are judged on ASCII)."""
        if self._folded is None or any(s in text for s in self._plain):
            return True
        if not self._folded:
            return False
        if not text.isascii():
            return True
        lower = text.lower()
        return any(s in lower for s in self._folded)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.search``, skipped where :meth:`may_match` rules a match out."""
        if not self.may_match(text):
            return None
        return self.pattern.search(text, pos) if endpos is None else self.pattern.search(text, pos, endpos)

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match``, skipped where :meth:`may_match` rules a match out."""
        return self.pattern.match(text) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer``, skipped where :meth:`may_match` rules a match out."""
        if not self.may_match(text):
            return iter(())
        return self.pattern.finditer(text, pos) if endpos is None else self.pattern.finditer(text, pos, endpos)
