"""Escalation events and diplomatic-staff counts from cleaned article text."""

from __future__ import annotations


def article_events(article_id: str, text: str, published, source: str) -> list[dict]:  # noqa: ANN001
    return []


def staff_counts(events: list[dict]) -> list[dict]:
    return []
