using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>The columns a list template brings with it, as Graph reports them.</summary>
internal static class BuiltInColumns
{
    public static List<JsonObject> For(string template)
    {
        var columns = new List<JsonObject>();
        if (template == "documentLibrary")
        {
            columns.Add(Column("FileLeafRef", "Name", Text(), required: true));
            columns.Add(Column("Title", "Title", Text()));
        }
        else
        {
            columns.Add(Column("Title", "Title", Text(), required: true));
        }

        columns.Add(Column("ContentType", "Content Type", Text(), readOnly: true));
        columns.Add(Column("Modified", "Modified", DateTimeFacet(), readOnly: true));
        columns.Add(Column("Created", "Created", DateTimeFacet(), readOnly: true));
        columns.Add(Column("Author", "Created By", Person(), readOnly: true));
        columns.Add(Column("Editor", "Modified By", Person(), readOnly: true));
        columns.Add(Column("_UIVersionString", "Version", Text(), readOnly: true));
        columns.Add(Column("_ModerationStatus", "Approval Status", null, readOnly: true, hidden: true));
        columns.Add(Column("_ModerationComments", "Approver Comments", Text(multiline: true), readOnly: true, hidden: true));
        if (template == "documentLibrary")
        {
            columns.Add(Column("_CheckinComment", "Check In Comment", Text(), readOnly: true));
            columns.Add(Column("CheckoutUser", "Checked Out To", Person(), readOnly: true));
        }

        return columns;
    }

    public static bool IsBuiltIn(JsonObject column) => column["columnGroup"]?.GetValue<string>() == "_Hidden" ||
                                                       column["readOnly"]?.GetValue<bool>() == true;

    private static JsonObject Column(string name, string displayName, (string Facet, JsonObject Value)? facet,
        bool required = false, bool readOnly = false, bool hidden = false)
    {
        var column = new JsonObject
        {
            ["id"] = StableId(name).ToString(),
            ["name"] = name,
            ["displayName"] = displayName,
            ["description"] = string.Empty,
            ["columnGroup"] = "_Hidden",
            ["enforceUniqueValues"] = false,
            ["hidden"] = hidden,
            ["indexed"] = false,
            ["readOnly"] = readOnly,
            ["required"] = required,
        };
        if (facet is { } typed)
        {
            column[typed.Facet] = typed.Value;
        }

        return column;
    }

    // SharePoint's built-in field ids are the same in every list; derive a fixed id from the name.
    private static Guid StableId(string name)
    {
        var hash = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("builtin:" + name));
        return new Guid(hash);
    }

    private static (string, JsonObject) Text(bool multiline = false) => ("text", new JsonObject
    {
        ["allowMultipleLines"] = multiline,
        ["appendChangesToExistingText"] = false,
        ["linesForEditing"] = multiline ? 6 : 0,
        ["maxLength"] = 255,
    });

    private static (string, JsonObject) DateTimeFacet() =>
        ("dateTime", new JsonObject { ["displayAs"] = "default", ["format"] = "dateTime" });

    private static (string, JsonObject) Person() => ("personOrGroup", new JsonObject
    {
        ["allowMultipleSelection"] = false,
        ["displayAs"] = "account",
        ["chooseFromType"] = "peopleOnly",
    });
}
