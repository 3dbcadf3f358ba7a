#!/usr/bin/env bash
# VCF ingest vs htslib (issue 4 item 9). Generates the 2,504-sample × 50,000-variant bgzipped VCF with
# VcfSyntheticWriter, then alternately times `omicsbridge ingest vcf` (the CLI as released: published with
# ReadyToRun; into a fresh workspace each run, made by `omicsbridge init` before the clock starts; committed lake
# tables) and `bcftools query -f '%CHROM\t%POS\t%REF\t%ALT[\t%GT]\n' > /dev/null`, RUNS times each.
# Prints per-run wall and CPU seconds, medians, the throughput ratio (bcftools time / our time) and our peak RSS.
# Installs nothing: needs dotnet, bcftools and GNU time (/usr/bin/time) on PATH.
#
#   benchmarks/vcf/run.sh [RUNS=3] [SAMPLES=2504] [VARIANTS=50000]
# Environment: OB_BUILD_ROOT (default /tmp/ob-bench-vcf), BENCH_DIR (default $OB_BUILD_ROOT/data).
set -euo pipefail
RUNS=${1:-3}
SAMPLES=${2:-2504}
VARIANTS=${3:-50000}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
export OB_BUILD_ROOT=${OB_BUILD_ROOT:-/tmp/ob-bench-vcf}
DATA=${BENCH_DIR:-$OB_BUILD_ROOT/data}
mkdir -p "$DATA"
for tool in dotnet bcftools /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

echo "== build (Release)"
dotnet build "$REPO/benchmarks/OmicsBridge.Benchmarks.Vcf" -c Release -v q -nologo >/dev/null
BENCH="$OB_BUILD_ROOT/bin/OmicsBridge.Benchmarks.Vcf/Release/net10.0/OmicsBridge.Benchmarks.Vcf"
# The CLI as released (README, "Release build"): published for this machine's runtime with ReadyToRun. Where the
# runtime pack cannot be restored, the plain Release build (jitted at start-up) is timed instead, and said so.
RID=$(dotnet --info | awk '/RID:/ {print $2; exit}')
CLI="$OB_BUILD_ROOT/cli-release/omicsbridge"
if dotnet publish "$REPO/src/OmicsBridge.Cli" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
     -o "$OB_BUILD_ROOT/cli-release" -v q -nologo >/dev/null 2>&1 && [ -x "$CLI" ]; then
  echo "ours: omicsbridge ingest vcf (CLI published for $RID with ReadyToRun)"
elif CLI="$OB_BUILD_ROOT/bin/OmicsBridge.Cli/Release/net10.0/omicsbridge" \
     && dotnet build "$REPO/src/OmicsBridge.Cli" -c Release -v q -nologo >/dev/null 2>&1 && [ -x "$CLI" ]; then
  echo "ours: omicsbridge ingest vcf (CLI Release build, not ReadyToRun: the publish failed)"
else
  echo "the CLI does not build" >&2
  exit 2
fi
prepare() { "$CLI" init "$1" >/dev/null; }
ours() { "$CLI" ingest vcf "$2" -w "$1" --format csv >/dev/null; }

# At bgzip's default level 6, like the issue's file; the name says so, so that a level-1 file an earlier version of this
# script generated (419 MB) is not taken for it.
VCF="$DATA/synthetic_${SAMPLES}x${VARIANTS}_level6.vcf.gz"
if [ ! -s "$VCF" ]; then
  echo "== generate $VCF"
  "$BENCH" generate "$VCF" "$SAMPLES" "$VARIANTS"
fi
ls -l "$VCF"

ours_wall=(); ours_cpu=(); ours_rss=(); bcf_wall=(); bcf_cpu=()
measure() { # measure OUTFILE cmd...: GNU time → "wall cpu rss"
  local out=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@"
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$out"
}
for run in $(seq 1 "$RUNS"); do
  WS="$DATA/ws-run$run"; rm -rf "$WS"; prepare "$WS"
  read -r w c r < <(measure "$DATA/time.ours" bash -c "$(declare -f ours); CLI='$CLI'; ours '$WS' '$VCF'")
  ours_wall+=("$w"); ours_cpu+=("$c"); ours_rss+=("$r")
  read -r bw bc _ < <(measure "$DATA/time.bcf" bash -c "bcftools query -f '%CHROM\t%POS\t%REF\t%ALT[\t%GT]\n' '$VCF' > /dev/null")
  bcf_wall+=("$bw"); bcf_cpu+=("$bc")
  rm -rf "$WS"
  echo "run $run: ours ${w}s wall ${c}s cpu ${r} KiB peak | bcftools ${bw}s wall ${bc}s cpu"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ow=$(median "${ours_wall[@]}"); oc=$(median "${ours_cpu[@]}"); bw=$(median "${bcf_wall[@]}"); bc=$(median "${bcf_cpu[@]}")
peak=$(printf '%s\n' "${ours_rss[@]}" | sort -g | tail -1)
echo "== medians over $RUNS runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "ours:     ${ow}s wall, ${oc}s cpu, peak RSS $((peak / 1024)) MiB"
echo "bcftools: ${bw}s wall, ${bc}s cpu"
awk -v o="$ow" -v b="$bw" -v oc="$oc" -v bc="$bc" 'BEGIN{printf "throughput ratio (bcftools / ours): %.2f wall, %.2f cpu (goal >= 2.0)\n", b/o, bc/oc}'
