using System.Diagnostics;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Search.Tests.Indexing;

public sealed class LuceneDocumentIndexTests
{
    [Fact]
    public async Task IndexAsync_MakesDocumentSearchable_BeforeItReturns()
    {
        using var index = new TempIndex();
        await index.AddAsync("Laporan pengawasan orang asing di Kota Jambi");
        var started = Stopwatch.GetTimestamp();

        var document = await index.AddAsync("Izin tinggal terbatas atas nama ZHANG WEI");
        var results = index.Find("zhang");

        Assert.Equal([document.Id], results.Documents.Select(h => h.DocumentId));
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task IndexAsync_LeavesOneCopy_WhenTheSameDocumentIsIndexedAgain()
    {
        using var index = new TempIndex();
        var id = Guid.NewGuid();
        await index.Index.IndexAsync(TempIndex.Named(id, "a.pdf", "paspor lama E11111111"), CancellationToken.None);
        await index.Index.IndexAsync(TempIndex.Named(id, "a.pdf", "paspor baru E22222222"), CancellationToken.None);
        await index.Index.IndexAsync(TempIndex.Named(id, "a.pdf", "paspor baru E22222222"), CancellationToken.None);

        Assert.Equal([id], index.Index.DocumentIds());
        Assert.Empty(index.Find("E11111111").Documents);
        Assert.Equal(1, index.Find("paspor").TotalDocuments);
    }

    [Fact]
    public async Task IndexManyAsync_MakesEveryDocumentSearchable_WhenItReturns()
    {
        using var index = new TempIndex();
        var documents = Enumerable.Range(0, 50).Select(i => TempIndex.Document($"notulen rapat nomor {i}")).ToList();

        await index.Index.IndexManyAsync(documents, CancellationToken.None);

        Assert.Equal(50, index.Find("notulen").TotalDocuments);
        Assert.True(index.Index.DocumentIds().SetEquals(documents.Select(d => d.Id)));
    }

    [Fact]
    public async Task RemoveAsync_RemovesOnlyThatDocument()
    {
        using var index = new TempIndex();
        var kept = await index.AddAsync("RPTKA PT Sinar Batu Mining");
        var removed = await index.AddAsync("RPTKA PT Cahaya Makmur Minerals");

        await index.Index.RemoveAsync(removed.Id, CancellationToken.None);

        Assert.Equal([kept.Id], index.Ids("rptka"));
        Assert.Equal([kept.Id], index.Index.DocumentIds());
    }

    [Fact]
    public async Task ClearAsync_RemovesEveryDocument()
    {
        using var index = new TempIndex();
        await index.AddAsync("satu");
        await index.AddAsync("dua");

        await index.Index.ClearAsync(CancellationToken.None);

        Assert.Empty(index.Index.DocumentIds());
        Assert.Equal(0, index.Find("satu").TotalDocuments);
    }

    [Fact]
    public async Task Dispose_KeepsTheIndex_WhenTheDirectoryIsOpenedAgain()
    {
        string path;
        IndexedDocument document;
        using (var first = new TempIndex())
        {
            path = first.Path;
            document = await first.AddAsync("Keputusan pengesahan RPTKA");
            first.Close();
            using var second = new TempIndex(path);

            Assert.Equal([document.Id], second.Index.DocumentIds());
            Assert.Equal([document.Id], second.Ids("pengesahan"));
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData(null)]
    public async Task Constructor_EmptiesTheIndex_WhenItWasWrittenInAnotherLayout(string? layout)
    {
        using var first = new TempIndex();
        await first.AddAsync("Keputusan pengesahan RPTKA");
        first.Close();
        using (var directory = FSDirectory.Open(first.Path))
        using (var analyzer = new TextAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzer.Version, analyzer) { OpenMode = OpenMode.APPEND }))
        {
            writer.SetCommitData(layout is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [IndexSchema.LayoutKey] = layout });
            writer.Commit();
        }

        using var second = new TempIndex(first.Path);
        var document = await second.AddAsync("Keputusan pengesahan RPTKA");
        second.Close();
        using var third = new TempIndex(first.Path);

        Assert.Equal([document.Id], third.Index.DocumentIds());
    }

    [Fact]
    public void Constructor_Throws_WhenAnotherWriterOwnsTheDirectory()
    {
        using var index = new TempIndex();
        using var analyzer = new TextAnalyzer();

        Assert.Throws<LockObtainFailedException>(() => new LuceneDocumentIndex(
            Options.Create(new SearchOptions { IndexPath = index.Path }), analyzer, NullLogger<LuceneDocumentIndex>.Instance));
    }
}
