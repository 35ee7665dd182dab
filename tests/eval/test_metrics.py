#!/usr/bin/env python3
"""Unit tests for the eval harness: python3 tests/eval/test_metrics.py

The metric functions are checked against counts worked out by hand, and the
whole harness is run on a tiny corpus built here, against a stand-in for
aiclause that reports exactly the clauses a test asks for, so that every
figure it prints can be checked.
"""

import json
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import common  # noqa: E402
import contractnli  # noqa: E402
import metrics  # noqa: E402


class TestCounts(unittest.TestCase):
    def test_prf(self):
        p, r, f = metrics.prf(6, 2, 4)
        self.assertAlmostEqual(p, 0.75)
        self.assertAlmostEqual(r, 0.6)
        self.assertAlmostEqual(f, 2 * 0.75 * 0.6 / 1.35)

    def test_prf_undefined(self):
        self.assertEqual(metrics.prf(0, 0, 0), (None, None, None))
        p, r, f = metrics.prf(0, 0, 3)
        self.assertIsNone(p)
        self.assertEqual((r, f), (0.0, 0.0))
        p, r, f = metrics.prf(0, 3, 0)
        self.assertEqual((p, f), (0.0, 0.0))
        self.assertIsNone(r)

    def test_harmonic(self):
        self.assertAlmostEqual(metrics.harmonic(0.5, 1.0), 2 / 3)
        self.assertEqual(metrics.harmonic(None, 0.0), 0.0)
        self.assertEqual(metrics.harmonic(0.0, 0.0), 0.0)
        self.assertIsNone(metrics.harmonic(0.4, None))
        self.assertIsNone(metrics.harmonic(None, 0.5))

    def test_macro_skips_undefined(self):
        self.assertAlmostEqual(metrics.macro([1.0, None, 0.5]), 0.75)
        self.assertIsNone(metrics.macro([None, None]))
        self.assertIsNone(metrics.macro([]))

    def test_doc_confusion(self):
        tp, fp, fn, tn = metrics.doc_confusion({"a", "b", "c"}, {"b", "c", "d", "x"},
                                               ["a", "b", "c", "d", "e"])
        self.assertEqual((tp, fp, fn, tn), (2, 1, 1, 1))


class TestSpans(unittest.TestCase):
    def test_overlap_is_strict(self):
        self.assertTrue(metrics.overlaps((0, 10), (9, 20)))
        self.assertFalse(metrics.overlaps((0, 10), (10, 20)))
        self.assertFalse(metrics.overlaps((10, 20), (0, 10)))
        self.assertTrue(metrics.overlaps((5, 6), (0, 10)))

    def test_match_spans_segments(self):
        # A labelled span in two pieces with page furniture between them:
        # a report that lands only in the gap finds nothing.
        gold = [[(0, 10), (50, 60)], [(100, 120)]]
        found, correct = metrics.match_spans(gold, [(20, 40), (55, 70), (130, 140)])
        self.assertEqual(found, [True, False])
        self.assertEqual(correct, [False, True, False])

    def test_one_report_finds_two_spans(self):
        found, correct = metrics.match_spans([[(0, 5)], [(6, 9)]], [(0, 9)])
        self.assertEqual((found, correct), ([True, True], [True]))

    def test_tally(self):
        t = metrics.SpanTally()
        t.add([True, False, False], [True, False])
        u = metrics.SpanTally()
        u.add([True], [True, True])
        t.merge(u)
        self.assertEqual((t.n_gold, t.found, t.n_pred, t.correct), (4, 2, 4, 3))
        self.assertAlmostEqual(t.precision, 0.75)
        self.assertAlmostEqual(t.recall, 0.5)
        self.assertAlmostEqual(t.f1, 0.6)

    def test_tally_nothing_reported(self):
        t = metrics.SpanTally()
        t.add([False, False], [])
        self.assertIsNone(t.precision)
        self.assertEqual(t.f1, 0.0)


class TestStance(unittest.TestCase):
    def test_precedence(self):
        self.assertEqual(metrics.resolve_stance(["neutral", "adverse", "protective"]),
                         "adverse")
        self.assertEqual(metrics.resolve_stance(["neutral", "protective"]), "protective")
        self.assertEqual(metrics.resolve_stance(iter(["neutral"])), "neutral")
        self.assertIsNone(metrics.resolve_stance([]))
        self.assertIsNone(metrics.resolve_stance(["bogus"]))


