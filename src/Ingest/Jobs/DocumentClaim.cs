using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// One reader's claim on a document, renewed in the background until disposed. <see cref="Token"/> is cancelled when
/// the claim is lost (another reader took the document after the lease ran out), so the reader stops; its writes
/// would fail anyway, since <see cref="Document.LeaseOwner"/> is checked on every save.
/// </summary>
public sealed class DocumentClaim : IAsyncDisposable
{
    private readonly IDbContextFactory<CatalogDbContext> contexts;
    private readonly TimeProvider time;
    private readonly TimeSpan lease;
    private readonly ILogger logger;
    private readonly CancellationTokenSource lost;
    private readonly CancellationTokenSource stopping = new();
    private int disposed;
    private bool released;
    private Task renewing = Task.CompletedTask;

    private DocumentClaim(
        IDbContextFactory<CatalogDbContext> contexts, TimeProvider time, Guid documentId, string owner, TimeSpan lease, ILogger logger, CancellationToken cancellationToken)
    {
        this.contexts = contexts;
        this.time = time;
        this.lease = lease;
        this.logger = logger;
        DocumentId = documentId;
        Owner = owner;
        lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public Guid DocumentId { get; }

    public string Owner { get; }

    /// <summary>Cancelled when the job is cancelled or the claim is lost.</summary>
    public CancellationToken Token => lost.Token;

    internal static DocumentClaim Start(
        IDbContextFactory<CatalogDbContext> contexts, TimeProvider time, Guid documentId, string owner, TimeSpan lease, ILogger logger, CancellationToken cancellationToken)
    {
        var claim = new DocumentClaim(contexts, time, documentId, owner, lease, logger, cancellationToken);
        claim.renewing = claim.RenewAsync(claim.stopping.Token);
        return claim;
    }

    /// <summary>Gives the document up in the same save as its final or retried state; renewing stops.</summary>
    public void Release(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        stopping.Cancel();
        released = true;
        document.LeaseOwner = null;
        document.LeaseExpiresAt = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        await renewing;
        if (!released && lost.IsCancellationRequested)
        {
            await GiveUpAsync();
        }

        stopping.Dispose();
        lost.Dispose();
    }

    /// <summary>
    /// A job cancelled mid-document (the program stopping) leaves the document to the next reader at once, rather than
    /// when the lease runs out; a claim lost to another reader matches nothing here.
    /// </summary>
    private async Task GiveUpAsync()
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Documents
            .Where(d => d.Id == DocumentId && d.LeaseOwner == Owner)
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null),
                CancellationToken.None);
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (!await TryRenewAsync(cancellationToken))
                {
                    Log.DocumentClaimLost(logger, DocumentId, Owner);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed: the reader is finished with the document.
        }
    }

    private async Task<bool> TryRenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var expires = time.GetUtcNow() + lease;
            return await db.Documents
                .Where(d => d.Id == DocumentId && d.LeaseOwner == Owner)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseExpiresAt, expires), cancellationToken) == 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database is away for a moment (a restart): the lease still runs; the next tick tries again.
            Log.DocumentClaimNotRenewed(logger, e, DocumentId);
            return true;
        }
    }
}
