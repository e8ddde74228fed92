"""Selective NLP against the whole model: do mentions, claims, places, actors and events stay the same?

    .venv/bin/python benchmarks/nlp_equivalence.py PATH... [--format t17] [--limit N] [--show K]

Runs ``pipeline.analyze`` on the same articles twice, once on Docs of the whole model
(``nlp.parse(full=True)``) and once on selectively parsed Docs (the default), in one process, and
counts what differs: sentences, entities, mentions (by evidence span, type and date), their claims,
places and actors, and the events ``resolve.merge`` makes of them. Also prints the CPU time of each
parse. ``--show`` prints a few differing mentions of each kind.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from dateline import nlp, pipeline, resolve
from dateline.model import Article, ArticleAnalysis, EventMention
from dateline.read import read_paths


def _mention_key(m: EventMention) -> tuple:
    return (m.article_id, m.start, m.end, m.date.value, m.background)


def _facets(m: EventMention) -> dict[str, object]:
    place = m.place
    return {
        "type": (m.event_type, m.sub_event_type, m.plover),
        "claims": sorted((c.kind, c.count, c.count_high, c.qualifier, c.side, c.claimant, c.claimant_side)
                         for c in m.claims),
        "place": (place.name, place.country, place.admin1, place.precision) if place else None,
        "actors": tuple((a.name, a.country, a.kind) if a else None for a in (m.actor1, m.actor2)),
    }


def _event_keys(analyses: list[ArticleAnalysis]) -> Counter:
    articles = {a.article.id: a.article for a in analyses}
    events = resolve.merge([m for a in analyses for m in a.mentions], articles)
    return Counter((e.date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.location,
                    e.fatalities.best, len(e.claims), len(e.sources)) for e in events)


def _analyse(articles: list[Article], full: bool) -> tuple[list[ArticleAnalysis], float]:
    started = time.process_time()
    docs = list(nlp.parse([a.text for a in articles], n_process=1, full=full))
    parse_cpu = time.process_time() - started
    return [pipeline.analyze(a, d) for a, d in zip(articles, docs, strict=True)], parse_cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", default=None)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--show", type=int, default=0, help="print up to K differing mentions of each kind")
    args = ap.parse_args(argv)
    articles = [a for a in read_paths(args.paths, format=args.format) if isinstance(a, Article)]
    if args.limit:
        articles = articles[:args.limit]
    pipeline.analyze_all(articles[:1], n_process=1)  # load every model before timing
    old, old_cpu = _analyse(articles, full=True)
    new, new_cpu = _analyse(articles, full=False)

    def total(analyses: list[ArticleAnalysis], what: str) -> int:
        return sum(len(getattr(a, what)) for a in analyses)

    same_sentences = sum(len({(s.start, s.end) for s in a.sentences} & {(s.start, s.end) for s in b.sentences})
                         for a, b in zip(old, new))
    same_entities = sum(len({(e.start, e.end, e.label) for e in a.entities}
                            & {(e.start, e.end, e.label) for e in b.entities}) for a, b in zip(old, new))
    old_m = {_mention_key(m): m for a in old for m in a.mentions}
    new_m = {_mention_key(m): m for a in new for m in a.mentions}
    diffs: dict[str, list[str]] = {"only_full": [], "only_selective": [], "type": [], "claims": [], "place": [],
                                   "actors": []}
    for key in old_m.keys() - new_m.keys():
        diffs["only_full"].append(old_m[key].text)
    for key in new_m.keys() - old_m.keys():
        diffs["only_selective"].append(new_m[key].text)
    for key in old_m.keys() & new_m.keys():
        a, b = _facets(old_m[key]), _facets(new_m[key])
        for facet in a:
            if a[facet] != b[facet]:
                diffs[facet].append(f"{old_m[key].text[:160]!r}\n      full: {a[facet]}\n      selective: {b[facet]}")
    old_claims = sum(len(m.claims) for m in old_m.values())
    old_events, new_events = _event_keys(old), _event_keys(new)
    print(f"{len(articles)} articles; parse CPU: full {old_cpu:.1f} s, selective {new_cpu:.1f} s "
          f"({old_cpu / max(new_cpu, 1e-9):.2f}x)")
    print(f"sentences: full {total(old, 'sentences')}, selective {total(new, 'sentences')}, same {same_sentences}")
    print(f"entities: full {total(old, 'entities')}, selective {total(new, 'entities')}, same {same_entities}")
    print(f"mentions: full {len(old_m)}, selective {len(new_m)}; only in full {len(diffs['only_full'])}, "
          f"only in selective {len(diffs['only_selective'])}")
    print(f"of {len(old_m.keys() & new_m.keys())} shared mentions ({old_claims} claims in full), differing: "
          + ", ".join(f"{k} {len(diffs[k])}" for k in ("type", "claims", "place", "actors")))
    print(f"events: full {sum(old_events.values())}, selective {sum(new_events.values())}, "
          f"identical {sum((old_events & new_events).values())}")
    for kind, items in diffs.items():
        for item in items[:args.show]:
            print(f"  [{kind}] {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
