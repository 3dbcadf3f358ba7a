using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// The honest broker's keyed functions of a patient_id: the research id and the per-patient date offset.
/// </summary>
/// <remarks>
/// research_id = <c>rid-</c> + the first 12 bytes (96 bits, hex) of HMAC-SHA256(project key, "research-id\0" + patient_id).
/// The key is per project, so the same patient has one research id within a project and unrelated ids across
/// projects; without the key, a research id cannot be linked to a patient_id, even by someone who knows every
/// patient_id (unlike an unkeyed hash). The date offset uses a separate message prefix so the two outputs are
/// independent. 96 bits keep collisions out of reach (≈ 10⁻¹⁵ for a million patients).
/// </remarks>
public sealed class Pseudonymizer
{
    public const int DefaultMaxShiftDays = 180;

    private readonly byte[] _key;

    public Pseudonymizer(byte[] key, int maxShiftDays = DefaultMaxShiftDays)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("A pseudonym key needs at least 128 bits.", nameof(key));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxShiftDays, 1);
        _key = (byte[])key.Clone();
        MaxShiftDays = maxShiftDays;
    }

    /// <summary>Offsets are drawn from ±1…±<see cref="MaxShiftDays"/> days (never 0).</summary>
    public int MaxShiftDays { get; }

    /// <summary>The pseudonymizer of a project, its key taken (or created) from the workspace key ring.</summary>
    public static Pseudonymizer ForProject(ProjectKeyRing keys, string project, int maxShiftDays = DefaultMaxShiftDays)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new Pseudonymizer(keys.GetOrCreate(project, "pseudonym"), maxShiftDays);
    }

    public string ResearchId(string patientId)
    {
        Span<byte> mac = stackalloc byte[32];
        Mac("research-id", patientId, mac);
        return "rid-" + Convert.ToHexStringLower(mac[..12]);
    }

    /// <summary>
    /// A pseudonym for another key that may carry identity (a sample barcode such as TCGA-02-0001-01 embeds the
    /// participant): <c>sample</c> → <c>sid-</c>…, <c>assay</c> → <c>aid-</c>…, keyed like the research id and
    /// separated from it by the message prefix.
    /// </summary>
    public string KeyPseudonym(string kind, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Span<byte> mac = stackalloc byte[32];
        Mac(kind + "-id", value, mac);
        return kind[0] + "id-" + Convert.ToHexStringLower(mac[..12]);
    }

    /// <summary>The patient's date offset in days: stable, uniform over ±1…±max, never 0.</summary>
    public int ShiftDays(string patientId)
    {
        Span<byte> mac = stackalloc byte[32];
        Mac("date-shift", patientId, mac);
        // 64 bits reduced modulo 2·max: the bias is below 2⁻⁵⁰, far under anything observable.
        var value = BinaryPrimitives.ReadUInt64BigEndian(mac);
        var slot = (int)(value % (ulong)(2 * MaxShiftDays));
        return slot < MaxShiftDays ? slot - MaxShiftDays : slot - MaxShiftDays + 1;
    }

    private void Mac(string domain, string patientId, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        var message = Encoding.UTF8.GetBytes(domain + "\0" + patientId);
        HMACSHA256.HashData(_key, message, destination);
    }
}
