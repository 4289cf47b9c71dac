using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Tells which data bindings mirror document metadata: the core and extended properties and SharePoint's metadata
/// part, which stamping or SharePoint rewrite. Text of controls bound there is left out of the body hash; text bound
/// to any other custom XML is the author's and is hashed.
/// </summary>
internal sealed class PropertyBindings
{
    // The fixed store item ids Word gives the core and extended properties parts.
    private const string CorePropertiesStore = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}";
    private const string ExtendedPropertiesStore = "{6668398D-A668-4E3E-A5EB-62B293D839F1}";

    private readonly HashSet<string> _stores;

    private PropertyBindings(IEnumerable<string> stores) => _stores = new(stores, StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts no binding as metadata: all bound text is hashed.</summary>
    public static PropertyBindings Nothing { get; } = new([]);

    public static PropertyBindings From(MainDocumentPart main) => new(
        CustomXmlParts.AllWithRoot(main, SharePointPropertiesWriter.PropertiesNamespace + "properties")
            .Select(p => p.CustomXmlPropertiesPart?.DataStoreItem?.ItemId?.Value?.Trim())
            .OfType<string>()
            .Append(CorePropertiesStore)
            .Append(ExtendedPropertiesStore));

    /// <summary>True when the binding shows document metadata rather than the author's own data.</summary>
    /// <remarks>A binding without a store item id (Word then searches every part by XPath) does not count.</remarks>
    public bool MirrorsProperties(DataBinding binding) =>
        binding.StoreItemId?.Value is { Length: > 0 } store && _stores.Contains(store.Trim());
}
