namespace DocArchive.Web.Commands;

/// <summary>
/// A verb's arguments split three ways: its own options (<c>--format json</c>), its operands (files, folders), and every
/// other <c>--Name value</c> pair, which goes to the host's configuration (<c>--data-dir</c>, <c>--DocArchive:Ingest:OcrWorkers</c>).
/// </summary>
public sealed record VerbArguments(IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Operands, string[] HostSwitches)
{
    /// <summary>Splits <paramref name="args"/>; an option of <paramref name="options"/> given without a value has the empty value.</summary>
    public static VerbArguments Parse(string[] args, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        var operands = new List<string>();
        var switches = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (options.Contains(args[i]))
            {
                own[args[i]] = i + 1 < args.Length ? args[++i] : string.Empty;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                switches.Add(args[i]);
                switches.Add(args[++i]);
            }
            else
            {
                operands.Add(args[i]);
            }
        }

        return new VerbArguments(own, operands, [.. switches]);
    }
}
