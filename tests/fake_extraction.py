"""A stand-in for the extraction rules in the engine, cache and table tests.

The real rules (``natorussia.dates``, ``natorussia.extract``) are written elsewhere and change; the machinery
that runs them must give the same tables whatever they return. This module gives deterministic, rule-free
events, staff counts and dates from any text, so that those tests see non-empty tables of every kind. It is
imported by worker processes and Dask workers (the tests folder is on their ``sys.path``), so it holds only
module-level functions.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from natorussia.corpus import RawArticle
from natorussia.pipeline import ArticleResult

TRIGGERS = {
    "expel": ("expel_diplomats", "161", -4.0),
    "sanction": ("sanctions", "163", -8.0),
    "talks": ("talks", "040", 1.0),
    "exercise": ("military_exercise", "150", -7.2),
}
ACTORS = {"Russia": "RUS", "NATO": "NATO", "Washington": "USA", "Britain": "GBR"}
OUTLETS = ("Reuters", "BBC", "AP")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
NUMBER = re.compile(r"\b(\d{1,4})\b")
YEAR = re.compile(r"\b(20[012]\d)\b")


def process(raw: RawArticle) -> ArticleResult:
    """Events: one per sentence and trigger word; actor and target the first two actor names of the sentence;
    count the first number; date the sentence's year, else the article's date. Staff counts: expulsions with a
    count."""
    published = raw.metadata.get("date") or raw.header_date
    source = raw.metadata.get("source") or next((o for o in OUTLETS if o in raw.text), "")
    events, staff = [], []
    for index, sentence in enumerate(SENTENCE.split(raw.text.strip())):
        actors = [code for name, code in ACTORS.items() if name in sentence]
        for word, (event_type, cameo, goldstein) in TRIGGERS.items():
            if word not in sentence.lower():
                continue
            number = NUMBER.search(YEAR.sub("", sentence))
            year = YEAR.search(sentence)
            event = {
                "event_id": f"{raw.article_id}-{index}-{word}", "article_id": raw.article_id,
                "event_type": event_type, "actor": actors[0] if actors else "",
                "target": actors[1] if len(actors) > 1 else "",
                "date": year.group(1) if year else published, "count": int(number.group(1)) if number else None,
                "cameo": cameo, "goldstein": goldstein, "sentence": sentence, "sentence_index": index,
                "source": source,
            }
            events.append(event)
            if event_type == "expel_diplomats" and number:
                staff.append({"article_id": raw.article_id, "date": event["date"], "measure": "expelled",
                              "value": event["count"], "qualifier": "exact", "staff_of": event["target"],
                              "by": event["actor"], "sentence": sentence, "event_id": event["event_id"]})
    article = {"article_id": raw.article_id, "date": published, "date_precision": "day" if published else "",
               "date_source": "header" if raw.header_date else "inferred", "source": source,
               "n_paragraphs": raw.text.count("\n\n") + 1, "n_words": len(raw.text.split()),
               "encoding": raw.encoding, "url": raw.metadata.get("url", "")}
    return ArticleResult(article, events, staff)


def failing(raw: RawArticle) -> ArticleResult:
    """Like :func:`process`, but raises on an article that says 'boom' (a bug in the rules)."""
    if "boom" in raw.text:
        raise RuntimeError("rule crashed")
    return process(raw)


PHRASES = [
    "Russia will expel {n} diplomats from NATO missions, officials said.",
    "NATO said it would expel {n} members of Russia's mission in {y}.",
    "Washington announced new sanctions against Russia on Monday.",
    "Britain and NATO held talks with Russia in Brussels in {y}.",
    "Russia began a military exercise involving {n} troops.",
    "The alliance has not commented on the report.",
    "Officials in Moscow rejected the accusations as groundless.",
]


def article_text(i: int) -> str:
    rng = random.Random(i)
    paragraphs = [" ".join(rng.choice(PHRASES).format(n=rng.randint(2, 90), y=rng.randint(2008, 2021))
                           for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.5:
        paragraphs.append(f"{rng.choice(OUTLETS)} contributed to this report.")
    header = f" date 20{rng.randint(8, 21):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} " \
        if rng.random() < 0.6 else ""
    return header + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int, start: int = 0, bad: bool = True) -> Path:
    """``n`` articles ``art_00000.txt``... in ``folder``, plus (``bad``) an empty and a binary file."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"art_{i:05d}.txt").write_text(article_text(i), encoding="utf-8")
    if bad:
        (folder / "empty.txt").write_bytes(b"")
        (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder
