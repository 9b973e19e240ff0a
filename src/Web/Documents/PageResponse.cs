using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;

namespace DocArchive.Web.Documents;

/// <summary>One page as the API shows it.</summary>
public sealed record PageResponse(int Number, PageTextSource? Source, double Confidence, string? FailureCode, string? FailureReason, string Text)
{
    public static PageResponse From(DocumentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageResponse(page.Number, page.Source, page.Confidence, page.FailureCode, page.FailureReason, page.Text);
    }
}
