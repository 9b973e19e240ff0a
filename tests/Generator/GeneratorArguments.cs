using System.Globalization;

namespace DocArchive.Generator;

/// <summary>The command line: <c>--out DIR [--count N] [--seed S]</c>, or <c>--out DIR --fixed</c> for the fixed set.</summary>
internal sealed record GeneratorArguments(string Output, int Count, int Seed, bool FixedSet)
{
    public static GeneratorArguments? Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var count = 200;
        var seed = 1;
        var fixedSet = false;
        for (var i = 0; i < args.Count; i++)
        {
            var hasValue = i + 1 < args.Count;
            switch (args[i])
            {
                case "--out" when hasValue:
                    output = args[++i];
                    break;
                case "--count" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out count):
                case "--seed" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--fixed":
                    fixedSet = true;
                    break;
                default:
                    return null;
            }
        }

        return output is null || count < 1 ? null : new GeneratorArguments(output, count, seed, fixedSet);
    }
}
