using Lucene.Net.Index;

namespace DocArchive.Search.Querying;

/// <summary>The live entries of terms in one segment, each field's terms dictionary opened once for all its terms.</summary>
internal sealed class SegmentPostings(AtomicReader reader)
{
    private readonly Dictionary<string, TermsEnum?> fields = new(StringComparer.Ordinal);

    public DocsEnum? Docs(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (!fields.TryGetValue(term.Field, out var terms))
        {
            terms = fields[term.Field] = reader.GetTerms(term.Field)?.GetEnumerator();
        }

        return terms is not null && terms.SeekExact(term.Bytes) ? terms.Docs(reader.LiveDocs, null, DocsFlags.NONE) : null;
    }
}
