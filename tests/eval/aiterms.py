"""AI vendor terms: per-type document F1 and stance agreement.

labels.json labels 12 documents for 22 clause types: present or not, the
stance toward the customer, and evidence quotes at byte offsets.  The other
documents of the collection have no labels; they are reviewed too, so that
an error or a bad quote on any of them fails the run, and their finding
counts are shown.
"""

import collections
import hashlib
import json
import os

import metrics
from common import (HarnessError, SEVERITY_RANK, TextMap, findings_of,
                    pick_worst, snippet, type_selected)

TARGET_MACRO_F1 = 0.80
TARGET_STANCE = 0.90
KEY_TYPE = "data.training"

COLUMNS = [
    ("type", "type", "str"),
    ("gold_docs", "docs", "int"),
    ("tp", "TP", "int"), ("fp", "FP", "int"), ("fn", "FN", "int"),
    ("precision", "P", "ratio"), ("recall", "R", "ratio"), ("f1", "F1", "ratio"),
    ("evidence", "evid", "int"), ("evidence_found", "found", "int"),
    ("stance_right", "st ok", "int"), ("stance", "stance", "ratio"),
    ("doc_stance", "doc st", "ratio"),
]
OTHER_COLUMNS = [
    ("file", "unlabelled document", "str"),
    ("findings", "findings", "int"),
    ("types", "types", "int"),
    ("adverse", "adverse", "int"),
]


