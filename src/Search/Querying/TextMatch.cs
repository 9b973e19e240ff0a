namespace DocArchive.Search.Querying;

/// <summary>
/// A searched word found in a document's body text: its character offsets in the field (pages one after another)
/// and the word it counts as, without a stem's mark.
/// </summary>
internal readonly record struct TextMatch(int Start, int End, string Word);
