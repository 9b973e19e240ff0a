using System.Collections.Concurrent;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DocArchive.Search.Analysis;

/// <summary>
/// The Indonesian and English stems of a word, as stacked in the body-text field: a stem is indexed with its mark
/// only when it differs from the word, so a search for a stem looks for the marked stem and for the plain word.
/// Stems are remembered per word (archives repeat their vocabulary), up to <see cref="MaxRemembered"/> words.
/// </summary>
internal static class Stems
{
    /// <summary>Marks an Indonesian stem (<c>\u0001kerja</c> for <c>pekerjaan</c>); no token the tokenizer makes holds it.</summary>
    public const char IndonesianMark = '\u0001';

    /// <summary>Marks an English stem (<c>\u0002worker</c> for <c>workers</c>).</summary>
    public const char EnglishMark = '\u0002';

    private const int MaxRemembered = 500_000;

    private static readonly ConcurrentDictionary<string, StemPair> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, StemPair>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words <see cref="Known"/> holds (its own count takes every lock of the dictionary).</summary>
    private static int remembered;

    [ThreadStatic]
    private static IndonesianStemmer? indonesian;

    [ThreadStatic]
    private static EnglishStemmer? english;

    /// <summary>The word's marked stems that differ from it (null where a stem is the word itself).</summary>
    public static StemPair Of(ReadOnlySpan<char> word)
    {
        if (KnownBySpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var stems = Compute(text);
        if (Volatile.Read(ref remembered) < MaxRemembered && Known.TryAdd(text, stems))
        {
            Interlocked.Increment(ref remembered);
        }

        return stems;
    }

    private static StemPair Compute(string word)
    {
        var buffer = word.ToCharArray();
        indonesian ??= new IndonesianStemmer();
        var indonesianStem = new string(buffer, 0, indonesian.Stem(buffer, buffer.Length, stemDerivational: true));
        english ??= new EnglishStemmer();
        english.SetCurrent(word);
        english.Stem();
        var englishStem = english.Current;
        return new StemPair(
            string.Equals(indonesianStem, word, StringComparison.Ordinal) ? null : IndonesianMark + indonesianStem,
            string.Equals(englishStem, word, StringComparison.Ordinal) ? null : EnglishMark + englishStem);
    }
}
