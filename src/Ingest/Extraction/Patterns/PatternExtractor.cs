using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Labels;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Patterns;

/// <summary>
/// Values in running text: decision numbers, the date a decision was made (<c>Ditetapkan di ... pada tanggal</c>),
/// company names, and the foreigners named in minutes with their passport, nationality, position, employer and the
/// date their permit ends (<c>izinnya berakhir pada DATE</c>).
/// </summary>
internal static partial class PatternExtractor
{
    private const double Confidence = 0.75;

    public static PatternFindings Extract(IReadOnlyList<TextLine> lines)
    {
        var text = string.Join('\n', lines.Select(l => l.Text));
        var flat = text.Replace('\n', ' ');
        var findings = new PatternFindings();
        if (DecisionNumber().Match(flat) is { Success: true } number)
        {
            findings.Document.Add(Make("documentNumber", number.Value.TrimEnd('.', ','), lines, number.Index));
        }

        if (Enacted().Match(flat) is { Success: true } enacted && Dates.FindAll(flat[(enacted.Index + enacted.Length)..]) is [var date, ..] && date.Index < 40)
        {
            findings.Document.Add(Make("documentDate", FieldValues.Iso(date.Date)!, lines, enacted.Index));
        }

        foreach (var company in Employers.Find(Sentences(lines)))
        {
            findings.Document.Add(Make("employer", company.Name, lines, company.Index));
        }

        var mentions = Mention().Matches(flat).Where(m => PersonNames.Normalise(m.Groups["name"].Value) is not null).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var end = i + 1 < mentions.Count ? mentions[i + 1].Index : Math.Min(flat.Length, mentions[i].Index + 400);
            findings.Persons.Add(Person(flat, mentions[i], end, lines));
        }

        return findings;
    }

    private static List<Candidate> Person(string flat, Match mention, int end, IReadOnlyList<TextLine> lines)
    {
        var window = flat[mention.Index..end];
        var person = new List<Candidate> { Make("name", PersonNames.Normalise(mention.Groups["name"].Value)!, lines, mention.Index) };
        if (PassportPhrase().Match(window) is { Success: true } passport && Identifiers.IsPassportShape(passport.Groups[1].Value.ToUpperInvariant(), 4))
        {
            person.Add(Make("passportNumber", passport.Groups[1].Value.ToUpperInvariant(), lines, mention.Index + passport.Index));
        }

        foreach (Match nationality in NationalityPhrase().Matches(window))
        {
            if (Nationality(nationality.Groups[1].Value) is { } code)
            {
                person.Add(Make("nationality", code, lines, mention.Index + nationality.Index));
                break;
            }
        }

        if (EndPhrase().Match(window) is { Success: true } ends && Dates.FindAll(window[(ends.Index + ends.Length)..]) is [var expiry, ..] && expiry.Index < 30)
        {
            person.Add(Make("expiryDate", FieldValues.Iso(expiry.Date)!, lines, mention.Index + ends.Index));
        }

        if (PermitPhrase().Match(window) is { Success: true } permit)
        {
            person.Add(Make("permitNumber", permit.Groups[1].Value.ToUpperInvariant(), lines, mention.Index + permit.Index));
        }

        if (PositionPhrase().Match(window) is { Success: true } position)
        {
            person.Add(Make("position", position.Groups[1].Value.Trim(), lines, mention.Index + position.Index));
        }

        if (Employers.Find(window).FirstOrDefault() is { } company)
        {
            person.Add(Make("employer", company.Name, lines, mention.Index + company.Index));
        }

        return person;
    }

    /// <summary>
    /// The page's text with a sentence that runs on to the next row joined to it by a space (a company name may wrap), and
    /// rows that start anew (a label, a numbered point) after a line break. The text keeps the rows' lengths.
    /// </summary>
    private static string Sentences(IReadOnlyList<TextLine> lines)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var previous = lines[i - 1].Text;
                var next = lines[i].Words[0].Text;
                var runsOn = !previous.EndsWith(':') && !previous.EndsWith('.') && !NumberedPoint().IsMatch(next)
                    && LabelCatalog.Labels.Match(Tokens.Of(lines[i].Words), 0, 1) is null;
                text.Append(runsOn ? ' ' : '\n');
            }

            text.Append(lines[i].Text);
        }

        return text.ToString();
    }

    /// <summary>The country the words after <c>warga negara</c> name, the longest run of them that names one (<c>Republik Rakyat Tiongkok</c>).</summary>
    private static string? Nationality(string words)
    {
        var parts = words.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var count = parts.Length; count >= 1; count--)
        {
            if (Nationalities.ToAlpha3(string.Join(' ', parts.Take(count))) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>A candidate whose evidence is the row holding character <paramref name="index"/> of the page text.</summary>
    private static Candidate Make(string field, string value, IReadOnlyList<TextLine> lines, int index)
    {
        var offset = 0;
        var line = lines[0];
        foreach (var candidate in lines)
        {
            line = candidate;
            if (offset + candidate.Text.Length >= index)
            {
                break;
            }

            offset += candidate.Text.Length + 1;
        }

        return new Candidate(field, value, new FieldEvidence(value, Math.Round(Confidence * line.Confidence, 3), line.Page, FieldSources.Pattern, line.Box));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])KEP\s?[.\-]\s?\d+(?:/[A-Z0-9.\-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionNumber();

    [GeneratedRegex(@"pada\s+tanggal\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Enacted();

    [GeneratedRegex(@"(?:\b(?:Sdr|Sdri|Saudara|Saudari|Tn|Ny|Nn|Mr|Mrs|Ms)\.?|\batas\s+nama|\ba\.n\.|\bbernama)\s+(?<name>\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,4}(?:,\s*(?!(?:WNA|WNI|PT|CV|KITAS|ITAS|KITAP)\b)\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3})?)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?:paspor|passport)\s*(?:nomor|no\.?|number)?\s*:?\s*([A-Z0-9]{6,9})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassportPhrase();

    [GeneratedRegex(@"^\(?\d{1,2}[.)]$")]
    private static partial Regex NumberedPoint();

    [GeneratedRegex(@"(?:berkewarganegaraan|kewarganegaraan|warga\s+negara|\bWNA?|\()\s*(\p{L}[\p{L}.]*(?:(?:\s+|,\s*)(?:\p{Lu}[\p{L}.]*|of)){0,3})")]
    private static partial Regex NationalityPhrase();

    [GeneratedRegex(@"(?:berakhir|habis|kedaluwarsa|berlaku\s+(?:sampai(?:\s+dengan)?|hingga|s\.?\s?d\.?|s/d))(?:\s+pada)?(?:\s+tanggal)?", RegexOptions.IgnoreCase)]
    private static partial Regex EndPhrase();

    [GeneratedRegex(@"(?:KITAS|ITAS|KITAP|IMTA|izin\s+tinggal)\s*(?:nomor|no\.?)?\s*:?\s*(\d[A-Z0-9\-]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex PermitPhrase();

    [GeneratedRegex(@"\bsebagai\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3})")]
    private static partial Regex PositionPhrase();
}
