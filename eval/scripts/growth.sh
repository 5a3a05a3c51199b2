#!/usr/bin/env bash
# Time and peak memory of the release binary as its input doubles, beside
# git's word diff on the same pairs; and the huge inputs of issue 16.
# Prints Markdown tables for BENCHMARKS.md. Needs python3, git and GNU time.
#
#   cargo build --release && eval/scripts/growth.sh [runs] [huge]
#
# With `huge`, only the huge inputs (ROBUSTNESS.md's table).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/target/release/newsdiff"
runs="${1:-3}"
only="${2:-all}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Each run's own index cache, never the user's.
export NEWSDIFF_CACHE_DIR="$work/cache"

python3 - "$work" <<'PY'
import os, random, re, sys, glob
work = sys.argv[1]
random.seed(11)
pool = []
for path in sorted(glob.glob("eval/data/**/*.txt", recursive=True)):
    text = open(path, encoding="utf-8", errors="replace").read()
    for p in re.split(r"\n\s*\n", text):
        p = " ".join(p.split())
        if len(p) > 80:
            pool.append(p)
random.shuffle(pool)
def paragraphs(n):
    return [pool[i % len(pool)] + ("" if i < len(pool) else f" (part {i // len(pool)})") for i in range(n)]
def edit(ps):
    ps = list(ps)
    for _ in range(5):
        i, k = random.randrange(len(ps)), random.random()
        if k < 0.4:
            w = ps[i].split(); w[random.randrange(len(w))] = str(random.randint(2, 300)); ps[i] = " ".join(w)
        elif k < 0.7:
            ps.insert(i, random.choice(pool))
        else:
            ps.pop(i)
    return ps
def write(path, ps, minute=0):
    with open(path, "w") as f:
        f.write(f"---\ntitle: Live story\noutlet: Herald\ndate: 2024-06-08T{minute // 60:02}:{minute % 60:02}:00Z\n---\n\n")
        f.write("\n\n".join(ps) + "\n")
