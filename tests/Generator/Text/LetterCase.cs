namespace DocArchive.Generator.Text;

/// <summary>How a form prints its labels: as written, all upper case, or all lower case.</summary>
internal enum LetterCase
{
    AsWritten,
    Upper,
    Lower,
}
