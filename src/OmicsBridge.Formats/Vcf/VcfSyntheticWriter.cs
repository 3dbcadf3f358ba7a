using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OmicsBridge.Formats.Vcf.Bgzf;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// Writes a deterministic, realistic multi-sample VCF 4.3 (GRCh38 chr22 coordinates, AC/AN/AF INFO, GT:DP:GQ,
/// about 5% tri-allelic sites and 1% missing calls), BGZF-compressed by <see cref="BgzfWriter"/> at bgzip's default
/// level (6), as a "bgzipped" VCF is. The benchmark default is 2,504 samples × 50,000 variants (1000 Genomes' sample
/// count).
/// </summary>
/// <remarks>
/// The same seed and sizes give the same bytes on every machine: a private xorshift64* generator, invariant formatting.
/// Allele frequencies follow a rare-skewed distribution (AF = 0.5·u³) and genotypes Hardy–Weinberg proportions, so
/// most calls are hom-ref, as in real cohorts; this matters for the lake's hom-ref compaction.
/// </remarks>
public static class VcfSyntheticWriter
{
    /// <summary>Writes to <paramref name="path"/> (BGZF); returns the number of data lines.</summary>
    public static long Write(string path, int samples = 2504, int variants = 50_000, ulong seed = 42)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Write(file, samples, variants, seed);
    }

    /// <summary>Writes BGZF to <paramref name="output"/> (left open).</summary>
    public static long Write(Stream output, int samples = 2504, int variants = 50_000, ulong seed = 42)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(variants, 0);
        // Optimal is zlib's default level, 6, which bgzip also uses: the file is as large as bgzip would make it.
        using var bgzf = new BgzfWriter(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
        var header = new StringBuilder();
        header.Append("##fileformat=VCFv4.3\n");
        header.Append("##source=OmicsBridge.VcfSyntheticWriter seed=").Append(seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        header.Append("##reference=GRCh38\n");
        header.Append("##contig=<ID=chr22,length=50818468,assembly=GRCh38>\n");
        header.Append("##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count in genotypes\">\n");
        header.Append("##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles in called genotypes\">\n");
        header.Append("##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n");
        header.Append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        header.Append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n");
        header.Append("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n");
        header.Append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (var s = 0; s < samples; s++)
        {
            header.Append("\tS").Append((s + 1).ToString("D5", CultureInfo.InvariantCulture));
        }

        header.Append('\n');
        bgzf.Write(Encoding.ASCII.GetBytes(header.ToString()));

        var rng = new XorShift(seed);
        var line = new byte[(samples * 16) + 256];
        var genotypes = new byte[samples * 2];
        ReadOnlySpan<byte> bases = "ACGT"u8;
        long position = 16_050_000;
        Span<int> ac = stackalloc int[3];
        for (var v = 0; v < variants; v++)
        {
            position += 1 + (long)(rng.NextDouble() * 600);
            var triallelic = rng.NextDouble() < 0.05;
            var altCount = triallelic ? 2 : 1;
            var af1 = 0.5 * Math.Pow(rng.NextDouble(), 3);
            var af2 = triallelic ? af1 * rng.NextDouble() : 0;
            ac.Clear();
            var an = 0;
            for (var s = 0; s < samples; s++)
            {
                if (rng.NextDouble() < 0.01)
                {
                    genotypes[2 * s] = genotypes[(2 * s) + 1] = 255;
                    continue;
                }

                for (var h = 0; h < 2; h++)
                {
                    var u = rng.NextDouble();
                    var allele = (byte)(u < af1 ? 1 : u < af1 + af2 ? 2 : 0);
                    genotypes[(2 * s) + h] = allele;
                    ac[allele]++;
                    an++;
                }
            }

            var p = 0;
            p += Copy("chr22\t"u8, line, p);
            p += Format(position, line, p);
            line[p++] = (byte)'\t';
            line[p++] = (byte)'.';
            line[p++] = (byte)'\t';
            var refIndex = (int)(rng.Next() & 3);
            line[p++] = bases[refIndex];
            line[p++] = (byte)'\t';
            line[p++] = bases[(refIndex + 1 + (int)(rng.Next() % 3)) & 3];
            if (triallelic)
            {
                // The second ALT is a one-base insertion after REF, so splitting and trimming have work to do.
                line[p++] = (byte)',';
                line[p++] = bases[refIndex];
                line[p++] = (byte)'T';
            }

            p += Copy("\t50\tPASS\tAC="u8, line, p);
            p += Format(ac[1], line, p);
            if (triallelic)
            {
                line[p++] = (byte)',';
                p += Format(ac[2], line, p);
            }

            p += Copy(";AN="u8, line, p);
            p += Format(an, line, p);
            p += Copy(";AF="u8, line, p);
            p += FormatFrequency(an == 0 ? 0 : (double)ac[1] / an, line, p);
            if (triallelic)
            {
                line[p++] = (byte)',';
                p += FormatFrequency(an == 0 ? 0 : (double)ac[2] / an, line, p);
            }

            p += Copy("\tGT:DP:GQ"u8, line, p);
            for (var s = 0; s < samples; s++)
            {
                line[p++] = (byte)'\t';
                var a = genotypes[2 * s];
                var b = genotypes[(2 * s) + 1];
                if (a == 255)
                {
                    p += Copy("./.:.:."u8, line, p);
                    continue;
                }

                line[p++] = (byte)('0' + a);
                line[p++] = (byte)'/';
                line[p++] = (byte)('0' + b);
                line[p++] = (byte)':';
                p += Format(8 + (int)(rng.Next() % 48), line, p);
                line[p++] = (byte)':';
                p += Format(a == b && a == 0 ? 99 : 20 + (int)(rng.Next() % 80), line, p);
            }

            line[p++] = (byte)'\n';
            bgzf.Write(line.AsSpan(0, p));
        }

        return variants;
    }

    private static int Copy(ReadOnlySpan<byte> text, byte[] target, int at)
    {
        text.CopyTo(target.AsSpan(at));
        return text.Length;
    }

    private static int Format(long value, byte[] target, int at)
    {
        Utf8Formatter.TryFormat(value, target.AsSpan(at), out var written);
        return written;
    }

    private static int FormatFrequency(double value, byte[] target, int at)
    {
        Utf8Formatter.TryFormat(Math.Round(value, 4), target.AsSpan(at), out var written, new System.Buffers.StandardFormat('G'));
        return written;
    }

    private struct XorShift(ulong seed)
    {
        private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

        public ulong Next()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
    }
}
