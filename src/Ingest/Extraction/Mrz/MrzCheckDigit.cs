namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>The ICAO 9303 check digit: weights 7, 3, 1; digits count as themselves, A-Z as 10-35, filler as 0.</summary>
internal static class MrzCheckDigit
{
    public static int Compute(string data)
    {
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < data.Length; i++)
        {
            sum += Value(data[i]) * weights[i % 3];
        }

        return sum % 10;
    }

    /// <summary>Whether <paramref name="digit"/> is the check digit of <paramref name="data"/>.</summary>
    public static bool Verify(string data, char digit) =>
        char.IsAsciiDigit(digit) ? Compute(data) == digit - '0' : digit == '<' && data.All(c => c == '<');

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 0,
    };
}
