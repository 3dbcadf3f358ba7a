using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// A DuckDB table function that reads the rows held by one <see cref="CodedBatchBuffer"/> straight from its arrays, so
/// <c>COPY (SELECT * FROM scan()) TO 'file.parquet'</c> writes them without a staging table in between.
/// </summary>
/// <remarks>
/// String columns come out as ENUMs of the buffer's dictionaries (VARCHAR when they hold only nulls): DuckDB's Parquet
/// writer writes an ENUM as the dictionary page plus the codes and never hashes a string per row, while the file still
/// holds plain UTF-8 strings. Each output chunk is filled by copying values into the vectors' memory. The callbacks run
/// on DuckDB's threads; the scan is single-threaded (DuckDB's default for a table function), and an exception becomes
/// the query's error instead of crossing into native code.
/// </remarks>
internal static unsafe class CodedBatchScan
{
    private static readonly ConcurrentDictionary<long, ScanState> s_scans = new();
    private static long s_nextId;

    /// <summary>Registers a scan of <paramref name="buffer"/> on <paramref name="connection"/>; returns its id.</summary>
    public static long Register(DuckDBConnection connection, CodedBatchBuffer buffer)
    {
        var id = Interlocked.Increment(ref s_nextId);
        s_scans[id] = new ScanState(buffer);
        var name = FunctionName(id);
        var function = NativeMethods.TableFunction.DuckDBCreateTableFunction();
        try
        {
            NativeMethods.TableFunction.DuckDBTableFunctionSetName(function, name);
            NativeMethods.TableFunction.DuckDBTableFunctionSetExtraInfo(function, checked((IntPtr)id), null);
            NativeMethods.TableFunction.DuckDBTableFunctionSetBind(function, &Bind);
            NativeMethods.TableFunction.DuckDBTableFunctionSetInit(function, &Init);
            NativeMethods.TableFunction.DuckDBTableFunctionSetFunction(function, &Scan);
            if (NativeMethods.TableFunction.DuckDBRegisterTableFunction(connection.NativeConnection, function) != DuckDBState.Success)
            {
                throw new InvalidOperationException($"DuckDB refused the table function '{name}'.");
            }
        }
        finally
        {
            NativeMethods.TableFunction.DuckDBDestroyTableFunction(ref function);
        }

        return id;
    }

    /// <summary>The SQL name of scan <paramref name="id"/>: <c>SELECT * FROM name()</c>.</summary>
    public static string FunctionName(long id) => string.Create(CultureInfo.InvariantCulture, $"ob_coded_scan_{id}");

    /// <summary>
    /// Each column's null count over the rows scan <paramref name="id"/> handed out in its last run (counted while the
    /// vectors are filled, so the file's statistics need no pass of their own), by column name.
    /// </summary>
    public static Dictionary<string, long> NullCounts(long id)
    {
        var scan = s_scans[id];
        var columns = scan.Buffer.Schema.Columns;
        return Enumerable.Range(0, columns.Count).ToDictionary(c => columns[c].Name, c => scan.Nulls[c], StringComparer.Ordinal);
    }

