using System.Globalization;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// The look-ups behind resolving one article: actors by the exact folded name or surname, however many other actors share
/// its words; and document counts of claim terms, capped, counted as prefixes, and counted again after a write.
/// </summary>
public sealed class ResolutionLookupTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Actors_named_are_the_exact_names_and_surnames_only_however_many_actors_share_the_words()
    {
        IClaimStore store = _folder.OpenStore();
        var crowd = Enumerable.Range(0, 40).Select(i => (object)A.Actor(string.Create(CultureInfo.InvariantCulture, $"m{i:D2}"))
            .Named(string.Create(CultureInfo.InvariantCulture, $"وزارة الصحة في المنطقة {i}"), "ar").OfKind(ActorKind.Organisation));
        await store.SeedAsync(crowd.Concat([
            A.Actor("ministry").Named("وزارة الصحة", "ar").OfKind(ActorKind.Organisation),
            A.Actor("attar").Named("سامر العطار", "ar").OfKind(ActorKind.Person),
            A.Actor("attar-co").Named("العطار للتجارة", "ar").OfKind(ActorKind.Organisation),
        ]));

        var found = await store.ActorsNamedAsync(["وزارة الصحة", "العطار"]);

        // The 40 ministries holding both words, and the company starting with the surname, are not named by either.
        Assert.Equal(["attar", "ministry"], found.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Term_counts_stop_at_the_cap_count_prefixes_and_follow_writes()
    {
        IClaimStore store = _folder.OpenStore();
        await store.SeedAsync(Enumerable.Range(0, 30).Select(i => (object)A.Claim(string.Create(CultureInfo.InvariantCulture, $"c{i:D2}"))
            .Saying(string.Create(CultureInfo.InvariantCulture, $"reservoir levels fell in ministries of district {i}"))));

        var counts = await store.CountMatchesAsync(["reservoir", "ministrie", "kelmbridge", ""], 10);

        // "ministrie" is no word of the index, but 30 words begin with it.
        Assert.Equal([10, 10, 0, 0], counts!);
        Assert.Equal([0], await store.CountMatchesAsync(["kelmbridge"], 10));
        await store.SeedAsync(A.Claim("kelm").Saying("reservoir near Kelmbridge overflowed"));
        // Both counted again: "kelmbridge" since the store changed, "reservoir" since it was only known to reach 10.
        Assert.Equal([1, 31], await store.CountMatchesAsync(["kelmbridge", "reservoir"], 100));
    }
}
