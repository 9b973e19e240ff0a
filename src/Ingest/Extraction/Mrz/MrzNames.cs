namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>The name field of a zone: <c>SURNAME&lt;&lt;GIVEN&lt;NAMES</c>, with filler that OCR read as letters put back.</summary>
internal static class MrzNames
{
    /// <summary>A letter this many times in a row is no name's.</summary>
    private const int RepeatedRun = 3;

    /// <summary>
    /// Turns the letters OCR reads filler as back into filler where the names have ended: single filler-like letters
    /// (K, C, L, E) standing alone in the trailing filler, everything after the given names that is only such letters,
    /// and such letters from a run of three of one of them to the end. Letters inside the name are left alone.
    /// </summary>
    public static void CleanFiller(char[] line, int start, int length)
    {
        FillAfterGivenNames(line, start, length);
        FillFromRepeatedLetters(line, start, length);
        var end = start + length;
        var i = end - 1;
        while (i >= start)
        {
            while (i >= start && line[i] == '<')
            {
                i--;
            }

            var tokenEnd = i;
            while (i >= start && line[i] != '<')
            {
                i--;
            }

            var tokenStart = i + 1;
            var fillerBefore = 0;
            while (i - fillerBefore >= start && line[i - fillerBefore] == '<')
            {
                fillerBefore++;
            }

            var token = new string(line, tokenStart, tokenEnd - tokenStart + 1);
            if (token.Length == 0 || token.Length > 3 || fillerBefore < 2 || token.Any(c => c is not ('K' or 'C' or 'L' or 'E')))
            {
                return;
            }

            Array.Fill(line, '<', tokenStart, token.Length);
        }
    }

    /// <summary>
    /// ICAO 9303 parts the surname from the given names with one <c>&lt;&lt;</c> and the names within each with one
    /// <c>&lt;</c>: once the given names have begun, the next <c>&lt;&lt;</c> ends them. What follows is filler when all OCR
    /// read there is filler and the letters it reads filler as; another name part (an OCR-doubled separator) is kept.
    /// </summary>
    private static void FillAfterGivenNames(char[] line, int start, int length)
    {
        var field = new string(line, start, length);
        var separator = field.IndexOf("<<", StringComparison.Ordinal);
        if (separator < 0)
        {
            return;
        }

        var given = separator + 2;
        while (given < field.Length && field[given] == '<')
        {
            given++;
        }

        var end = given < field.Length ? field.IndexOf("<<", given, StringComparison.Ordinal) : -1;
        if (end >= 0 && field[end..].All(c => c == '<' || MrzCharacters.IsFillerLetter(c)))
        {
            Array.Fill(line, '<', start + end, length - end);
        }
    }

    /// <summary>
    /// No name holds a letter three times in a row: from such a run of a letter OCR reads filler as, when only filler and
    /// such letters follow to the end of the field, it is filler read as letters.
    /// </summary>
    private static void FillFromRepeatedLetters(char[] line, int start, int length)
    {
        var end = start + length;
        for (var i = start; i + RepeatedRun <= end; i++)
        {
            if (MrzCharacters.IsFillerLetter(line[i]) && line.AsSpan(i, RepeatedRun).Count(line[i]) == RepeatedRun)
            {
                if (line.AsSpan(i, end - i).ToArray().All(c => c == '<' || MrzCharacters.IsFillerLetter(c)))
                {
                    Array.Fill(line, '<', i, end - i);
                }

                return;
            }
        }
    }

    /// <summary>The surname and the given names, filler as spaces.</summary>
    public static (string Surname, string Given) Split(string field)
    {
        var trimmed = field.TrimEnd('<');
        var separator = trimmed.IndexOf("<<", StringComparison.Ordinal);
        var surname = separator < 0 ? trimmed : trimmed[..separator];
        var given = separator < 0 ? string.Empty : trimmed[(separator + 2)..];
        return (Words(surname), Words(given));
    }

    private static string Words(string part) =>
        string.Join(' ', part.Split('<', StringSplitOptions.RemoveEmptyEntries));
}
