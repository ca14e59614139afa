#!/bin/bash
# Record what transqa does, for comparing two builds byte for byte (a refactoring must change nothing).
# usage: benchmarks/behaviour.sh OUTDIR [quick]
#   Runs .venv/bin/transqa (or $TRANSQA; PYTHONPATH=<other checkout>/src runs another build) over the samples,
#   the seed, help texts, errors, and (unless quick) the techcrunch-zh archive audit of ../shared.
#   Compare two runs with: benchmarks/behaviour-compare.sh DIR_A DIR_B
set -u
O=$(realpath -m "$1"); MODE=${2:-full}
cd "$(dirname "$0")/.."
rm -rf "$O"; mkdir -p "$O"
T=${TRANSQA:-.venv/bin/transqa}
S=corpora/samples
for en in $S/*.en.*; do
  slug=$(basename $en); slug=${slug%%.en.*}
  zh=$S/$slug.zh.md
  for f in text concise json sarif junit csv html; do
    $T check $en $zh -f $f > $O/check-$slug.$f 2>$O/check-$slug.$f.err; echo "exit $?" >> $O/check-$slug.$f
  done
  $T check $zh -f json > $O/check-$slug-alone.json 2>&1; echo "exit $?" >> $O/check-$slug-alone.json
  for f in text json tsv; do
    $T align $en $zh -f $f > $O/align-$slug.$f 2>&1; echo "exit $?" >> $O/align-$slug.$f
  done
done
SEED=corpora/seed/alibaba-russia-mail-ru.zh.md
$T --help > $O/help-root.txt 2>&1
for c in check fix align fetch audit rules rule; do $T $c --help > $O/help-$c.txt 2>&1; done
$T rules > $O/rules.txt 2>&1; $T rules -f json > $O/rules.json 2>&1; $T rules -f markdown > $O/rules.md 2>&1
$T check > $O/err-noargs.txt 2>&1; echo "exit $?" >> $O/err-noargs.txt
$T check a b c > $O/err-three.txt 2>&1; echo "exit $?" >> $O/err-three.txt
$T check /nonexistent.md > $O/err-missing.txt 2>&1; echo "exit $?" >> $O/err-missing.txt
$T audit > $O/err-audit-none.txt 2>&1; echo "exit $?" >> $O/err-audit-none.txt
$T audit $S --scheduler tcp://x:1 > $O/err-audit-sched.txt 2>&1; echo "exit $?" >> $O/err-audit-sched.txt
$T fix $S/solar-startup.en.md $S/solar-startup.zh.md > $O/fix-solar.diff 2>$O/fix-solar.err; echo "exit $?" >> $O/fix-solar.diff
for f in text concise json sarif junit csv html; do
  $T check $SEED -f $f > $O/check-seed.$f 2>$O/check-seed.$f.err; echo "exit $?" >> $O/check-seed.$f
done
$T audit $S --no-cache --store $O/store-s.sqlite --no-progress -j 2 -o $O/audit-samples.jsonl --summary $O/audit-samples-summary.json > $O/audit-samples.out 2>&1; echo "exit $?" >> $O/audit-samples.out
$T audit $S --no-cache --store $O/store-s.sqlite --no-progress -j 1 -f concise > $O/audit-samples.concise 2>$O/audit-samples.concise.err; echo "exit $?" >> $O/audit-samples.concise
# second run served from the store must give the same lines
$T audit $S --store $O/store-s.sqlite --no-progress -j 2 -o $O/audit-samples-cached.jsonl > /dev/null 2>&1
if [ "$MODE" = full ]; then
  $T audit ../shared/corpora/techcrunch-zh --no-cache --store $O/store-tc.sqlite --no-progress -j 2 --format jsonl -o $O/audit-tc.jsonl --summary $O/audit-tc-summary.json > $O/audit-tc.out 2>&1; echo "exit $?" >> $O/audit-tc.out
  $T audit ../shared/corpora/techcrunch-zh/techcrunch-blog-zh-2007-2014 --originals ../shared/corpora/techcrunch-en --no-cache --store $O/store-tp.sqlite --no-progress -j 2 -o $O/audit-tc-pair.jsonl > $O/audit-tc-pair.out 2>&1; echo "exit $?" >> $O/audit-tc-pair.out
fi
rm -f $O/*.sqlite*
echo "recorded in $O"
