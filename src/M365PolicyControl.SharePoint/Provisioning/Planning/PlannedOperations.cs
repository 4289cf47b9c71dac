using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>Ids known while applying: the site, and every template list's id (existing ones, then created ones).</summary>
internal sealed class ApplyContext(SiteRef site, IReadOnlyDictionary<string, string> existingListIds)
{
    private readonly Dictionary<string, string> _listIds = new(existingListIds);

    public SiteRef Site { get; } = site;

    /// <summary>Settings SharePoint refused while applying (filled by <see cref="SettingsWriter"/>).</summary>
    public List<SettingRefusal> Refusals { get; } = [];

    public string ListId(string key) => _listIds.TryGetValue(key, out var id)
        ? id
        : throw new InvalidOperationException($"List '{key}' has no id yet; a prerequisite did not run.");

    public void ListCreated(string key, string id) => _listIds[key] = id;

    public string ListUrl(string key) => $"/sites/{Site.Id}/lists/{ListId(key)}";
}

/// <summary>A write sent inside a Graph <c>$batch</c>; it may only go in a batch after the batches of its prerequisites.</summary>
internal sealed class GraphOperation
{
    public required string Id { get; init; }

    public required PlanStep Step { get; init; }

    /// <summary>Builds the request when its batch is sent (ids of lists created earlier are known by then).</summary>
    public required Func<ApplyContext, string, GraphRequest> Build { get; init; }

    public IReadOnlyList<GraphOperation> Prerequisites { get; init; } = [];

    public Action<ApplyContext, JsonNode?>? OnSuccess { get; init; }
}

/// <summary>A SharePoint REST call, run after every Graph batch, in plan order.</summary>
internal sealed class RestOperation
{
    public required PlanStep Step { get; init; }

    public required Func<ApplyContext, SharePointRestClient, CancellationToken, Task> Run { get; init; }

    /// <summary>0 fields, 1 settings, 2 view deletions, 3 view additions.</summary>
    public required int Phase { get; init; }

    public IReadOnlyList<GraphOperation> Prerequisites { get; init; } = [];
}

/// <summary>The computed difference between template and site: the report lines and the writes that realise them.</summary>
internal sealed class ProvisioningPlan
{
    public List<PlanStep> Steps { get; } = [];

    public List<GraphOperation> GraphOperations { get; } = [];

    public List<RestOperation> RestOperations { get; } = [];

    /// <summary>Lists whose settings are written, to be read back afterwards: key -> wanted settings.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, object>> SettingsWritten { get; } = [];

    public bool HasWrites => GraphOperations.Count > 0 || RestOperations.Count > 0;
}
