"""Literals read off regular expressions (the rules themselves, never a hand-written list), to run a rule
only on the texts, and only at the positions, where it can match.

Most rules (triggers, date expressions) fail on most sentences, yet ``re`` tries each of them at every
position of the sentence (a pattern that opens with ``\\b`` gets no literal-prefix speed-up).

- Cue (:func:`cue_of`): literals one of which every match contains. Every match of
  ``\\bexpel(?:s|led|ling)?\\b`` contains ``expel``; of ``\\b(?:declared?|considered)\\b``, ``declare`` or
  ``considered``. A rule whose cue is absent from a text is not run on it.
- Lead (:func:`lead_of`): literals one of which every match starts with (``is meeting``, ``are meeting`` or
  ``met`` for ``\\bmet\\b|\\b(?:is|are) meeting\\b``; a class of a few characters, such as ``[A-Z]`` after a
  ``\\b``, stands for each of them). A rule with a lead is tried (``match``) only where one starts, which finds
  what ``finditer`` finds.
- First characters (:func:`first_chars`): what a match can start with, to split an alternation of rules by
  the character at hand (the actor names).

:class:`CueIndex` finds every literal of a list of patterns in one pass of an Aho-Corasick automaton (a C
matcher, ``ahocorasick_rs``: a regular expression of all literals costs ``re`` a search per hit), and tells
which patterns can match and where. A literal that can only be found where a word starts (``expel`` after
``\\b``, ``meeting`` after a space) counts only there. The results are the same as running every rule
everywhere (the tests run both). Literals under IGNORECASE are compared lower-cased and only on ASCII
text, where ``re``'s case folding and ``str.lower`` agree; on other text such a rule is run as before. A
pattern the analysis does not understand has no cue, no lead and no first characters, and is run as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, Implementation

try:  # the parser of the standard ``re`` (Python 3.11+); without it, no cues: every rule runs
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

Needle = tuple[str, bool]  # (literal, compared case-insensitively)
Cue = frozenset[Needle]  # at least one of these literals is in every match
# (literal, compared case-insensitively, found only where a word starts): a literal that opens with a word
# character after a ``\\b``, a space or a dash is looked for at word starts only, far fewer places to try.
Word = tuple[str, bool, bool]
Words = frozenset[Word]
ANCHOR_BONUS = 3  # a literal looked for at word starts only is worth that many more characters


def cue_of(pattern: re.Pattern[str]) -> Cue | None:
    """Literals of which every match of ``pattern`` contains at least one, or None when there are none to
    rely on (then the pattern must always be run). The most selective set is chosen (longest literals)."""
    return _plain(_cue_words(pattern))


def _plain(words: Words | None) -> Cue | None:
    return frozenset((s, c) for s, c, _ in words) if words is not None else None


def _parse(pattern: re.Pattern[str]) -> tuple[list, bool, bool]:
    """The parse nodes of a pattern, whether it ignores case, and whether its ``\\b`` are Unicode ones (as the
    scan's; not under the ASCII flag, global or inline)."""
    tree = _p.parse(pattern.pattern, pattern.flags)
    unicode = not pattern.flags & re.ASCII and not re.search(r"\(\?[aiLmsux]*a", pattern.pattern)
    return list(tree), bool(tree.state.flags & re.IGNORECASE), unicode


def _cue_words(pattern: re.Pattern[str]) -> Words | None:
    if _p is None:  # pragma: no cover
        return None
    try:
        items, ignorecase, unicode = _parse(pattern)
        words = _sequence(items, ignorecase, False)
    except Exception:  # noqa: BLE001 - an unknown construct: no cue, the rule always runs
        return None
    return words if unicode or words is None else frozenset((s, c, False) for s, c, _ in words)


def _better(a: Words | None, b: Words | None) -> Words | None:
    """The more selective of two cues: the longer shortest literal (spaces aside; one found at word starts
    only counts :data:`ANCHOR_BONUS` more), then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(words: Words) -> tuple[int, int]:
    # spaces are in every sentence: they select nothing
    return min(len(s.strip()) + ANCHOR_BONUS * anchored for s, _, anchored in words), -len(words)


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _is_gap(c: str) -> bool:
    """An ASCII character that is no word character: a word character after it starts a word."""
    return c.isascii() and not (c.isalnum() or c == "_")


def _edge_after(op: object, av: object, edge: bool) -> bool:
    """Whether a word character right after the node ``(op, av)`` starts a word (``edge``: the same before it)."""
    if op is _c.LITERAL:
        return _is_gap(chr(av))
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    if op is _c.ASSERT_NOT and av[0] == -1 and any(kind is _c.CATEGORY and value is _c.CATEGORY_WORD
                                                   for sub_op, sub_av in av[1] if sub_op is _c.IN
                                                   for kind, value in sub_av):
        return True  # (?<![\\w...])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return edge
    if op is _c.IN:
        return all((kind is _c.LITERAL and _is_gap(chr(value))) or
                   (kind is _c.CATEGORY and value in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD)) for kind, value in av)
    if op is _c.SUBPATTERN:
        return _edge_end(list(av[3]), edge)
    if op is _c.ATOMIC_GROUP:
        return _edge_end(list(av), edge)
    if op is _c.BRANCH:
        return all(_edge_end(list(b), edge) for b in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        body = _edge_end(list(sub), False)
        return body and (edge or low >= 1)
    return False


def _edge_end(items: Sequence, edge: bool) -> bool:
    for op, av in items:
        edge = _edge_after(op, av, edge)
    return edge


def _group_body(av: tuple, ignorecase: bool) -> tuple[list, bool]:
    """A group's nodes and whether they compare case-insensitively (its own flags '(?i:...)' may change it)."""
    _group, add, delete, sub = av
    return list(sub), (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE


def _sequence(items: Sequence, ignorecase: bool, edge: bool) -> Words | None:
    """The best cue of a sequence of parse nodes: a run of consecutive literals, or the cue of one node
    that every match of the sequence goes through; ``edge``: a word character first would start a word."""
    best: Words | None = None
    run: list[str] = []
    run_edge = False

    def flush() -> None:
        nonlocal best
        if run:
            word = "".join(run)
            best = _better(best, frozenset({(word, ignorecase, run_edge and _is_word(word[0]))}))
            for k in range(1, len(word)):  # the part after a space or a dash starts a word
                if _is_gap(word[k - 1]) and _is_word(word[k]):
                    best = _better(best, frozenset({(word[k:], ignorecase, True)}))
                    break
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and (not ignorecase or av < 128):
            if not run:
                run_edge = edge
            run.append(chr(av).lower() if ignorecase else chr(av))
            edge = _edge_after(op, av, edge)
            continue
        flush()
        if op is _c.SUBPATTERN:
            best = _better(best, _sequence(*_group_body(av, ignorecase), edge))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _sequence(list(av), ignorecase, edge))
        elif op is _c.BRANCH:
            alternatives = [_sequence(list(b), ignorecase, edge) for b in av[1]]
            if all(alt is not None for alt in alternatives):
                best = _better(best, frozenset().union(*alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:  # its first round is there, after what comes before
                best = _better(best, _sequence(list(sub), ignorecase, edge))
        # anything else (classes, anchors, lookarounds, back-references) only ends the run of literals
        edge = _edge_after(op, av, edge)
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


LEAD_LIMIT = 256  # most literals in a lead (they multiply through classes such as [Ll])


def lead_of(pattern: re.Pattern[str]) -> Cue | None:
    """Literals one of which every match of ``pattern`` starts with (after its zero-width assertions), or
    None. Matches can then only start where one of them is: ``pattern.match`` there finds what ``finditer``
    would, without trying every position of the text."""
    return _plain(_lead_words(pattern))


def _lead_words(pattern: re.Pattern[str]) -> Words | None:
    if _p is None:  # pragma: no cover
        return None
    try:
        items, ignorecase, unicode = _parse(pattern)
        lead = _lead(items, ignorecase, False)
    except Exception:  # noqa: BLE001 - an unknown construct: no lead
        return None
    if not lead or not all(s for s, _, _ in lead) or len(lead) > LEAD_LIMIT:
        return None
    return frozenset(lead) if unicode else frozenset((s, c, False) for s, c, _ in lead)


def _lead(items: Sequence, ignorecase: bool, edge: bool) -> set[Word] | None:
    """The leads of a sequence of parse nodes: a run of literals, else those of its first consuming node;
    ``edge``: a word character first would start a word."""
    def words(strings: Iterable[str]) -> set[Word]:
        return {(s, ignorecase, edge and _is_word(s[:1])) for s in strings}

    run = ""
    for k, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            if run:
                break
            edge = _edge_after(op, av, edge)
            continue
        if op is _c.LITERAL and (not ignorecase or av < 128):
            run += chr(av).lower() if ignorecase else chr(av)
            continue
        if run:  # the run, followed by what the rest starts with when that is known ('w' + 'ould'|'ill')
            rest = _lead(list(items[k:]), ignorecase, False)
            if rest is None or any(c != ignorecase for _, c, _ in rest):
                break
            return words(run + s for s, _, _ in rest)
        exact = _exact([(op, av)], ignorecase)
        if exact is not None and "" not in exact:  # a group of plain words: they, then what follows
            rest = _lead(list(items[k + 1:]), ignorecase, False)
            if rest is None or any(c != ignorecase for _, c, _ in rest) or len(exact) * len(rest) > LEAD_LIMIT:
                return words(exact)
            return words(e + s for e in exact for s, _, _ in rest)
        if op is _c.SUBPATTERN:
            return _lead(*_group_body(av, ignorecase), edge)
        if op is _c.ATOMIC_GROUP:
            return _lead(list(av), ignorecase, edge)
        if op is _c.BRANCH:
            alternatives = [_lead(list(b), ignorecase, edge) for b in av[1]]
            return set().union(*alternatives) if all(a is not None for a in alternatives) else None
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            first = _lead(list(sub), ignorecase, edge)
            if low >= 1 or first is None:
                return first
            rest = _lead(list(items[k + 1:]), ignorecase, edge)  # the optional part may be absent
            return first | rest if rest is not None else None
        if op is _c.IN and (chars := _class_chars(av, ignorecase)) is not None:
            rest = _lead(list(items[k + 1:]), ignorecase, False)
            if rest is None or any(c != ignorecase for _, c, _ in rest) or len(chars) * len(rest) > LEAD_LIMIT:
                return words(chars)
            return words(c + s for c in chars for s, _, _ in rest)
        return None
    return words([run]) if run else None


CLASS_LIMIT = 26  # most characters of a class that starts a lead ('[A-Z]', '[Ll]', '[0-4]')
CLASS_LOWER_LIMIT = 4  # most lower-case letters among them: they are the bulk of any text


def _class_chars(av: Sequence, ignorecase: bool) -> set[str] | None:
    """The characters of a class made of literals and ranges (lower-cased under IGNORECASE, ASCII ones only),
    or None when they are too many to start a lead that selects anything (see the limits above)."""
    chars: set[str] = set()
    for kind, value in av:
        if kind is _c.LITERAL and (not ignorecase or value < 128):
            chars.add(chr(value))
        elif kind is _c.RANGE and (not ignorecase or value[1] < 128) and value[1] - value[0] < CLASS_LIMIT:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    if ignorecase:
        chars = {c.lower() for c in chars}
    if len(chars) > CLASS_LIMIT or sum("a" <= c <= "z" for c in chars) > CLASS_LOWER_LIMIT:
        return None
    return chars


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


@dataclass(slots=True)
class Scan:
    """What one pass over a text found: the patterns that can match it, and where each pattern with a lead
    can start (ascending); ``unsure``: patterns with a case-insensitive lead on a non-ASCII text."""

    candidates: list[int]
    starts: dict[int, list[int]]
    unsure: frozenset[int]


class _Literals:
    """The literals of one case mode, every occurrence of each (overlapping ones too) found in one pass of an
    Aho-Corasick automaton. A literal marked as found only where a word starts counts only there: at the start
    of the text or after a non-word character (``\\W`` as ``re`` reads it on ``str``)."""

    def __init__(self, cue_words: dict[tuple[str, bool], frozenset[int]],
                 lead_words: dict[tuple[str, bool], frozenset[int]]) -> None:
        """``cue_words``, ``lead_words``: the patterns of each (literal, found at word starts only)."""
        strings = sorted({s for s, _ in cue_words} | {s for s, _ in lead_words})
        self.find = AhoCorasick(strings, implementation=Implementation.DFA).find_matches_as_indexes
        # for each literal: whether a word start adds patterns; its cue and lead patterns anywhere; at a word start
        self.info: list[tuple[bool, frozenset[int], tuple[int, ...], frozenset[int], tuple[int, ...]]] = []
        for s in strings:
            cue, lead = cue_words.get((s, False), frozenset()), lead_words.get((s, False), frozenset())
            edge_cue = cue | cue_words.get((s, True), frozenset())
            edge_lead = lead | lead_words.get((s, True), frozenset())
            self.info.append((edge_cue != cue or edge_lead != lead, cue, tuple(sorted(lead)), edge_cue,
                              tuple(sorted(edge_lead))))
        self.every_cue = frozenset().union(*cue_words.values())
        self.every_lead = frozenset().union(*lead_words.values())

    def gather(self, hits: list[tuple[int, int, int]], text: str, cued: set[int], at: list[tuple[int, int]]) -> None:
        """Add the patterns whose cue ``hits`` (``find`` of ``text``) hold to ``cued``, and a (pattern, start)
        pair for each of their leads to ``at`` (unsorted, maybe twice): for :meth:`CueIndex.matches`."""
        info = self.info
        for k, start, _end in hits:
            edge, cue, lead, edge_cue, edge_lead = info[k]
            if edge and (start == 0 or not ((c := text[start - 1]).isalnum() or c == "_")):
                cue, lead = edge_cue, edge_lead
            if cue:
                cued |= cue
            for i in lead:
                at.append((i, start))

    def add(self, hits: list[tuple[int, int, int]], text: str, candidates: set[int],
            starts: dict[int, list[int]]) -> None:
        """Add the patterns whose cue ``hits`` (``find`` of ``text``) hold to ``candidates``, and where their
        leads are to ``starts`` (in the order found: by where they end)."""
        info = self.info
        for k, start, _end in hits:
            edge, cue, lead, edge_cue, edge_lead = info[k]
            if edge and (start == 0 or not ((c := text[start - 1]).isalnum() or c == "_")):
                cue, lead = edge_cue, edge_lead
            candidates |= cue
            for i in lead:
                if i in starts:
                    starts[i].append(start)
                else:
                    starts[i] = [start]


@dataclass(frozen=True)
class CueIndex:
    """The cues and leads of a list of patterns: which of them can match a text, and where."""

    cues: tuple[Words | None, ...]
    needles: tuple[Word, ...]  # every distinct literal of every cue
    members: tuple[tuple[int, ...], ...]  # for each needle, the patterns whose cue holds it
    always: tuple[int, ...]  # the patterns without a cue
    leads: tuple[Words | None, ...] = ()

    def __post_init__(self) -> None:
        led = frozenset(i for i, lead in enumerate(self.leads) if lead)
        # A pattern whose lead selects at least as well as its cue is a candidate where its lead is found, its
        # cue aside (a superset of where both are: the same matches), and its cue's literals (short, common
        # ones such as 'at' or 'out') are not looked for.
        free = frozenset(i for i in led if self.cues[i] is None or
                         _selectivity(self.cues[i]) <= _selectivity(self.leads[i]))
        found: dict[bool, _Literals] = {}
        for ci in (False, True):
            cue_words = {(s, anchored): kept for (s, c, anchored), m in zip(self.needles, self.members, strict=True)
                         if c is ci and (kept := frozenset(m) - free)}
            lead_words: dict[tuple[str, bool], frozenset[int]] = {}
            for i, lead in enumerate(self.leads):
                for s, c, anchored in lead or ():
                    if c is ci:
                        lead_words[s, anchored] = lead_words.get((s, anchored), frozenset()) | {i}
            if cue_words or lead_words:
                found[ci] = _Literals(cue_words, lead_words)
        object.__setattr__(self, "_cs", found.get(False))
        object.__setattr__(self, "_ci", found.get(True))
        object.__setattr__(self, "_led", led)
        object.__setattr__(self, "_free", free)
        # the candidates of a text with none of the literals
        object.__setattr__(self, "_bare", tuple(sorted(frozenset(self.always) - led)))
        object.__setattr__(self, "_empty", Scan(list(self._bare), {}, frozenset()))
        object.__setattr__(self, "_bare_at", tuple((i, -1) for i in self._bare))

    @classmethod
    def build(cls, patterns: Sequence[re.Pattern[str]]) -> CueIndex:
        """The index of ``patterns`` (in their order)."""
        cues = tuple(_cue_words(p) for p in patterns)
        needles = sorted({n for cue in cues if cue is not None for n in cue})
        members = tuple(tuple(i for i, cue in enumerate(cues) if cue is not None and n in cue) for n in needles)
        always = tuple(i for i, cue in enumerate(cues) if cue is None)
        return cls(cues, tuple(needles), members, always, tuple(_lead_words(p) for p in patterns))

    def scan(self, text: str, lower: str | None = None) -> Scan:
        """One pass over ``text`` (``lower`` is ``text.lower()`` if known): see :class:`Scan` (shared by the
        texts with none of the literals: not to be changed). A pattern with a lead none of which is in the text
        is no candidate."""
        cs, ci = self._cs, self._ci
        cs_hits = cs.find(text, True) if cs is not None else None
        ci_hits = None
        unknown = False  # ignorecase literals are not judged on a non-ASCII text
        if ci is not None:
            if text.isascii():
                lower = text.lower() if lower is None else lower
                ci_hits = ci.find(lower, True)
            else:
                unknown = True
        if not (cs_hits or ci_hits or unknown):
            return self._empty
        candidates = set(self._bare)
        unsure: frozenset[int] = frozenset()
        if unknown:
            candidates |= ci.every_cue
            unsure = ci.every_lead
            candidates |= unsure & self._free
        starts: dict[int, list[int]] = {}
        if cs_hits:
            cs.add(cs_hits, text, candidates, starts)
        if ci_hits:
            ci.add(ci_hits, lower, candidates, starts)
        free = self._free
        for i, at in starts.items():
            if len(at) > 1:  # found by where they end, maybe twice (two leads at one place)
                starts[i] = sorted(set(at))
            if i in free:
                candidates.add(i)
        led = self._led
        return Scan(sorted([i for i in candidates if i not in led or i in starts or i in unsure]), starts, unsure)

    def matches(self, text: str, patterns: Sequence[re.Pattern[str]],
                lower: str | None = None) -> list[tuple[int, re.Match[str]]]:
        """``(i, m)`` for every match ``m`` of ``patterns[i].finditer(text)`` (``patterns``: those indexed, in
        order), by ``i`` then in text order: what :meth:`scan` then :meth:`finditer` of each candidate give, in
        fewer steps for each literal found (one pass for each sentence and the trigger rules)."""
        cs, ci = self._cs, self._ci
        if ci is not None and not text.isascii():  # the ignorecase literals are not judged: as scan does
            scan = self.scan(text, lower)
            return [(i, m) for i in scan.candidates for m in self.finditer(i, patterns[i], text, scan)]
        cued: set[int] = set()
        at = list(self._bare_at)  # (pattern, where to try it; -1: everywhere)
        if cs is not None:
            cs.gather(cs.find(text, True), text, cued, at)
        if ci is not None:
            lower = text.lower() if lower is None else lower
            ci.gather(ci.find(lower, True), lower, cued, at)
        led, free = self._led, self._free
        for i in cued:
            if i not in led:
                at.append((i, -1))
        if not at:
            return []
        at.sort()
        out: list[tuple[int, re.Match[str]]] = []
        last = previous = -1
        end = 0
        tried = False
        for i, start in at:
            if i != last:
                last, previous, end = i, -1, 0
                tried = start < 0 or i in free or i in cued
            elif start == previous:
                continue
            previous = start
            if not tried:
                continue
            if start < 0:
                out.extend((i, m) for m in patterns[i].finditer(text))
            elif start >= end and (m := patterns[i].match(text, start)) is not None:
                end = m.end()
                out.append((i, m))
        return out

    def candidates(self, text: str, lower: str | None = None) -> list[int]:
        """Indexes (ascending) of the patterns that can match ``text``; ``lower`` is ``text.lower()`` if known."""
        return self.scan(text, lower).candidates

    def finditer(self, i: int, pattern: re.Pattern[str], text: str, scan: Scan) -> Iterable[re.Match[str]]:
        """The matches of ``pattern.finditer(text)`` for the ``i``-th pattern, tried only where its lead is (all
        of the text when it has none; nowhere when it is no candidate). ``scan`` is this index's scan of the
        text (of its lower-cased ASCII twin for the case-insensitive leads, whose positions are the same)."""
        if i >= len(self.leads) or self.leads[i] is None or i in scan.unsure:
            return pattern.finditer(text) if i in scan.candidates else ()
        starts = scan.starts.get(i)
        if not starts:
            return ()
        if len(starts) == 1:  # the usual case: one place to try, no generator
            m = pattern.match(text, starts[0])
            return (m,) if m is not None else ()
        return matches_at(pattern, text, starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` at ``starts`` (ascending), each after the one before: where every match can
    start, what ``finditer`` finds."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


FEW_LITERALS = 4  # up to this many literals are searched for one by one


def _few_or_many(strings: Sequence[str]) -> tuple[tuple[str, ...], Callable[[str], object] | None]:
    """``strings`` to search for one by one when they are few (else none), and an automaton for them all when
    they are many (else None): for a few, a ``str`` search each costs less than a call to the automaton."""
    if len(strings) <= FEW_LITERALS:
        return tuple(sorted(strings)), None
    return (), AhoCorasick(sorted(strings), implementation=Implementation.DFA).find_matches_as_indexes


def holds_any(text: str, needles: Sequence[str]) -> bool:
    """Whether one of ``needles`` is in ``text`` (``any`` with a generator costs twice as much)."""
    for needle in needles:
        if needle in text:
            return True
    return False


def shortest_needles(needles: Iterable[str]) -> tuple[str, ...]:
    """The literals of a cue that hold no other one: a text holds one of them iff it holds one of the cue's."""
    needles = set(needles)
    return tuple(sorted(n for n in needles if not any(o != n and o in n for o in needles)))


def shortest_prefixes(words: Iterable[str]) -> list[str]:
    """The words no other one of which they start with: a text has one of them where it has one of all."""
    words = set(words)
    return sorted(w for w in words if not any(v != w and w.startswith(v) for v in words))


def shortest_literals(cue: Iterable[Needle]) -> tuple[Needle, ...]:
    """A cue's literals without those that hold another of the same case mode: a text holds one of these
    when it holds one of them all, and it is tested for fewer."""
    cue = set(cue)
    return tuple(sorted((s, ci) for s, ci in cue if not any(t != s and c == ci and t in s for t, c in cue)))


class Screened:
    """A pattern searched only in texts that hold a literal of its cue: ``re`` tries a case-insensitive
    alternation at every position (tens of microseconds a sentence), one pass of an automaton for its literals
    costs next to nothing."""

    __slots__ = ("pattern", "_plain", "_plain_all", "_folded", "_folded_all")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        cue = cue_of(pattern)
        # without a cue, the empty string: in every text
        self._plain, self._plain_all = _few_or_many([s for s, ci in cue if not ci]) if cue is not None else (("",), None)
        self._folded, self._folded_all = _few_or_many([s for s, ci in cue or () if ci])

    def may_match(self, text: str) -> bool:
        """False only when no match can be in ``text`` (its case-insensitive literals are judged on ASCII)."""
        for needle in self._plain:
            if needle in text:
                return True
        if self._plain_all is not None and self._plain_all(text):
            return True
        if not (self._folded or self._folded_all is not None):
            return False
        if not text.isascii():
            return True
        lower = text.lower()
        for needle in self._folded:
            if needle in lower:
                return True
        return self._folded_all is not None and bool(self._folded_all(lower))

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
