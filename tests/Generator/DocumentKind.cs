namespace DocArchive.Generator;

/// <summary>What the generator composes: every permit kind, a permit with its passport page behind, and the other types.</summary>
public enum DocumentKind
{
    Kitas,
    Itas,
    Kitap,
    Imta,
    PermitWithPassport,
    Passport,
    Rptka,
    FieldReport,
    Minutes,
}
