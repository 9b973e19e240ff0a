using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Search;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

    [Fact]
    public async Task StartAsync_IndexesTheDoneDocumentsAgain_WhenTheIndexWasWrittenInAnotherLayout()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var done = await AddAsync(catalog, DocumentStatus.Done, "%PDF-1.7 read and indexed");
        await using (var db = catalog.NewContext())
        {
            await db.Documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.IndexedAt, DateTimeOffset.UtcNow));
        }

        var indexPath = Path.Combine(catalog.Options.DataDir, "index");
        WriteIndexOfAnotherLayout(indexPath, done);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["DocArchive:DataDir"] = catalog.Options.DataDir;
        builder.Configuration["DocArchive:Ingest:TessdataPath"] = OcrTestEnvironment.TessdataPath;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddSearch();
        builder.AddIngest();
        builder.Services.AddSingleton<IDocumentReader>(new ScriptedDocumentReader { Pages = 1 });
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var search = host.Services.GetRequiredService<IDocumentSearch>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (search.Search(new SearchQuery("dibaca")).Documents.Count == 0)
            {
                await Task.Delay(100, timeout.Token);
            }

            Assert.Equal([done], search.Search(new SearchQuery("dibaca")).Documents.Select(d => d.DocumentId));
            Assert.Empty(search.Search(new SearchQuery("lama")).Documents);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>An index holding <paramref name="id"/> with other text, its commit marked with a layout of an earlier version.</summary>
    private static void WriteIndexOfAnotherLayout(string path, Guid id)
    {
        using (var analyzer = new TextAnalyzer())
        using (var index = new LuceneDocumentIndex(Options.Create(new SearchOptions { IndexPath = path }), analyzer, NullLogger<LuceneDocumentIndex>.Instance))
        {
            index.IndexAsync(new IndexedDocument(id, "lama.pdf", "application/pdf", DateTimeOffset.UnixEpoch, [new IndexedPage(1, "dokumen lama")]), CancellationToken.None)
                .GetAwaiter().GetResult();
        }

        using var directory = FSDirectory.Open(path);
        using var writerAnalyzer = new TextAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, writerAnalyzer) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.LayoutKey] = "1" });
        writer.Commit();
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
