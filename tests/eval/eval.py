#!/usr/bin/env python3
"""make eval: aiclause's accuracy on the labelled corpora in ../shared/corpus.

Runs `aiclause review --format json` over CUAD, CLAUDETTE, the labelled AI
vendor terms and ContractNLI, checks every quote it reports against the
file, and prints per clause type precision, recall and F1, the targets
marked PASS or MISS, and the worst false alarms and misses to read.  The
metrics are defined in tests/eval/README.md.

Exit status: 0 when it measured (whatever the figures), 1 when aiclause
could not read a file or reported a quote that is not the file's text, 2
when the harness could not run at all.
"""

import argparse
import json
import os
import signal
import sys
import tempfile
import time

# The harness runs from a shared working tree: leave no __pycache__ in it.
sys.dont_write_bytecode = True

import aiterms  # noqa: E402
import claudette  # noqa: E402
import contractnli  # noqa: E402
import cuad  # noqa: E402
from common import HarnessError, TextMap, check_clauses, run_aiclause  # noqa: E402

CORPORA = ("cuad", "claudette", "ai-terms", "contractnli")
CORPUS_DIRS = {"cuad": "cuad/spans.jsonl", "claudette": "claudette/spans.jsonl",
               "ai-terms": "ai-terms/labels.json", "contractnli": "contractnli/dev.json"}


def die(msg, status=2):
    print("eval: %s" % msg, file=sys.stderr)
    sys.exit(status)


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog="eval.py", description="Measure aiclause on the labelled corpora.")
    ap.add_argument("--corpus", default=",".join(CORPORA),
                    help="comma-separated: %s (default all)" % ", ".join(CORPORA))
    ap.add_argument("--types", default="",
                    help="comma-separated clause types or areas (liability.cap,data)")
    ap.add_argument("--worst", type=int, default=3, metavar="N",
                    help="examples of each kind of error per type (default 3, 0 none)")
    ap.add_argument("--by-rule", action="store_true",
                    help="also print each rule's reported and correct counts")
    ap.add_argument("--json", metavar="FILE", help="write every figure to FILE as JSON")
    ap.add_argument("--rules", action="append", default=[], metavar="DIR",
                    help="pass --rules DIR to aiclause (repeatable)")
    ap.add_argument("--no-default-rules", action="store_true",
                    help="pass --no-default-rules to aiclause")
    ap.add_argument("--aiclause", default=os.environ.get("AICLAUSE", "build/aiclause"),
                    help="the binary (default $AICLAUSE or build/aiclause)")
    ap.add_argument("--shared", default=os.environ.get("SHARED", "../shared"),
                    help="the shared data (default $SHARED or ../shared)")
    ap.add_argument("--jobs", type=int, default=0, help="aiclause processes at once")
    ap.add_argument("--batch", type=int, default=40, help="files per aiclause call")
    args = ap.parse_args(argv)
    args.corpus = [c.strip() for c in args.corpus.split(",") if c.strip()]
    for c in args.corpus:
        if c not in CORPORA:
            ap.error("unknown corpus '%s' (%s)" % (c, ", ".join(CORPORA)))
    args.types = [t.strip() for t in args.types.split(",") if t.strip()]
    if args.worst < 0 or args.batch < 1 or args.jobs < 0:
        ap.error("--worst, --batch and --jobs take positive numbers")
    return args


def fmt_value(v, kind):
    if v is None:
        return "-"
    if kind == "ratio":
        return "%.3f" % v
    return str(v)


def print_table(out, table):
    cols = table["columns"]
    cells = [[fmt_value(r.get(k), kind) for k, _, kind in cols] for r in table["rows"]]
    heads = [h for _, h, _ in cols]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(heads)]
    left = [kind == "str" for _, _, kind in cols]

    def line(vals):
        parts = [v.ljust(w) if l else v.rjust(w) for v, w, l in zip(vals, widths, left)]
        return "  " + "  ".join(parts).rstrip()

    out.write("\n%s\n" % table["title"])
    out.write(line(heads) + "\n")
    for row in cells:
        out.write(line(row) + "\n")


def verdict(t):
    return "    " if t["pass"] is None else ("PASS" if t["pass"] else "MISS")


