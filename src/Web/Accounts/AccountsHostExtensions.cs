using DocArchive.Ingest;
using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Authentication.Cookies;
using DocArchive.Web.Security;
using DocArchive.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Accounts;

/// <summary>Registers Identity on the catalog, the sign-in cookie and the access policies.</summary>
public static class AccountsHostExtensions
{
    public const string SignInPath = "/account/signin";

    public const string DeniedPath = "/account/denied";

    /// <summary>
    /// The folder of the data directory that holds the keys protecting sign-in cookies and antiforgery tokens: shared
    /// by every web node of an office, so a user signed in on one is signed in on all, and kept across restarts.
    /// </summary>
    public const string KeysFolder = "keys";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddIdentity<ArchiveUser, IdentityRole>(ArchiveIdentity.Configure)
            .AddEntityFrameworkStores<Ingest.Catalog.CatalogDbContext>()
            .AddSignInManager<ArchiveSignInManager>()
            .AddDefaultTokenProviders();
        // The user's security stamp is checked at every request: signing out, a new password, new roles, disabling the user
        // or an admin ending their sessions refuses every cookie issued before, at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => cookie.ExpireTimeSpan = web.Value.IdleTimeout);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "docarchive.auth";
            cookie.Cookie.HttpOnly = true;

            // Secure over HTTPS (directly or through a trusted reverse proxy); over plain HTTP on the office network the
            // cookie is sent as the request came, or no browser would keep it, and every page warns (PlainHttp).
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = DeniedPath;
            cookie.Events = new CookieAuthenticationEvents
            {
                // The events replace Identity's, which check the user (disabled, password changed) at every request.
                OnSigningIn = SessionLifetime.StampAsync,
                OnValidatePrincipal = SessionLifetime.ValidateAsync,
                OnRedirectToLogin = context => AnswerApi(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => AnswerApi(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorizationBuilder().AddArchivePolicies();
        var protection = services.AddDataProtection().SetApplicationName("DocArchive");
        if (KeyCertificate.Load(builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions()) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddOptions<KeyManagementOptions>().Configure<IOptions<IngestOptions>, ILoggerFactory>((keys, ingest, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(OwnerOnlyFolder(Path.Combine(ingest.Value.DataDir, KeysFolder)), logging));
        services.AddScoped<ArchiveAccounts>();
        services.AddSingleton<FirstRun>();
        services.AddHostedService<RoleSeeder>();
        return builder;
    }

    /// <summary>The folder, made readable by the service's own user only (the keys decrypt every cookie).</summary>
    private static DirectoryInfo OwnerOnlyFolder(string path)
    {
        var folder = Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        return folder;
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
