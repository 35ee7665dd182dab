#!/usr/bin/env python3
"""Weighs each word the rules' patterns need: what finding it costs the
prefilter against the regex runs its sets spare (regex_lit.h, the costly
words in src/regex_lit.c).

Reads the standard error of a review by a binary built with
-DAICLAUSE_WORD_PROFILE, run with -j1 over a corpus in one process:

    make CFLAGS='-O2 -g -DAICLAUSE_WORD_PROFILE'
    build/aiclause review -q -j1 -f json ../shared/corpus/cuad/text/*.txt \\
        2>profile.txt >/dev/null
    python3 tests/bench/word-value.py profile.txt

Prints, most found first, the keywords that no rule uses as a keyword,
with their finds, the runs their sets alone spared, and whether they pass
--min-finds and --ratio (finds per run spared) to be left out.  A run of
a regex costs some hundreds of finds (about 9,000 instructions in JIT
code, 30,000 in the interpreter, against a few dozen a find), so the
default ratio is 300.  Leaving a word out changes which sets regex_lit
chooses, and those have words of their own: profile again with the new
list until nothing new passes.  --c prints the passing words as C strings,
to merge into costly_words.
"""

import argparse
import collections
import sys


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
	ap.add_argument("profile")
	ap.add_argument("--min-finds", type=int, default=500)
	ap.add_argument("--ratio", type=float, default=300.0)
	ap.add_argument("--c", action="store_true", help="passing words only, as C strings")
	args = ap.parse_args()

	keywords = []                      # (finds, text, [(mode, entry)])
	spared = collections.Counter()     # entry -> runs its sets alone spared
	with open(args.profile, encoding="utf-8", errors="replace") as f:
		for line in f:
			line = line.rstrip("\n")
			if line.startswith("kw "):
				head, _, entries = line.partition("|")
				_, finds, text = head.split(" ", 2)
				pairs = [tuple(int(v) for v in e.split(":")) for e in entries.split()]
				keywords.append((int(finds), text, pairs))
			elif line.startswith("set "):
				parts = line.split()
				for entry in set(int(w) for w in parts[4:]):
					spared[entry] += int(parts[1])
	if not keywords:
		sys.exit("word-value: no 'kw' lines: was the binary built with "
			 "-DAICLAUSE_WORD_PROFILE?")
	rows = []
	for finds, text, pairs in keywords:
		# A rule's keyword (mode 0) is found whatever the patterns need.
		if any(mode == 0 for mode, _ in pairs):
			continue
		runs = sum(spared[entry] for _, entry in pairs)
		rows.append((finds, runs, text))
	rows.sort(key=lambda r: (-r[0], r[2]))
	passing = [r for r in rows if r[0] >= args.min_finds and r[0] > args.ratio * r[1]]
	if args.c:
		for _, _, text in sorted(passing, key=lambda r: r[2].encode()):
			print('"%s",' % text.replace("\\", "\\\\").replace('"', '\\"'))
		return
	total = sum(r[0] for r in rows)
	print("%d pattern words, %d finds; %d pass (%d finds)" %
	      (len(rows), total, len(passing), sum(r[0] for r in passing)))
	for finds, runs, text in rows:
		if finds < args.min_finds:
			break
		mark = "out" if finds > args.ratio * runs else ""
		print("%9d %7d %-4s |%s|" % (finds, runs, mark, text))


if __name__ == "__main__":
	main()
