namespace DocArchive.Ingest.Model;

/// <summary>
/// An officer's value for one field of a document's record, keyed like <see cref="ExtractedField"/> by document and field
/// key, with the machine value it replaced and who set it when. The ingest job never deletes it: running the document
/// again applies it to the new record.
/// </summary>
public sealed class FieldCorrection
{
    public const int UserMaxLength = 256;

    public Guid DocumentId { get; set; }

    public required string Key { get; set; }

    /// <summary>The corrected value in the field's normalised form (ISO dates, alpha-3 nationalities, compact passport numbers).</summary>
    public required string Value { get; set; }

    /// <summary>What the machine had read when the value was corrected; null when it had read nothing.</summary>
    public string? MachineValue { get; set; }

    public required string CorrectedBy { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }
}
