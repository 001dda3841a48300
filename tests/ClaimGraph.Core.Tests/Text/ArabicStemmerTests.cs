using ClaimGraph.Core.Text;
using Xunit;

namespace ClaimGraph.Core.Tests.Text;

public sealed class ArabicStemmerTests
{
    private static readonly string[] Prefixes = ["ال", "و", "ف", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فلل", "وكال"];

    private static readonly string[] Stems = ["تحالف", "رقه", "مفاوضات", "قوات", "دوله", "ولد", "فيلم", "بيان", "لقاء", "امريكا", "عناصر"];

    [Theory]
    [InlineData("التحالف", "تحالف")]
    [InlineData("والتحالف", "تحالف")]
    [InlineData("فالتحالف", "تحالف")]
    [InlineData("بالتحالف", "تحالف")]
    [InlineData("كالتحالف", "تحالف")]
    [InlineData("للتحالف", "تحالف")]
    [InlineData("وبالتحالف", "تحالف")]
    [InlineData("وللتحالف", "تحالف")]
    public void Canonical_strips_the_article_and_attached_prefixes(string token, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Canonical(token));

    [Fact]
    public void Canonical_is_the_same_whatever_prefixes_a_stem_carries()
    {
        foreach (var stem in Stems)
        {
            foreach (var prefix in Prefixes)
                Assert.True(ArabicStemmer.Canonical(prefix + stem) == ArabicStemmer.Canonical(stem), $"{prefix}+{stem}");
        }
    }

    [Theory]
    [InlineData("بيان")]
    [InlineData("لقاء")]
    [InlineData("قسد")]
    public void Canonical_keeps_a_bare_ba_or_lam_and_short_words(string token) => Assert.Equal(token, ArabicStemmer.Canonical(token));

    [Theory]
    [InlineData("في")]
    [InlineData("ال")]
    [InlineData("و")]
    [InlineData("الم")]
    public void Canonical_never_strips_a_word_below_two_letters(string token) =>
        Assert.True(ArabicStemmer.Canonical(token).Length >= Math.Min(2, token.Length));

    [Theory]
    [InlineData("raqqa")]
    [InlineData("2017")]
    [InlineData("al-raqqa")]
    public void Canonical_leaves_non_arabic_tokens_alone(string token) => Assert.Equal(token, ArabicStemmer.Canonical(token));

    [Theory]
    [InlineData("لامريكا", "امريكا")]
    [InlineData("بيان", "يان")]
    [InlineData("لبنان", "بنان")]
    public void WithoutBarePreposition_offers_the_reading_without_ba_or_lam(string canonical, string bare) =>
        Assert.Equal(bare, ArabicStemmer.WithoutBarePreposition(canonical));

    [Theory]
    [InlineData("لقد")]
    [InlineData("تحالف")]
    [InlineData("london")]
    public void WithoutBarePreposition_is_null_when_it_does_not_apply(string canonical) =>
        Assert.Null(ArabicStemmer.WithoutBarePreposition(canonical));
}
