#!/bin/sh
# make bench: throughput and peak memory of aiclause on the shared corpora.
# The measuring is done by bench.py (sub-millisecond timers and wait4()
# rusage are not to be had from POSIX sh); this wrapper checks what it needs
# and passes on any options, e.g. --per-rule 10 or --pandoc-all.
#
# Exit status: 0 when the benchmark ran, whatever the figures; 1 when
# aiclause crashed; 2 when the binary, the data or python3 is missing.

AICLAUSE=${AICLAUSE:-build/aiclause}
SHARED=${SHARED:-../shared}
export AICLAUSE SHARED

here=$(dirname "$0")

if ! test -x "$AICLAUSE"; then
	echo "bench: $AICLAUSE not found or not executable (run make first)" >&2
	exit 2
fi
if ! test -d "$SHARED"; then
	echo "bench: $SHARED not found: the shared data is needed" >&2
	exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "bench: python3 not found" >&2
	exit 2
fi

exec python3 "$here/bench.py" "$@"
