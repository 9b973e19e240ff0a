using System.Net;
using System.Text;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Admin;

public sealed class AuditModelTests
{
    [Fact]
    public async Task Get_ShowsOnlyTheFilteredEntries_WhenFilteredByUserAndAction()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var officer = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        await officer.GetStringAsync(new Uri("/search?q=%3Cb%3Ezhang", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var filtered = await admin.GetStringAsync(new Uri($"/admin/audit?user={officerName}&action=Search", UriKind.Relative));
        var signIns = await admin.GetStringAsync(new Uri($"/admin/audit?user={officerName}&action=SignIn", UriKind.Relative));

        Assert.Contains("&lt;b&gt;zhang", filtered, StringComparison.Ordinal);
        Assert.Contains("1 entri", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;b&gt;zhang", signIns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_StreamsTheFilteredLogAsCsv_WhenAnAdminAsks()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await officer.GetStringAsync(new Uri("/search?q=%3Dcmd", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        using var response = await admin.GetAsync(new Uri("/admin/audit?handler=csv&action=Search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_utc,user,action,target,address", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.EndsWith(",Search,\"'=cmd\",", row, StringComparison.Ordinal);
    }
}
