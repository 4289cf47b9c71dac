using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace M365PolicyControl.Word.Tests;

public sealed class PropertiesStampTests
{
    private const string SharePointProperties = """
        <p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <documentManagement>
            <PolicyId xmlns="2f9f1944-3a9b-49e1-93d3-d1cb06258e09" xsi:nil="true"/>
            <EffectiveDate xmlns="2f9f1944-3a9b-49e1-93d3-d1cb06258e09" xsi:nil="true"/>
            <TaxCatchAll xmlns="2f9f1944-3a9b-49e1-93d3-d1cb06258e09" xsi:nil="true"/>
          </documentManagement>
        </p:properties>
        """;

    [Fact]
    public void Stamp_Twice_KeepsOthersCustomPropertiesInTheOnePart_AndSetsOurs()
    {
        var source = new DocumentBuilder().Paragraph("Body").With(d =>
        {
            var part = d.AddCustomFilePropertiesPart();
            part.Properties = new Properties(new CustomDocumentProperty(new VTLPWSTR("Compliance"))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 2, Name = "Department",
            });
        }).Build();

        var stamped = DocumentBuilder.Stamp(DocumentBuilder.Stamp(source));

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        Assert.Single(document.Parts, p => p.OpenXmlPart is CustomFilePropertiesPart);
        var properties = document.CustomFilePropertiesPart!.Properties.Elements<CustomDocumentProperty>().ToList();
        Assert.Equal("Compliance", properties.Single(p => p.Name == "Department").InnerText);
        Assert.Equal("POL-AC-001", properties.Single(p => p.Name == StampPropertyNames.PolicyId).InnerText);
        Assert.Equal("2026-01-15", properties.Single(p => p.Name == StampPropertyNames.EffectiveDate).InnerText);
        Assert.Equal("2027-01-10", properties.Single(p => p.Name == StampPropertyNames.NextReviewDue).InnerText);
        Assert.Equal(properties.Count, properties.Select(p => p.PropertyId!.Value).Distinct().Count());
        Assert.Equal(properties.Count, properties.Select(p => p.Name!.Value).Distinct().Count());
    }

    [Fact]
    public void Stamp_SharePointPropertiesPart_SetsTheColumnsItHas_AndNothingElse()
    {
        var source = new DocumentBuilder().Paragraph("Body").With(d =>
        {
            var part = d.MainDocumentPart!.AddCustomXmlPart(CustomXmlPartType.CustomXml);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SharePointProperties));
            part.FeedData(stream);
        }).Build();

        var stamped = DocumentBuilder.Stamp(source);

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var parts = document.MainDocumentPart!.CustomXmlParts.Select(p => XDocument.Load(p.GetStream())).ToList();
        var management = parts.Single(x => x.Root!.Name.LocalName == "properties").Root!.Elements().Single();
        Assert.Equal("POL-AC-001", management.Elements().Single(e => e.Name.LocalName == "PolicyId").Value);
        Assert.Equal("2026-01-15T00:00:00Z", management.Elements().Single(e => e.Name.LocalName == "EffectiveDate").Value);
        Assert.Contains(management.Elements().Single(e => e.Name.LocalName == "TaxCatchAll").Attributes(), a => a.Name.LocalName == "nil");
        Assert.Single(parts, x => x.Root!.Name.NamespaceName == "urn:m365policycontrol:stamp:1");
    }
}
