"""Metric functions for the eval harness: pure, small, unit-tested.

Spans are (start, end) byte ranges, end exclusive.  A labelled span may be
made of several segments (CUAD skips page furniture inside a clause); it is
given as a list of (start, end) pairs.  Two ranges overlap when they share
at least one byte.
"""

STANCES = ("protective", "adverse", "neutral")

# When several findings speak about one clause, the reader's verdict is the
# one the checklist would draw: a red flag outweighs protection, protection
# outweighs mere presence.
_STANCE_PRECEDENCE = ("adverse", "protective", "neutral")


def ratio(num, den):
    """num / den, or None when den is 0 (the figure is undefined)."""
    return num / den if den else None


def f1_counts(tp, fp, fn):
    """F1 from counts: 2tp / (2tp + fp + fn); None when there is nothing."""
    return ratio(2 * tp, 2 * tp + fp + fn)


def prf(tp, fp, fn):
    """(precision, recall, F1) from document-level counts; None = undefined."""
    return ratio(tp, tp + fp), ratio(tp, tp + fn), f1_counts(tp, fp, fn)


def harmonic(p, r):
    """F1 from a precision and a recall measured on different sides (spans).

    0 when nothing labelled was found (recall 0, even with nothing reported,
    so precision undefined); otherwise None when either is undefined.
    """
    if r == 0:
        return 0.0
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def macro(values):
    """Mean of the defined values, or None when none is defined."""
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def overlaps(a, b):
    """Do ranges a and b share at least one byte?"""
    return a[0] < b[1] and b[0] < a[1]


def overlaps_any(span, segments):
    """Does span overlap any of the segments?"""
    return any(overlaps(span, seg) for seg in segments)


def match_spans(gold, pred):
    """Span-level matching within one document and one clause type.

    gold: list of labelled spans, each a list of segments.
    pred: list of reported (start, end) ranges.
    Returns (found, correct): found[i] is True when some prediction overlaps
    gold[i]; correct[j] is True when pred[j] overlaps some gold span.
    """
    found = [False] * len(gold)
    correct = [False] * len(pred)
    for j, p in enumerate(pred):
        for i, segs in enumerate(gold):
            if overlaps_any(p, segs):
                found[i] = True
                correct[j] = True
    return found, correct


def doc_confusion(gold_docs, pred_docs, universe):
    """Document-level counts: (tp, fp, fn, tn) over the documents in universe.

    gold_docs: documents labelled as containing the clause;
    pred_docs: documents where the tool reported it.
    """
    universe = set(universe)
    gold = set(gold_docs) & universe
    pred = set(pred_docs) & universe
    tp = len(gold & pred)
    fp = len(pred - gold)
    fn = len(gold - pred)
    return tp, fp, fn, len(universe) - tp - fp - fn


def resolve_stance(stances):
    """The stance a reader takes from several findings on one clause.

    Adverse wins over protective, protective over neutral; None when there
    is no finding.  Unknown stance names are ignored.
    """
    present = set(stances)
    for s in _STANCE_PRECEDENCE:
        if s in present:
            return s
    return None


class SpanTally:
    """Accumulates span-level counts for one clause type or category.

    n_gold / found: labelled spans and those overlapped by a prediction;
    n_pred / correct: distinct reported spans and those that overlap a
    labelled span.
    """

    def __init__(self):
        self.n_gold = 0
        self.found = 0
        self.n_pred = 0
        self.correct = 0

    def add(self, found, correct):
        self.n_gold += len(found)
        self.found += sum(found)
        self.n_pred += len(correct)
        self.correct += sum(correct)

    def merge(self, other):
        self.n_gold += other.n_gold
        self.found += other.found
        self.n_pred += other.n_pred
        self.correct += other.correct

    @property
    def precision(self):
        return ratio(self.correct, self.n_pred)

    @property
    def recall(self):
        return ratio(self.found, self.n_gold)

    @property
    def f1(self):
        return harmonic(self.precision, self.recall)

    def as_dict(self):
        return {
            "gold": self.n_gold, "found": self.found,
            "reported": self.n_pred, "correct": self.correct,
            "precision": self.precision, "recall": self.recall,
            "f1": self.f1,
        }
