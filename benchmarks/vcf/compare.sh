#!/usr/bin/env bash
# Compares builds of the CLI on one VCF in the same window of time (issue 4): each round times every CLI's
# `ingest vcf` (a fresh workspace each, made before the clock starts), then `bcftools query -f
# '%CHROM\t%POS\t%REF\t%ALT[\t%GT]\n' > /dev/null`; prints every run and, per CLI, the median wall and CPU seconds and
# the ratio to bcftools' median. On a shared machine a change smaller than the run-to-run noise shows only in such
# alternating pairs, never across sessions. Needs bcftools and GNU time (/usr/bin/time) on PATH.
#
#   benchmarks/vcf/compare.sh RUNS VCF CLI_DIR [CLI_DIR ...]
# A CLI_DIR holds an `omicsbridge` executable, e.g. the output of the README's `dotnet publish … -o DIR` at two commits.
# Environment: WORK (default: a temporary folder, removed at the end) for the workspaces.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
RUNS=$1
VCF=$2
shift 2
CLIS=("$@")
for tool in bcftools /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
for cli in "${CLIS[@]}"; do
  [ -x "$cli/omicsbridge" ] || { echo "no omicsbridge in $cli" >&2; exit 2; }
done
WORK=${WORK:-$(mktemp -d)}
trap 'rm -rf "$WORK"' EXIT

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A wall cpu
bcf=()
for run in $(seq 1 "$RUNS"); do
  for i in "${!CLIS[@]}"; do
    ws="$WORK/ws$i"
    rm -rf "$ws"
    "${CLIS[$i]}/omicsbridge" init "$ws" >/dev/null
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "${CLIS[$i]}/omicsbridge" ingest vcf "$VCF" -w "$ws" --format csv >/dev/null 2>&1
    read -r w u s m < "$WORK/time"
    c=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u + s}')
    wall[$i]+="$w "
    cpu[$i]+="$c "
    echo "run $run, ${CLIS[$i]}: ${w} s wall, ${c} s CPU, $((m / 1024)) MiB peak"
  done
  /usr/bin/time -f "%e" -o "$WORK/time" bash -c "bcftools query -f '%CHROM\t%POS\t%REF\t%ALT[\t%GT]\n' '$VCF' > /dev/null"
  read -r w < "$WORK/time"
  bcf+=("$w")
  echo "run $run, bcftools: ${w} s wall"
done

b=$(median "${bcf[@]}")
echo "== medians over $RUNS rounds (load average: $(cut -d' ' -f1-3 /proc/loadavg)); bcftools ${b} s"
for i in "${!CLIS[@]}"; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  w=$(median ${wall[$i]})
  # shellcheck disable=SC2086
  c=$(median ${cpu[$i]})
  awk -v n="${CLIS[$i]}" -v w="$w" -v c="$c" -v b="$b" \
    'BEGIN{printf "%s: %s s wall, %s s CPU, ratio to bcftools %s\n", n, w, c, (b > 0 && w > 0) ? sprintf("%.2f", b / w) : "n/a"}'
done
