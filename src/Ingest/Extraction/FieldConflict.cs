namespace DocArchive.Ingest.Extraction;

/// <summary>Two sources disagreed on a field (a valid MRZ against a printed label): the value kept and the one set aside.</summary>
public sealed record FieldConflict(string Field, string Kept, string KeptSource, string Other, string OtherSource);
