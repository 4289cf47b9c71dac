using System.Globalization;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>The Policy Exceptions register rows that are Active (or carry no status), one paged query.</summary>
    public async Task<IReadOnlyList<PolicyExceptionRecord>> ExceptionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await library.ListRegisterItemsAsync(PolicyColumns.ExceptionsRegister, PolicyColumns.Exception.All, cancellationToken);
        return rows.Select(row => new RegisterRow(row))
            .Where(row => row.Text(PolicyColumns.Exception.Status) is null or "Active")
            .Select(row => (Row: row, Citation: RegisterCitation(row.Text(PolicyColumns.Exception.Requirement)), Expires: row.Date(PolicyColumns.Exception.ExpiresOn)))
            .Where(e => e.Citation is not null && e.Expires is not null)
            .Select(e => new PolicyExceptionRecord(e.Row.Text(PolicyColumns.Title) ?? "", e.Citation!, e.Expires!.Value)
            {
                Reason = e.Row.Text(PolicyColumns.Exception.Justification),
                ApprovedBy = e.Row.Text(PolicyColumns.Exception.Approver),
                Starts = e.Row.Date(PolicyColumns.Exception.ApprovedOn),
            }).ToArray();
    }

    /// <summary>The Implementation Decisions register rows with a known decision, one paged query.</summary>
    public async Task<IReadOnlyList<ImplementationDecision>> DecisionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await library.ListRegisterItemsAsync(PolicyColumns.DecisionsRegister, PolicyColumns.Decision.All, cancellationToken);
        return rows.Select(row => new RegisterRow(row))
            .Select(row => (Row: row, Citation: RegisterCitation(row.Text(PolicyColumns.Decision.Requirement)), Outcome: ParseDecision(row.Text(PolicyColumns.Decision.Outcome))))
            .Where(d => d.Citation is not null && d.Outcome is not null)
            .Select(d => new ImplementationDecision(d.Citation!, d.Outcome!.Value)
            {
                Id = d.Row.Text(PolicyColumns.Title),
                Rationale = d.Row.Text(PolicyColumns.Decision.Rationale),
                DecidedBy = d.Row.Text(PolicyColumns.Decision.DecidedBy),
                DecidedOn = d.Row.Date(PolicyColumns.Decision.DecidedOn),
            }).ToArray();
    }

    /// <summary>
    /// Records an active exception against one requirement for a controlled document, approved by <paramref name="actingUpn"/>
    /// today and in force until <paramref name="expires"/>.
    /// </summary>
    public async Task<PolicyExceptionRecord> AddExceptionAsync(
        string requirement, string policyId, string actingUpn, string reason, string? compensating, DateOnly expires,
        CancellationToken cancellationToken = default)
    {
        RequireUser(actingUpn, "approver of the exception");
        RequireText(reason, "reason");
        var citation = SingleRequirement(requirement, addressableOnly: false).Citation;
        if (expires < Today)
        {
            throw new LifecycleException(LifecycleError.InvalidInput, $"The exception would expire on {expires:yyyy-MM-dd}, before today ({Today:yyyy-MM-dd}).");
        }

        var record = await GetAsync(policyId, cancellationToken);
        var id = $"EXC-{Today:yyyyMMdd}-{citation}-{record.PolicyId}";
        await library.AddRegisterItemAsync(PolicyColumns.ExceptionsRegister, new Dictionary<string, object?>
        {
            [PolicyColumns.Title] = id,
            [PolicyColumns.Exception.Policy] = record.PolicyId,
            [PolicyColumns.Exception.Requirement] = citation,
            [PolicyColumns.Exception.Justification] = reason,
            [PolicyColumns.Exception.CompensatingControls] = compensating,
            [PolicyColumns.Exception.RiskRating] = "Moderate",
            [PolicyColumns.Exception.Approver] = actingUpn,
            [PolicyColumns.Exception.ApprovedOn] = Today,
            [PolicyColumns.Exception.ExpiresOn] = expires,
            [PolicyColumns.Exception.Status] = "Active",
        }, cancellationToken);
        logger.LogInformation("Exception {ExceptionId} on {Citation} for {PolicyId} until {Expires} by {Approver}", id, citation, record.PolicyId, expires, actingUpn);
        return new PolicyExceptionRecord(id, citation, expires) { Reason = reason, ApprovedBy = actingUpn, Starts = Today };
    }

    /// <summary>Records the implementation decision for one addressable specification (164.306(d)(3)).</summary>
    public async Task<ImplementationDecision> AddDecisionAsync(
        string requirement, DecisionOutcome outcome, string actingUpn, string rationale, CancellationToken cancellationToken = default)
    {
        RequireUser(actingUpn, "decider");
        RequireText(rationale, "rationale");
        var citation = SingleRequirement(requirement, addressableOnly: true).Citation;
        var id = $"DEC-{Today:yyyyMMdd}-{citation}";
        await library.AddRegisterItemAsync(PolicyColumns.DecisionsRegister, new Dictionary<string, object?>
        {
            [PolicyColumns.Title] = id,
            [PolicyColumns.Decision.Requirement] = citation,
            [PolicyColumns.Decision.Outcome] = DecisionName(outcome),
            [PolicyColumns.Decision.Rationale] = rationale,
            [PolicyColumns.Decision.DecidedBy] = actingUpn,
            [PolicyColumns.Decision.DecidedOn] = Today,
        }, cancellationToken);
        logger.LogInformation("Decision {DecisionId} on {Citation}: {Outcome} by {DecidedBy}", id, citation, outcome, actingUpn);
        return new ImplementationDecision(citation, outcome) { Id = id, Rationale = rationale, DecidedBy = actingUpn, DecidedOn = Today };
    }

    /// <summary>The register's choice text for a decision.</summary>
    public static string DecisionName(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Implemented => "Implemented as specified",
        DecisionOutcome.Alternative => "Alternative measure",
        _ => "Not reasonable and appropriate",
    };

    private static DecisionOutcome? ParseDecision(string? text) => text switch
    {
        "Implemented as specified" => DecisionOutcome.Implemented,
        "Alternative measure" => DecisionOutcome.Alternative,
        "Not reasonable and appropriate" => DecisionOutcome.NotReasonableAndAppropriate,
        _ => null,
    };

    private Requirement SingleRequirement(string written, bool addressableOnly)
    {
        var resolution = parser.Resolve(written ?? "");
        if (resolution.IsRefused || resolution.Requirements.Count != 1)
        {
            var hint = resolution.Nearest.Count > 0 ? $" (nearest: {string.Join(", ", resolution.Nearest)})" : "";
            throw new LifecycleException(LifecycleError.InvalidInput, $"'{written}' does not name one Security Rule requirement{hint}.");
        }

        var requirement = resolution.Requirements[0];
        if (addressableOnly && requirement.Implementation != Implementation.Addressable)
        {
            throw new LifecycleException(LifecycleError.InvalidInput,
                $"{requirement.Citation} ({requirement.Name}) is required, not addressable; implementation decisions are only for addressable specifications.");
        }

        return requirement;
    }

    private string? RegisterCitation(string? written) =>
        written is null ? null : parser.Resolve(written).Requirements is [var only] ? only.Citation : null;

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new LifecycleException(LifecycleError.InvalidInput, $"The {name} must not be empty.");
        }
    }

    /// <summary>A register row's plain values read as text and dates.</summary>
    private readonly record struct RegisterRow(IReadOnlyDictionary<string, object?> Values)
    {
        public string? Text(string name) => Values.TryGetValue(name, out var v) && v is not null
            ? Convert.ToString(v is IEnumerable<string> list ? string.Join(";", list) : v, CultureInfo.InvariantCulture)
            : null;

        public DateOnly? Date(string name) =>
            DateTimeOffset.TryParse(Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? DateOnly.FromDateTime(d.UtcDateTime) : null;
    }
}
