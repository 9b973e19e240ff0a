using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Tools.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Audit;

public sealed class AuditLogTests
{
    private const string Proxy = "10.0.0.5";

    private const string Client = "203.0.113.7";

    [Theory]
    [InlineData(Proxy, Client)]
    [InlineData("10.0.0.9", "10.0.0.9")]
    public async Task AppendAsync_RecordsTheForwardedClientAddress_OnlyWhenTheConfiguredProxySendsIt(string sender, string recorded)
    {
        await using var app = new DocArchiveApplication(settings: new Dictionary<string, string> { ["DocArchive:Web:TrustedProxies:0"] = Proxy });
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var http = new HttpClient(app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(sender)))
        {
            BaseAddress = new Uri("https://localhost"),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);
        var cookie = await NodeSignIn.CookieAsync(http, http.BaseAddress, userName, DocArchiveApplication.Password, CancellationToken.None);

        using var request = NodeSignIn.Request(HttpMethod.Get, new Uri(http.BaseAddress, "/api/search?q=zhang"), cookie);
        using var search = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.UserName == userName).OrderBy(e => e.Id).Select(e => new { e.Action, e.Address }).ToListAsync();
        Assert.Equal([new { Action = AuditAction.SignIn, Address = (string?)recorded }, new { Action = AuditAction.Search, Address = (string?)recorded }], entries);
    }
}
