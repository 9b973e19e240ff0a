using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Identity;

namespace DocArchive.Web.Accounts;

/// <summary>Identity's rules for DocArchive, shared by the web host and the <c>users</c> verb.</summary>
public static class ArchiveIdentity
{
    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public const int MinPasswordLength = 12;

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Length over composition rules: a long passphrase is stronger than a short mix of classes.
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>The stores and managers without the sign-in cookie: what the <c>users</c> verb needs.</summary>
    public static IdentityBuilder AddArchiveIdentityCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddIdentityCore<ArchiveUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CatalogDbContext>();
    }
}
