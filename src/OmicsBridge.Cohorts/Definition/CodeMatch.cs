namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// A (vocabulary, code) to match. <see cref="Prefix"/> matches every code starting with <see cref="Code"/> (ICD-10-CM
/// <c>C50*</c>: the code and its descendants, since ICD-10-CM codes nest by prefix); <see cref="Descendants"/> asks for a
/// loaded hierarchy's descendants (none is loaded yet, so it matches the code itself and the compiler warns).
/// </summary>
public sealed record CodeMatch(string Vocabulary, string Code, bool Prefix = false, bool Descendants = false)
{
    public override string ToString() => $"{Vocabulary}:{Code}{(Prefix ? "*" : "")}";
}
