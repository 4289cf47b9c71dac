using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// The library as the reports read it: one plain record per controlled document (its current version), from one
    /// paged listing with only the needed columns.
    /// </summary>
    public async Task<IReadOnlyList<ControlledDocument>> CoverageDocumentsAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Select(ToControlledDocument).ToArray();

    /// <summary>The input of the coverage matrix as of a day (today by default), with the exceptions and decisions registers.</summary>
    public async Task<CoverageInput> CoverageInputAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        await WithRegistersAsync(new(parser.Catalog, asOf ?? Today) { Documents = await CoverageDocumentsAsync(cancellationToken) }, cancellationToken);

    /// <summary>Adds the Policy Exceptions and Implementation Decisions registers (one paged query each) to a coverage input.</summary>
    public async Task<CoverageInput> WithRegistersAsync(CoverageInput input, CancellationToken cancellationToken = default) =>
        input with { Exceptions = await ExceptionsAsync(cancellationToken), Decisions = await DecisionsAsync(cancellationToken) };

    /// <summary>Opens a document's current file (streamed from the library; the caller disposes it).</summary>
    public Task<Stream> OpenContentAsync(PolicyRecord record, CancellationToken cancellationToken = default) =>
        library.DownloadAsync(record.File, null, cancellationToken);

    /// <summary>The rows of the Policy Reviews register, as plain values.</summary>
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReviewRowsAsync(CancellationToken cancellationToken = default) =>
        library.ListRegisterItemsAsync(PolicyColumns.ReviewsRegister, cancellationToken);

    /// <summary>Maps one library record to the reports' plain document.</summary>
    public static ControlledDocument ToControlledDocument(PolicyRecord record) => new()
    {
        PolicyId = record.PolicyId,
        Title = record.Metadata.Title,
        Kind = record.Metadata.Kind,
        Version = record.Metadata.Version,
        Status = record.Status,
        EffectiveDate = record.Metadata.EffectiveDate,
        NextReviewDue = record.Metadata.EffectiveNextReviewDue,
        Owner = record.Metadata.Owner,
        Approver = record.Metadata.Approver,
        ApprovedOn = record.Metadata.ApprovedOn,
        BodyHash = record.BodyHash,
        SafeguardArea = Enum.TryParse<Core.Catalog.SafeguardArea>(record.File.Fields.Text(PolicyColumns.SafeguardArea), out var area) ? area : null,
        Requirements = record.Metadata.Requirements,
        ImplementingProcedures = record.Metadata.ImplementingProcedures,
        WebUrl = record.File.WebUrl,
    };
}
