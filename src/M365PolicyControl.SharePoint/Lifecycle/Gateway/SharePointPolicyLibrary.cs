using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

/// <summary>
/// The lifecycle's library gateway over the tenant connection: Graph for items, files and versions, SharePoint REST
/// for check-out, check-in, publish, approve and deny. Works the same against SharePoint Online and the local tenant.
/// </summary>
public sealed partial class SharePointPolicyLibrary : IPolicyLibraryGateway
{
    /// <summary>Above this size files go through an upload session (reference §4.2).</summary>
    public const long SimpleUploadLimit = 4 * 1024 * 1024;

    private const int PageSize = 999;
    private static readonly string[] SystemFields = ["FileLeafRef", "_UIVersionString", "_ModerationStatus", "Created"];

    private readonly TenantConnection _connection;
    private readonly LibraryLocation _location;
    private readonly LookupDirectory _lookups;
    private readonly FieldWire _wire;
    private readonly HashSet<string> _checkedOut = new(StringComparer.Ordinal);

    private SharePointPolicyLibrary(TenantConnection connection, LibraryLocation location, LookupDirectory lookups)
    {
        _connection = connection;
        _location = location;
        _lookups = lookups;
        _wire = new FieldWire(lookups);
    }

    private GraphServiceClient Graph => _connection.Graph;

    private SharePointRestClient Rest => _connection.Rest;

    /// <summary>Finds the site, the library, its drive and the registers, and loads the ids person and lookup columns need.</summary>
    public static async Task<SharePointPolicyLibrary> ConnectAsync(TenantConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var location = await LibraryLocation.FindAsync(connection, cancellationToken);
        var lookups = new LookupDirectory();
        lookups.AddUsers(await connection.Rest.GetSiteUsersAsync(location.WebUrl, cancellationToken));
        var library = new SharePointPolicyLibrary(connection, location, lookups);
        await library.LoadRequirementIdsAsync(cancellationToken);
        return library;
    }

    private async Task LoadRequirementIdsAsync(CancellationToken cancellationToken)
    {
        if (_location.RequirementsListId is not { } requirements)
        {
            return;
        }

        await foreach (var item in PageItemsAsync(requirements, ["Title"], null, cancellationToken))
        {
            if (item.Fields?.AdditionalData.TryGetValue("Title", out var title) == true && int.TryParse(item.Id, out var id))
            {
                _lookups.AddRequirement(Convert.ToString(title, System.Globalization.CultureInfo.InvariantCulture)!, id);
            }
        }
    }

    private async IAsyncEnumerable<ListItem> PageItemsAsync(
        string listId, IEnumerable<string> columns, string? filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = Graph.Sites[_location.SiteId].Lists[listId].Items.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Expand = [$"fields($select={string.Join(",", columns)})"];
            rc.QueryParameters.Top = PageSize;
            rc.QueryParameters.Filter = filter;
            if (filter is not null)
            {
                rc.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
            }
        });
        await foreach (var item in ListItemPages.ReadAsync(Graph, first, cancellationToken))
        {
            yield return item;
        }
    }

    private static async Task<T> TranslateAsync<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (ODataError e) when (e.ResponseStatusCode == 412)
        {
            throw new ETagMismatchException($"{what} changed since it was read (412 Precondition Failed).", e);
        }
        catch (SharePointRestException e) when ((int)e.Status == 412)
        {
            throw new ETagMismatchException($"{what} changed since it was read (412 Precondition Failed).", e);
        }
    }
}
