using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// Builds the Lucene query of a search box: every wanted word or phrase must match, excluded ones must not.
/// A word matches in any body field, the exact word first, then its Indonesian stem, then its English stem.
/// </summary>
internal sealed class QueryBuilder(TextAnalyzer analyzer)
{
    private const float ExactBoost = 3f;
    private const float IndonesianBoost = 1.5f;
    private const float EnglishBoost = 1f;
    private const float TieBreaker = 0.1f;

    public Query Build(string text)
    {
        var query = new BooleanQuery();
        var wanted = 0;
        foreach (var term in SearchBoxParser.Parse(text))
        {
            var clause = term.IsPhrase ? PhraseQuery(term.Text) : WordQuery(term.Text);
            if (clause is null)
            {
                continue;
            }

            query.Add(clause, term.IsExcluded ? Occur.MUST_NOT : Occur.MUST);
            wanted += term.IsExcluded ? 0 : 1;
        }

        if (wanted == 0)
        {
            throw new InvalidSearchQueryException("Type a word, a name or a number to search for.");
        }

        return query;
    }

    private Query? WordQuery(string word)
    {
        var exact = analyzer.Tokens(IndexSchema.TextExact, word);
        if (exact.Count != 1)
        {
            return PhraseQuery(word);
        }

        var query = new DisjunctionMaxQuery(TieBreaker)
        {
            Boosted(new TermQuery(new Term(IndexSchema.TextExact, exact[0].Term)), ExactBoost),
        };
        AddSingleTerm(query, IndexSchema.Text, word, IndonesianBoost);
        AddSingleTerm(query, IndexSchema.TextEnglish, word, EnglishBoost);
        return query;
    }

    private Query? PhraseQuery(string phrase)
    {
        var tokens = analyzer.Tokens(IndexSchema.TextExact, phrase);
        switch (tokens.Count)
        {
            case 0:
                return null;
            case 1:
                return Boosted(new TermQuery(new Term(IndexSchema.TextExact, tokens[0].Term)), ExactBoost);
            default:
                var query = new PhraseQuery { Boost = ExactBoost };
                foreach (var token in tokens)
                {
                    query.Add(new Term(IndexSchema.TextExact, token.Term), token.Position);
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

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
