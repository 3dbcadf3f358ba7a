using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Running;

namespace OmicsBridge.Cohorts.Saving;

/// <summary>Saving, re-running and diffing versioned cohorts (the receipts of <see cref="CohortStore"/>).</summary>
public sealed class CohortHistory(CohortService service, CohortStore store)
{
    /// <summary>Runs the definition of a saved version on the lake version its receipt pinned: the same members.</summary>
    public CohortMembers Rerun(CohortReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return service.Members(Definition(receipt), receipt.LakeVersion);
    }

    /// <summary>Explains the change from version <paramref name="from"/> (default: the one before) to <paramref name="to"/> (default: latest).</summary>
    public CohortDiff Diff(string name, int? from = null, int? to = null)
    {
        var versions = store.Versions(name);
        var target = store.Load(name, to);
        var previous = from ?? versions.Where(v => v < target.Version).DefaultIfEmpty(target.Version).Max();
        var source = store.Load(name, previous);
        var oldMembers = store.LoadMembers(source).ToHashSet(StringComparer.Ordinal);
        var newMembers = store.LoadMembers(target).ToHashSet(StringComparer.Ordinal);
        var definitionChanged = !string.Equals(source.DefinitionHash, target.DefinitionHash, StringComparison.Ordinal);

        // The new definition on the old snapshot separates the two causes.
        var middle = definitionChanged
            ? service.Members(Definition(target), source.LakeVersion).PatientIds.ToHashSet(StringComparer.Ordinal)
            : oldMembers;
        var tables = source.TableVersions.Keys.Union(target.TableVersions.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(t => (Table: t, From: source.TableVersions.TryGetValue(t, out var a) ? a : (long?)null, To: target.TableVersions.TryGetValue(t, out var b) ? b : (long?)null))
            .Where(t => t.From != t.To)
            .ToList();
        return new CohortDiff(source, target, definitionChanged,
            Sorted(middle.Except(oldMembers)), Sorted(oldMembers.Except(middle)),
            Sorted(newMembers.Except(middle)), Sorted(middle.Except(newMembers)), tables);
    }

    /// <summary>The definition a receipt stored (its document when there is one, else its canonical text).</summary>
    public static Definition.CohortDefinition Definition(CohortReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.Document is { } document ? DefinitionReader.Read(document, receipt.Name) : WhereParser.Parse(receipt.Definition);
    }

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