class Corpus:
    name = "ai-terms"

    def __init__(self, shared, selectors):
        self.root = os.path.abspath(os.path.join(shared, "corpus", "ai-terms"))
        with open(os.path.join(self.root, "labels.json"), encoding="utf-8") as fp:
            self.labels = json.load(fp)
        types = set()
        for entry in self.labels:
            types.update(entry["labels"])
        self.types = sorted(t for t in types if type_selected(t, selectors))
        labelled = set(e["doc"] for e in self.labels)
        self.others = []
        for sub in sorted(os.listdir(self.root)):
            d = os.path.join(self.root, sub)
            if not os.path.isdir(d):
                continue
            for n in sorted(os.listdir(d)):
                rel = sub + "/" + n
                if n.endswith(".md") and rel not in labelled:
                    self.others.append(rel)

    def files(self):
        if not self.types:
            return []
        return [os.path.join(self.root, e["doc"]) for e in self.labels] + \
            [os.path.join(self.root, rel) for rel in self.others]

    def _load(self, entry):
        with open(os.path.join(self.root, entry["doc"]), "rb") as fp:
            data = fp.read()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise HarnessError("%s: the file has changed since it was labelled "
                               "(sha256 differs)" % entry["doc"])
        for t, lab in entry["labels"].items():
            for ev in lab.get("evidence", []):
                got = data[ev["start"]:ev["end"]].decode("utf-8", "replace")
                if got != ev["quote"]:
                    raise HarnessError("%s: %s evidence at [%d, %d) is not its quote"
                                       % (entry["doc"], t, ev["start"], ev["end"]))
        return data

    def evaluate(self, docs, worst_n):
        preds = {}
        for e in self.labels:
            data = self._load(e)
            preds[e["doc"]] = findings_of(docs[os.path.join(self.root, e["doc"])],
                                          TextMap(data))
        names = [e["doc"] for e in self.labels]
        rows, worst = [], []
        rules = collections.defaultdict(lambda: [0, 0])
        all_found = all_right = key_found = key_right = 0
        for t in self.types:
            gold_docs, pred_docs = set(), set()
            n_ev = ev_found = ev_right = doc_st_n = doc_st_right = 0
            fps, misses, wrong = [], [], []
            for e in self.labels:
                n = e["doc"]
                lab = e["labels"].get(t)
                fs = [f for f in preds[n] if f.type == t]
                present = bool(lab and lab.get("present"))
                if present:
                    gold_docs.add(n)
                if fs:
                    pred_docs.add(n)
                for f in fs:
                    rules[f.rule][0] += 1
                    rules[f.rule][1] += present
                if fs and not present:
                    for f in fs:
                        fps.append({"tier": 0, "severity": f.severity, "file": n,
                                    "start": f.start, "end": f.end, "rule": f.rule,
                                    "stance": f.stance, "text": snippet(f.text)})
                if not present:
                    continue
                want = lab.get("stance")
                evidence = lab.get("evidence", [])
                if not fs:
                    n_ev += len(evidence)
                    for ev in evidence[:1]:
                        misses.append({"tier": 0, "file": n, "start": ev["start"],
                                       "end": ev["end"], "stance": want,
                                       "text": snippet(ev["quote"])})
                    continue
                if want:
                    doc_st_n += 1
                    doc_st_right += metrics.resolve_stance(f.stance for f in fs) == want
                for ev in evidence:
                    n_ev += 1
                    on = [f for f in fs if metrics.overlaps(f.span, (ev["start"], ev["end"]))]
                    if not on:
                        misses.append({"tier": 1, "file": n, "start": ev["start"],
                                       "end": ev["end"], "stance": want,
                                       "text": snippet(ev["quote"])})
                        continue
                    ev_found += 1
                    got = metrics.resolve_stance(f.stance for f in on)
                    if not want:
                        continue
                    ok = got == want
                    ev_right += ok
                    all_found += 1
                    all_right += ok
                    if t == KEY_TYPE:
                        key_found += 1
                        key_right += ok
                    if not ok:
                        f = next(x for x in on if x.stance == got)
                        wrong.append({"tier": 0, "severity": f.severity, "file": n,
                                      "start": f.start, "end": f.end, "rule": f.rule,
                                      "stance": "%s, labelled %s" % (got, want),
                                      "text": snippet(f.text)})
            tp, fp, fn, _ = metrics.doc_confusion(gold_docs, pred_docs, names)
            p, r, f1 = metrics.prf(tp, fp, fn)
            rows.append({"type": t, "gold_docs": len(gold_docs), "tp": tp, "fp": fp,
                         "fn": fn, "precision": p, "recall": r, "f1": f1,
                         "evidence": n_ev, "evidence_found": ev_found,
                         "stance_right": ev_right,
                         "stance": metrics.ratio(ev_right, ev_found),
                         "doc_stance": metrics.ratio(doc_st_right, doc_st_n)})
            for kind, cands in (("false alarm", fps), ("miss", misses),
                                ("wrong stance", wrong)):
                for c in pick_worst(cands, worst_n):
                    worst.append(dict(c, group=t, kind=kind))
        other_rows = self._others(docs)
        macro_f1 = metrics.macro(r["f1"] for r in rows)
        stance = metrics.ratio(all_right, all_found)
        key_stance = metrics.ratio(key_right, key_found)
        scope = "" if len(self.types) >= 22 else " (%d types)" % len(self.types)
        targets = [
            {"name": "macro F1 over labelled types" + scope, "value": macro_f1,
             "basis": "%d types" % sum(r["f1"] is not None for r in rows),
             "target": ">= %.2f" % TARGET_MACRO_F1,
             "pass": macro_f1 is not None and macro_f1 >= TARGET_MACRO_F1},
            {"name": "stance right, clauses found" + scope, "value": stance,
             "basis": "%d of %d" % (all_right, all_found),
             "target": ">= %.2f" % TARGET_STANCE,
             "pass": stance is not None and stance >= TARGET_STANCE},
        ]
        if KEY_TYPE in self.types:
            targets.append({"name": "stance right, %s clauses found" % KEY_TYPE,
                            "value": key_stance,
                            "basis": "%d of %d" % (key_right, key_found), "target": ">= %.2f" % TARGET_STANCE,
                            "pass": key_stance is not None and key_stance >= TARGET_STANCE})
        return {
            "corpus": self.name,
            "title": "AI vendor terms: %d labelled documents, %d types; %d unlabelled reviewed"
                     % (len(names), len(self.types), len(self.others)),
            "documents": len(names) + len(self.others),
            "tables": [{"title": "per clause type (document level; stance on evidence found)",
                        "columns": COLUMNS, "rows": rows},
                       {"title": "unlabelled documents (findings of the selected types)",
                        "columns": OTHER_COLUMNS, "rows": other_rows, "hidden": True}],
            "notes": ["%d unlabelled documents reviewed: %d findings of the "
                      "selected types (per document in --json)"
                      % (len(other_rows), sum(r["findings"] for r in other_rows))],
            "summary": {"macro_f1": macro_f1, "stance": stance,
                        "stance_clauses": all_found, "key_stance": key_stance},
            "targets": targets,
            "rules": {k: {"reported": v[0], "in_labelled_doc": v[1]}
                      for k, v in sorted(rules.items())},
            "worst": worst,
        }

    def _others(self, docs):
        rows = []
        for rel in self.others:
            path = os.path.join(self.root, rel)
            with open(path, "rb") as fp:
                fs = [f for f in findings_of(docs[path], TextMap(fp.read()))
                      if f.type in self.types]
            rows.append({"file": rel, "findings": len(fs),
                         "types": len(set(f.type for f in fs)),
                         "adverse": sum(f.stance == "adverse" for f in fs)})
        return rows
