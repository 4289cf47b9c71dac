using System.IO.Compression;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.Reports.Matrix;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>What <c>policyctl demo</c> produced.</summary>
public sealed record DemoResult(
    string OutputFolder,
    int Documents,
    int Submitted,
    int Approved,
    int Effective,
    IReadOnlyList<string> Refused,
    CoverageRollup Coverage,
    IReadOnlyList<string> MatrixFiles,
    string EvidencePacket,
    string EvidenceIndex,
    TimeSpan Elapsed,
    int RoundTrips)
{
    /// <summary>Each imported file with the policy id it got.</summary>
    public IReadOnlyList<ImportOutcome> Imported { get; init; } = [];
}

/// <summary>
/// The main job end to end on a fresh local tenant: provision, import, submit, approve as a different user (which
/// stamps), tick to effective, write the matrix in every format and the evidence packet, unpacked beside it for a browser.
/// </summary>
public static class DemoRunner
{
    /// <summary>The policy owner who imports and submits.</summary>
    public static string Author => SeededDirectory.Users[1].UserPrincipalName;

    /// <summary>The approver: a different person, so segregation of duties holds.</summary>
    public static string Approver => SeededDirectory.Users[3].UserPrincipalName;

    public static async Task<DemoResult> RunAsync(string policiesFolder, string outputFolder, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tenantFolder = Path.Combine(outputFolder, "tenant");
        if (Directory.Exists(tenantFolder))
        {
            Directory.Delete(tenantFolder, recursive: true);
        }

        await using var host = await LifecycleHost.StartLocalAsync(tenantFolder, cancellationToken);
        await new ProvisioningEngine(host.Connection).RunAsync(TemplateLoader.LoadBuiltIn(), new ProvisioningOptions(), cancellationToken);
        await host.ConnectLibraryAsync(cancellationToken: cancellationToken);
        var service = host.Service;

        var manifest = Path.Combine(policiesFolder, "manifest.json");
        var items = Commands.ImportCommand.ImportItems([policiesFolder], File.Exists(manifest) ? manifest : null, tenantFolder);
        var imported = await service.ImportAsync(items, Author, cancellationToken);
        var (submitted, refused) = await SubmitAllAsync(service, imported.Select(i => i.PolicyId).Distinct(), cancellationToken);
        foreach (var policyId in submitted)
        {
            await service.ApproveAsync(policyId, Approver, "Approved in the demo run", cancellationToken);
        }

        await service.TickAsync(cancellationToken: cancellationToken);
        await RecordRegisterSamplesAsync(service, submitted, cancellationToken);
        var input = await EvidenceSource.ReadAsync(service, service.Today, cancellationToken);
        var matrixFiles = await WriteMatricesAsync(input.Coverage, outputFolder, cancellationToken);
        var packet = Path.Combine(outputFolder, "evidence-packet.zip");
        await EvidencePacketWriter.WriteToFileAsync(input, packet, cancellationToken);
        var index = Unpack(packet, Path.Combine(outputFolder, "evidence"));

        return new DemoResult(
            Path.GetFullPath(outputFolder), imported.Count, submitted.Count, submitted.Count,
            input.Coverage.Documents.Count(d => d.IsEffective), refused, input.Coverage.Overall,
            matrixFiles, Path.GetFullPath(packet), index, clock.Elapsed, host.Connection.Stats.RoundTrips)
        {
            Imported = imported,
        };
    }

    /// <summary>
    /// Records one exception and one decision on requirements the samples leave as gaps, so the matrix shows both statuses:
    /// an alternative measure for the first addressable gap, and a time-limited exception for the first required one.
    /// </summary>
    private static async Task RecordRegisterSamplesAsync(PolicyLifecycleService service, IReadOnlyList<string> effective, CancellationToken cancellationToken)
    {
        var gaps = CoverageCalculator.Compute(await service.CoverageInputAsync(cancellationToken: cancellationToken)).Rows
            .Where(r => r.Status == CoverageStatus.Gap).Select(r => r.Requirement).ToArray();
        if (gaps.FirstOrDefault(r => r.Implementation == Core.Catalog.Implementation.Addressable) is { } addressable)
        {
            await service.AddDecisionAsync(addressable.Citation, DecisionOutcome.Alternative, Approver,
                "Demo: an equivalent alternative measure is documented in the security plan.", cancellationToken);
        }

        if (effective.Count > 0 && gaps.FirstOrDefault(r => r.Implementation == Core.Catalog.Implementation.Required) is { } required)
        {
            await service.AddExceptionAsync(required.Citation, effective[0], Approver, "Demo: the control is being rolled out.",
                "Demo: manual monthly check until the rollout ends.", service.Today.AddMonths(3), cancellationToken);
        }
    }

    private static async Task<(List<string> Submitted, List<string> Refused)> SubmitAllAsync(
        PolicyLifecycleService service, IEnumerable<string> policyIds, CancellationToken cancellationToken)
    {
        var submitted = new List<string>();
        var refused = new List<string>();
        foreach (var policyId in policyIds)
        {
            try
            {
                await service.SubmitAsync(policyId, Author, cancellationToken);
                submitted.Add(policyId);
            }
            catch (LifecycleException e) when (e.Error is LifecycleError.SubmissionProblems or LifecycleError.WrongStatus)
            {
                refused.Add($"{policyId}: {string.Join("; ", e.Problems)}");
            }
        }

        return (submitted, refused);
    }

    private static async Task<IReadOnlyList<string>> WriteMatricesAsync(CoverageReport report, string outputFolder, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var format in Enum.GetValues<MatrixFormat>())
        {
            var path = Path.GetFullPath(Path.Combine(outputFolder, "coverage-matrix" + MatrixWriter.Extension(format)));
            await MatrixWriter.WriteToFileAsync(report, format, path, cancellationToken);
            files.Add(path);
        }

        return files;
    }

    private static string Unpack(string packet, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        ZipFile.ExtractToDirectory(packet, folder);
        return Path.GetFullPath(Path.Combine(folder, "index.html"));
    }
}
