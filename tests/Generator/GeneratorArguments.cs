using System.Globalization;

namespace DocArchive.Generator;

/// <summary>
/// The command line: <c>--out DIR [--count N] [--seed S] [--captures phone,fax,lowres] [--set development|heldout]</c>, or
/// <c>--out DIR --fixed</c> for the fixed set.
/// </summary>
internal sealed record GeneratorArguments(string Output, int Count, int Seed, bool FixedSet, IReadOnlyList<Capture> Captures, LayoutSet Layouts)
{
    public static GeneratorArguments? Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var count = 200;
        var seed = 1;
        var fixedSet = false;
        IReadOnlyList<Capture> captures = [];
        var layouts = LayoutSet.Development;
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
                case "--captures" when hasValue && ParseCaptures(args[i + 1]) is { } parsed:
                    captures = parsed;
                    i++;
                    break;
                case "--set" when hasValue && args[i + 1] is "development" or "heldout":
                    layouts = args[++i] == "heldout" ? LayoutSet.HeldOut : LayoutSet.Development;
                    break;
                case "--fixed":
                    fixedSet = true;
                    break;
                default:
                    return null;
            }
        }

        return output is null || count < 1 ? null : new GeneratorArguments(output, count, seed, fixedSet, captures, layouts);
    }

    private static List<Capture>? ParseCaptures(string list)
    {
        var captures = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CaptureNames.Parse).ToList();
        return captures.Count == 0 || captures.Any(c => c is null) ? null : [.. captures.Select(c => c!.Value).Distinct()];
    }
}
