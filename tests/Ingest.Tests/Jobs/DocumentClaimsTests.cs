using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Tests.Catalog;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Jobs;

public sealed class DocumentClaimsTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task TryClaimAsync_LetsExactlyOneReaderIn_WhenManyClaimAtOnce(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        var claims = NewClaims(catalog, new RecordingJobClient());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => claims.TryClaimAsync(id, CancellationToken.None))));

        var winner = Assert.Single(results, r => r is not null)!;
        await using (winner)
        {
            var document = await IngestJobTests.LoadAsync(catalog, id);
            Assert.Equal(DocumentStatus.Processing, document.Status);
            Assert.Equal(winner.Owner, document.LeaseOwner);
        }
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task TryClaimAsync_SchedulesTheRunForWhenTheLeaseEnds_WhenAnotherReaderHoldsIt(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        var jobs = new RecordingJobClient();
        var claims = NewClaims(catalog, jobs);
        await using var first = await claims.TryClaimAsync(id, CancellationToken.None);

        var second = await claims.TryClaimAsync(id, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal([id], jobs.DocumentIdsFor<IngestJob>());
        Assert.IsType<ScheduledState>(Assert.Single(jobs.States));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task TryClaimAsync_TakesTheDocumentAtOnce_WhenTheHoldersJobWasCancelled(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        using var stopping = new CancellationTokenSource();
        var first = await NewClaims(catalog, new RecordingJobClient()).TryClaimAsync(id, stopping.Token);
        Assert.NotNull(first);

        await stopping.CancelAsync();
        await first.DisposeAsync();
        await using var next = await NewClaims(catalog, new RecordingJobClient()).TryClaimAsync(id, CancellationToken.None);

        Assert.NotNull(next);
        Assert.Equal(next.Owner, (await IngestJobTests.LoadAsync(catalog, id)).LeaseOwner);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task TryClaimAsync_TakesTheDocumentOver_WhenTheHoldersLeaseRanOut(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        await SetLeaseAsync(catalog, id, "killed-reader", DateTimeOffset.UtcNow.AddSeconds(-1));

        await using var claim = await NewClaims(catalog, new RecordingJobClient()).TryClaimAsync(id, CancellationToken.None);

        Assert.NotNull(claim);
        var document = await IngestJobTests.LoadAsync(catalog, id);
        Assert.Equal(claim.Owner, document.LeaseOwner);
        Assert.True(document.LeaseExpiresAt > DateTimeOffset.UtcNow);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task SaveChanges_Throws_WhenTheClaimWasTakenOver(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        await using var claim = await NewClaims(catalog, new RecordingJobClient()).TryClaimAsync(id, CancellationToken.None);
        await using var db = catalog.NewContext();
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        await SetLeaseAsync(catalog, id, "other-reader", DateTimeOffset.UtcNow.AddMinutes(1));

        document.Status = DocumentStatus.Done;
        claim!.Release(document);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(DocumentStatus.Processing, (await IngestJobTests.LoadAsync(catalog, id)).Status);
    }

    [Fact]
    public async Task Token_IsCancelled_WhenTheClaimIsLostWhileRenewing()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        catalog.Options.JobLease = TimeSpan.FromSeconds(3);
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        await using var claim = await NewClaims(catalog, new RecordingJobClient()).TryClaimAsync(id, CancellationToken.None);
        var renewedUntil = (await IngestJobTests.LoadAsync(catalog, id)).LeaseExpiresAt;
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.True((await IngestJobTests.LoadAsync(catalog, id)).LeaseExpiresAt > renewedUntil);

        await SetLeaseAsync(catalog, id, "other-reader", DateTimeOffset.UtcNow.AddMinutes(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(10), claim!.Token));
    }

    private static DocumentClaims NewClaims(TestCatalog catalog, RecordingJobClient jobs) =>
        new(catalog, jobs, TimeProvider.System, catalog.WrappedOptions, NullLogger<DocumentClaims>.Instance);

    private static async Task SetLeaseAsync(TestCatalog catalog, Guid id, string owner, DateTimeOffset expires)
    {
        await using var db = catalog.NewContext();
        await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, DocumentStatus.Processing)
            .SetProperty(d => d.LeaseOwner, owner)
            .SetProperty(d => d.LeaseExpiresAt, expires));
    }
}
