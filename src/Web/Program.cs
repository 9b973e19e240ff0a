using DocArchive.Ingest;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Reading.Worker;
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
using DocArchive.Web.Reconciliation;
using DocArchive.Web.Search;
using DocArchive.Web.Statistics;
using DocArchive.Web.Upload;
using DocArchive.Web.Watch;

if (ReadingWorker.IsRequestedBy(args))
{
    await using var requests = Console.OpenStandardInput();
    return await ReadingWorker.RunAsync(requests, CancellationToken.None);
}

if (Verbs.AsksForHelp(args) || Verbs.IsUnknown(args))
{
    if (Verbs.AsksForHelp(args))
    {
        await Console.Out.WriteLineAsync(Verbs.Help(args));
        return 0;
    }

    await Console.Error.WriteLineAsync($"docarchive: there is no verb '{args[0]}'.{Environment.NewLine}{Verbs.Help([])}");
    return 2;
}

if (Verbs.Find(args) is { } verb)
{
    return await Verbs.GuardAsync(() => verb.Run(args[verb.Words.Length..]), Console.Error);
}

return await Verbs.GuardAsync(() => ServeAsync(args is ["serve", .. var serveArgs] ? serveArgs : args), Console.Error);

static async Task<int> ServeAsync(string[] args)
{
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
        app.RequireRight(ArchivePolicies.Correct).MapSamePersonEndpoints();
        app.RequireRight(ArchivePolicies.Read).MapSearchEndpoints();
        app.RequireRight(ArchivePolicies.Read).MapPersonEndpoints();
        app.RequireRight(ArchivePolicies.Read).MapCompanyEndpoints();
        app.RequireRight(ArchivePolicies.Read).MapWatchEndpoints();
        app.RequireRight(ArchivePolicies.Read).MapReconciliationEndpoints();
        app.RequireRight(ArchivePolicies.Statistics).MapStatisticsEndpoints();
        app.MapJobDashboard();
    }

    await app.RunAsync();
    return 0;
}

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
