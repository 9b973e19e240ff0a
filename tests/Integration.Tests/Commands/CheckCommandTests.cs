using DocArchive.Fixtures;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Integration.Tests.Commands;

public sealed class CheckCommandTests
{
    [PostgresFact]
    public async Task RunAsync_FindsEverythingConsistent_WhenTheWebNodeWasKilledAndItsQueueResumedAfterRestart()
    {
        await using var cluster = await Cluster.CreateAsync();
        var web = await cluster.StartAsync("web");
        await cluster.StartAsync("worker");
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await cluster.UploadAsync(web, $"rptka-{i}.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Rencana penggunaan", $"RPTKA{i}X"))));
        }

        web.Kill();
        await WaitUntilAllReadAsync(cluster, ids.Count);
        var restarted = await cluster.StartAsync("web");
        await cluster.WaitUntilFinishedAsync(ids.Count, TimeSpan.FromMinutes(2));
        Assert.Equal(new HashSet<Guid> { ids[4] }, await cluster.SearchAsync(restarted, "RPTKA4X"));
        await restarted.StopAsync(CancellationToken.None);

        var (exitCode, output) = await Check(cluster);

        Assert.True(exitCode == 0, output);
        Assert.Contains("documents: 6; done: 6; in the index: 6", output, StringComparison.Ordinal);
        Assert.EndsWith("consistent", output.TrimEnd(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task RunAsync_ReindexesOnRepairAndReportsAlteredOriginals_WhenIndexAndBlobsWereDamaged()
    {
        await using var cluster = await Cluster.CreateAsync();
        var web = await cluster.StartAsync("all");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await cluster.UploadAsync(web, $"kitas-{i}.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Kartu izin tinggal", $"KITAS{i}Z"))));
        }

        await cluster.WaitUntilFinishedAsync(ids.Count, TimeSpan.FromMinutes(2));
        await web.StopAsync(CancellationToken.None);
        Directory.Delete(Path.Combine(cluster.DataDir, "index"), recursive: true);

        var (brokenCode, broken) = await Check(cluster);
        var (repairedCode, repaired) = await Check(cluster, "--repair");
        await TamperAsync(cluster, ids[1]);
        var (tamperedCode, tampered) = await Check(cluster);

        Assert.Equal(1, brokenCode);
        Assert.Contains("done but missing from the index: 3", broken, StringComparison.Ordinal);
        Assert.True(repairedCode == 0, repaired);
        Assert.EndsWith("consistent", repaired.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, tamperedCode);
        Assert.Contains("originals missing or not matching their sha256: 1", tampered, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> Check(Cluster cluster, params string[] extra) =>
        Cluster.RunAsync(null, ["check", "--data-dir", cluster.DataDir, "--postgres", cluster.Database.ConnectionString,
            "--DocArchive:Ingest:TessdataPath", Path.Combine(FixtureRepository.Root, "tessdata"), .. extra]);

    private static async Task TamperAsync(Cluster cluster, Guid id)
    {
        await using var db = cluster.Catalog();
        var sha256 = await db.Documents.Where(d => d.Id == id).Select(d => d.Sha256).SingleAsync();
        var path = Directory.EnumerateFiles(Path.Combine(cluster.DataDir, "blobs"), sha256, SearchOption.AllDirectories).Single();
        File.SetAttributes(path, FileAttributes.Normal);
        await File.AppendAllTextAsync(path, "altered");
    }

    private static async Task WaitUntilAllReadAsync(Cluster cluster, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            await using var db = cluster.Catalog();
            if (await db.Documents.CountAsync(d => d.Status == DocumentStatus.Done, timeout.Token) == count)
            {
                return;
            }

            await Task.Delay(250, timeout.Token);
        }
    }
}
