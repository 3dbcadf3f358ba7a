using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>One column (or nested struct field) of a Delta schema; <see cref="Metadata"/> holds e.g. <c>delta.typeChanges</c>.</summary>
public sealed record DeltaField(string Name, DeltaType Type, bool Nullable, IReadOnlyDictionary<string, JsonElement>? Metadata = null);
