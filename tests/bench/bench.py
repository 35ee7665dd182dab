#!/usr/bin/env python3
"""Throughput and memory benchmark for aiclause (make bench).

Measures, on one core:
  1. DOCX extraction over every fixture under $SHARED/docx/fixtures;
  2. the same work side by side with pandoc on the 30 contract forms;
  3. the rule engine over the CUAD contract texts;
  4. peak memory on the largest inputs;
  5. `scan` of the CUAD folder on every core the machine gives us, against
     one worker (wall time: this is the one figure that is about cores).

It measures and never judges: the exit status is 0 whenever the runs
happened, 1 when aiclause was killed by a signal (a crash is a bug
whatever the figures say), 2 when something it needs is missing.

Wall-clock times come from time.perf_counter() around each child; peak
memory is the child's ru_maxrss from wait4(), the figure GNU time prints
as %M.  Every timed figure is the median of several passes (the best is
printed beside it) so one noisy pass does not decide the result.
"""

import argparse
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NULL_RULES = os.path.join(HERE, "null-rules")
DOCX_EXTS = (".docx", ".docm", ".dotx", ".dotm")
MB = 1e6

crashes = []


def die(msg):
	print("bench: " + msg, file=sys.stderr)
	sys.exit(2)


def run(argv, label=None, cpus=None):
	"""
	Runs argv with output discarded; returns (CPU seconds, wall seconds,
	status).  CPU time (user + system of the child, from wait4) is the
	figure used: the machine is shared, and other work on it inflates wall
	time far more than the CPU time the child itself spends.  cpus, when
	given, is the set of cores the child may run on instead of ours.
	"""
	def affinity():
		os.sched_setaffinity(0, cpus)
	t0 = time.perf_counter()
	p = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
			     stdout=subprocess.DEVNULL,
			     stderr=subprocess.DEVNULL,
			     preexec_fn=affinity if cpus else None)
	_, status, ru = os.wait4(p.pid, 0)
	wall = time.perf_counter() - t0
	p.returncode = os.waitstatus_to_exitcode(status)
	if p.returncode < 0:
		crashes.append("%s: killed by signal %d" %
			       (label or " ".join(argv[:3]), -p.returncode))
	return ru.ru_utime + ru.ru_stime, wall, p.returncode


def peak_kb(argv):
	"""
	Peak resident memory of argv in KB through GNU time, or None.  Not
	wait4() from here: a child forked from this Python process starts with
	Python's own resident set and ru_maxrss would report that.
	"""
	gtime = "/usr/bin/time"
	if not os.access(gtime, os.X_OK):
		return None
	with tempfile.NamedTemporaryFile("r") as out:
		run([gtime, "-o", out.name, "-f", "%M"] + argv,
		    label=" ".join(argv[:3]))
		try:
			return int(out.read().split()[-1])
		except (ValueError, IndexError):
			return None


def snapshot(prog, dest):
	"""
	Copies the binary under test to dest so that a rebuild during the run
	(others share the tree) can neither change nor remove it.  A copy taken
	while the linker writes it is caught by waiting for the file to hold
	still and checking that the copy runs.
	"""
	for _ in range(30):
		st = os.stat(prog)
		time.sleep(1)
		now = os.stat(prog)
		if (now.st_size, now.st_mtime_ns) != (st.st_size, st.st_mtime_ns) \
		   or not os.access(prog, os.X_OK):
			continue
		shutil.copy2(prog, dest)
		if version_of([dest, "--version"]):
			return True
	return False


def passes(n, fn):
	"""Runs fn() n times; returns (median, best) of the times it returns."""
	times = [fn() for _ in range(n)]
	return statistics.median(times), min(times)


def per_file(argv_of, files):
	"""One process per file; returns (total seconds, files refused)."""
	total = 0.0
	refused = 0
	for f in files:
		dt, _, rc = run(argv_of(f), label=" ".join(argv_of(f)))
		total += dt
		if rc != 0:
			refused += 1
	return total, refused


def total_bytes(files):
	return sum(os.path.getsize(f) for f in files)


def cpu_model():
	try:
		with open("/proc/cpuinfo") as fp:
			for line in fp:
				if line.startswith("model name"):
					return line.split(":", 1)[1].strip()
	except OSError:
		pass
	return platform.processor() or "unknown"


def version_of(argv):
	try:
		out = subprocess.run(argv, capture_output=True, text=True,
				     timeout=30)
		return out.stdout.splitlines()[0].strip()
	except (OSError, IndexError, subprocess.SubprocessError):
		return None


