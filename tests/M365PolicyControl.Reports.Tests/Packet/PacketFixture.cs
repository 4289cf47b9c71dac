using System.Text;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;
using M365PolicyControl.Reports.Packet;

namespace M365PolicyControl.Reports.Tests.Packet;

/// <summary>Writes a packet over <see cref="SampleReport"/> with generated document bodies, tracking how they are opened.</summary>
internal sealed class PacketFixture
{
    public int Opened { get; private set; }

    public int MaxOpenAtOnce { get; private set; }

    private int _open;

    public static byte[] Body(ControlledDocument document) =>
        Encoding.UTF8.GetBytes($"stamped body of {document.PolicyId} v{document.Version} " + new string('x', 5000));

    public EvidencePacketInput Input() => new()
    {
        Coverage = SampleReport.Report(),
        OpenDocument = OpenAsync,
        GeneratedAt = new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero),
        Organization = "Contoso Health",
        VersionHistory =
        [
            new VersionHistoryEntry { PolicyId = "POL-SM-001", Title = "Security Management & Risk Policy", Version = new PolicyVersion(0, 1), Status = PolicyStatus.Draft, Author = "owner1@contoso.onmicrosoft.com" },
            new VersionHistoryEntry
            {
                PolicyId = "POL-SM-001", Title = "Security Management & Risk Policy", Version = new PolicyVersion(1, 0), Status = PolicyStatus.Effective,
                Author = "owner1@contoso.onmicrosoft.com", Approver = "approver1@contoso.onmicrosoft.com", ApprovedOn = new DateOnly(2024, 12, 20),
                EffectiveDate = new DateOnly(2025, 1, 1), BodyHash = "ab12", Modified = new DateTimeOffset(2024, 12, 20, 9, 30, 0, TimeSpan.Zero),
            },
        ],
        Reviews = [new ReviewRecord("POL-SM-001", new DateOnly(2025, 1, 5), "owner1@contoso.onmicrosoft.com", "no-change") { NextReviewDue = new DateOnly(2026, 1, 5) }],
        Acknowledgments = [new AcknowledgmentRecord("POL-SM-001", new PolicyVersion(1, 0), "staff1@contoso.onmicrosoft.com", new DateOnly(2025, 2, 1))],
    };

    public async Task<string> WriteAsync(string folder)
    {
        var path = Path.Combine(folder, "packet.zip");
        await EvidencePacketWriter.WriteToFileAsync(Input(), path);
        return path;
    }

    private Task<Stream> OpenAsync(ControlledDocument document, CancellationToken cancellationToken)
    {
        Opened++;
        MaxOpenAtOnce = Math.Max(MaxOpenAtOnce, ++_open);
        return Task.FromResult<Stream>(new TrackedStream(Body(document), () => _open--));
    }

    private sealed class TrackedStream(byte[] bytes, Action onDispose) : MemoryStream(bytes, writable: false)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                onDispose();
            }

            base.Dispose(disposing);
        }
    }
}
