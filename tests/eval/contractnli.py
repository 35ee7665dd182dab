"""ContractNLI: does the stance of a finding agree with Entailment or
Contradiction for the hypotheses that are clause types?

The texts are inline in dev.json and its spans are character offsets; each
text is written to a temporary directory as UTF-8 and its evidence spans
converted to byte offsets.
"""

import collections
import json
import os

import metrics
from common import TextMap, any_selected, findings_of, pick_worst, snippet

# Hypothesis -> the clause types that answer it and the stances that say
# "Entailment"; Contradiction is expected to read as adverse.  An NDA has no
# vendor or customer: the receiving party's duties are read as the
# customer's protection.
HYPOTHESES = {
    "nda-4": {"types": ("data.use-limit", "data.confidentiality"),
              "entailment": ("protective",)},
    "nda-16": {"types": ("data.return", "data.deletion"),
               "entailment": ("protective",)},
    "nda-19": {"types": ("exit.survival",),
               "entailment": ("protective", "neutral")},
}
CONTRADICTION = ("adverse",)

COLUMNS = [
    ("hypothesis", "hyp", "str"),
    ("title", "what", "str"),
    ("entailment", "E", "int"), ("contradiction", "C", "int"),
    ("not_mentioned", "NM", "int"),
    ("found", "found", "int"), ("found_rate", "found/EC", "ratio"),
    ("agree", "agree", "int"), ("agreement", "agree/found", "ratio"),
    ("doc_detect", "any", "int"), ("nm_fires", "NM fires", "int"),
]


def char_to_byte(text, offsets):
    """Byte offsets in text's UTF-8 for the given character offsets."""
    out, pos, nbytes = {}, 0, 0
    for off in sorted(set(offsets)):
        nbytes += len(text[pos:off].encode("utf-8"))
        pos = off
        out[off] = nbytes
    return out


class Corpus:
    name = "contractnli"

    def __init__(self, shared, selectors, tmpdir):
        with open(os.path.join(shared, "corpus", "contractnli", "dev.json"),
                  encoding="utf-8") as fp:
            data = json.load(fp)
        self.titles = {k: v["short_description"] for k, v in data["labels"].items()}
        self.hyps = [h for h in sorted(HYPOTHESES, key=lambda h: int(h.split("-")[1]))
                     if any_selected(HYPOTHESES[h]["types"], selectors)]
        self.docs = []
        if not self.hyps:
            return
        for d in data["documents"]:
            text = d["text"]
            name = "nda-%04d.txt" % d["id"]
            path = os.path.join(tmpdir, name)
            with open(path, "wb") as fp:
                fp.write(text.encode("utf-8"))
            ann = d["annotation_sets"][0]["annotations"]
            conv = char_to_byte(text, [o for s in d["spans"] for o in s])
            spans = [(conv[s], conv[e]) for s, e in d["spans"]]
            labels = {}
            for h in self.hyps:
                a = ann.get(h, {"choice": "NotMentioned", "spans": []})
                labels[h] = (a["choice"], [spans[i] for i in a["spans"]])
            self.docs.append({"name": name, "path": path, "labels": labels})

    def files(self):
        return [d["path"] for d in self.docs]

    def evaluate(self, docs, worst_n):
        rows, worst = [], []
        pooled_found = pooled_agree = 0
        preds, datas = {}, {}
        for d in self.docs:
            with open(d["path"], "rb") as fp:
                datas[d["name"]] = fp.read()
            preds[d["name"]] = findings_of(docs[d["path"]], TextMap(datas[d["name"]]))
        for h in self.hyps:
            spec = HYPOTHESES[h]
            counts = collections.Counter()
            found = agree = detect = nm_fires = 0
            misses, wrong, alarms = [], [], []
            for d in self.docs:
                n = d["name"]
                choice, evidence = d["labels"][h]
                counts[choice] += 1
                fs = [f for f in preds[n] if f.type in spec["types"]]
                if choice == "NotMentioned":
                    if fs:
                        nm_fires += 1
                        f = fs[0]
                        alarms.append({"tier": 0, "severity": f.severity, "file": n,
                                       "start": f.start, "end": f.end, "rule": f.rule,
                                       "stance": f.stance, "text": snippet(f.text)})
                    continue
                detect += bool(fs)
                on = [f for f in fs if any(metrics.overlaps(f.span, ev) for ev in evidence)]
                if not on:
                    # The longest piece reads best: some are a bare "2.1".
                    ev = max(evidence, key=lambda s: (s[1] - s[0], -s[0]), default=(0, 0))
                    misses.append({"tier": 0 if not fs else 1, "file": n,
                                   "start": ev[0], "end": ev[1], "stance": choice,
                                   "text": snippet(datas[n][ev[0]:ev[1]].decode("utf-8", "replace"))})
                    continue
                found += 1
                got = metrics.resolve_stance(f.stance for f in on)
                want = spec["entailment"] if choice == "Entailment" else CONTRADICTION
                if got in want:
                    agree += 1
                else:
                    f = next(x for x in on if x.stance == got)
                    wrong.append({"tier": 0, "severity": f.severity, "file": n,
                                  "start": f.start, "end": f.end, "rule": f.rule,
                                  "stance": "%s, labelled %s" % (got, choice),
                                  "text": snippet(f.text)})
            ec = counts["Entailment"] + counts["Contradiction"]
            pooled_found += found
            pooled_agree += agree
            rows.append({"hypothesis": h, "title": self.titles.get(h, ""),
                         "types": list(spec["types"]),
                         "entailment": counts["Entailment"],
                         "contradiction": counts["Contradiction"],
                         "not_mentioned": counts["NotMentioned"],
                         "found": found, "found_rate": metrics.ratio(found, ec),
                         "agree": agree, "agreement": metrics.ratio(agree, found),
                         "doc_detect": detect, "nm_fires": nm_fires})
            group = "%s %s (%s)" % (h, self.titles.get(h, ""), ",".join(spec["types"]))
            for kind, cands in (("miss", misses), ("wrong stance", wrong),
                                ("fires where not mentioned", alarms)):
                for c in pick_worst(cands, worst_n):
                    worst.append(dict(c, group=group, kind=kind))
        agreement = metrics.ratio(pooled_agree, pooled_found)
        return {
            "corpus": self.name,
            "title": "ContractNLI dev: %d NDAs, stance against Entailment/Contradiction"
                     % len(self.docs),
            "documents": len(self.docs),
            "tables": [{"title": "per hypothesis (found = a finding of its types on the evidence)",
                        "columns": COLUMNS, "rows": rows}],
            "summary": {"agreement": agreement, "found": pooled_found, "agree": pooled_agree},
            "targets": [{"name": "stance agreement where found (no target set)",
                         "value": agreement, "basis": "%d of %d" % (pooled_agree, pooled_found),
                         "target": "-", "pass": None}],
            "rules": {},
            "worst": worst,
        }
