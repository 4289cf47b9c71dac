using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Files;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Packet;

/// <summary>The CSV files of the packet: version history and the registers, one row per record.</summary>
internal static class PacketRegisters
{
    /// <summary>Entry name and writer of each register file, in packet order.</summary>
    public static IEnumerable<(string Path, Func<Stream, CancellationToken, Task> Write)> Files(EvidencePacketInput input)
    {
        var report = input.Coverage;
        yield return ("version-history.csv", (s, ct) => CsvTables.WriteAsync(s, input.VersionHistory.Select(v => new
        {
            v.PolicyId, v.Title, Version = v.Version.ToString(), Status = v.Status.ToString(), v.Author, v.Modified,
            v.Approver, v.ApprovedOn, v.EffectiveDate, v.BodyHash, v.Comment,
        }), cancellationToken: ct));
        yield return ("registers/requirements.csv", (s, ct) => CsvTables.WriteAsync(s, report.Rows.Select(r => new
        {
            r.Requirement.Citation, r.Requirement.Name, Kind = r.Requirement.Kind.ToString(),
            Implementation = r.Requirement.Implementation.ToString(), Safeguard = r.Requirement.Safeguard.ToString(),
            Standard = r.Requirement.StandardCitation, Status = r.Status.ToString(),
            Documents = string.Join(CsvTables.ListSeparator, r.Documents.Select(d => MatrixRow.Label(d.Document))),
        }), cancellationToken: ct));
        yield return ("registers/exceptions.csv", (s, ct) => CsvTables.WriteAsync(s, report.Exceptions.Select(e => new
        {
            e.Id, Requirement = e.RequirementCitation, e.Starts, e.Expires, Active = e.IsActive(report.AsOf), e.Reason, e.ApprovedBy,
        }), cancellationToken: ct));
        yield return ("registers/decisions.csv", (s, ct) => CsvTables.WriteAsync(s, report.Decisions.Select(d => new
        {
            d.Id, Requirement = d.RequirementCitation, Outcome = d.Outcome.ToString(), d.Rationale, d.DecidedBy, d.DecidedOn,
        }), cancellationToken: ct));
        yield return ("registers/reviews.csv", (s, ct) => CsvTables.WriteAsync(s, input.Reviews.Select(r => new
        {
            r.PolicyId, r.ReviewedOn, r.Reviewer, r.Outcome, r.Notes, r.NextReviewDue,
        }), cancellationToken: ct));
        yield return ("registers/acknowledgments.csv", (s, ct) => CsvTables.WriteAsync(s, input.Acknowledgments.Select(a => new
        {
            a.PolicyId, Version = a.Version.ToString(), a.User, a.AcknowledgedOn,
        }), cancellationToken: ct));
    }

    /// <summary>A document's file name inside the packet: <c>documents/POL-AC-001-v2.0.docx</c>.</summary>
    public static string DocumentPath(ControlledDocument document)
    {
        var safeId = string.Concat(document.PolicyId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        return $"documents/{safeId}-v{document.Version}.docx";
    }
}
