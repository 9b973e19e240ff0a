using System.Globalization;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>import &lt;folder&gt;</c>: takes in every supported file below the folder, waits until each is done or failed, and
/// prints a summary. Files already in the archive are skipped (the same bytes are the same document), so a second
/// run resumes where the first stopped. Cancelled (Ctrl+C, SIGTERM), it stops its host within seconds, says how many
/// files were finished and exits with <see cref="Interrupted"/>: documents it left unread are read at the next start.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: docarchive import <folder> [--data-dir DIR]";

    /// <summary>The exit code of an import stopped part-way (128 + SIGINT's number).</summary>
    public const int Interrupted = 130;

    /// <summary>
    /// How long the host may take to stop after a cancellation. Its jobs are cancelled at once (an OCR worker in the middle
    /// of a page is killed); what they leave unread is read again at the next start.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(3);

    private static readonly string[] Extensions = [".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [var folder, ..] || folder.StartsWith("--", StringComparison.Ordinal) || !Directory.Exists(folder))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        using var host = CommandHost.Build(args[1..]);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal).ToList();
        var accepted = new List<(string Path, IntakeResult Result)>(files.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            await host.StartAsync(stop.Token);
            await AddAsync(host.Services, files, accepted, output, stop.Token);
            var outcomes = await WaitAsync(host.Services, accepted, output, stop.Token);
            await host.StopAsync(cancellationToken);
            WriteSummary(output, outcomes);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            using var grace = new CancellationTokenSource(StopGrace);
            await host.StopAsync(grace.Token);
            var documents = await FindAsync(host.Services, accepted, CancellationToken.None);
            var finished = accepted.Where(a => IsFinished(documents[a.Result.DocumentId])).ToList();
            var failed = finished.Count(a => documents[a.Result.DocumentId].Status == DocumentStatus.Failed);
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"interrupted: {finished.Count} of {files.Count} files done ({failed} failed); run the same import again to go on: files already in the archive are not read again"));
            return Interrupted;
        }
    }

    internal static bool IsSupported(string path)
    {
        if (Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return ContentTypes.OfFile(path) is not null;
    }

    private static async Task AddAsync(
        IServiceProvider services, List<string> files, List<(string Path, IntakeResult Result)> accepted, TextWriter output,
        CancellationToken cancellationToken)
    {
        var progress = new ProgressBar(output, "stored ", files.Count);
        var uploadedBy = $"import:{Environment.UserName}";
        foreach (var path in files)
        {
            await using var scope = services.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<DocumentIntake>();
            await using var content = File.OpenRead(path);
            accepted.Add((path, await intake.AddAsync(content, Path.GetFileName(path), uploadedBy, cancellationToken)));
            progress.Report(accepted.Count, Path.GetFileName(path));
        }

        progress.Finish();
    }

    private static async Task<List<ImportOutcome>> WaitAsync(
        IServiceProvider services, List<(string Path, IntakeResult Result)> accepted, TextWriter output, CancellationToken cancellationToken)
    {
        var ids = accepted.Select(a => a.Result.DocumentId).ToHashSet();
        var progress = new ProgressBar(output, "read   ", ids.Count);
        while (true)
        {
            var documents = await FindAsync(services, accepted, cancellationToken);
            var finished = documents.Values.Where(IsFinished).ToList();
            var failed = finished.Count(d => d.Status == DocumentStatus.Failed);
            progress.Report(finished.Count, string.Create(CultureInfo.InvariantCulture, $"({failed} failed)"));
            if (finished.Count == ids.Count)
            {
                progress.Finish();
                return accepted.Select(a => Outcome(a.Path, a.Result, documents[a.Result.DocumentId])).ToList();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static async Task<Dictionary<Guid, Document>> FindAsync(
        IServiceProvider services, List<(string Path, IntakeResult Result)> accepted, CancellationToken cancellationToken)
    {
        var ids = accepted.Select(a => a.Result.DocumentId).ToHashSet();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
    }

    private static bool IsFinished(Document document) => document.Status == DocumentStatus.Failed || document.IndexedAt is not null;

    private static ImportOutcome Outcome(string path, IntakeResult intake, Document document) =>
        new(path, document.Id, intake.Duplicate && intake.Status is DocumentStatus.Done or DocumentStatus.Failed,
            document.Status == DocumentStatus.Failed, document.FailureReason);

    private static void WriteSummary(TextWriter output, List<ImportOutcome> outcomes)
    {
        var fresh = outcomes.Where(o => !o.Duplicate).ToList();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{outcomes.Count} files: {fresh.Count(o => !o.Failed)} done, {fresh.Count(o => o.Failed)} failed, {outcomes.Count(o => o.Duplicate)} already in the archive"));
        foreach (var failure in outcomes.Where(o => o.Failed))
        {
            output.WriteLine($"  failed: {failure.Path}: {failure.FailureReason}");
        }
    }
}
