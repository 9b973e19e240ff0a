using System.Globalization;
using System.Security.Cryptography;
using DocArchive.Fixtures;
using DocArchive.Ingest.Model;
using DocArchive.ReadingWorker;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Integration.Tests.Jobs;

public sealed class NodeRoleTests
{
    private const int DocumentReadEvent = 1102;
    private const int DocumentIndexedEvent = 1107;

    [PostgresFact]
    public async Task Workers_ReadEveryDocumentExactlyOnce_WhenOneIsKilledMidDocument()
    {
        await using var cluster = await Cluster.CreateAsync();
        var web = await cluster.StartAsync("web");
        var slow = FixtureDocument.TextPdf(FixturePage.FromLines("Dokumen lambat", "PERLAMBATAN"));
        var doomed = await cluster.StartAsync("worker", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Two readers: one hangs on the slow document (the kill lands mid-document), the other shares the rest.
            ["DocArchive:Ingest:OcrWorkers"] = "2",
            ["DocArchive:Ingest:OcrWorkerPath"] = new WorkerFault(
                WorkerFaultKind.Hang, Convert.ToHexStringLower(SHA256.HashData(slow)), 0, Directory.CreateDirectory(Path.Combine(cluster.DataDir, "fault")).FullName).WriteLauncher(),
        });
        var slowId = await cluster.UploadAsync(web, "lambat.pdf", slow);
        await WaitUntilClaimedByAsync(cluster, slowId, doomed.Id);
        var survivor = await cluster.StartAsync("worker");
        var ids = new List<Guid> { slowId };
        for (var i = 1; i < 30; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"IZIN{i:D4}");
            ids.Add(await cluster.UploadAsync(web, $"izin-{i}.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("Izin tinggal terbatas", text))));
        }

        doomed.Kill();
        var documents = await cluster.WaitUntilFinishedAsync(30, TimeSpan.FromMinutes(4));

        Assert.All(documents, d => Assert.Equal(DocumentStatus.Done, d.Status));
        Assert.Equal(ids.Order(), Cluster.DocumentIdsOf([web, doomed, survivor], DocumentReadEvent).Order());
        Assert.Equal(ids.Order(), Cluster.DocumentIdsOf([web], DocumentIndexedEvent).Order());
        Assert.Contains(slowId, Cluster.DocumentIdsOf([survivor], DocumentReadEvent));
        Assert.Equal(new HashSet<Guid> { slowId }, await cluster.SearchAsync(web, "PERLAMBATAN"));
        Assert.Equal(new HashSet<Guid> { ids[7] }, await cluster.SearchAsync(web, "IZIN0007"));
    }

    private static async Task WaitUntilClaimedByAsync(Cluster cluster, Guid id, int processId)
    {
        var owner = string.Create(CultureInfo.InvariantCulture, $":{processId}:");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            await using var db = cluster.Catalog();
            var lease = await db.Documents.Where(d => d.Id == id).Select(d => d.LeaseOwner).SingleAsync(timeout.Token);
            if (lease is not null && lease.Contains(owner, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
