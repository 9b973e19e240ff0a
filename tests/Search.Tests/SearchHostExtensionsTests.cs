using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Search.Tests;

public sealed class SearchHostExtensionsTests : IDisposable
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "docarchive-data-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddSearch_RegistersOneIndexUnderTheDataDirectory_AndItsSearcher()
    {
        using var host = Build(("DocArchive:DataDir", dataDir));
        await host.StartAsync();
        var index = host.Services.GetRequiredService<IDocumentIndex>();

        await index.IndexAsync(TempIndex.Document("Kartu izin tinggal terbatas"), CancellationToken.None);
        var results = host.Services.GetRequiredService<IDocumentSearch>().Search(new SearchQuery("izin tinggal"));

        Assert.Same(index, host.Services.GetRequiredService<LuceneDocumentIndex>());
        Assert.Equal(Path.Combine(dataDir, "index"), host.Services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath);
        Assert.True(Directory.Exists(Path.Combine(dataDir, "index")));
        Assert.Equal(1, results.TotalDocuments);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddSearch_FailsAtStart_WhenTheRefreshIntervalBreaksTheTwoSecondPromise()
    {
        using var host = Build(("DocArchive:DataDir", dataDir), ("DocArchive:Search:RefreshInterval", "00:00:05"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("RefreshInterval", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddSearch();
        return builder.Build();
    }
}
