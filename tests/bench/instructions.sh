#!/bin/sh
# make bench-instr: instructions a review executes, counted by valgrind.
#
# make bench times the review, and on a shared machine the same binary
# varies by more than one change costs.  An instruction count does not
# vary: it cannot see cache misses, but it tells within a run or two
# whether a rule or a roles pattern made the review dearer.  Counted over
# every tenth CUAD text (29 files, 1.8 MB) with all rules, then with the
# null pack (load, roles, report), then on a one-line file with each
# (start-up with and without the rule set); the matching is what the
# first has more than the second, less what loading the rules costs
# beyond start-up, as make bench reckons it.
#
# Exit status: 0 when it counted; 2 when valgrind, the binary or the data
# is missing, or valgrind failed.

AICLAUSE=${AICLAUSE:-build/aiclause}
SHARED=${SHARED:-../shared}
here=$(dirname "$0")

if ! command -v valgrind >/dev/null 2>&1; then
	echo "bench-instr: valgrind not found (apt-get install valgrind)" >&2
	exit 2
fi
if ! test -x "$AICLAUSE"; then
	echo "bench-instr: $AICLAUSE not found or not executable (run make first)" >&2
	exit 2
fi
if ! test -d "$SHARED/corpus/cuad/text"; then
	echo "bench-instr: $SHARED/corpus/cuad/text not found: the shared data is needed" >&2
	exit 2
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# Every tenth file in name order: the same sample on every machine.
ls "$SHARED/corpus/cuad/text" | LC_ALL=C sort | awk 'NR % 10 == 1' >"$tmp/list"
(cd "$SHARED/corpus/cuad/text" && tr '\n' '\0' <"$tmp/list" | xargs -0 cat) | wc -c >"$tmp/bytes"

# Counts the instructions of one review of the files listed in $2 (names
# in directory $1) with the options after them; prints them, or exits
# saying which run failed.
count() {
	dir=$1 list=$2 what=$3
	shift 3
	n=$( (cd "$dir" &&
	      tr '\n' '\0' <"$list" |
	      xargs -0 valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null --log-file="$tmp/log" \
		"$prog" -q -j1 -f json review "$@" >/dev/null) &&
	    sed -n 's/.*I *refs: *//p' "$tmp/log" | tr -d ,)
	if test -z "$n"; then
		echo "bench-instr: valgrind failed on $what: see a run by hand" >&2
		exit 2
	fi
	echo "$n"
}

case $AICLAUSE in
/*) prog=$AICLAUSE ;;
*) prog=$(pwd)/$AICLAUSE ;;
esac
null=$(cd "$here/null-rules" && pwd)
cuad=$SHARED/corpus/cuad/text
printf 'Rule load.\n' >"$tmp/one.txt"
echo one.txt >"$tmp/one"

all=$(count "$cuad" "$tmp/list" "all rules") || exit 2
none=$(count "$cuad" "$tmp/list" "the null pack" --no-default-rules --rules "$null") || exit 2
load=$(count "$tmp" "$tmp/one" "a one-line file") || exit 2
start=$(count "$tmp" "$tmp/one" "a one-line file, null pack" --no-default-rules --rules "$null") || exit 2
bytes=$(cat "$tmp/bytes")
awk -v all="$all" -v none="$none" -v load="$load" -v start="$start" -v bytes="$bytes" -v n="$(wc -l <"$tmp/list")" 'BEGIN {
	printf "instructions over %d CUAD texts (%.2f MB), one process:\n", n, bytes / 1e6
	printf "  review, all rules      %14d  %6.1f a byte\n", all, all / bytes
	printf "  review, null pack      %14d  %6.1f a byte\n", none, none / bytes
	printf "  one line, all rules    %14d\n", load
	printf "  one line, null pack    %14d\n", start
	printf "  rule load              %14d  (one line: all rules less null pack)\n", load - start
	m = all - none - (load - start)
	printf "  matching alone         %14d  %6.1f a byte (all rules less null pack less rule load)\n", m, m / bytes
}'
