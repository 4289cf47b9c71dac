using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Enforces <c>enforceUniqueValues</c> columns across a list's items.</summary>
internal static class UniqueValues
{
    public static void Require(ListRecord list, ItemRecord item, TenantModel model)
    {
        foreach (var column in list.Columns.Where(column => column["enforceUniqueValues"]?.GetValue<bool>() == true))
        {
            var name = (string)column["name"]!;
            var key = item.Fields.ContainsKey(name + "LookupId") ? name + "LookupId" : name;
            var value = item.Fields[key]?.ToJsonString();
            if (value is null)
            {
                continue;
            }

            var clash = model.State.ItemsOf(list.Id).Values.Any(other =>
                other.Id != item.Id && string.Equals(other.Fields[key]?.ToJsonString(), value, StringComparison.OrdinalIgnoreCase));
            if (clash)
            {
                throw new GraphException(409, "conflict", $"This value already exists in the list: column '{name}' enforces unique values.");
            }
        }
    }
}
