using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Validates a columnDefinition from a request and fills the defaults SharePoint would report.</summary>
internal static class ColumnRules
{
    public static readonly string[] Facets = ["text", "choice", "number", "dateTime", "boolean", "personOrGroup", "lookup", "hyperlinkOrPicture", "currency", "calculated"];

    public static JsonObject Create(JsonObject input, ListRecord list, TenantModel model)
    {
        var column = (JsonObject)input.DeepClone();
        column.Remove("@odata.type");
        var name = (string?)column["name"] ?? InternalNameFrom((string?)column["displayName"]);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw GraphException.BadRequest("A column needs a name or a displayName.");
        }

        if (list.FindColumn(name) is not null)
        {
            throw GraphException.Conflict($"A duplicate field name \"{name}\" was found.");
        }

        column["id"] = Guid.NewGuid().ToString();
        column["name"] = name;
        column["displayName"] ??= name;
        column["description"] ??= string.Empty;
        column["columnGroup"] ??= "Custom Columns";
        foreach (var flag in new[] { "enforceUniqueValues", "hidden", "indexed", "readOnly", "required" })
        {
            column[flag] ??= false;
        }

        FillFacet(column, list, model);
        RequireIndexForUnique(column);
        return column;
    }

    public static void Update(JsonObject column, JsonObject patch, ListRecord list, TenantModel model)
    {
        foreach (var (key, value) in patch)
        {
            if (key is "id" or "@odata.type")
            {
                continue;
            }

            if (Facets.Contains(key))
            {
                foreach (var facet in Facets)
                {
                    column.Remove(facet);
                }
            }

            column[key] = value?.DeepClone();
        }

        FillFacet(column, list, model);
        RequireIndexForUnique(column);
    }

    /// <summary>The SharePoint field type a column maps to (SP.Field.TypeAsString).</summary>
    public static string SharePointType(JsonObject column) => FacetOf(column) switch
    {
        "text" => column["text"]?["allowMultipleLines"]?.GetValue<bool>() == true ? "Note" : "Text",
        "choice" => (string?)column["choice"]?["displayAs"] == "checkBoxes" ? "MultiChoice" : "Choice",
        "number" => "Number",
        "currency" => "Currency",
        "dateTime" => "DateTime",
        "boolean" => "Boolean",
        "personOrGroup" => column["personOrGroup"]?["allowMultipleSelection"]?.GetValue<bool>() == true ? "UserMulti" : "User",
        "lookup" => column["lookup"]?["allowMultipleValues"]?.GetValue<bool>() == true ? "LookupMulti" : "Lookup",
        "hyperlinkOrPicture" => "URL",
        "calculated" => "Calculated",
        _ => "Text",
    };

    public static string? FacetOf(JsonObject column) => Facets.FirstOrDefault(column.ContainsKey);

    public static string InternalNameFrom(string? displayName) =>
        new((displayName ?? string.Empty).Where(char.IsAsciiLetterOrDigit).ToArray());

    private static void FillFacet(JsonObject column, ListRecord list, TenantModel model)
    {
        var facets = Facets.Where(column.ContainsKey).ToList();
        if (facets.Count > 1)
        {
            throw GraphException.BadRequest("A column may carry only one type facet.");
        }

        var facet = facets.FirstOrDefault() ?? "text";
        var value = column[facet] as JsonObject ?? new JsonObject();
        column[facet] = value;
        Defaults(facet, value);
        if (facet == "lookup")
        {
            RequireLookupTarget(value, list, model);
        }
    }

    private static void Defaults(string facet, JsonObject value)
    {
        void Fill(string key, JsonNode? node) => value[key] ??= node;
        switch (facet)
        {
            case "text":
                Fill("allowMultipleLines", false);
                Fill("appendChangesToExistingText", false);
                Fill("linesForEditing", 0);
                Fill("maxLength", 255);
                break;
            case "choice":
                Fill("allowTextEntry", false);
                Fill("choices", new JsonArray());
                Fill("displayAs", "dropDownMenu");
                break;
            case "number":
                Fill("decimalPlaces", "automatic");
                Fill("displayAs", "number");
                break;
            case "dateTime":
                Fill("displayAs", "default");
                Fill("format", "dateTime");
                break;
            case "personOrGroup":
                Fill("allowMultipleSelection", false);
                Fill("displayAs", "account");
                Fill("chooseFromType", "peopleOnly");
                break;
            case "lookup":
                Fill("allowMultipleValues", false);
                Fill("allowUnlimitedLength", false);
                Fill("columnName", "Title");
                break;
        }
    }

    private static void RequireLookupTarget(JsonObject lookup, ListRecord list, TenantModel model)
    {
        var targetId = (string?)lookup["listId"];
        var site = model.SiteOf(list);
        var target = targetId is null ? null : model.FindList(site, targetId);
        if (target is null)
        {
            throw GraphException.BadRequest($"The lookup list '{targetId}' does not exist in this site.");
        }

        lookup["listId"] = target.Id.ToString();
        var columnName = (string)lookup["columnName"]!;
        if (target.FindColumn(columnName) is null && target.Id != list.Id)
        {
            throw GraphException.BadRequest($"The lookup column '{columnName}' does not exist in list '{target.DisplayName}'.");
        }
    }

    private static void RequireIndexForUnique(JsonObject column)
    {
        var unique = column["enforceUniqueValues"]?.GetValue<bool>() == true;
        var indexed = column["indexed"]?.GetValue<bool>() == true;
        if (unique && !indexed)
        {
            throw GraphException.BadRequest("The field must first be indexed to enforce unique values.");
        }
    }
}
