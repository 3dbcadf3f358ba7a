"""Writes a random multi-sample VCF 4.3 for benchmarks/vcf/parity.sh: 1 to 200 samples, bi- and multi-allelic sites
(up to three ALTs, indels among them), phased and unphased, haploid, missing and partly missing calls, and FORMAT as
GT alone, GT:DP:GQ, GT:AD:DP:GQ (AD Number=R) or GT:DP:GQ:PL (PL Number=G); about 1 % of calls keep GT only.

    python3 parity_vcf.py SEED > file.vcf
"""
import random
import sys

seed = int(sys.argv[1])
rng = random.Random(seed)
samples = rng.choice([1, 3, 37, 200])
variants = rng.choice([50, 500, 2000])
layout = rng.choice(["GT", "GT:DP:GQ", "GT:AD:DP:GQ", "GT:DP:GQ:PL"])
lines = [
    "##fileformat=VCFv4.3",
    "##contig=<ID=22,length=50818468>",
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">',
    '##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Quality">',
    '##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allele depths">',
    '##FORMAT=<ID=PL,Number=G,Type=Integer,Description="Likelihoods">',
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + "\t".join(f"S{i}" for i in range(samples)),
]
position = 16_000_000
for _ in range(variants):
    position += rng.randint(1, 500)
    alts = ["C", "G", "T", "AT", "ACC"][: rng.choice([1, 1, 1, 1, 2, 3])]
    frequency = rng.random() ** 3 * 0.5
    separator = "|" if rng.random() < 0.5 else "/"
    row = ["22", str(position), ".", "A", ",".join(alts), "50", "PASS", ".", layout]
    for _ in range(samples):
        ploidy = 1 if rng.random() < 0.03 else 2
        r = rng.random()
        if r < 0.02:
            alleles = ["."] * ploidy
        elif r < 0.03 and ploidy == 2:
            alleles = ["0", "."]
        else:
            alleles = [str(rng.randint(1, len(alts))) if rng.random() < frequency else "0" for _ in range(ploidy)]
        gt = separator.join(alleles)
        if layout == "GT":
            call = gt
        elif layout == "GT:DP:GQ":
            call = f"{gt}:{rng.randint(0, 60)}:{rng.choice(['99', '.', str(rng.randint(0, 99))])}"
        elif layout == "GT:AD:DP:GQ":
            depths = ",".join(str(rng.randint(0, 30)) for _ in range(len(alts) + 1))
            call = f"{gt}:{depths}:{rng.randint(0, 60)}:{rng.randint(0, 99)}"
        else:
            genotypes = (len(alts) + 1) * (len(alts) + 2) // 2 if ploidy == 2 else len(alts) + 1
            likelihoods = ",".join(str(rng.randint(0, 200)) for _ in range(genotypes))
            call = f"{gt}:{rng.randint(0, 60)}:{rng.randint(0, 99)}:{likelihoods}"
        if rng.random() < 0.01:
            call = gt  # trailing sub-fields may be dropped
        row.append(call)
    lines.append("\t".join(row))
print("\n".join(lines))
