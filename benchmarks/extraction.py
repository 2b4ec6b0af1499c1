"""Words per second of full extraction, next to spaCy's blank Turkish tokenizer.

The corpus is made by repeating and mixing the test documents of ``tests/fixtures/extraction``
(paragraphs of several documents shuffled into each new document) and streamed one document
at a time. Both runs see the same text in the same process; only the extraction call and the
tokenizer call are timed, not the making of the corpus. Peak memory is reported at two
corpus sizes: it stays flat, as extraction keeps only bounded memos between documents.

    python -m benchmarks.extraction [--words 2000000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "extraction"


def _paragraphs() -> list[list[str]]:
    docs = []
    for p in sorted(CORPUS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        docs.append([x.strip() for x in text.split("\n\n") if x.strip()])
    return docs


def documents(total_words: int, seed: int = 7) -> Iterator[str]:
    """Documents of 3-6 test documents' paragraphs mixed, until ``total_words`` words."""
    rng = random.Random(seed)
    docs = _paragraphs()
    words = 0
    while words < total_words:
        parts: list[str] = []
        for d in rng.sample(docs, rng.randint(3, 6)):
            parts.append(d[0])
            body = d[1:]
            rng.shuffle(body)
            parts.extend(body)
        text = "\n\n".join(parts) + "\n"
        words += len(text.split())
        yield text


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run_extraction(total_words: int) -> tuple[int, float]:
    """Words and seconds of extraction (reading the text into a Document included); making the
    corpus and counting its words are not timed."""
    from defcoop.extract import extract
    from defcoop.read.document import Document
    words = 0
    spent = 0.0
    for i, text in enumerate(documents(total_words)):
        path = f"bench-{i}.txt"
        start = time.perf_counter()
        extract(Document(path=path, text=text))
        spent += time.perf_counter() - start
        words += len(text.split())
    return words, spent


def run_spacy(total_words: int) -> tuple[int, float] | None:
    """Words and seconds of spaCy's tokenizer on the same documents, timed the same way."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("tr")
    words = 0
    spent = 0.0
    for text in documents(total_words):
        start = time.perf_counter()
        nlp(text)
        spent += time.perf_counter() - start
        words += len(text.split())
    return words, spent


def cold_ratio() -> tuple[float, float]:
    """Words/second on text seen for the first time (the founding paper), both caches empty.
    Each side is timed after a full garbage collection, so that one left pending by the runs
    before does not fall inside the single timed call of either."""
    import gc

    import spacy

    from defcoop.extract import Finders, extract
    from defcoop.detect.actors import default_finder as actors
    from defcoop.detect.places import default_finder as places
    from defcoop.seed import seed_document
    doc = seed_document()
    words = len(doc.text.split())
    finders = Finders(places(), actors())
    gc.collect()
    start = time.perf_counter()
    extract(doc, finders)
    ours = words / (time.perf_counter() - start)
    nlp = spacy.blank("tr")
    gc.collect()
    start = time.perf_counter()
    nlp(doc.text)
    return ours, words / (time.perf_counter() - start)


def first_seen_ratio() -> tuple[int, float, float]:
    """Words/second on the held-out test documents (``tests/fixtures/extraction-heldout*``),
    which the large corpus does not contain, right after it: each side has its memos full of
    the corpus (spaCy's tokenizer caches up to 10,000 words) and reads this text once."""
    import spacy

    from defcoop.extract import extract
    from defcoop.read import read_document
    from defcoop.read.document import Document
    # read as a user's files are (some are in Windows-1254 or ISO-8859-9); reading is not timed
    texts = [read_document(p).text
             for p in sorted(ROOT.glob("tests/fixtures/extraction-heldout*/*.txt"))]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.blank("tr")
    for text in documents(200_000):
        nlp(text)
    start = time.perf_counter()
    for i, text in enumerate(texts):
        extract(Document(path=f"heldout-{i}.txt", text=text))
    ours = words / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    return words, ours, words / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2_000_000, help="words in the large corpus")
    args = ap.parse_args(argv if argv is not None else [])
    small = max(args.words // 4, 10_000)
    from defcoop.extract import extract
    from defcoop.read.document import Document
    extract(Document(path="warm.txt", text=next(documents(1000))))   # load word lists once
    import defcoop.extract
    compiled = not defcoop.extract.__file__.endswith(".py")
    print("extraction benchmark (words/second, same text for both); extraction modules "
          + ("compiled (mypyc)" if compiled else "run as Python"))
    w, t = run_extraction(small)
    rss_small = peak_rss_mb()
    print(f"  extract  {w:>10,} words  {t:7.2f} s  {w / t:>10,.0f} w/s   peak RSS {rss_small:7.1f} MB")
    w, t = run_extraction(args.words)
    rss_large = peak_rss_mb()
    ours = w / t
    print(f"  extract  {w:>10,} words  {t:7.2f} s  {ours:>10,.0f} w/s   peak RSS {rss_large:7.1f} MB")
    sp = run_spacy(args.words)
    if sp is None:
        print("  spaCy is not installed (pip install 'defcoop[bench]'): no ratio")
        return 0
    sw, st = sp
    theirs = sw / st
    print(f"  spaCy blank('tr') tokenizer  {sw:>10,} words  {st:7.2f} s  {theirs:>10,.0f} w/s")
    print(f"  ratio extract/spaCy: {ours / theirs:.3f}   (target >= 0.5)")
    print(f"  memory: peak RSS {rss_small:.1f} MB after {small:,} words, {rss_large:.1f} MB after "
          f"{args.words:,} words")
    fw, first_ours, first_theirs = first_seen_ratio()
    print(f"  text seen for the first time (the held-out documents, {fw:,} words): extract "
          f"{first_ours:,.0f} w/s, spaCy {first_theirs:,.0f} w/s, ratio {first_ours / first_theirs:.3f}")
    cold_ours, cold_theirs = cold_ratio()
    print(f"  unseen text (the founding paper, empty caches): extract {cold_ours:,.0f} w/s, "
          f"spaCy {cold_theirs:,.0f} w/s, ratio {cold_ours / cold_theirs:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