def git_head():
	try:
		out = subprocess.run(["git", "-C", HERE, "describe", "--always",
				      "--dirty"], capture_output=True,
				     text=True, timeout=10)
		return out.stdout.strip() or "unknown"
	except (OSError, subprocess.SubprocessError):
		return "unknown"


def row(name, seconds, best, nfiles, nbytes, extra=""):
	print("  %-44s %8.3f s (best %6.3f) %8.1f docs/s %7.2f MB/s%s" %
	      (name, seconds, best, nfiles / seconds, nbytes / MB / seconds,
	       extra))


def pack_split(rules_dir):
	"""
	The built-in packs as {name: parsed yaml}, or None without PyYAML.
	Used only for the per-pack and per-rule breakdown.
	"""
	try:
		import yaml
	except ImportError:
		return None
	packs = {}
	for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml"))):
		with open(path) as fp:
			packs[os.path.basename(path)] = yaml.safe_load(fp) or {}
	return packs


def write_packs(dirname, packs, keep):
	"""
	Writes every pack into dirname with only the rules for which keep(rule)
	is true; placeholders, types and areas are all kept, because packs use
	each other's placeholders.  The checklist is left out: its items name
	rules, so it would not load without them, and scoring costs next to
	nothing beside matching.  Returns the number of rules kept.
	"""
	import yaml
	kept = 0
	for name, pack in packs.items():
		out = dict(pack)
		if "rules" in out:
			out["rules"] = [r for r in out["rules"] if keep(r)]
			kept += len(out["rules"])
			if not out["rules"]:
				del out["rules"]
		with open(os.path.join(dirname, name), "w") as fp:
			yaml.safe_dump(out, fp, allow_unicode=True,
				       sort_keys=False, width=1 << 20)
	return kept


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--passes", type=int, default=3,
			help="passes per timed figure (default 3; median taken)")
	ap.add_argument("--pandoc-all", action="store_true",
			help="run pandoc over every DOCX fixture, not only the "
			     "30 contract forms (several minutes)")
	ap.add_argument("--per-rule", type=int, metavar="N", default=0,
			help="also time every rule alone over a CUAD subset and "
			     "print the N slowest (about 0.4 s per rule)")
	args = ap.parse_args()

	prog = os.environ.get("AICLAUSE", "build/aiclause")
	shared = os.environ.get("SHARED", "../shared")
	rules_dir = os.environ.get("RULES", "rules")
	if not os.access(prog, os.X_OK):
		die("%s not found or not executable (run make first)" % prog)
	if not os.path.isdir(shared):
		die("%s not found: the shared data is needed" % shared)

	# One core: the children inherit the affinity.  The cores we were
	# given are kept for the one figure about all of them (scan).
	args.all_cpus = None
	if hasattr(os, "sched_setaffinity"):
		args.all_cpus = os.sched_getaffinity(0)
		os.sched_setaffinity(0, {min(args.all_cpus)})

	docx = sorted(f for f in glob.glob(os.path.join(shared, "docx",
						       "fixtures", "**", "*"),
					   recursive=True)
		      if f.lower().endswith(DOCX_EXTS))
	contracts = sorted(glob.glob(os.path.join(shared, "docx", "fixtures",
						  "contracts", "*.docx")))
	cuad = sorted(glob.glob(os.path.join(shared, "corpus", "cuad", "text",
					     "*.txt")))

	tmp = tempfile.mkdtemp(prefix="aiclause-bench.")
	try:
		# A private copy: a rebuild during the run must not change or
		# remove the binary under measurement.
		snap = os.path.join(tmp, "aiclause")
		if not snapshot(prog, snap):
			die("%s does not hold still or does not run" % prog)
		print("aiclause benchmark")
		print("  binary:   %s (%s), git %s" %
		      (prog, version_of([snap, "--version"]) or "?", git_head()))
		bench(args, snap, rules_dir, tmp, docx, contracts, cuad)
	finally:
		shutil.rmtree(tmp, ignore_errors=True)

	if crashes:
		print("\nCRASHES:")
		for c in crashes:
			print("  " + c)
		return 1
	return 0


