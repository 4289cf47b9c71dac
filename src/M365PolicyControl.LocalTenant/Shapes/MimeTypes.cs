namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The mime types SharePoint reports for the files the product stores.</summary>
internal static class MimeTypes
{
    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docm" => "application/vnd.ms-word.document.macroEnabled.12",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        ".json" => "application/json",
        ".csv" => "text/csv",
        ".zip" => "application/x-zip-compressed",
        _ => "application/octet-stream",
    };
}
