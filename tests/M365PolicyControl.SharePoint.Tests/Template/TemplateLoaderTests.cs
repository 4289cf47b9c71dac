using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.SharePoint.Tests.Template;

public sealed class TemplateLoaderTests
{
    private static string RepoTemplatePath => RepoPaths.InRepo("provisioning", "templates", "hipaa-policy-library.json");

    [Fact]
    public void The_shipped_template_passes_schema_and_semantic_checks()
    {
        var template = TemplateLoader.LoadFile(RepoTemplatePath);

        Assert.Equal(6, template.Lists.Count);
        var library = template.FindList("policies")!;
        Assert.True(library.IsLibrary);
        Assert.Equal("approver", library.Settings!.DraftVersionVisibility);
        Assert.Contains(library.Columns, c => c.Name == "SecurityRuleRequirements" && c.Multiple && c.LookupList == "requirements");
    }

    [Fact]
    public void The_built_in_copy_is_the_repository_file()
    {
        Assert.Equal(TemplateLoader.LoadFile(RepoTemplatePath).Lists.Select(l => l.DisplayName), TemplateLoader.LoadBuiltIn().Lists.Select(l => l.DisplayName));
    }

    [Fact]
    public void Schema_violations_are_all_listed()
    {
        var json = Mutate(t =>
        {
            t["lists"]![0]!["template"] = "wiki";
            t["lists"]![1]!["columns"]![0]!["name"] = "Policy Id";
            t["lists"]![1]!["settings"]!["majorVersionLimit"] = 0;
        });

        var error = Assert.Throws<TemplateInvalidException>(() => TemplateLoader.Parse(json, "bad.json"));

        Assert.Contains(error.Problems, p => p.Location == "/lists/0/template");
        Assert.Contains(error.Problems, p => p.Location == "/lists/1/columns/0/name");
        Assert.Contains(error.Problems, p => p.Location == "/lists/1/settings/majorVersionLimit");
    }

    [Fact]
    public void Semantic_problems_are_all_listed()
    {
        var json = Mutate(t =>
        {
            var columns = t["lists"]![1]!["columns"]!.AsArray();
            columns[3]!["lookupList"] = "noSuchList";
            columns[4]!["name"] = "PolicyId";
            columns[5]!["type"] = "currency";
            t["lists"]![2]!["settings"]!["enableMinorVersions"] = true;
        });

        var error = Assert.Throws<TemplateInvalidException>(() => TemplateLoader.Parse(json, "bad.json"));

        Assert.Contains(error.Problems, p => p.Message.Contains("'noSuchList' does not exist"));
        Assert.Contains(error.Problems, p => p.Message.Contains("duplicate column internal name 'PolicyId'"));
        Assert.Contains(error.Problems, p => p.Message.Contains("unknown column type 'currency'"));
        Assert.Contains(error.Problems, p => p.Message.Contains("minor versions exist only on document libraries"));
        Assert.Contains("bad.json", error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line()
    {
        var error = Assert.Throws<TemplateInvalidException>(() => TemplateLoader.Parse("{\n \"lists\": [", "broken.json"));

        Assert.StartsWith("line", error.Problems.Single().Location);
    }

    private static string Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(RepoTemplatePath))!;
        change(node);
        return node.ToJsonString();
    }
}
