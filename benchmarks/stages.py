"""Where a check's time goes: CPU seconds per stage over the generated corpus.

    python benchmarks/stages.py --files 300

Each stage is timed on its own over the same texts (best of two), in pipeline order:
Markdown masking (reading the source), spaCy's bare tokenizer, each pipeline component
(measured as the pipeline up to it minus the pipeline before it), each rule kind on the
finished Docs, and what `Checker.check_source` adds on top (merging, locating, sorting).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402


def cpu(work, prepare=lambda: None) -> float:
    best = float("inf")
    for _ in range(2):
        prepared = prepare()
        start = time.process_time()
        work() if prepared is None else work(prepared)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--corpus", type=Path, help="time these Markdown files instead of generating a corpus")
    options = parser.parse_args()

    import spacy

    from claimcheck.engine import Checker
    from claimcheck.kinds.common import DocumentState
    from claimcheck.sources import make_source

    folder = options.corpus
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="claimcheck-stages-"))
        corpus.write_corpus(folder, options.files)
    files = sorted(folder.rglob("*.md"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    words = sum(len(text.split()) for text in texts)
    checker = Checker()
    nlp = checker.nlp
    rows = []

    sources = [make_source(text, str(path), "markdown") for text, path in zip(texts, files)]
    rows.append(("Markdown masking (reading)", cpu(lambda: [make_source(t, "a.md", "markdown") for t in texts])))
    prose = [source.prose for source in sources]
    bare = spacy.blank("en")
    rows.append(("spaCy bare tokenizer", cpu(lambda: [bare.make_doc(text) for text in prose])))
    names = list(nlp.pipe_names)
    before = cpu(lambda: [checker._make_doc(text) for text in prose])
    rows.append(("tokenizer with abbreviations", before))
    for position, name in enumerate(names):
        with nlp.select_pipes(disable=names[position + 1:]):
            upto = cpu(lambda: [doc for doc in nlp.pipe(checker._make_doc(text) for text in prose)])
        rows.append((f"component {name}", max(upto - before, 0.0)))
        before = upto
    pipeline = before

    def fresh_docs():  # rule kinds keep per-Doc caches: each repetition starts from new Docs
        return list(nlp.pipe(checker._make_doc(text) for text in prose))

    def run_kind(kind, docs):
        for doc in docs:
            state = DocumentState()
            state.offset = 0
            list(kind.check(doc, state))
            finish = getattr(kind, "finish", None)
            if finish:
                finish(state)

    kinds = 0.0
    for kind in checker.kinds:
        seconds = cpu(lambda docs, kind=kind: run_kind(kind, docs), fresh_docs)
        kinds += seconds
        rows.append((f"rule kind {type(kind).__name__}", seconds))
    total = cpu(lambda: [checker.check_source(source) for source in sources])
    # The rest: merging, locating and sorting findings, and whatever the kinds' shared
    # per-Doc caches cost when the kinds run together rather than one at a time.
    rows.append(("check_source: the rest", max(total - pipeline - kinds, 0.0)))
    rows.append(("check_source total (the benchmark's throughput)", total))
    rows.append(("masking + check_source (a real run's CPU)", total + rows[0][1]))
    print(f"{len(files)} articles, {words:,} words; CPU seconds, best of two\n")
    for name, seconds in rows:
        print(f"{name:48s} {seconds:7.3f} s  {words / seconds / 1000 if seconds else 0:8,.0f}k words/s")


if __name__ == "__main__":
    main()
