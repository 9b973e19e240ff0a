using DocArchive.Ingest.Reading;

namespace DocArchive.Web.Localization;

/// <summary>Why a document or page could not be read, in the interface's language.</summary>
public static class ReadFailureText
{
    /// <summary>
    /// The text of a <see cref="ReadFailures"/> code; a failure recorded without a known code (before codes were
    /// recorded) reads as <see cref="ReadFailures.Unreadable"/>, its technical detail shown beside it.
    /// </summary>
    public static string ReadFailure(this UiText text, string? code)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Key(code)];
    }

    /// <summary>
    /// The text of a document's failure, saying for <see cref="ReadFailures.TooManyPages"/> how many pages it has
    /// (<paramref name="pageCount"/>) and how many a document may have (<paramref name="maxPages"/>).
    /// </summary>
    public static string ReadFailure(this UiText text, string? code, int pageCount, int maxPages)
    {
        ArgumentNullException.ThrowIfNull(text);
        return code == ReadFailures.TooManyPages ? text["failure.too-many-pages.count", pageCount, maxPages] : text[Key(code)];
    }

    public static string Key(string? code) =>
        $"failure.{(code is not null && ReadFailures.All.Contains(code, StringComparer.Ordinal) ? code : ReadFailures.Unreadable)}";
}
