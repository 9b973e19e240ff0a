using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Corrections;

public sealed class FieldCorrectorTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CorrectAsync_StoresTheValueWithWhoAndWhenBesideTheMachineValue_WhenAnOfficerCorrectsAField(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var jobs = new RecordingJobClient();
        var id = await ReadPermitAsync(catalog, "E1234567B");
        var before = DateTimeOffset.UtcNow;

        var result = await CorrectAsync(catalog, jobs, id, "passportNumber", " e1234 5678 ");

        Assert.Equal(CorrectionOutcome.Corrected, result.Outcome);
        await using var db = catalog.NewContext();
        var correction = await db.FieldCorrections.SingleAsync();
        Assert.Equal((id, "passportNumber", "E12345678", "E1234567B", "pejabat1"), (correction.DocumentId, correction.Key, correction.Value, correction.MachineValue, correction.CorrectedBy));
        Assert.InRange(correction.CorrectedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("E1234567B", (await db.ExtractedFields.SingleAsync(f => f.DocumentId == id && f.Key == "passportNumber")).Value);
        Assert.Equal("E12345678", (await db.PersonDocuments.SingleAsync(l => l.DocumentId == id)).PassportNumber);
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CorrectAsync_LinksTheDocumentToThePersonOfTheCorrectNumber_WhenAMisreadPassportNumberIsCorrected(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var jobs = new RecordingJobClient();
        var right = await ReadPermitAsync(catalog, "E12345678");
        var misread = await ReadPermitAsync(catalog, "E1234567B");
        await using (var before = catalog.NewContext())
        {
            Assert.Equal(2, await before.Persons.CountAsync());
        }

        await CorrectAsync(catalog, jobs, misread, "passportNumber", "E12345678");

        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal("E12345678", person.PassportNumber);
        var linked = await db.PersonDocuments.Where(l => l.PersonId == person.Id).Select(l => l.DocumentId).ToListAsync();
        Assert.Equal(new[] { misread, right }.Order(), linked.Order());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CorrectAsync_GivesTheLinkedPersonTheCorrectedName_WhenTheNameIsCorrected(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await ReadPermitAsync(catalog, "E12345678");

        await CorrectAsync(catalog, new RecordingJobClient(), id, "name", "Zhang, Wei Ming");

        await using var db = catalog.NewContext();
        Assert.Equal("ZHANG WEI MING", (await db.Persons.SingleAsync()).Name);
        Assert.Equal("ZHANG WEI MING", (await db.PersonDocuments.SingleAsync()).Name);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CorrectAsync_IsKeptAndApplied_WhenTheDocumentIsReadAgain(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var jobs = new RecordingJobClient();
        var id = await ReadPermitAsync(catalog, "E1234567B");
        await CorrectAsync(catalog, jobs, id, "passportNumber", "E12345678");
        await CorrectAsync(catalog, jobs, id, "employer", "PT Sinar Batu Mining Tbk");

        await using (var requeue = catalog.NewContext())
        {
            await requeue.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DocumentStatus.Queued));
        }

        await IngestJobTests.RunAsync(catalog, IngestJobTests.PermitReader("E1234567B"), jobs, id);

        await using var db = catalog.NewContext();
        var corrections = await db.FieldCorrections.Where(c => c.DocumentId == id).ToDictionaryAsync(c => c.Key);
        Assert.Equal(["employer", "passportNumber"], corrections.Keys.Order(StringComparer.Ordinal));
        var employer = corrections["employer"].Value;
        Assert.StartsWith("PT Sinar Batu Mining", employer, StringComparison.Ordinal);
        var document = await db.Documents.Include(d => d.Persons).Include(d => d.Fields).AsSplitQuery().SingleAsync(d => d.Id == id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(("E12345678", employer), (document.Persons.Single().PassportNumber, document.Persons.Single().Employer));
        Assert.Equal(employer, document.Employer);
        Assert.NotEqual(employer, document.Fields.Single(f => f.Key == "employer").Value);
        Assert.Equal("E1234567B", document.Fields.Single(f => f.Key == "passportNumber").Value);
        Assert.Equal("E12345678", (await db.Persons.SingleAsync()).PassportNumber);
    }

    [Theory]
    [InlineData("dateOfBirth", "besok pagi", CorrectionOutcome.InvalidValue)]
    [InlineData("passportNumber", "E1", CorrectionOutcome.InvalidValue)]
    [InlineData("persons[3].name", "KIM MINJUN", CorrectionOutcome.UnknownField)]
    [InlineData("salary", "1000", CorrectionOutcome.UnknownField)]
    public async Task CorrectAsync_RefusesWithAReasonAndStoresNothing_WhenTheKeyOrValueIsNotTheDocuments(string key, string value, CorrectionOutcome expected)
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var jobs = new RecordingJobClient();
        var id = await ReadPermitAsync(catalog, "E12345678");

        var result = await CorrectAsync(catalog, jobs, id, key, value);

        Assert.Equal(expected, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        await using var db = catalog.NewContext();
        Assert.Empty(await db.FieldCorrections.ToListAsync());
        Assert.Empty(jobs.Created);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CorrectAsync_RefusesAsBusy_WhenAReaderHasClaimedTheDocument(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await ReadPermitAsync(catalog, "E12345678");
        await using (var claim = catalog.NewContext())
        {
            await claim.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Processing)
                .SetProperty(d => d.LeaseOwner, "reader"));
        }

        var result = await CorrectAsync(catalog, new RecordingJobClient(), id, "name", "ZHANG WEI MING");

        Assert.Equal(CorrectionOutcome.Busy, result.Outcome);
        await using var db = catalog.NewContext();
        Assert.Empty(await db.FieldCorrections.ToListAsync());
    }

    /// <summary>A KITAS of ZHANG WEI read through the ingest job, with the passport number as printed.</summary>
    private static async Task<Guid> ReadPermitAsync(TestCatalog catalog, string passportNumber)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog, passportNumber);
        await IngestJobTests.RunAsync(catalog, IngestJobTests.PermitReader(passportNumber), new RecordingJobClient(), id);
        return id;
    }

    private static async Task<CorrectionResult> CorrectAsync(TestCatalog catalog, RecordingJobClient jobs, Guid id, string key, string value)
    {
        await using var db = catalog.NewContext();
        var corrector = new FieldCorrector(db, jobs, TimeProvider.System, NullLogger<FieldCorrector>.Instance);
        return await corrector.CorrectAsync(id, key, value, "pejabat1", CancellationToken.None);
    }
}
