using System.Text.RegularExpressions;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>A section every procedure must have, with the headings accepted for it.</summary>
/// <param name="Name">The section's name in messages.</param>
/// <param name="Beginnings">Lower-case openings a heading may start with, after numbering is set aside.</param>
public sealed record ProcedureSection(string Name, IReadOnlyList<string> Beginnings)
{
    /// <summary>True when <paramref name="heading"/> (e.g. "3. Roles and Responsibilities") is this section's heading.</summary>
    public bool IsHeading(string heading)
    {
        var plain = ProcedureSections.Plain(heading);
        return Beginnings.Any(b => plain == b || plain.StartsWith(b + " ", StringComparison.Ordinal));
    }
}

/// <summary>The sections a procedure needs (trigger, roles, steps, evidence) and the heading synonyms accepted for each.</summary>
public static partial class ProcedureSections
{
    public static ProcedureSection Trigger { get; } = new("Trigger",
        ["trigger", "triggers", "when to use", "when to perform", "when to apply", "when this procedure", "when", "initiating event", "frequency and trigger"]);

    public static ProcedureSection Roles { get; } = new("Roles",
        ["roles", "role", "roles and responsibilities", "responsibilities", "responsible parties", "who", "raci"]);

    public static ProcedureSection Steps { get; } = new("Steps",
        ["steps", "procedure", "procedures", "procedure steps", "process", "instructions", "how to", "method", "workflow"]);

    public static ProcedureSection Evidence { get; } = new("Evidence",
        ["evidence", "records", "record keeping", "recordkeeping", "records to keep", "audit evidence", "documentation", "artifacts", "artefacts", "proof of"]);

    /// <summary>Every required section, in the order a procedure usually has them.</summary>
    public static IReadOnlyList<ProcedureSection> Required { get; } = [Trigger, Roles, Steps, Evidence];

    /// <summary>The required sections none of <paramref name="headings"/> stands for.</summary>
    public static IReadOnlyList<ProcedureSection> Missing(IEnumerable<string> headings)
    {
        var list = headings.ToArray();
        return Required.Where(s => !list.Any(s.IsHeading)).ToArray();
    }

    /// <summary>A heading reduced for comparison: lower case, no markdown marks, numbering, leading article or punctuation.</summary>
    internal static string Plain(string heading)
    {
        var plain = Numbering().Replace(heading.Trim().TrimStart('#').Trim(), "");
        plain = NonWord().Replace(plain.ToLowerInvariant(), " ").Trim();
        return plain.StartsWith("the ", StringComparison.Ordinal) ? plain[4..] : plain;
    }

    [GeneratedRegex(@"^(?:(?:section|step|part)\s+)?(?:(?:\d+|[ivxIVX]+)(?:\.\d+)*[.):]?|[A-Za-z][.)])\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
