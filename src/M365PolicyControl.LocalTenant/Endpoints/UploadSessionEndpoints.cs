using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// Resumable upload (reference §4.2): createUploadSession answers an <c>uploadUrl</c> on this
/// server that needs no Authorization; fragments go in order with <c>Content-Range</c>; 202 with
/// <c>nextExpectedRanges</c> until the last one, which answers 201 (new) or 200 (replaced) with the
/// driveItem. A fragment that does not start at the next expected byte (a resend) gets 416.
/// </summary>
internal sealed partial class UploadSessionEndpoints(TenantModel model, Versioning versioning, UploadSessions sessions, DownloadLinks links)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly DriveLocator _locator = new(model);
    private readonly DriveFiles _files = new(model, versioning);

    public void Map(Router graph, Router preauthenticated)
    {
        DriveLocator.MapAll(graph, "POST", "/items/{item}/createUploadSession", Create);
        preauthenticated.Map("PUT", "_upload/{session}", PutFragment);
        preauthenticated.Map("GET", "_upload/{session}", Status);
        preauthenticated.Map("DELETE", "_upload/{session}", Cancel);
        preauthenticated.Map("POST", "_upload/{session}", Commit);
    }

    private TenantResponse Create(TenantRequest request, RouteValues route)
    {
        var library = _locator.Library(route);
        var (baseItem, path) = _locator.Split(library, route["item"]);
        var target = path.Length == 0 ? baseItem : _locator.Find(library, route["item"]);
        if (target is not null)
        {
            Preconditions.RequireIfMatch(request, target.ETag, target.CTag);
        }

        var body = request.JsonBody();
        var session = new UploadSession
        {
            Id = Ids.Token(),
            DriveId = library.DriveId!,
            BaseItemId = baseItem.Id,
            Path = path,
            ConflictBehavior = (string?)body["item"]?["@microsoft.graph.conflictBehavior"] ?? "fail",
            DeferCommit = body["deferCommit"]?.GetValue<bool>() == true,
            Expires = DateTimeOffset.UtcNow + Lifetime,
        };
        sessions.Add(session);
        return Responses.Ok(new JsonObject
        {
            ["uploadUrl"] = $"{request.BaseUrl}{RequestKinds.UploadPrefix}{session.Id}",
            ["expirationDateTime"] = Projection.Timestamp(session.Expires),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    private TenantResponse PutFragment(TenantRequest request, RouteValues route)
    {
        var session = Session(route);
        var (start, end, total) = ContentRange(request);
        if (session.Total is { } known && known != total)
        {
            throw GraphException.BadRequest("The total length in Content-Range must be the same on every fragment.");
        }

        if (end - start + 1 != request.Body.LongLength)
        {
            throw GraphException.BadRequest("The fragment length does not match Content-Range.");
        }

        if (start != session.Buffer.Length)
        {
            throw new GraphException(416, "invalidRange", $"The fragment starts at {start} but the next expected byte is {session.Buffer.Length}.");
        }

        session.Total = total;
        session.Buffer.Write(request.Body);
        if (!session.Complete || session.DeferCommit)
        {
            return TenantResponse.FromJson(202, Progress(session));
        }

        return Finish(request, session);
    }

    private TenantResponse Status(TenantRequest request, RouteValues route) => Responses.Ok(Progress(Session(route)));

    private TenantResponse Cancel(TenantRequest request, RouteValues route)
    {
        sessions.Remove(Session(route).Id);
        return Responses.NoContent();
    }

    private TenantResponse Commit(TenantRequest request, RouteValues route)
    {
        var session = Session(route);
        return session.Complete ? Finish(request, session) : throw GraphException.BadRequest("The upload is not complete.");
    }

    private TenantResponse Finish(TenantRequest request, UploadSession session)
    {
        var library = model.Library(session.DriveId);
        var baseItem = model.FindDriveItem(session.BaseItemId) ?? throw GraphException.NotFound("The upload target");
        var content = session.Buffer.ToArray();
        var created = false;
        var item = baseItem;
        if (session.Path.Length == 0)
        {
            _files.Replace(request, library, baseItem, content);
        }
        else
        {
            (item, created) = _files.Save(request, library, baseItem, session.Path, content, session.ConflictBehavior);
        }

        sessions.Remove(session.Id);
        var json = DriveItemJson.Write(item, model, links, request);
        return created ? Responses.Created(json) : Responses.Ok(json);
    }

    private UploadSession Session(RouteValues route) =>
        sessions.Find(route["session"]) ?? throw new GraphException(404, "itemNotFound", "The upload session was not found or has expired.");

    private static JsonObject Progress(UploadSession session) => new()
    {
        ["expirationDateTime"] = Projection.Timestamp(session.Expires),
        ["nextExpectedRanges"] = new JsonArray(session.Complete ? [] : [(JsonNode)$"{session.Buffer.Length}-"]),
    };

    private static (long Start, long End, long Total) ContentRange(TenantRequest request)
    {
        var match = ContentRangePattern().Match(request.Header("Content-Range") ?? string.Empty);
        if (!match.Success)
        {
            throw GraphException.BadRequest("Content-Range must be 'bytes {start}-{end}/{total}'.");
        }

        long Value(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (Value("start"), Value("end"), Value("total"));
    }

    [GeneratedRegex(@"^bytes (?<start>\d+)-(?<end>\d+)/(?<total>\d+)$")]
    private static partial Regex ContentRangePattern();
}
