namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>The characters OCR confuses in a zone, and the repairs a position's class allows.</summary>
internal static class MrzCharacters
{
    /// <summary>Letter-for-digit and digit-for-letter misreads that check digits may decide between.</summary>
    public static IReadOnlyDictionary<char, char[]> Alternatives { get; } = new Dictionary<char, char[]>
    {
        ['0'] = ['O', 'D', 'Q'],
        ['O'] = ['0'],
        ['D'] = ['0'],
        ['Q'] = ['0'],
        ['1'] = ['I', 'L'],
        ['I'] = ['1'],
        ['L'] = ['1'],
        ['2'] = ['Z'],
        ['Z'] = ['2'],
        ['5'] = ['S'],
        ['S'] = ['5'],
        ['6'] = ['G'],
        ['G'] = ['6'],
        ['8'] = ['B'],
        ['B'] = ['8'],
        ['4'] = ['A'],
        ['A'] = ['4'],
        ['7'] = ['T'],
        ['T'] = ['7'],
        ['<'] = ['K', 'C'],
        ['K'] = ['<'],
        ['C'] = ['<'],
    };

    /// <summary>A character as a digit position must hold it: letters that look like digits become those digits.</summary>
    public static char ToDigit(char c) => c switch
    {
        'O' or 'D' or 'Q' or 'U' => '0',
        'I' or 'L' or 'J' => '1',
        'Z' => '2',
        'A' => '4',
        'S' => '5',
        'G' => '6',
        'T' => '7',
        'B' => '8',
        _ => c,
    };

    /// <summary>A character as a letter position must hold it: digits that look like letters become those letters.</summary>
    public static char ToLetter(char c) => c switch
    {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '4' => 'A',
        '5' => 'S',
        '6' => 'G',
        '7' => 'T',
        '8' => 'B',
        _ => c,
    };

    /// <summary>The letters OCR reads a filler chevron as (G for the 6 a digit-minded reading makes of one).</summary>
    public static bool IsFillerLetter(char c) => c is 'K' or 'C' or 'E' or 'L' or 'S' or 'X' or 'G';

    /// <summary>
    /// A line as read reduced to the zone's alphabet: upper case, no spaces, filler look-alikes as <c>&lt;</c>, among them
    /// the lower-case letters OCR without a whitelist reads filler as (<c>c</c>, <c>e</c>, <c>k</c>, <c>a</c>, <c>x</c>) where
    /// three or more such stand together: a zone holds no lower case, but prose does.
    /// </summary>
    public static string Clean(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Replace(" ", string.Empty, StringComparison.Ordinal);
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = FillerRun(text, i) ? '<' : char.ToUpperInvariant(text[i]);
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '<')
            {
                chars.Add(c);
            }
            else if (c is '«' or '‹' or '≤' or '£' or '(' or '[' or '{')
            {
                chars.Add('<');
                if (c == '«')
                {
                    chars.Add('<');
                }
            }
        }

        return new string([.. chars]);
    }

    /// <summary>The lower-case letters of <paramref name="line"/> outside runs of filler look-alikes: a zone holds none, prose is made of them.</summary>
    public static int ProseLetters(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Enumerable.Range(0, line.Length).Count(i => char.IsLower(line[i]) && !FillerRun(line, i));
    }

    /// <summary>Whether the lower-case letter at <paramref name="at"/> stands in a run of three or more filler look-alikes.</summary>
    private static bool FillerRun(string text, int at)
    {
        if (!IsLowerFiller(text[at]))
        {
            return false;
        }

        var (start, end) = (at, at);
        while (start > 0 && IsFillerLike(text[start - 1]))
        {
            start--;
        }

        while (end + 1 < text.Length && IsFillerLike(text[end + 1]))
        {
            end++;
        }

        return end - start >= 2;
    }

    private static bool IsLowerFiller(char c) => c is 'c' or 'e' or 'k' or 'a' or 'x';

    private static bool IsFillerLike(char c) => IsLowerFiller(c) || c is '<' or '«' or '‹';
}
