using ClaimGraph.Core.Text;
using Xunit;

namespace ClaimGraph.Core.Tests.Text;

public sealed class ArabicStemmerTests
{
    // Every (conjunction)(preposition)article sequence the grammar allows: و/ف, then ب/ك/ل, then ال (ل + ال = لل).
    private static readonly string[] ArticlePrefixes = ["ال", "وال", "فال", "بال", "كال", "لل", "وبال", "فبال", "وكال", "فكال", "ولل", "فلل"];

    private static readonly string[] Conjunctions = ["و", "ف"];

    // Stems that begin with a letter a prefix could be taken for (و ف ب ل ال) and plain ones.
    private static readonly string[] Stems = ["تحالف", "رقه", "مفاوضات", "قوات", "دوله", "ولد", "وزير", "فصايل", "فرنسي", "وطني", "فيلم", "بيان", "لقاء", "امريكا", "عناصر", "دم"];

    [Theory]
    [InlineData("التحالف", "تحالف")]
    [InlineData("والتحالف", "تحالف")]
    [InlineData("فالتحالف", "تحالف")]
    [InlineData("بالتحالف", "تحالف")]
    [InlineData("كالتحالف", "تحالف")]
    [InlineData("للتحالف", "تحالف")]
    [InlineData("وبالتحالف", "تحالف")]
    [InlineData("وللتحالف", "تحالف")]
    public void Canonical_strips_the_article_and_the_clitics_before_it(string token, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Canonical(token));

    [Theory]
    [InlineData("الفصايل", "فصايل")]
    [InlineData("الوزير", "وزير")]
    [InlineData("الفرنسي", "فرنسي")]
    [InlineData("الوطني", "وطني")]
    [InlineData("والوزير", "وزير")]
    [InlineData("فالفرنسي", "فرنسي")]
    [InlineData("بالوطني", "وطني")]
    [InlineData("للوزير", "وزير")]
    [InlineData("الوز", "وز")]
    [InlineData("الفص", "فص")]
    public void Canonical_strips_nothing_after_the_article(string token, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Canonical(token));

    [Fact]
    public void Canonical_of_an_article_prefix_and_any_stem_is_the_stem()
    {
        foreach (var stem in Stems)
        {
            foreach (var prefix in ArticlePrefixes)
                Assert.True(ArabicStemmer.Canonical(prefix + stem) == stem, $"{prefix}+{stem}");
        }
    }

    [Fact]
    public void A_bare_conjunction_keeps_both_readings_so_the_word_meets_its_stem_either_way()
    {
        foreach (var stem in Stems.Where(s => s.Length >= 3))
        {
            foreach (var conjunction in Conjunctions)
            {
                var readings = ArabicStemmer.Readings(conjunction + stem);
                Assert.True(readings[0] == conjunction + stem, $"{conjunction}+{stem} first reads as itself");
                Assert.True(readings.Contains(stem), $"{conjunction}+{stem} reads as {stem}");
                foreach (var prefix in ArticlePrefixes)
                    Assert.True(readings.Intersect(ArabicStemmer.Readings(prefix + stem)).Any(), $"{conjunction}+{stem} meets {prefix}+{stem}");
            }
        }
    }

    [Theory]
    [InlineData("وزير", new[] { "وزير", "زير" })]
    [InlineData("وقال", new[] { "وقال", "قال" })]
    [InlineData("فصايل", new[] { "فصايل", "صايل" })]
    [InlineData("ولبنان", new[] { "ولبنان", "لبنان", "بنان" })]
    [InlineData("بيان", new[] { "بيان", "يان" })]
    [InlineData("ولد", new[] { "ولد" })]
    [InlineData("الوزير", new[] { "وزير" })]
    [InlineData("البيان", new[] { "بيان" })]
    [InlineData("اللبناني", new[] { "لبناني" })]
    [InlineData("london", new[] { "london" })]
    public void Readings_are_the_stem_after_an_article_or_else_the_word_with_and_without_bare_prefixes(string token, string[] readings) =>
        Assert.Equal(readings, ArabicStemmer.Readings(token));

    [Theory]
    [InlineData("بيان")]
    [InlineData("لقاء")]
    [InlineData("قسد")]
    [InlineData("وزير")]
    [InlineData("فرنسا")]
    public void Canonical_keeps_a_word_without_an_article_whole(string token) => Assert.Equal(token, ArabicStemmer.Canonical(token));

    [Theory]
    [InlineData("في")]
    [InlineData("ال")]
    [InlineData("و")]
    [InlineData("الم")]
    [InlineData("والم")]
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
    public void WithoutBarePreposition_offers_the_reading_without_ba_or_lam(string word, string bare) =>
        Assert.Equal(bare, ArabicStemmer.WithoutBarePreposition(word));

    [Theory]
    [InlineData("لقد")]
    [InlineData("تحالف")]
    [InlineData("london")]
    public void WithoutBarePreposition_is_null_when_it_does_not_apply(string word) =>
        Assert.Null(ArabicStemmer.WithoutBarePreposition(word));

    [Theory]
    [InlineData("ترامب", "وترامب")]
    [InlineData("ترامب", "فترامب")]
    [InlineData("وزير", "الوزير")]
    [InlineData("وزير", "ووزير")]
    [InlineData("تحالف", "وبالتحالف")]
    public void MatchKey_meets_a_word_with_and_without_a_conjunction(string a, string b) =>
        Assert.Equal(ArabicStemmer.MatchKey(a), ArabicStemmer.MatchKey(b));
}
