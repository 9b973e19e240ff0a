using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Withdraws a junk document: it stays in the catalog with its original, pages and fields, marked with who withdrew it,
/// when and why; its persons are unlinked (a person named in no other document is removed), so it counts in no person,
/// company, watch or statistics, and it leaves the search index, so no search or export finds it.
/// </summary>
public sealed class DocumentWithdrawal(CatalogDbContext db, IDocumentIndex index, TimeProvider time)
{
    public async Task<WithdrawalOutcome> WithdrawAsync(Guid documentId, string userName, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var outcome = WithdrawalOutcome.Withdrawn;
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, token);
                outcome = document switch
                {
                    null => WithdrawalOutcome.NotFound,
                    { WithdrawnAt: not null } => WithdrawalOutcome.AlreadyWithdrawn,
                    { Status: DocumentStatus.Queued or DocumentStatus.Processing } or { LeaseOwner: not null } => WithdrawalOutcome.Busy,
                    _ => WithdrawalOutcome.Withdrawn,
                };
                if (outcome != WithdrawalOutcome.Withdrawn)
                {
                    return;
                }

                document!.WithdrawnAt = time.GetUtcNow();
                document.WithdrawnBy = CatalogText.Clip(userName, Document.WithdrawnByMaxLength);
                document.WithdrawnReason = CatalogText.Clip(reason.Trim(), Document.ReasonMaxLength);
                document.IndexedAt = null;
                document.UpdatedAt = document.WithdrawnAt.Value;
                var persons = await ExtractionWriter.PersonsOfAsync(db, documentId, token);
                await db.PersonDocuments.Where(l => l.DocumentId == documentId).ExecuteDeleteAsync(token);
                await PersonLinker.RemoveUnlinkedAsync(db, persons, token);
                await db.SaveChangesAsync(token);
            },
            async token => await db.Documents.AsNoTracking().AnyAsync(d => d.Id == documentId && d.WithdrawnAt != null, token),
            cancellationToken);
        db.ChangeTracker.Clear();
        if (outcome == WithdrawalOutcome.Withdrawn)
        {
            await index.RemoveAsync(documentId, cancellationToken);
        }

        return outcome;
    }
}
