using ClaimGraph.Store.Neo4j.Cypher;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("Raqqa", "(raqqa OR raqqa*)")]
    [InlineData("fighters RAQQA", "(fighters OR fighters*) AND (raqqa OR raqqa*)")]
    [InlineData("a + b", "(a) AND (b)")]
    [InlineData("body:raqqa", "(body OR body*) AND (raqqa OR raqqa*)")]
    [InlineData("الأمريكان", "(امريكان OR امريكان*)")]
    [InlineData("للتحالف", "(تحالف OR تحالف*)")]
    public void User_text_becomes_folded_terms_joined_with_and(string text, string expected) =>
        Assert.Equal(expected, LuceneQuery.From(text));

    [Theory]
    [InlineData("")]
    [InlineData("!!! ... ???")]
    [InlineData("\"\"")]
    [InlineData("(((")]
    public void Text_without_words_is_no_query(string text) => Assert.Null(LuceneQuery.From(text));

    [Theory]
    [InlineData("a+b", "a\\+b")]
    [InlineData("x:y", "x\\:y")]
    [InlineData("(a)*?\"~^", "\\(a\\)\\*\\?\\\"\\~\\^")]
    [InlineData("a/b\\c&&d||e!", "a\\/b\\\\c\\&\\&d\\|\\|e\\!")]
    [InlineData("{[x]}-", "\\{\\[x\\]\\}\\-")]
    public void Every_lucene_special_character_is_escaped(string form, string expected) =>
        Assert.Equal(expected, LuceneQuery.Escape(form));
}
