using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>columnDefinition</c> as returned by GET (reference §2.3: some facets are never echoed).</summary>
internal static class ColumnJson
{
    private static readonly string[] NeverReturned = ["hyperlinkOrPicture", "term", "thumbnail", "validation", "contentApprovalStatus", "type", "isDeletable", "propagateChanges", "isReorderable", "isSealed", "sourceContentType"];

    public static JsonObject Write(JsonObject stored)
    {
        var copy = (JsonObject)stored.DeepClone();
        foreach (var key in NeverReturned)
        {
            copy.Remove(key);
        }

        return copy;
    }

    public static bool IsHidden(JsonObject column) => column["hidden"]?.GetValue<bool>() == true;
}
