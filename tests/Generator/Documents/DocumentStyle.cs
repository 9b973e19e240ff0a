using DocArchive.Generator.Layout;
using DocArchive.Generator.Text;

namespace DocArchive.Generator.Documents;

/// <summary>The typographic choices of one document: font, size, label language and case, how values follow labels.</summary>
internal sealed record DocumentStyle(PageFonts Fonts, double Size, LabelLanguage Language, LetterCase LabelCase, KeyValueStyle KeyValue)
{
    /// <summary>A random style; a held-out document is set in <see cref="PageFonts.HeldOut"/>, drawn the same way otherwise.</summary>
    public static DocumentStyle Draw(Random random, LayoutSet layouts)
    {
        var fonts = random.Pick(PageFonts.All);
        return new(
            layouts == LayoutSet.HeldOut ? PageFonts.HeldOut : fonts,
            10.5 + random.Next(4) * 0.5,
            random.Next(10) switch { < 5 => LabelLanguage.Indonesian, < 7 => LabelLanguage.English, _ => LabelLanguage.Bilingual },
            random.DrawLetterCase(),
            random.Next(10) switch { < 5 => KeyValueStyle.AlignedColon, < 7 => KeyValueStyle.InlineColon, < 9 => KeyValueStyle.NoColon, _ => KeyValueStyle.NextLine });
    }

    public PageComposer NewComposer() => new(Fonts, Size);

    public string Label(Random random, Field field) => Labels.Pick(random, field, Language, LabelCase);

    public double ValueColumn => Language == LabelLanguage.Bilingual ? 262 : 212;
}
