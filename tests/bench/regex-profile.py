#!/usr/bin/env python3
"""Sums, per pattern, what a binary built with -DAICLAUSE_REGEX_PROFILE
wrote to standard error (src/engine.c says how to build one).

    aiclause -q -j1 -f json review FILES 2>prof.txt >/dev/null
    python3 tests/bench/regex-profile.py prof.txt [N]

Prints the totals (interpreted runs, JIT runs, JIT compilations), then the
N (default 25) patterns that cost most in all, with their runs in the
interpreter and compiled, the work counted, and their compilation.  Runs
over OUTLIER_NS, and compilations over four times that, are left out: on a shared machine they are the scheduler,
not the pattern.
"""
import collections
import sys

OUTLIER_NS = 500000


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: regex-profile.py PROFILE [N]")
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    runs = collections.defaultdict(lambda: [[0, 0, 0], [0, 0, 0]])  # per mode: n, ns, work
    comp = {}
    dropped = 0
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.split()
            if len(w) == 6 and w[0] == "regex":
                ns = int(w[3])
                if ns > OUTLIER_NS:
                    dropped += 1
                    continue
                r = runs[w[1]][int(w[2])]
                r[0] += 1
                r[1] += ns
                r[2] += int(w[4])
            elif len(w) == 5 and w[0] == "jit":
                ns = int(w[2])
                if ns > 4 * OUTLIER_NS:
                    dropped += 1
                    continue
                comp[w[1]] = (ns, int(w[3]), int(w[4]))
    for mode, name in ((0, "interpreted"), (1, "JIT")):
        n = sum(r[mode][0] for r in runs.values())
        ns = sum(r[mode][1] for r in runs.values())
        pats = sum(1 for r in runs.values() if r[mode][0])
        print(f"{name:12} {n:8d} runs {ns / 1e6:9.1f} ms  {pats} patterns")
    cns = sum(c[0] for c in comp.values())
    print(f"{'compiled':12} {len(comp):8d} pats {cns / 1e6:9.1f} ms  "
          f"{sum(c[2] for c in comp.values())} bytes of JIT code")
    if dropped:
        print(f"({dropped} runs or compilations left out as outliers)")
    cost = {k: r[0][1] + r[1][1] + comp.get(k, (0,))[0] for k, r in runs.items()}
    print(f"\n{'ms':>7} {'interp n/ms/work':>22} {'jit n/ms/work':>24} {'compile us/size':>18}  pattern")
    for k in sorted(cost, key=cost.get, reverse=True)[:top]:
        i, j = runs[k]
        c = comp.get(k)
        cs = f"{c[0] / 1e3:7.0f} {c[1]:8d}" if c else ""
        print(f"{cost[k] / 1e6:7.2f} {i[0]:5d} {i[1] / 1e6:7.2f} {i[2]:8d}"
              f" {j[0]:6d} {j[1] / 1e6:7.2f} {j[2]:9d} {cs:>18}  {k}")


if __name__ == "__main__":
    main()
