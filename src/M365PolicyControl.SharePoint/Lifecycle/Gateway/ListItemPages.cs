using System.Globalization;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

/// <summary>
/// Pages a list's items through the Graph client's pipeline (auth, retries, counting) but reads each page with
/// System.Text.Json: the Kiota model builds an untyped node tree per field, which dominated the time of listing
/// thousands of items. Only the properties the gateway reads are kept.
/// </summary>
internal static class ListItemPages
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public static async IAsyncEnumerable<ListItem> ReadAsync(
        GraphServiceClient graph, RequestInformation first,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = first;
        while (request is not null)
        {
            var (items, next) = await ReadPageAsync(graph, request, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            request = next is null ? null : new RequestInformation { HttpMethod = Method.GET, URI = new Uri(next) };
        }
    }

    private static async Task<(List<ListItem> Items, string? Next)> ReadPageAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken)
    {
        request.Headers.TryAdd("Accept", "application/json");
        await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, cancellationToken)
            ?? throw new InvalidOperationException($"Graph answered {request.URI} with an empty body.");
        JsonElement root;
        using (var page = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken))
        {
            // One copy per page keeps the field values readable after the pooled document is returned.
            root = page.RootElement.Clone();
        }

        var items = new List<ListItem>();
        if (root.TryGetProperty("value", out var value))
        {
            foreach (var element in value.EnumerateArray())
            {
                items.Add(ToListItem(element));
            }
        }

        var next = root.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        return (items, next);
    }

    private static ListItem ToListItem(JsonElement element) => new()
    {
        Id = Text(element, "id"),
        ETag = Text(element, "eTag"),
        Name = Text(element, "name"),
        WebUrl = Text(element, "webUrl"),
        CreatedDateTime = Text(element, "createdDateTime") is { } created
            ? DateTimeOffset.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null,
        Fields = element.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
            ? new FieldValueSet { AdditionalData = fields.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value, StringComparer.Ordinal) }
            : null,
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
