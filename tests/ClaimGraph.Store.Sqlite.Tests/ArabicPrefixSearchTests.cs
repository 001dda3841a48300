using ClaimGraph.Core.Model;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// Searches typed as the start of an Arabic word with the article find it when the stem begins with و or ف
/// (the stemmer once stripped those after the article: الفصائل was indexed as صايل, so الفص found nothing),
/// and a word meets itself with or without the article and a conjunction.
/// </summary>
public sealed class ArabicPrefixSearchTests : IDisposable
{
    private static readonly NodeKind[] Claims = [NodeKind.Claim];

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("الفص", "factions")]
    [InlineData("الوز", "minister")]
    [InlineData("الفرن", "french")]
    [InlineData("الوط", "national")]
    [InlineData("والوزير", "minister")]
    [InlineData("وزير", "minister")]
    [InlineData("فصائل", "factions")]
    [InlineData("قال", "said")]
    [InlineData("وقال", "said")]
    public async Task A_word_is_found_by_its_start_and_with_or_without_its_prefixes(string text, string expected)
    {
        var store = await SeededAsync();

        var hits = await store.SearchAsync(text, Claims, 10);

        Assert.Equal(expected, Assert.Single(hits).Id);
    }

    [Theory]
    [InlineData("زير")]
    [InlineData("صايل")]
    [InlineData("رنسي")]
    public async Task A_root_letter_after_the_article_is_not_stripped(string text)
    {
        var store = await SeededAsync();

        Assert.Empty(await store.SearchAsync(text, Claims, 10));
    }

    private async Task<SqliteClaimStore> SeededAsync()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(
            A.Claim("factions").Saying("انسحبت الفصائل من المدينة"),
            A.Claim("minister").Saying("زار الوزير المدينة"),
            A.Claim("french").Saying("الموقف الفرنسي"),
            A.Claim("national").Saying("الجيش الوطني"),
            A.Claim("said").Saying("وقال المتحدث"));
        return store;
    }
}
