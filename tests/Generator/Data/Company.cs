namespace DocArchive.Generator.Data;

/// <summary>An employer: its name without legal form, whether it is a PT or a CV, and whether it is listed (Tbk).</summary>
internal sealed record Company(string Name, bool IsCv, bool IsListed)
{
    /// <summary>One of the ways a document prints the company: <c>PT X</c>, <c>PT. X</c>, <c>PT. X (upper)</c>, <c>X, PT</c>, with <c>Tbk</c>.</summary>
    public string Printed(Random random)
    {
        var form = IsCv ? "CV" : "PT";
        var name = random.Chance(0.3) ? Name.ToUpperInvariant() : Name;
        var tbk = IsListed ? " Tbk" : string.Empty;
        return random.Next(4) switch
        {
            0 => $"{form}. {name}{tbk}",
            1 when !IsListed => $"{name}, {form}",
            2 => $"{form}. {Name.ToUpperInvariant()}{tbk.ToUpperInvariant()}",
            _ => $"{form} {name}{tbk}",
        };
    }

    /// <summary>The company as a sentence names it: the legal form first (<c>PT. Cahaya Makmur Minerals diminta ...</c>).</summary>
    public string InSentence(Random random)
    {
        var form = IsCv ? "CV" : "PT";
        var dot = random.Chance(0.5) ? "." : string.Empty;
        var name = random.Chance(0.25) ? Name.ToUpperInvariant() : Name;
        return $"{form}{dot} {name}{(IsListed ? " Tbk" : string.Empty)}";
    }
}
