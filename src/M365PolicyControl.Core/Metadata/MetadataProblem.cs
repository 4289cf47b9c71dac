namespace M365PolicyControl.Core.Metadata;

/// <summary>One thing wrong with a policy's metadata.</summary>
/// <param name="Field">The camelCase field it concerns (e.g. <c>requirements[2]</c>), or <c>json</c> for the document as a whole.</param>
/// <param name="Message">What is wrong, in words a policy owner can act on.</param>
public sealed record MetadataProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>The outcome of reading metadata: the metadata when it is valid, else every problem found.</summary>
/// <param name="SourceName">The file or input the JSON came from, for messages.</param>
/// <param name="Metadata">The metadata; null when there are problems.</param>
/// <param name="Problems">Every problem found, in field order; empty when valid.</param>
public sealed record MetadataReadResult(string SourceName, PolicyMetadata? Metadata, IReadOnlyList<MetadataProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>One line per problem, each naming the source: <c>meta.json: owner: is required</c>.</summary>
    public IEnumerable<string> Describe() => Problems.Select(p => $"{SourceName}: {p}");
}
