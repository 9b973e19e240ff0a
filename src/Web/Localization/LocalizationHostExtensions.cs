using System.Globalization;
using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Localization;

namespace DocArchive.Web.Localization;

/// <summary>Bahasa Indonesia unless the language cookie asks for English.</summary>
public static class LocalizationHostExtensions
{
    public static IHostApplicationBuilder AddInterfaceLanguages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<UiText>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = ArchiveLanguages.All.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(ArchiveLanguages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = LanguageCookie.Name }];
        });
        return builder;
    }
}
