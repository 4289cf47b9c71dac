namespace M365PolicyControl.LocalTenant.Diagnostics;

/// <summary>One served HTTP request (batch parts are logged too, with <see cref="BatchPart"/> set).</summary>
public sealed record RequestLogEntry(DateTimeOffset Time, string Method, string Path, int Status, TimeSpan Duration, string? Fault, bool BatchPart = false);
