namespace DocArchive.Ingest.Reading;

/// <summary>One word read on a page: its text, its confidence (0 to 1) and where it stands.</summary>
public sealed record PageWord(string Text, double Confidence, BoundingBox Box, int Line);
