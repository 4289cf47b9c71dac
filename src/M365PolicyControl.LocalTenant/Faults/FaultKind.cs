namespace M365PolicyControl.LocalTenant.Faults;

/// <summary>What the fault injector does to one request.</summary>
public enum FaultKind
{
    /// <summary>Serve the request normally.</summary>
    None,

    /// <summary>429 tooManyRequests with Retry-After.</summary>
    Throttle,

    /// <summary>503 serviceNotAvailable with Retry-After.</summary>
    Unavailable,

    /// <summary>503 serviceNotAvailable without Retry-After (SharePoint sometimes sends these).</summary>
    UnavailableWithoutRetryAfter,

    /// <summary>Serve the request, write part of the response, then abort the connection.</summary>
    Drop,

    /// <summary>An upload fragment is stored, then answered 503 with Retry-After (the answer was lost after the write).</summary>
    StoredThenUnavailable,
}
