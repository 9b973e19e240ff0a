using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Model;

/// <summary>One uploaded original, identified by its content: the same bytes are always the same document.</summary>
public sealed class Document
{
    public const int LeaseOwnerMaxLength = 100;

    public const int DocumentNumberMaxLength = 200;

    public const int EmployerMaxLength = 300;

    public const int LocationMaxLength = 300;

    public const int ReasonMaxLength = 2000;

    public const int WithdrawnByMaxLength = 256;

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

    /// <summary>
    /// Why the document failed, as the short English reason of its <see cref="FailureCode"/> (what the API and the shell
    /// say); the technical detail is only in the log.
    /// </summary>
    public string? FailureReason { get; set; }

    /// <summary>
    /// Why the document failed, as one of <see cref="Reading.ReadFailures"/>, which the interface says in the user's
    /// language; null for a document not failed, or failed before the codes were recorded.
    /// </summary>
    public string? FailureCode { get; set; }

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

    /// <summary>permit, rptka, minutes, field_report, passport or other; null until the document is extracted.</summary>
    public string? DocumentType { get; set; }

    /// <summary>How sure the classification is, 0 to 1.</summary>
    public double? DocumentTypeConfidence { get; set; }

    /// <summary>The decision or letter number, without the word <c>Nomor</c>.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>The date the document was made or the visit took place.</summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>The document's employer as printed.</summary>
    public string? Employer { get; set; }

    /// <summary>The employer's comparison key: no legal form, punctuation or case; what per-employer counts group by.</summary>
    public string? EmployerKey { get; set; }

    /// <summary>The place the document is about, as printed.</summary>
    public string? Location { get; set; }

    /// <summary>
    /// Why no fields could be extracted, when the pages were read but extraction failed (one of
    /// <see cref="Extraction.ExtractionFailures"/>); null otherwise.
    /// </summary>
    public string? ExtractionFailure { get; set; }

    /// <summary>
    /// When an admin withdrew the document as junk; null while it is in force. A withdrawn document stays in the catalog
    /// with its original, but is out of the index and of every list, count and export.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The admin who withdrew the document.</summary>
    public string? WithdrawnBy { get; set; }

    /// <summary>Why the document was withdrawn, as the admin wrote it.</summary>
    public string? WithdrawnReason { get; set; }

    public List<DocumentPage> Pages { get; } = [];

    /// <summary>The extracted values with their provenance, one per field key of the record.</summary>
    public List<ExtractedField> Fields { get; } = [];

    /// <summary>Where a valid MRZ and a printed value disagreed.</summary>
    public List<ExtractedConflict> Conflicts { get; } = [];

    /// <summary>The persons the document names, in the record's order.</summary>
    public List<PersonDocument> Persons { get; } = [];

    /// <summary>
    /// What the original carries that a viewer may run or open (JavaScript, launch actions, embedded files): the document
    /// is flagged and its original handed out only as a sandboxed download.
    /// </summary>
    public ActiveContent ActiveContent { get; set; }

    /// <summary>The values officers corrected; kept whatever runs of the ingest job replace.</summary>
    public List<FieldCorrection> Corrections { get; } = [];

    /// <summary>The check digits of its machine-readable zones that fail.</summary>
    public List<MrzCheckFailure> MrzFailures { get; } = [];

    public bool IsFinal => Status is DocumentStatus.Done or DocumentStatus.Failed;

    /// <summary>
    /// The canonical extraction record as stored, from <see cref="Fields"/>, <see cref="Conflicts"/>, <see cref="MrzFailures"/>
    /// and <see cref="Persons"/> (load them first): the document's and persons' values with corrections applied, the fields'
    /// evidence as the machine read it; null while the document has none.
    /// </summary>
    public ExtractionRecord? ToRecord() => DocumentType is null
        ? null
        : new ExtractionRecord
        {
            DocumentType = DocumentType,
            DocumentTypeConfidence = DocumentTypeConfidence ?? 0,
            DocumentNumber = DocumentNumber,
            DocumentDate = DocumentDate,
            Employer = Employer,
            Location = Location,
            Persons = [.. Persons.OrderBy(p => p.Index).Select(p => p.ToRecord())],
            Fields = Fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.ToEvidence(), StringComparer.Ordinal),
            Conflicts = [.. Conflicts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.ToConflict())],
            MrzFailures = [.. MrzFailures.OrderBy(f => f.Page).ThenBy(f => f.Check, StringComparer.Ordinal).Select(f => f.ToFailure())],
        };
}
