using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Accounts;

/// <summary>Registers Identity on the catalog, the sign-in cookie and the access policies.</summary>
public static class AccountsHostExtensions
{
    public const string SignInPath = "/account/signin";

    public const string DeniedPath = "/account/denied";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddIdentity<ArchiveUser, IdentityRole>(ArchiveIdentity.Configure)
            .AddEntityFrameworkStores<Ingest.Catalog.CatalogDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "docarchive.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = DeniedPath;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => AnswerApi(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => AnswerApi(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorizationBuilder().AddArchivePolicies();
        services.AddScoped<ArchiveAccounts>();
        services.AddHostedService<RoleSeeder>();
        return builder;
    }

    /// <summary>API callers get a status code; people in a browser get the sign-in or refusal page.</summary>
    private static Task AnswerApi(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
