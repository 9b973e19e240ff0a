using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// Builds the Lucene query of a search box: every wanted word or phrase must match, excluded ones must not, legal
/// forms (PT, Tbk) are optional. A word matches in whichever kind of value fits it best: the body text (exact, then
/// its Indonesian stem, then its English stem), an identifier (whole, compact or OCR-folded), a person's name
/// (exact, with OCR errors, or typed without spaces) or an employer.
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

    /// <summary>
    /// Words this short (<c>de</c>, <c>la</c>, <c>di</c>) only add to the score when other words are required: names
    /// split them differently. A search of optional words only needs one of them.
    /// </summary>
    private const int MaxOptionalWordLength = 2;

    public BuiltQuery Build(string text)
    {
        var terms = SearchBoxParser.Parse(text);
        var query = new BooleanQuery();
        var highlight = new BooleanQuery();
        var wanted = 0;
        foreach (var term in terms)
        {
            var clause = term.IsPhrase ? PhraseQuery(term.Text) : WordQuery(term.Text);
            if (clause is null)
            {
                continue;
            }

            if (!term.IsExcluded)
            {
                AddHighlight(highlight, clause);
            }

            var optional = !term.IsPhrase && IsOptional(term.Text);
            query.Add(clause, term.IsExcluded ? Occur.MUST_NOT : optional ? Occur.SHOULD : Occur.MUST);
            wanted += term.IsExcluded ? 0 : 1;
        }

        if (wanted == 0)
        {
            throw new InvalidSearchQueryException("Type a word, a name or a number to search for.");
        }

        var search = terms.Count > 1 && terms.All(t => !t.IsPhrase && !t.IsExcluded) ? OrSpacedIdentifier(query, text) : query;
        return new BuiltQuery(search, highlight);
    }

    /// <summary>How many OCR errors a name part of this length may carry.</summary>
    internal static int AllowedEdits(string part) => part.Length switch
    {
        < 3 => 0,
        < 6 => 1,
        _ => 2,
    };

    /// <summary>
    /// The highlighter marks words of the page text: it gets the body-text clauses only, never the fuzzy name
    /// clauses, which it would have to expand again on every page.
    /// </summary>
    private static void AddHighlight(BooleanQuery highlight, Query clause)
    {
        foreach (var disjunct in ((DisjunctionMaxQuery)clause).Disjuncts)
        {
            if (disjunct is DisjunctionMaxQuery nested)
            {
                AddHighlight(highlight, nested);
            }
            else if (disjunct is not FuzzyQuery)
            {
                highlight.Add(disjunct, Occur.SHOULD);
            }
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

    private DisjunctionMaxQuery? WordQuery(string word)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        var exact = analyzer.Tokens(IndexSchema.TextExact, word);
        if (exact.Count == 1)
        {
            query.Add(Boosted(new TermQuery(new Term(IndexSchema.TextExact, exact[0].Term)), ExactBoost));
            AddSingleTerm(query, IndexSchema.Text, word, IndonesianBoost);
            AddSingleTerm(query, IndexSchema.TextEnglish, word, EnglishBoost);
            AddSingleTerm(query, IndexSchema.Company, word, CompanyBoost);
            AddName(query, word);
        }
        else if (PhraseQuery(word) is { } phrase)
        {
            query.Add(phrase);
        }

        AddIdentifier(query, word);
        AddJoinedName(query, word);
        return query.Disjuncts.Count == 0 ? null : query;
    }

    private DisjunctionMaxQuery? PhraseQuery(string phrase)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in new[] { (IndexSchema.TextExact, ExactBoost), (IndexSchema.Name, NameBoost), (IndexSchema.Company, CompanyBoost) })
        {
            if (FieldPhrase(field, phrase) is { } clause)
            {
                query.Add(Boosted(clause, boost));
            }
        }

        return query.Disjuncts.Count == 0 ? null : query;
    }

    private Query? FieldPhrase(string field, string phrase)
    {
        var tokens = analyzer.Tokens(field, phrase);
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

    private void AddSingleTerm(DisjunctionMaxQuery query, string field, string word, float boost)
    {
        var tokens = analyzer.Tokens(field, word);
        if (tokens.Count == 1)
        {
            query.Add(Boosted(new TermQuery(new Term(field, tokens[0].Term)), boost));
        }
    }

    private static void AddName(DisjunctionMaxQuery query, string word)
    {
        if (NameForms.Parts(word) is not [var part])
        {
            return;
        }

        query.Add(Boosted(new TermQuery(new Term(IndexSchema.Name, part)), NameBoost));
        var edits = AllowedEdits(part);
        if (edits > 0 && part.All(char.IsAsciiLetter))
        {
            query.Add(Boosted(new FuzzyQuery(new Term(IndexSchema.Name, part), edits), NameFuzzyBoost));
        }
    }

    private static void AddJoinedName(DisjunctionMaxQuery query, string word)
    {
        var joined = string.Concat(NameForms.Parts(word));
        if (joined.Length >= 6 && joined.All(char.IsAsciiLetter))
        {
            query.Add(Boosted(new FuzzyQuery(new Term(IndexSchema.NameJoined, joined), AllowedEdits(joined)), NameFuzzyBoost));
        }
    }

    private static void AddIdentifier(DisjunctionMaxQuery query, string word)
    {
        var compact = IdentifierForms.Compact(word);
        if (IdentifierForms.IsIdentifier(compact))
        {
            query.Add(Boosted(new TermQuery(new Term(IndexSchema.Identifier, compact)), IdentifierBoost));
            query.Add(Boosted(new TermQuery(new Term(IndexSchema.IdentifierOcr, IdentifierForms.OcrFolded(compact))), IdentifierOcrBoost));
        }
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
