"""CLAUDETTE: sentence-level figures for three unfair-term categories."""

import collections
import json
import os

import metrics
from common import (SEVERITY_RANK, TextMap, any_selected, findings_of,
                    pick_worst, snippet)

# The brief (issue 4): which clause types answer which CLAUDETTE tag.
CATEGORY_TYPES = {
    "ltd": ("liability.cap", "liability.consequential", "liability.disclaimer"),
    "ch": ("commercial.unilateral-change",),
    "law": ("commercial.governing-law",),
}
CATEGORY_TITLES = {
    "ltd": "limitation of liability",
    "ch": "unilateral change",
    "law": "choice of law",
}
TARGET_F1 = 0.80

COLUMNS = [
    ("category", "tag", "str"),
    ("types", "types", "str"),
    ("gold", "sents", "int"),
    ("found", "found", "int"),
    ("reported", "rep", "int"),
    ("correct", "right", "int"),
    ("precision", "P", "ratio"), ("recall", "R", "ratio"), ("f1", "F1", "ratio"),
    ("doc_f1", "doc F1", "ratio"),
]
TYPE_COLUMNS = [
    ("category", "tag", "str"),
    ("type", "type", "str"),
    ("reported", "rep", "int"),
    ("correct", "right", "int"),
    ("precision", "P", "ratio"),
    ("found", "found alone", "int"),
]


class Corpus:
    name = "claudette"

    def __init__(self, shared, selectors):
        self.root = os.path.abspath(os.path.join(shared, "corpus", "claudette"))
        self.text_dir = os.path.join(self.root, "text")
        self.categories = [c for c in CATEGORY_TYPES
                           if any_selected(CATEGORY_TYPES[c], selectors)]
        self.names = sorted(n for n in os.listdir(self.text_dir) if n.endswith(".txt"))
        self.gold = {c: collections.defaultdict(set) for c in self.categories}
        with open(os.path.join(self.root, "spans.jsonl"), encoding="utf-8") as fp:
            for line in fp:
                rec = json.loads(line)
                if rec["category"] in self.gold:
                    self.gold[rec["category"]][rec["file"]].add((rec["start"], rec["end"]))

    def files(self):
        return [os.path.join(self.text_dir, n) for n in self.names] if self.categories else []

    def evaluate(self, docs, worst_n):
        rows, type_rows, worst = [], [], []
        rules = collections.defaultdict(lambda: [0, 0])
        datas, preds = {}, {}
        for n in self.names:
            path = os.path.join(self.text_dir, n)
            with open(path, "rb") as fp:
                datas[n] = fp.read()
            preds[n] = findings_of(docs[path], TextMap(datas[n]))
        for cat in self.categories:
            types = CATEGORY_TYPES[cat]
            tally = metrics.SpanTally()
            per_type = {t: metrics.SpanTally() for t in types}
            pred_docs, fps, misses = set(), [], []
            for n in self.names:
                gold = sorted(self.gold[cat].get(n, ()))
                gsegs = [[g] for g in gold]
                by_span = {}
                for f in preds[n]:
                    if f.type in types:
                        by_span.setdefault(f.span, []).append(f)
                if by_span:
                    pred_docs.add(n)
                spans = sorted(by_span)
                found, correct = metrics.match_spans(gsegs, spans)
                tally.add(found, correct)
                for t in types:
                    tspans = [s for s in spans if any(f.type == t for f in by_span[s])]
                    per_type[t].add(*metrics.match_spans(gsegs, tspans))
                for span, ok in zip(spans, correct):
                    for f in by_span[span]:
                        rules[f.rule][0] += 1
                        rules[f.rule][1] += ok
                    if not ok:
                        f = max(by_span[span], key=lambda x: SEVERITY_RANK.get(x.severity, 0))
                        fps.append({"tier": 0 if n not in self.gold[cat] else 1,
                                    "severity": f.severity, "file": n,
                                    "start": span[0], "end": span[1],
                                    "rule": ",".join(sorted(set(x.rule for x in by_span[span]))),
                                    "text": snippet(f.text)})
                for g, ok in zip(gold, found):
                    if not ok:
                        misses.append({"tier": 0 if n not in pred_docs else 1,
                                       "file": n, "start": g[0], "end": g[1],
                                       "text": snippet(datas[n][g[0]:g[1]].decode("utf-8", "replace"))})
            tp, fp, fn, _ = metrics.doc_confusion(self.gold[cat].keys(), pred_docs, self.names)
            rows.append({"category": cat, "types": ",".join(types),
                         "gold": tally.n_gold, "found": tally.found,
                         "reported": tally.n_pred, "correct": tally.correct,
                         "precision": tally.precision, "recall": tally.recall,
                         "f1": tally.f1, "doc_tp": tp, "doc_fp": fp, "doc_fn": fn,
                         "doc_f1": metrics.f1_counts(tp, fp, fn)})
            for t in types:
                pt = per_type[t]
                type_rows.append({"category": cat, "type": t, "reported": pt.n_pred,
                                  "correct": pt.correct, "precision": pt.precision,
                                  "found": pt.found})
            group = "%s, %s (%s)" % (cat, CATEGORY_TITLES[cat], ",".join(types))
            for c in pick_worst(fps, worst_n):
                worst.append(dict(c, group=group, kind="false alarm"))
            for c in pick_worst(misses, worst_n):
                worst.append(dict(c, group=group, kind="miss"))
        targets = [{"name": "%s sentence F1" % r["category"], "value": r["f1"],
                    "basis": "P %s, R %s" % tuple("-" if v is None else "%.3f" % v
                                                  for v in (r["precision"], r["recall"])),
                    "target": ">= %.2f" % TARGET_F1,
                    "pass": r["f1"] is not None and r["f1"] >= TARGET_F1} for r in rows]
        return {
            "corpus": self.name,
            "title": "CLAUDETTE: %d terms of service, sentence level" % len(self.names),
            "documents": len(self.names),
            "tables": [{"title": "per tag", "columns": COLUMNS, "rows": rows},
                       {"title": "per clause type within a tag", "columns": TYPE_COLUMNS,
                        "rows": type_rows}],
            "summary": {"macro_f1": metrics.macro(r["f1"] for r in rows)},
            "targets": targets,
            "rules": {k: {"reported": v[0], "correct": v[1]} for k, v in sorted(rules.items())},
            "worst": worst,
        }
