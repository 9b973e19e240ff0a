namespace DocArchive.Search.Querying;

/// <summary>One thing typed in the search box: a word or a quoted phrase, wanted or excluded (<c>-word</c>).</summary>
internal sealed record SearchTerm(string Text, bool IsPhrase, bool IsExcluded);