class TestTextMap(unittest.TestCase):
    def test_plain(self):
        tm = common.TextMap("abc\ndéf".encode("utf-8"))
        self.assertEqual(tm.text, "abc\ndéf".encode("utf-8"))
        self.assertEqual(tm.to_file(5), 5)

    def test_bom_shifts_by_three(self):
        data = common.BOM + b"Governing law."
        tm = common.TextMap(data)
        self.assertEqual(tm.text, b"Governing law.")
        self.assertEqual(data[tm.to_file(0):tm.to_file(9, end=True)], b"Governing")

    def test_crlf_and_lone_cr(self):
        data = b"one\r\ntwo\rthree\r\nfour"
        tm = common.TextMap(data)
        self.assertEqual(tm.text, b"one\ntwo\nthree\nfour")
        for word in (b"two", b"three", b"four"):
            t = tm.text.index(word)
            self.assertEqual(data[tm.to_file(t):tm.to_file(t + len(word), end=True)], word)

    def test_invalid_utf8_refused(self):
        with self.assertRaises(common.HarnessError):
            common.TextMap(b"caf\xe9")

    def test_check_clauses(self):
        tm = common.TextMap(b"First sentence. Second one.")
        good = {"rule": "r", "start": 16, "end": 27, "match": [16, 22], "text": "Second one."}
        self.assertEqual(common.check_clauses({"clauses": [good]}, tm), [])
        shifted = dict(good, start=15, end=26)
        self.assertEqual(len(common.check_clauses({"clauses": [shifted]}, tm)), 1)
        outside = dict(good, match=[0, 5])
        self.assertEqual(len(common.check_clauses({"clauses": [outside]}, tm)), 1)
        past = dict(good, end=99)
        self.assertEqual(len(common.check_clauses({"clauses": [past]}, tm)), 1)


class TestHelpers(unittest.TestCase):
    def test_snippet(self):
        self.assertEqual(common.snippet("a\n  b\tc"), "a b c")
        long = " ".join(["word"] * 100)
        cut = common.snippet(long, 50)
        self.assertTrue(cut.endswith(" …"))
        self.assertLessEqual(len(cut), 52)

    def test_pick_worst_tiers_and_files(self):
        cands = [{"tier": 1, "file": "a", "start": 0, "text": "x"},
                 {"tier": 0, "file": "b", "start": 5, "text": "y"},
                 {"tier": 0, "file": "b", "start": 9, "text": "z"},
                 {"tier": 0, "file": "c", "start": 1, "text": "w"}]
        got = common.pick_worst(cands, 3)
        self.assertEqual(sorted((c["file"], c["tier"]) for c in got[:2]),
                         [("b", 0), ("c", 0)])
        self.assertEqual(got[2]["file"], "a")
        self.assertEqual(len(common.pick_worst(cands, 10)), 4)
        self.assertEqual(common.pick_worst(cands, 0), [])

    def test_type_selected(self):
        self.assertTrue(common.type_selected("liability.cap", []))
        self.assertTrue(common.type_selected("liability.cap", ["liability"]))
        self.assertTrue(common.type_selected("liability.cap", ["data", "liability.cap"]))
        self.assertFalse(common.type_selected("liability.capx", ["liability.cap"]))
        self.assertFalse(common.type_selected("data.training", ["data.train"]))

    def test_char_to_byte(self):
        text = "é“x”y"
        conv = contractnli.char_to_byte(text, [0, 1, 3, 5, 1])
        self.assertEqual(conv, {0: 0, 1: 2, 3: 6, 5: 10})
        raw = text.encode("utf-8")
        self.assertEqual(raw[conv[1]:conv[3]].decode("utf-8"), "“x")


