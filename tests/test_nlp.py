"""The NLP stage: rule sentences, which sentences get the model, and a selective parse that keeps the text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dateline import nlp, pipeline
from dateline.model import Article
from dateline.read import read_paths

REPO = Path(__file__).resolve().parents[1]

TEXT = (
    "Mr. Petrosyan arrived in Yerevan on Monday. \"We will not give up,\" he told reporters.\n\n"
    "The weather was mild across the region. Three soldiers were killed near Goris, the defence ministry "
    "said. Talks between the foreign ministers are due in Geneva next week."
)


def _sentence_texts(doc_text: str) -> list[str]:
    doc = nlp.load().make_doc(doc_text)
    return [doc[a:b].text.strip() for a, b in nlp.rule_sentences(doc)]


def test_rule_sentences_keep_abbreviations_and_quotes_and_split_paragraphs():
    got = _sentence_texts("Mr. Aliyev spoke. \"It is over,\" he said. Then he left\n\nA new paragraph")
    assert got == ["Mr. Aliyev spoke.", "\"It is over,\" he said.", "Then he left", "A new paragraph"]


@pytest.mark.parametrize(("sentence", "need"), [
    ("Three soldiers were killed near Goris, the ministry said.", nlp.PARSE),
    ("Gunmen kill police reservist in night raid.", nlp.PARSE),  # one victim: only the parse finds it
    ("At least 200 people were wounded.", nlp.PARSE),
    ("Talks between the foreign ministers are due in Geneva next week.", nlp.ENTITIES),
    ("Troops shelled the outskirts of the town.", nlp.ENTITIES),
    ("The weather was mild across the region.", nlp.SKIP),
    ("Shares in the company rose on Tuesday.", nlp.SKIP),
])
def test_sentence_need(sentence, need):
    assert nlp.sentence_need(sentence) == need


def test_selective_parse_keeps_text_offsets_and_annotates_what_extraction_reads():
    (doc,) = nlp.parse([TEXT], n_process=1)
    assert doc.text == TEXT
    sents = nlp.sentences(doc, "a")
    assert [s.text for s in sents] == [
        "Mr. Petrosyan arrived in Yerevan on Monday.", "\"We will not give up,\" he told reporters.",
        "The weather was mild across the region.", "Three soldiers were killed near Goris, the defence ministry said.",
        "Talks between the foreign ministers are due in Geneva next week.",
    ]
    assert all(TEXT[s.start:s.end] == s.text for s in sents)
    assert [s.text.strip() for s in doc.sents] == [s.text for s in sents]
    # the claim sentence is parsed: the claimant rules find "said" and its subject
    killed = next(t for t in doc if t.text == "killed")
    said = next(t for t in doc if t.text == "said")
    assert killed.dep_ and said.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in said.children)
    # the talks sentence gets named entities but no parse; the weather sentence gets nothing
    assert "Geneva" in {e.text for e in doc.ents}
    assert next(t for t in doc if t.text == "Geneva").dep_ == ""
    assert next(t for t in doc if t.text == "weather").dep_ == ""
    # a full parse of the same text annotates everything
    (full,) = nlp.parse([TEXT], n_process=1, full=True)
    assert next(t for t in full if t.text == "weather").dep_ != ""


def test_selective_parse_of_empty_and_plain_texts():
    docs = list(nlp.parse(["", "Nothing happened here.", "   "], n_process=1))
    assert [d.text for d in docs] == ["", "Nothing happened here.", "   "]
    assert [len(nlp.sentences(d, "x")) for d in docs] == [0, 1, 0]


def test_selective_parse_in_workers_matches_in_process():
    texts = [TEXT.replace("Three", str(i + 2)) for i in range(6)]
    here = [(d.text, [(e.start_char, e.label_) for e in d.ents], [t.dep_ for t in d]) for d in
            nlp.parse(texts, n_process=1)]
    there = [(d.text, [(e.start_char, e.label_) for e in d.ents], [t.dep_ for t in d]) for d in
             nlp.parse(texts, batch_size=2, n_process=2)]
    assert there == here
    assert [[s.text for s in d.sents] for d in nlp.parse(texts, batch_size=2, n_process=2)] == \
        [[s.text for s in d.sents] for d in nlp.parse(texts, n_process=1)]


def _claims(analyses) -> Counter:
    return Counter((c.article_id, c.kind, c.count, c.qualifier, c.side, c.claimant)
                   for a in analyses for m in a.mentions for c in m.claims)


def test_selective_parse_finds_what_the_full_parse_finds_on_the_examples():
    """Recall-safety of the sentence test: same claims, and the same mentions but for sentence ends."""
    articles = [a for a in read_paths([REPO / "examples" / "corpus"]) if isinstance(a, Article)]
    assert len(articles) >= 10
    full = [pipeline.analyze(a, d) for a, d in zip(articles, nlp.parse([a.text for a in articles], n_process=1,
                                                                         full=True))]
    selective = list(pipeline.analyze_all(articles, n_process=1))
    assert _claims(selective) == _claims(full)
    key = lambda m: (m.article_id, m.start, m.event_type, m.date.value, m.place and m.place.name)  # noqa: E731
    old = Counter(key(m) for a in full for m in a.mentions)
    new = Counter(key(m) for a in selective for m in a.mentions)
    assert sum((old & new).values()) >= 0.97 * sum(old.values())
    # the entities extraction reads (those of sentences that report something) are found alike
    def reported(analyses) -> set:
        return {(a.article.id, e.start, e.label) for a in analyses for m in a.mentions for e in a.entities
                if m.start <= e.start < m.end}

    assert len(reported(full) & reported(selective)) >= 0.97 * len(reported(full))


def test_analyze_all_in_workers_matches_in_process():
    published = date(2022, 9, 14)
    texts = [f"Report {i}: {i + 2} soldiers were killed in shelling near Jermuk on Tuesday, the ministry said."
             for i in range(5)]
    articles = [Article(Article.make_id(t, published), t, published) for t in texts]
    here = list(pipeline.analyze_all(articles, n_process=1))
    there = list(pipeline.analyze_all(articles, batch_size=2, n_process=2))
    assert [a.article.id for a in there] == [a.article.id for a in here]
    assert [[(m.id, len(m.claims)) for m in a.mentions] for a in there] == \
        [[(m.id, len(m.claims)) for m in a.mentions] for a in here]


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_parent():
    script = textwrap.dedent("""
        import time
        from dateline import nlp
        pool = nlp.worker_pool(2)
        print(" ".join(str(p.pid) for p in pool._pool), flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(p) for p in workers)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.05)
    assert not any(_alive(p) for p in workers), "worker processes outlived their killed parent"


