#!/usr/bin/env python3
"""How the rules read contracts no one tuned them to.

Each folder under tests/eval/unseen/ holds three short AI agreements that a
helper wrote in a style not seen before (c1.txt .. c3.txt) and EXPECTED.md:
one line per checklist item and contract, "cN<TAB>item<TAB>status<TAB>why",
written by a careful customer-side reader before the binary was run.  This
prints, per set, how many of its items the binary's status disagrees with.

    make eval-unseen, or: AICLAUSE=build/aiclause python3 tests/eval/unseen.py [-v] [SET...]

A disagreement is not always the binary's fault: the readers' calls on
fallback-level terms are judgements, and README.md says which sets were
kept blind (measured, never used for fixes) and which were opened.
"""
import json
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unseen")
DOCS = ("c1", "c2", "c3")


def expected(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 3 and p[0] in DOCS:
                rows[(p[0], p[1])] = p[2].strip()
    return rows


def run_set(binary, folder, verbose):
    files = [os.path.join(folder, d + ".txt") for d in DOCS]
    out = subprocess.run([binary, "review", "-q", "-f", "json"] + files,
                         capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip():
        sys.exit("unseen: %s: aiclause exited %d: %s"
                 % (folder, out.returncode, out.stderr.strip()))
    exp = expected(os.path.join(folder, "EXPECTED.md"))
    total = bad = 0
    for doc, report in zip(DOCS, json.loads(out.stdout)["documents"]):
        for item in report["checklist"]:
            want = exp.get((doc, item["id"]))
            if want is None:
                continue
            total += 1
            if item["status"] != want:
                bad += 1
                if verbose:
                    print("  %s  %-40s expected %-8s got %s"
                          % (doc, item["id"], want, item["status"]))
    return bad, total


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    # In the order written: audit100 after audit99, not before audit79.
    names = [a for a in args if a != "-v"] or sorted(
        (d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d))),
        key=lambda d: (len(d), d))
    binary = os.environ.get("AICLAUSE", "build/aiclause")
    all_bad = all_total = 0
    for name in names:
        bad, total = run_set(binary, os.path.join(HERE, name), verbose)
        print("%-10s %3d of %d items disagree" % (name, bad, total))
        all_bad += bad
        all_total += total
    print("%-10s %3d of %d" % ("all", all_bad, all_total))


if __name__ == "__main__":
    main()
