"""CUAD v1: document-level and span-level figures for 17 categories."""

import collections
import json
import os

import metrics
from common import (SEVERITY_RANK, TextMap, any_selected, findings_of,
                    pick_worst, read_segments, snippet)

# ../shared/README.md: the CUAD categories that correspond to clause types.
CATEGORY_TYPES = {
    "IP Ownership Assignment": ("ip.assignment",),
    "Joint IP Ownership": ("ip.joint-ownership",),
    "License Grant": ("ip.license-grant",),
    "Irrevocable or Perpetual License": ("ip.perpetual-license",),
    "Non-Transferable License": ("ip.non-transferable",),
    "Source Code Escrow": ("exit.escrow",),
    "Cap on Liability": ("liability.cap",),
    "Uncapped Liability": ("liability.uncapped",),
    "Insurance": ("liability.insurance",),
    "Warranty Duration": ("liability.warranty-duration",),
    "Audit Rights": ("gov.audit",),
    "Post-Termination Services": ("exit.post-termination",),
    "Termination for Convenience": ("exit.termination-convenience",),
    "Change of Control": ("commercial.change-of-control",),
    "Anti-Assignment": ("commercial.anti-assignment",),
    "Exclusivity": ("commercial.exclusivity",),
    "Governing Law": ("commercial.governing-law",),
}

TARGET_MACRO_F1 = 0.85
TARGET_MIN_F1 = 0.70
TARGET_SPAN_RECALL = 0.80
TARGET_SPAN_PRECISION = 0.44

COLUMNS = [
    ("category", "category", "str"),
    ("types", "type", "str"),
    ("gold_docs", "docs", "int"),
    ("tp", "TP", "int"), ("fp", "FP", "int"), ("fn", "FN", "int"),
    ("precision", "P", "ratio"), ("recall", "R", "ratio"), ("f1", "F1", "ratio"),
    ("span_gold", "spans", "int"), ("span_reported", "rep", "int"),
    ("span_precision", "span P", "ratio"), ("span_recall", "span R", "ratio"),
]


