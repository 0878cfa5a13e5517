"""Dates of day, month or year precision: the publication date and event dates resolved against it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, iso: str) -> PartialDate:
        parts = [int(p) for p in iso.strip().split("-")]
        return cls(*parts)


def publication_date(raw, cleaned) -> tuple[PartialDate | None, str]:  # noqa: ANN001 - filled in below
    if raw.metadata.get("date"):
        return PartialDate.parse(raw.metadata["date"]), "metadata"
    if raw.header_date:
        return PartialDate.parse(raw.header_date), "header"
    return None, "inferred"
