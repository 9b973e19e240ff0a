using System.Security.Cryptography;
using System.Text;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Setup;

/// <summary>
/// The archive's first run: while no user exists, the first administrator is created in the browser by whoever holds
/// the one-time setup code the server printed at start-up. Once any user exists it is closed for good.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes)
{
    /// <summary>Letters and digits that cannot be mistaken for each other when read off a terminal.</summary>
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool closed;

    /// <summary>The setup code while the archive has no user, made once per process.</summary>
    public string Code { get; } = NewCode();

    /// <summary>Whether no user exists yet; once one does, this answers false without asking the catalog again.</summary>
    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken)
    {
        if (closed)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        closed = await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().Users.AnyAsync(cancellationToken);
        return !closed;
    }

    /// <summary>
    /// Creates the first administrator if <paramref name="code"/> is the setup code and still no user exists; two people
    /// sending the form at once get one administrator, and the other is told it exists.
    /// </summary>
    public async Task<FirstRunOutcome> CreateAdministratorAsync(string code, string userName, string password, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!await IsOpenAsync(cancellationToken))
            {
                return FirstRunOutcome.AlreadyDone;
            }

            if (!Matches(code))
            {
                return FirstRunOutcome.WrongCode;
            }

            await using var scope = scopes.CreateAsyncScope();
            var errors = await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().CreateAsync(userName, password, [ArchiveRoles.Admin]);
            if (errors.Count > 0)
            {
                return FirstRunOutcome.Refused(errors);
            }

            closed = true;
            return FirstRunOutcome.Created;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Compares in constant time, ignoring case, spaces and dashes as typed.</summary>
    private bool Matches(string typed)
    {
        var normalized = new string((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var expected = Code.Replace("-", "", StringComparison.Ordinal);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(normalized), Encoding.ASCII.GetBytes(expected));
    }

    private static string NewCode()
    {
        var letters = RandomNumberGenerator.GetString(Alphabet, 12);
        return $"{letters[..4]}-{letters[4..8]}-{letters[8..]}";
    }
}
