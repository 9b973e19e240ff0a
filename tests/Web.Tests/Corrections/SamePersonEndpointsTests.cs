using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Web.Corrections;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Tests.Corrections;

public sealed class SamePersonEndpointsTests
{
    [Fact]
    public async Task Post_MergesAndUndoesWithAuditEntries_AndGetListsThePairUntilMerged()
    {
        await using var app = new DocArchiveApplication();
        var (archive, misreadPerson, misreadDocument) = await SamePersonModelTests.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var same = (await client.GetFromJsonAsync<List<SamePersonCandidate>>($"/api/persons/{misreadPerson}/same", DocArchiveApplication.Json))!;
        Assert.Equal((archive.Zhang, SamePersonReason.NameAndBirth), (Assert.Single(same).Other.Id, same[0].Reason));

        using var merge = await client.PostAsync(new Uri($"/api/persons/{misreadPerson}/same/{archive.Zhang}/merge", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        var merged = (await merge.Content.ReadFromJsonAsync<PersonDecisionResponse>(DocArchiveApplication.Json))!;
        Assert.Equal((PersonDecisionKind.Merged, archive.Zhang, misreadPerson), (merged.Kind, merged.PersonId, merged.OtherPersonId));
        Assert.Equal([misreadDocument], merged.DocumentIds);
        Assert.Empty((await client.GetFromJsonAsync<List<SamePersonCandidate>>($"/api/persons/{archive.Zhang}/same", DocArchiveApplication.Json))!);
        using var again = await client.PostAsync(new Uri($"/api/persons/{misreadPerson}/same/{archive.Zhang}/merge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var undo = await client.PostAsync(new Uri($"/api/persons/merges/{merged.DecisionId}/undo", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.NotNull((await undo.Content.ReadFromJsonAsync<PersonDecisionResponse>(DocArchiveApplication.Json))!.UndoneAt);
        using var unknown = await client.PostAsync(new Uri($"/api/persons/merges/{Guid.NewGuid()}/undo", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var actions = await CorrectionSteps.QueryAsync(app, db => db.AuditEntries
            .Where(e => e.Action == AuditAction.PersonsMerged || e.Action == AuditAction.PersonMergeUndone)
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditAction.PersonsMerged, AuditAction.PersonMergeUndone], actions);
    }
}
