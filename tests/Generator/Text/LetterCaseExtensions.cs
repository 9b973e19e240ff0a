using System.Globalization;

namespace DocArchive.Generator.Text;

/// <summary>Applies a <see cref="LetterCase"/>, and title-cases upper-case names.</summary>
internal static class LetterCaseExtensions
{
    public static string Apply(this LetterCase letterCase, string text) => letterCase switch
    {
        LetterCase.Upper => text.ToUpperInvariant(),
        LetterCase.Lower => text.ToLowerInvariant(),
        _ => text,
    };

    public static LetterCase DrawLetterCase(this Random random) => random.Next(10) switch
    {
        < 6 => LetterCase.AsWritten,
        < 9 => LetterCase.Upper,
        _ => LetterCase.Lower,
    };

    public static string TitleCase(this string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
