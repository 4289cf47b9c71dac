using System.Security;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>A column as SharePoint REST's <c>SP.Field</c>.</summary>
internal static class RestFieldJson
{
    public static JsonObject Write(JsonObject column)
    {
        var type = ColumnRules.SharePointType(column);
        var name = (string)column["name"]!;
        var field = new JsonObject
        {
            ["Id"] = (string?)column["id"],
            ["InternalName"] = name,
            ["StaticName"] = name,
            ["EntityPropertyName"] = name.StartsWith('_') ? "OData_" + name : name,
            ["Title"] = (string?)column["displayName"],
            ["Description"] = (string?)column["description"] ?? string.Empty,
            ["Group"] = (string?)column["columnGroup"] ?? string.Empty,
            ["TypeAsString"] = type,
            ["FieldTypeKind"] = Kind(type),
            ["Hidden"] = column["hidden"]?.GetValue<bool>() == true,
            ["Required"] = column["required"]?.GetValue<bool>() == true,
            ["Indexed"] = column["indexed"]?.GetValue<bool>() == true,
            ["EnforceUniqueValues"] = column["enforceUniqueValues"]?.GetValue<bool>() == true,
            ["ReadOnlyField"] = column["readOnly"]?.GetValue<bool>() == true,
            ["DefaultValue"] = (string?)column["defaultValue"]?["value"],
            ["SchemaXml"] = $"<Field Type=\"{type}\" Name=\"{SecurityElement.Escape(name)}\" StaticName=\"{SecurityElement.Escape(name)}\" DisplayName=\"{SecurityElement.Escape((string?)column["displayName"])}\" ID=\"{{{column["id"]}}}\" />",
        };
        if (column["choice"]?["choices"] is JsonArray choices)
        {
            field["Choices"] = choices.DeepClone();
        }

        if (column["lookup"] is JsonObject lookup)
        {
            field["LookupList"] = "{" + (string?)lookup["listId"] + "}";
            field["LookupField"] = (string?)lookup["columnName"];
            field["AllowMultipleValues"] = lookup["allowMultipleValues"]?.GetValue<bool>() == true;
        }

        if (column["personOrGroup"] is JsonObject person)
        {
            field["AllowMultipleValues"] = person["allowMultipleSelection"]?.GetValue<bool>() == true;
        }

        return field;
    }

    // SP.FieldType values.
    private static int Kind(string type) => type switch
    {
        "Text" => 2, "Note" => 3, "DateTime" => 4, "Choice" => 6, "Lookup" or "LookupMulti" => 7, "Boolean" => 8,
        "Number" => 9, "Currency" => 10, "URL" => 11, "MultiChoice" => 15, "Calculated" => 17, "User" or "UserMulti" => 20,
        _ => 2,
    };
}
