using System.Text.Json;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// The tenant's data in memory, written through to <see cref="TenantDatabase"/> on every change.
/// Callers hold <see cref="Gate"/> for the whole request, so handlers see a consistent state.
/// </summary>
internal sealed class TenantState : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TenantDatabase _database;

    public TenantState(string databasePath)
    {
        _database = new TenantDatabase(databasePath);
        Load();
    }

    public object Gate { get; } = new();

    public Dictionary<string, SiteRecord> Sites { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<Guid, ListRecord> Lists { get; } = [];

    public Dictionary<Guid, SortedDictionary<int, ItemRecord>> Items { get; } = [];

    public Dictionary<string, DriveItemRecord> DriveItems { get; } = new(StringComparer.Ordinal);

    public void Save(SiteRecord site)
    {
        Sites[site.Id] = site;
        _database.Upsert(TenantDatabase.Sites, site.Id, null, JsonSerializer.Serialize(site, Json));
    }

    public void Save(ListRecord list)
    {
        Lists[list.Id] = list;
        Items.TryAdd(list.Id, []);
        _database.Upsert(TenantDatabase.Lists, list.Id.ToString(), list.SiteId, JsonSerializer.Serialize(list, Json));
    }

    public void Save(ItemRecord item)
    {
        ItemsOf(item.ListId)[item.Id] = item;
        _database.Upsert(TenantDatabase.Items, item.Key, item.ListId.ToString(), JsonSerializer.Serialize(item, Json));
    }

    public void Save(DriveItemRecord item)
    {
        DriveItems[item.Id] = item;
        _database.Upsert(TenantDatabase.DriveItems, item.Id, item.DriveId, JsonSerializer.Serialize(item, Json));
    }

    public void DeleteList(ListRecord list)
    {
        Lists.Remove(list.Id);
        Items.Remove(list.Id);
        _database.Delete(TenantDatabase.Lists, list.Id.ToString());
    }

    public void Delete(ItemRecord item)
    {
        ItemsOf(item.ListId).Remove(item.Id);
        _database.Delete(TenantDatabase.Items, item.Key);
    }

    public void Delete(DriveItemRecord item)
    {
        DriveItems.Remove(item.Id);
        _database.Delete(TenantDatabase.DriveItems, item.Id);
    }

    public SortedDictionary<int, ItemRecord> ItemsOf(Guid listId)
    {
        if (!Items.TryGetValue(listId, out var items))
        {
            items = [];
            Items[listId] = items;
        }

        return items;
    }

    /// <summary>Stores file content and returns its blob id.</summary>
    public string PutBlob(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        _database.PutBlob(id, content);
        return id;
    }

    public byte[] GetBlob(string? id) => id is null ? [] : _database.GetBlob(id);

    public void Dispose() => _database.Dispose();

    private void Load()
    {
        foreach (var json in _database.ReadAll(TenantDatabase.Sites))
        {
            var site = JsonSerializer.Deserialize<SiteRecord>(json, Json)!;
            Sites[site.Id] = site;
        }

        foreach (var json in _database.ReadAll(TenantDatabase.Lists))
        {
            var list = JsonSerializer.Deserialize<ListRecord>(json, Json)!;
            Lists[list.Id] = list;
        }

        foreach (var json in _database.ReadAll(TenantDatabase.Items))
        {
            var item = JsonSerializer.Deserialize<ItemRecord>(json, Json)!;
            ItemsOf(item.ListId)[item.Id] = item;
        }

        foreach (var json in _database.ReadAll(TenantDatabase.DriveItems))
        {
            var item = JsonSerializer.Deserialize<DriveItemRecord>(json, Json)!;
            DriveItems[item.Id] = item;
        }
    }
}
