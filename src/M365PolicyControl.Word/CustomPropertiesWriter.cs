using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace M365PolicyControl.Word;

/// <summary>
/// Writes the stamp's custom document properties into the one existing docProps/custom.xml (created only when
/// the package has none), keeping every property someone else set.
/// </summary>
internal static class CustomPropertiesWriter
{
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private const int FirstPropertyId = 2;

    public static void Write(WordprocessingDocument package, IEnumerable<(string Name, string? Value)> values)
    {
        var part = package.CustomFilePropertiesPart ?? package.AddCustomFilePropertiesPart();
        var properties = part.Properties;
        if (properties is null)
        {
            properties = new Properties();
            properties.AddNamespaceDeclaration("vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
            part.Properties = properties;
        }

        foreach (var (name, value) in values)
        {
            Set(properties, name, value);
        }

        properties.Save();
    }

    /// <summary>Reads every custom property as text (name to value).</summary>
    public static IReadOnlyDictionary<string, string> Read(WordprocessingDocument package)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in package.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>() ?? [])
        {
            if (property.Name?.Value is { } name)
            {
                result[name] = property.FirstChild?.InnerText ?? string.Empty;
            }
        }

        return result;
    }

    private static void Set(Properties properties, string name, string? value)
    {
        var existing = properties.Elements<CustomDocumentProperty>().Where(p => p.Name?.Value == name).ToList();
        if (value is null)
        {
            existing.ForEach(p => p.Remove());
            return;
        }

        if (existing.FirstOrDefault() is { } property)
        {
            property.RemoveAllChildren();
            property.AppendChild(new VTLPWSTR(value));
            existing.Skip(1).ToList().ForEach(p => p.Remove());
            return;
        }

        properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(value))
        {
            FormatId = FormatId,
            PropertyId = NextPropertyId(properties),
            Name = name,
        });
    }

    private static int NextPropertyId(Properties properties) =>
        Math.Max(FirstPropertyId, properties.Elements<CustomDocumentProperty>()
            .Select(p => p.PropertyId?.Value ?? 0)
            .DefaultIfEmpty(0)
            .Max() + 1);
}
