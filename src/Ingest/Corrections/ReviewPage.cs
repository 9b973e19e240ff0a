namespace DocArchive.Ingest.Corrections;

/// <summary>One page of the review queue and how many items the whole queue holds.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Total);
