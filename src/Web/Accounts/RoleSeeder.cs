namespace DocArchive.Web.Accounts;

/// <summary>Creates the roles at start-up, after the catalog's migrations, so the admin page can offer them all.</summary>
internal sealed class RoleSeeder(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().EnsureRolesAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
