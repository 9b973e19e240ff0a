using System.Security.Cryptography;
using DocArchive.Ingest;
using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>check [--repair]</c>: verifies every original against its sha256 and the index against the catalog, and reports
/// what differs (exit code 1). With <c>--repair</c> it runs the node's jobs until unfinished documents are read again and
/// the index holds exactly the done documents. It opens the index, so it runs on the index node with <c>serve</c> stopped.
/// </summary>
public static class CheckCommand
{
    public const string Usage = "usage: docarchive check [--repair] [--data-dir DIR] [--postgres CONNECTION-STRING]";

    private const string Repair = "--repair";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var repair = args.Contains(Repair, StringComparer.Ordinal);
        using var host = CommandHost.Build([.. args.Where(a => a != Repair)]);
        if (!NodeRoles.From(host.Services.GetRequiredService<IConfiguration>()).OwnsIndex())
        {
            await output.WriteLineAsync("check opens the index: run it on the index node (role all or web).");
            return 2;
        }

        var report = await InspectAsync(host.Services, cancellationToken);
        report.WriteTo(output);
        if (!repair || !report.Repairable)
        {
            return report.Consistent ? 0 : 1;
        }

        await output.WriteLineAsync("repairing: reading unfinished documents again, bringing the index in line");
        await host.StartAsync(cancellationToken);
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            report = await InspectAsync(host.Services, cancellationToken, verifyBlobs: false);
            if (!report.Repairable)
            {
                break;
            }
        }

        await host.StopAsync(cancellationToken);
        report = await InspectAsync(host.Services, cancellationToken);
        report.WriteTo(output);
        return report.Consistent ? 0 : 1;
    }

    public static async Task<CheckReport> InspectAsync(IServiceProvider services, CancellationToken cancellationToken, bool verifyBlobs = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await CatalogDatabase.MigrateAsync(db, services.GetRequiredService<IOptions<IngestOptions>>().Value, cancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.Sha256, d.Status, d.IndexedAt })
            .ToListAsync(cancellationToken);
        var blobs = services.GetRequiredService<BlobStore>();
        var badBlobs = new List<string>();
        foreach (var sha256 in verifyBlobs ? documents.Select(d => d.Sha256).Distinct(StringComparer.Ordinal) : [])
        {
            if (await VerifyAsync(blobs.PathOf(sha256), sha256, cancellationToken) is { } problem)
            {
                badBlobs.Add(problem);
            }
        }

        var comparison = await IndexReconciliation.CompareAsync(db, services.GetRequiredService<IDocumentIndex>(), cancellationToken);
        return new CheckReport(
            documents.Count,
            badBlobs,
            [.. documents.Where(d => d.Status is DocumentStatus.Queued or DocumentStatus.Processing).Select(d => d.Id)],
            [.. documents.Where(d => d.Status == DocumentStatus.Done && d.IndexedAt is null).Select(d => d.Id)],
            comparison);
    }

    private static async Task<string?> VerifyAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return $"{sha256}: missing ({path})";
        }

        await using var file = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        return actual == sha256 ? null : $"{sha256}: the file's sha256 is {actual} ({path})";
    }
}
