using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Endpoints;

internal sealed class BatchEndpoint(TenantServices services)
{
    public TenantResponse Handle(TenantRequest request) => services.DispatchGraph(request, true);
}
