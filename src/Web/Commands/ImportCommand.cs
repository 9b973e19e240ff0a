using System.Globalization;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>import &lt;folder&gt;</c>: takes in every supported file below the folder, waits until each is done or failed, and
/// prints a summary. Files already in the archive are skipped (the same bytes are the same document), so a second
/// run resumes where the first stopped.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: docarchive import <folder> [--data-dir DIR]";

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
        await host.StartAsync(cancellationToken);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal).ToList();
        var accepted = await AddAsync(host.Services, files, output, cancellationToken);
        var outcomes = await WaitAsync(host.Services, accepted, output, cancellationToken);
        await host.StopAsync(cancellationToken);
        WriteSummary(output, outcomes);
        return 0;
    }

    internal static bool IsSupported(string path)
    {
        if (Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return ContentTypes.OfFile(path) is not null;
    }

    private static async Task<List<(string Path, IntakeResult Result)>> AddAsync(
        IServiceProvider services, List<string> files, TextWriter output, CancellationToken cancellationToken)
    {
        var progress = new ProgressBar(output, "stored ", files.Count);
        var accepted = new List<(string, IntakeResult)>(files.Count);
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
        return accepted;
    }

    private static async Task<List<ImportOutcome>> WaitAsync(
        IServiceProvider services, List<(string Path, IntakeResult Result)> accepted, TextWriter output, CancellationToken cancellationToken)
    {
        var ids = accepted.Select(a => a.Result.DocumentId).ToHashSet();
        var progress = new ProgressBar(output, "read   ", ids.Count);
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var documents = await db.Documents.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
            var finished = documents.Values.Where(d => d.Status == DocumentStatus.Failed || d.IndexedAt is not null).ToList();
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

    private static ImportOutcome Outcome(string path, IntakeResult intake, Document document) =>
        new(path, document.Id, intake.Duplicate, document.Status == DocumentStatus.Failed, document.FailureReason);

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
