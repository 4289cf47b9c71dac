using System.Net;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Faults;

namespace M365PolicyControl.LocalTenant.Tests;

/// <summary><c>fragment503:N</c>: an upload fragment is stored, then its answer is lost as a 503.</summary>
public sealed class UploadFaultTests
{
    [Fact]
    public async Task StoredFragment503_ResendGets416_StatusShowsTheAdvancedRange_AndTheUploadFinishesWithTheExactBytes()
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse("fragment503:2"));
        var content = Enumerable.Range(0, 1000).Select(index => (byte)(index * 7)).ToArray();
        var session = await tenant.PostJsonAsync(tenant.Site + "/drive/root:/Plans/recovery.docx:/createUploadSession",
            new JsonObject { ["item"] = new JsonObject { ["@microsoft.graph.conflictBehavior"] = "replace" } }, expectedStatus: 200);
        var uploadUrl = (string)session["uploadUrl"]!;
        using var anonymous = new HttpClient();

        var first = await PutRange(anonymous, uploadUrl, content, 0, 399);
        var lost = await PutRange(anonymous, uploadUrl, content, 400, 799);
        var resend = await PutRange(anonymous, uploadUrl, content, 400, 799);
        var status = JsonNode.Parse(await anonymous.GetStringAsync(uploadUrl))!;
        var last = await PutRange(anonymous, uploadUrl, content, 800, 999);
        var item = JsonNode.Parse(await last.Content.ReadAsStringAsync())!;
        var stored = await anonymous.GetByteArrayAsync((string)item["@microsoft.graph.downloadUrl"]!);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), lost.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, resend.StatusCode);
        Assert.Equal(["800-"], status["nextExpectedRanges"]!.AsArray().Select(range => (string?)range));
        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        Assert.Equal(content, stored);
        Assert.Equal(1, tenant.Server.Stats.FaultsInjected);
        Assert.Contains(tenant.Server.RequestLog, entry => entry.Status == 503 && entry.Fault == nameof(FaultKind.StoredThenUnavailable));
    }

    [Fact]
    public void Fragment503_ParsesAlongsideOtherParts_AndRefusesANonPositiveOrFractionalNumber()
    {
        var plan = FaultPlan.Parse("retryafter:0,fragment503:3,seq:429");

        Assert.Equal(3, plan.StoredFragmentUnavailableAt);
        Assert.Equal(0, plan.RetryAfterSeconds);
        Assert.Equal([FaultKind.Throttle], plan.Sequence);
        Assert.False(FaultPlan.Parse("fragment503:1").IsEmpty);
        Assert.Contains("fragment number", Assert.Throws<FormatException>(() => FaultPlan.Parse("fragment503:0")).Message);
        Assert.Contains("fragment number", Assert.Throws<FormatException>(() => FaultPlan.Parse("fragment503:1.5")).Message);
    }

    private static Task<HttpResponseMessage> PutRange(HttpClient client, string url, byte[] content, int start, int end)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(content[start..(end + 1)]) };
        request.Content.Headers.TryAddWithoutValidation("Content-Range", $"bytes {start}-{end}/{content.Length}");
        return client.SendAsync(request);
    }
}