# A stand-in for aiclause: reports, for each file, the clauses listed for
# its base name in the JSON plan named by $FAKE_PLAN, each as
# [type, stance, rule, start, end] (offsets in the analysed text), and a
# sixth member to quote instead of the text at those offsets; a file
# named in the plan's "unreadable" list gets an error, "crash" exits on a
# signal-like status.
FAKE = textwrap.dedent("""\
    #!%s
    import json, os, sys
    plan = json.load(open(os.environ["FAKE_PLAN"]))
    if plan.get("crash"):
        sys.exit(139)
    files = sys.argv[sys.argv.index("review") + 1:]
    docs, status = [], 0
    for f in files:
        name = os.path.basename(f)
        if name in plan.get("unreadable", []):
            docs.append({"file": f, "format": None, "error": "not a text file"})
            status = 2
            continue
        data = open(f, "rb").read()
        if data.startswith(b"\\xef\\xbb\\xbf"):
            data = data[3:]
        clauses = []
        for c in plan.get(name, []):
            t, s, r, a, b = c[:5]
            quote = c[5] if len(c) > 5 else data[a:b].decode("utf-8")
            clauses.append({"type": t, "stance": s, "rule": r, "severity": "high",
                            "start": a, "end": b, "match": [a, b], "text": quote})
        docs.append({"file": f, "format": "text", "clauses": clauses})
    json.dump({"schema": plan.get("schema", "aiclause-report/1"), "documents": docs},
              sys.stdout)
    sys.exit(status)
    """) % sys.executable


