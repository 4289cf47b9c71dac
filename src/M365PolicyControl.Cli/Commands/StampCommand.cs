using System.CommandLine;
using System.Globalization;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Word;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl stamp &lt;in&gt; --metadata &lt;json&gt; [-o out] [--in-place] [--culture en-US] [--remove-signature]</c>.</summary>
internal static class StampCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("in") { Description = "The Word document (.docx or .docm) to stamp." };
        var metadata = new Option<string?>("--metadata") { Description = "Policy metadata JSON file (camelCase fields)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the stamped copy (default: <name>.stamped<ext> beside the input)." };
        var inPlace = new Option<bool>("--in-place") { Description = "Replace the input atomically instead of writing a copy." };
        var culture = new Option<string>("--culture") { Description = "Culture of the dates shown in the document.", DefaultValueFactory = _ => "en-US" };
        var removeSignature = new Option<bool>("--remove-signature") { Description = "Remove a digital signature instead of refusing a signed document." };

        var command = new Command("stamp", "Stamp a Word policy as a controlled document: control block, requirement mapping, controlled-copy lines, properties, body hash.")
        {
            input, metadata, output, inPlace, culture, removeSignature,
        };
        command.SetAction((parseResult, _) =>
        {
            var request = new StampRequest(
                parseResult.GetValue(input)!,
                parseResult.GetValue(metadata),
                parseResult.GetValue(output),
                parseResult.GetValue(inPlace),
                parseResult.GetValue(culture) ?? "en-US",
                parseResult.GetValue(removeSignature));
            var config = parseResult.InvocationConfiguration;
            return VerbGuard.Run(request.InputPath, config.Error, () => Run(request, config.Output, config.Error));
        });
        return command;
    }

    private static int Run(StampRequest request, TextWriter output, TextWriter error)
    {
        var target = TargetPath(request);
        var options = new StampOptions { Culture = CultureOf(request.Culture), RemoveSignature = request.RemoveSignature };
        var parser = CitationParser.Default;
        var metadata = MetadataFileInput.Read(request.MetadataPath!, parser);

        using var stamped = new MemoryStream();
        var result = WordFileInput.Run(request.InputPath, input => new DocumentStamper(parser).Stamp(input, stamped, metadata, options));
        RefuseWrongExtension(target, result.Extension);
        AtomicFile.Write(target, stamped.GetBuffer().AsSpan(0, (int)stamped.Length));

        foreach (var warning in result.Warnings)
        {
            error.WriteLine($"policyctl: warning: {request.InputPath}: {warning}");
        }

        output.WriteLine(
            $"Stamped {result.PolicyId} v{metadata.Version} -> {target} (body hash {result.BodyHash[..12]}…, " +
            $"{result.ParagraphCount} paragraphs, {result.MappingRows.Count} mapping rows, " +
            $"{result.HeadersAndFooters.StampedParts} header/footer parts)");
        return ExitCodes.Ok;
    }

    private static string TargetPath(StampRequest request)
    {
        if (request.MetadataPath is null)
        {
            throw new CommandFailure(request.InputPath, "--metadata <json> is required");
        }

        if (request.InPlace && request.OutputPath is not null)
        {
            throw new CommandFailure(request.InputPath, "give either --in-place or --output, not both");
        }

        if (request.InPlace)
        {
            return request.InputPath;
        }

        if (request.OutputPath is { } explicitPath)
        {
            return string.Equals(Path.GetFullPath(explicitPath), Path.GetFullPath(request.InputPath), StringComparison.Ordinal)
                ? throw new CommandFailure(request.InputPath, "--output names the input itself; use --in-place to replace it")
                : explicitPath;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(request.InputPath))!;
        var name = Path.GetFileNameWithoutExtension(request.InputPath) + ".stamped" + Path.GetExtension(request.InputPath);
        return Path.Combine(folder, name);
    }

    // Word will not open a macro-enabled package named .docx (nor a plain one named .docm); say which name fits.
    private static void RefuseWrongExtension(string target, string extension)
    {
        if (!string.Equals(Path.GetExtension(target), extension, StringComparison.OrdinalIgnoreCase))
        {
            var kind = extension switch
            {
                ".docm" => "a macro-enabled document",
                ".dotx" => "a template",
                ".dotm" => "a macro-enabled template",
                _ => "a document without macros",
            };
            throw new CommandFailure(target, $"the package is {kind}, which Word opens only under a {extension} name; " +
                $"use --output {Path.ChangeExtension(Path.GetFileName(target), extension)}");
        }
    }

    private static CultureInfo CultureOf(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new CommandFailure("--culture", $"'{name}' is not a known culture (e.g. en-US, en-GB, de-DE)");
        }
    }

    private sealed record StampRequest(
        string InputPath, string? MetadataPath, string? OutputPath, bool InPlace, string Culture, bool RemoveSignature);
}
