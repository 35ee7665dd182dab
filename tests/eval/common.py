"""What every corpus evaluation shares: running aiclause, mapping its offsets
back to the labelled files, checking its quotes, picking examples to read.
"""

import bisect
import concurrent.futures
import hashlib
import json
import os
import subprocess

SCHEMA = "aiclause-report/1"
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
SNIPPET_CHARS = 200
BOM = b"\xef\xbb\xbf"


class HarnessError(Exception):
    """The harness could not measure: binary missing, crash, bad output."""


class TextMap:
    """The text aiclause analyses for a UTF-8 file, and its offsets.

    aiclause drops a UTF-8 BOM and turns CRLF and lone CR into LF; reported
    offsets are into that text.  Labels are byte offsets into the file, so
    every reported offset goes through to_file() before it is compared.
    Anything else (another encoding, invalid UTF-8) would need the loader's
    own conversion: such a file is refused rather than measured wrongly.
    """

    def __init__(self, data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise HarnessError("not valid UTF-8 at byte %d: offsets cannot be mapped"
                               % e.start)
        self.bom = len(BOM) if data.startswith(BOM) else 0
        body = data[self.bom:]
        # Text positions at which a CR was dropped (the CR of a CRLF).
        self._dropped = []
        if b"\r" in body:
            out = bytearray()
            i = 0
            while i < len(body):
                c = body[i]
                if c == 0x0D:
                    if i + 1 < len(body) and body[i + 1] == 0x0A:
                        self._dropped.append(len(out))
                        i += 1
                        continue
                    out.append(0x0A)
                else:
                    out.append(c)
                i += 1
            body = bytes(out)
        self.text = body

    def to_file(self, off, end=False):
        """The file byte offset of text offset off.

        An end offset that falls on a line feed made from CRLF stops before
        the CR; a start offset there starts at the LF.
        """
        find = bisect.bisect_left if end else bisect.bisect_right
        return off + self.bom + find(self._dropped, off)


class Finding:
    """One reported clause, its offsets already in file coordinates."""

    __slots__ = ("type", "stance", "rule", "severity", "start", "end", "text")

    def __init__(self, type_, stance, rule, severity, start, end, text):
        self.type = type_
        self.stance = stance
        self.rule = rule
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text

    @property
    def span(self):
        return (self.start, self.end)


def check_clauses(doc, textmap):
    """Every reported clause's text must be the analysed text at its offsets.

    Returns a list of one-line problems (empty when all is well).
    """
    problems = []
    text = textmap.text
    for i, c in enumerate(doc.get("clauses", [])):
        start, end = c.get("start"), c.get("end")
        where = "clause %d (%s)" % (i, c.get("rule"))
        if not (isinstance(start, int) and isinstance(end, int)
                and 0 <= start <= end <= len(text)):
            problems.append("%s: bad span [%r, %r) in a text of %d bytes"
                            % (where, start, end, len(text)))
            continue
        m = c.get("match")
        if not (isinstance(m, list) and len(m) == 2 and start <= m[0] <= m[1] <= end):
            problems.append("%s: match %r lies outside its sentence [%d, %d)"
                            % (where, m, start, end))
        got = c.get("text")
        want = text[start:end].decode("utf-8", "replace")
        if got != want:
            problems.append("%s: text at [%d, %d) differs from the file: %r != %r"
                            % (where, start, end, snippet(got or "", 60),
                               snippet(want, 60)))
    return problems


def findings_of(doc, textmap):
    """The document's clauses as Findings in file coordinates."""
    out = []
    for c in doc.get("clauses", []):
        out.append(Finding(c.get("type"), c.get("stance"), c.get("rule"),
                           c.get("severity"), textmap.to_file(c["start"]),
                           textmap.to_file(c["end"], end=True), c.get("text") or ""))
    return out


def _run_batch(cmd, files, timeout):
    try:
        p = subprocess.run(cmd + files, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise HarnessError("aiclause took over %d s on a batch starting with '%s'"
                           % (timeout, files[0]))
    except OSError as e:
        raise HarnessError("cannot run '%s': %s" % (cmd[0], e.strerror))
    stderr = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode < 0 or p.returncode > 2:
        raise HarnessError("aiclause died (status %d) on a batch starting with '%s'%s"
                           % (p.returncode, files[0],
                              ": " + stderr[-400:] if stderr else ""))
    try:
        report = json.loads(p.stdout)
    except ValueError as e:
        raise HarnessError("aiclause wrote no valid JSON (status %d, %s)%s"
                           % (p.returncode, e, ": " + stderr[-400:] if stderr else ""))
    if report.get("schema") != SCHEMA:
        raise HarnessError("report schema is %r, the harness reads %r"
                           % (report.get("schema"), SCHEMA))
    docs = report.get("documents")
    if not isinstance(docs, list) or len(docs) != len(files):
        raise HarnessError("report has %s documents for %d files"
                           % (len(docs) if isinstance(docs, list) else "no",
                              len(files)))
    for path, doc in zip(files, docs):
        if doc.get("file") != path:
            raise HarnessError("report document %r where '%s' was expected"
                               % (doc.get("file"), path))
    return docs, (stderr if p.returncode == 2 else "")


def run_aiclause(binary, files, extra_args=(), batch=40, jobs=None, timeout=600):
    """Review files in batches, several processes at once.

    Returns {path: document object from the JSON report}.  Documents that
    aiclause could not read keep their "error" member; a crash, a timeout or
    output that is not a report raises HarnessError.
    """
    # The harness runs processes in parallel itself: one worker each.
    cmd = [binary, "-q", "-j1", "--format", "json"] + list(extra_args) + ["review"]
    batches = [files[i:i + batch] for i in range(0, len(files), batch)]
    jobs = jobs or os.cpu_count() or 1
    out = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for docs, _ in pool.map(lambda b: _run_batch(cmd, b, timeout), batches):
            for doc in docs:
                out[doc["file"]] = doc
    return out


def snippet(text, limit=SNIPPET_CHARS):
    """text on one line, cut to about limit characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    if cut < limit * 2 // 3:
        cut = limit
    return flat[:cut] + " …"


def pick_worst(cands, n):
    """Up to n examples to read, the most telling first.

    Each candidate is a dict with "tier" (lower reads first, e.g. a false
    alarm in a document with no such clause at all), optional "severity",
    "file" and "start".  At most one per file until every file has had a
    turn, so a reader sees n different documents where there are n.  Within
    a tier and severity the order is a hash of file and text: fixed from run
    to run, but not the same first files for every type.
    """
    def shuffle(c):
        key = "%s\0%s" % (c["file"], c.get("text", ""))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()

    order = sorted(cands, key=lambda c: (c["tier"],
                                         -SEVERITY_RANK.get(c.get("severity"), 0),
                                         shuffle(c), c["start"]))
    chosen, seen = [], set()
    for c in order:
        if len(chosen) >= n:
            return chosen
        if c["file"] not in seen:
            seen.add(c["file"])
            chosen.append(c)
    picked = set(id(c) for c in chosen)
    for c in order:
        if len(chosen) >= n:
            break
        if id(c) not in picked:
            chosen.append(c)
    return chosen


def type_selected(type_id, selectors):
    """Is type_id chosen by --types (exact ids or area prefixes)?"""
    if not selectors:
        return True
    return any(type_id == s or type_id.startswith(s.rstrip(".") + ".")
               for s in selectors)


def any_selected(type_ids, selectors):
    return any(type_selected(t, selectors) for t in type_ids)


def read_segments(data, segments):
    """The labelled text of a (possibly multi-segment) span."""
    return " … ".join(data[s:e].decode("utf-8", "replace") for s, e in segments)
