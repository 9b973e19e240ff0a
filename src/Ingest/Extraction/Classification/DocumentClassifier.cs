using System.Globalization;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Classification;

/// <summary>
/// Scores each type by the phrases of its documents (classification.txt) found on the pages, tripled in the title area of
/// the first page, plus a passport zone for passports. A passport page stapled behind a permit or a report does not make
/// the document a passport: a passport wins only when no other type has real evidence.
/// </summary>
internal static class DocumentClassifier
{
    private const double TitleFactor = 3;
    private const double PassportZoneScore = 8;
    private const double OtherTypeEvidence = 5;

    private static readonly List<(string Type, double Weight, string[] Keys)> Phrases = [.. DataFile.Read(typeof(DocumentClassifier).Assembly, "classification.txt")
        .Select(row => (row[0], double.Parse(row[1], CultureInfo.InvariantCulture), Keys(row[2])))];

    public static Classification Classify(IReadOnlyList<IReadOnlyList<TextLine>> pages, IReadOnlyList<MrzResult> zones)
    {
        var scores = DocumentTypes.All.ToDictionary(t => t, _ => 0.0);
        for (var p = 0; p < pages.Count; p++)
        {
            var seen = new HashSet<string>();
            var lines = pages[p];
            var titleEnd = lines.Count == 0 ? 0 : lines[0].Box.Top + ((lines.Max(l => l.Box.Bottom) - lines[0].Box.Top) * 0.3);
            foreach (var line in lines)
            {
                var tokens = line.Words.SelectMany(w => Keys(w.Text)).ToList();
                var title = p == 0 && line.Box.Top <= titleEnd;
                foreach (var (type, weight, keys) in Phrases)
                {
                    if (Contains(tokens, keys) && (title || seen.Add(type + string.Join(' ', keys))))
                    {
                        scores[type] += weight * (title ? TitleFactor : 1);
                    }
                }
            }
        }

        if (zones.Any(z => z.IsPassport && z.IsValid))
        {
            scores[DocumentTypes.Passport] += PassportZoneScore;
        }
        else if (zones.Any(z => z.IsPassport))
        {
            scores[DocumentTypes.Passport] += PassportZoneScore / 2;
        }

        var others = scores.Where(s => s.Key is not (DocumentTypes.Passport or DocumentTypes.Other)).OrderByDescending(s => s.Value).ToList();
        var best = others[0];
        if (best.Value < OtherTypeEvidence && scores[DocumentTypes.Passport] >= OtherTypeEvidence)
        {
            best = new(DocumentTypes.Passport, scores[DocumentTypes.Passport]);
        }

        if (best.Value < OtherTypeEvidence)
        {
            return new Classification(DocumentTypes.Other, Math.Round(1 - (best.Value / (OtherTypeEvidence * 2)), 3));
        }

        var second = scores.Where(s => s.Key != best.Key).Max(s => s.Value);
        return new Classification(best.Key, Math.Round(best.Value / (best.Value + second + 2), 3));
    }

    private static bool Contains(List<string> tokens, string[] keys)
    {
        for (var i = 0; i + keys.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < keys.Length && all; k++)
            {
                all = Fuzzy.Same(keys[k], tokens[i + k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Keys(string text) =>
        [.. text.Split([' ', '/', '.', ',', ':', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Fuzzy.Key).Where(k => k.Length > 0)];
}
