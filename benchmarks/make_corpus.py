"""Write N realistic news articles derived from the project's real ones, for measuring extraction at scale.

    python benchmarks/make_corpus.py N OUT [--seed S] [--bad-every K]

Each article takes the lead paragraph of one real article (seeds/ and data/corpus/), then paragraphs of that
article and of others, recombined; within an article, years are shifted together, days after month names,
figures (in digits and in words), third countries and the names of secondary officials varied; some have a
``date`` header, some not; a few repeat a paragraph, as wire copy does. Article ``i`` depends only on the seed
and ``i``, so a corpus of 10,000 is the first tenth of one of 100,000, and the same command writes the same
files. Every K-th file (default 1,000th) is junk (binary or empty), as crawls have, to keep the bad-file path
in the measurement.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from natorussia.corpus import split_header  # noqa: E402
from natorussia.paths import CORPUS_DIR, SEEDS_DIR  # noqa: E402

COUNTRY_ADJECTIVES = ["Czech", "Polish", "Estonian", "Latvian", "Lithuanian", "Dutch", "Belgian", "Canadian",
                      "Norwegian", "Danish", "Bulgarian", "Romanian", "Slovak", "Hungarian"]
COUNTRIES = ["Czech Republic", "Poland", "Estonia", "Latvia", "Lithuania", "Netherlands", "Belgium", "Canada",
             "Norway", "Denmark", "Bulgaria", "Romania", "Slovakia", "Hungary"]
# Secondary officials and spokespeople (not the actors that name a party, such as Lavrov or Stoltenberg).
PEOPLE = ["Lungescu", "Appathurai", "Ventrell", "Romero", "Rinkevics", "Bijleveld", "Miliband", "Rogozin",
          "Grushko", "Zakharova", "Peskov", "Fogle", "Delisle"]
NEW_PEOPLE = ["Kowalski", "Novak", "Tamm", "Berzins", "Petrauskas", "Jensen", "Dimitrov", "Popescu", "Hansen",
              "de Vries", "Lindqvist", "Horvath", "Moreau", "Keller", "Varga", "Ivanova", "Sokolov", "Brennan"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
FIGURE = re.compile(r"(?<![\d-])\b(\d{1,3}(?:,\d{3})+|\d{1,3})\b(?![\d-])")
DAY = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b")
WORD_NUMBER = re.compile(rf"\b({'|'.join(NUMBER_WORDS)})\b")


def load_sources() -> list[list[str]]:
    """The paragraphs of every shipped real article."""
    sources = []
    for folder in (SEEDS_DIR, CORPUS_DIR):
        for path in sorted(folder.glob("*.txt")):
            _, body = split_header(path.read_text(encoding="utf-8"))
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
            if len(paragraphs) >= 2:
                sources.append(paragraphs)
    if not sources:
        raise SystemExit("make_corpus: no source articles in seeds/ or data/corpus/")
    return sources


def swap_words(text: str, words: list[str], choices: list[str], rng: random.Random) -> str:
    """Each of ``words`` found in the text replaced by one of ``choices``, the same one throughout."""
    present = [w for w in words if w in text]
    if not present:
        return text
    mapping = {w: rng.choice([c for c in choices if c != w] or choices) for w in present}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(present, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def vary(text: str, rng: random.Random, year_shift: int) -> str:
    """Years shifted together, days, figures and number words varied, countries and people swapped."""
    text = YEAR.sub(lambda m: str(min(2021, max(2008, int(m.group(1)) + year_shift))) if int(m.group(1)) >= 2000
                    else m.group(1), text)

    def figure(m: re.Match) -> str:
        value = int(m.group(1).replace(",", ""))
        if value < 2 or rng.random() < 0.3:
            return m.group(1)
        new = max(2, round(value * rng.uniform(0.5, 1.6)))
        return f"{new:,}" if "," in m.group(1) else str(new)

    text = FIGURE.sub(figure, text)
    text = DAY.sub(lambda m: f"{m.group(1)} {rng.randint(1, 28)}", text)  # after figures: days stay days
    text = WORD_NUMBER.sub(lambda m: rng.choice(NUMBER_WORDS) if rng.random() < 0.5 else m.group(1), text)
    text = swap_words(text, COUNTRIES, COUNTRIES, rng)
    text = swap_words(text, COUNTRY_ADJECTIVES, COUNTRY_ADJECTIVES, rng)
    return swap_words(text, PEOPLE, NEW_PEOPLE, rng)


def make_article(i: int, sources: list[list[str]], seed: int) -> str:
    rng = random.Random(seed * 1_000_003 + i)
    lead = rng.choice(sources)
    paragraphs = [lead[0]]
    for _ in range(rng.randint(3, 10)):
        donor = lead if rng.random() < 0.5 else rng.choice(sources)
        paragraphs.append(rng.choice(donor[1:]))
    if rng.random() < 0.05:  # wire copy sometimes repeats a paragraph
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(paragraphs))
    text = "\n\n".join(vary(p, rng, rng.randint(-2, 2)) for p in paragraphs)
    if rng.random() < 0.6:
        text = f" date {rng.randint(2008, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {text}"
    return text + "\n"


def write_corpus(n: int, out: Path, seed: int = 1, bad_every: int = 1000) -> int:
    """Write the N articles (``syn_0000000.txt``...) into OUT; return the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    sources = load_sources()
    total = 0
    for i in range(n):
        path = out / f"syn_{i:07d}.txt"
        if bad_every and i % bad_every == bad_every - 1:
            data = b"" if (i // bad_every) % 2 else random.Random(i).randbytes(2048)
        else:
            data = make_article(i, sources, seed).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, metavar="N", help="number of articles")
    parser.add_argument("out", type=Path, metavar="OUT", help="folder to write them to")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bad-every", type=int, default=1000, metavar="K",
                        help="every K-th file is junk, binary or empty (0: none)")
    args = parser.parse_args(argv)
    size = write_corpus(args.n, args.out, args.seed, args.bad_every)
    print(f"{args.n} articles, {size / 1e6:.1f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
