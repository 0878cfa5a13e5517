"""Compose the stages for one article and for a whole corpus: corpus -> clean -> dates -> extract -> tables."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from natorussia import clean, dates, extract, merge, tables
from natorussia.corpus import RawArticle, ReadProblem, iter_corpus


@dataclass
class ArticleResult:
    """The rows one article contributes to each table."""

    article: dict
    events: list[dict]
    staff_counts: list[dict]


@dataclass
class Corpus:
    """The extracted tables of a corpus, and the files that could not be read."""

    articles: pd.DataFrame
    events: pd.DataFrame
    staff_counts: pd.DataFrame
    merged_events: pd.DataFrame
    problems: list[ReadProblem] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "events": self.events, "staff_counts": self.staff_counts,
                "merged_events": self.merged_events}


def process_article(raw: RawArticle) -> ArticleResult:
    """Clean one article, date it and extract its events and staff counts."""
    cleaned = clean.clean_text(raw.text)
    published, date_source = dates.publication_date(raw, cleaned)
    source = raw.metadata.get("source") or cleaned.source
    events = extract.article_events(raw.article_id, cleaned.text, published, source)
    article = {
        "article_id": raw.article_id,
        "date": published.iso if published else "",
        "date_precision": published.precision if published else "",
        "date_source": date_source,
        "source": source,
        "n_paragraphs": len(cleaned.paragraphs),
        "n_duplicate_paragraphs": cleaned.n_duplicate_paragraphs,
        "n_words": cleaned.n_words,
        "n_month_fixes": cleaned.n_month_fixes,
        "n_boilerplate": cleaned.n_boilerplate,
        "encoding": raw.encoding,
        "url": raw.metadata.get("url", ""),
    }
    return ArticleResult(article, events, extract.staff_counts(events))


def content_id(text: str) -> str:
    """A short stable hash of a text, for ids that survive re-runs."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def build_corpus(results: Iterable[ArticleResult], problems: list[ReadProblem] | None = None) -> Corpus:
    """The four tables from per-article results."""
    articles, events, staff = [], [], []
    for r in results:
        articles.append(r.article)
        events.extend(r.events)
        staff.extend(r.staff_counts)
    articles_df = tables.frame("articles", articles)
    events_df = tables.frame("events", events)
    return Corpus(articles_df, events_df, tables.frame("staff_counts", staff),
                  merge.merge_events(events_df, articles_df), list(problems or []))


def extract_corpus(dirs: str | Path | Iterable[str | Path]) -> Corpus:
    """Read, clean and extract every article of one or more corpus folders (bad files are listed in .problems)."""
    if isinstance(dirs, (str, Path)):
        dirs = [dirs]
    results, problems = [], []
    for item in iter_corpus(dirs):
        if isinstance(item, ReadProblem):
            problems.append(item)
        else:
            results.append(process_article(item))
    return build_corpus(results, problems)
