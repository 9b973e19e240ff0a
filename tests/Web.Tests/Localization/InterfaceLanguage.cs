using System.Globalization;

namespace DocArchive.Web.Tests.Localization;

/// <summary>Runs a read in one interface language, as a request whose language cookie asks for it does.</summary>
public static class InterfaceLanguage
{
    public static T In<T>(string language, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
