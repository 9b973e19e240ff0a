namespace DocArchive.Generator.Documents;

/// <summary>The stay and work permits of docs/domain.md#document-types.</summary>
internal enum PermitKind
{
    Kitas,
    Itas,
    Kitap,
    Imta,
}
