using DocArchive.Generator;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Extraction;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Jobs;

public sealed class IngestJobTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task RunAsync_StoresEveryPageAndEnqueuesIndexing_WhenAllPagesRead(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var reader = new ScriptedDocumentReader { Pages = 3 };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(3, document.PageCount);
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.Equal(ScriptedDocumentReader.TextOf(2), document.Pages[1].Text);
        Assert.Equal(PageTextSource.Ocr, document.Pages[1].Source);
        Assert.Single(document.Pages[1].Words);
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task RunAsync_StoresBlankPagesAsBlankAndExtractsFromTheOthers_WhenSomePagesAreBlank(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var reader = new ScriptedDocumentReader
        {
            Pages = 3,
            Content = n => n == 2
                ? PageText.Blank(n, 595, 842)
                : new PageText(n, ScriptedDocumentReader.TextOf(n), PageTextSource.Ocr, 0.9, 600, 800, []),
        };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal([PageTextSource.Ocr, PageTextSource.Blank, PageTextSource.Ocr], document.Pages.Select(p => p.Source));
        Assert.Equal(("", null), (document.Pages[1].Text, document.Pages[1].FailureCode));
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Fact]
    public async Task RunAsync_FailsAtOnceWithThePageCountAndLimit_WhenDocumentHasMorePagesThanMaxPages()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        catalog.Options.MaxPages = 4;
        var reader = new ScriptedDocumentReader { Pages = 5 };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal((DocumentStatus.Failed, ReadFailures.TooManyPages, 5), (document.Status, document.FailureCode, document.PageCount));
        Assert.Equal("The document has more pages than a document may have.", document.FailureReason);
        Assert.Equal(0, reader.ReadCalls);
        Assert.Equal(0, document.FailedAttempts);
        Assert.Empty(document.Pages);
        Assert.Empty(jobs.Created);
    }

    [Fact]
    public async Task RunAsync_MarksFailedWithReasonWithoutRetry_WhenDocumentIsUnsupported()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { CountError = new UnsupportedDocumentException(ReadFailures.Encrypted, "The PDF is encrypted.") };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Equal(ReadFailures.Describe(ReadFailures.Encrypted), document.FailureReason);
        Assert.Equal(ReadFailures.Encrypted, document.FailureCode);
        Assert.Equal(0, document.FailedAttempts);
        Assert.Empty(jobs.Created);
    }

    [Fact]
    public async Task RunAsync_StoresTheShortReasonAndLogsTheParsersDetailWithTheDocumentId_WhenTheFileIsCorrupt()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        const string detail = "The PDF is corrupt and cannot be opened: The dictionary did not contain a number with the key /Size. " +
            "Dictionary way: <Root, 1 0>, <ID, [ UglyToad.PdfPig.Tokens.HexToken, UglyToad.PdfPig.Tokens.HexToken ]>.";
        var reader = new ScriptedDocumentReader { CountError = new UnsupportedDocumentException(ReadFailures.Corrupt, detail) };
        var logger = new RecordingLogger<IngestJob>();
        var id = await AddDocumentAsync(catalog);

        await using (var db = catalog.NewContext())
        {
            await RunAsync(db, catalog, reader, new RecordingJobClient(), id, logger);
        }

        var document = await LoadAsync(catalog, id);
        Assert.Equal((ReadFailures.Corrupt, ReadFailures.Describe(ReadFailures.Corrupt)), (document.FailureCode, document.FailureReason));
        Assert.DoesNotContain("UglyToad", document.FailureReason, StringComparison.Ordinal);
        Assert.Contains(logger.Messages, m => m.Contains(id.ToString(), StringComparison.Ordinal) && m.Contains(detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_StoresWhatActiveContentTheOriginalCarries_WhenTheReaderFindsSome()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { Pages = 1, ActiveContent = ActiveContent.JavaScript | ActiveContent.EmbeddedFiles };
        var logger = new RecordingLogger<IngestJob>();
        var id = await AddDocumentAsync(catalog);

        await using (var db = catalog.NewContext())
        {
            await RunAsync(db, catalog, reader, new RecordingJobClient(), id, logger);
        }

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(ActiveContent.JavaScript | ActiveContent.EmbeddedFiles, document.ActiveContent);
        Assert.Contains(logger.Messages, m => m.Contains(id.ToString(), StringComparison.Ordinal) && m.Contains("active content", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task RunAsync_ThrowsForRetryThenMarksFailed_WhenTransientErrorPersists(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var reader = new ScriptedDocumentReader { CountError = new IOException("The OCR pool is restarting.") };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        for (var attempt = 1; attempt < IngestJob.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<IOException>(() => RunAsync(catalog, reader, jobs, id));
            var retried = await LoadAsync(catalog, id);
            Assert.Equal(DocumentStatus.Queued, retried.Status);
            Assert.Equal(attempt, retried.FailedAttempts);
        }

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Equal((ReadFailures.GaveUp, ReadFailures.Describe(ReadFailures.GaveUp)), (document.FailureCode, document.FailureReason));
        Assert.Equal(IngestJob.MaxAttempts, reader.CountCalls);
    }

    [Fact]
    public async Task RunAsync_FinishesDone_WhenATransientErrorClearsOnRetry()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { CountError = new IOException("busy"), CountErrorTimes = 1 };
        var id = await AddDocumentAsync(catalog);

        await Assert.ThrowsAsync<IOException>(() => RunAsync(catalog, reader, new RecordingJobClient(), id));
        await RunAsync(catalog, reader, new RecordingJobClient(), id);

        Assert.Equal(DocumentStatus.Done, (await LoadAsync(catalog, id)).Status);
    }

    [Fact]
    public void RunAsync_IsRetriedByHangfireOneTimeFewerThanMaxAttempts_WhenItThrows()
    {
        // Read as attribute data: constructing the attribute would reach Hangfire's process-wide log provider.
        var retry = typeof(IngestJob).GetMethod(nameof(IngestJob.RunAsync))!
            .GetCustomAttributesData().Single(a => a.AttributeType == typeof(AutomaticRetryAttribute));
        var attempts = retry.NamedArguments.Single(a => a.MemberName == nameof(AutomaticRetryAttribute.Attempts));

        Assert.Equal(IngestJob.MaxAttempts - 1, attempts.TypedValue.Value);
    }

    [Fact]
    public async Task RunAsync_RecordsTheFailedPageAndFinishesDone_WhenOnePageCannotBeRead()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader
        {
            Pages = 3,
            PageError = n => n == 2 ? new PageReadException(ReadFailures.Timeout, "The OCR worker ran out of time (120 s).") : null,
        };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(ReadFailures.Describe(ReadFailures.Timeout), document.Pages[1].FailureReason);
        Assert.Equal(ReadFailures.Timeout, document.Pages[1].FailureCode);
        Assert.Null(document.Pages[1].Source);
        Assert.Null(document.Pages[0].FailureReason);
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Fact]
    public async Task RunAsync_MarksFailed_WhenNoPageCanBeRead()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { Pages = 2, PageError = _ => new PageReadException(ReadFailures.WorkerLost, "The OCR worker crashed.") };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Equal(ReadFailures.Describe(ReadFailures.WorkerLost), document.FailureReason);
        Assert.Equal(ReadFailures.WorkerLost, document.FailureCode);
        Assert.Equal(2, document.Pages.Count);
        Assert.Empty(jobs.Created);
    }

    [Fact]
    public async Task RunAsync_DoesNothing_WhenRunAgainOnAFinishedDocument()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { Pages = 2 };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);
        await RunAsync(catalog, reader, jobs, id);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(1, reader.CountCalls);
        Assert.Single(jobs.Created);
    }

    [Fact]
    public async Task RunAsync_ReplacesPages_WhenRunAgainAfterAnInterruptedRun()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await AddDocumentAsync(catalog);
        await using (var db = catalog.NewContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            document.Status = DocumentStatus.Processing;
            db.Pages.Add(DocumentPage.Read(id, new PageText(1, "left over", PageTextSource.Ocr, 0.1, 1, 1, [])));
            await db.SaveChangesAsync();
        }

        await RunAsync(catalog, new ScriptedDocumentReader { Pages = 2 }, new RecordingJobClient(), id);

        var finished = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, finished.Status);
        Assert.Equal([ScriptedDocumentReader.TextOf(1), ScriptedDocumentReader.TextOf(2)], finished.Pages.Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task RunAsync_StoresTypeFieldsAndLinkedPerson_WhenThePageNamesAPerson(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, PermitReader("E12345678"), new RecordingJobClient(), id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(DocumentTypes.Permit, document.DocumentType);
        Assert.Null(document.ExtractionFailure);
        var name = document.Fields.Single(f => f.Key == "name");
        Assert.Equal(("ZHANG WEI", 1, FieldSources.Label), (name.Value, name.Page, name.Source));
        Assert.NotNull(name.Box);
        Assert.InRange(name.Confidence, 0.5, 1);
        var link = Assert.Single(document.Persons);
        await using var db = catalog.NewContext();
        var person = await db.Persons.SingleAsync();
        Assert.Equal((person.Id, "E12345678", "CHN"), (link.PersonId, person.PassportNumber, person.Nationality));
        Assert.Equal(new DateOnly(2025, 1, 9), link.ExpiryDate);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task RunAsync_LeavesOneSetOfFieldsAndLinks_WhenTheDocumentIsReadAgain(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await AddDocumentAsync(catalog);
        await RunAsync(catalog, PermitReader("E12345678"), new RecordingJobClient(), id);
        var first = await LoadAsync(catalog, id);
        await using (var db = catalog.NewContext())
        {
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, DocumentStatus.Queued));
        }

        await RunAsync(catalog, PermitReader("E12345678"), new RecordingJobClient(), id);

        var again = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, again.Status);
        Assert.Equal(first.Fields.Select(f => (f.Key, f.Value)).Order(), again.Fields.Select(f => (f.Key, f.Value)).Order());
        Assert.Equal(first.Persons.Select(p => p.PersonId), again.Persons.Select(p => p.PersonId));
        await using var reader = catalog.NewContext();
        Assert.Equal(1, await reader.Persons.CountAsync());
        Assert.Equal(1, await reader.PersonDocuments.CountAsync());
    }

    [Fact]
    public async Task RunAsync_FinishesDoneWithPagesAndTheReason_WhenExtractionFails()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader
        {
            Pages = 1,
            Content = n => PageBuilder.Page(n, "PASPOR  PASSPORT", "P<CHNZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "E123456784CHN8504124M3001019<<<<<<<<<<<<<<06"),
            RegionError = new InvalidOperationException("The OCR pool was shut down."),
        };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Null(document.FailureReason);
        Assert.Equal(ExtractionFailures.Failed, document.ExtractionFailure);
        Assert.Single(document.Pages);
        Assert.Empty(document.Fields);
        Assert.Null(document.DocumentType);
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Fact]
    public async Task RunAsync_StoresThePagesWithTheReason_WhenTheFieldsCannotBeStored()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await AddDocumentAsync(catalog);
        var failing = new BeforeFirstSave(() => Task.FromException(new DbUpdateException("The value does not fit its column.")));

        await using (var db = catalog.NewContext(failing))
        {
            await RunAsync(db, catalog, PermitReader("E12345678"), new RecordingJobClient(), id);
        }

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Single(document.Pages);
        Assert.Empty(document.Fields);
        Assert.Empty(document.Persons);
        Assert.Equal(ExtractionFailures.NotStored, document.ExtractionFailure);
    }

    [PostgresFact]
    public async Task RunAsync_LinksToThePersonAnotherReaderStoredMeanwhile_WhenBothStoreTheSamePassportAtOnce()
    {
        await using var catalog = await TestCatalog.CreateAsync(TestCatalog.PostgreSql);
        var mine = await AddDocumentAsync(catalog, "mine");
        var theirs = await AddDocumentAsync(catalog, "theirs");
        var meanwhile = new BeforeFirstSave(() => RunAsync(catalog, PermitReader("E12345678"), new RecordingJobClient(), theirs));

        await using (var db = catalog.NewContext(meanwhile))
        {
            await RunAsync(db, catalog, PermitReader("E 1234 5678"), new RecordingJobClient(), mine);
        }

        Assert.Equal(2, meanwhile.Saves);
        await using var reader = catalog.NewContext();
        var person = await reader.Persons.SingleAsync();
        Assert.Equal([person.Id, person.Id], await reader.PersonDocuments.Select(l => l.PersonId).ToListAsync());
        Assert.Equal(DocumentStatus.Done, (await LoadAsync(catalog, mine)).Status);
        Assert.NotEmpty((await LoadAsync(catalog, mine)).Fields);
    }

    [Fact]
    public async Task RunAsync_StoresTheFieldsAndThePerson_WhenAGeneratedPermitIsReadByOcr()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var directory = Path.Combine(catalog.Options.DataDir, "generated");
        var generated = CorpusGenerator.Generate(directory, [new DocumentPlan(DocumentKind.Kitas, OutputFormat.Png, 300, 0)], 7)[0];
        var truth = ExtractionJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(directory, generated.TruthFile)));
        await using var file = File.OpenRead(Path.Combine(directory, generated.File));
        var blob = await catalog.Blobs.StoreAsync(file, CancellationToken.None);
        var id = await AddDocumentAsync(catalog, blob.Sha256, ContentTypes.Png);
        var options = OcrTestEnvironment.Options();
        using var pool = OcrTestEnvironment.Pool(options);

        await using (var db = catalog.NewContext())
        {
            var extraction = new DocumentExtraction(pool, new DocumentExtractor(TimeProvider.System));
            var jobs = new RecordingJobClient();
            var claims = new DocumentClaims(catalog, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<DocumentClaims>.Instance);
            await new IngestJob(db, claims, catalog.Blobs, pool, extraction, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<IngestJob>.Instance)
                .RunAsync(id, CancellationToken.None);
        }

        var document = await LoadAsync(catalog, id);
        var expected = Assert.Single(truth.Persons);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal(DocumentTypes.Permit, document.DocumentType);
        var passport = document.Fields.Single(f => f.Key == "passportNumber");
        Assert.Equal((expected.PassportNumber, 1, FieldSources.Label), (passport.Value, passport.Page, passport.Source));
        Assert.NotNull(passport.Box);
        var link = Assert.Single(document.Persons);
        await using var reader = catalog.NewContext();
        var person = await reader.Persons.SingleAsync(p => p.Id == link.PersonId);
        Assert.Equal((expected.PassportNumber, expected.Nationality), (person.PassportNumber, person.Nationality));
        Assert.Equal(expected.ExpiryDate, link.ExpiryDate);
    }

    internal static async Task<Guid> AddDocumentAsync(TestCatalog catalog, string content = "scripted")
    {
        var blob = await catalog.Blobs.StoreAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7 {content}")), CancellationToken.None);
        return await AddDocumentAsync(catalog, blob.Sha256, ContentTypes.Pdf);
    }

    internal static async Task<Document> LoadAsync(TestCatalog catalog, Guid id)
    {
        await using var db = catalog.NewContext();
        return await db.Documents
            .Include(d => d.Pages.OrderBy(p => p.Number))
            .Include(d => d.Fields)
            .Include(d => d.Persons)
            .AsSplitQuery()
            .SingleAsync(d => d.Id == id);
    }

    /// <summary>A reader whose one page is a KITAS of ZHANG WEI with the passport number as printed.</summary>
    internal static ScriptedDocumentReader PermitReader(string passportNumber) => new()
    {
        Pages = 1,
        Content = n => PageBuilder.Cells(n,
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama / Name  :  ZHANG WEI",
            "Kewarganegaraan / Nationality  :  RRT",
            $"No. Paspor / Passport No.  :  {passportNumber}",
            "Tgl. Lahir / Date of Birth  :  12-04-1985",
            "Pemberi Kerja / Employer  :  PT. Sinar Batu Mining",
            "Berlaku s/d  :  09 Januari 2025"),
    };

    private static async Task<Guid> AddDocumentAsync(TestCatalog catalog, string sha256, string contentType)
    {
        var id = Guid.NewGuid();
        await using var db = catalog.NewContext();
        var document = CatalogDatabaseTests.NewDocument(id, sha256);
        document.ContentType = contentType;
        document.Status = DocumentStatus.Queued;
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return id;
    }

    internal static async Task RunAsync(TestCatalog catalog, IDocumentReader reader, IBackgroundJobClient jobs, Guid id)
    {
        await using var db = catalog.NewContext();
        await RunAsync(db, catalog, reader, jobs, id);
    }

    private static async Task RunAsync(
        CatalogDbContext db, TestCatalog catalog, IDocumentReader reader, IBackgroundJobClient jobs, Guid id, ILogger<IngestJob>? logger = null)
    {
        var claims = new DocumentClaims(catalog, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<DocumentClaims>.Instance);
        var extraction = new DocumentExtraction(reader, new DocumentExtractor(TimeProvider.System));
        var job = new IngestJob(db, claims, catalog.Blobs, reader, extraction, jobs, TimeProvider.System, catalog.WrappedOptions, logger ?? NullLogger<IngestJob>.Instance);
        await job.RunAsync(id, CancellationToken.None);
    }

    /// <summary>Runs another writer's work once, when the context is about to save for the first time.</summary>
    private sealed class BeforeFirstSave(Func<Task> meanwhile) : SaveChangesInterceptor
    {
        public int Saves { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (++Saves == 1)
            {
                await meanwhile();
            }

            return result;
        }
    }
}
