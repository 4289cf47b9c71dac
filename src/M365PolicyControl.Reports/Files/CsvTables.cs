using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace M365PolicyControl.Reports.Files;

/// <summary>RFC 4180 CSV with CsvHelper: UTF-8 without BOM, invariant culture, ISO dates, lists joined by "; ".</summary>
public static class CsvTables
{
    /// <summary>Separator of list values inside one cell.</summary>
    public const string ListSeparator = "; ";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    /// <summary>Writes a header row and one row per record; the stream is left open.</summary>
    public static async Task WriteAsync<T>(
        Stream output, IEnumerable<T> records, ClassMap<T>? map = null, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        Configure(csv.Context, map);
        await csv.WriteRecordsAsync(records, cancellationToken);
    }

    /// <summary>Reads every record written by <see cref="WriteAsync{T}"/> with the same map.</summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        Stream input, ClassMap<T>? map = null, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 65536, leaveOpen: true);
        using var csv = new CsvReader(reader, Configuration);
        Configure(csv.Context, map);
        var records = new List<T>();
        await foreach (var record in csv.GetRecordsAsync<T>(cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    private static void Configure<T>(CsvContext context, ClassMap<T>? map)
    {
        var dates = new TypeConverterOptions { Formats = ["yyyy-MM-dd"] };
        context.TypeConverterOptionsCache.AddOptions<DateOnly>(dates);
        context.TypeConverterOptionsCache.AddOptions<DateOnly?>(dates);
        context.TypeConverterOptionsCache.AddOptions<DateTimeOffset>(new TypeConverterOptions { Formats = ["O"] });
        context.TypeConverterOptionsCache.AddOptions<DateTimeOffset?>(new TypeConverterOptions { Formats = ["O"] });
        context.TypeConverterCache.AddConverter<IReadOnlyList<string>>(new StringListConverter());
        if (map is not null)
        {
            context.RegisterClassMap(map);
        }
    }

    private sealed class StringListConverter : DefaultTypeConverter
    {
        public override object ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            string.IsNullOrEmpty(text) ? Array.Empty<string>() : text.Split(ListSeparator);

        public override string ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is IEnumerable<string> items ? string.Join(ListSeparator, items) : "";
    }
}
