using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Accounts;

/// <summary>
/// Creates the roles at start-up, after the catalog's migrations, so the admin page can offer them all; says how to
/// create the first admin when there is no user yet.
/// </summary>
internal sealed class RoleSeeder(IServiceScopeFactory scopes, ILogger<RoleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().EnsureRolesAsync();
        if (!await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().Users.AnyAsync(cancellationToken))
        {
            Log.NoUsers(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
