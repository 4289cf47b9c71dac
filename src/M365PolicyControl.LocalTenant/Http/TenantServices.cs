using System.Text.Json;
using M365PolicyControl.LocalTenant.Diagnostics;
using M365PolicyControl.LocalTenant.Endpoints;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.LocalTenant.Store;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>Wires the endpoint groups to their routers and turns handler exceptions into error bodies.</summary>
internal sealed class TenantServices
{
    private readonly TenantModel _model;
    private readonly TenantStats _stats;
    private readonly ILogger _logger;
    private readonly Router _graph = new();
    private readonly Router _preauthenticated = new();
    private readonly SharePointRestEndpoints _rest;
    private readonly BatchEndpoint _batch;

    public TenantServices(TenantModel model, TenantStats stats, FaultInjector faults, ILogger logger)
    {
        _model = model;
        _stats = stats;
        _logger = logger;
        var versioning = new Versioning(model);
        var downloads = new DownloadLinks();
        var uploads = new UploadSessions();
        new SitesEndpoints(model).Map(_graph);
        new ListsEndpoints(model).Map(_graph);
        new ColumnsEndpoints(model).Map(_graph);
        new ItemsEndpoints(model, versioning).Map(_graph);
        new ItemVersionsEndpoints(model).Map(_graph);
        UsersEndpoints.Map(_graph);
        new DriveEndpoints(model, downloads).Map(_graph);
        new DriveContentEndpoints(model, versioning, downloads).Map(_graph, _preauthenticated);
        new DriveItemLifecycleEndpoints(model, versioning).Map(_graph);
        new UploadSessionEndpoints(model, versioning, uploads, downloads).Map(_graph, _preauthenticated);
        _rest = new SharePointRestEndpoints(model, versioning);
        _batch = new BatchEndpoint(this, faults, stats);
    }

    public TenantResponse Dispatch(TenantRequest request, RequestKind kind)
    {
        var rest = kind == RequestKind.SharePointRest;
        try
        {
            return kind switch
            {
                RequestKind.Graph when IsBatch(request) => _batch.Handle(request),
                RequestKind.Graph => DispatchGraph(request, batchPart: false),
                RequestKind.SharePointRest => Locked(request, () => _rest.Handle(request)),
                RequestKind.Upload or RequestKind.Download => Locked(request, () => _preauthenticated.Dispatch(request, PathSegments.Parse(request.RawPath))),
                RequestKind.Diagnostics => DiagnosticsEndpoint.Handle(request, _stats),
                _ => throw new GraphException(404, "itemNotFound", $"No resource is served at '{request.RawPath}'."),
            };
        }
        catch (Exception exception)
        {
            return ErrorFor(exception, request, rest);
        }
    }

    /// <summary>Serves one Graph request (also each part of a <c>$batch</c>).</summary>
    public TenantResponse DispatchGraph(TenantRequest request, bool batchPart)
    {
        try
        {
            var segments = PathSegments.Parse(request.RawPath);
            if (segments.Count > 0 && segments[0].Equals("v1.0", StringComparison.OrdinalIgnoreCase))
            {
                segments.RemoveAt(0);
            }

            return Locked(request, () => _graph.Dispatch(request, segments));
        }
        catch (Exception exception) when (batchPart)
        {
            return ErrorFor(exception, request, rest: false);
        }
    }

    private TenantResponse Locked(TenantRequest request, Func<TenantResponse> handler)
    {
        _stats.RecordOperation(request.Method);
        lock (_model.State.Gate)
        {
            return handler();
        }
    }

    private TenantResponse ErrorFor(Exception exception, TenantRequest request, bool rest)
    {
        var (status, code, message) = exception switch
        {
            GraphException graph => (graph.Status, graph.Code, graph.Message),
            JsonException or FormatException or InvalidOperationException => (400, "invalidRequest", "Invalid request: " + exception.Message),
            _ => (500, "generalException", "An unexpected error occurred: " + exception.Message),
        };
        if (status == 500)
        {
            _logger.LogError(exception, "Unhandled error serving {Method} {Path}", request.Method, request.RawPath);
        }

        var response = rest
            ? ErrorBodies.SharePoint(status, SharePointRestEndpoints.ExceptionCode(status), message, SharePointRestEndpoints.IsVerbose(request))
            : ErrorBodies.Graph(status, code, message, request);
        if (exception is GraphException { Headers.Count: > 0 } withHeaders)
        {
            foreach (var (name, value) in withHeaders.Headers)
            {
                response.Headers[name] = value;
            }
        }

        return response;
    }

    private static bool IsBatch(TenantRequest request) =>
        request.RawPath.TrimEnd('/').EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) ||
        request.RawPath.TrimEnd('/').EndsWith("/%24batch", StringComparison.OrdinalIgnoreCase);
}
