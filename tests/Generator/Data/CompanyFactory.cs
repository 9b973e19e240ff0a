namespace DocArchive.Generator.Data;

/// <summary>Draws Indonesian-style company names: <c>Sinar Batu Mining</c>, <c>Cahaya Makmur Minerals</c>.</summary>
internal static class CompanyFactory
{
    private static readonly string[] First =
        ["Sinar", "Cahaya", "Bumi", "Karya", "Mitra", "Gunung", "Putra", "Nusa", "Anugerah", "Bintang", "Harapan", "Cipta", "Samudera", "Duta"];

    private static readonly string[] Second =
        ["Batu", "Makmur", "Alam", "Jaya", "Sejahtera", "Abadi", "Perkasa", "Mandiri", "Lestari", "Sentosa", "Utama", "Persada", "Indah", "Raya"];

    private static readonly string[] Third =
        ["Mining", "Minerals", "Nikel Indonesia", "Resources", "Energi", "Smelter", "Konstruksi", "Teknik", "Industri", "Metal Industry",
         "Investama", "Coal", "Steel", "Power", "Nusantara"];

    public static Company Draw(Random random)
    {
        var name = $"{random.Pick(First)} {random.Pick(Second)} {random.Pick(Third)}";
        var isCv = random.Chance(0.1);
        return new Company(name, isCv, !isCv && random.Chance(0.15));
    }
}
