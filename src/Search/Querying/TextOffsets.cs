using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>
/// Reads where the searched terms stand in the body text of a few documents from the offsets the index keeps in
/// its postings, so a snippet is cut without analysing the page text again. Each segment's terms are looked up
/// once for all the documents in it.
/// </summary>
internal static class TextOffsets
{
    /// <summary>Per document (as the reader numbers them), its matches in text order.</summary>
    public static Dictionary<int, List<TextMatch>> Read(IndexReader reader, IEnumerable<int> documents, IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(terms);
        var found = new Dictionary<int, List<TextMatch>>();
        var leaves = reader.Leaves;
        foreach (var segment in documents.Distinct().Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            foreach (var doc in segment)
            {
                found[doc] = [];
            }

            if (terms.Count > 0)
            {
                Read(leaves[segment.Key], segment.ToList(), terms, found);
            }
        }

        foreach (var matches in found.Values)
        {
            matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Word, b.Word));
        }

        return found;
    }

    private static void Read(AtomicReaderContext leaf, List<int> documents, IReadOnlySet<string> terms, Dictionary<int, List<TextMatch>> found)
    {
        var fieldTerms = leaf.AtomicReader.GetTerms(IndexSchema.Text);
        if (fieldTerms is null)
        {
            return;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        var bytes = new BytesRef();
        DocsAndPositionsEnum? postings = null;
        foreach (var term in terms)
        {
            bytes.CopyChars(term);
            if (!termsEnum.SeekExact(bytes))
            {
                continue;
            }

            postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null)
            {
                return;
            }

            var word = term.TrimStart(Stems.IndonesianMark, Stems.EnglishMark);
            foreach (var doc in documents)
            {
                var local = doc - leaf.DocBase;
                if (postings.DocID < local && postings.Advance(local) == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (postings.DocID != local)
                {
                    continue;
                }

                var matches = found[doc];
                for (var i = postings.Freq; i > 0; i--)
                {
                    postings.NextPosition();
                    if (postings.StartOffset >= 0)
                    {
                        matches.Add(new TextMatch(postings.StartOffset, postings.EndOffset, word));
                    }
                }
            }
        }
    }
}
