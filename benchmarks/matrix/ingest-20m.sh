#!/usr/bin/env bash
# Expression-matrix ingest at scale: a generated 20,000 genes × 1,000 samples matrix (20 million values) ingested into
# a fresh workspace (committed lake table), timed, with peak memory from /usr/bin/time -v. A raw reference is timed
# in the same run: `wc -l` and a gzip-free `cat` of the same file (I/O ceiling). Runs each RUNS times (default 3) and
# prints medians. Installs nothing; needs GNU time at /usr/bin/time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d /tmp/ob-bench-matrix.XXXXXX)}
echo "work folder: $WORK"
dotnet build -c Release src/OmicsBridge.Cli -o "$WORK/cli" -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/OmicsBridge.Benchmarks -o "$WORK/gen" -v quiet -nologo >/dev/null
MATRIX="$WORK/expression_20000x1000.tsv"
if [ ! -f "$MATRIX" ]; then
  dotnet "$WORK/gen/OmicsBridge.Benchmarks.dll" --generate-matrix "$MATRIX" 20000 1000
fi
ls -l "$MATRIX"
# A manifest declaring the 1,000 samples, so the run links every column to a patient as real data would.
python3 - "$MATRIX" "$WORK/samples.csv" <<'PY'
import sys
header = open(sys.argv[1]).readline().rstrip('\n').split('\t')[1:]
with open(sys.argv[2], 'w') as out:
    out.write('sample_id,mrn,modality,batch\n')
    for i, s in enumerate(header):
        out.write(f'{s},MRN{i:06d},RNA-seq,B{i % 2 + 1}\n')
PY
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2==1) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
: > "$WORK/ours.txt"; : > "$WORK/raw.txt"; : > "$WORK/rss.txt"; : > "$WORK/cpu.txt"
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e" -o "$WORK/t.raw" sh -c "cat '$MATRIX' | wc -l >/dev/null"
  cat "$WORK/t.raw" >> "$WORK/raw.txt"
  rm -rf "$WORK/ws"
  dotnet "$WORK/cli/omicsbridge.dll" init "$WORK/ws" >/dev/null
  dotnet "$WORK/cli/omicsbridge.dll" ingest manifest "$WORK/samples.csv" -w "$WORK/ws" >/dev/null 2>&1
  /usr/bin/time -v -o "$WORK/t.ours" dotnet "$WORK/cli/omicsbridge.dll" ingest matrix "$MATRIX" -w "$WORK/ws" >/dev/null 2>"$WORK/ingest.err"
  grep "Elapsed (wall clock)" "$WORK/t.ours" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }' >> "$WORK/ours.txt"
  grep "Maximum resident set size" "$WORK/t.ours" | awk '{print $NF}' >> "$WORK/rss.txt"
  # CPU seconds (user + system) stay meaningful on a shared, loaded machine where wall time does not.
  awk '/User time|System time/ {s += $NF} END {print s}' "$WORK/t.ours" >> "$WORK/cpu.txt"
  echo "run $run: ours $(tail -1 "$WORK/ours.txt") s wall, $(tail -1 "$WORK/cpu.txt") s CPU, raw read $(tail -1 "$WORK/raw.txt") s, peak RSS $(tail -1 "$WORK/rss.txt") KiB"
done
count=$(dotnet "$WORK/cli/omicsbridge.dll" sql "SELECT count(*) FROM molecular_measurement" -w "$WORK/ws" --format csv | tail -1)
ours=$(median < "$WORK/ours.txt"); raw=$(median < "$WORK/raw.txt"); rss=$(median < "$WORK/rss.txt"); cpu=$(median < "$WORK/cpu.txt")
echo "values committed: $count"
awk -v n="$count" -v t="$ours" -v r="$raw" -v m="$rss" -v c="$cpu" 'BEGIN {
  printf "median ingest %.2f s wall = %.2f M values/s; %.2f s CPU = %.2f M values per CPU-second; raw read %.2f s (ratio %.0f); median peak RSS %.0f MiB\n", t, n/t/1e6, c, n/c/1e6, r, t/r, m/1024 }'
