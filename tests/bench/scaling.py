#!/usr/bin/env python3
"""Scaling benchmark for aiclause (make bench-scaling).

Hostile input is normal input: a contract may hold 100,000 footnotes, a
table of 50,000 rows or one paragraph of 2 MB, and every loader and pass
must stay linear (or n log n) in such a structure.  A scan of every item
before the current one is invisible at the sizes real contracts have and
costs minutes at these.  Timed unit tests cannot catch that (they are
flaky under load and under sanitizers), so this benchmark does: it
writes each hostile structure below at n, 2n, 4n and 8n copies, reviews
each file with `$AICLAUSE review -q -f json`, and compares the cost of
each doubling.

Per structure it prints the four CPU times (user + system of the child,
from wait4, best of 2, with the cost of reviewing a one-line contract
taken off), the worst of the two larger doublings and the peak resident
memory at 8n.  A linear pass costs 2x per doubling and a quadratic one
4x; a doubling over 3x fails the run, naming the structure, once a
second round of runs has confirmed it.  Doublings whose 8n time is under
MIN_SECONDS are too small to judge and are shown in brackets.

Another build is measured with `AICLAUSE=path python3 tests/bench/scaling.py`
(not `make bench-scaling PROG=path`, which would relink path from this
tree); --only NAME runs the structures whose names contain NAME.

Exit status: 0 when every structure scales, 1 when one does not or
aiclause failed on one, 2 when something it needs is missing.
Python 3 standard library only.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile

LIMIT = 3.0          # quadratic costs 4x per doubling, linear 2x
MIN_SECONDS = 0.15   # below this at 8n, timer noise decides the ratio
TIMEOUT = 120        # seconds of wall time for one review
STEPS = (1, 2, 4, 8)


def die(msg):
	print("bench-scaling: " + msg, file=sys.stderr)
	sys.exit(2)


# ---------------------------------------------------------------- text

def numbered(lines):
	return "".join("%d. %s\n" % (i + 1, s) for i, s in enumerate(lines))


def text_parties(n):
	"""n parties each defined by a name in brackets, then clauses using them."""
	head = "This Agreement is made between:\n"
	parties = "".join('(%d) Acme %d Ltd ("Supplier %d"), a company of %d High Street;\n'
			  % (i + 1, i, i, i) for i in range(n))
	tail = 'and Beta plc ("Customer").\n'
	body = numbered("Supplier %d shall not use Customer Data to train models." % i
			for i in range(0, n, 7))
	return head + parties + tail + body


def outline_labels(n, fanout=4, depth=5):
	"""The first n labels of an outline in reading order: 1, 1.1, ... 1.1.1.1.1."""
	def walk(prefix):
		yield prefix
		if prefix.count(".") + 1 < depth:
			for k in range(1, fanout + 1):
				yield from walk("%s.%d" % (prefix, k))
	labels, top = [], 0
	while len(labels) < n:
		top += 1
		labels.extend(walk(str(top)))
	return labels[:n]


def text_deep_clauses(n):
	"""n clauses numbered five levels deep."""
	return "".join("%s The Supplier shall keep record %d for the Customer.\n" % (lab, i)
		       for i, lab in enumerate(outline_labels(n)))


def text_cross_refs(n):
	"""n clauses, each opening with a reference to another."""
	return "".join("%d. Subject to clause %d, the Supplier shall deliver item %d.\n"
		       % (i + 1, (i * 7) % n + 1, i) for i in range(n))


def text_list_items(n):
	"""n list items under one lead-in."""
	items = "".join("(%d) deliver report %d to the Customer;\n" % (i + 1, i) for i in range(n))
	return "1. The Supplier shall:\n" + items + "2. The Customer shall pay the Fees.\n"


def text_long_paragraph(n):
	"""One paragraph of n sentences and no line break: 2 MB at n = 4,500."""
	return " ".join("The Supplier shall provide service %d to the Customer." % i
			for i in range(n)) + "\n"


def text_long_sentence(n):
	"""One sentence of n clauses joined by commas, with no full stop."""
	return "1. The Supplier shall " + ", ".join("provide service %d" % i
						   for i in range(n)) + "\n"


def text_deleted(n):
	"""n 'Clause N is deleted.' lines, well over the 256 the loader keeps."""
	return "".join("%d. Clause %d is deleted.\n" % (i + 1, i + 1) for i in range(n))


def text_deleted_by_number(n):
	"""300 sentences deleting 4 clauses each by number, over n numbered clauses."""
	heads = "".join("Clauses %s do not apply.\n\n"
			% ", ".join(str((4 * j + k) % n + 1) for k in range(4)) for j in range(300))
	return heads + "".join("%d. The Supplier shall provide service %d.\n\n" % (i, i)
			       for i in range(1, n + 1))


def text_definitions(n):
	"""n definitions, well over the 1,024 terms kept, each used once."""
	defs = "".join('"Term %d" means the service numbered %d.\n' % (i, i) for i in range(n))
	uses = numbered("The Supplier shall provide Term %d." % i for i in range(0, n, 5))
	return "1. Definitions\n" + defs + uses


def text_md_table(n):
	"""A Markdown table of n rows."""
	rows = "".join("| %d | The Supplier shall provide service %d. |\n" % (i + 1, i)
		       for i in range(n))
	return "| No. | Obligation |\n| --- | --- |\n" + rows


def text_nested_parens(n):
	"""One sentence with parentheses nested n deep."""
	return ("1. The Supplier shall " + "(which " * n + "service" + ")" * n +
		" not use Customer Data to train models.\n")


# ---------------------------------------------------------------- DOCX

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CLAUSE = "1. The Provider shall not use Customer Data to train models."


def para(text):
	return "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % text


def part(root, inner):
	return '<?xml version="1.0" encoding="UTF-8"?><w:%s %s>%s</w:%s>' % (root, NS, inner, root)


def rels_xml(rels):
	"""rels: (id, type, target, external) tuples."""
	r = "".join('<Relationship Id="%s" Type="%s%s" Target="%s"%s/>'
		    % (i, REL, t, target, ' TargetMode="External"' if ext else "")
		    for i, t, target, ext in rels)
	return '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">%s</Relationships>' % (
		PKG_REL, r)


def write_docx(path, body, parts=None, rels=()):
	"""A minimal package: content types, the main part, its relationships and parts."""
	std = [("rIdFn", "footnotes", "footnotes.xml", 0), ("rIdEn", "endnotes", "endnotes.xml", 0),
	       ("rIdCm", "comments", "comments.xml", 0), ("rIdNb", "numbering", "numbering.xml", 0),
	       ("rIdSt", "styles", "styles.xml", 0)]
	main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
		 '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
		 'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
		 '"application/xml"/><Default Extension="htm" ContentType="text/html"/>'
		 '<Default Extension="txt" ContentType="text/plain"/><Override PartName="/word/document.xml" ContentType="%s"/></Types>'
		 % main)
	with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
		z.writestr("[Content_Types].xml", types)
		z.writestr("_rels/.rels", rels_xml([("rId1", "officeDocument", "word/document.xml", 0)]))
		z.writestr("word/document.xml", part("document", "<w:body>%s</w:body>" % body))
		z.writestr("word/_rels/document.xml.rels", rels_xml(std + list(rels)))
		for name, data in (parts or {}).items():
			z.writestr(name, data)


def note_refs(n, kind, first_id):
	return "".join("<w:p><w:r><w:t>Clause %d text.</w:t></w:r><w:r><w:%sReference w:id=\"%d\"/>"
		       "</w:r></w:p>" % (i, kind, first_id + i) for i in range(n))


def note_part(n, kind):
	notes = "".join('<w:%s w:id="%d">%s</w:%s>' % (kind, i + 1, para("Note %d." % i), kind)
			for i in range(n))
	return {"word/%ss.xml" % kind: part(kind + "s", notes)}


def docx_footnotes(n):
	return note_refs(n, "footnote", 1), note_part(n, "footnote"), ()


def docx_endnotes(n):
	return note_refs(n, "endnote", 1), note_part(n, "endnote"), ()


def docx_one_note_many_refs(n):
	body = "".join("<w:p><w:r><w:t>Clause %d.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/>"
		       "</w:r></w:p>" % i for i in range(n))
	return body, note_part(1, "footnote"), ()


def docx_missing_notes(n):
	"""n references to notes no part holds and n notes no one refers to."""
	return note_refs(n, "footnote", 1000000), note_part(n, "footnote"), ()


def section(i, refs):
	return "%s<w:p><w:pPr><w:sectPr>%s</w:sectPr></w:pPr></w:p>" % (para(CLAUSE), refs)


def docx_headers(n):
	"""n sections each with its own header and footer ids, over 500 parts."""
	k = min(n, 500)
	body = "".join(section(i, '<w:headerReference w:type="default" r:id="h%d"/>'
			       '<w:footerReference w:type="default" r:id="f%d"/>' % (i, i))
		       for i in range(n))
	rels = [("h%d" % i, "header", "header%d.xml" % (i % k), 0) for i in range(n)]
	rels += [("f%d" % i, "footer", "footer%d.xml" % (i % k), 0) for i in range(n)]
	parts = {}
	for i in range(k):
		parts["word/header%d.xml" % i] = part("hdr", para("Header %d" % i))
		parts["word/footer%d.xml" % i] = part("ftr", para("Footer %d" % i))
	return body, parts, rels


def docx_missing_headers(n):
	"""n sections naming header ids that lead nowhere (one warning each)."""
	body = "".join(section(i, '<w:headerReference w:type="default" r:id="h%d"/>' % i)
		       for i in range(n))
	return body, {}, [("h%d" % i, "header", "absent%d.xml" % i, 0) for i in range(n // 2)]


def docx_fldsimple(n):
	body = "<w:p>" + "".join('<w:fldSimple w:instr=" REF _Ref%d \\h "><w:r><w:t>Clause %d</w:t>'
				 "</w:r></w:fldSimple><w:r><w:t> and </w:t></w:r>" % (i, i)
				 for i in range(n)) + "</w:p>"
	return body, {}, ()


def fld(kind):
	return '<w:r><w:fldChar w:fldCharType="%s"/></w:r>' % kind


def docx_fldchar(n):
	field = (fld("begin") + "<w:r><w:instrText> PAGE </w:instrText></w:r>" + fld("separate") +
		 "<w:r><w:t>%d</w:t></w:r>" + fld("end"))
	body = "".join("<w:p><w:r><w:t>Page </w:t></w:r>" + field % i + "</w:p>" for i in range(n))
	return body, {}, ()


def docx_unended_fields(n):
	"""n fields that begin and never end."""
	body = "".join("<w:p>" + fld("begin") + "<w:r><w:instrText> REF x </w:instrText></w:r>"
		       "<w:r><w:t>Clause %d</w:t></w:r></w:p>" % i for i in range(n))
	return body, {}, ()


def docx_content_controls(n):
	body = "".join('<w:sdt><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr><w:sdtContent>%s'
		       "</w:sdtContent></w:sdt>" % para("Clause %d." % i) for i in range(n))
	return body, {}, ()


def docx_table_rows(n):
	rows = "".join("<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>"
		       % (para("%d." % (i + 1)), para("The Provider shall do %d." % i))
		       for i in range(n))
	return "<w:tbl>%s</w:tbl>" % rows, {}, ()


def docx_numbering_cycles(n):
	"""n lists whose styles link to one another round a cycle."""
	abstract = "".join('<w:abstractNum w:abstractNumId="%d"><w:numStyleLink w:val="S%d"/>'
			   "</w:abstractNum>" % (i, (i + 1) % n) for i in range(n))
	nums = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i + 1, i)
		       for i in range(n))
	styles = "".join('<w:style w:type="numbering" w:styleId="S%d"><w:pPr><w:numPr>'
			 '<w:numId w:val="%d"/></w:numPr></w:pPr></w:style>' % (i, (i + 7) % n + 1)
			 for i in range(n))
	body = "".join('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
		       "</w:pPr><w:r><w:t>Clause %d.</w:t></w:r></w:p>" % (i + 1, i) for i in range(n))
	return body, {"word/numbering.xml": part("numbering", abstract + nums),
		      "word/styles.xml": part("styles", styles)}, ()


def docx_comments(n):
	body = "".join('<w:p><w:commentRangeStart w:id="%d"/><w:r><w:t>Clause %d.</w:t></w:r>'
		       '<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>'
		       "</w:p>" % (i, i, i, i) for i in range(n))
	comments = "".join('<w:comment w:id="%d" w:author="A">%s</w:comment>'
			   % (i, para("Comment %d." % i)) for i in range(n))
	return body, {"word/comments.xml": part("comments", comments)}, ()


def docx_tracked_changes(n):
	body = "".join('<w:p><w:ins w:id="%d" w:author="A"><w:del w:id="%d" w:author="B">'
		       "<w:r><w:delText>Clause %d.</w:delText></w:r></w:del></w:ins>"
		       "<w:r><w:t>kept %d</w:t></w:r></w:p>" % (2 * i, 2 * i + 1, i, i)
		       for i in range(n))
	return body, {}, ()


def docx_one_char_runs(n):
	"""One paragraph of n runs of one character each."""
	letters = "The Provider shall not use Customer Data to train models. "
	body = "".join("<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % letters[i % len(letters)]
		       for i in range(n))
	return "<w:p>%s</w:p>" % body, {}, ()


def docx_relationships(n):
	"""n hyperlink relationships, a thousand of them used."""
	rels = [("rX%d" % i, "hyperlink", "https://example.com/%d" % i, 1) for i in range(n)]
	body = "".join('<w:p><w:hyperlink r:id="rX%d"><w:r><w:t>Link %d</w:t></w:r></w:hyperlink>'
		       "</w:p>" % (i, i) for i in range(min(n, 1000)))
	return body + para(CLAUSE), {}, rels


def docx_alt_chunks(n):
	"""n altChunk and subDoc references to parts the package lacks."""
	body = "".join('<w:altChunk r:id="ac%d"/><w:p><w:subDoc r:id="sd%d"/></w:p>' % (i, i)
		       for i in range(n)) + para(CLAUSE)
	rels = [("ac%d" % i, "aFChunk", "chunk%d.htm" % i, 0) for i in range(n)]
	rels += [("sd%d" % i, "subDocument", "sub%d.docx" % i, 0) for i in range(n)]
	return body, {}, rels


def docx_alt_chunks_read(n):
	"""n altChunks, read: an HTML part and a plain text part of two paragraphs each, in turn,
	a paragraph after each."""
	body = "".join('<w:altChunk r:id="%s"/>%s' % ("acH" if i % 2 else "acT", para("Clause %d." % i))
		       for i in range(n))
	html = "<html><body><p>%s</p><p>2. The Customer owns all Output.</p></body></html>" % CLAUSE
	text = CLAUSE + "\n2. The Customer owns all Output.\n"
	rels = [("acH", "aFChunk", "chunk.htm", 0), ("acT", "aFChunk", "chunk.txt", 0)]
	return body, {"word/chunk.htm": html, "word/chunk.txt": text}, rels


# ---------------------------------------------------------------- table

# (name, generator, n, file suffix): n is the smallest size, 8n the largest.
STRUCTURES = (
	("text: party definitions", text_parties, 6000, ".txt"),
	("text: clauses 5 levels deep", text_deep_clauses, 10000, ".txt"),
	("text: cross-references", text_cross_refs, 15000, ".txt"),
	("text: list items, one lead-in", text_list_items, 72000, ".txt"),
	("text: one long paragraph", text_long_paragraph, 27000, ".txt"),
	("text: one long sentence", text_long_sentence, 130000, ".txt"),
	("text: clauses deleted", text_deleted, 15000, ".txt"),
	("text: clauses deleted by number", text_deleted_by_number, 10000, ".txt"),
	("text: definitions", text_definitions, 3000, ".txt"),
	("text: Markdown table rows", text_md_table, 22000, ".md"),
	("text: nested parentheses", text_nested_parens, 40000, ".txt"),
	("docx: footnotes", docx_footnotes, 12000, ".docx"),
	("docx: endnotes", docx_endnotes, 12000, ".docx"),
	("docx: one note, n references", docx_one_note_many_refs, 16000, ".docx"),
	("docx: missing notes", docx_missing_notes, 12000, ".docx"),
	("docx: headers per section", docx_headers, 2500, ".docx"),
	("docx: missing headers", docx_missing_headers, 3000, ".docx"),
	("docx: fldSimple", docx_fldsimple, 48000, ".docx"),
	("docx: fldChar fields", docx_fldchar, 16000, ".docx"),
	("docx: unended fields", docx_unended_fields, 32000, ".docx"),
	("docx: content controls", docx_content_controls, 16000, ".docx"),
	("docx: table rows", docx_table_rows, 8000, ".docx"),
	("docx: numbering cycles", docx_numbering_cycles, 4000, ".docx"),
	("docx: comments", docx_comments, 12000, ".docx"),
	("docx: tracked changes", docx_tracked_changes, 20000, ".docx"),
	("docx: one-character runs", docx_one_char_runs, 75000, ".docx"),
	("docx: relationships", docx_relationships, 60000, ".docx"),
	("docx: altChunk and subDoc", docx_alt_chunks, 18000, ".docx"),
	("docx: altChunk parts read", docx_alt_chunks_read, 6000, ".docx"),
)


# ---------------------------------------------------------------- measuring

def write_input(path, gen, n):
	if path.endswith(".docx"):
		write_docx(path, *gen(n))
	else:
		with open(path, "w", encoding="utf-8") as f:
			f.write(gen(n))


def run_once(argv):
	"""
	(CPU seconds, peak KB or None, exit status) of one run of argv.  CPU is
	user + system from wait4.  Peak memory comes from GNU time when it is
	there: a child forked from this process starts its ru_maxrss at our
	own resident size, which the generators make large.
	"""
	with tempfile.NamedTemporaryFile("r") as mem:
		gtime = "/usr/bin/time"
		full = ([gtime, "-o", mem.name, "-f", "%M"] if os.access(gtime, os.X_OK) else []) + argv
		p = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
				     stderr=subprocess.DEVNULL)
		deadline = time.monotonic() + TIMEOUT
		while True:
			pid, status, ru = os.wait4(p.pid, os.WNOHANG)
			if pid:
				break
			if time.monotonic() > deadline:
				p.kill()
				os.wait4(p.pid, 0)
				return float("inf"), None, "timed out after %d s" % TIMEOUT
			time.sleep(0.005)
		rc = os.waitstatus_to_exitcode(status)
		text = mem.read().strip().splitlines()
		kb = int(text[-1]) if full[0] == gtime and text and text[-1].isdigit() else None
		if full[0] == gtime and text and "signal" in text[0]:
			rc = "killed: " + text[0]
		return ru.ru_utime + ru.ru_stime, kb, rc


def measure(prog, path, runs):
	"""Best CPU time of `runs` reviews of path, the largest peak, and any failure."""
	best, peak = float("inf"), 0
	for _ in range(runs):
		cpu, kb, rc = run_once([prog, "review", "-q", "-f", "json", path])
		if rc != 0:
			return cpu, kb, "exit %s" % rc
		best, peak = min(best, cpu), max(peak, kb or 0)
	return best, peak or None, None


def ratios(times):
	"""The cost of each doubling: t(2n)/t(n), t(4n)/t(2n), t(8n)/t(4n)."""
	return [b / a if a > 0 else float("inf") for a, b in zip(times, times[1:])]


def judge(times):
	"""The worst of the two larger doublings, or None when the times are too small."""
	if times[-1] < MIN_SECONDS:
		return None
	return max(ratios(times)[1:])


class Structure:
	def __init__(self, name, gen, n, suffix):
		self.name, self.gen, self.n, self.suffix = name, gen, n, suffix
		self.times = [float("inf")] * len(STEPS)
		self.peak = None
		self.error = None

	def paths(self, tmp):
		slug = self.gen.__name__
		return [os.path.join(tmp, "%s-%d%s" % (slug, self.n * k, self.suffix)) for k in STEPS]

	def run(self, prog, tmp, base, runs):
		for i, (k, path) in enumerate(zip(STEPS, self.paths(tmp))):
			if not os.path.exists(path):
				write_input(path, self.gen, self.n * k)
			cpu, kb, err = measure(prog, path, runs)
			if err:
				self.error = "%s at n=%d" % (err, self.n * k)
				return
			self.times[i] = min(self.times[i], max(cpu - base, 0.0))
			if k == STEPS[-1]:
				self.peak = kb

	def line(self):
		times = " ".join("%6.3f" % t for t in self.times)
		worst = judge(self.times)
		if self.error:
			verdict = "ERROR " + self.error
		elif worst is None:
			verdict = "[%.1fx]" % max(ratios(self.times)[1:])
		else:
			verdict = "%.1fx" % worst
		peak = "%6.1f MB" % (self.peak / 1024) if self.peak else "     ? MB"
		return "%-32s n=%-6d %s  %-8s %s" % (self.name, self.n, times, verdict, peak)

	def failed(self):
		worst = judge(self.times)
		return self.error is not None or (worst is not None and worst > LIMIT)


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--only", help="run the structures whose names contain this")
	ap.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
	args = ap.parse_args()
	prog = os.environ.get("AICLAUSE", "build/aiclause")
	if not os.access(prog, os.X_OK):
		die("cannot run '%s' (set AICLAUSE)" % prog)
	todo = [Structure(name, gen, max(1, int(n * args.scale)), suffix)
		for name, gen, n, suffix in STRUCTURES
		if not args.only or args.only in name]
	if not todo:
		die("no structure matches '%s'" % args.only)

	started = time.monotonic()
	with tempfile.TemporaryDirectory(prefix="aiclause-scaling-") as tmp:
		one = os.path.join(tmp, "one.txt")
		with open(one, "w") as f:
			f.write("1. The Provider shall not use Customer Data to train models.\n")
		base, base_kb, err = measure(prog, one, 3)
		if err:
			die("a one-line contract failed: " + err)
		print("aiclause %s; base cost %.3f s, %.1f MB (taken off the times below)"
		      % (prog, base, (base_kb or 0) / 1024))
		print("%-32s %-8s %6s %6s %6s %6s  %-8s %s" % ("structure", "", "n", "2n", "4n", "8n",
							       "worst", "peak"))
		for s in todo:
			s.run(prog, tmp, base, 2)
			if s.failed() and not s.error:
				s.run(prog, tmp, base, 2)   # confirm: a busy machine makes one spike
			print(s.line(), flush=True)
	bad = [s for s in todo if s.failed()]
	print("%d structures in %.0f s; a doubling may cost at most %.1fx (CPU seconds, best of 2)"
	      % (len(todo), time.monotonic() - started, LIMIT))
	for s in bad:
		if s.error:
			print("bench-scaling: %s: aiclause failed: %s" % (s.name, s.error), file=sys.stderr)
		else:
			print("bench-scaling: %s: doubling the input cost %.1fx (times %s): superlinear"
			      % (s.name, judge(s.times), ", ".join("%.3f" % t for t in s.times)),
			      file=sys.stderr)
	return 1 if bad else 0


if __name__ == "__main__":
	sys.exit(main())