for n in (1000, 2000, 4000, 8000):
    os.makedirs(f"{work}/pair{n}")
    ps = paragraphs(n)
    write(f"{work}/pair{n}/a.md", ps)
    random.seed(n)
    for _ in range(n // 40):
        ps = edit(ps)
    write(f"{work}/pair{n}/b.md", ps, 1)
# Real reporting, each paragraph once: the distinct paragraphs of
# ../shared/real's incidents (about 960, 31,000 words), and a revision 20
# edits on.
real, seen = [], set()
for path in sorted(glob.glob("../shared/real/clusters/*/*.txt")):
    text = open(path, encoding="utf-8", errors="replace").read()
    for p in re.split(r"\n\s*\n", text):
        p = " ".join(p.split())
        if len(p) > 80 and p not in seen:
            seen.add(p)
            real.append(p)
if real:
    os.makedirs(f"{work}/real")
    write(f"{work}/real/a.md", real)
    random.seed(790)
    ps = real
    for _ in range(4):
        ps = edit(ps)
    write(f"{work}/real/b.md", ps, 1)
    with open(f"{work}/real/count", "w") as f:
        f.write(str(len(real)))
ps = paragraphs(400)
versions = []
for v in range(80):
    versions.append(ps)
    ps = edit(ps)
for n in (10, 20, 40, 80):
    os.makedirs(f"{work}/rev{n}")
    for v in range(n):
        write(f"{work}/rev{n}/v{v:03}.md", versions[v], v)
outlets = ["Herald", "Post", "Wire", "Times", "Courier", "Ledger"]
def folder(path, n):
    os.makedirs(path)
    for a in range(n):
        with open(f"{path}/a{a:05}.md", "w") as f:
            f.write(f"---\ntitle: Story {a}\nsource: {outlets[a % 6]}\ndate: 2024-06-{a % 28 + 1:02}\n---\n\n")
            f.write("\n\n".join(random.choice(pool) for _ in range(6)) + "\n")
for n in (1000, 3000, 10000, 30000):
    folder(f"{work}/articles{n}", n)
os.makedirs(f"{work}/huge")
words = "police said the fire spread through the building and residents were evacuated while officials counted".split()
with open(f"{work}/huge/paragraph-5mb.txt", "w") as f:
    out, n = [], 0
    while n < 5_000_000:
        s = " ".join(random.choice(words) for _ in range(14)) + f" {random.randint(2, 900)} people hurt."
        out.append(s); n += len(s) + 1
    f.write("A long paragraph\n\n" + " ".join(out) + "\n")
with open(f"{work}/huge/million-paragraphs.txt", "w") as f:
    f.write("A million paragraphs\n\n")
    for i in range(1_000_000):
        f.write(f"Short line {i % 977} here.\n\n")
with open(f"{work}/huge/line-60mb.txt", "w") as f:
    chunk = " ".join(random.choice(words) for _ in range(1000)) + " 42 people "
    f.write("One line\n\n" + chunk * (60_000_000 // len(chunk)) + "\n")
os.makedirs(f"{work}/huge/revisions-5000")
ps = paragraphs(5000)
write(f"{work}/huge/revisions-5000/a.md", ps)
for _ in range(100):
    ps = edit(ps)
write(f"{work}/huge/revisions-5000/b.md", ps, 1)
folder(f"{work}/huge/articles-3000", 3000)
PY

# Median seconds, the largest peak (MB) and the last exit status of
# `runs` runs of a command; the last run's stderr is left in $work/stderr.
measure() {
    local times=() peaks=() code
    for _ in $(seq "$runs"); do
        local out
        /usr/bin/time -o "$work/time" -f "%e %M %x" "$@" >/dev/null 2>"$work/stderr" || true
        read -r t m code < <(tail -1 "$work/time")
        times+=("$t")
        peaks+=("$m")
    done
    local median peak
    median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
    peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
    echo "$median $((peak / 1024)) $code"
}

# Median seconds of `runs` (at least 9) runs, timed to the microsecond:
# /usr/bin/time reads only hundredths, too coarse for a listing. With
# PRECISE_DIGITS, that many decimals (3 by default).
precise() {
    python3 - "$runs" "${PRECISE_DIGITS:-3}" "$@" <<'TIMED'
import statistics, subprocess, sys, time
runs, digits, command = max(int(sys.argv[1]), 9), int(sys.argv[2]), sys.argv[3:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"{statistics.median(times):.{digits}f}")
TIMED
}

# $1 over $2 as "Nx", with $3 decimals; a time too small to read counts
# as 5 ms, or as $4 seconds when given.
ratio() {
    python3 -c "print(f'{$1 / max($2, ${4:-0.005}):.${3}f}x')"
}

# What one doubling of the input costs, from time $1 at size $3 to time
# $2 at size $4: the ratio itself for a doubling, its share per doubling
# for a larger step (1k -> 3k is 1.58 doublings).
doubling() {
    python3 -c "import math; print(f'{($2 / $1) ** (1 / math.log2($4 / $3)):.2f}x')"
}

huge() {
    echo "| huge input | command | time | peak | exit | what was cut (stderr) |"
    echo "|---|---|---|---|---|---|"
    for f in paragraph-5mb.txt million-paragraphs.txt line-60mb.txt revisions-5000 articles-3000; do
        for cmd in "claims" "export --format json" "stories"; do
            # shellcheck disable=SC2086
            read -r t m x < <(measure timeout 60 "$bin" $cmd "$work/huge/$f")
            cut=$(grep -o 'note: [a-z]*: [^(;]*' "$work/stderr" | head -1 | cut -c7- || true)
            echo "| ${f%.txt} | $cmd | $t s | $m MB | $x | ${cut:-nothing} |"
        done
    done
}
if [ "$only" = huge ]; then
    huge
    exit
fi

# The doubling rows are timed to the millisecond (median of at least 9),
# their peak memory from GNU time, with what each doubling cost.
echo "| pair of | export --format text | a doubling | peak | git diff --no-index --word-diff | ratio |"
echo "|---|---|---|---|---|---|"
last=""
for n in 1000 2000 4000 8000; do
    read -r _ m _ < <(measure "$bin" export --format text "$work/pair$n/a.md" "$work/pair$n/b.md")
    t=$(precise "$bin" export --format text "$work/pair$n/a.md" "$work/pair$n/b.md")
    g=$(PRECISE_DIGITS=4 precise git diff --no-index --word-diff "$work/pair$n/a.md" "$work/pair$n/b.md")
    d=${last:+$(doubling "$last" "$t" $((n / 2)) "$n")}
    echo "| $n paragraphs | $t s | ${d:-} | $m MB | $g s | $(ratio "$t" "$g" 0 0.0001) |"
    last=$t
done
# The real pair is quick: both timed to the microsecond.
if [ -d "$work/real" ]; then
    read -r _ m _ < <(measure "$bin" export --format text "$work/real/a.md" "$work/real/b.md")
    t=$(PRECISE_DIGITS=4 precise "$bin" export --format text "$work/real/a.md" "$work/real/b.md")
    g=$(PRECISE_DIGITS=4 precise git diff --no-index --word-diff "$work/real/a.md" "$work/real/b.md")
    echo "| real reporting, $(cat "$work/real/count") paragraphs once each | $t s | | $m MB | $g s | $(ratio "$t" "$g" 0 0.0001) |"
fi
echo
echo "| versions of a 400-paragraph story | export --format json | a doubling | peak | claims | a doubling | peak |"
echo "|---|---|---|---|---|---|---|"
last=""
for n in 10 20 40 80; do
    read -r _ m _ < <(measure "$bin" export --format json "$work/rev$n")
    read -r _ cm _ < <(measure "$bin" claims "$work/rev$n")
    t=$(precise "$bin" export --format json "$work/rev$n")
    c=$(precise "$bin" claims "$work/rev$n")
    d="" dc=""
    if [ -n "$last" ]; then
        d=$(doubling "${last% *}" "$t" $((n / 2)) "$n")
        dc=$(doubling "${last#* }" "$c" $((n / 2)) "$n")
    fi
    echo "| $n | $t s | ${d:-} | $m MB | $c s | ${dc:-} | $cm MB |"
    last="$t $c"
done
echo
huge
echo
# The index cache is filled by a first run, then read by the timed ones;
# --no-cache reads and parses every file, as a first run does.
echo "| folder of | list --format json, index cached | a doubling | --no-cache | peak | wc -w | cached / wc | no cache / wc |"
echo "|---|---|---|---|---|---|---|---|"
last=""
for n in 1000 3000 10000 30000; do
    folder="$work/articles$n"
    "$bin" list --format json "$folder" >/dev/null
    read -r _ m _ < <(measure "$bin" list --format json "$folder")
    t=$(precise "$bin" list --format json "$folder")
    u=$(precise "$bin" --no-cache list --format json "$folder")
    w=$(precise sh -c "find '$folder' -name '*.md' -print0 | xargs -0 wc -w")
    d=${last:+$(doubling "${last% *}" "$t" "${last#* }" "$n")}
    echo "| $n articles | $t s | ${d:-} | $u s | $m MB | $w s | $(ratio "$t" "$w" 2) | $(ratio "$u" "$w" 2) |"
    last="$t $n"
done
echo
# On this generator's 143 paragraphs every article shares its heavy terms
# with thousands of others: each is scored against 64 of them
# (story_partners), and stderr says so.
echo "| folder of | stories | a doubling | peak |"
echo "|---|---|---|---|"
last=""
for n in 1000 3000 10000 30000; do
    read -r _ sm x < <(measure timeout 60 "$bin" stories "$work/articles$n")
    if [ "$x" = 124 ]; then
        echo "| $n articles | over 60 s | | $sm MB |"
        continue
    fi
    s=$(precise "$bin" stories "$work/articles$n")
    d=${last:+$(doubling "${last% *}" "$s" "${last#* }" "$n")}
    echo "| $n articles | $s s | ${d:-} | $sm MB |"
    last="$s $n"
done
