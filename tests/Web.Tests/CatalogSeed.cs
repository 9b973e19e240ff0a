using System.Security.Cryptography;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests;

/// <summary>
/// Puts a document into a test host's catalog as a finished ingest leaves it (one page of text, the extraction record
/// written by <see cref="ExtractionWriter"/>), then indexes it with the host's index job: no OCR involved.
/// </summary>
internal static class CatalogSeed
{
    public static readonly DateTimeOffset Uploaded = new(2025, 12, 31, 12, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> AddAsync(DocArchiveApplication app, string fileName, string text, ExtractionRecord record)
    {
        var id = Guid.CreateVersion7();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var document = new Document
        {
            Id = id,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(id.ToByteArray())),
            OriginalName = fileName,
            ContentType = ContentTypes.Pdf,
            Size = 2048,
            UploadedAt = Uploaded,
            UploadedBy = "seed",
            Status = DocumentStatus.Done,
            PageCount = 1,
            UpdatedAt = Uploaded,
        };
        db.Documents.Add(document);
        db.Pages.Add(DocumentPage.Read(id, new PageText(1, text, PageTextSource.TextLayer, 1, 595, 842, [])));
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                await db.SaveChangesAsync(token);
                await ExtractionWriter.StageAsync(db, document, record, token);
                await db.SaveChangesAsync(token);
            },
            _ => Task.FromResult(false),
            CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IndexJob>().RunAsync(id, CancellationToken.None);
        return id;
    }

    /// <summary>A person of a record, as the extractor gives one.</summary>
    public static PersonRecord Person(string name, string passport, string? nationality, string? employer, DateOnly? expires = null) => new()
    {
        Name = name,
        PassportNumber = passport,
        Nationality = nationality,
        Employer = employer,
        ExpiryDate = expires,
    };
}
