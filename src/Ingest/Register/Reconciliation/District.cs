namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>A district (kabupaten/kota) the register counts by: its province, its name and the Imigrasi office whose area it is.</summary>
public sealed record District(string Province, string Name, string Office);
