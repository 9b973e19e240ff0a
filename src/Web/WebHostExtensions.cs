using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocArchive.Web.Accounts;
using DocArchive.Web.Audit;
using DocArchive.Web.Errors;
using DocArchive.Web.Export;
using DocArchive.Web.Localization;
using DocArchive.Web.Security;
using DocArchive.Web.Upload;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace DocArchive.Web;

/// <summary>Registers and wires the web host: pages, JSON API, limits and error answers.</summary>
public static class WebHostExtensions
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>()
            .Bind(builder.Configuration.GetSection(WebOptions.Section))
            .ValidateDataAnnotations()
            .Validate(web => web.TrustedProxies.All(p => IPAddress.TryParse(p, out _)), "Web:TrustedProxies must list IP addresses.")
            .Validate(web => KeyCertificate.Problem(web) is null, "Web:KeyCertificate must be a readable PKCS#12 file with a private key (and its Web:KeyCertificatePassword).")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<WebOptions>>((kestrel, web) => kestrel.Limits.MaxRequestBodySize = web.Value.MaxUploadBytes);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in web.Value.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/";
            pages.Conventions.AuthorizeArchivePages();
        }).AddMvcOptions(mvc =>
        {
            mvc.Filters.Add<FormExpiredFilter>();
            mvc.Filters.Add<AuditedPageHandler>();
        });
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddScoped<UploadReceiver>();
        services.AddScoped<MyUploads>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorization>();
        services.AddScoped<ExportRows>();
        builder.AddAccounts();
        builder.AddInterfaceLanguages();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseErrorPages();
        app.UseStaticFiles();
        app.UseNoStore();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseSameOriginApi();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAudit();
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }
}
