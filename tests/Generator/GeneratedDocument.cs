namespace DocArchive.Generator;

/// <summary>One generated file, its truth record beside it, and what it is.</summary>
public sealed record GeneratedDocument(string File, string TruthFile, DocumentKind Kind, OutputFormat Format, int Dpi, int Pages, Capture Capture);
