using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Tests.Corrections;

public sealed class SamePersonModelTests
{
    /// <summary>ZHANG WEI's passport number of the scenario with its E read as F.</summary>
    private const string Misread = "F12345678";

    [Fact]
    public async Task Post_MergesAuditsAndOffersTheUndo_WhenAnOfficerMergesThePairOnAPersonPage()
    {
        await using var app = new DocArchiveApplication();
        var (archive, misreadPerson, misreadDocument) = await SeedAsync(app);
        var officer = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(client, officer, DocArchiveApplication.Password)).Dispose();
        var page = await client.GetStringAsync(new Uri($"/persons/{misreadPerson}", UriKind.Relative));
        Assert.Contains("Kemungkinan orang yang sama", page, StringComparison.Ordinal);
        Assert.Contains("<mark>E</mark>12345678", page, StringComparison.Ordinal);
        Assert.Contains("nama dan tanggal lahir sama", page, StringComparison.Ordinal);

        using var merged = await PostAsync(client, $"/persons/{misreadPerson}", misreadPerson, "merge", ("other", archive.Zhang.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/persons/{archive.Zhang}?decided=merged", merged.Headers.Location?.OriginalString);
        var survivor = await client.GetStringAsync(new Uri($"/persons/{archive.Zhang}?decided=merged", UriKind.Relative));
        Assert.Contains("Tersimpan: kedua orang digabungkan.", survivor, StringComparison.Ordinal);
        Assert.Contains("Orang yang digabungkan ke orang ini", survivor, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/documents/{misreadDocument}\">kitas-misread.pdf</a>", survivor, StringComparison.Ordinal);
        Assert.DoesNotContain("Kemungkinan orang yang sama", survivor, StringComparison.Ordinal);
        using (var old = await client.GetAsync(new Uri($"/persons/{misreadPerson}", UriKind.Relative)))
        {
            Assert.Equal($"/persons/{archive.Zhang}", old.Headers.Location?.OriginalString);
        }

        var entry = await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.PersonsMerged));
        Assert.Equal((officer, $"{archive.Zhang} {misreadPerson}"), (entry.UserName, entry.Target));
        var decision = await CorrectionSteps.QueryAsync(app, db => db.PersonDecisions.SingleAsync());

        using var undone = await PostAsync(client, $"/persons/{archive.Zhang}", archive.Zhang, "undo", ("decision", decision.Id.ToString()));

        Assert.Equal($"/persons/{archive.Zhang}?decided=undone", undone.Headers.Location?.OriginalString);
        Assert.Equal(misreadPerson, await CorrectionSteps.QueryAsync(app, db => db.PersonDocuments.Where(l => l.DocumentId == misreadDocument).Select(l => l.PersonId).SingleAsync()));
        Assert.Contains("Kemungkinan orang yang sama", await client.GetStringAsync(new Uri($"/persons/{misreadPerson}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(1, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.PersonMergeUndone && e.UserName == officer)));
    }

    [Fact]
    public async Task Post_TakesThePairOffTheReviewQueueAndReturnsThere_WhenAnAnalystMarksThemDifferent()
    {
        await using var app = new DocArchiveApplication();
        var (archive, misreadPerson, _) = await SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/review");
        var queue = await client.GetStringAsync(new Uri("/review", UriKind.Relative));
        Assert.Contains("Possibly the same person", queue, StringComparison.Ordinal);
        Assert.Contains($"data-person=\"{archive.Zhang}\" data-other=\"{misreadPerson}\"", queue, StringComparison.Ordinal);

        using var response = await PostAsync(client, "/review", archive.Zhang, "different", ("other", misreadPerson.ToString()), ("back", "review"));

        Assert.Equal("/review?decided=different#same-persons", response.Headers.Location?.OriginalString);
        var after = await client.GetStringAsync(new Uri("/review?decided=different", UriKind.Relative));
        Assert.Contains("Saved: the two are recorded as different persons", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-other=", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Kemungkinan orang yang sama", await client.GetStringAsync(new Uri($"/persons/{archive.Zhang}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(1, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.PersonsMarkedDifferent)));
        Assert.Equal(2, await CorrectionSteps.QueryAsync(app, db => db.Persons.CountAsync(p => p.MergedIntoId == null && p.Name == "ZHANG WEI")));
    }

    [Theory]
    [InlineData(ArchiveRoles.Clerk, "/upload")]
    [InlineData(ArchiveRoles.Admin, "/admin/users")]
    public async Task Post_IsRefusedAndChangesNothing_WhenTheUserMayNotCorrect(string role, string ownPage)
    {
        await using var app = new DocArchiveApplication();
        var (archive, misreadPerson, _) = await SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(role);

        using var response = await PostAsync(client, ownPage, misreadPerson, "merge", ("other", archive.Zhang.ToString()));

        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString ?? response.StatusCode.ToString(), StringComparison.Ordinal);
        Assert.Empty(await CorrectionSteps.QueryAsync(app, db => db.PersonDecisions.ToListAsync()));
        Assert.Equal(0, await CorrectionSteps.QueryAsync(app, db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.PersonsMerged)));
    }

    [Fact]
    public async Task Post_IsRefusedAndChangesNothing_WithoutTheFormsToken()
    {
        await using var app = new DocArchiveApplication();
        var (archive, misreadPerson, _) = await SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["other"] = archive.Zhang.ToString() });

        using var response = await client.PostAsync(new Uri($"/persons/{misreadPerson}/same?handler=merge", UriKind.Relative), form);

        Assert.False(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/persons/", StringComparison.Ordinal) == true);
        Assert.Empty(await CorrectionSteps.QueryAsync(app, db => db.PersonDecisions.ToListAsync()));
    }

    /// <summary>The scenario, and a permit of ZHANG WEI whose passport number was read with an F for the E.</summary>
    internal static async Task<(ArchiveScenario Archive, Guid MisreadPerson, Guid MisreadDocument)> SeedAsync(DocArchiveApplication app)
    {
        var archive = await ArchiveScenario.SeedAsync(app);
        var document = await ArchiveScenario.StoreAsync(app, "kitas-misread.pdf", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons =
            [
                new PersonRecord
                {
                    Name = "ZHANG WEI", PassportNumber = Misread, Nationality = "CHN", DateOfBirth = new DateOnly(1985, 4, 12), Employer = "PT Sinar Batu Mining",
                },
            ],
        });
        var person = await CorrectionSteps.QueryAsync(app, db => db.Persons.Where(p => p.PassportNumber == Misread).Select(p => p.Id).SingleAsync());
        return (archive, person, document);
    }

    /// <summary>Posts a decision form of the same-person page, with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string tokenPage, Guid person, string handler, params (string Name, string Value)[] fields)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, tokenPage);
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri($"/persons/{person}/same?handler={handler}", UriKind.Relative), form);
    }
}
