namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// Thrown by handlers to answer with an error; the dispatcher turns it into Graph's error body
/// (or SharePoint REST's <c>odata.error</c> body on <c>/_api</c> paths).
/// </summary>
internal sealed class GraphException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    /// <summary>Headers to add to the error response (Retry-After on throttling).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static GraphException NotFound(string what) => new(404, "itemNotFound", $"{what} was not found.");

    public static GraphException BadRequest(string message) => new(400, "invalidRequest", message);

    public static GraphException Conflict(string message) => new(409, "nameAlreadyExists", message);

    public static GraphException PreconditionFailed() =>
        new(412, "preconditionFailed", "ETag does not match current item's value");
}