def print_result(out, res, by_rule):
    out.write("\n== %s\n" % res["title"])
    for table in res["tables"]:
        if table["rows"] and not table.get("hidden"):
            print_table(out, table)
    for note in res.get("notes", []):
        out.write("\n%s\n" % note)
    out.write("\ntargets\n")
    for t in res["targets"]:
        out.write("  %s  %-48s %6s  %-28s %s\n"
                  % (verdict(t), t["name"], fmt_value(t["value"], "ratio"),
                     "(%s)" % t["target"], t.get("basis", "")))
    if by_rule and res["rules"]:
        out.write("\nrules (reported clauses, those on a labelled clause of their type)\n")
        for rid, c in sorted(res["rules"].items(),
                             key=lambda kv: (-(kv[1]["reported"] - _right(kv[1])), kv[0])):
            out.write("  %5d %5d  %s\n" % (c["reported"], _right(c), rid))
    if res["worst"]:
        out.write("\nto read\n")
        group = None
        for w in res["worst"]:
            if w["group"] != group:
                group = w["group"]
                out.write("  %s\n" % group)
            extra = []
            if w.get("rule"):
                extra.append(w["rule"])
            if w.get("stance"):
                extra.append(w["stance"])
            out.write("    %-12s %s @%d%s\n" % (w["kind"], w["file"], w["start"],
                                              "  [%s]" % "; ".join(extra) if extra else ""))
            out.write("        %s\n" % w["text"])


def _right(c):
    return c.get("correct", c.get("in_labelled_doc", 0))


def load_corpora(args, tmpdir):
    corpus_root = os.path.join(args.shared, "corpus")
    out = []
    for name in args.corpus:
        marker = os.path.join(corpus_root, CORPUS_DIRS[name])
        if not os.path.exists(marker):
            print("eval: skipping %s: %s is absent" % (name, marker), file=sys.stderr)
            continue
        if name == "cuad":
            out.append(cuad.Corpus(args.shared, args.types))
        elif name == "claudette":
            out.append(claudette.Corpus(args.shared, args.types))
        elif name == "ai-terms":
            out.append(aiterms.Corpus(args.shared, args.types))
        else:
            out.append(contractnli.Corpus(args.shared, args.types, tmpdir))
    return out


def check_documents(docs):
    """Unreadable files and quotes that are not the file's text."""
    problems = []
    for path in sorted(docs):
        doc = docs[path]
        if "error" in doc:
            problems.append("%s: aiclause could not read it: %s" % (path, doc["error"]))
            continue
        with open(path, "rb") as fp:
            data = fp.read()
        try:
            tm = TextMap(data)
        except HarnessError as e:
            problems.append("%s: %s" % (path, e))
            continue
        problems.extend("%s: %s" % (path, p) for p in check_clauses(doc, tm))
    return problems


def main(argv):
    args = parse_args(argv)
    if not (os.path.isfile(args.aiclause) and os.access(args.aiclause, os.X_OK)):
        die("no aiclause binary at '%s' (run make, or set AICLAUSE)" % args.aiclause)
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        die("no corpus at '%s' (set SHARED)" % os.path.join(args.shared, "corpus"))
    binary = os.path.abspath(args.aiclause)
    extra = []
    for d in args.rules:
        extra += ["--rules", d]
    if args.no_default_rules:
        extra.append("--no-default-rules")
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="aiclause-eval-") as tmpdir:
        try:
            corpora = load_corpora(args, tmpdir)
            files = []
            for c in corpora:
                files += c.files()
            if not files:
                die("nothing to measure: no corpus has a type chosen by --types")
            docs = run_aiclause(binary, files, extra, batch=args.batch, jobs=args.jobs)
            ran = time.monotonic() - began
            problems = check_documents(docs)
            results = [c.evaluate(docs, args.worst) for c in corpora]
        except HarnessError as e:
            die(str(e), 1)
    out = sys.stdout
    for res in results:
        print_result(out, res, args.by_rule)
    print_summary(out, results)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fp:
            json.dump({"schema": "aiclause-eval/1", "selected_types": args.types,
                       "corpora": results, "problems": problems},
                      fp, indent=1, sort_keys=True, ensure_ascii=False)
            fp.write("\n")
    out.flush()
    print("eval: %d files reviewed in %.1f s, measured in %.1f s"
          % (len(files), ran, time.monotonic() - began - ran), file=sys.stderr)
    if problems:
        for p in problems[:50]:
            print("eval: error: %s" % p, file=sys.stderr)
        if len(problems) > 50:
            print("eval: error: ... and %d more" % (len(problems) - 50), file=sys.stderr)
        return 1
    return 0


def print_summary(out, results):
    out.write("\n== targets\n")
    for res in results:
        for t in res["targets"]:
            out.write("  %s  %-11s %-48s %6s  %-28s %s\n"
                      % (verdict(t), res["corpus"], t["name"],
                         fmt_value(t["value"], "ratio"), "(%s)" % t["target"],
                         t.get("basis", "")))


if __name__ == "__main__":
    # `eval.py | head` should stop quietly, like any filter.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
