using DocArchive.Fixtures;
using DocArchive.Ingest.Catalog;

namespace DocArchive.Integration.Tests.Commands;

public sealed class ReindexCommandTests
{
    private static readonly string[] Queries = ["PASPOR1Q", "tinggal", "PASPOR2Q"];

    [PostgresFact]
    public async Task RunAsync_RebuildsARestoredBackup_SoThatItAnswersTheSameSearches()
    {
        await using var cluster = await Cluster.CreateAsync();
        var web = await cluster.StartAsync("all");
        for (var i = 0; i < 3; i++)
        {
            await cluster.UploadAsync(web, $"paspor-{i}.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Izin tinggal", $"PASPOR{i}Q")));
        }

        await cluster.WaitUntilFinishedAsync(3, TimeSpan.FromMinutes(2));
        var before = new List<IReadOnlySet<Guid>>();
        foreach (var query in Queries)
        {
            before.Add(await cluster.SearchAsync(web, query));
        }

        await web.StopAsync(CancellationToken.None);

        // The backup: pg_dump of the database and a copy of the blob directory (the index is derived).
        var dump = Path.Combine(cluster.DataDir, "catalog.dump");
        var bin = Environment.GetEnvironmentVariable("DOCARCHIVE_TEST_PG_BIN") ?? "";
        var (dumpCode, dumpOutput) = await Cluster.RunAsync(Path.Combine(bin, "pg_dump"), "--format=custom", $"--file={dump}", "--dbname", Libpq(cluster.Database.ConnectionString));
        Assert.True(dumpCode == 0, dumpOutput);
        await using var restored = await ThrowawayDatabase.CreateAsync(Cluster.Server!, "docarchive_restored", CancellationToken.None);
        var (restoreCode, restoreOutput) = await Cluster.RunAsync(Path.Combine(bin, "pg_restore"), "--no-owner", "--dbname", Libpq(restored.ConnectionString), dump);
        Assert.True(restoreCode == 0, restoreOutput);
        var copy = Directory.CreateTempSubdirectory("docarchive-restored-").FullName;
        try
        {
            CopyDirectory(Path.Combine(cluster.DataDir, "blobs"), Path.Combine(copy, "blobs"));
            var (reindexCode, reindexOutput) = await Cluster.RunAsync(null, "reindex", "--data-dir", copy, "--postgres", restored.ConnectionString,
                "--DocArchive:Ingest:TessdataPath", Path.Combine(FixtureRepository.Root, "tessdata"));
            Assert.True(reindexCode == 0, reindexOutput);
            Assert.Contains("3 documents indexed again.", reindexOutput, StringComparison.Ordinal);
            var copyWeb = await cluster.StartAsync("web", dataDir: copy, postgres: restored.ConnectionString);

            foreach (var (query, expected) in Queries.Zip(before))
            {
                Assert.NotEmpty(expected);
                Assert.Equal(expected, await cluster.SearchAsync(copyWeb, query));
            }

            await copyWeb.StopAsync(CancellationToken.None);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>The Npgsql connection string as the libpq URI the PostgreSQL tools take.</summary>
    private static string Libpq(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
