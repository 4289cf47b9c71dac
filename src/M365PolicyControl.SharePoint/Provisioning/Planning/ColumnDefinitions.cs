using System.Security;
using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>Turns template columns into Graph columnDefinition JSON or SharePoint field XML, and names a Graph column's type.</summary>
internal static class ColumnDefinitions
{
    /// <summary>Types Graph cannot create reliably; they go through SharePoint REST <c>CreateFieldAsXml</c>.</summary>
    public static bool NeedsRest(ColumnTemplate column) => column.Type == ColumnTypes.MultiChoice;

    /// <summary>The full Graph columnDefinition for creating the column.</summary>
    public static JsonObject ToGraph(ColumnTemplate column, string? lookupListId)
    {
        var json = new JsonObject
        {
            ["name"] = column.Name,
            ["displayName"] = column.EffectiveDisplayName,
            ["required"] = column.Required,
            ["indexed"] = column.Indexed,
            ["enforceUniqueValues"] = column.EnforceUniqueValues,
        };
        if (column.Description is not null)
        {
            json["description"] = column.Description;
        }

        if (column.DefaultValue is not null)
        {
            json["defaultValue"] = new JsonObject { ["value"] = column.DefaultValue };
        }

        json[FacetName(column)] = Facet(column, lookupListId);
        return json;
    }

    /// <summary>The Graph facet property holding the column's type (text, choice, lookup, ...).</summary>
    public static string FacetName(ColumnTemplate column) => column.Type switch
    {
        ColumnTypes.Text or ColumnTypes.Note => "text",
        ColumnTypes.Choice or ColumnTypes.MultiChoice => "choice",
        ColumnTypes.Number => "number",
        ColumnTypes.Boolean => "boolean",
        ColumnTypes.Date or ColumnTypes.DateTime => "dateTime",
        ColumnTypes.Person => "personOrGroup",
        ColumnTypes.Lookup => "lookup",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    /// <summary>The type facet object as the template wants it.</summary>
    public static JsonObject Facet(ColumnTemplate column, string? lookupListId) => column.Type switch
    {
        ColumnTypes.Text => new() { ["allowMultipleLines"] = false, ["maxLength"] = column.MaxLength ?? 255 },
        ColumnTypes.Note => new() { ["allowMultipleLines"] = true, ["linesForEditing"] = 6, ["textType"] = "plain" },
        ColumnTypes.Choice => Choice(column, "dropDownMenu"),
        ColumnTypes.MultiChoice => Choice(column, "checkBoxes"),
        ColumnTypes.Number => Number(column),
        ColumnTypes.Boolean => new(),
        ColumnTypes.Date => new() { ["format"] = "dateOnly", ["displayAs"] = "default" },
        ColumnTypes.DateTime => new() { ["format"] = "dateTime", ["displayAs"] = "default" },
        ColumnTypes.Person => new() { ["allowMultipleSelection"] = column.Multiple, ["chooseFromType"] = "peopleOnly" },
        ColumnTypes.Lookup => new()
        {
            ["listId"] = lookupListId, ["columnName"] = column.LookupColumn ?? "Title", ["allowMultipleValues"] = column.Multiple,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    /// <summary>SharePoint field XML for the REST fallback (MultiChoice).</summary>
    public static string ToFieldXml(ColumnTemplate column)
    {
        var choices = string.Concat((column.Choices ?? []).Select(c => $"<CHOICE>{SecurityElement.Escape(c)}</CHOICE>"));
        var required = column.Required ? "TRUE" : "FALSE";
        var description = column.Description is null ? "" : $" Description=\"{SecurityElement.Escape(column.Description)}\"";
        return $"<Field Type=\"MultiChoice\" Name=\"{column.Name}\" StaticName=\"{column.Name}\" DisplayName=\"{SecurityElement.Escape(column.EffectiveDisplayName)}\""
            + $" Required=\"{required}\"{description}><CHOICES>{choices}</CHOICES></Field>";
    }

    /// <summary>The template type a Graph column has, or null when Graph shows no facet we know (hyperlink, calculated, ...).</summary>
    public static string? TypeOf(JsonObject column)
    {
        if (column["text"] is JsonObject text)
        {
            return (bool?)text["allowMultipleLines"] == true ? ColumnTypes.Note : ColumnTypes.Text;
        }

        if (column["choice"] is JsonObject choice)
        {
            return (string?)choice["displayAs"] == "checkBoxes" ? ColumnTypes.MultiChoice : ColumnTypes.Choice;
        }

        if (column["dateTime"] is JsonObject dateTime)
        {
            return (string?)dateTime["format"] == "dateTime" ? ColumnTypes.DateTime : ColumnTypes.Date;
        }

        return column["number"] is JsonObject ? ColumnTypes.Number
            : column["boolean"] is JsonObject ? ColumnTypes.Boolean
            : column["personOrGroup"] is JsonObject ? ColumnTypes.Person
            : column["lookup"] is JsonObject ? ColumnTypes.Lookup
            : column["calculated"] is JsonObject ? "calculated"
            : column["currency"] is JsonObject ? "currency"
            : null;
    }

    private static JsonObject Choice(ColumnTemplate column, string displayAs) => new()
    {
        ["allowTextEntry"] = false,
        ["choices"] = new JsonArray((column.Choices ?? []).Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        ["displayAs"] = displayAs,
    };

    private static JsonObject Number(ColumnTemplate column)
    {
        var json = new JsonObject { ["decimalPlaces"] = column.DecimalPlaces ?? "automatic", ["displayAs"] = "number" };
        if (column.Minimum is { } min)
        {
            json["minimum"] = min;
        }

        if (column.Maximum is { } max)
        {
            json["maximum"] = max;
        }

        return json;
    }
}
