using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

/// <summary>Independent look-ups on a package, written without the engine's helpers, for assertions.</summary>
internal static class StampedPackage
{
    public static int CountBodyControls(WordprocessingDocument package, string tag) =>
        package.MainDocumentPart!.Document.Body!.Descendants<SdtBlock>().Count(s => TagOf(s) == tag);

    public static string? TagOf(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    /// <summary>Each paragraph's InnerText (all text, deletions and field codes included), non-empty ones only.</summary>
    public static List<string> RawParagraphTexts(WordprocessingDocument package) =>
        package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => p.InnerText)
            .Where(t => t.Length > 0)
            .ToList();

    public static bool IsSubsequence(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var j = 0;
        foreach (var item in actual)
        {
            if (j < expected.Count && expected[j] == item)
            {
                j++;
            }
        }

        return j == expected.Count;
    }

    /// <summary>The header and footer parts Word shows, worked out from the sections (inheritance included).</summary>
    public static List<OpenXmlPart> ShownHeaderFooterParts(WordprocessingDocument package)
    {
        var main = package.MainDocumentPart!;
        var evenAndOdd = main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>() is { } e && (e.Val is null || e.Val.Value);
        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
        var current = new Dictionary<string, OpenXmlPart>();
        var shown = new List<OpenXmlPart>();
        foreach (var section in sections)
        {
            // An invalid type (poi-60293 has "odd") counts as default unless the section has a real default too.
            static string TypeOf(HeaderFooterReferenceType r) => r.Type?.InnerText is "first" or "even" ? r.Type.InnerText : "default";
            static bool IsKnown(HeaderFooterReferenceType r) => r.Type?.InnerText is null or "default" or "first" or "even";
            foreach (var reference in section.Elements<HeaderFooterReferenceType>().OrderBy(IsKnown))
            {
                current[(reference is HeaderReference ? "h:" : "f:") + TypeOf(reference)] = main.GetPartById(reference.Id!.Value!);
            }

            var types = new List<string> { "default" };
            if (section.GetFirstChild<TitlePage>() is { } t && (t.Val is null || t.Val.Value))
            {
                types.Add("first");
            }

            if (evenAndOdd)
            {
                types.Add("even");
            }

            foreach (var type in types)
            {
                foreach (var prefix in new[] { "h:", "f:" })
                {
                    Assert.True(current.TryGetValue(prefix + type, out var part), $"section shows no {prefix}{type} part");
                    if (!shown.Contains(part!))
                    {
                        shown.Add(part!);
                    }
                }
            }
        }

        return shown;
    }

    /// <summary>Prefixes named in mc:Ignorable on a part's root that the root does not declare.</summary>
    public static IEnumerable<string> UndeclaredIgnorablePrefixes(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var root = XDocument.Load(stream).Root!;
        var ignorable = root.Attribute(XName.Get("Ignorable", "http://schemas.openxmlformats.org/markup-compatibility/2006"))?.Value;
        if (ignorable is null)
        {
            return [];
        }

        var declared = root.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => a.Name.LocalName).ToHashSet();
        return ignorable.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !declared.Contains(p));
    }
}