def test_analyze_all_from_a_threaded_process_uses_a_fork_server():
    """A server or notebook runs other threads: forking then could copy a held lock, so the workers
    come from a fork server, and the results are the same."""
    published = date(2022, 9, 14)
    texts = [f"Bulletin {i}: {i + 3} soldiers were wounded near Sotk on Monday, the ministry said."
             for i in range(4)]
    articles = [Article(Article.make_id(t, published), t, published) for t in texts]
    here = list(pipeline.analyze_all(articles, n_process=1))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert nlp.start_method() == "forkserver"
        result: list = []
        worker = threading.Thread(target=lambda: result.extend(pipeline.analyze_all(articles, batch_size=2, n_process=2)))
        worker.start()
        worker.join(timeout=120)
        assert not worker.is_alive(), "analysis from a thread hung"
    finally:
        stop.set()
        other.join()
    assert [[(m.id, len(m.claims)) for m in a.mentions] for a in result] == \
        [[(m.id, len(m.claims)) for m in a.mentions] for a in here]


def test_parsed_sentences_keep_the_rule_boundaries():
    """The parser, run on a claim sentence, could cut it at a number ("said that 105 | Armenian
    soldiers"); the rule boundaries stand, and the parse is still there."""
    text = ("Prime Minister Nikol Pashinyan said on Wednesday that 105 Armenian soldiers had been killed since "
            "the fighting began on Tuesday. Azerbaijan's defence ministry has said that 50 of its servicemen "
            "were killed.")
    [doc] = nlp.parse([text], n_process=1)
    assert [s.text for s in nlp.sentences(doc, "a")] == [
        text[:text.index(" Azerbaijan's")], text[text.index("Azerbaijan's"):]]
    killed = next(t for t in doc if t.text == "killed")
    assert any(c.text == "soldiers" for c in killed.children)
