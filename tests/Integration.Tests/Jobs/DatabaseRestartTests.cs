using System.Globalization;
using DocArchive.Fixtures;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Integration.Tests.Jobs;

[Collection(nameof(DatabaseRestartCollection))]
public sealed class DatabaseRestartTests
{
    private const int Documents = 12;

    [PostgresFact]
    public async Task Nodes_FinishEveryDocumentAndIndexItOnce_WhenPostgreSqlCrashesMidIngest()
    {
        await using var cluster = await Cluster.CreateAsync();
        var web = await cluster.StartAsync("web");
        await cluster.StartAsync("worker");
        var ids = new List<Guid>();
        for (var i = 0; i < Documents; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"NOTULEN{i:D3}");
            ids.Add(await cluster.UploadAsync(web, $"notulen-{i}.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Notulen rapat koordinasi", text))));
        }

        await WaitUntilOneIsDoneAsync(cluster);
        await PostgresServer.CrashAndRestartAsync();
        var documents = await cluster.WaitUntilFinishedAsync(Documents, TimeSpan.FromMinutes(4));
        await web.StopAsync(CancellationToken.None);
        var (exitCode, output) = await Cluster.RunAsync(null, ["check", "--data-dir", cluster.DataDir, "--postgres", cluster.Database.ConnectionString,
            "--DocArchive:Ingest:TessdataPath", Path.Combine(FixtureRepository.Root, "tessdata")]);

        Assert.All(documents, d => Assert.Equal(DocumentStatus.Done, d.Status));
        Assert.Equal(ids.Order(), documents.Select(d => d.Id).Order());
        Assert.True(exitCode == 0, output);
        Assert.Contains($"documents: {Documents}; done: {Documents}; in the index: {Documents}", output, StringComparison.Ordinal);
    }

    private static async Task WaitUntilOneIsDoneAsync(Cluster cluster)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            await using var db = cluster.Catalog();
            if (await db.Documents.AnyAsync(d => d.Status == DocumentStatus.Done, timeout.Token))
            {
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
