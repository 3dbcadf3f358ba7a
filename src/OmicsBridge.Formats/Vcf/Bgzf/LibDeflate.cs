using System.Runtime.InteropServices;

namespace OmicsBridge.Formats.Vcf.Bgzf;

/// <summary>
/// libdeflate, the whole-buffer inflater htslib uses, when the system has it (Debian and Ubuntu: <c>libdeflate0</c>,
/// installed with bcftools and samtools): it inflates a BGZF block about twice as fast as zlib's streaming inflate.
/// Where it is absent, <see cref="BgzfReader"/> inflates through .NET's <see cref="System.IO.Compression.DeflateStream"/>.
/// </summary>
/// <remarks>
/// Only the three calls of the stable libdeflate API (1.0 and later) are bound. A decompressor holds no state between
/// calls but is not thread-safe, so each inflating thread rents its own.
/// </remarks>
internal static class LibDeflate
{
    private const string Library = "libdeflate.so.0";
    private const int Success = 0;

    private static readonly Lazy<bool> s_available = new(() => NativeLibrary.TryLoad(Library, out _));

    /// <summary>True when the library loads on this machine.</summary>
    public static bool IsAvailable => s_available.Value;

    /// <summary>Inflates one raw DEFLATE stream that must fill <paramref name="output"/> exactly.</summary>
    /// <returns>False when the data is corrupt or inflates to another size.</returns>
    public static bool TryInflate(Decompressor decompressor, ReadOnlySpan<byte> input, Span<byte> output)
    {
        ArgumentNullException.ThrowIfNull(decompressor);
        ArgumentOutOfRangeException.ThrowIfZero(output.Length);
        // With no "actual size" pointer, libdeflate succeeds only when the output is filled exactly.
        return Native.libdeflate_deflate_decompress(decompressor.Handle, ref MemoryMarshal.GetReference(input), (nuint)input.Length,
            ref MemoryMarshal.GetReference(output), (nuint)output.Length, IntPtr.Zero) == Success;
    }

    /// <summary>One libdeflate decompressor (a few tens of kilobytes of tables), freed on dispose.</summary>
    internal sealed class Decompressor : SafeHandle
    {
        public Decompressor()
            : base(IntPtr.Zero, ownsHandle: true)
        {
            SetHandle(Native.libdeflate_alloc_decompressor());
            if (IsInvalid)
            {
                throw new InvalidOperationException("libdeflate could not allocate a decompressor (out of memory).");
            }
        }

        public IntPtr Handle => handle;

        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override bool ReleaseHandle()
        {
            Native.libdeflate_free_decompressor(handle);
            return true;
        }
    }

    // The C names, as libdeflate.h declares them.
#pragma warning disable SA1300, CA1707, IDE1006
    private static class Native
    {
        [DllImport(Library)]
        public static extern IntPtr libdeflate_alloc_decompressor();

        [DllImport(Library)]
        public static extern int libdeflate_deflate_decompress(IntPtr decompressor, ref byte input, nuint inputLength,
            ref byte output, nuint outputLength, IntPtr actualOutputLength);

        [DllImport(Library)]
        public static extern void libdeflate_free_decompressor(IntPtr decompressor);
    }
#pragma warning restore SA1300, CA1707, IDE1006
}
