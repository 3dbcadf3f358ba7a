namespace OmicsBridge.Lake.Landing;

/// <summary>An input file as kept in the landing zone: its hash, where it lies, and whether those bytes were already there.</summary>
public sealed record LandedFile(string Sha256, string OriginalPath, string LandingPath, string RelativeLandingPath, long Bytes, bool AlreadyLanded)
{
    public string Name => Path.GetFileName(OriginalPath);
}
