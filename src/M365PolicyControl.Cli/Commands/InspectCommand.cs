using System.CommandLine;
using System.Text;
using M365PolicyControl.Word;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl inspect &lt;file&gt; [--json]</c>: sections, headers and footers, content controls, properties, stamp.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The Word document to describe." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var command = new Command("inspect", "Describe a Word document: sections, header/footer parts, content controls, custom properties, stamp, validation errors, word count.") { file, json };
        command.SetAction((parseResult, _) =>
        {
            var config = parseResult.InvocationConfiguration;
            var path = parseResult.GetValue(file)!;
            return VerbGuard.Run(path, config.Error, () =>
            {
                var report = WordFileInput.Run(path, DocumentInspector.Inspect);
                config.Output.WriteLine(parseResult.GetValue(json) ? CommandJson.Serialize(report) : Describe(path, report));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Describe(string path, InspectionReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"{path}: {report.DocumentType}, main part {report.MainPartUri}{(report.IsStrict ? ", Strict Open XML" : "")}{(report.IsSigned ? ", signed" : "")}");
        text.AppendLine($"  {report.ParagraphCount} paragraphs, {report.WordCount} words, {report.TrackedChangeCount} tracked changes, {report.ValidationErrorCount} validation errors");
        if (report.Protection is { } protection)
        {
            text.AppendLine($"  protection in force: {protection}");
        }

        foreach (var section in report.Sections)
        {
            text.AppendLine($"  section {section.Number}{(section.TitlePage ? " (title page)" : "")}: headers [{string.Join(", ", section.HeaderReferences)}] footers [{string.Join(", ", section.FooterReferences)}]");
        }

        foreach (var part in report.HeaderFooterParts)
        {
            text.AppendLine($"  {part.Kind} {part.Uri}: {part.ParagraphCount} paragraphs{(part.HasControlledCopy ? ", controlled-copy line" : "")}");
        }

        foreach (var control in report.ContentControls)
        {
            text.AppendLine($"  content control ({control.Level}) in {control.Part}: tag {control.Tag ?? "-"}, alias {control.Alias ?? "-"}{(control.DataBound ? ", data-bound" : "")}");
        }

        foreach (var (name, value) in report.CustomProperties)
        {
            text.AppendLine($"  property {name} = {value}");
        }

        text.Append(report.Stamp is { } stamp
            ? $"  stamp: {stamp.PolicyId} v{stamp.Version}, {stamp.StampedAt:yyyy-MM-dd HH:mm}Z, body hash {stamp.BodyHash}"
            : "  stamp: none");
        return text.ToString();
    }
}
