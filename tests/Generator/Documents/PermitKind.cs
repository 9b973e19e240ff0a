namespace DocArchive.Generator.Documents;

/// <summary>The stay and work permits of DOMAIN.md.</summary>
internal enum PermitKind
{
    Kitas,
    Itas,
    Kitap,
    Imta,
}
