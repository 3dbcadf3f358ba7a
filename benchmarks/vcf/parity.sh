#!/usr/bin/env bash
# Differential check of our VCF reader against htslib (issue 4): for random VCFs (parity_vcf.py, SEEDS of them), each
# sample's count of non-hom-ref calls after splitting multi-allelic sites must equal what
# `bcftools norm -m- | bcftools query` gives (a call is hom-ref when all its alleles are 0; missing calls count).
# Prints one line per seed and exits 1 on the first difference. Needs python3, bgzip and bcftools on PATH.
#
#   benchmarks/vcf/parity.sh [SEEDS=40]
# Environment: OB_BUILD_ROOT (default /tmp/ob-bench-vcf).
set -euo pipefail
SEEDS=${1:-40}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
export OB_BUILD_ROOT=${OB_BUILD_ROOT:-/tmp/ob-bench-vcf}
for tool in python3 bgzip bcftools; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
dotnet build "$REPO/benchmarks/OmicsBridge.Benchmarks.Vcf" -c Release -v q -nologo >/dev/null
BENCH="$OB_BUILD_ROOT/bin/OmicsBridge.Benchmarks.Vcf/Release/net10.0/OmicsBridge.Benchmarks.Vcf"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for seed in $(seq 1 "$SEEDS"); do
  python3 "$REPO/benchmarks/vcf/parity_vcf.py" "$seed" | bgzip -c > "$WORK/in.vcf.gz"
  "$BENCH" parse "$WORK/in.vcf.gz" --per-sample | sort > "$WORK/ours.tsv"
  bcftools norm -m- "$WORK/in.vcf.gz" 2>/dev/null | bcftools query -f '[%SAMPLE\t%GT\n]' \
    | awk -F'\t' '{ n[$1] += 0 } $2 !~ /^0([\/|]0)*$/ { n[$1]++ } END { for (s in n) print s "\t" n[s] }' | sort > "$WORK/bcftools.tsv"
  if ! diff -q "$WORK/ours.tsv" "$WORK/bcftools.tsv" >/dev/null; then
    echo "seed $seed: per-sample counts differ (ours < >, bcftools)"; diff "$WORK/ours.tsv" "$WORK/bcftools.tsv" | head -5
    exit 1
  fi
  echo "seed $seed: $(wc -l < "$WORK/ours.tsv") samples, $(awk '{ t += $2 } END { print t }' "$WORK/ours.tsv") non-hom-ref calls, equal"
done
