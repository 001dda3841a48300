using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task ClaimTerms_are_counted_over_claims_when_the_store_counts_them_and_their_holders_are_found_either_way()
    {
        IClaimStore store = await StoreAsync(
            A.Actor("watch").Named("Reservoir Watch"),
            A.Claim("fell").Saying("The reservoir levels fell", "en"),
            A.Claim("rose").Saying("The reservoir levels rose sharply", "en"),
            A.Claim("talks").Saying("talks in Geneva", "en"));

        var counts = await store.CountClaimTermsAsync(["reservoir", "level", "geneva", "watch", "nowhere"]);
        if (counts is not null)
        {
            // Over claims only: "watch" names an actor, no claim.
            Assert.Equal(3L, counts.Claims);
            Assert.Equal([2, 2, 1, 0, 0], counts.Counts);
        }

        var probe = new ClaimTermProbe(["fell"], [.. ClaimTerms.Of("reservoir levels fell").Except(["fell"])], 3);
        var ids = await store.ClaimsWithTermsAsync([probe], 0.35, 3);

        Assert.Contains("fell", ids);
        Assert.DoesNotContain("talks", ids);
        Assert.Empty(await store.ClaimsWithTermsAsync([new ClaimTermProbe([], ["reservoir"], 1)], 0.35, 3));
    }
}
