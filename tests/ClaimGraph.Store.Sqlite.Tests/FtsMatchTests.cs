using ClaimGraph.Store.Sqlite.Search;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

public sealed class FtsMatchTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \t ")]
    [InlineData("!!! \"\" *** ()")]
    [InlineData("؟،")]
    public void Text_without_words_has_no_match_expression(string text) => Assert.Null(FtsMatch.From(text));

    [Fact]
    public void Every_form_is_quoted_and_words_of_two_or_more_letters_are_prefixes() =>
        Assert.Equal("(\"elysee\"*) AND (\"a\")", FtsMatch.From("Élysée A"));

    [Fact]
    public void Operators_in_user_text_become_quoted_words() =>
        Assert.Equal("(\"near\"*) AND (\"and\"*) AND (\"or\"*)", FtsMatch.From("\"NEAR( AND OR *"));

    [Fact]
    public void Alternative_forms_of_a_word_are_ored() =>
        Assert.Equal("(\"لبنان\"* OR \"بنان\"*)", FtsMatch.From("لبنان"));

    [Fact]
    public void Repeated_words_become_one_term() =>
        Assert.Equal("(\"تحالف\"*)", FtsMatch.From("التحالف والتحالف للتحالف"));
}
