using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task ActorsNamed_finds_actors_by_folded_name_alias_and_surname()
    {
        IClaimStore store = await StoreAsync(
            A.Actor("ministry").Named("وزارة الصحة", "ar").OfKind(ActorKind.Organisation),
            A.Actor("attar").Named("سامر العطار", "ar").OfKind(ActorKind.Person),
            A.Actor("braga").Named("Marta Braga").OfKind(ActorKind.Person).AlsoKnownAs("M. Braga-Lopez"),
            A.Actor("other").Named("Health Ministry of Norland").OfKind(ActorKind.Organisation),
            A.Actor("envoy").Named("الوزير الفرنسي", "ar").OfKind(ActorKind.Person));

        var found = await store.ActorsNamedAsync(["الوزارة الصحة", "العطار", "braga lopez", "nobody at all"]);

        var ids = found.Select(a => a.Id).ToHashSet();
        Assert.Contains("ministry", ids); // the article and ta marbuta folded away
        Assert.Contains("attar", ids);    // a surname names the person
        Assert.Contains("braga", ids);    // through an alias
        // Asked without the article a stored name has (the indexed readings differ: وزير is read with and without its و).
        Assert.Equal(["envoy"], (await store.ActorsNamedAsync(["وزير فرنسي"])).Select(a => a.Id));
        Assert.Empty(await store.ActorsNamedAsync(["nobody at all"]));
        Assert.Empty(await store.ActorsNamedAsync([]));
    }
}