class TestHarness(unittest.TestCase):
    """The whole harness on a made-up CUAD and CLAUDETTE."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = self.tmp.name
        self.shared = os.path.join(root, "shared")
        cuad = os.path.join(self.shared, "corpus", "cuad", "text")
        cl = os.path.join(self.shared, "corpus", "claudette", "text")
        os.makedirs(cuad)
        os.makedirs(cl)
        self.docs = {
            "a.txt": b"This Agreement is governed by the laws of Texas. "
                     b"Neither party may assign this Agreement.",
            "b.txt": b"Licensor's total liability shall not exceed the fees paid. "
                     b"This Agreement is governed by Delaware law.",
            "c.txt": b"Nothing relevant here. Really nothing.",
        }
        for n, data in self.docs.items():
            with open(os.path.join(cuad, n), "wb") as fp:
                fp.write(data)
        spans = [
            {"file": "a.txt", "category": "Governing Law", "segments": [[0, 48]]},
            {"file": "b.txt", "category": "Governing Law", "segments": [[59, 102]]},
            {"file": "a.txt", "category": "Anti-Assignment", "segments": [[49, 89]]},
            {"file": "b.txt", "category": "Cap on Liability", "segments": [[0, 58]]},
            # the same span twice counts once
            {"file": "b.txt", "category": "Cap on Liability", "segments": [[0, 58]]},
            {"file": "c.txt", "category": "Parties", "segments": [[0, 7]]},
        ]
        with open(os.path.join(self.shared, "corpus", "cuad", "spans.jsonl"), "w") as fp:
            for s in spans:
                fp.write(json.dumps(s) + "\n")
        with open(os.path.join(cl, "t.txt"), "wb") as fp:
            fp.write(common.BOM + b"We may change these terms at any time. "
                     b"These terms are governed by the law of Ireland.")
        with open(os.path.join(self.shared, "corpus", "claudette", "spans.jsonl"), "w") as fp:
            fp.write(json.dumps({"file": "t.txt", "category": "ch", "grade": 3,
                                 "start": 3, "end": 42}) + "\n")
            fp.write(json.dumps({"file": "t.txt", "category": "law", "grade": 1,
                                 "start": 42, "end": 89}) + "\n")
        self.fake = os.path.join(root, "aiclause")
        with open(self.fake, "w") as fp:
            fp.write(FAKE)
        os.chmod(self.fake, stat.S_IRWXU)
        self.plan_path = os.path.join(root, "plan.json")

    def tearDown(self):
        self.tmp.cleanup()

    def run_eval(self, plan, *args):
        with open(self.plan_path, "w") as fp:
            json.dump(plan, fp)
        out = os.path.join(self.tmp.name, "out.json")
        env = dict(os.environ, FAKE_PLAN=self.plan_path, AICLAUSE=self.fake,
                   SHARED=self.shared)
        p = subprocess.run([sys.executable, os.path.join(HERE, "eval.py"),
                            "--corpus", "cuad,claudette", "--json", out] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        res = None
        if os.path.exists(out):
            with open(out, encoding="utf-8") as fp:
                res = json.load(fp)
            os.unlink(out)
        return p.returncode, p.stdout.decode(), p.stderr.decode(), res

    @staticmethod
    def row(res, corpus, key, value):
        for c in res["corpora"]:
            if c["corpus"] == corpus:
                for r in c["tables"][0]["rows"]:
                    if r[key] == value:
                        return r
        raise KeyError(value)

    def test_figures(self):
        law = "commercial.governing-law"
        plan = {
            "a.txt": [[law, "neutral", "law.1", 0, 48],
                      ["commercial.anti-assignment", "neutral", "assign.1", 0, 48]],
            "b.txt": [[law, "neutral", "law.1", 59, 102],
                      [law, "neutral", "law.2", 59, 102]],
            "c.txt": [[law, "neutral", "law.1", 0, 22],
                      ["liability.cap", "neutral", "cap.1", 23, 38]],
            # offsets after the BOM
            "t.txt": [["commercial.unilateral-change", "adverse", "ch.1", 0, 39],
                      ["liability.cap", "adverse", "cap.1", 39, 86]],
        }
        status, out, err, res = self.run_eval(plan)
        self.assertEqual(status, 0, err)
        gl = self.row(res, "cuad", "category", "Governing Law")
        # a and b are right, c is a false alarm; two rules on one sentence
        # of b count as one report.
        self.assertEqual((gl["tp"], gl["fp"], gl["fn"]), (2, 1, 0))
        self.assertEqual((gl["span_reported"], gl["span_correct"]), (3, 2))
        self.assertEqual((gl["span_gold"], gl["span_found"]), (2, 2))
        aa = self.row(res, "cuad", "category", "Anti-Assignment")
        # reported on the wrong sentence of a: right document, wrong span
        self.assertEqual((aa["tp"], aa["fp"], aa["fn"]), (1, 0, 0))
        self.assertEqual((aa["span_correct"], aa["span_found"]), (0, 0))
        cap = self.row(res, "cuad", "category", "Cap on Liability")
        self.assertEqual((cap["tp"], cap["fp"], cap["fn"], cap["span_gold"]), (0, 1, 1, 1))
        ch = self.row(res, "claudette", "category", "ch")
        self.assertEqual((ch["found"], ch["reported"], ch["correct"]), (1, 1, 1))
        ltd = self.row(res, "claudette", "category", "ltd")
        self.assertEqual((ltd["reported"], ltd["correct"], ltd["gold"]), (1, 0, 0))
        self.assertIn("false alarm", out)
        self.assertIn("MISS", out)

    def test_types_restrict(self):
        status, out, err, res = self.run_eval({}, "--types", "commercial.governing-law")
        self.assertEqual(status, 0, err)
        cats = [r["category"] for r in res["corpora"][0]["tables"][0]["rows"]]
        self.assertEqual(cats, ["Governing Law"])

    def test_bad_quote_is_an_error(self):
        law = "commercial.governing-law"
        status, _, err, _ = self.run_eval({"a.txt": [[law, "neutral", "law.1", 0, 48]]})
        self.assertEqual(status, 0, err)
        status, _, err, _ = self.run_eval(
            {"a.txt": [[law, "neutral", "law.1", 0, 48, "his Agreement is governed"]]})
        self.assertEqual(status, 1)
        self.assertIn("differs from the file", err)

    def test_unreadable_file_is_an_error(self):
        status, _, err, _ = self.run_eval({"unreadable": ["b.txt"]})
        self.assertEqual(status, 1)
        self.assertIn("could not read", err)

    def test_crash_is_an_error(self):
        status, _, err, _ = self.run_eval({"crash": True})
        self.assertEqual(status, 1)
        self.assertIn("died", err)

    def test_wrong_schema_is_an_error(self):
        status, _, err, _ = self.run_eval({"schema": "aiclause-report/9"})
        self.assertEqual(status, 1)
        self.assertIn("schema", err)

    def test_missing_binary(self):
        env = dict(os.environ, AICLAUSE=os.path.join(self.tmp.name, "nope"),
                   SHARED=self.shared)
        p = subprocess.run([sys.executable, os.path.join(HERE, "eval.py")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"no aiclause binary", p.stderr)


if __name__ == "__main__":
    unittest.main()
