using DocArchive.Ingest.Catalog;

namespace DocArchive.Web.Upload;

/// <summary>Where an uploaded document stands; <see cref="Searchable"/> is true once it is in the index.</summary>
public sealed record UploadStatus(Guid Id, string FileName, DocumentStatus Status, string? FailureReason, int PageCount, bool Searchable);
