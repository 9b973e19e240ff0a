using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Accounts;

/// <summary>
/// The absolute end of a sign-in: the cookie slides with use (<see cref="WebOptions.IdleTimeout"/>), but the moment of
/// signing in travels with it and a sign-in older than <see cref="WebOptions.SessionLifetime"/> is refused; otherwise the
/// user's security stamp decides (signed out, new password or roles, disabled, sessions ended by an admin).
/// </summary>
public static class SessionLifetime
{
    private const string SignedInAt = "docarchive.signedin";

    /// <summary>Records when the user signed in, once; a refreshed cookie keeps the first moment.</summary>
    public static Task StampAsync(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Properties.Items.ContainsKey(SignedInAt))
        {
            context.Properties.Items[SignedInAt] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lifetime = context.HttpContext.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SessionLifetime;
        if (context.Properties.Items.TryGetValue(SignedInAt, out var stamped) &&
            DateTimeOffset.TryParse(stamped, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt) &&
            Now(context.HttpContext) - signedInAt > lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
