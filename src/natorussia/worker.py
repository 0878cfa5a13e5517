"""What the fork server of ``--jobs N`` imports before it forks the workers (when the caller runs threads, as a
notebook's kernel does: see :func:`natorussia.engine.pool_context`): the library, with its rule indexes built (they
are built on first use, a quarter of a second of every process's first articles), so that each worker starts with
them instead of building its own."""

from __future__ import annotations

from natorussia.corpus import RawArticle
from natorussia.pipeline import process_article

# Written for the warm-up: a date line, a credit, names, figures and the main kinds of event.
WARM_UP_TEXT = (
    "MOSCOW, March 3, 2014 (Reuters) - Norway expelled two Russian diplomats on Monday, and Moscow said it "
    "would respond in kind.\n\n"
    "NATO suspended practical cooperation with Russia after its annexation of Crimea, while the European Union "
    "and the United States imposed sanctions on Russian banks. Some 8,500 troops took part in snap exercises "
    "in the Western Military District last week.\n\n"
    "In 2018, more than 20 countries expelled over 150 Russian diplomats, and the alliance cut Russia's "
    "mission from 30 to 20. The two leaders met in Helsinki in July."
)


def warm_up() -> None:
    """Extract the warm-up article once: every index the rules need on a typical article is built."""
    process_article(RawArticle("warm-up", WARM_UP_TEXT))


warm_up()
