using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Audit;

public sealed class AuditedAuthorizationTests
{
    [Fact]
    public async Task HandleAsync_RecordsEachRefusalWithWhatWasAsked_WhenAClerkTriesTheApiAndAPageBeyondTheirRole()
    {
        await using var app = new DocArchiveApplication();
        var clerkName = await app.CreateUserAsync(ArchiveRoles.Clerk);
        using var clerk = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(clerk, clerkName, DocArchiveApplication.Password)).Dispose();
        using var anonymous = app.CreateAnonymousClient();

        using var api = await clerk.GetAsync(new Uri("/api/search?q=zhang", UriKind.Relative));
        using var page = await clerk.GetAsync(new Uri("/admin/audit?user=siti", UriKind.Relative));
        using var change = await clerk.PutAsync(new Uri($"/api/documents/{Guid.Empty}/fields/name", UriKind.Relative), JsonContent.Create(new { value = "WANG FANG" }));
        using var signedOut = await anonymous.GetAsync(new Uri("/api/search?q=zhang", UriKind.Relative));

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            [api.StatusCode, page.StatusCode, change.StatusCode, signedOut.StatusCode]);
        await using var scope = app.Services.CreateAsyncScope();
        var refusals = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.AccessDenied).OrderBy(e => e.Id).Select(e => new { e.UserName, e.Target }).ToListAsync();
        Assert.Equal(
            [
                new { UserName = clerkName, Target = "GET /api/search?q=zhang" },
                new { UserName = clerkName, Target = "GET /admin/audit?user=siti" },
                new { UserName = clerkName, Target = $"PUT /api/documents/{Guid.Empty}/fields/name" },
            ],
            refusals);
    }
}
