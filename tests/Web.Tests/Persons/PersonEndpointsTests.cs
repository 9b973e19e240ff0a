using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Register.Persons;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Persons;

public sealed class PersonEndpointsTests
{
    [Fact]
    public async Task Get_ReturnsWhatThePersonPageShows_WhenThePersonIsKnown()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var person = (await client.GetFromJsonAsync<PersonProfile>($"/api/persons/{archive.Zhang}", DocArchiveApplication.Json))!;

        Assert.Equal(("ZHANG WEI", "E12345678", "CHN", new DateOnly(1985, 4, 12)), (person.Name, person.PassportNumber, person.Nationality, person.DateOfBirth));
        Assert.Equal([archive.Report, archive.Permit, archive.OldPermit], person.Documents.Select(d => d.DocumentId));
        Assert.Equal(["ZHANG WEI", "ZHANG WEL"], person.Names);
        Assert.Equal(
            [("2C21AB0001", archive.Today.AddDays(20), false), (null, archive.Today.AddDays(20), false), ("2C11AA0001", archive.Today.AddDays(-400), true)],
            person.Permits.Select(p => (p.PermitNumber, p.ExpiryDate!.Value, p.Expired)));
        Assert.Equal([("SINAR BATU MINING", 3)], person.Employers.Select(e => (e.Key, e.Documents)));
        Assert.Equal([(archive.Report, "sesuai")], person.Findings.Select(f => (f.DocumentId, f.Finding)));
    }

    [Fact]
    public async Task Get_Returns404ProblemDetails_WhenThePersonIsUnknown()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var response = await client.GetAsync(new Uri($"/api/persons/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Person not found", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }
}
