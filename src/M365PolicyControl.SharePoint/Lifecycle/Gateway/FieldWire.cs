using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

/// <summary>
/// Converts between the lifecycle's plain column values and Graph's <c>fields</c> wire forms (reference §4.6):
/// person columns as <c>XLookupId</c>, multi-value lookups as <c>XLookupId</c> with a collection annotation, dates in ISO UTC.
/// </summary>
internal sealed class FieldWire(LookupDirectory lookups)
{
    private static readonly HashSet<string> PersonColumns = [PolicyColumns.PolicyOwner, PolicyColumns.BackupOwner, PolicyColumns.ApprovedBy, "Reviewer",
        PolicyColumns.Exception.RequestedBy, PolicyColumns.Exception.Approver, PolicyColumns.Decision.DecidedBy];

    private static readonly HashSet<string> SingleLookupColumns = [PolicyColumns.Exception.Policy, PolicyColumns.Exception.Requirement];

    /// <summary>
    /// The <c>$select</c> names of register columns: persons as <c>XLookupId</c>, single lookups both as their value and their id.
    /// </summary>
    public static IEnumerable<string> RegisterWireColumns(IEnumerable<string> columns) => columns.SelectMany(c =>
        PersonColumns.Contains(c) ? [c + "LookupId"] : SingleLookupColumns.Contains(c) ? [c, c + "LookupId"] : new[] { c });

    /// <summary>The wire body of a fields PATCH.</summary>
    public Dictionary<string, object?> ToWire(IReadOnlyDictionary<string, object?> fields)
    {
        var wire = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (PersonColumns.Contains(name))
            {
                wire[name + "LookupId"] = value is string upn && upn.Length > 0 ? lookups.UserId(upn) : null;
            }
            else if (name is PolicyColumns.Requirements or PolicyColumns.ImplementingProcedures)
            {
                var keys = value as IEnumerable<string> ?? [];
                wire[name + "LookupId@odata.type"] = "Collection(Edm.Int32)";
                wire[name + "LookupId"] = keys.Select(k => name == PolicyColumns.Requirements ? lookups.RequirementId(k) : lookups.PolicyItemId(k))
                    .OfType<int>().ToList();
            }
            else if (name == "Policy")
            {
                wire["PolicyLookupId"] = value is string id ? lookups.PolicyItemId(id) : null;
            }
            else if (name == PolicyColumns.Exception.Requirement)
            {
                wire["RequirementLookupId"] = value is string citation
                    ? lookups.RequirementId(citation) ?? throw new LifecycleException(LifecycleError.InvalidInput, $"'{citation}' is not a row of the Security Rule Requirements register.")
                    : null;
            }
            else
            {
                wire[name] = value switch
                {
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                    IEnumerable<string> list when value is not string => string.Join(";", list),
                    _ => value,
                };
            }
        }

        return wire;
    }

    /// <summary>Plain values from a Graph fields set.</summary>
    public Dictionary<string, object?> FromWire(IDictionary<string, object>? wire)
    {
        var plain = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, raw) in wire ?? new Dictionary<string, object>())
        {
            var value = raw switch
            {
                JsonElement element => FromJson(element),
                UntypedNode node => FromUntyped(node),
                _ => raw,
            };
            if (name.EndsWith("LookupId", StringComparison.Ordinal) && PersonColumns.Contains(name[..^"LookupId".Length]))
            {
                plain[name[..^"LookupId".Length]] = int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var id) ? lookups.UserUpn(id) : null;
            }
            else if (value is IReadOnlyList<object?> list)
            {
                plain[name] = list.Select(LookupValue).OfType<string>().ToArray();
            }
            else
            {
                plain.TryAdd(name, value);
            }
        }

        return plain;
    }

    private static string? LookupValue(object? entry) => entry switch
    {
        Dictionary<string, object?> map => map.TryGetValue("LookupValue", out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null,
        string text => text,
        _ => null,
    };

    private static object? FromUntyped(UntypedNode node) => node switch
    {
        UntypedString text => text.GetValue(),
        UntypedInteger number => (double)number.GetValue(),
        UntypedLong number => (double)number.GetValue(),
        UntypedDouble number => number.GetValue(),
        UntypedFloat number => (double)number.GetValue(),
        UntypedDecimal number => (double)number.GetValue(),
        UntypedBoolean flag => flag.GetValue(),
        UntypedArray array => array.GetValue().Select(FromUntyped).ToList(),
        UntypedObject map => map.GetValue().ToDictionary(p => p.Key, p => FromUntyped(p.Value)),
        _ => null,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => null,
    };
}
