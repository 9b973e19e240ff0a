using DocArchive.Generator.Layout;
using DocArchive.Generator.Text;

namespace DocArchive.Generator.Documents;

/// <summary>The typographic choices of one document: font, size, label language and case, how values follow labels.</summary>
internal sealed record DocumentStyle(PageFonts Fonts, double Size, LabelLanguage Language, LetterCase LabelCase, KeyValueStyle KeyValue)
{
    public static DocumentStyle Draw(Random random) => new(
        random.Pick(PageFonts.All),
        10.5 + random.Next(4) * 0.5,
        random.Next(10) switch { < 5 => LabelLanguage.Indonesian, < 7 => LabelLanguage.English, _ => LabelLanguage.Bilingual },
        random.DrawLetterCase(),
        random.Next(10) switch { < 5 => KeyValueStyle.AlignedColon, < 7 => KeyValueStyle.InlineColon, < 9 => KeyValueStyle.NoColon, _ => KeyValueStyle.NextLine });

    public PageComposer NewComposer() => new(Fonts, Size);

    public string Label(Random random, Field field) => Labels.Pick(random, field, Language, LabelCase);

    public double ValueColumn => Language == LabelLanguage.Bilingual ? 262 : 212;
}
