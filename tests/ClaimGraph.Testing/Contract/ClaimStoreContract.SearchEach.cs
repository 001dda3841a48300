using ClaimGraph.Core.Model;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task SearchEach_answers_each_text_as_search_would_in_the_same_order()
    {
        var store = await StoreAsync(
            A.Claim("truce").Saying("هدنة في الرقة", "ar"),
            A.Claim("talks").Saying("talks in Geneva", "en"));
        string[] texts = ["geneva", "", "الرقة", "\"NEAR( AND"];

        var each = await store.SearchEachAsync(texts, [NodeKind.Claim], 10);

        Assert.Equal(texts.Length, each.Count);
        for (var i = 0; i < texts.Length; i++)
            Assert.Equal((await store.SearchAsync(texts[i], [NodeKind.Claim], 10)).Select(h => h.Id), each[i].Select(h => h.Id));
        Assert.Equal(["talks"], each[0].Select(h => h.Id));
        Assert.Equal(["truce"], each[2].Select(h => h.Id));
    }
}
