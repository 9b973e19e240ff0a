namespace DocArchive.Web.Export;

/// <summary>A document to export, with the page the search found it on and the excerpt, when a search found it.</summary>
public sealed record ExportHit(Guid DocumentId, int? BestPage = null, string? Excerpt = null);
