using DocArchive.Ingest;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Ocr;
using DocArchive.Ingest.Ocr.Benchmarks;
using DocArchive.Search;
using DocArchive.Web;
using DocArchive.Web.Accounts;
using DocArchive.Web.Commands;
using DocArchive.Web.Corrections;
using DocArchive.Web.Companies;
using DocArchive.Web.Documents;
using DocArchive.Web.Health;
using DocArchive.Web.Jobs;
using DocArchive.Web.Persons;
using DocArchive.Web.Search;
using DocArchive.Web.Statistics;
using DocArchive.Web.Upload;
using DocArchive.Web.Watch;

if (args.Length > 0 && args[0] == "ocr-worker")
{
    return await OcrWorkerHost.RunAsync(args[1..], CancellationToken.None);
}

switch (args)
{
    case ["import", .. var rest]:
        return await ImportCommand.RunAsync(rest, Console.Out, CancellationToken.None);
    case ["users", .. var rest]:
        return await UsersCommand.RunAsync(rest, Console.In, Console.Out, CancellationToken.None);
    case ["extract", .. var rest]:
        return await ExtractCommand.RunAsync(rest, Console.Out, CancellationToken.None);
    case ["eval", .. var rest]:
        return await EvalCommand.RunAsync(rest, Console.Out, Console.Error, CancellationToken.None);
    case ["reindex", .. var rest]:
        return await ReindexCommand.RunAsync(rest, Console.Out, CancellationToken.None);
    case ["check", .. var rest]:
        return await CheckCommand.RunAsync(rest, Console.Out, CancellationToken.None);
    case ["bench", "ingest", .. var rest]:
        return await BenchIngestCommand.RunAsync(rest, Console.Out, CancellationToken.None);
    case ["bench", "ocr", .. var benchFiles]:
        var settings = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
        var ingestOptions = settings.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
        return await OcrBenchmark.RunAsync(benchFiles, ingestOptions, Console.Out, CancellationToken.None);
    case ["bench", "mrz", .. var benchArgs]:
        return await BenchMrzCommand.RunAsync(benchArgs, Console.Out, CancellationToken.None);
    case ["bench", "export", .. var benchArgs]:
        return await BenchExportCommand.RunAsync(benchArgs, Console.Out, CancellationToken.None);
    case ["bench", "stats", .. var benchArgs]:
        return await BenchStatsCommand.RunAsync(benchArgs, Console.Out, CancellationToken.None);
    case ["bench", "search", .. var benchArgs]:
        return await BenchSearchCommand.RunAsync(benchArgs, Console.Out, CancellationToken.None);
    case ["serve", .. var rest]:
        args = rest;
        break;
}

// The stylesheet, scripts and icon are served from the program's own directory, not the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ApplicationPaths.Directory });
builder.AddCommandLineSwitches(args);
builder.AddSearch();
builder.AddIngest();
builder.AddWeb();

var app = builder.Build();
app.MapHealthEndpoint();
if (NodeRoles.From(app.Configuration) != NodeRole.Worker)
{
    app.UseWeb();
    app.MapPages();
    app.RequireRight(ArchivePolicies.Upload).MapUploadEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapDocumentEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapPageImageEndpoints();
    app.RequireRight(ArchivePolicies.Correct).MapCorrectionEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapSearchEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapPersonEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapCompanyEndpoints();
    app.RequireRight(ArchivePolicies.Read).MapWatchEndpoints();
    app.RequireRight(ArchivePolicies.Statistics).MapStatisticsEndpoints();
    app.MapJobDashboard();
}

await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
