namespace DocArchive.Ingest.Blobs;

/// <summary>An original as stored: its hash (its name), its size and the kind sniffed from its first bytes (null when unknown).</summary>
public sealed record StoredBlob(string Sha256, long Size, string? ContentType);
