namespace M365PolicyControl.Reports.Packet;

/// <summary>What is wrong with one file of a packet.</summary>
public enum PacketProblemKind
{
    /// <summary>The packet has no manifest.json, or it cannot be read as a manifest.</summary>
    Manifest,

    /// <summary>The manifest lists a file the packet does not hold.</summary>
    Missing,

    /// <summary>The packet holds a file the manifest does not list (or holds a name twice).</summary>
    Extra,

    /// <summary>The file's size or SHA-256 differs from the manifest, or its bytes cannot be read back.</summary>
    Changed,
}

/// <summary>One problem found in a packet.</summary>
public sealed record PacketProblem(PacketProblemKind Kind, string Path, string Detail)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {Path}: {Detail}";
}

/// <summary>The outcome of checking a packet against its manifest.</summary>
/// <param name="PacketPath">The zip that was checked.</param>
/// <param name="FilesChecked">How many listed files were found and hashed.</param>
/// <param name="Problems">Everything that does not match; empty when the packet is intact.</param>
public sealed record PacketVerification(string PacketPath, int FilesChecked, IReadOnlyList<PacketProblem> Problems)
{
    /// <summary>True when every listed file is present and unchanged and nothing else is in the packet.</summary>
    public bool IsValid => Problems.Count == 0;
}
