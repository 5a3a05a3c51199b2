#!/usr/bin/env python3
"""Time from launching the reader in tmux to its first frame, and to its
claims being ready, as a person would see them: the median of RUNS
launches, polling the screen every 5 ms with capture-pane.

    cargo build --release
    eval/scripts/first-frame.py [--runs N] FILE...
    eval/scripts/first-frame.py --pair 5000    # a pair made from ../shared/real

The first frame is the first capture showing the status line's position
("row "); the claims are ready once "finding claims" has left it. The
launch itself costs what the bundled sample's first frame shows (run it
with no FILE). Needs tmux.
"""
import argparse
import glob
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

BIN = os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "newsdiff")


def tmux(*args, capture=False):
    return subprocess.run(
        ["tmux", "-L", "newsdiff-first-frame", *args],
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        check=False,
    )


def once(files):
    tmux("kill-server")
    start = time.monotonic()
    tmux("new-session", "-d", "-x", "160", "-y", "45", os.path.abspath(BIN), *files)
    first = None
    try:
        while time.monotonic() - start < 60:
            screen = tmux("capture-pane", "-p", capture=True).stdout
            now = time.monotonic() - start
            if first is None and "row " in screen:
                first = now
            if first is not None and "finding claims" not in screen:
                return first, now
            time.sleep(0.005)
        sys.exit("the reader showed no frame within 60 s")
    finally:
        tmux("kill-server")


def pair(n, folder):
    """Two revisions of an n-paragraph article made of the real incidents'
    paragraphs (numbered once they repeat): 5% dropped, 10% with a word
    changed, 3% added."""
    random.seed(7)
    pool = []
    for path in sorted(glob.glob(os.path.join(REAL, "clusters", "*", "*.txt"))):
        text = open(path, encoding="utf-8", errors="replace").read()
        pool += [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if len(p) > 40]
    if not pool:
        sys.exit(f"no paragraphs under {REAL}/clusters; set NEWSDIFF_REAL")
    a = [pool[i % len(pool)] + (f" ({i})" if i >= len(pool) else "") for i in range(n)]
    b = []
    for p in a:
        r = random.random()
        if r < 0.05:
            continue
        if r < 0.15:
            words = p.split()
            words[random.randrange(len(words))] = random.choice(["reported", "said", "about", "42"])
            p = " ".join(words)
        b.append(p)
        if random.random() < 0.03:
            b.append(f"An added paragraph number {len(b)} says 17 people were hurt.")
    files = []
    for name, paragraphs in (("a.txt", a), ("b.txt", b)):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("Story A\n\n" + "\n\n".join(paragraphs) + "\n")
        files.append(path)
    return files


REAL = os.environ.get(
    "NEWSDIFF_REAL", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "real")
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pair", type=int, help="time a pair of this many paragraphs")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    files = pair(args.pair, folder.name) if args.pair else args.files
    runs = [once(files) for _ in range(args.runs)]
    first = statistics.median(r[0] for r in runs) * 1000
    ready = statistics.median(r[1] for r in runs) * 1000
    print(f"first frame {first:.0f} ms, claims ready {ready:.0f} ms (median of {args.runs})")


if __name__ == "__main__":
    main()