def bench(args, prog, rules_dir, tmp, docx, contracts, cuad):
	n = max(1, args.passes)
	pandoc = shutil.which("pandoc")
	tiny = os.path.join(tmp, "one-line.txt")
	with open(tiny, "w") as fp:
		fp.write("This Agreement is made between Acme Corp. and Beta LLC.\n")
	# One worker: the figures are per core (review would use them all).
	null_review = [prog, "review", "-j1", "--no-default-rules", "--rules",
		       NULL_RULES, "-q", "--format", "json"]
	review = [prog, "review", "-j1", "-q", "--format", "json"]
	key = []

	print("  machine:  %s, %d cores online, pinned to one core; %s" %
	      (cpu_model(), os.cpu_count() or 0, platform.platform()))
	print("  pandoc:   %s" % (version_of([pandoc, "--version"])
				  if pandoc else "not installed"))
	print("  figures:  CPU time (user+sys) of the children, median of %d "
	      "passes (best in brackets)" % n)
	load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
	print("  load:     %.2f before the run%s" % (load,
	      "  (busy machine: expect noise)" if load > 0.5 else ""))

	# Start-up, measured first because every per-file figure includes it.
	su_extract = statistics.median(
		run([prog, "extract", tiny])[0] for _ in range(max(10, 5 * n)))
	su_review = statistics.median(
		run(review + [tiny])[0] for _ in range(max(10, 5 * n)))
	su_null = statistics.median(
		run(null_review + [tiny])[0] for _ in range(max(10, 5 * n)))

	# --- 1 ---------------------------------------------------------------
	print("\n1. DOCX extraction, one core: %d files, %.1f MB under docx/fixtures"
	      % (len(docx), total_bytes(docx) / MB))
	if not docx:
		print("  no DOCX fixtures found: skipped")
	else:
		nb = total_bytes(docx)
		refused = [0]

		def ext_pass():
			t, refused[0] = per_file(lambda f: [prog, "extract", f], docx)
			return t
		med, best = passes(n, ext_pass)
		print("  process start-up (extract of a one-line text file): %.2f ms"
		      % (su_extract * 1e3))
		row("extract, one process per file", med, best, len(docx), nb,
		    "  (%d refused)" % refused[0])
		noproc = med - su_extract * len(docx)
		if noproc > 0:
			row("  the same less start-up", noproc, noproc, len(docx), nb)
		bmed, bbest = passes(n, lambda: run([prog, "extract"] + docx)[0])
		row("extract, every file in one process", bmed, bbest,
		    len(docx), nb)
		key.append("DOCX extraction: %.1f MB/s, %.0f docs/s in one process; "
			   "%.0f docs/s one process per file (%.1f ms start-up)" %
			   (nb / MB / bmed, len(docx) / bmed, len(docx) / med,
			    su_extract * 1e3))

	# --- 2 ---------------------------------------------------------------
	print("\n2. Side by side with pandoc -t plain, one core")
	if not pandoc:
		print("  pandoc not installed: skipped")
	elif not contracts:
		print("  no contract forms under docx/fixtures/contracts: skipped")
	else:
		set2 = docx if args.pandoc_all else contracts
		nb = total_bytes(set2)
		print("  %d files, %.2f MB (%s)" % (len(set2), nb / MB,
			"all DOCX fixtures" if args.pandoc_all else
			"the contract forms in docx/fixtures/contracts"))
		pmed, pbest = passes(max(1, n - 1), lambda: per_file(
			lambda f: [pandoc, "-t", "plain", f], set2)[0])
		amed, abest = passes(n, lambda: per_file(
			lambda f: [prog, "extract", f], set2)[0])
		bmed, bbest = passes(n, lambda: run([prog, "extract"] + set2)[0])
		row("pandoc -t plain, one process per file", pmed, pbest,
		    len(set2), nb)
		row("aiclause extract, one process per file", amed, abest,
		    len(set2), nb, "  %5.1fx pandoc" % (pmed / amed))
		row("aiclause extract, every file in one process", bmed, bbest,
		    len(set2), nb, "  %5.1fx pandoc" % (pmed / bmed))
		print("  target: aiclause >= 50x pandoc -> per file %s, one process %s"
		      % ("met" if pmed / amed >= 50 else "MISSED",
			 "met" if pmed / bmed >= 50 else "MISSED"))
		key.append("vs pandoc %s on %d files: %.1fx faster one process per "
			   "file, %.1fx in one process (target 50x)" %
			   (version_of([pandoc, "--version"]).split()[-1],
			    len(set2), pmed / amed, pmed / bmed))

	# --- 3 ---------------------------------------------------------------
	print("\n3. Rule engine, one core: `review --format json` over %d CUAD "
	      "texts, %.1f MB" % (len(cuad), total_bytes(cuad) / MB))
	if not cuad:
		print("  CUAD texts not found: skipped")
	else:
		nb = total_bytes(cuad)
		# One line a rule, then a summary line ("213 rules, ...").
		nrules = len([l for l in subprocess.run(
			[prog, "rules", "list"], capture_output=True,
			text=True).stdout.splitlines()
			if l and not l[0].isdigit()])
		# What loading the rules costs beyond start-up: a one-line review
		# with them less one with the null pack, which pays the rest of
		# start-up (and any roles set-up deferred to the first document).
		load = max(0.0, su_review - su_null)
		print("  review of a one-line file, %d built-in rules: %.1f ms "
		      "(rule load %.1f ms, the rest as with the null pack)" %
		      (nrules, su_review * 1e3, load * 1e3))
		fmed, fbest = passes(n, lambda: run(review + cuad)[0])
		lmed, lbest = passes(n, lambda: run(null_review + cuad)[0])
		row("review, all rules", fmed, fbest, len(cuad), nb)
		row("review, null pack (load, roles, report)", lmed, lbest,
		    len(cuad), nb)
		match = fmed - lmed - load
		ms50k = fmed * 1e3 / (nb / 50e3)
		print("  whole review:   %6.2f MB/s, %6.2f ms per 50 KB" %
		      (nb / MB / fmed, ms50k))
		if match > 0:
			print("  matching alone: %6.2f MB/s, %6.2f ms per 50 KB "
			      "(all rules less null pack less rule load)" %
			      (nb / MB / match, match * 1e3 / (nb / 50e3)))
		# The issue asks 20 MB/s of the rule library; both readings are
		# printed: the matching the library does, and the whole review.
		print("  target: >= 20 MB/s -> matching alone %s, whole review %s" %
		      ("met" if match > 0 and nb / MB / match >= 20 else "MISSED",
		       "met" if nb / MB / fmed >= 20 else "MISSED"))
		key.append("rule engine: %.1f MB/s over CUAD (%.1f ms per 50 KB), "
			   "%.1f MB/s matching alone, %.0f ms one-line review "
			   "(%.0f ms rule load) (target 20 MB/s)" %
			   (nb / MB / fmed, ms50k,
			    nb / MB / match if match > 0 else 0, su_review * 1e3,
			    load * 1e3))
		breakdown(args, prog, rules_dir, tmp, cuad)

	# --- 4 ---------------------------------------------------------------
	print("\n4. Peak memory (GNU time %M: maximum resident set, KB)")
	mem = []
	if peak_kb(review + [tiny]) is None:
		print("  /usr/bin/time not available: skipped")
	else:
		def show(name, kb):
			print("  %-60s %8s KB" % (name, kb))
			return kb
		show("review, one-line file (start-up baseline)",
		     peak_kb(review + [tiny]))
		if cuad:
			big = max(cuad, key=os.path.getsize)
			mem.append(show("review, largest CUAD text (%s, %.0f KB)" %
				(os.path.basename(big)[:24],
				 os.path.getsize(big) / 1e3), peak_kb(review + [big])))
		if docx:
			big = max(docx, key=os.path.getsize)
			name = "%s, %.0f KB" % (os.path.basename(big)[:24],
						os.path.getsize(big) / 1e3)
			show("extract, largest DOCX (%s)" % name,
			     peak_kb([prog, "extract", big]))
			mem.append(show("review, largest DOCX", peak_kb(review + [big])))
	if mem and None not in mem:
		key.append("peak memory: %.1f MB on the largest CUAD text, %.1f MB "
			   "on the largest DOCX (review)" %
			   (mem[0] / 1e3, mem[-1] / 1e3))

	# --- 5 ---------------------------------------------------------------
	scan_all_cores(args, prog, shared_cuad_dir(cuad), cuad, key)

	print("\nKey figures (%s, one core of %s):" % (
		version_of([prog, "--version"]), cpu_model()))
	for k in key:
		print("  " + k)


