namespace DocArchive.Web.Review;

/// <summary>A document's items on one page of the review queue, and how many the queue holds for it in all.</summary>
public sealed record ReviewGroup(Guid DocumentId, string FileName, string DocumentType, DateTimeOffset UploadedAt, int Count, IReadOnlyList<ReviewCard> Cards);
