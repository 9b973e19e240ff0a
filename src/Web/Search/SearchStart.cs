using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Search;

/// <summary>
/// What the search page shows before anything is typed: the newest documents, the documents by type, and how many
/// persons, companies and documents waiting in the review queue the archive holds (withdrawn documents left out).
/// </summary>
public sealed record SearchStart(
    IReadOnlyList<Document> Recent,
    IReadOnlyList<SearchStartType> ByType,
    int Documents,
    int Persons,
    int Companies,
    int WaitingReview)
{
    /// <summary>How many of the newest documents are listed.</summary>
    public const int RecentShown = 10;

    public static async Task<SearchStart> LoadAsync(CatalogDbContext db, ReviewQueue review, double reviewConfidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(review);
        var documents = db.Documents.AsNoTracking().Where(d => d.WithdrawnAt == null);
        var recent = await documents.OrderByDescending(d => d.UploadedAt).Take(RecentShown).ToListAsync(cancellationToken);
        var byType = await documents.GroupBy(d => d.DocumentType).Select(g => new SearchStartType(g.Key, g.Count())).ToListAsync(cancellationToken);
        var companies = await documents.Where(d => d.EmployerKey != null).Select(d => d.EmployerKey)
            .Union(db.PersonDocuments.Where(l => l.EmployerKey != null).Select(l => l.EmployerKey))
            .CountAsync(cancellationToken);
        return new SearchStart(
            recent,
            [.. byType.OrderBy(t => t.Type is null).ThenByDescending(t => t.Documents).ThenBy(t => t.Type, StringComparer.Ordinal)],
            byType.Sum(t => t.Documents),
            await db.Persons.CountAsync(p => p.MergedIntoId == null, cancellationToken),
            companies,
            await review.DocumentsWaitingAsync(reviewConfidence, cancellationToken));
    }
}
