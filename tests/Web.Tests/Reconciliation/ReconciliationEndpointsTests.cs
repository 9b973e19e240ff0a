using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Reconciliation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Reconciliation;

public sealed class ReconciliationEndpointsTests
{
    [Fact]
    public async Task Get_ReturnsEachSourcesCountAndTheFindings_AndIsAudited()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var register = (await client.GetFromJsonAsync<Ingest.Register.Reconciliation.Reconciliation>("/api/reconciliation", DocArchiveApplication.Json))!;

        Assert.Equal(archive.Today, register.AsOf);
        Assert.Equal(new SourceCounts(3, 2, 0, 2, 0, 3, 1), register.Total);
        Assert.Equal([("Kota Jambi", 2), (null, 1)], register.ByDistrict.Select(r => (r.Key, r.Counts.Known)));
        var finding = Assert.Single(register.Findings);
        Assert.Equal((FindingCodes.NoPermit, archive.Kim, archive.Report), (finding.Code, finding.Persons[0].PersonId, finding.Documents[0].DocumentId));
        Assert.Equal(ReconciliationRegister.HistoryMonths, register.History.Count);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(
            "/api/reconciliation",
            await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.Where(e => e.Action == AuditAction.ReconciliationView).Select(e => e.Target).SingleAsync());
    }

    [Fact]
    public async Task Persons_ListsThoseASourceKnows_WithTheirDocuments()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var persons = (await client.GetFromJsonAsync<List<RegisterPerson>>("/api/reconciliation/persons?source=site&district=Kota%20Jambi", DocArchiveApplication.Json))!;

        Assert.Equal([archive.Kim, archive.Zhang], persons.Select(p => p.PersonId));
        Assert.Equal([archive.Report, archive.Permit], persons[1].Documents.Select(d => d.DocumentId));
    }

    [Theory]
    [InlineData("asOf=30-06-2026", "Register query not understood")]
    [InlineData("district=Atlantis", "Register query not understood")]
    [InlineData("months=0", "Register query not understood")]
    [InlineData("finding=speeding", "Finding not understood")]
    public async Task Get_Returns400ProblemDetails_WhenAParameterIsNotUnderstood(string query, string title)
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/api/reconciliation?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }
}
