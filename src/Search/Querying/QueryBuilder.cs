using DocArchive.Search.Analysis;
using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using DocArchive.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// Builds the Lucene queries of a search box: every wanted word or phrase must match, excluded ones must not, legal
/// forms (PT, Tbk) are optional, filters narrow. A word matches in whichever kind of value fits it best: the body
/// text (as written, then its Indonesian stem, then its English stem), an identifier (whole, compact or OCR-folded),
/// a person's name (exact, with OCR errors, or typed without spaces) or an employer. Names with OCR errors are
/// matched against the index's own name parts in memory (<see cref="ReaderColumns.Names"/>), closest first.
/// </summary>
internal sealed class QueryBuilder(TextAnalyzer analyzer)
{
    private const float ExactBoost = 3f;
    private const float IndonesianBoost = 1.5f;
    private const float EnglishBoost = 1f;
    private const float IdentifierBoost = 4f;
    private const float IdentifierOcrBoost = 2f;
    private const float NameBoost = 3f;
    private const float NameFuzzyBoost = 1.5f;
    private const float CompanyBoost = 2f;
    private const float TieBreaker = 0.1f;

    /// <summary>The most names an OCR-tolerant name clause expands to, closest first.</summary>
    private const int MaxFuzzyTerms = 20;

    /// <summary>
    /// Words this short (<c>de</c>, <c>la</c>, <c>di</c>) only add to the score when other words are required: names
    /// split them differently. A search of optional words only needs one of them.
    /// </summary>
    private const int MaxOptionalWordLength = 2;

    /// <summary>The search for every document (less any exclusions and filters beside it).</summary>
    public const string Everything = "*";

    private readonly FilterQueries filterQueries = new(analyzer);

    public BuiltQuery Build(string text, DateOnly today, ReaderColumns names)
    {
        var parsed = SearchBoxParser.Parse(text);
        var filters = filterQueries.Build(parsed.Filters, today);
        var query = new BooleanQuery();
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var personTerms = new List<Query>();
        var companyWords = new List<string>();
        var wanted = 0;
        foreach (var term in parsed.Terms)
        {
            var person = term.IsPhrase ? PersonPhrase(term.Text) : PersonWord(term.Text, names);
            var clause = term.IsPhrase ? Phrase(term.Text, person) : Word(term.Text, person);
            if (clause is null)
            {
                continue;
            }

            var optional = !term.IsPhrase && IsOptional(term.Text);
            if (!term.IsExcluded)
            {
                AddHighlight(highlight, clause);
                wanted++;
                if (!optional && person is not null)
                {
                    personTerms.Add(person);
                }

                if (!optional)
                {
                    companyWords.AddRange(analyzer.Tokens(IndexSchema.Company, term.Text).Select(t => t.Term));
                }
            }

            query.Add(clause, term.IsExcluded ? Occur.MUST_NOT : optional ? Occur.SHOULD : Occur.MUST);
        }

        foreach (var employer in parsed.Filters.Where(f => f.Field == FilterField.Employer && !f.IsExcluded))
        {
            companyWords.AddRange(analyzer.Tokens(IndexSchema.Company, employer.Value).Select(t => t.Term));
        }

        if (wanted == 0 && parsed.Filters.Count == 0 && !parsed.Terms.Any(t => t.Text == Everything))
        {
            throw new InvalidSearchQueryException(SearchProblem.Empty, "Type a word, a name or a number to search for.");
        }

        Query? documents = wanted == 0 ? (query.Clauses.Count == 0 ? null : WithAll(query)) : query;
        if (wanted > 1 && parsed.Terms.All(t => !t.IsPhrase && !t.IsExcluded))
        {
            documents = OrSpacedIdentifier(query, string.Join(' ', parsed.Terms.Select(t => t.Text)));
        }

        return new BuiltQuery(documents, highlight, personTerms, companyWords.Distinct(StringComparer.Ordinal).ToList(), filters);
    }

    /// <summary>How many OCR errors a name part of this length may carry.</summary>
    internal static int AllowedEdits(string part) => part.Length switch
    {
        < 3 => 0,
        < 6 => 1,
        _ => 2,
    };

