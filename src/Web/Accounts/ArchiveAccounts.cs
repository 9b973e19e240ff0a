using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Accounts;

/// <summary>Creates users, changes their roles and unlocks them, for the <c>users</c> verb and the admin page alike.</summary>
public sealed class ArchiveAccounts(UserManager<ArchiveUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <summary>Makes sure every role of <see cref="ArchiveRoles.All"/> exists.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in ArchiveRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>The code of the error for a role not in <see cref="ArchiveRoles.All"/>.</summary>
    public const string UnknownRole = "UnknownRole";

    /// <summary>Creates a user with the password and roles; the errors say why it could not be done.</summary>
    public async Task<IReadOnlyList<IdentityError>> CreateAsync(string userName, string password, IReadOnlyCollection<string> userRoles)
    {
        ArgumentNullException.ThrowIfNull(userRoles);
        var unknown = userRoles.Where(r => !ArchiveRoles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
        {
            return [new IdentityError { Code = UnknownRole, Description = $"Unknown role {string.Join(", ", unknown)}; roles are {string.Join(", ", ArchiveRoles.All)}." }];
        }

        await EnsureRolesAsync();
        var user = new ArchiveUser { UserName = userName, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Errors(created);
        }

        return userRoles.Count == 0 ? [] : Errors(await users.AddToRolesAsync(user, userRoles));
    }

    /// <summary>Gives the user exactly these roles; their sign-in is checked again at once.</summary>
    public async Task<IReadOnlyList<IdentityError>> SetRolesAsync(ArchiveUser user, IReadOnlyCollection<string> userRoles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(userRoles);
        await EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(userRoles, StringComparer.Ordinal));
        if (!removed.Succeeded)
        {
            return Errors(removed);
        }

        var added = await users.AddToRolesAsync(user, userRoles.Where(ArchiveRoles.IsKnown).Except(current, StringComparer.Ordinal));
        return added.Succeeded ? Errors(await users.UpdateSecurityStampAsync(user)) : Errors(added);
    }

    /// <summary>Ends a lockout at once and forgets the wrong passwords counted so far.</summary>
    public async Task UnlockAsync(ArchiveUser user)
    {
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    private static List<IdentityError> Errors(IdentityResult result) => [.. result.Errors];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", Errors(result).Select(e => e.Description)));
        }
    }
}
