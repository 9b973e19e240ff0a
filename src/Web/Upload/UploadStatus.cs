using DocArchive.Ingest.Catalog;

namespace DocArchive.Web.Upload;

/// <summary>
/// Where an uploaded document stands; <see cref="Searchable"/> is true once it is in the index. A failed one has its
/// <see cref="FailureCode"/> (one of <see cref="Ingest.Pages.ReadFailures"/>) and technical <see cref="FailureReason"/>.
/// </summary>
public sealed record UploadStatus(Guid Id, string FileName, DocumentStatus Status, string? FailureCode, string? FailureReason, int PageCount, bool Searchable);
