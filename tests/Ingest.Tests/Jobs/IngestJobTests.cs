using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Pages;
using DocArchive.Ingest.Tests.Catalog;
using Hangfire;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task RunAsync_MarksFailedWithReasonWithoutRetry_WhenDocumentIsUnsupported()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { CountError = new UnsupportedDocumentException("The PDF is encrypted.") };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Equal("The PDF is encrypted.", document.FailureReason);
        Assert.Equal(0, document.FailedAttempts);
        Assert.Empty(jobs.Created);
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
        Assert.Contains("The OCR pool is restarting.", document.FailureReason, StringComparison.Ordinal);
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
            PageError = n => n == 2 ? new PageReadException("The OCR worker ran out of time (120 s).") : null,
        };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Equal("The OCR worker ran out of time (120 s).", document.Pages[1].FailureReason);
        Assert.Null(document.Pages[1].Source);
        Assert.Null(document.Pages[0].FailureReason);
        Assert.Equal([id], jobs.DocumentIdsFor<IndexJob>());
    }

    [Fact]
    public async Task RunAsync_MarksFailed_WhenNoPageCanBeRead()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var reader = new ScriptedDocumentReader { Pages = 2, PageError = _ => new PageReadException("The OCR worker crashed.") };
        var jobs = new RecordingJobClient();
        var id = await AddDocumentAsync(catalog);

        await RunAsync(catalog, reader, jobs, id);

        var document = await LoadAsync(catalog, id);
        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Contains("The OCR worker crashed.", document.FailureReason, StringComparison.Ordinal);
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

    internal static async Task<Guid> AddDocumentAsync(TestCatalog catalog)
    {
        var blob = await catalog.Blobs.StoreAsync(new MemoryStream("%PDF-1.7 scripted"u8.ToArray()), CancellationToken.None);
        var id = Guid.NewGuid();
        await using var db = catalog.NewContext();
        var document = CatalogDatabaseTests.NewDocument(id, blob.Sha256);
        document.Status = DocumentStatus.Queued;
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return id;
    }

    internal static async Task<Document> LoadAsync(TestCatalog catalog, Guid id)
    {
        await using var db = catalog.NewContext();
        return await db.Documents.Include(d => d.Pages.OrderBy(p => p.Number)).SingleAsync(d => d.Id == id);
    }

    private static async Task RunAsync(TestCatalog catalog, IDocumentReader reader, IBackgroundJobClient jobs, Guid id)
    {
        await using var db = catalog.NewContext();
        var claims = new DocumentClaims(catalog, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<DocumentClaims>.Instance);
        var job = new IngestJob(db, claims, catalog.Blobs, reader, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<IngestJob>.Instance);
        await job.RunAsync(id, CancellationToken.None);
    }
}
