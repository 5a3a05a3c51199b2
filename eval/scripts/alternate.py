#!/usr/bin/env python3
"""Times two builds of newsdiff on one command, runs alternating, so the
machine's drift over minutes falls on both alike; prints each build's
median and quartiles in milliseconds (one process spawn a run).

    eval/scripts/alternate.py RUNS DIR OLD_BINARY NEW_BINARY -- ARGS...

Each build gets its own index cache (the cache is keyed by build), in a
temporary folder removed at the end.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> None:
    if len(sys.argv) < 6 or "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    runs, folder, old, new = sys.argv[1:split]
    args = sys.argv[split + 1 :]
    builds = {"old": old, "new": new}
    times = {name: [] for name in builds}
    with tempfile.TemporaryDirectory() as cache:
        for run in range(int(runs)):
            order = ("old", "new") if run % 2 == 0 else ("new", "old")
            for name in order:
                env = dict(os.environ, NEWSDIFF_CACHE_DIR=os.path.join(cache, name))
                start = time.perf_counter()
                subprocess.run(
                    [builds[name], *args],
                    cwd=folder,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )
                times[name].append((time.perf_counter() - start) * 1000)
    for name, values in times.items():
        values.sort()
        quarter = len(values) // 4
        print(
            f"{name}: median {statistics.median(values):.1f} ms, "
            f"quartiles {values[quarter]:.1f}-{values[-1 - quarter]:.1f} ms"
        )


if __name__ == "__main__":
    main()
