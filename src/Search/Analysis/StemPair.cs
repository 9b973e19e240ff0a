namespace DocArchive.Search.Analysis;

/// <summary>A word's marked Indonesian and English stems; null where the stem is the word itself.</summary>
internal sealed record StemPair(string? Indonesian, string? English);
