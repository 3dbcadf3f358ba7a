#!/usr/bin/env bash
# Clinical ingest benchmark (issue 3, item 7).
# FHIR: a generated 1,000,000-resource R4 bulk export (NDJSON per type, the demo's clinical generator) ingested by
# `omicsbridge ingest fhir` (Release build) into a fresh workspace, i.e. committed lake tables; in the same run a raw
# Utf8JsonReader scan of the same bytes (the ceiling). HL7 v2: 100,000 generated ORU^R01 messages by
# `omicsbridge ingest hl7v2`. Each timing RUNS times (default 3), medians printed; peak memory from /usr/bin/time -v.
# Installs nothing; needs GNU time at /usr/bin/time (Debian package "time"). RESOURCES / MESSAGES change the sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
RESOURCES=${RESOURCES:-1000000}
MESSAGES=${MESSAGES:-100000}
WORK=${WORK:-$(mktemp -d /tmp/ob-bench-clinical.XXXXXX)}
echo "work folder: $WORK"
dotnet build -c Release src/OmicsBridge.Cli -o "$WORK/cli" -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/OmicsBridge.Benchmarks.Clinical -o "$WORK/gen" -v quiet -nologo >/dev/null
OB="dotnet $WORK/cli/omicsbridge.dll"
GEN="dotnet $WORK/gen/OmicsBridge.Benchmarks.Clinical.dll"
if [ ! -f "$WORK/fhir/clinical.ndjson" ]; then $GEN generate-fhir "$WORK/fhir" "$RESOURCES"; fi
if [ ! -f "$WORK/oru.hl7" ]; then $GEN generate-hl7 "$WORK/oru.hl7" "$MESSAGES"; fi
du -sh "$WORK/fhir" "$WORK/oru.hl7"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2==1) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
wall() { grep "Elapsed (wall clock)" "$1" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
rss() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }
# One timed ingest of $2 (kind $1) into a fresh workspace; appends seconds and peak RSS (KiB) to $WORK/$1.{t,rss}.
ingest() {
  rm -rf "$WORK/ws"
  $OB init "$WORK/ws" >/dev/null
  # The generated sources name patients in these systems; alias them to MRN as the demo workspace does.
  python3 - "$WORK/ws/omicsbridge.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read().replace('  system_aliases:\n', '  system_aliases:\n    "http://omicsbridge.example/fhir/mrn": MRN\n    "DEMOHOSP": MRN\n', 1)
open(p, 'w').write(s)
PY
  /usr/bin/time -v -o "$WORK/t.$1" $OB ingest "$1" "$2" -w "$WORK/ws" --format csv >"$WORK/$1.out" 2>"$WORK/$1.err" || true
  wall "$WORK/t.$1" >> "$WORK/$1.t"; rss "$WORK/t.$1" >> "$WORK/$1.rss"
}

: > "$WORK/fhir.t"; : > "$WORK/fhir.rss"; : > "$WORK/hl7v2.t"; : > "$WORK/hl7v2.rss"; : > "$WORK/scan.t"
for run in $(seq 1 "$RUNS"); do
  $GEN scan "$WORK/fhir" | awk '{print $2}' >> "$WORK/scan.t"
  ingest fhir "$WORK/fhir"
  resources=$($OB sql "SELECT (SELECT count(*) FROM patient) + (SELECT count(*) FROM encounter) + (SELECT count(*) FROM condition) + (SELECT count(*) FROM observation) + (SELECT count(*) FROM medication)" -w "$WORK/ws" --format csv | tail -1)
  ingest hl7v2 "$WORK/oru.hl7"
  observations=$($OB sql "SELECT count(*) FROM observation" -w "$WORK/ws" --format csv | tail -1)
  echo "run $run: fhir $(tail -1 "$WORK/fhir.t") s ($resources rows committed), raw scan $(tail -1 "$WORK/scan.t") s, peak RSS $(tail -1 "$WORK/fhir.rss") KiB;" \
       "hl7v2 $(tail -1 "$WORK/hl7v2.t") s ($observations observations), peak RSS $(tail -1 "$WORK/hl7v2.rss") KiB"
done

count=$($GEN scan "$WORK/fhir" | awk '{print $1}')
awk -v n="$count" -v t="$(median < "$WORK/fhir.t")" -v r="$(median < "$WORK/scan.t")" -v m="$(median < "$WORK/fhir.rss")" 'BEGIN {
  printf "FHIR NDJSON: %d resources; median ingest %.2f s = %.0f resources/s; raw Utf8JsonReader scan %.2f s = %.0f resources/s; ingest/scan rate ratio %.3f; median peak RSS %.0f MiB\n", n, t, n/t, r, n/r, r/t, m/1024 }'
awk -v n="$MESSAGES" -v t="$(median < "$WORK/hl7v2.t")" -v m="$(median < "$WORK/hl7v2.rss")" 'BEGIN {
  printf "HL7 v2 ORU^R01: %d messages; median ingest %.2f s = %.0f messages/s; median peak RSS %.0f MiB\n", n, t, n/t, m/1024 }'
