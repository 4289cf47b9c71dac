namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>A conditional write was refused (HTTP 412): someone changed the item after it was read.</summary>
public sealed class ETagMismatchException(string message, Exception? inner = null) : Exception(message, inner);
