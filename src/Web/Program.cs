using DocArchive.Ingest;
using DocArchive.Ingest.Ocr;
using DocArchive.Ingest.Ocr.Benchmarks;
using DocArchive.Search;

if (args.Length > 0 && args[0] == "ocr-worker")
{
    return await OcrWorkerHost.RunAsync(args[1..], CancellationToken.None);
}

if (args is ["bench", "ocr", .. var benchFiles])
{
    var settings = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
    var ingestOptions = settings.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
    return await OcrBenchmark.RunAsync(benchFiles, ingestOptions, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSearch();
builder.AddIngest();
var app = builder.Build();
app.MapGet("/", () => "DocArchive");
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
