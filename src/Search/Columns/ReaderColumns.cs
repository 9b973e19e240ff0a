using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DocArchive.Search.Columns;

/// <summary>
/// The columns of every segment of one reader, with the keyword values merged across segments. Built when a
/// searcher is opened, so queries never wait for it; a segment's columns are read once and reused by later readers.
/// </summary>
internal sealed class ReaderColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> BySegment = [];

    public ReaderColumns(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Segments = reader.Leaves.Select(leaf => BySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentColumns.Of(leaf.AtomicReader))).ToArray();
        Types = new GlobalValues(Segments.Select(s => s.Types).ToList());
        Nationalities = new GlobalValues(Segments.Select(s => s.Nationality.Values).ToList());
        Employers = new GlobalValues(Segments.Select(s => s.Employer.Values).ToList());
        EmployerWords = Array.ConvertAll(Employers.Values, key => key.Split(' '));
        Names = TermVocabulary.Merge(Segments.Select(s => s.Names));
        JoinedNames = TermVocabulary.Merge(Segments.Select(s => s.JoinedNames));
    }

    /// <summary>In the order of the reader's leaves.</summary>
    public SegmentColumns[] Segments { get; }

    public GlobalValues Types { get; }

    public GlobalValues Nationalities { get; }

    public GlobalValues Employers { get; }

    /// <summary>The words of each employer key, in the order of <see cref="Employers"/>.</summary>
    public string[][] EmployerWords { get; }

    /// <summary>Every name part of the index, each once.</summary>
    public string[] Names { get; }

    /// <summary>Every name written without spaces, each once.</summary>
    public string[] JoinedNames { get; }
}
