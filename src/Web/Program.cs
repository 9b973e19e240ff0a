using DocArchive.Ingest;
using DocArchive.Ingest.Ocr;
using DocArchive.Search;

if (args.Length > 0 && args[0] == "ocr-worker")
{
    return await OcrWorkerHost.RunAsync(args[1..], CancellationToken.None);
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
