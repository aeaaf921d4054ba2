"""claimcheck's performance targets, each measured beside its reference in the same run.

    python benchmarks/bench.py                 # the full run: 1,000 generated articles
    python benchmarks/bench.py --files 200     # quicker, same figures on a smaller corpus

Prints one table: figure | value | reference | ratio | target | met. Times are the best of
a few repetitions (the least disturbed by other work on the machine); throughput is CPU
time of one process, so it reads "words per second on one core". Nothing here is a test:
the test suite never times anything.
"""
from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402

PYTHON = sys.executable
CLAIMCHECK = [PYTHON, "-m", "claimcheck"]


def wall(command: list[str], repeat: int, **kwargs) -> float:
    """Best wall-clock time of `command` over `repeat` runs."""
    return walls([command], repeat, **kwargs)[0]


def walls(commands: list[list[str]], repeat: int, **kwargs) -> list[float]:
    """Best wall-clock time of each command over `repeat` rounds, the commands alternated in
    each round, so that a drift in the machine's speed reaches a figure and its reference alike."""
    best = [float("inf")] * len(commands)
    for _ in range(repeat):
        for number, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kwargs)
            best[number] = min(best[number], time.perf_counter() - start)
    return best


def peak_memory_mb(command: list[str]) -> float:
    """Peak resident memory of `command` (the largest of it and its workers), in MB."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PYTHON, "-c", probe, *command], capture_output=True, text=True, check=True).stdout
    kilobytes = int(out.strip().splitlines()[-1])
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def imports_spacy(arguments: list[str]) -> bool:
    probe = ("import sys; sys.argv = ['claimcheck', *sys.argv[1:]]\n"
             "from claimcheck.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)")
    done = subprocess.run([PYTHON, "-c", probe, *arguments], capture_output=True, text=True)
    return "NO-SPACY" not in done.stderr


def throughput(files: list[Path], repeat: int) -> dict:
    """Words per CPU-second for the full check and for spaCy's bare tokenizer + sentencizer
    over the same texts, alternated; proselint beside them when it is installed.

    Each repetition builds a fresh pipeline and passes over the corpus twice: the first
    pass is what a real run does (spaCy's tokenizer cache starts empty and fills as new
    words come), the second shows the same text again (every word cached). Best of each.
    Like the references, the check starts from the read text; reading (decoding, Markdown
    masking) is timed apart and shown in a row of its own."""
    import spacy

    from claimcheck.engine import Checker
    from claimcheck.sources import read_source

    sources = [read_source(str(path)) for path in files]
    texts = [source.prose for source in sources]
    words = sum(len(source.text.split()) for source in sources)
    best = {"check": [float("inf")] * 2, "bare": [float("inf")] * 2, "reading": float("inf")}
    for _ in range(repeat):
        start = time.process_time()
        for path in files:
            read_source(str(path))
        best["reading"] = min(best["reading"], time.process_time() - start)
        bare = spacy.blank("en")
        bare.add_pipe("sentencizer")
        checker = Checker()
        gc.freeze()  # as `check_inputs` does before checking: the collector skips the built pipelines
        for number in range(2):
            start = time.process_time()
            for _doc in bare.pipe(texts):
                pass
            best["bare"][number] = min(best["bare"][number], time.process_time() - start)
            start = time.process_time()
            for source in sources:
                checker.check_source(source)
            best["check"][number] = min(best["check"][number], time.process_time() - start)
        gc.unfreeze()
    result = {"words": words, "check": words / best["check"][0], "bare": words / best["bare"][0],
              "check_warm": words / best["check"][1], "bare_warm": words / best["bare"][1], "proselint": None,
              "with_reading": words / (best["check"][0] + best["reading"])}
    try:  # proselint 0.16's API
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return result
    CheckRegistry().register_many(__register__)
    sample = texts[: max(1, len(texts) // 10)]  # proselint is slow: a tenth of the corpus
    start = time.process_time()
    for text in sample:
        LintFile("article.md", text).lint()
    result["proselint"] = sum(len(t.split()) for t in sample) / (time.process_time() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000, help="articles in the generated corpus")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions per timing (the best counts)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the parallel figure")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    folder = options.keep or work / "corpus"
    corpus_words = corpus.write_corpus(folder, options.files)
    files = sorted(folder.rglob("*.md"))
    single = files[0]
    rows = []

    def row(figure, value, reference, ratio, target, met):
        rows.append((figure, value, reference, ratio, target, "-" if met is None else "yes" if met else "NO"))

    # 1. Start-up without spaCy.
    for arguments in (["--help"], ["--version"], ["rules"]):
        seconds = wall(CLAIMCHECK + arguments, options.repeat + 2)
        spacy_loaded = imports_spacy(arguments)
        row(f"claimcheck {' '.join(arguments)}", f"{seconds:.3f} s", "0.2 s", f"{seconds / 0.2:.2f}",
            "<= 0.2 s, no spaCy", seconds <= 0.2 and not spacy_loaded)

    # 2. One 1,000-word article from cold (a new process; the compiled rules already cached).
    # pip compiles an installed package's bytecode; a checkout run under PYTHONDONTWRITEBYTECODE
    # would compile every changed module on each start, so compile it as an install would.
    import claimcheck

    compileall.compile_dir(Path(claimcheck.__file__).parent, quiet=1)
    subprocess.run(CLAIMCHECK + ["--no-cache", str(single)], capture_output=True)
    baseline, cold = walls([[PYTHON, "-c", "import spacy; spacy.blank('en')"], CLAIMCHECK + ["--no-cache", str(single)]],
                           options.repeat + 2)
    row(f"one article, cold ({len(single.read_text().split())} words)", f"{cold:.3f} s",
        f"{baseline:.3f} s spacy.blank", f"{cold / baseline:.2f}", "<= 1.15x", cold <= 1.15 * baseline)

    # 3. Throughput on one core.
    measured = throughput(files, options.repeat)
    row("throughput, one core (first pass)", f"{measured['check']:,.0f} w/s", "250,000 w/s",
        f"{measured['check'] / 250_000:.2f}", ">= 250k w/s", measured["check"] >= 250_000)
    row("  vs bare tokenizer+sentencizer", f"{measured['check']:,.0f} w/s", f"{measured['bare']:,.0f} w/s",
        f"{measured['check'] / measured['bare']:.2f}", ">= 0.6x", measured["check"] >= 0.6 * measured["bare"])
    row("  with reading (decoding, Markdown masking)", f"{measured['with_reading']:,.0f} w/s", "-", "-", "-", None)
    row("  same text again (words cached)", f"{measured['check_warm']:,.0f} w/s", f"{measured['bare_warm']:,.0f} w/s",
        f"{measured['check_warm'] / measured['bare_warm']:.2f}", "-", None)
    if measured["proselint"]:
        row("  vs proselint", f"{measured['check']:,.0f} w/s", f"{measured['proselint']:,.0f} w/s",
            f"{measured['check'] / measured['proselint']:.2f}", ">= 4x",
            measured["check"] >= 4 * measured["proselint"])
    else:
        row("  vs proselint", f"{measured['check']:,.0f} w/s", "not installed: pip install -e '.[bench]'", "-", ">= 4x", False)

    # 4. Parallel jobs over the whole corpus, output compared byte for byte.
    reports = {}
    times = {}
    for jobs in (1, options.jobs):
        out = work / f"jobs{jobs}.json"
        command = CLAIMCHECK + ["--no-cache", "--jobs", str(jobs), "--format", "json", "-o", str(out), str(folder)]
        times[jobs] = wall(command, min(2, options.repeat))  # best of two: one run is at the mercy of the load
        reports[jobs] = out.read_bytes()
    identical = reports[1] == reports[options.jobs]
    speedup = times[1] / times[options.jobs]
    findings = len(json.loads(reports[1])["findings"])
    row(f"--jobs {options.jobs} over {len(files)} files", f"{times[options.jobs]:.2f} s", f"{times[1]:.2f} s --jobs 1",
        f"{speedup:.2f}x", ">= 1.7x, same output", speedup >= 1.7 and identical)
    row("  output identical to --jobs 1", "yes" if identical else "NO", f"{findings} findings", "-", "identical",
        identical)

    # 5. Peak memory over the corpus (serial: one process holds everything).
    memory = peak_memory_mb(CLAIMCHECK + ["--no-cache", "--jobs", "1", "--format", "json", "-o",
                                          str(work / "memory.json"), str(folder)])
    row("peak memory, --jobs 1", f"{memory:.0f} MB", "250 MB", f"{memory / 250:.2f}", "<= 250 MB", memory <= 250)

    # 6. Result cache: the second run over an unchanged corpus.
    cache = work / "cache"
    first = wall(CLAIMCHECK + ["--cache-dir", str(cache), "--format", "json", "-o", str(work / "c1.json"),
                               str(folder)], 1)
    second = wall(CLAIMCHECK + ["--cache-dir", str(cache), "--format", "json", "-o", str(work / "c2.json"),
                                str(folder)], options.repeat)
    same = (work / "c1.json").read_bytes() == (work / "c2.json").read_bytes() == reports[1]
    row("re-check, unchanged corpus (cached)", f"{second:.2f} s", f"{first:.2f} s uncached",
        f"{first / second:.1f}x", ">= 10x, same output", first / second >= 10 and same)

    # 7. The Python API.
    found = claimcheck.check_text(single.read_text(encoding="utf-8"), path=str(single))
    run = claimcheck.check_paths([str(files[0]), str(files[1])])
    row("Python API check_text / check_paths", f"{len(found)} / {len(run.findings)} findings", "-", "-",
        "Finding objects", bool(found) and all(hasattr(f, "rule") for f in run.findings))

    import spacy

    print(f"machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
          f"spaCy {spacy.__version__}, {platform.system()} {platform.machine()}; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    print(f"corpus: {len(files)} generated articles, {corpus_words:,} words\n")
    widths = [max(len(str(r[i])) for r in rows + [("figure", "value", "reference", "ratio", "target", "met")])
              for i in range(6)]
    for line in [("figure", "value", "reference", "ratio", "target", "met"), tuple("-" * w for w in widths), *rows]:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(line, widths)))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
