using System.Globalization;
using DocArchive.Ingest.Accounts;
using DocArchive.Text;

namespace DocArchive.Web.Localization;

/// <summary>Nationalities as people read them: the country's name in the interface's language, then its code.</summary>
public static class NationalityText
{
    /// <summary><c>Tiongkok (CHN)</c> in Indonesian, <c>China (CHN)</c> in English; a code the table does not know as it is.</summary>
    public static string Nationality(this UiText text, string? code)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Nationalities.Name(code) is not { } name)
        {
            return code ?? string.Empty;
        }

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == ArchiveLanguages.English;
        return $"{(english ? name.English : name.Indonesian)} ({code})";
    }
}
