using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace M365PolicyControl.SharePoint.Provisioning.Template;

/// <summary>
/// Reads a template and refuses it, listing every problem, unless it passes the JSON Schema (2020-12) and the
/// semantic rules of <see cref="TemplateRules"/>. Nothing is sent to a tenant before this succeeds.
/// </summary>
public static class TemplateLoader
{
    private const string ResourcePrefix = "M365PolicyControl.SharePoint.Provisioning.Templates.";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    };

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ReadResource("hipaa-policy-library.schema.json")));

    /// <summary>The name the built-in template is reported under.</summary>
    public const string BuiltInName = "hipaa-policy-library.json (built in)";

    /// <summary>The HIPAA policy library template shipped with the product.</summary>
    public static ProvisioningTemplate LoadBuiltIn() => Parse(ReadResource("hipaa-policy-library.json"), BuiltInName);

    /// <summary>Reads and validates a template file.</summary>
    /// <exception cref="TemplateInvalidException">The file is not JSON, breaks the schema, or breaks a semantic rule.</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static ProvisioningTemplate LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Validates template text; <paramref name="source"/> names it in messages.</summary>
    public static ProvisioningTemplate Parse(string json, string source)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new TemplateInvalidException(source, [new TemplateProblem($"line {ex.LineNumber + 1}", "not valid JSON: " + ex.Message)]);
        }

        var problems = SchemaProblems(node);
        if (problems.Count > 0)
        {
            throw new TemplateInvalidException(source, problems);
        }

        var template = node.Deserialize<ProvisioningTemplate>(JsonOptions)!;
        var semantic = TemplateRules.Check(template);
        return semantic.Count > 0 ? throw new TemplateInvalidException(source, semantic) : template;
    }

    private static List<TemplateProblem> SchemaProblems(JsonNode? node)
    {
        var results = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return results.Details
            // A failed "if" only selects a branch; it is not a problem of the template.
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => new TemplateProblem(Location(d.InstanceLocation.ToString()), $"{e.Value} ({e.Key})")))
            .Distinct()
            .ToList();
    }

    private static string Location(string pointer) => pointer.Length == 0 ? "(root)" : pointer;

    private static string ReadResource(string name)
    {
        using var stream = typeof(TemplateLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
