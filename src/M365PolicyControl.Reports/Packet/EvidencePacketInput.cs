using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Reports.Packet;

/// <summary>
/// What goes into an evidence packet. Everything is plain data except the document bodies, which are opened
/// one at a time through <see cref="OpenDocument"/> while the packet is written, so memory stays bounded.
/// </summary>
public sealed record EvidencePacketInput
{
    /// <summary>The coverage matrix; its documents, exceptions and decisions feed the index and the registers.</summary>
    public required CoverageReport Coverage { get; init; }

    /// <summary>
    /// Opens the stamped file of a document (the version named by the record). The writer disposes the stream
    /// once it is copied into the packet.
    /// </summary>
    public required Func<ControlledDocument, CancellationToken, Task<Stream>> OpenDocument { get; init; }

    /// <summary>The documents whose files go into <c>documents/</c>; null means every effective document of the report.</summary>
    public IReadOnlyList<ControlledDocument>? PacketDocuments { get; init; }

    /// <summary>Every version of every document, for <c>version-history.csv</c>.</summary>
    public IReadOnlyList<VersionHistoryEntry> VersionHistory { get; init; } = [];

    public IReadOnlyList<ReviewRecord> Reviews { get; init; } = [];

    public IReadOnlyList<AcknowledgmentRecord> Acknowledgments { get; init; } = [];

    /// <summary>Stamped into the manifest and on every zip entry; defaults to now.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Who the packet is for, shown on the index page (e.g. the organisation's name).</summary>
    public string? Organization { get; init; }

    internal IReadOnlyList<ControlledDocument> DocumentsToInclude =>
        PacketDocuments ?? Coverage.Documents.Where(d => d.IsEffective).OrderBy(d => d.PolicyId, StringComparer.Ordinal).ToArray();
}
