using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Jobs;

public sealed class DocumentIntakeTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\n"u8.ToArray();

    [Fact]
    public async Task AddAsync_QueuesAndEnqueuesReading_WhenTheFileIsNew()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var jobs = new RecordingJobClient();

        var result = await AddAsync(catalog, jobs, Pdf, "C:\\scans\\kitas.pdf");

        Assert.False(result.Duplicate);
        Assert.Equal(DocumentStatus.Queued, result.Status);
        Assert.Equal("kitas.pdf", result.FileName);
        Assert.Equal([result.DocumentId], jobs.DocumentIdsFor<IngestJob>());
        var document = await IngestJobTests.LoadAsync(catalog, result.DocumentId);
        Assert.Equal(ContentTypes.Pdf, document.ContentType);
        Assert.Equal(Pdf.Length, document.Size);
        Assert.Equal("clerk", document.UploadedBy);
    }

    [Fact]
    public async Task AddAsync_ReturnsTheSameDocumentWithoutReading_WhenTheBytesAreAlreadyIn()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var jobs = new RecordingJobClient();
        var first = await AddAsync(catalog, jobs, Pdf, "a.pdf");

        var second = await AddAsync(catalog, jobs, Pdf, "copy of a.pdf");

        Assert.True(second.Duplicate);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal("a.pdf", second.FileName);
        Assert.Single(jobs.Created);
    }

    [Fact]
    public async Task AddAsync_KeepsTheFileAndRecordsItFailed_WhenItIsNotAKindDocArchiveReads()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var jobs = new RecordingJobClient();

        var result = await AddAsync(catalog, jobs, "PK\u0003\u0004 a word document"u8.ToArray(), "surat.pdf");

        Assert.Equal(DocumentStatus.Failed, result.Status);
        Assert.Equal((ReadFailures.UnknownKind, ReadFailures.Describe(ReadFailures.UnknownKind)), (result.FailureCode, result.FailureReason));
        Assert.Empty(jobs.Created);
        var document = await IngestJobTests.LoadAsync(catalog, result.DocumentId);
        Assert.Equal(DocumentIntake.UnknownContentType, document.ContentType);
        Assert.True(File.Exists(catalog.Blobs.PathOf(document.Sha256)));
    }

    [Fact]
    public async Task AddAsync_RecordsItFailed_WhenTheFileIsEmpty()
    {
        await using var catalog = await TestCatalog.CreateAsync();

        var result = await AddAsync(catalog, new RecordingJobClient(), [], "kosong.pdf");

        Assert.Equal(DocumentStatus.Failed, result.Status);
        Assert.Equal((ReadFailures.Empty, ReadFailures.Describe(ReadFailures.Empty)), (result.FailureCode, result.FailureReason));
    }

    private static async Task<IntakeResult> AddAsync(TestCatalog catalog, RecordingJobClient jobs, byte[] bytes, string name)
    {
        await using var db = catalog.NewContext();
        var intake = new DocumentIntake(db, catalog.Blobs, jobs, TimeProvider.System, NullLogger<DocumentIntake>.Instance);
        return await intake.AddAsync(new MemoryStream(bytes), name, "clerk", CancellationToken.None);
    }
}