def shared_cuad_dir(cuad):
	return os.path.dirname(cuad[0]) if cuad else None


def scan_all_cores(args, prog, folder, cuad, key):
	"""
	scan over the CUAD folder with one worker and with one per core.  Wall
	time, not CPU time: what the workers buy is elapsed time, and the CPU
	time of N workers is at best the same as one's.  On a machine others
	share, the speed-up is a lower bound.
	"""
	cpus = args.all_cpus
	ncpu = len(cpus) if cpus else 1
	print("\n5. scan of the CUAD folder, wall time: one worker against %d "
	      "(every core we were given)" % ncpu)
	if not folder:
		print("  CUAD texts not found: skipped")
		return
	if ncpu < 2:
		print("  one core only: skipped")
		return
	n = max(1, args.passes)
	nb = total_bytes(cuad)
	base = [prog, "scan", "-q", "--format", "json"]

	def wall(jobs):
		def one():
			_, w, _ = run(base + ["-j%d" % jobs, folder],
				      label="scan -j%d" % jobs, cpus=cpus)
			return w
		return passes(n, one)
	w1, b1 = wall(1)
	wn, bn = wall(ncpu)
	row("scan -j1", w1, b1, len(cuad), nb)
	row("scan -j%d" % ncpu, wn, bn, len(cuad), nb,
	    "  %4.2fx one worker" % (w1 / wn))
	key.append("scan of %d CUAD texts: %.1f MB/s on %d cores, %.2fx one "
		   "worker (wall time)" % (len(cuad), nb / MB / wn, ncpu, w1 / wn))


