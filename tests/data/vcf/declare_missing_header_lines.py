#!/usr/bin/env python3
"""Adds ##contig/##INFO/##FORMAT lines for contigs and keys a VCF uses without declaring, so bcftools can write
records for the hts-specs conformance files (htslib refuses to encode undeclared ids). Values are left untouched;
undeclared keys get the VCF spec's reserved definition when there is one, else Number=.,Type=String.
Usage: declare_missing_header_lines.py in.vcf > out.vcf"""
import sys

RESERVED_FORMAT = {"GT": ("1", "String"), "AD": ("R", "Integer"), "DP": ("1", "Integer"), "GQ": ("1", "Integer"),
                   "PL": ("G", "Integer"), "GL": ("G", "Float"), "GP": ("G", "Float"), "HQ": ("2", "Integer")}
RESERVED_INFO = {"AC": ("A", "Integer"), "AF": ("A", "Float"), "AN": ("1", "Integer"), "DP": ("1", "Integer")}

meta, header, body = [], None, []
with open(sys.argv[1]) as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("##"):
            meta.append(line)
        elif line.startswith("#"):
            header = line
        elif line:
            body.append(line)

declared = {"contig": set(), "INFO": set(), "FORMAT": set()}
for m in meta:
    for kind in declared:
        if m.startswith("##" + kind + "=<ID="):
            declared[kind].add(m[len(kind) + 7:].split(",")[0].rstrip(">"))

extra, seen = [], set()
def need(kind, key, line):
    if key not in declared[kind] and (kind, key) not in seen:
        seen.add((kind, key))
        extra.append(line)

for row in body:
    cols = row.split("\t")
    need("contig", cols[0], "##contig=<ID=%s>" % cols[0])
    if len(cols) > 7 and cols[7] != ".":
        for entry in cols[7].split(";"):
            key, _, value = entry.partition("=")
            if not key:
                continue
            number, typ = RESERVED_INFO.get(key, ("." if value else "0", "String" if value else "Flag"))
            need("INFO", key, '##INFO=<ID=%s,Number=%s,Type=%s,Description="added for bcftools">' % (key, number, typ))
    if len(cols) > 8:
        for key in cols[8].split(":"):
            number, typ = RESERVED_FORMAT.get(key, (".", "String"))
            need("FORMAT", key, '##FORMAT=<ID=%s,Number=%s,Type=%s,Description="added for bcftools">' % (key, number, typ))

print("\n".join(meta + extra + [header] + body))
