using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Cli.Commands;

/// <summary>Reads and validates the JSON given to <c>--metadata</c>.</summary>
internal static class MetadataFileInput
{
    public static PolicyMetadata Read(string path, CitationParser parser)
    {
        if (!File.Exists(path))
        {
            throw new CommandFailure(path, "metadata file not found");
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailure(path, $"metadata cannot be read ({ex.Message.TrimEnd('.')})");
        }

        MetadataReadResult result;
        try
        {
            result = PolicyMetadataJson.Parse(json, path, parser);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json refuses to decode a \uD800-style escape without its pair when a string is read.
            throw new CommandFailure(path, $"metadata is not valid: a string holds an unpaired surrogate, which Word documents cannot hold ({ex.Message.TrimEnd('.')})");
        }

        return result.Metadata ?? throw new CommandFailure(path, "metadata is not valid: " + string.Join("; ", result.Problems));
    }
}