    /// <summary>Forgets scan <paramref name="id"/>'s buffer (the function stays in its in-memory catalog, unused).</summary>
    public static void Unregister(long id) => s_scans.TryRemove(id, out _);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bind(IntPtr info)
    {
        try
        {
            var scan = s_scans[NativeMethods.TableFunction.DuckDBBindGetExtraInfo(info)];
            var buffer = scan.Buffer;
            for (var c = 0; c < buffer.Schema.Columns.Count; c++)
            {
                IntPtr type;
                if (buffer.Dictionary(c) is { Count: > 0 } values)
                {
                    type = CreateEnum(values);
                    scan.Storage[c] = (DuckDBType)DuckDBNative.EnumInternalType(type);
                }
                else
                {
                    scan.Storage[c] = TypeOf(buffer.Schema.Columns[c].Type);
                    type = DuckDBNative.CreateLogicalType((int)scan.Storage[c]);
                }

                var name = Encoding.UTF8.GetBytes(buffer.Schema.Columns[c].Name + "\0");
                fixed (byte* n = name)
                {
                    DuckDBNative.BindAddResultColumn(info, n, type);
                }

                DuckDBNative.DestroyLogicalType(&type);
            }

            NativeMethods.TableFunction.DuckDBBindSetCardinality(info, (ulong)buffer.Count, true);
        }
        catch (Exception e)
        {
            NativeMethods.TableFunction.DuckDBBindSetError(info, e.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Init(IntPtr info)
    {
        try
        {
            var scan = s_scans[NativeMethods.TableFunction.DuckDBInitGetExtraInfo(info)];
            scan.Position = 0;
            Array.Clear(scan.Nulls);
        }
        catch (Exception e)
        {
            NativeMethods.TableFunction.DuckDBInitSetError(info, e.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Scan(IntPtr info, IntPtr output)
    {
        try
        {
            var scan = s_scans[NativeMethods.TableFunction.DuckDBFunctionGetExtraInfo(info)];
            var start = scan.Position;
            var rows = Math.Min((int)NativeMethods.Helpers.DuckDBVectorSize(), scan.Buffer.Count - start);
            for (var c = 0; c < scan.Storage.Length && rows > 0; c++)
            {
                scan.Nulls[c] += Fill(DuckDBNative.DataChunkGetVector(output, (ulong)c), scan.Storage[c], scan.Buffer.Column(c), start, rows);
            }

            scan.Position = start + rows;
            DuckDBNative.DataChunkSetSize(output, (ulong)rows);
        }
        catch (Exception e)
        {
            NativeMethods.TableFunction.DuckDBFunctionSetError(info, e.Message);
        }
    }

    private static IntPtr CreateEnum(IReadOnlyList<string> values)
    {
        var names = new IntPtr[values.Count];
        try
        {
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
            }

            fixed (IntPtr* p = names)
            {
                return DuckDBNative.CreateEnumType((byte**)p, (ulong)names.Length);
            }
        }
        finally
        {
            foreach (var name in names)
            {
                Marshal.FreeCoTaskMem(name);
            }
        }
    }

    private static DuckDBType TypeOf(Schema.ColumnType type) => type switch
    {
        Schema.ColumnType.String => DuckDBType.Varchar,
        Schema.ColumnType.Int32 => DuckDBType.Integer,
        Schema.ColumnType.Int64 => DuckDBType.BigInt,
        Schema.ColumnType.Double => DuckDBType.Double,
        Schema.ColumnType.Boolean => DuckDBType.Boolean,
        _ => throw new NotSupportedException($"Column type {type} has no columnar fast path; use the row appender."),
    };

    /// <summary>Fills one output vector with rows start..start+rows-1 of a column; returns how many were null.</summary>
    private static int Fill(IntPtr vector, DuckDBType storage, Array column, int start, int rows)
    {
        var data = DuckDBNative.VectorGetData(vector);
        return (storage, column) switch
        {
            // An ENUM column holds the codes in the unsigned type DuckDB chose for its dictionary's size.
            (DuckDBType.UnsignedTinyInt, int?[] codes) => CopyCodes(vector, (byte*)data, codes.AsSpan(start, rows)),
            (DuckDBType.UnsignedSmallInt, int?[] codes) => CopyCodes(vector, (ushort*)data, codes.AsSpan(start, rows)),
            (DuckDBType.UnsignedInteger, int?[] codes) => CopyCodes(vector, (uint*)data, codes.AsSpan(start, rows)),
            // A string column without a dictionary holds only nulls.
            (DuckDBType.Varchar, _) => SetAllNull(vector, rows),
            (DuckDBType.Integer, int?[] ints) => Copy(vector, (int*)data, ints.AsSpan(start, rows)),
            (DuckDBType.BigInt, long?[] longs) => Copy(vector, (long*)data, longs.AsSpan(start, rows)),
            (DuckDBType.Double, double?[] doubles) => Copy(vector, (double*)data, doubles.AsSpan(start, rows)),
            (DuckDBType.Boolean, bool?[] booleans) => Copy(vector, (bool*)data, booleans.AsSpan(start, rows)),
            _ => throw new NotSupportedException($"A {column.GetType().Name} column cannot fill a {storage} vector."),
        };
    }

    private static int Copy<T>(IntPtr vector, T* data, ReadOnlySpan<T?> values)
        where T : unmanaged
    {
        var nulls = new NullMask(vector);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                data[i] = value;
            }
            else
            {
                nulls.Set(i);
            }
        }

        return nulls.Count;
    }

    private static int CopyCodes<T>(IntPtr vector, T* data, ReadOnlySpan<int?> codes)
        where T : unmanaged, IBinaryInteger<T>
    {
        var nulls = new NullMask(vector);
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] is { } code)
            {
                data[i] = T.CreateTruncating(code);
            }
            else
            {
                nulls.Set(i);
            }
        }

        return nulls.Count;
    }

    private static int SetAllNull(IntPtr vector, int rows)
    {
        var nulls = new NullMask(vector);
        for (var i = 0; i < rows; i++)
        {
            nulls.Set(i);
        }

        return nulls.Count;
    }

    /// <summary>A vector's validity mask, made writable on its first null (a column without nulls never gets one).</summary>
    private ref struct NullMask(IntPtr vector)
    {
        private ulong* _bits;

        /// <summary>The rows set null so far.</summary>
        public int Count { get; private set; }

        public void Set(int row)
        {
            Count++;
            if (_bits is null)
            {
                DuckDBNative.VectorEnsureValidityWritable(vector);
                _bits = DuckDBNative.VectorGetValidity(vector);
            }

            _bits[row >> 6] &= ~(1UL << (row & 63));
        }
    }

    /// <summary>One registered scan: its buffer, the next row to hand out, each column's vector storage type and nulls.</summary>
    private sealed class ScanState(CodedBatchBuffer buffer)
    {
        public CodedBatchBuffer Buffer => buffer;

        public int Position { get; set; }

        public DuckDBType[] Storage { get; } = new DuckDBType[buffer.Schema.Columns.Count];

        /// <summary>Each column's nulls among the rows handed out since <see cref="Init"/>.</summary>
        public long[] Nulls { get; } = new long[buffer.Schema.Columns.Count];
    }
}
