using System.Text.Json.Nodes;

namespace M365PolicyControl.SharePoint.Rest;

/// <summary>File control actions Graph lacks (approve, deny, publish, unpublish) or has only in part (check-in kinds).</summary>
public sealed partial class SharePointRestClient
{
    /// <summary>Checks the file out to the caller.</summary>
    public Task CheckOutAsync(Uri webUrl, string serverRelativeUrl, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, "CheckOut()", cancellationToken);

    /// <summary>Discards the caller's checkout.</summary>
    public Task UndoCheckOutAsync(Uri webUrl, string serverRelativeUrl, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, "UndoCheckOut()", cancellationToken);

    /// <summary>Checks the file in as a minor (draft), major or overwrite version.</summary>
    public Task CheckInAsync(Uri webUrl, string serverRelativeUrl, string comment, CheckInKind kind, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, $"CheckIn(comment={Quote(comment)},checkintype={(int)kind})", cancellationToken);

    /// <summary>Publishes a major version; with content approval on, this submits it for approval (status Pending).</summary>
    public Task PublishAsync(Uri webUrl, string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, $"Publish(comment={Quote(comment)})", cancellationToken);

    /// <summary>Withdraws a submission or unpublishes the current major version.</summary>
    public Task UnPublishAsync(Uri webUrl, string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, $"UnPublish(comment={Quote(comment)})", cancellationToken);

    /// <summary>Approves the pending version (moderation status Approved).</summary>
    public Task ApproveAsync(Uri webUrl, string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, $"Approve(comment={Quote(comment)})", cancellationToken);

    /// <summary>Rejects the pending version (moderation status Denied) with the approver's comment.</summary>
    public Task DenyAsync(Uri webUrl, string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        FileActionAsync(webUrl, serverRelativeUrl, $"Deny(comment={Quote(comment)})", cancellationToken);

    /// <summary>Version label, level, checkout and moderation status of a file in one request.</summary>
    public async Task<RestFileState> GetFileStateAsync(Uri webUrl, string serverRelativeUrl, CancellationToken cancellationToken = default)
    {
        var query = "?$select=ServerRelativeUrl,UIVersionLabel,Level,CheckOutType,ListItemAllFields/OData__ModerationStatus,"
            + "ListItemAllFields/OData__ModerationComments&$expand=ListItemAllFields";
        var json = await SendAsync(HttpMethod.Get, Api(webUrl, FilePath(serverRelativeUrl) + query), null, null, cancellationToken)
            ?? throw new InvalidDataException($"SharePoint returned no body for {serverRelativeUrl}.");
        var item = json["ListItemAllFields"];
        return new RestFileState(
            (string?)json["ServerRelativeUrl"] ?? serverRelativeUrl,
            (string?)json["UIVersionLabel"] ?? "",
            (int?)json["Level"] ?? 0,
            (int?)json["CheckOutType"] ?? 2,
            (int?)item?["OData__ModerationStatus"] is { } status ? (ModerationStatus)status : null,
            (string?)item?["OData__ModerationComments"]);
    }

    private Task<JsonNode?> FileActionAsync(Uri webUrl, string serverRelativeUrl, string action, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Api(webUrl, FilePath(serverRelativeUrl) + "/" + action), null, null, cancellationToken);

    private static string FilePath(string serverRelativeUrl) =>
        $"web/GetFileByServerRelativeUrl({Quote(serverRelativeUrl)})";

    // OData string literal: single quotes, an inner quote doubled, the whole thing URL-escaped.
    private static string Quote(string value) => Uri.EscapeDataString("'" + value.Replace("'", "''", StringComparison.Ordinal) + "'");
}
