using System.Security.Claims;
using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Accounts;

/// <summary>
/// Identity's sign-in, refusing a disabled user (they cannot sign in, and their cookie is refused at its next request),
/// and answering in the same time whatever the name: an unknown name, a locked or disabled account each cost one
/// password hash, as a wrong password for a real user does, so the time of an answer does not tell which names exist.
/// </summary>
public sealed class ArchiveSignInManager(
    UserManager<ArchiveUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ArchiveUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ArchiveUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ArchiveUser> confirmation)
    : SignInManager<ArchiveUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of no one's password, made once with the archive's hasher and its cost.</summary>
    private static string? decoy;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        HashOnce(password);
        return SignInResult.Failed;
    }

    /// <summary>
    /// A disabled account answers "not allowed" only to whoever gives its password (anyone else hears "wrong name or
    /// password"); a locked account answers "locked out" whatever the password, after the same work.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(ArchiveUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.DisabledAt is not null)
        {
            return await UserManager.CheckPasswordAsync(user, password) ? SignInResult.NotAllowed : SignInResult.Failed;
        }

        if (await IsLockedOut(user))
        {
            HashOnce(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<bool> CanSignInAsync(ArchiveUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisabledAt is null && await base.CanSignInAsync(user);
    }

    public override async Task<ArchiveUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { DisabledAt: null } user ? user : null;

    /// <summary>The work of checking one password, whose answer nobody needs.</summary>
    private void HashOnce(string password)
    {
        var hasher = UserManager.PasswordHasher;
        var hash = decoy ??= hasher.HashPassword(new ArchiveUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new ArchiveUser(), hash, password);
    }
}
