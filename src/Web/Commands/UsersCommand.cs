using DocArchive.Ingest;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>users add NAME --role ROLE [--role ROLE]</c> creates a user (the password is asked for twice on a terminal, or
/// read as one line from standard input when it is redirected); <c>users list</c> prints every user and their roles;
/// <c>users unlock NAME</c> ends a lockout, so wrong passwords typed by someone else never keep the last admin out.
/// </summary>
public static class UsersCommand
{
    public const string Usage = "usage: docarchive users add NAME --role clerk|officer|analyst|admin [--role ...] [--data-dir DIR]\n" +
                                 "       docarchive users list [--data-dir DIR]\n" +
                                 "       docarchive users unlock NAME [--data-dir DIR]";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        switch (args)
        {
            case ["add", var name, .. var rest] when !name.StartsWith("--", StringComparison.Ordinal):
                var roles = Values(rest, "--role");
                if (roles.Count == 0)
                {
                    break;
                }

                return await WithAccountsAsync(Switches(rest), async services =>
                {
                    if (ReadPassword(input, output) is not { } password)
                    {
                        await output.WriteLineAsync("The two passwords differ; nothing was changed.");
                        return 1;
                    }

                    var errors = await services.GetRequiredService<ArchiveAccounts>().CreateAsync(name, password, roles);
                    foreach (var error in errors)
                    {
                        await output.WriteLineAsync(error.Description);
                    }

                    if (errors.Count == 0)
                    {
                        await output.WriteLineAsync($"User {name} created with role {string.Join(", ", roles)}.");
                    }

                    return errors.Count == 0 ? 0 : 1;
                }, cancellationToken);
            case ["unlock", var name, .. var rest] when !name.StartsWith("--", StringComparison.Ordinal):
                return await WithAccountsAsync(Switches(rest), async services =>
                {
                    if (await services.GetRequiredService<UserManager<ArchiveUser>>().FindByNameAsync(name) is not { } user)
                    {
                        await output.WriteLineAsync($"There is no user {name}.");
                        return 1;
                    }

                    await services.GetRequiredService<ArchiveAccounts>().UnlockAsync(user);
                    await output.WriteLineAsync($"User {name} unlocked: they can sign in again at once.");
                    return 0;
                }, cancellationToken);
            case ["list", .. var rest]:
                return await WithAccountsAsync(Switches(rest), async services =>
                {
                    var users = services.GetRequiredService<UserManager<ArchiveUser>>();
                    foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken))
                    {
                        await output.WriteLineAsync($"{user.UserName}\t{string.Join(",", await users.GetRolesAsync(user))}");
                    }

                    return 0;
                }, cancellationToken);
        }

        await output.WriteLineAsync(Usage);
        return 2;
    }

    private static async Task<int> WithAccountsAsync(string[] hostArgs, Func<IServiceProvider, Task<int>> action, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(hostArgs, readsPages: false);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await CatalogDatabase.MigrateAsync(db, host.Services.GetRequiredService<IOptions<IngestOptions>>().Value, cancellationToken);
        await AuditLogGuard.EnsureAsync(db, cancellationToken);
        return await action(scope.ServiceProvider);
    }

    /// <summary>The password: one line from redirected input, or typed twice without echo on a terminal.</summary>
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (Console.IsInputRedirected || !ReferenceEquals(input, Console.In))
        {
            return input.ReadLine() ?? "";
        }

        output.Write("Password: ");
        var first = ReadHidden(output);
        output.Write("Again: ");
        return ReadHidden(output) == first ? first : null;
    }

    private static string ReadHidden(TextWriter output)
    {
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }

    private static List<string> Values(string[] args, string name) =>
        args.Select((arg, i) => (arg, i)).Where(a => a.arg == name && a.i + 1 < args.Length).Select(a => args[a.i + 1]).ToList();

    /// <summary>The arguments meant for the host (<c>--data-dir DIR</c>, configuration keys), without the roles.</summary>
    private static string[] Switches(string[] args) =>
        args.Where((_, i) => args[i] != "--role" && (i == 0 || args[i - 1] != "--role")).ToArray();
}
