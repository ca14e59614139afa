#!/bin/bash
# usage: benchmarks/behaviour-compare.sh DIR_A DIR_B — compare two runs of benchmarks/behaviour.sh.
# Normalised before comparing, and only these: the JSON report's tool signature (it names the build) and
# the audit's closing run-statistics line (results served from the store, workers, peak memory).
A=$1; B=$2; bad=0; n=0
norm() { sed -E -e 's/"signature": ?"[^"]*"/"signature":"X"/g' -e 's/\(([0-9]+) from the result store.*\)$/(run stats)/' "$1"; }
for f in $(cd $A && ls); do
  n=$((n+1))
  if [ ! -e $B/$f ]; then echo "MISSING $f"; bad=1; continue; fi
  if ! cmp -s <(norm $A/$f) <(norm $B/$f); then echo "DIFF $f"; diff <(norm $A/$f) <(norm $B/$f) | head -5; bad=1; fi
done
echo "compared $n files: $([ $bad = 0 ] && echo identical || echo DIFFERENT)"
