using System.Net;

namespace M365PolicyControl.SharePoint.Graph;

/// <summary>A request inside a <c>$batch</c> failed; carries the part's status and Graph's error.</summary>
public sealed class GraphPartException(GraphPartResponse response, string doing)
    : Exception($"Graph answered {(int)response.Status} while {doing}: {response.ErrorText}")
{
    public GraphPartResponse Response { get; } = response;

    /// <summary>Throttling, a server error or a lost precondition: worth re-reading and trying again.</summary>
    public bool IsTransient => Response.IsThrottled || (int)Response.Status >= 500 || Response.Status == HttpStatusCode.PreconditionFailed;
}
