namespace DocArchive.Generator;

/// <summary>Choices the generator makes, all from one seeded <see cref="Random"/> per document.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static string Digits(this Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    public static string Letters(this Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('A' + random.Next(26))));

    public static DateOnly Date(this Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
