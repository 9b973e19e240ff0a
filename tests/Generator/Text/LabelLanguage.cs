namespace DocArchive.Generator.Text;

/// <summary>The language of a form's labels.</summary>
internal enum LabelLanguage
{
    Indonesian,
    English,
    Bilingual,
}
