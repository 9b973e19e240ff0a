namespace DocArchive.Web.Commands;

/// <summary>One verb of the <c>docarchive</c> executable: the words that name it, its usage line and what runs it.</summary>
/// <param name="Words">The words that select it, e.g. <c>["bench", "ocr"]</c>.</param>
/// <param name="Usage">The usage line(s), as printed by <c>docarchive VERB --help</c>.</param>
/// <param name="Run">Runs the verb with the arguments after its words; returns the exit code.</param>
public sealed record Verb(string[] Words, string Usage, Func<string[], Task<int>> Run)
{
    /// <summary>Whether <paramref name="args"/> start with this verb's words.</summary>
    public bool Matches(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length >= Words.Length && Words.SequenceEqual(args[..Words.Length], StringComparer.Ordinal);
    }
}
