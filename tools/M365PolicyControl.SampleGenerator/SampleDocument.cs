namespace M365PolicyControl.SampleGenerator;

/// <summary>A block of body content in a sample document.</summary>
public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Para(string Text) : Block;

public sealed record BulletList(IReadOnlyList<string> Items) : Block;

public sealed record NumberedList(IReadOnlyList<string> Items) : Block;

public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>One sample policy or procedure: its control metadata (as the manifest carries it) and its body.</summary>
public sealed record SampleDocument
{
    public required string PolicyId { get; init; }

    public required string Title { get; init; }

    /// <summary>Policy or Procedure (DocumentKind names).</summary>
    public required string Kind { get; init; }

    public required string SafeguardArea { get; init; }

    public required string Owner { get; init; }

    public required string BackupOwner { get; init; }

    public int ReviewCadenceMonths { get; init; } = 12;

    /// <summary>Normalised citations of everything the text cites.</summary>
    public required IReadOnlyList<string> Requirements { get; init; }

    public IReadOnlyList<string> ImplementingProcedures { get; init; } = [];

    public string EffectiveDate { get; init; } = "2025-07-01";

    public string ChangeSummary { get; init; } = "Initial issue.";

    public required IReadOnlyList<Block> Body { get; init; }

    /// <summary>The file name: <c>POL-AC-001-access-control-and-audit-policy.docx</c>.</summary>
    public string FileName
    {
        get
        {
            var slug = new string(Title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
            while (slug.Contains("--", StringComparison.Ordinal))
            {
                slug = slug.Replace("--", "-", StringComparison.Ordinal);
            }

            return $"{PolicyId}-{slug.Trim('-')}.docx";
        }
    }
}

/// <summary>Terse constructors for sample bodies.</summary>
internal static class B
{
    public static Heading H1(string text) => new(1, text);

    public static Heading H2(string text) => new(2, text);

    public static Para P(string text) => new(text);

    public static BulletList Bullets(params string[] items) => new(items);

    public static NumberedList Steps(params string[] items) => new(items);

    public static TableBlock Table(string[] headers, params string[][] rows) => new(headers, rows);
}
