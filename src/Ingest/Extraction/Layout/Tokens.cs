using DocArchive.Ingest.Reading;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Layout;

/// <summary>Splits words into letter/digit runs (<c>Tempat/Tgl.</c> gives TEMPAT, TGL) for label and header matching.</summary>
internal static class Tokens
{
    public static IReadOnlyList<LineToken> Of(IReadOnlyList<PageWord> words)
    {
        var tokens = new List<LineToken>();
        for (var w = 0; w < words.Count; w++)
        {
            var text = words[w].Text;
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inToken = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inToken && start < 0)
                {
                    start = i;
                }
                else if (!inToken && start >= 0)
                {
                    tokens.Add(new LineToken(Fuzzy.Key(text[start..i]), w, start, i, false));
                    start = -1;
                }

                if (i < text.Length && text[i] == ':' && tokens.Count > 0)
                {
                    tokens[^1] = tokens[^1] with { ColonAfter = true };
                }
            }
        }

        return tokens;
    }
}
