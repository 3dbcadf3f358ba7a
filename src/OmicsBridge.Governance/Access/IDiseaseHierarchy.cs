namespace OmicsBridge.Governance.Access;

/// <summary>
/// Answers "is disease term A the same as, or a descendant of, term B" (MONDO, DOID, ICD…), so that consent for
/// research on a disease also covers its subtypes. Without one, only the identical term matches.
/// </summary>
public interface IDiseaseHierarchy
{
    bool IsSameOrDescendant(string term, string ancestor);
}
