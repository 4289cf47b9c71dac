namespace M365PolicyControl.LocalTenant.Http;

/// <summary>The families of requests the local tenant serves.</summary>
internal enum RequestKind
{
    Graph,
    SharePointRest,
    Upload,
    Download,
    Diagnostics,
    Unknown,
}

internal static class RequestKinds
{
    public const string UploadPrefix = "/_upload/";
    public const string DownloadPath = "/_layouts/15/download.aspx";
    public const string DiagnosticsPrefix = "/_localtenant/";

    public static RequestKind Classify(string rawPath)
    {
        if (rawPath.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase) || rawPath.Equals("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            return RequestKind.Graph;
        }

        if (rawPath.StartsWith(UploadPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return RequestKind.Upload;
        }

        if (rawPath.Equals(DownloadPath, StringComparison.OrdinalIgnoreCase))
        {
            return RequestKind.Download;
        }

        if (rawPath.StartsWith(DiagnosticsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return RequestKind.Diagnostics;
        }

        return rawPath.Contains("/_api/", StringComparison.OrdinalIgnoreCase) || rawPath.EndsWith("/_api", StringComparison.OrdinalIgnoreCase)
            ? RequestKind.SharePointRest
            : RequestKind.Unknown;
    }
}
