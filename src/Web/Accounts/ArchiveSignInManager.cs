using System.Security.Claims;
using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Accounts;

/// <summary>
/// Identity's sign-in, refusing a disabled user: they cannot sign in, and their sign-in cookie stops working at its
/// next check (<see cref="SecurityStampValidatorOptions.ValidationInterval"/>, a minute).
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
    public override async Task<bool> CanSignInAsync(ArchiveUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisabledAt is null && await base.CanSignInAsync(user);
    }

    public override async Task<ArchiveUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { DisabledAt: null } user ? user : null;
}