def breakdown(args, prog, rules_dir, tmp, cuad):
	"""Where the matching time goes: each pack left out, then each rule."""
	packs = pack_split(rules_dir)
	if packs is None:
		print("  per-pack breakdown: PyYAML not installed, skipped")
		return
	argv = [prog, "review", "-j1", "--no-default-rules", "-q", "--format", "json",
		"--rules"]
	# The packs are read from rules/ as they are now, which need not be
	# what the binary embedded: compare them with each other only.
	d = os.path.join(tmp, "all")
	os.mkdir(d)
	nall = write_packs(d, packs, lambda r: True)
	# Every third CUAD file keeps the breakdown to a fraction of a pass.
	sub = cuad[::3]
	t_all = run(argv + [d] + sub)[0]
	t_none = run([prog, "review", "-j1", "--no-default-rules", "-q", "--format",
		      "json", "--rules", NULL_RULES] + sub)[0]
	matching = max(t_all - t_none, 1e-9)
	print("  matching time by pack, over every third CUAD text (%d files): "
	      "%s/*.yaml" % (len(sub), rules_dir))
	print("  (%d rules, read from disk) takes %.3f s, %.3f s of it matching;"
	      % (nall, t_all, matching))
	print("  each pack's share is that less a run with its rules left out "
	      "(one pass each;")
	print("  shares overlap and are noisy on a busy machine: read them as "
	      "a ranking):")
	for name, pack in packs.items():
		if not pack.get("rules"):
			continue
		d = os.path.join(tmp, "without-" + name)
		os.mkdir(d)
		write_packs(d, packs, lambda r, ids={id(x) for x in
					pack["rules"]}: id(r) not in ids)
		t, _, rc = run(argv + [d] + sub)
		if rc not in (0, 1):
			print("    %-16s failed to load (status %d)" % (name, rc))
			continue
		print("    %-16s %3d rules  %6.3f s  %5.1f%% of matching" %
		      (name, len(pack["rules"]), t_all - t,
		       100 * (t_all - t) / matching))

	if args.per_rule <= 0:
		return
	# Every 4th CUAD file: a few tenths of a second per rule.
	subset = cuad[::4]
	nb = total_bytes(subset)
	base_dir = os.path.join(tmp, "no-rules")
	os.mkdir(base_dir)
	write_packs(base_dir, packs, lambda r: False)
	with open(os.path.join(base_dir, "zz-null.yaml"), "w") as out, \
	     open(os.path.join(NULL_RULES, "null.yaml")) as inp:
		out.write(inp.read())
	base = min(run(argv + [base_dir] + subset)[0] for _ in range(2))
	timed = []
	for pack in packs.values():
		for r in pack.get("rules") or []:
			d = os.path.join(tmp, "rule-" + r["id"])
			os.mkdir(d)
			write_packs(d, packs, lambda x, rid=r["id"]: x["id"] == rid)
			t, _, rc = run(argv + [d] + subset)
			timed.append((t - base, r["id"], rc))
	timed.sort(reverse=True)
	total = sum(t for t, _, _ in timed)
	print("  slowest rules alone over %d CUAD files (%.1f MB), less a "
	      "no-rule run of %.3f s:" % (len(subset), nb / MB, base))
	for t, rid, rc in timed[:args.per_rule]:
		print("    %-52s %6.3f s  %4.1f%%  %6.1f MB/s%s" %
		      (rid, t, 100 * t / max(total, 1e-9),
		       nb / MB / t if t > 0 else 0,
		       "" if rc in (0, 1) else "  (status %d)" % rc))


if __name__ == "__main__":
	sys.exit(main())
