using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>
/// The document control of ARCHITECTURE.md "Lifecycle" on SharePoint's own semantics: import as drafts,
/// submit (publish a major pending approval), approve or reject with segregation of duties, stamp on approval,
/// tick to effective, reviews, retirement and retention. Every read and write goes through the library gateway.
/// </summary>
public sealed partial class PolicyLifecycleService(
    IPolicyLibraryGateway library,
    IDocumentReader reader,
    IDocumentStamper stamper,
    CitationParser parser,
    TimeProvider clock,
    ILogger<PolicyLifecycleService> logger)
{
    private const int MaxConcurrencyAttempts = 3;

    /// <summary>Today in UTC, by the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every controlled document in the library (files without a PolicyId are left out).</summary>
    public async Task<IReadOnlyList<PolicyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var files = await library.ListFilesAsync(PolicyColumns.All, cancellationToken);
        return files.Select(PolicyRecord.From).OfType<PolicyRecord>().OrderBy(r => r.PolicyId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads one controlled document.</summary>
    /// <exception cref="LifecycleException">No document has that id.</exception>
    public async Task<PolicyRecord> GetAsync(string policyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyId);
        var file = await library.FindByPolicyIdAsync(policyId.Trim(), cancellationToken);
        return file is not null && PolicyRecord.From(file) is { } record
            ? record
            : throw new LifecycleException(LifecycleError.NotFound, $"No document with policy id '{policyId}' in the library.");
    }

    /// <summary>
    /// Reads the document, applies <paramref name="apply"/>, and when a write meets a stale eTag (412) reads it again and
    /// re-applies, so rules are judged on what is really there; never overwrites blindly.
    /// </summary>
    private async Task<T> WithFreshReadAsync<T>(string policyId, Func<PolicyRecord, Task<T>> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await GetAsync(policyId, cancellationToken);
            try
            {
                return await apply(record);
            }
            catch (ETagMismatchException) when (attempt < MaxConcurrencyAttempts)
            {
                logger.LogInformation("Policy {PolicyId} changed while it was written (attempt {Attempt}); reading it again", policyId, attempt);
            }
        }
    }

    /// <summary>Throws Core's refusal of a lifecycle step (<see cref="PolicyLifecycle"/>); returns the metadata after it.</summary>
    private static PolicyMetadata RequireAllowed(Transition transition) =>
        transition.After ?? throw new LifecycleException(LifecycleError.WrongStatus, transition.Refusal!);

    private static void RequireUser(string upn, string role)
    {
        if (string.IsNullOrWhiteSpace(upn) || !upn.Contains('@', StringComparison.Ordinal))
        {
            throw new LifecycleException(LifecycleError.InvalidInput, $"The {role} must be a user principal name such as alice@contoso.com; got '{upn}'.");
        }
    }

    private IReadOnlyList<string> NormalizeCitations(IEnumerable<string> written) =>
        written.Select(parser.Resolve)
            .SelectMany(r => r.Requirements)
            .Select(r => r.Citation)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private SafeguardArea? MainSafeguard(IEnumerable<string> citations) =>
        citations.Select(parser.Catalog.Find)
            .OfType<Requirement>()
            .GroupBy(r => r.Safeguard)
            .OrderByDescending(g => g.Count())
            .Select(g => (SafeguardArea?)g.Key)
            .FirstOrDefault();
}
