using System.Diagnostics;
using System.Globalization;
using DocArchive.Fixtures;
using DocArchive.Tools.Commands;
using DocArchive.Web.Tests.Shipped;

namespace DocArchive.Web.Tests.Commands;

/// <summary>The published program's <c>import</c> stopped by Ctrl+C while it reads a long scan, then run again.</summary>
public sealed class ImportInterruptionTests : IDisposable
{
    private const int LongPages = 16;
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("docarchive-import-stop-");

    [Fact]
    public async Task Import_StopsWithinSecondsAndASecondRunFinishes_WhenInterruptedWhileReadingALongScan()
    {
        var program = await PublishedProgram.GetAsync();
        var scans = Path.Combine(directory.FullName, "scans");
        var dataDir = Path.Combine(directory.FullName, "data");
        WriteScans(scans);

        using var first = Start(program, scans, dataDir);
        await WaitForAsync(first, "read    [", TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(first.Process.HasExited, $"import ended before it was interrupted:\n{first.Text}");
        var interrupted = Stopwatch.StartNew();
        using (var signal = Process.Start("kill", ["-INT", first.Process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await first.Process.WaitForExitAsync(limit.Token);
        }

        Assert.True(interrupted.Elapsed < TimeSpan.FromSeconds(10), $"import took {interrupted.Elapsed} to stop:\n{first.Text}");
        Assert.Equal(130, first.Process.ExitCode);
        Assert.Matches(@"interrupted: [0-2] of 3 files done \(0 failed\); run the same import again to go on", first.Text);

        using var second = Start(program, scans, dataDir);
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            await second.Process.WaitForExitAsync(limit.Token);
        }

        Assert.True(second.Process.ExitCode == 0, second.Text);
        // What the first run finished counts as already in the archive, what it left unread as done now.
        Assert.Matches(@"3 files: [0-3] done, 0 failed, [0-3] already in the archive", second.Text);
    }

    public void Dispose() => directory.Delete(recursive: true);

    /// <summary>Two short scans and a long one (the same two pages again and again), read after them in name order.</summary>
    private static void WriteScans(string folder)
    {
        Directory.CreateDirectory(folder);
        var pages = FixtureRaster.Render(FixtureDocument.TextPdf(
            FixturePage.FromLines("KARTU IZIN TINGGAL TERBATAS (KITAS)", "Nama : ZHANG WEI", "No. Paspor : E12345678"),
            FixturePage.FromLines("RENCANA PENGGUNAAN TENAGA KERJA ASING", "PT SINAR BATU MINING", "Jabatan : Geologist")));
        File.WriteAllBytes(Path.Combine(folder, "0001-permit.pdf"), FixtureDocument.ScannedPdf([pages[0]]));
        File.WriteAllBytes(Path.Combine(folder, "0002-rptka.pdf"), FixtureDocument.ScannedPdf([pages[1]]));
        File.WriteAllBytes(Path.Combine(folder, "0003-long.pdf"), FixtureDocument.ScannedPdf(Enumerable.Range(0, LongPages).Select(i => pages[i % 2])));
    }

    private static RunningImport Start(PublishedProgram program, string scans, string dataDir)
    {
        var start = new ProcessStartInfo(NodeProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { program.Program, "import", scans, "--data-dir", dataDir })
        {
            start.ArgumentList.Add(argument);
        }

        return new RunningImport(Process.Start(start)!);
    }

    private static async Task WaitForAsync(RunningImport import, string text, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!import.Text.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < timeout && !import.Process.HasExited, $"import never printed '{text}':\n{import.Text}");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
