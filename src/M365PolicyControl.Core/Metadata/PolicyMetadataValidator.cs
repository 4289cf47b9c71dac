using System.Text.RegularExpressions;
using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Metadata;

/// <summary>Checks a policy's metadata and lists every problem at once, never stopping at the first.</summary>
public static partial class PolicyMetadataValidator
{
    public const int MinReviewCadenceMonths = 1;
    public const int MaxReviewCadenceMonths = 60;

    /// <summary>
    /// Required policyId, title and owner; policyId and implementing procedure ids of letters and digits in
    /// dash-separated groups (<c>POL-AC-001</c>); review cadence 1 to 60 months; every requirement a known
    /// Security Rule citation (citations outside the rule are allowed; unknown ones are named with the nearest
    /// known ones); an effective policy has an effective date; the next review is not before the last.
    /// </summary>
    public static IReadOnlyList<MetadataProblem> Validate(PolicyMetadata metadata, CitationParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        parser ??= CitationParser.Default;
        return
        [
            .. Required("policyId", metadata.PolicyId), .. PolicyIdFormat("policyId", metadata.PolicyId),
            .. Required("title", metadata.Title),
            .. Required("owner", metadata.Owner),
            .. Cadence(metadata.ReviewCadenceMonths),
            .. Dates(metadata),
            .. metadata.Requirements.SelectMany((c, i) => Citation($"requirements[{i}]", c, parser)),
            .. metadata.ImplementingProcedures.SelectMany((id, i) => PolicyIdFormat($"implementingProcedures[{i}]", id)),
            .. TextFields(metadata).SelectMany(f => WordText(f.Field, f.Value)),
        ];
    }

    /// <summary>True when <paramref name="policyId"/> has the form <c>POL-AC-001</c>: letters and digits in dash-separated groups, starting with a letter.</summary>
    public static bool IsPolicyId(string? policyId) => policyId is { Length: <= 64 } && PolicyIdPattern().IsMatch(policyId);

    /// <summary>The problem for one requirement citation, if any.</summary>
    public static IEnumerable<MetadataProblem> Citation(string field, string written, CitationParser parser)
    {
        var resolution = parser.Resolve(written);
        if (resolution.IsRefused)
        {
            var nearest = resolution.Nearest.Count > 0 ? $"; nearest known: {string.Join(", ", resolution.Nearest)}" : "";
            yield return new MetadataProblem(field, $"'{written}' is not a requirement of catalog {parser.Catalog.Id}{nearest}");
        }
    }

    private static IEnumerable<(string Field, string? Value)> TextFields(PolicyMetadata m) =>
    [
        ("policyId", m.PolicyId), ("title", m.Title), ("owner", m.Owner), ("backupOwner", m.BackupOwner),
        ("approver", m.Approver), ("changeSummary", m.ChangeSummary),
        .. m.Requirements.Select((c, i) => ($"requirements[{i}]", (string?)c)),
        .. m.ImplementingProcedures.Select((id, i) => ($"implementingProcedures[{i}]", (string?)id)),
    ];

    // Stamped values go into XML parts; XML 1.0 cannot hold control characters (other than tab and line breaks),
    // U+FFFE/U+FFFF or unpaired surrogates, so such a value would fail at save time instead of here.
    private static IEnumerable<MetadataProblem> WordText(string field, string? value)
    {
        if (value is null)
        {
            yield break;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var kind = char.IsSurrogate(c) ? "an unpaired surrogate"
                : c is '\uFFFE' or '\uFFFF' ? "a non-character"
                : char.IsControl(c) && c is not ('\t' or '\n' or '\r') && c < '\u007F' ? "a control character"
                : null;
            if (kind is not null)
            {
                yield return new MetadataProblem(field, $"contains {kind} (U+{(int)c:X4}), which Word documents cannot hold");
                yield break;
            }
        }
    }

    private static IEnumerable<MetadataProblem> Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new MetadataProblem(field, "is required");
        }
    }

    private static IEnumerable<MetadataProblem> PolicyIdFormat(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !IsPolicyId(value))
        {
            yield return new MetadataProblem(field, $"'{value}' is not a policy id; use letters and digits in dash-separated groups, such as POL-AC-001");
        }
    }

    private static IEnumerable<MetadataProblem> Cadence(int months)
    {
        if (months is < MinReviewCadenceMonths or > MaxReviewCadenceMonths)
        {
            yield return new MetadataProblem("reviewCadenceMonths",
                $"{months} is outside {MinReviewCadenceMonths}..{MaxReviewCadenceMonths} months");
        }
    }

    private static IEnumerable<MetadataProblem> Dates(PolicyMetadata m)
    {
        if (m.Status == PolicyStatus.Effective && m.EffectiveDate is null)
        {
            yield return new MetadataProblem("effectiveDate", "is required when status is Effective");
        }

        if (m.NextReviewDue is { } next && m.LastReviewed is { } last && next < last)
        {
            yield return new MetadataProblem("nextReviewDue", $"{next:yyyy-MM-dd} is before lastReviewed {last:yyyy-MM-dd}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")]
    private static partial Regex PolicyIdPattern();
}
