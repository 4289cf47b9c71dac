using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

internal sealed class SharePointRestEndpoints(TenantModel model, Versioning versioning)
{
    public static string ExceptionCode(int status) => status == 404 ? "-2130575338, Microsoft.SharePoint.SPException" : "-2146232832, Microsoft.SharePoint.SPException";

    public static bool IsVerbose(TenantRequest request) => request.Header("Accept")?.Contains("odata=verbose", StringComparison.OrdinalIgnoreCase) == true;

    public TenantResponse Handle(TenantRequest request) => throw GraphException.NotFound(model.Hostname + versioning);
}
