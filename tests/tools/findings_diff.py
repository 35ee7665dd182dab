#!/usr/bin/env python3
"""Compare the findings of two aiclause JSON reports of one contract.

    findings_diff.py A.json B.json

Two reports agree when they hold the same (rule, type, stance, clause
number) findings, as a set: offsets, line and paragraph numbers differ
between a contract's text and DOCX forms and are not compared, and nor is
how often a finding recurs in a clause, because a table row is one line of
text but one paragraph per cell in DOCX (each cell alone may say too little
for a rule).  Prints the differences and exits 1 when there are any.
"""
import json
import sys


def findings(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    doc = report["documents"][0]
    return {(c["rule"], c["type"], c["stance"], c["clause_number"]) for c in doc["clauses"]}


def main():
    a, b = findings(sys.argv[1]), findings(sys.argv[2])
    only_a, only_b = a - b, b - a
    for f in sorted(only_a, key=str):
        print("only in %s: %s" % (sys.argv[1], f))
    for f in sorted(only_b, key=str):
        print("only in %s: %s" % (sys.argv[2], f))
    return 1 if only_a or only_b else 0


if __name__ == "__main__":
    sys.exit(main())
