using System.Runtime.InteropServices;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The few DuckDB C API functions that DuckDB.NET does not expose in a form a table-function callback can use: ENUM
/// types, result columns by raw type handle, and the raw output chunk. Same native library DuckDB.NET loads.
/// </summary>
internal static unsafe partial class DuckDBNative
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    public static partial IntPtr CreateLogicalType(int type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_enum_type")]
    public static partial IntPtr CreateEnumType(byte** names, ulong count);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    public static partial int EnumInternalType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(IntPtr* type);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_add_result_column")]
    public static partial void BindAddResultColumn(IntPtr info, byte* name, IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    public static partial void DataChunkSetSize(IntPtr chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    public static partial void* VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    public static partial void VectorEnsureValidityWritable(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    public static partial ulong* VectorGetValidity(IntPtr vector);
}
