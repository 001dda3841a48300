using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task SearchAny_finds_nodes_matching_any_text_of_the_wanted_kinds_each_once()
    {
        IClaimStore store = await StoreAsync(
            A.Claim("truce").Saying("هدنة في الرقة", "ar"),
            A.Claim("talks").Saying("talks in Geneva", "en"),
            A.Claim("both").Saying("talks about a truce in Geneva", "en"),
            A.Claim("other").Saying("flooding in the valley", "en"));
        string[] texts = ["geneva", "", "الرقة", "\"NEAR( AND", "talks geneva", "nothing-like-this"];

        var hits = await store.SearchAnyAsync(texts, [NodeKind.Claim], 10, int.MaxValue);

        Assert.Equal(["both", "talks", "truce"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal(NodeKind.Claim, h.Kind));
        Assert.Empty(await store.SearchAnyAsync(texts, [NodeKind.Actor], 10, int.MaxValue));
        Assert.Single(await store.SearchAnyAsync(["geneva"], [NodeKind.Claim], 1, int.MaxValue));
    }
}
