"""Print how one article is read: its publication date, each sentence with event mentions, and its event rows.

    .venv/bin/python eval/explain_article.py ARTICLE.txt
"""

import sys

from natorussia import dates, extract, references
from natorussia.clean import clean_text
from natorussia.corpus import read_article

raw = read_article(sys.argv[1])
c = clean_text(raw.text)
ms = extract.event_mentions(c.text)
anchors = references.reference_anchors(c.text, ms)
pub, src = dates.publication_date(raw, c, anchors, references.publication_estimates(ms, c.text),
                                 references.in_office_since(c.text))
print("PUB", pub, src, [a.iso for a in anchors])
for i, s in enumerate(extract.split_sentences(c.text)):
    evs = [m for m in ms if m.sentence_index == i]
    if not evs:
        continue
    print(f"[{i}] {s[:200]}")
    acts = extract.find_actors(s)
    print("    clauses:", [s[a:b][:40] for a,b in extract.split_clauses(s, acts)])
    for m in evs:
        print(f"    -> {m.event_type} {m.actor or '-'}>{m.target or '-'} n={m.count} trig={m.trigger[:30]!r} dates={[d.text for d in m.date_mentions][:3]}")
rows = extract.article_events(raw.article_id, ms, pub, "", c.text)
for r in rows:
    print("ROW", r["event_type"], r["actor"], r["target"], r["date"], r["count"], r["date_origin"], r["n_mentions"])
