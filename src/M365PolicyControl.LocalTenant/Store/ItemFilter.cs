using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Evaluates <c>$filter</c> on list items. Like SharePoint Online, a filter on a column that is
/// not indexed fails unless the request carries <c>Prefer: HonorNonIndexedQueriesWarningMayFailRandomly</c>.
/// </summary>
internal static class ItemFilter
{
    private const string PreferNonIndexed = "HonorNonIndexedQueriesWarningMayFailRandomly";

    public static IEnumerable<ItemRecord> Apply(ListRecord list, IEnumerable<ItemRecord> items, TenantRequest request, TenantModel model)
    {
        var filter = request.Query.Option("filter");
        if (string.IsNullOrWhiteSpace(filter))
        {
            return items;
        }

        var clauses = FilterParser.Parse(filter);
        var allowNonIndexed = request.Header("Prefer")?.Contains(PreferNonIndexed, StringComparison.OrdinalIgnoreCase) == true;
        foreach (var clause in clauses)
        {
            RequireQueryable(list, clause, allowNonIndexed);
        }

        return items.Where(item => Matches(list, item, clauses, model)).ToList();
    }

    private static void RequireQueryable(ListRecord list, FilterClause clause, bool allowNonIndexed)
    {
        if (clause.Property.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var field = FieldName(clause);
        var column = list.FindColumn(field) ?? (field.EndsWith("LookupId", StringComparison.Ordinal) ? list.FindColumn(field[..^8]) : null);
        if (column is null)
        {
            throw GraphException.BadRequest($"Field '{field}' is not recognized");
        }

        if (column["indexed"]?.GetValue<bool>() != true && !allowNonIndexed && (string?)column["name"] != "ID")
        {
            throw GraphException.BadRequest($"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: {PreferNonIndexed}' header to allow this, but be warned that such queries may fail on large lists.");
        }
    }

    private static bool Matches(ListRecord list, ItemRecord item, IReadOnlyList<FilterClause> clauses, TenantModel model)
    {
        var fields = FieldsJson.Write(list, item, model, null);
        return clauses.All(clause =>
        {
            var actual = clause.Property.Equals("id", StringComparison.OrdinalIgnoreCase)
                ? JsonValue.Create(item.Id.ToString(CultureInfo.InvariantCulture))
                : fields[FieldName(clause)];
            var equal = ValueEquals(actual, clause.Value);
            return clause.Operator == "eq" ? equal : !equal;
        });
    }

    private static string FieldName(FilterClause clause) =>
        clause.Property.StartsWith("fields/", StringComparison.OrdinalIgnoreCase) ? clause.Property[7..] : clause.Property;

    private static bool ValueEquals(JsonNode? actual, string expected) => actual switch
    {
        null => expected.Equals("null", StringComparison.OrdinalIgnoreCase) || expected.Length == 0,
        JsonArray array => array.Any(entry => ValueEquals(entry is JsonObject lookup ? lookup["LookupId"] : entry, expected)),
        _ => Scalar(actual).Equals(expected, StringComparison.OrdinalIgnoreCase) || NumericEquals(actual, expected),
    };

    private static string Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => node.ToJsonString(),
    };

    private static bool NumericEquals(JsonNode actual, string expected) =>
        double.TryParse(Scalar(actual), NumberStyles.Float, CultureInfo.InvariantCulture, out var left) &&
        double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var right) &&
        Math.Abs(left - right) < 1e-9;
}
