using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Register.Companies;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Companies;

public sealed class CompanyEndpointsTests
{
    [Fact]
    public async Task Get_ReturnsWhatTheCompanyPageShows_WhenTheKeyIsTheSearchLink()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var company = (await client.GetFromJsonAsync<CompanyProfile>(ArchiveLinks.Company(ArchiveScenario.CompanyKey).Replace("/companies/", "/api/companies/", StringComparison.Ordinal), DocArchiveApplication.Json))!;

        Assert.Equal(ArchiveScenario.CompanyKey, company.Key);
        Assert.Equal([archive.Zhang], company.CurrentWorkers.Select(w => w.PersonId));
        Assert.Equal([(archive.Kim, archive.Today.AddDays(-5))], company.PastWorkers.Select(w => (w.PersonId, w.ExpiryDate!.Value)));
        var approval = Assert.Single(company.Approvals);
        Assert.Equal([("Mining Engineer", 2), ("Geologist", 1), ("Chemist", 0)], approval.Positions.Select(p => (p.Title!, p.Count ?? 0)));
        Assert.Equal([new PositionTally("Mining Engineer", 2, 1), new PositionTally("Geologist", 1, 0)], company.Positions);
        Assert.Equal(4, company.Documents.Count);
    }

    [Fact]
    public async Task Get_Returns404ProblemDetails_WhenNoDocumentNamesTheCompany()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri("/api/companies/PT%20Tidak%20Ada", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Company not found", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }
}
