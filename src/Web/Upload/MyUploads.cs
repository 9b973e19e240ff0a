using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Web.Localization;
using DocArchive.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>The documents a user uploaded, as the upload page and <c>/api/uploads</c> show them: nobody else's.</summary>
public sealed class MyUploads(CatalogDbContext db, UiText text, IOptions<IngestOptions> ingest)
{
    public async Task<UploadPage> ListAsync(string userName, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var mine = db.Documents.AsNoTracking().Where(d => d.UploadedBy == userName);
        var rows = await Project(mine.OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new UploadPage([.. rows.Select(Status)], await mine.CountAsync(cancellationToken));
    }

    /// <summary>The document's status when <paramref name="userName"/> uploaded it; null for anyone else's or none.</summary>
    public async Task<UploadStatus?> FindAsync(string userName, Guid id, CancellationToken cancellationToken)
    {
        var row = await Project(db.Documents.AsNoTracking().Where(d => d.Id == id && d.UploadedBy == userName)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Status(row);
    }

    private static IQueryable<Row> Project(IQueryable<Document> documents) =>
        documents.Select(d => new Row(d.Id, d.OriginalName, d.UploadedAt, d.Status, d.FailureCode, d.FailureReason, d.PageCount, d.IndexedAt != null));

    /// <summary>The one place a stored failure reason becomes the words a clerk reads.</summary>
    private UploadStatus Status(Row row) =>
        new(row.Id, row.FileName, row.UploadedAt, row.Status, row.FailureCode,
            row.Status == DocumentStatus.Failed ? text.ReadFailure(row.FailureCode, row.PageCount, ingest.Value.MaxPages) : null, row.FailureReason, row.PageCount, row.Searchable);

    private sealed record Row(
        Guid Id, string FileName, DateTimeOffset UploadedAt, DocumentStatus Status, string? FailureCode, string? FailureReason, int PageCount, bool Searchable);
}
