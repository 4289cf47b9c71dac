using System.Net;

namespace M365PolicyControl.SharePoint.Rest;

/// <summary>A SharePoint REST call answered with an error status; carries SharePoint's own code and message.</summary>
public sealed class SharePointRestException(HttpStatusCode status, string code, string message, string requestUrl)
    : Exception($"SharePoint REST {requestUrl} answered {(int)status} {code}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>SharePoint's error code, e.g. <c>-2130575338, Microsoft.SharePoint.SPException</c>.</summary>
    public string Code { get; } = code;

    /// <summary>SharePoint's human-readable reason.</summary>
    public string ServerMessage { get; } = message;
}
