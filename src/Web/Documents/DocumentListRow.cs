using DocArchive.Ingest.Model;

namespace DocArchive.Web.Documents;

/// <summary>A row of the documents list: the document, and the names of the persons it names in their order.</summary>
public sealed record DocumentListRow(Document Document, IReadOnlyList<string> Persons);
