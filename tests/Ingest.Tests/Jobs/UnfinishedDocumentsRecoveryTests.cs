using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Pages;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Tests.Jobs;

public sealed class UnfinishedDocumentsRecoveryTests
{
    [Fact]
    public async Task StartAsync_FinishesDocumentsLeftUnfinished_WhenTheHostRestarts()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var queued = await IngestJobTests.AddDocumentAsync(catalog);
        var processing = await AddAsync(catalog, DocumentStatus.Processing, "%PDF-1.7 processing");
        var unindexed = await AddAsync(catalog, DocumentStatus.Done, "%PDF-1.7 read but not indexed");
        var reader = new ScriptedDocumentReader { Pages = 1 };
        var index = new RecordingDocumentIndex();

        using var host = BuildHost(catalog, reader, index);
        await host.StartAsync();
        try
        {
            await WaitUntilSearchableAsync(catalog, [queued, processing, unindexed]);
        }
        finally
        {
            await host.StopAsync();
        }

        Assert.Equal(new HashSet<Guid> { queued, processing, unindexed }, index.DocumentIds());
        Assert.Equal(2, reader.CountCalls);
    }

    private static IHost BuildHost(TestCatalog catalog, IDocumentReader reader, IDocumentIndex index)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["DocArchive:DataDir"] = catalog.Options.DataDir;
        builder.Configuration["DocArchive:Ingest:TessdataPath"] = OcrTestEnvironment.TessdataPath;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIngest();
        builder.Services.AddSingleton(reader);
        builder.Services.AddSingleton(index);
        return builder.Build();
    }

    private static async Task<Guid> AddAsync(TestCatalog catalog, DocumentStatus status, string content)
    {
        var blob = await catalog.Blobs.StoreAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(content)), CancellationToken.None);
        var id = Guid.NewGuid();
        await using var db = catalog.NewContext();
        var document = CatalogDatabaseTests.NewDocument(id, blob.Sha256);
        document.Status = status;
        db.Documents.Add(document);
        if (status == DocumentStatus.Done)
        {
            document.PageCount = 1;
            db.Pages.Add(DocumentPage.Read(id, new PageText(1, "sudah dibaca", PageTextSource.TextLayer, 1, 1, 1, [])));
        }

        await db.SaveChangesAsync();
        return id;
    }

    private static async Task WaitUntilSearchableAsync(TestCatalog catalog, Guid[] ids)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using var db = catalog.NewContext();
            var searchable = await db.Documents.CountAsync(d => ids.Contains(d.Id) && d.IndexedAt != null, timeout.Token);
            if (searchable == ids.Length)
            {
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
