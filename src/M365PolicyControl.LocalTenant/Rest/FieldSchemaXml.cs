using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// Reads a CreateFieldAsXml <c>&lt;Field …&gt;</c> into a Graph columnDefinition. Without
/// <c>Options</c> flag 8 (AddFieldInternalNameHint) SharePoint derives the internal name from the
/// display name, encoding spaces as <c>_x0020_</c>; with it, <c>Name</c> is kept.
/// </summary>
internal static class FieldSchemaXml
{
    private const int AddFieldInternalNameHint = 8;

    public static JsonObject ToColumn(string schemaXml, int options)
    {
        XElement field;
        try
        {
            field = XElement.Parse(schemaXml);
        }
        catch (System.Xml.XmlException exception)
        {
            throw GraphException.BadRequest("SchemaXml is not valid XML: " + exception.Message);
        }

        string? Attr(string name) => (string?)field.Attribute(name);
        bool Flag(string name) => string.Equals(Attr(name), "TRUE", StringComparison.OrdinalIgnoreCase);
        var displayName = Attr("DisplayName") ?? Attr("Name") ?? throw GraphException.BadRequest("The Field needs a Name or DisplayName.");
        var name = (options & AddFieldInternalNameHint) != 0 ? Attr("Name") ?? Attr("StaticName") ?? displayName : displayName.Replace(" ", "_x0020_");
        var column = new JsonObject
        {
            ["name"] = name,
            ["displayName"] = displayName,
            ["required"] = Flag("Required"),
            ["indexed"] = Flag("Indexed"),
            ["enforceUniqueValues"] = Flag("EnforceUniqueValues"),
            ["hidden"] = Flag("Hidden"),
        };
        var (facet, value) = Facet(Attr("Type") ?? "Text", field, Attr, Flag);
        column[facet] = value;
        if (field.Element("Default")?.Value is { Length: > 0 } defaultValue)
        {
            column["defaultValue"] = new JsonObject { ["value"] = defaultValue };
        }

        return column;
    }

    private static (string, JsonObject) Facet(string type, XElement field, Func<string, string?> attr, Func<string, bool> flag)
    {
        var choices = new JsonArray(field.Descendants("CHOICE").Select(choice => (JsonNode?)choice.Value).ToArray());
        return type switch
        {
            "Text" => ("text", new JsonObject { ["maxLength"] = Number(attr("MaxLength")) ?? 255 }),
            "Note" => ("text", new JsonObject { ["allowMultipleLines"] = true, ["linesForEditing"] = Number(attr("NumLines")) ?? 6, ["textType"] = flag("RichText") ? "richText" : "plain" }),
            "Choice" => ("choice", new JsonObject { ["choices"] = choices, ["displayAs"] = attr("Format") == "RadioButtons" ? "radioButtons" : "dropDownMenu", ["allowTextEntry"] = flag("FillInChoice") }),
            "MultiChoice" => ("choice", new JsonObject { ["choices"] = choices, ["displayAs"] = "checkBoxes", ["allowTextEntry"] = flag("FillInChoice") }),
            "Number" => ("number", NumberFacet(attr)),
            "DateTime" => ("dateTime", new JsonObject { ["format"] = attr("Format") == "DateOnly" ? "dateOnly" : "dateTime" }),
            "Boolean" => ("boolean", new JsonObject()),
            "User" or "UserMulti" => ("personOrGroup", new JsonObject
            {
                ["allowMultipleSelection"] = type == "UserMulti" || flag("Mult"),
                ["chooseFromType"] = attr("UserSelectionMode") == "PeopleAndGroups" ? "peopleAndGroups" : "peopleOnly",
            }),
            "Lookup" or "LookupMulti" => ("lookup", new JsonObject
            {
                ["listId"] = attr("List")?.Trim('{', '}'),
                ["columnName"] = attr("ShowField") ?? "Title",
                ["allowMultipleValues"] = type == "LookupMulti" || flag("Mult"),
            }),
            "URL" => ("hyperlinkOrPicture", new JsonObject { ["isPicture"] = attr("Format") == "Image" }),
            _ => throw GraphException.BadRequest($"The field type '{type}' is not supported by the local tenant."),
        };
    }

    private static JsonObject NumberFacet(Func<string, string?> attr)
    {
        var facet = new JsonObject { ["decimalPlaces"] = attr("Decimals") is { } decimals ? DecimalPlaces(decimals) : "automatic" };
        if (Double(attr("Min")) is { } minimum)
        {
            facet["minimum"] = minimum;
        }

        if (Double(attr("Max")) is { } maximum)
        {
            facet["maximum"] = maximum;
        }

        return facet;
    }

    private static string DecimalPlaces(string decimals) => decimals switch
    {
        "0" => "none", "1" => "one", "2" => "two", "3" => "three", "4" => "four", "5" => "five", _ => "automatic",
    };

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Double(string? text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
