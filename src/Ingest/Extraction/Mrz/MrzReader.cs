using System.Globalization;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// Parses machine-readable zones (ICAO 9303 TD1, TD2, TD3, MRV-A, MRV-B) from lines as OCR read them, whether found on
/// a page or re-read from the zone's band with a character whitelist. Characters are repaired only where the position's
/// class allows (a letter in a date becomes the digit it looks like) and, for positions that may hold either, only when
/// the repair makes the check digits pass; a zone whose check digits still fail is returned with them listed.
/// </summary>
internal static class MrzReader
{
    private const int MaxLengthError = 4;

    /// <summary>Shorter lines are no zone lines (a names line whose filler OCR dropped may be this short).</summary>
    private const int MinLineLength = 12;

    /// <summary>The best zone in <paramref name="lines"/>: the first that validates, else the one failing fewest checks; null when none.</summary>
    public static MrzResult? Read(IReadOnlyList<string> lines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var clean = lines.Select(MrzCharacters.Clean).Where(l => l.Length >= MinLineLength).ToList();
        MrzResult? best = null;
        foreach (var layout in MrzLayout.All)
        {
            for (var first = 0; first + layout.LineCount <= clean.Count; first++)
            {
                var window = clean.GetRange(first, layout.LineCount);
                if (!Fits(window, layout))
                {
                    continue;
                }

                foreach (var variant in Variants(window, layout))
                {
                    var result = Parse(variant, layout, today);
                    if (result.IsValid)
                    {
                        return result;
                    }

                    if (best is null || result.FailedChecks.Count < best.FailedChecks.Count)
                    {
                        best = result;
                    }
                }
            }
        }

        return best;
    }

    private static bool Fits(List<string> window, MrzLayout layout)
    {
        // The names line may be short: OCR drops trailing filler, which padding puts back.
        for (var i = 0; i < window.Count; i++)
        {
            var tooShort = i == layout.Names.Line ? window[i].Length < MinLineLength : window[i].Length < layout.LineLength - MaxLengthError;
            if (tooShort || window[i].Length > layout.LineLength + MaxLengthError)
            {
                return false;
            }
        }

        var visa = window[0].StartsWith('V');
        return layout.Format switch
        {
            MrzFormat.MrvA or MrzFormat.MrvB => visa,
            MrzFormat.Td3 or MrzFormat.Td2 => !visa,
            _ => true,
        };
    }

    /// <summary>The window with each line brought to the layout's length: filler runs shortened or lengthened, or the end padded.</summary>
    private static IEnumerable<string[]> Variants(List<string> window, MrzLayout layout)
    {
        IEnumerable<string[]> variants = [[]];
        for (var i = 0; i < window.Count; i++)
        {
            var options = i == layout.Names.Line ? [Pad(window[i], layout.LineLength)] : LineVariants(window[i], layout.LineLength);
            variants = variants.SelectMany(v => options.Select(o => (string[])[.. v, o])).ToList();
        }

        return variants;
    }

    private static string Pad(string line, int length) => line.Length >= length ? line[..length] : line.PadRight(length, '<');

    private static List<string> LineVariants(string line, int length)
    {
        var variants = new List<string> { Pad(line, length) };
        var difference = line.Length - length;
        if (difference == 0)
        {
            return variants;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '<' || (i > 0 && line[i - 1] == '<'))
            {
                continue;
            }

            var run = 0;
            while (i + run < line.Length && line[i + run] == '<')
            {
                run++;
            }

            if (difference > 0 && run >= difference)
            {
                variants.Insert(0, line.Remove(i, difference));
            }
            else if (difference < 0)
            {
                variants.Insert(0, line.Insert(i, new string('<', -difference)));
            }
        }

        return [.. variants.Distinct()];
    }

    private static MrzResult Parse(string[] read, MrzLayout layout, DateOnly today)
    {
        var classes = layout.Classes();
        var lines = new char[read.Length][];
        var repaired = false;
        for (var l = 0; l < read.Length; l++)
        {
            lines[l] = read[l].ToCharArray();
            for (var p = 0; p < lines[l].Length; p++)
            {
                var c = lines[l][p];
                lines[l][p] = classes[l][p] switch
                {
                    MrzCharClass.Digit => MrzCharacters.ToDigit(c),
                    MrzCharClass.Alpha => MrzCharacters.ToLetter(c),
                    _ => c,
                };
                repaired |= lines[l][p] != c;
            }
        }

        MrzNames.CleanFiller(lines[layout.Names.Line], layout.Names.Start, layout.Names.Length);
        var text = lines.Select(l => new string(l)).ToArray();
        var failed = Failed(text, layout);
        if (failed.Count > 0 && MrzRepair.TryRepair(text, layout, failed, Failed) is { } fixedLines)
        {
            text = fixedLines;
            failed = Failed(text, layout);
            repaired = true;
        }

        var (surname, given) = MrzNames.Split(layout.Names.Read(text));
        var nationality = layout.Nationality.Read(text).Trim('<');
        return new MrzResult
        {
            Format = layout.Format,
            Lines = text,
            DocumentCode = text[0][..2].TrimEnd('<'),
            IssuingState = Nationalities.ToAlpha3(MrzLayout.IssuingState.Read(text)) ?? MrzLayout.IssuingState.Read(text).Trim('<'),
            Surname = surname,
            GivenNames = given,
            DocumentNumber = DocumentNumber(text, layout),
            Nationality = Nationalities.ToAlpha3(nationality) ?? nationality,
            BirthDate = Date(layout.BirthDate.Read(text), today, birth: true),
            Sex = layout.Sex.Read(text).Replace('<', 'X'),
            ExpiryDate = Date(layout.ExpiryDate.Read(text), today, birth: false),
            OptionalData = layout.Optional.Read(text).Trim('<'),
            FailedChecks = failed,
            Repaired = repaired,
        };
    }

    /// <summary>The names of the checks that fail; TD1's long document numbers continue into the optional field.</summary>
    private static List<string> Failed(IReadOnlyList<string> lines, MrzLayout layout)
    {
        var failed = layout.Checks.Where(c => !c.Passes(lines)).Select(c => c.Name).ToList();
        if (layout.Format == MrzFormat.Td1 && LongDocumentNumber(lines) is { } number)
        {
            failed.Remove("documentNumber");
            if (!MrzCheckDigit.Verify(number[..^1], number[^1]))
            {
                failed.Insert(0, "documentNumber");
            }
        }

        return failed;
    }

    private static string? LongDocumentNumber(IReadOnlyList<string> lines)
    {
        if (lines[0][14] != '<' || lines[0][15] == '<')
        {
            return null;
        }

        var end = lines[0].IndexOf('<', 15);
        return lines[0][5..14] + lines[0][15..(end < 0 ? 30 : end)];
    }

    private static string DocumentNumber(IReadOnlyList<string> lines, MrzLayout layout) =>
        layout.Format == MrzFormat.Td1 && LongDocumentNumber(lines) is { } number
            ? number[..^1]
            : layout.DocumentNumber.Read(lines).TrimEnd('<');

    /// <summary>YYMMDD with a century: birth dates are in the past; expiry dates at most 20 years ahead.</summary>
    private static DateOnly? Date(string yymmdd, DateOnly today, bool birth)
    {
        if (!int.TryParse(yymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var yy = int.Parse(yymmdd[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(yymmdd[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(yymmdd[4..], CultureInfo.InvariantCulture);
        var year = 2000 + yy;
        if (birth ? year > today.Year : year > today.Year + 20)
        {
            year -= 100;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return birth && date > today ? date.AddYears(-100) : date;
    }
}
