#!/usr/bin/env bash
# Side-by-side timing of OmicsBridge.Analytics against R (survival, sva) on the same generated inputs.
# Installs nothing: R runs only when Rscript and both packages are already there.
# Usage: benchmarks/analytics/run.sh [REPEATS] [DATA_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repeats="${1:-5}"
data="${2:-${TMPDIR:-/tmp}/ob-bench-analytics}"
project="$here/OmicsBridge.Benchmarks.Analytics"
mkdir -p "$data"
dotnet build -c Release "$project" -nologo -v q >/dev/null
run() { dotnet run -c Release --no-build --project "$project" -- "$@"; }
if [ ! -f "$data/combat_batch.tsv" ]; then
  echo "generating inputs in $data ..." >&2
  run generate "$data"
fi
run time "$data" "$repeats" > "$data/dotnet.tsv"
have_r=0
if command -v Rscript >/dev/null && Rscript -e 'suppressMessages({library(survival); library(sva)})' >/dev/null 2>&1; then
  have_r=1
  Rscript "$here/bench.R" "$data" "$repeats" > "$data/r.tsv"
else
  echo "R with survival and sva not found: .NET figures only." >&2
  : > "$data/r.tsv"
fi
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "NA"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
printf "%-16s %10s %10s %8s\n" step dotnet_s R_s R/dotnet
for step in km_logrank cox survival_total combat; do
  net=$(awk -v s="$step" '$1==s {print $2}' "$data/dotnet.tsv" | median)
  r=$(awk -v s="$step" '$1==s {print $2}' "$data/r.tsv" | median)
  ratio=NA
  if [ "$have_r" = 1 ] && [ "$r" != NA ]; then ratio=$(awk -v a="$r" -v b="$net" 'BEGIN {printf "%.2f", a/b}'); fi
  printf "%-16s %10s %10s %8s\n" "$step" "$net" "$r" "$ratio"
done
