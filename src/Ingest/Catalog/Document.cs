namespace DocArchive.Ingest.Catalog;

/// <summary>One uploaded original, identified by its content: the same bytes are always the same document.</summary>
public sealed class Document
{
    public const int LeaseOwnerMaxLength = 100;

    public Guid Id { get; set; }

    /// <summary>The SHA-256 of the original, lower-case hex; unique.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file name as the clerk gave it, cleaned of directories and control characters.</summary>
    public required string OriginalName { get; set; }

    /// <summary>The kind sniffed from the first bytes, or <c>application/octet-stream</c> when it is none DocArchive reads.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>Why the document failed, in words a clerk understands.</summary>
    public string? FailureReason { get; set; }

    /// <summary>Transient failures so far; the ingest job gives up after a bounded number.</summary>
    public int FailedAttempts { get; set; }

    public int PageCount { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the document last entered the search index; null while it is not searchable.</summary>
    public DateTimeOffset? IndexedAt { get; set; }

    /// <summary>Who is reading the document now; null when nobody is. Writes by a reader that lost its claim fail.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the reader's claim ends unless it is renewed; after it, another reader may take the document.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public List<DocumentPage> Pages { get; } = [];

    public bool IsFinal => Status is DocumentStatus.Done or DocumentStatus.Failed;
}
