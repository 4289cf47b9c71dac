using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365PolicyControl.Cli.Commands;

/// <summary>The JSON form every verb's <c>--json</c> output uses: camelCase, enums as names, indented.</summary>
internal static class CommandJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
