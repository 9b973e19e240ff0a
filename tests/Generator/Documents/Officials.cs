using DocArchive.Generator.Layout;

namespace DocArchive.Generator.Documents;

/// <summary>Indonesian officials who sign documents (their names are not foreign workers and appear in no record).</summary>
internal static class Officials
{
    private static readonly string[] Names =
    [
        "Drs. H. Ahmad Syaifullah, M.Si.", "Ir. Bambang Sutrisno, M.M.", "Dr. Rina Kartikasari, S.H., M.H.", "Budi Santoso, S.Sos.",
        "Hj. Siti Nurhaliza, S.E.", "Agus Prasetyo, S.H.", "Dedi Kurniawan, S.STP., M.Si.",
    ];

    public static void Sign(PageComposer page, Random random, string office, string city, string? date)
    {
        page.Space(page.Size);
        if (date is not null)
        {
            page.Line($"{city}, {date}", 330);
        }

        page.Line(office, 330);
        page.Space(page.Size * 3.5);
        page.Line(random.Pick(Names), 330, bold: true);
        page.Line($"NIP. {random.Digits(8)} {random.Digits(6)} {random.Next(1, 3)} {random.Digits(3)}", 330);
    }
}
