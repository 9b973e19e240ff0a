namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>What a position of the zone may hold; decides which OCR confusions may be repaired there.</summary>
internal enum MrzCharClass
{
    /// <summary>Letters or filler (names, country codes, sex).</summary>
    Alpha,

    /// <summary>Digits (dates, check digits; filler allowed for an empty optional field's check digit).</summary>
    Digit,

    /// <summary>Letters, digits or filler (document number, optional data).</summary>
    Alphanumeric,
}
