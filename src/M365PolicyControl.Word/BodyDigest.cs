using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace M365PolicyControl.Word;

/// <summary>
/// The body hash and a short fingerprint per paragraph, so that a later check can say which paragraph changed.
/// </summary>
/// <param name="Hash">Lower-case hex SHA-256 of the hashed paragraph texts joined with "\n" (UTF-8).</param>
/// <param name="ParagraphFingerprints">The first 8 bytes of each paragraph's own SHA-256, in order.</param>
public sealed record BodyDigest(string Hash, IReadOnlyList<ulong> ParagraphFingerprints)
{
    /// <summary>Names the normalisation and hash, stored beside the hash so a later scheme can tell them apart.</summary>
    public const string Algorithm = "m365pc-body-v2";

    public int ParagraphCount => ParagraphFingerprints.Count;

    /// <summary>Digests paragraph texts that are already normalised.</summary>
    public static BodyDigest Of(IEnumerable<string> paragraphs)
    {
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var fingerprints = new List<ulong>();
        Span<byte> digest = stackalloc byte[32];
        foreach (var text in paragraphs)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            if (fingerprints.Count > 0)
            {
                whole.AppendData("\n"u8);
            }

            whole.AppendData(bytes);
            SHA256.HashData(bytes, digest);
            fingerprints.Add(BinaryPrimitives.ReadUInt64BigEndian(digest));
        }

        return new BodyDigest(Convert.ToHexStringLower(whole.GetHashAndReset()), fingerprints);
    }

    /// <summary>The fingerprint of one normalised paragraph text.</summary>
    public static ulong FingerprintOf(string text) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
