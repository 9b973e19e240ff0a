namespace DocArchive.Ingest.Extraction.Layout;

/// <summary>
/// A run of letters or digits inside a row's word, keyed for fuzzy matching: word <paramref name="Word"/>, characters
/// <paramref name="Start"/> to <paramref name="End"/>; <paramref name="ColonAfter"/> when a colon follows it.
/// </summary>
internal sealed record LineToken(string Key, int Word, int Start, int End, bool ColonAfter);
