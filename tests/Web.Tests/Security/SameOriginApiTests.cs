using System.Net;
using System.Net.Http.Json;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Tools.Commands;
using DocArchive.Web.Corrections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Security;

public sealed class SameOriginApiTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Upload_IsRefusedInTheUsersLanguageAndAudited_WhenTheCookieIsSentFromAnotherSite()
    {
        await using var app = new DocArchiveApplication();
        using var clerk = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);

        using var response = await clerk.SendAsync(Upload(("Origin", "https://elsewhere.example"), (DocArchiveApplication.SecFetchSite, "cross-site")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal(("Permintaan dari situs lain ditolak", 403), (problem.Title, problem.Status));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        Assert.False(await db.Documents.AnyAsync());
        Assert.Equal(
            ["POST /api/documents from https://elsewhere.example"],
            await db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).Select(e => e.Target).ToListAsync());
    }

    [Fact]
    public async Task Upload_IsRefused_WhenTheRequestSaysNothingOfWhereItComesFrom()
    {
        await using var app = new DocArchiveApplication();
        using var clerk = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        clerk.DefaultRequestHeaders.Remove(DocArchiveApplication.SecFetchSite);

        using var response = await clerk.SendAsync(Upload());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(
            "POST /api/documents from no origin",
            await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).Select(e => e.Target).SingleAsync());
    }

    [Theory]
    [InlineData("Origin", "https://localhost")]
    [InlineData(DocArchiveApplication.SecFetchSite, "same-origin")]
    public async Task Upload_IsTaken_WhenTheRequestComesFromTheArchivesOwnPages(string header, string value)
    {
        await using var app = new DocArchiveApplication();
        using var clerk = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        clerk.DefaultRequestHeaders.Remove(DocArchiveApplication.SecFetchSite);

        using var response = await clerk.SendAsync(Upload((header, value)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Correction_IsRefusedInEnglish_WhenAnEnglishOfficersCookieIsSentFromThePlainHttpSite()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        (await DocArchiveApplication.SwitchLanguageAsync(officer, "en", "/search")).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/{Guid.Empty}/fields/name") { Content = JsonContent.Create(new CorrectionRequest("WANG FANG")) };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add(DocArchiveApplication.SecFetchSite, "same-site");

        using var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Request from another site refused", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Theory]
    [InlineData(Proxy, HttpStatusCode.Accepted)]
    [InlineData("10.0.0.9", HttpStatusCode.Forbidden)]
    public async Task Upload_FromTheArchivesHttpsOrigin_IsTakenOnlyWhenTheConfiguredProxySaysItCameOverHttps(string sender, HttpStatusCode expected)
    {
        await using var app = new DocArchiveApplication(settings: new Dictionary<string, string> { ["DocArchive:Web:TrustedProxies:0"] = Proxy });
        var userName = await app.CreateUserAsync(ArchiveRoles.Clerk);
        using var http = new HttpClient(app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(sender)))
        {
            BaseAddress = new Uri("http://arsip.kantor"),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var cookie = await NodeSignIn.CookieAsync(http, http.BaseAddress, userName, DocArchiveApplication.Password, CancellationToken.None);
        using var upload = Upload(("Origin", "https://arsip.kantor"));
        upload.Headers.Add("Cookie", cookie);

        using var response = await http.SendAsync(upload);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>A clerk's upload of one PDF with the headers given (added to the client's own).</summary>
    private static HttpRequestMessage Upload(params (string Name, string Value)[] headers)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(FixtureDocument.TextPdf(FixturePage.FromLines("Nama ZHANG WEI"))), "files", "izin.pdf" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return request;
    }
}
