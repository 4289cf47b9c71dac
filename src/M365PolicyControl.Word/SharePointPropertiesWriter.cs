using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace M365PolicyControl.Word;

/// <summary>
/// Updates the SharePoint metadata custom XML part (<c>p:properties/documentManagement</c>) where the document
/// carries one: only column elements already there are set, so the library's schema stays SharePoint's to define.
/// </summary>
internal static class SharePointPropertiesWriter
{
    public static readonly XNamespace PropertiesNamespace = "http://schemas.microsoft.com/office/2006/metadata/properties";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Sets the matching column elements; returns how many were set (0 when there is no such part).</summary>
    public static int Update(MainDocumentPart main, StampValues values)
    {
        var part = CustomXmlParts.FindByRoot(main, PropertiesNamespace + "properties");
        var document = part is null ? null : CustomXmlParts.Load(part);
        var management = document?.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "documentManagement");
        if (part is null || document is null || management is null)
        {
            return 0;
        }

        var columns = ColumnValues(values);
        var set = 0;
        foreach (var element in management.Elements())
        {
            if (columns.TryGetValue(element.Name.LocalName, out var value) && value is not null)
            {
                element.Attribute(Xsi + "nil")?.Remove();
                element.Value = value;
                set++;
            }
        }

        if (set > 0)
        {
            CustomXmlParts.Save(part, document);
        }

        return set;
    }

    private static Dictionary<string, string?> ColumnValues(StampValues values)
    {
        var m = values.Metadata;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PolicyId"] = m.PolicyId,
            ["DocumentKind"] = m.Kind.ToString(),
            ["PolicyStatus"] = StampValues.StatusText(m.Status),
            ["EffectiveDate"] = DateTimeValue(m.EffectiveDate),
            ["ApprovedOn"] = DateTimeValue(m.ApprovedOn),
            ["LastReviewed"] = DateTimeValue(m.LastReviewed),
            ["NextReviewDue"] = DateTimeValue(m.EffectiveNextReviewDue),
            ["ReviewCadenceMonths"] = m.ReviewCadenceMonths.ToString(CultureInfo.InvariantCulture),
            ["ChangeSummary"] = m.ChangeSummary,
            ["BodyHash"] = values.Digest.Hash,
        };
    }

    // SharePoint stores date columns in this part as UTC date-times.
    private static string? DateTimeValue(DateOnly? date) =>
        date is { } value ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null;
}
