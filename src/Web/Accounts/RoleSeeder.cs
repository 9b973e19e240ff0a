using DocArchive.Ingest.Jobs;
using DocArchive.Web.Setup;

namespace DocArchive.Web.Accounts;

/// <summary>
/// Creates the roles at start-up, after the catalog's migrations, so the admin page can offer them all; while there is
/// no user yet, a node that serves pages prints the one-time code that creates the first administrator in the browser.
/// </summary>
internal sealed class RoleSeeder(IServiceScopeFactory scopes, FirstRun firstRun, IConfiguration configuration, ILogger<RoleSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().EnsureRolesAsync();
        if (NodeRoles.From(configuration) != NodeRole.Worker && await firstRun.IsOpenAsync(cancellationToken))
        {
            Log.FirstRunOpen(logger, firstRun.Code);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
