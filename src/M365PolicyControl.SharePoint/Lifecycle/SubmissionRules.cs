using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>Bridges a library draft to the submission check: what is missing before it may go for approval.</summary>
internal static class SubmissionRules
{
    private static readonly string[] ProcedureSections = ["trigger", "roles", "steps", "evidence"];

    public static IReadOnlyList<string> Check(PolicyMetadata metadata, DocumentContent document, CitationParser parser)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(metadata.Title))
        {
            problems.Add("title is missing");
        }

        if (string.IsNullOrWhiteSpace(metadata.Owner))
        {
            problems.Add("policy owner is missing");
        }

        if (!metadata.Requirements.Any(c => parser.Resolve(c).IsMapped))
        {
            problems.Add("no Security Rule requirement is mapped (at least one is required)");
        }

        if (metadata.Kind == DocumentKind.Procedure)
        {
            problems.AddRange(ProcedureSections
                .Where(section => !document.Headings.Any(h => h.Text.Contains(section, StringComparison.OrdinalIgnoreCase)))
                .Select(section => $"procedure section '{section}' is missing (a heading naming it)"));
        }

        return problems;
    }
}
