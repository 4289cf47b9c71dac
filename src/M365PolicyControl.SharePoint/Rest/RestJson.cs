using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace M365PolicyControl.SharePoint.Rest;

/// <summary>Maps SharePoint REST nometadata JSON to the adapter's records.</summary>
internal static class RestJson
{
    public static RestList ToList(JsonNode list) => new(
        Guid.Parse((string)list["Id"]!),
        (string?)list["Title"] ?? "",
        (int?)list["BaseTemplate"] ?? 0,
        ListSettings.FromJson(list),
        list["Views"] is JsonArray views ? views.Select(v => ToView(v!)).ToArray() : [],
        list["Views"] is JsonArray);

    public static RestView ToView(JsonNode view) => new(
        Guid.Parse((string)view["Id"]!),
        (string?)view["Title"] ?? "",
        (string?)view["ViewQuery"] ?? "",
        ViewFields(view["ViewFields"]),
        (int?)view["RowLimit"] ?? 30,
        (bool?)view["Hidden"] ?? false);

    public static SharePointRestException ToException(HttpStatusCode status, string body, Uri url)
    {
        string code = status.ToString(), message = body;
        try
        {
            var error = JsonNode.Parse(body)?["odata.error"];
            code = (string?)error?["code"] ?? code;
            message = (string?)error?["message"]?["value"] ?? message;
        }
        catch (JsonException)
        {
            // Not SharePoint's JSON error body: keep the raw text as the message.
        }

        return new SharePointRestException(status, code, message, url.AbsolutePath);
    }

    // nometadata gives {"Items":[...]} for an expanded ViewFields; verbose gives {"Items":{"results":[...]}}.
    private static IReadOnlyList<string> ViewFields(JsonNode? node)
    {
        var items = node?["Items"];
        var array = items as JsonArray ?? items?["results"] as JsonArray;
        return array?.Select(i => (string)i!).ToArray() ?? [];
    }
}
