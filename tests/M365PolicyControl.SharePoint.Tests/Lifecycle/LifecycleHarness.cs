using M365PolicyControl.Core.Catalog;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Lifecycle.Gateway;
using M365PolicyControl.SharePoint.Tests.Provisioning;
using M365PolicyControl.TestSupport;
using M365PolicyControl.Word.Adapters;
using M365PolicyControl.Word.Conversion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

/// <summary>A provisioned local tenant over loopback HTTP with the lifecycle service wired to the Word stamper and reader.</summary>
internal sealed class LifecycleHarness : IAsyncDisposable
{
    public static readonly string Owner = SeededDirectory.Users[1].UserPrincipalName;
    public static readonly string OtherOwner = SeededDirectory.Users[2].UserPrincipalName;
    public static readonly string Approver = SeededDirectory.Users[3].UserPrincipalName;

    private LifecycleHarness(TenantHarness tenant, SharePointPolicyLibrary library, FakeTimeProvider clock, TempFolder files)
    {
        Tenant = tenant;
        Library = library;
        Clock = clock;
        Files = files;
        Service = new PolicyLifecycleService(library, new WordContentReader(), new WordStamper(Parser), Parser, clock, NullLogger<PolicyLifecycleService>.Instance);
    }

    /// <summary>
    /// The lifecycle's clock starts at today's date, because the local tenant stamps Created with the real clock and
    /// retention counts from it; tests move the lifecycle clock forward from here.
    /// </summary>
    public static DateTimeOffset StartOfToday { get; } = new(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero);

    public static CitationParser Parser { get; } = new(SecurityRuleCatalog.Default);

    public TenantHarness Tenant { get; }

    public SharePointPolicyLibrary Library { get; }

    public FakeTimeProvider Clock { get; }

    public TempFolder Files { get; }

    public PolicyLifecycleService Service { get; }

    public static async Task<LifecycleHarness> StartAsync(FaultPlan? faults = null)
    {
        var tenant = await TenantHarness.StartAsync(faults);
        await ProvisionAsync(tenant);
        var library = await SharePointPolicyLibrary.ConnectAsync(tenant.Connection);
        return new LifecycleHarness(tenant, library, new FakeTimeProvider(StartOfToday), new TempFolder());
    }

    // Provisioning is "ensure", so a run cut short by a dropped loopback connection (seen under parallel test load) is
    // simply run again; the lifecycle tests are about what happens after it.
    private static async Task ProvisionAsync(TenantHarness tenant)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tenant.ProvisionAsync();
                return;
            }
            catch (HttpRequestException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Writes a .docx from markdown into the scratch folder and returns its path.</summary>
    public string Docx(string fileName, string markdown)
    {
        var path = Files.File(fileName);
        using var output = File.Create(path);
        MarkdownDocxConverter.Convert(markdown, output);
        return path;
    }

    /// <summary>A policy whose text cites two access-control requirements.</summary>
    public string AccessPolicy(string fileName = "access-control-policy.docx", string extra = "") => Docx(fileName, $"""
        # Access Control Policy

        ## Purpose
        This policy implements 45 CFR 164.312(a)(1) Access Control and 164.312(a)(2)(i) Unique User Identification.

        ## Policy
        Every workforce member gets a unique user id. {extra}
        """);

    /// <summary>Imports one file as <see cref="Owner"/> and returns its policy id.</summary>
    public async Task<string> ImportAsync(string path) =>
        (await Service.ImportAsync([new ImportItem(path)], Owner)).Single().PolicyId;

    /// <summary>Imports, submits and approves a policy; returns its id.</summary>
    public async Task<string> ApprovedAsync(string path)
    {
        var id = await ImportAsync(path);
        await Service.SubmitAsync(id, Owner);
        await Service.ApproveAsync(id, Approver);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Tenant.DisposeAsync();
        Files.Dispose();
    }
}
