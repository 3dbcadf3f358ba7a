namespace OmicsBridge.Governance.Access;

/// <summary>A disease hierarchy from (child, parent) pairs, e.g. read from an ontology's is_a edges.</summary>
public sealed class DiseaseHierarchy : IDiseaseHierarchy
{
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.OrdinalIgnoreCase);

    public DiseaseHierarchy(IEnumerable<(string Child, string Parent)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        foreach (var (child, parent) in edges)
        {
            if (!_parents.TryGetValue(child, out var list))
            {
                _parents[child] = list = [];
            }

            list.Add(parent);
        }
    }

    /// <summary>Only identical terms match (the default when no ontology is loaded).</summary>
    public static DiseaseHierarchy IdentityOnly { get; } = new([]);

    public bool IsSameOrDescendant(string term, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(ancestor);
        if (string.Equals(term, ancestor, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Breadth-first over is_a; the visited set guards against cycles in a malformed ontology.
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { term };
        var queue = new Queue<string>();
        queue.Enqueue(term);
        while (queue.Count > 0)
        {
            if (!_parents.TryGetValue(queue.Dequeue(), out var parents))
            {
                continue;
            }

            foreach (var parent in parents)
            {
                if (string.Equals(parent, ancestor, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (visited.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return false;
    }
}
