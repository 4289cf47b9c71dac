using System.Net;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>A list setting SharePoint refused (error) or ignored (read back different) after provisioning wrote it.</summary>
public sealed record SettingRefusal(string List, string Setting, string Wanted, string Actual, string Reason);

/// <summary>
/// Writes list settings in one MERGE; when SharePoint rejects that MERGE as a whole (400), writes them one by one so
/// that the report names exactly the settings refused and the others still take effect.
/// </summary>
internal static class SettingsWriter
{
    public static async Task WriteAsync(SharePointRestClient rest, ApplyContext ctx, ListTemplate list,
        IReadOnlyDictionary<string, object> settings, CancellationToken cancellationToken)
    {
        var listId = Guid.Parse(ctx.ListId(list.Key));
        try
        {
            await rest.UpdateListSettingsAsync(ctx.Site.WebUrl, listId, settings, cancellationToken);
        }
        catch (SharePointRestException ex) when (ex.Status == HttpStatusCode.BadRequest && settings.Count > 1)
        {
            foreach (var (name, value) in settings)
            {
                await WriteOneAsync(rest, ctx, list, listId, name, value, cancellationToken);
            }
        }
        catch (SharePointRestException ex) when (ex.Status == HttpStatusCode.BadRequest)
        {
            var (name, value) = settings.Single();
            ctx.Refusals.Add(new SettingRefusal(list.DisplayName, name, Show(value), "unchanged", "refused: " + ex.ServerMessage));
        }
    }

    private static async Task WriteOneAsync(SharePointRestClient rest, ApplyContext ctx, ListTemplate list, Guid listId, string name, object value,
        CancellationToken cancellationToken)
    {
        try
        {
            await rest.UpdateListSettingsAsync(ctx.Site.WebUrl, listId, new Dictionary<string, object> { [name] = value }, cancellationToken);
        }
        catch (SharePointRestException ex) when (ex.Status == HttpStatusCode.BadRequest)
        {
            ctx.Refusals.Add(new SettingRefusal(list.DisplayName, name, Show(value), "unchanged", "refused: " + ex.ServerMessage));
        }
    }

    /// <summary>Compares what was written with what SharePoint now reports; a difference is a setting it ignored.</summary>
    public static IEnumerable<SettingRefusal> Ignored(string listName, IReadOnlyDictionary<string, object> written, ListSettings actual,
        IReadOnlyCollection<SettingRefusal> alreadyRefused)
    {
        foreach (var (name, value) in written)
        {
            var now = actual.Get(name);
            if (!Equals(now, value) && !alreadyRefused.Any(r => r.List == listName && r.Setting == name))
            {
                yield return new SettingRefusal(listName, name, Show(value), Show(now), "ignored: SharePoint reports a different value after the write");
            }
        }
    }

    internal static string Show(object? value) => value switch
    {
        null => "unset",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
