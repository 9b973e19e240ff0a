using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Decides who reads a document. A reader claims it in the catalog with one conditional update (queued, or processing
/// under an expired lease) and renews the lease while it reads, so two readers on any number of machines never read
/// the same document at once. A reader killed mid-document stops renewing: after <see cref="IngestOptions.JobLease"/>
/// another reader may take the document. A run that finds the document claimed comes back when that lease ends.
/// </summary>
public sealed class DocumentClaims(
    IDbContextFactory<CatalogDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<IngestOptions> options,
    ILogger<DocumentClaims> logger)
{
    /// <summary>Claims the document for reading, or returns null when there is nothing for this run to do.</summary>
    public async Task<DocumentClaim?> TryClaimAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var lease = options.Value.JobLease;
        var owner = NewOwner();
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Documents
            .Where(d => d.Id == documentId
                && (d.Status == DocumentStatus.Queued
                    || (d.Status == DocumentStatus.Processing && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Status, DocumentStatus.Processing)
                    .SetProperty(d => d.LeaseOwner, owner)
                    .SetProperty(d => d.LeaseExpiresAt, now + lease)
                    .SetProperty(d => d.UpdatedAt, now),
                cancellationToken);
        if (claimed == 1)
        {
            return DocumentClaim.Start(contexts, time, documentId, owner, lease, logger, cancellationToken);
        }

        var state = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new { d.Status, d.LeaseExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (state is { Status: DocumentStatus.Processing, LeaseExpiresAt: { } expires })
        {
            var delay = expires - now + TimeSpan.FromSeconds(1);
            jobs.Schedule<IngestJob>(job => job.RunAsync(documentId, CancellationToken.None), delay);
            Log.DocumentClaimedElsewhere(logger, documentId, expires);
        }

        return null;
    }

    private static string NewOwner()
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return owner.Length <= Document.LeaseOwnerMaxLength ? owner : owner[^Document.LeaseOwnerMaxLength..];
    }
}