class Corpus:
    name = "cuad"

    def __init__(self, shared, selectors):
        self.root = os.path.abspath(os.path.join(shared, "corpus", "cuad"))
        self.text_dir = os.path.join(self.root, "text")
        self.categories = [c for c in CATEGORY_TYPES
                           if any_selected(CATEGORY_TYPES[c], selectors)]
        self.names = sorted(n for n in os.listdir(self.text_dir) if n.endswith(".txt"))
        # gold[category][name] = list of spans, each a list of segments
        self.gold = {c: collections.defaultdict(list) for c in self.categories}
        seen = set()
        with open(os.path.join(self.root, "spans.jsonl"), encoding="utf-8") as fp:
            for line in fp:
                rec = json.loads(line)
                cat = rec["category"]
                if cat not in self.gold:
                    continue
                segs = [tuple(s) for s in rec["segments"]]
                key = (rec["file"], cat, tuple(segs))
                if key in seen:
                    continue
                seen.add(key)
                # A span with no segments still says the contract has the
                # clause: it counts at document level only.
                self.gold[cat][rec["file"]].append(segs)

    def files(self):
        return [os.path.join(self.text_dir, n) for n in self.names] if self.categories else []

    def evaluate(self, docs, worst_n):
        rows, worst, rules = [], [], collections.defaultdict(lambda: [0, 0])
        pooled = metrics.SpanTally()
        datas, preds = {}, {}
        for n in self.names:
            path = os.path.join(self.text_dir, n)
            with open(path, "rb") as fp:
                datas[n] = fp.read()
            preds[n] = findings_of(docs[path], TextMap(datas[n]))
        for cat in self.categories:
            types = CATEGORY_TYPES[cat]
            gold = self.gold[cat]
            tally = metrics.SpanTally()
            pred_docs, fps, misses = set(), [], []
            for n in self.names:
                by_span = {}
                for f in preds[n]:
                    if f.type in types:
                        by_span.setdefault(f.span, []).append(f)
                if by_span:
                    pred_docs.add(n)
                spans = sorted(by_span)
                gspans = [g for g in gold.get(n, []) if g]
                found, correct = metrics.match_spans(gspans, spans)
                tally.add(found, correct)
                for span, ok in zip(spans, correct):
                    for f in by_span[span]:
                        rules[f.rule][0] += 1
                        rules[f.rule][1] += ok
                    if not ok:
                        f = max(by_span[span], key=lambda x: SEVERITY_RANK.get(x.severity, 0))
                        fps.append({"tier": 0 if n not in gold else 1,
                                    "severity": f.severity, "file": n,
                                    "start": span[0], "end": span[1],
                                    "rule": ",".join(sorted(set(x.rule for x in by_span[span]))),
                                    "text": snippet(f.text)})
                for segs, ok in zip(gspans, found):
                    if not ok:
                        misses.append({"tier": 0 if n not in pred_docs else 1,
                                       "file": n, "start": segs[0][0], "end": segs[-1][1],
                                       "text": snippet(read_segments(datas[n], segs))})
            tp, fp, fn, _ = metrics.doc_confusion(gold.keys(), pred_docs, self.names)
            p, r, f1 = metrics.prf(tp, fp, fn)
            pooled.merge(tally)
            rows.append({"category": cat, "types": ",".join(types),
                         "gold_docs": len(gold), "tp": tp, "fp": fp, "fn": fn,
                         "precision": p, "recall": r, "f1": f1,
                         "span_gold": tally.n_gold, "span_found": tally.found,
                         "span_reported": tally.n_pred, "span_correct": tally.correct,
                         "span_precision": tally.precision, "span_recall": tally.recall})
            group = "%s (%s)" % (cat, ",".join(types))
            for c in pick_worst(fps, worst_n):
                worst.append(dict(c, group=group, kind="false alarm"))
            for c in pick_worst(misses, worst_n):
                worst.append(dict(c, group=group, kind="miss"))
        return self._result(rows, pooled, worst, rules)

    def _result(self, rows, pooled, worst, rules):
        f1s = [r["f1"] for r in rows]
        macro_f1 = metrics.macro(f1s)
        defined = [v for v in f1s if v is not None]
        min_f1 = min(defined) if defined else None
        lowest = [r["category"] for r in rows if r["f1"] is not None and r["f1"] == min_f1]
        macro_sp = metrics.macro(r["span_precision"] for r in rows)
        macro_sr = metrics.macro(r["span_recall"] for r in rows)
        subset = len(rows) < len(CATEGORY_TYPES)
        scope = " (%d of %d categories)" % (len(rows), len(CATEGORY_TYPES)) if subset else ""
        sp, sr = pooled.precision, pooled.recall
        targets = [
            {"name": "document macro F1" + scope, "value": macro_f1,
             "basis": "%d categories" % len(defined),
             "target": ">= %.2f" % TARGET_MACRO_F1,
             "pass": macro_f1 is not None and macro_f1 >= TARGET_MACRO_F1},
            {"name": "lowest category F1" + scope, "value": min_f1,
             "basis": ", ".join(lowest[:3]) + (" ..." if len(lowest) > 3 else ""),
             "target": ">= %.2f" % TARGET_MIN_F1,
             "pass": min_f1 is not None and min_f1 >= TARGET_MIN_F1},
            {"name": "span recall (pooled)" + scope, "value": sr,
             "basis": "%d of %d spans" % (pooled.found, pooled.n_gold),
             "target": ">= %.2f" % TARGET_SPAN_RECALL,
             "pass": sr is not None and sr >= TARGET_SPAN_RECALL},
            {"name": "span precision (pooled) at that recall" + scope, "value": sp,
             "basis": "%d of %d reported" % (pooled.correct, pooled.n_pred),
             "target": "> %.2f at recall >= %.2f" % (TARGET_SPAN_PRECISION, TARGET_SPAN_RECALL),
             "pass": (sp is not None and sr is not None and sp > TARGET_SPAN_PRECISION
                      and sr >= TARGET_SPAN_RECALL)},
        ]
        return {
            "corpus": self.name,
            "title": "CUAD v1: %d contracts, document and span level" % len(self.names),
            "documents": len(self.names),
            "tables": [{"title": "per category", "columns": COLUMNS, "rows": rows}],
            "summary": {"macro_f1": macro_f1, "min_f1": min_f1,
                        "span": pooled.as_dict(),
                        "span_macro_precision": macro_sp, "span_macro_recall": macro_sr},
            "targets": targets,
            "rules": {k: {"reported": v[0], "correct": v[1]} for k, v in sorted(rules.items())},
            "worst": worst,
        }
