namespace DocArchive.Web.Corrections;

/// <summary>What the document page shows of a done document for correction: each read page with its fields.</summary>
public sealed record FieldReviewView(Guid DocumentId, int PersonCount, IReadOnlyList<PageReview> Pages);
