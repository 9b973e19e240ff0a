namespace DocArchive.Ingest.Model;

/// <summary>
/// An officer's word that the machine read a field right: the value confirmed, who and when. It takes the field off the
/// review queue while the reading is that value; a new reading of another value puts it back. It changes no value.
/// </summary>
public sealed class FieldConfirmation
{
    public Guid DocumentId { get; set; }

    public required string Key { get; set; }

    /// <summary>The machine's value the officer confirmed.</summary>
    public required string Value { get; set; }

    public required string ConfirmedBy { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }
}
