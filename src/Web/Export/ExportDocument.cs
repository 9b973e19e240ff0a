using DocArchive.Ingest.Model;

namespace DocArchive.Web.Export;

/// <summary>The columns of a catalog document that an export shows, read without the rest of its row.</summary>
public sealed record ExportDocument(
    Guid Id,
    string OriginalName,
    string ContentType,
    int PageCount,
    DocumentStatus Status,
    DateTimeOffset UploadedAt,
    string UploadedBy,
    string? DocumentType,
    double? DocumentTypeConfidence,
    string? DocumentNumber,
    DateOnly? DocumentDate,
    string? Employer,
    string? Location);
