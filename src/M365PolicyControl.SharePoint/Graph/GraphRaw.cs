using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace M365PolicyControl.SharePoint.Graph;

/// <summary>Raw JSON GETs through the Graph client's pipeline, for absolute links such as <c>@odata.nextLink</c>.</summary>
internal static class GraphRaw
{
    public static async Task<JsonNode?> GetAsync(GraphServiceClient graph, string absoluteUrl, CancellationToken cancellationToken)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(absoluteUrl) };
        request.Headers.Add("Accept", "application/json");
        await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, cancellationToken: cancellationToken);
        return stream is null ? null : await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken);
    }
}
