namespace DocArchive.Tools.Extraction;

/// <summary>
/// An image with what its zone should read: the lines (<see cref="Lines"/>), or only some fields (<see cref="Fields"/>),
/// or no zone at all (<see cref="Negative"/>); with none of these it is untranscribed and only its check digits judge it.
/// </summary>
public sealed record MrzSpecimen(string Image, IReadOnlyList<string>? Lines, IReadOnlyDictionary<string, string>? Fields, bool Negative)
{
    public bool Transcribed => Lines is not null || Fields is not null || Negative;
}