    /// <summary>Only exclusions and filters: every document, less the excluded ones.</summary>
    private static BooleanQuery WithAll(BooleanQuery exclusions)
    {
        exclusions.Add(new MatchAllDocsQuery(), Occur.MUST);
        return exclusions;
    }

    /// <summary>Every term a clause looks for: the snippet marks the words of the page text that analyse to one.</summary>
    private static void AddHighlight(HashSet<string> highlight, Query clause)
    {
        switch (clause)
        {
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    AddHighlight(highlight, disjunct);
                }

                break;
            case BooleanQuery boolean:
                foreach (var inner in boolean.Clauses)
                {
                    AddHighlight(highlight, inner.Query);
                }

                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                AddHighlight(highlight, constant.Query);
                break;
            case TermQuery term:
                highlight.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                highlight.UnionWith(phrase.GetTerms().Select(t => t.Text));
                break;
        }
    }

    private static bool IsOptional(string word) =>
        LegalForms.IsLegalForm(word) || IdentifierForms.Compact(word).Length <= MaxOptionalWordLength;

    /// <summary>Words that together read as one identifier (<c>kep 12345 pptk</c>) also find it.</summary>
    private static Query OrSpacedIdentifier(BooleanQuery words, string text)
    {
        var identifier = new DisjunctionMaxQuery(TieBreaker);
        AddIdentifier(identifier, text);
        if (identifier.Disjuncts.Count == 0)
        {
            return words;
        }

        return new BooleanQuery { { words, Occur.SHOULD }, { identifier, Occur.SHOULD } };
    }

    private DisjunctionMaxQuery? Word(string word, Query? person)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        var tokens = analyzer.Tokens(IndexSchema.Text, word);
        if (tokens.Count > 0 && tokens.All(t => t.Position == 0))
        {
            var exact = tokens[0].Term;
            query.Add(Boosted(new TermQuery(new Term(IndexSchema.Text, exact)), ExactBoost));
            AddStem(query, tokens, Stems.IndonesianMark, exact, IndonesianBoost);
            AddStem(query, tokens, Stems.EnglishMark, exact, EnglishBoost);
        }
        else if (TextPhrase(tokens) is { } phrase)
        {
            query.Add(Boosted(phrase, ExactBoost));
        }

        if (person is not null)
        {
            query.Add(person);
        }

        return query.Disjuncts.Count == 0 ? null : query;
    }

    /// <summary>
    /// A stem is indexed marked when it differs from its word: the word's stem matches the marked stem of other
    /// words and the word that is the stem itself.
    /// </summary>
    private static void AddStem(DisjunctionMaxQuery query, IReadOnlyList<AnalyzedToken> tokens, char mark, string exact, float boost)
    {
        var marked = tokens.FirstOrDefault(t => t.Term[0] == mark)?.Term ?? mark + exact;
        var either = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Text, marked)), Occur.SHOULD } };
        if (!string.Equals(marked[1..], exact, StringComparison.Ordinal))
        {
            either.Add(new TermQuery(new Term(IndexSchema.Text, marked[1..])), Occur.SHOULD);
        }

        query.Add(Boosted(either, boost));
    }

    private DisjunctionMaxQuery? Phrase(string phrase, Query? person)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        if (TextPhrase(analyzer.Tokens(IndexSchema.Text, phrase)) is { } text)
        {
            query.Add(Boosted(text, ExactBoost));
        }

        if (person is not null)
        {
            query.Add(person);
        }

        return query.Disjuncts.Count == 0 ? null : query;
    }

    /// <summary>A phrase of body text, of the words as written (the stems stacked on them are left out).</summary>
    private static Query? TextPhrase(IReadOnlyList<AnalyzedToken> tokens)
    {
        var words = tokens.Where(t => t.Term[0] is not (Stems.IndonesianMark or Stems.EnglishMark)).ToList();
        return Phrase(IndexSchema.Text, words);
    }

    /// <summary>What of a word a person's entry can match: the name, typed apart or joined, a number, the employer.</summary>
    private DisjunctionMaxQuery? PersonWord(string word, ReaderColumns names)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        var company = analyzer.Tokens(IndexSchema.Company, word);
        if (company.Count == 1)
        {
            query.Add(Boosted(new TermQuery(new Term(IndexSchema.Company, company[0].Term)), CompanyBoost));
        }

        AddName(query, word, names.Names);
        AddIdentifier(query, word);
        AddJoinedName(query, word, names.JoinedNames);
        return query.Disjuncts.Count == 0 ? null : query;
    }

    private DisjunctionMaxQuery? PersonPhrase(string phrase)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in new[] { (IndexSchema.Name, NameBoost), (IndexSchema.Company, CompanyBoost) })
        {
            if (Phrase(field, analyzer.Tokens(field, phrase)) is { } clause)
            {
                query.Add(Boosted(clause, boost));
            }
        }

        return query.Disjuncts.Count == 0 ? null : query;
    }

    private static Query? Phrase(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        switch (tokens.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field, tokens[0].Term));
            default:
                var query = new PhraseQuery();
                foreach (var token in tokens)
                {
                    query.Add(new Term(field, token.Term), token.Position);
                }

                return query;
        }
    }

    private static void AddName(DisjunctionMaxQuery query, string word, string[] vocabulary)
    {
        if (NameForms.Parts(word) is not [var part])
        {
            return;
        }

        query.Add(Boosted(new TermQuery(new Term(IndexSchema.Name, part)), NameBoost));
        var edits = AllowedEdits(part);
        if (edits > 0 && part.All(char.IsAsciiLetter) && Fuzzy(IndexSchema.Name, vocabulary, part, edits) is { } fuzzy)
        {
            query.Add(Boosted(fuzzy, NameFuzzyBoost));
        }
    }

    private static void AddJoinedName(DisjunctionMaxQuery query, string word, string[] vocabulary)
    {
        var joined = string.Concat(NameForms.Parts(word));
        if (joined.Length >= 6 && joined.All(char.IsAsciiLetter) && Fuzzy(IndexSchema.NameJoined, vocabulary, joined, AllowedEdits(joined)) is { } fuzzy)
        {
            query.Add(Boosted(fuzzy, NameFuzzyBoost));
        }
    }

    /// <summary>
    /// The names of the vocabulary within <paramref name="edits"/> of <paramref name="word"/>, each scoring by its
    /// closeness alone (as Lucene's fuzzy query does: a rare misreading does not outrank the right name).
    /// </summary>
    private static BooleanQuery? Fuzzy(string field, string[] vocabulary, string word, int edits)
    {
        var close = new List<(string Term, int Distance)>();
        foreach (var term in vocabulary)
        {
            if (EditDistance.Within(word, term, edits) is var distance && distance <= edits)
            {
                close.Add((term, distance));
            }
        }

        if (close.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var (term, distance) in close.OrderBy(c => c.Distance).ThenBy(c => c.Term, StringComparer.Ordinal).Take(MaxFuzzyTerms))
        {
            var similarity = 1f - ((float)distance / Math.Min(word.Length, term.Length));
            query.Add(Boosted(new ConstantScoreQuery(new TermQuery(new Term(field, term))), similarity), Occur.SHOULD);
        }

        return query;
    }

    private static void AddIdentifier(DisjunctionMaxQuery query, string word)
    {
        var compact = IdentifierForms.Compact(word);
        if (!IdentifierForms.IsIdentifier(compact))
        {
            return;
        }

        query.Add(Boosted(new TermQuery(new Term(IndexSchema.Identifier, compact)), IdentifierBoost));
        var folded = IdentifierForms.OcrFolded(compact);
        var either = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Identifier, IdentifierForms.FoldedMark + folded)), Occur.SHOULD } };
        if (!string.Equals(folded, compact, StringComparison.Ordinal))
        {
            either.Add(new TermQuery(new Term(IndexSchema.Identifier, folded)), Occur.SHOULD);
        }

        query.Add(Boosted(either, IdentifierOcrBoost));
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
