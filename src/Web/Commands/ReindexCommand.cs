using DocArchive.Ingest;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary><c>reindex</c>: empties the search index and rebuilds it from the catalog's read documents (withdrawn ones left out), without OCR.</summary>
public static class ReindexCommand
{
    public const string Usage = "usage: docarchive reindex [--data-dir DIR] [--postgres CONNECTION-STRING]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var host = CommandHost.Build(args);
        List<Guid> ids;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await CatalogDatabase.MigrateAsync(db, host.Services.GetRequiredService<IOptions<IngestOptions>>().Value, cancellationToken);
            ids = await db.Documents.Where(d => d.Status == DocumentStatus.Done && d.WithdrawnAt == null).OrderBy(d => d.UploadedAt).Select(d => d.Id)
                .ToListAsync(cancellationToken);
        }

        await host.Services.GetRequiredService<IDocumentIndex>().ClearAsync(cancellationToken);
        var progress = new ProgressBar(output, "indexed", ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IndexJob>().RunAsync(ids[i], cancellationToken);
            progress.Report(i + 1, "");
        }

        progress.Finish();
        await output.WriteLineAsync($"{ids.Count} documents indexed again.");
        return 0;
    }
}
